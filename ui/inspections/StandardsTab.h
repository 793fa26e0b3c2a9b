#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace riaya {

class Database;

// The standards documents tab, at the ministry: the editions of the standards, a new one
// imported from a file or edited from an earlier one.
class StandardsTab : public QWidget
{
    Q_OBJECT

public:
    explicit StandardsTab(Database& db, QWidget* parent = nullptr);
    void refresh();

signals:
    void message(const QString& text, bool error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void importTemplate();
    void editTemplate();

    Database& m_db;
    QTableWidget* m_templates;
    QPushButton* m_import;
    QPushButton* m_edit;
};

} // namespace riaya
