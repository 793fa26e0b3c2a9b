#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// Backups in the settings: where they go and how many are kept, the ones there are, a backup
// now, and a restore (which the window carries out by starting again on the restored file).
class BackupPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupPanel(Database& db, QWidget* parent = nullptr);

    void refresh();
    bool backUpNow();

signals:
    void restoreRequested(const QString& backupPath);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseFolder();
    void chooseRestore();
    void retranslate();

    Database& m_db;
    QLabel* m_where;
    QTableWidget* m_list;
    MessageLabel* m_message;
    QPushButton* m_folder;
    QPushButton* m_now;
    QPushButton* m_restore;
};

} // namespace riaya
