#pragma once

#include "inspections/InspectionTemplate.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace riaya {

class Database;
class MessageLabel;

// The ministry's editor of a standards document: texts in three languages, weights and
// scoring of each item, items added or removed; the result is published as a new edition
// (editions already used by inspections never change).
class TemplateEditorDialog : public EditorDialog
{
    Q_OBJECT

public:
    TemplateEditorDialog(Database& db, const InspectionTemplate& base, QWidget* parent = nullptr);
    const InspectionTemplate& edited() const { return m_edited; }

public slots:
    void accept() override;

private:
    struct Path
    {
        int section = -1;
        int standard = -1;
        int item = -1;
    };
    Path pathOf(const QTreeWidgetItem* node) const;
    void rebuildTree(const Path& select);
    void storeFields();
    void showFields();
    void addItem();
    void removeItem();
    bool publish();

    Database& m_db;
    InspectionTemplate m_edited;
    Path m_shown;
    bool m_changed = false; // a text, weight or item changed since the dialog opened
    QWidget* m_fields;
    QSpinBox* m_edition;
    QTreeWidget* m_tree;
    QLineEdit* m_text[3];
    QLineEdit* m_guidance[3];
    QSpinBox* m_weight;
    QComboBox* m_scoring;
    QSpinBox* m_max;
    MessageLabel* m_error;
};

} // namespace riaya
