#pragma once

#include "sharing/SiteRequest.h"
#include "widgets/EditorDialog.h"

class QPlainTextEdit;

namespace riaya {

class Database;
class FieldErrors;
class MessageLabel;

// Refuses a request asked of this site, saying why for the site that asked (required).
class RefuseRequestDialog : public EditorDialog
{
    Q_OBJECT

public:
    RefuseRequestDialog(Database& db, const SiteRequest& request, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    bool save();

    Database& m_db;
    SiteRequest m_request;
    QPlainTextEdit* m_reason;
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
