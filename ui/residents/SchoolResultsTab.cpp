#include "SchoolResultsTab.h"

#include "common/DateDisplay.h"
#include "daily/SchoolResultStore.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

// The school year in progress: it starts in September.
QString currentSchoolYear()
{
    const QDate today = QDate::currentDate();
    const int start = today.month() >= 9 ? today.year() : today.year() - 1;
    return QStringLiteral("%1-%2").arg(start).arg(start + 1);
}

} // namespace

SchoolResultsTab::SchoolResultsTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 4, this))
    , m_year(new QLineEdit(currentSchoolYear(), this))
    , m_term(new QSpinBox(this))
    , m_average(new QLineEdit(this))
    , m_decision(new QComboBox(this))
    , m_add(new QPushButton(this))
    , m_yearLabel(new QLabel(this))
    , m_termLabel(new QLabel(this))
    , m_averageLabel(new QLabel(this))
    , m_decisionLabel(new QLabel(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_year->setObjectName(QStringLiteral("resultYear"));
    m_term->setObjectName(QStringLiteral("resultTerm"));
    m_average->setObjectName(QStringLiteral("resultAverage"));
    m_decision->setObjectName(QStringLiteral("resultDecision"));
    m_add->setObjectName(QStringLiteral("recordResult"));
    m_error->setObjectName(QStringLiteral("resultError"));
    m_errors->addField(QStringLiteral("school_year"), m_year);
    m_errors->addField(QStringLiteral("term"), m_term);
    m_errors->addField(QStringLiteral("average"), m_average);
    m_errors->addField(QStringLiteral("decision"), m_decision);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next field; the arrows move in the list
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_year->setLayoutDirection(Qt::LeftToRight);
    m_average->setLayoutDirection(Qt::LeftToRight);
    m_term->setRange(1, 3);
    for (QLabel* label : { m_yearLabel, m_termLabel, m_averageLabel, m_decisionLabel }) {
        label->setAlignment(Qt::AlignBottom | Qt::AlignLeading);
    }
    m_yearLabel->setBuddy(m_year);
    m_termLabel->setBuddy(m_term);
    m_averageLabel->setBuddy(m_average);
    m_decisionLabel->setBuddy(m_decision);

    auto* entry = new QGridLayout;
    entry->addWidget(m_yearLabel, 0, 0);
    entry->addWidget(m_termLabel, 0, 1);
    entry->addWidget(m_averageLabel, 0, 2);
    entry->addWidget(m_decisionLabel, 0, 3);
    entry->addWidget(m_year, 1, 0);
    entry->addWidget(m_term, 1, 1);
    entry->addWidget(m_average, 1, 2);
    entry->addWidget(m_decision, 1, 3);
    entry->addWidget(m_add, 1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(entry);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &SchoolResultsTab::record);
    connect(m_average, &QLineEdit::returnPressed, this, &SchoolResultsTab::record);
    // A result typed and not recorded is asked about when the file closes.
    auto* unsaved = new UnsavedChanges(this);
    unsaved->addFields(this, [this] { return record(); });
    retranslate();
}

void SchoolResultsTab::setResident(const QString& residentId, const QString& sex)
{
    m_sex = sex;
    retranslate(); // the decisions offered agree with the pupil
    m_residentId = residentId;
    refresh();
    UnsavedChanges::of(this)->markSaved();
}

void SchoolResultsTab::refresh()
{
    m_table->setRowCount(0);
    if (m_residentId.isEmpty()) {
        return;
    }
    const Result<QList<SchoolResult>> results = SchoolResultStore(m_db).resultsOf(m_residentId);
    if (!results) {
        m_error->showError(results.error().message);
        return;
    }
    const QLocale locale;
    for (const SchoolResult& result : *results) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells { displayDigits(result.schoolYear),
                                  displayDigits(locale.toString(result.term)),
                                  result.average ? displayDigits(locale.toString(*result.average, 'f', 2))
                                                 : QString(),
                                  schoolDecisionLabel(result.decision, m_sex) };
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

bool SchoolResultsTab::record()
{
    m_errors->clear();
    SchoolResult result;
    result.residentId = m_residentId;
    result.schoolYear = m_year->text().trimmed();
    result.term = m_term->value();
    result.decision = m_decision->currentData().toString();
    const QString averageText = m_average->text().trimmed();
    if (!averageText.isEmpty()) {
        bool ok = false;
        double average = QLocale().toDouble(averageText, &ok);
        if (!ok) {
            average = QLocale::c().toDouble(averageText, &ok); // 12.5 typed in a French or Arabic interface
        }
        if (!ok) {
            m_errors->showFieldError(
                QStringLiteral("average"),
                tr("“%1” is not a number; write the average out of 20, for example 12.5.").arg(averageText));
            return false;
        }
        result.average = average;
    }
    const Result<QString> saved = SchoolResultStore(m_db).record(result);
    if (!saved) {
        m_errors->show(saved.error());
        return false;
    }
    m_average->clear();
    refresh();
    UnsavedChanges::of(this)->markSaved();
    return true;
}

void SchoolResultsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SchoolResultsTab::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        { tr("School year"), tr("Term"), tr("Average out of 20"), tr("Decision") });
    m_yearLabel->setText(tr("School &year"));
    m_termLabel->setText(tr("T&erm"));
    m_averageLabel->setText(tr("A&verage"));
    m_decisionLabel->setText(tr("&Decision"));
    m_add->setText(tr("Record")); // Enter in the average records too
    const QString decision = m_decision->currentData().toString();
    m_decision->clear();
    m_decision->addItem(tr("Not yet"), QString());
    for (const QString& code : schoolDecisions()) {
        m_decision->addItem(schoolDecisionLabel(code, m_sex), code);
    }
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(decision)));
}

} // namespace riaya
