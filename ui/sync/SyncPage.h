#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class KeysPanel;
class MessageLabel;

// Sync with the ministry or the sites: this database's keys and whom it trusts, with the
// steps that set them up (KeysPanel), what it last received from each site (with the bundles
// still missing), the bundles written and read (and which the recipient acknowledged), and
// the actions: close the month (a site), export a bundle, and import bundles after a preview.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(Database& db, QWidget* parent = nullptr);

    void refresh();
    // The actions behind the buttons, once the files and the passphrase are known.
    bool exportBundle(const QString& path, const QString& recipientSite, const QByteArray& passphrase);

protected:
    void changeEvent(QEvent* event) override;

private:
    void askAndExport();
    void askAndImport();
    void showMessage(const QString& text, bool problem);
    void retranslate();

    Database& m_db;
    QLabel* m_title;
    KeysPanel* m_keys;
    QLabel* m_sitesLabel;
    QTableWidget* m_sites;
    QLabel* m_bundlesLabel;
    QTableWidget* m_bundles;
    MessageLabel* m_message;
    QPushButton* m_closeMonth;
    QPushButton* m_export;
    QPushButton* m_import;
};

} // namespace riaya
