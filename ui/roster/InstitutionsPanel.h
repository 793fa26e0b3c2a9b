#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace riaya {

class Database;
class MessageLabel;

// At the ministry, in the settings: how many institutions the hub knows, and their import
// from the ministry's spreadsheet (roster/RosterImportWizard).
class InstitutionsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit InstitutionsPanel(Database& db, QWidget* parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openImport();

    Database& m_db;
    QLabel* m_count;
    QPushButton* m_import;
    MessageLabel* m_message;
};

} // namespace riaya
