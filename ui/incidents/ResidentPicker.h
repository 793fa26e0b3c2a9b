#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace riaya {

class Database;
class SearchField;

// Chooses residents by searching rather than ticking a list of a whole house: a search field
// (names in either script, identifiers, as the register searches), its results (name, birth
// date, whether present in the house; those present when nothing is typed), and the
// residents chosen, each removable. Enter adds the current result (the first one from the
// search field), Delete removes the current chosen one.
class ResidentPicker : public QWidget
{
    Q_OBJECT

public:
    ResidentPicker(Database& db, const QString& institutionId, QWidget* parent = nullptr);

    void setChosen(const QStringList& residentIds);
    QStringList chosen() const;
    // The list of the chosen residents (where their errors are shown).
    QListWidget* chosenList() const { return m_chosen; }
    SearchField* searchField() const { return m_search; }

signals:
    void chosenChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void search(const QString& text);
    void addResult(int row);
    void removeCurrent();
    void addChosen(const QString& id, const QString& text);

    Database& m_db;
    QString m_institutionId;
    QString m_searched; // the text the results are for
    SearchField* m_search;
    QTableWidget* m_results;
    QListWidget* m_chosen;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace riaya
