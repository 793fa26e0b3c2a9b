#pragma once

#include "reports/ReportTable.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTabWidget;

namespace riaya {

class Database;
class MessageLabel;

// The reports: a house's monthly report (the one its close approves), and at the ministry the
// national monthly report and the sites that have not sent a month. Each is shown here table
// by table, previewed and printed on A4, and saved as PDF, XLSX or CSV, in the language chosen.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Report
    {
        HouseMonth,
        National,
        MissingSites
    };

    explicit ReportsPage(Database& db, QWidget* parent = nullptr);

    void setReport(Report report);
    // Builds the chosen report and shows its tables; false (and why) when it cannot be made.
    bool showReport();
    // Writes the report to a file, its format by the extension.
    bool saveTo(const QString& path);
    const std::optional<ReportDocument>& document() const { return m_document; }
    QTabWidget* tables() const { return m_tables; }

protected:
    void changeEvent(QEvent* event) override;

private:
    std::optional<ReportDocument> build();
    void preview();
    void print();
    void saveWithDialog();
    void updateChoices();
    void retranslate();

    Database& m_db;
    bool m_ministry;
    QLabel* m_title;
    QList<QLabel*> m_fieldLabels;
    QComboBox* m_report;
    QComboBox* m_month;
    QComboBox* m_institution;
    QComboBox* m_region;
    QComboBox* m_language;
    QPushButton* m_show;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_save;
    MessageLabel* m_message;
    QTabWidget* m_tables;
    std::optional<ReportDocument> m_document;
    QString m_windowLanguage;
};

} // namespace riaya
