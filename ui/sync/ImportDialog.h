#pragma once

#include "sync/BundleExchange.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class MessageLabel;

// Importing bundles in two steps: a preview of what each bundle would change, per kind of
// record (new, changed, unchanged, in conflict) and the probable duplicates it brings, with
// nothing kept; then the import itself, bundle by bundle with a progress bar. A bundle that
// starts a new history of its sender (a fork) goes through only when the clerk ticks the box.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Database& db, const QStringList& paths, QWidget* parent = nullptr);

    void setPassphrase(const QString& passphrase);
    // The two steps behind the buttons. Each returns how many bundles went through.
    int preview();
    int apply();

    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // What each bundle did or would do, kept so a change of language redraws it.
    struct Outcome
    {
        QString file;
        std::optional<ImportReport> report;
        QString problem; // translated when it happened
    };
    int run(bool previewOnly);
    void showOutcomes();
    void addNoteRow(const QString& file, const QString& note, bool problem);
    void retranslate();

    Database& m_db;
    QStringList m_paths;
    QLabel* m_files;
    QLineEdit* m_passphrase;
    QTableWidget* m_table;
    QProgressBar* m_progress;
    MessageLabel* m_message;
    QPushButton* m_preview;
    QPushButton* m_apply;
    QPushButton* m_close;
    QLabel* m_passphraseLabel;
    QCheckBox* m_acceptFork; // a site restored from an old backup: a clerk's decision
    QList<Outcome> m_outcomes;
    bool m_previewed = false;
};

} // namespace riaya
