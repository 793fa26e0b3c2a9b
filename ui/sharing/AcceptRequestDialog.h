#pragma once

#include "sharing/SiteRequest.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace riaya {

class Database;
class DateField;
class FieldErrors;
class MessageLabel;

// Accepts a request asked of this site, with a note for the site that asked: a transfer into
// one of the site's institutions (the one asked, unless another is chosen), an access to
// place a child until a last day (none: until the house ends it).
class AcceptRequestDialog : public EditorDialog
{
    Q_OBJECT

public:
    AcceptRequestDialog(Database& db, const SiteRequest& request, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    bool save();

    Database& m_db;
    SiteRequest m_request;
    QPlainTextEdit* m_note;
    QComboBox* m_institution = nullptr; // a transfer's
    DateField* m_until = nullptr; // an access's
    MessageLabel* m_error;
    FieldErrors* m_errors;
};

} // namespace riaya
