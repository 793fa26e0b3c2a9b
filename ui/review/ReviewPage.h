#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace riaya {

class ConflictsTab;
class Database;
class DuplicatesTab;

// What imports left for a clerk to decide: conflicts and probable duplicates, each tab
// with its count.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(Database& db, QWidget* parent = nullptr);

    void refresh();
    ConflictsTab* conflicts() const { return m_conflicts; }
    DuplicatesTab* duplicates() const { return m_duplicates; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QTabWidget* m_tabs;
    ConflictsTab* m_conflicts;
    DuplicatesTab* m_duplicates;
};

} // namespace riaya
