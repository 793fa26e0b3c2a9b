#pragma once

#include "inspections/Inspection.h"
#include "inspections/InspectionTemplate.h"
#include "widgets/EditorDialog.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace riaya {

class Database;
class DateField;
class MessageLabel;

// Conducting an inspection: item after item with the keyboard (1 compliant, 2 partly,
// 3 not compliant, 0 or N not applicable; on a scale the digit is the score), each answer
// moving on to the next item; notes and evidence; section scores as you go; findings and
// their corrective actions. A finalized inspection opens read-only.
class InspectionDialog : public EditorDialog
{
    Q_OBJECT

public:
    InspectionDialog(Database& db, const QString& inspectionId, QWidget* parent = nullptr);

    // Answers the item shown and moves to the next one (what the keys do).
    void answerCurrent(const QString& value);
    bool save();
    bool isModified() const { return m_modified; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load(const QString& id);
    void showItem();
    void storeNotes();
    void refreshTree();
    void refreshFindings();
    void finalize();
    void addFinding();
    void removeFinding();
    void raiseAction();
    void showError(const QString& message);
    const TemplateItem* currentItem() const;

    Database& m_db;
    Inspection m_inspection;
    InspectionTemplate m_template;
    bool m_modified = false;
    bool m_readOnly = false;
    QString m_shownKey; // the item whose notes the fields show
    QLabel* m_header;
    DateField* m_date;
    QLineEdit* m_inspector;
    QTreeWidget* m_items;
    QLabel* m_itemText;
    MessageLabel* m_guidance;
    QHBoxLayout* m_answerButtons;
    QLineEdit* m_note;
    QLineEdit* m_evidence;
    QLabel* m_total;
    QTableWidget* m_findings;
    QPushButton* m_addFinding;
    QPushButton* m_removeFinding;
    QPushButton* m_raiseAction;
    QPushButton* m_save;
    QPushButton* m_finalize;
    MessageLabel* m_error;
};

} // namespace riaya
