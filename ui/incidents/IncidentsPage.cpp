#include "IncidentsPage.h"

#include "IncidentDialog.h"
#include "VoidIncidentDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "daily/IncidentStore.h"
#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "security/Access.h"
#include "widgets/ButtonKeys.h"
#include "widgets/DateField.h"
#include "widgets/EmptyState.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/RecordTable.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {
enum Column
{
    DateColumn,
    KindColumn,
    ResidentsColumn,
    DescriptionColumn,
    ActionColumn,
    ReportedColumn,
    VoidedColumn,
    ColumnCount
};
} // namespace

IncidentsPage::IncidentsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_institution(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new DateField(QDate::currentDate().addMonths(-6), this))
    , m_toLabel(new QLabel(this))
    , m_to(new DateField(QDate::currentDate(), this))
    , m_search(new SearchField(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new EmptyState(m_table))
    , m_message(new MessageLabel(this))
    , m_errors(new FieldErrors(m_message, this))
    , m_new(new QPushButton(this))
    , m_void(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_new->setObjectName(QStringLiteral("newIncident"));
    m_void->setObjectName(QStringLiteral("voidIncident"));
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setResultsView(m_table);
    m_search->setMinimumWidth(220);
    m_from->setObjectName(QStringLiteral("incidentsFrom"));
    m_to->setObjectName(QStringLiteral("incidentsTo"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (DateField* date : { m_from, m_to }) {
        connect(date, &DateField::dateChanged, this, [this, date] {
            if (date->problem().isEmpty()) {
                refresh();
            }
        });
        connect(date, &DateField::returnPressed, this, &IncidentsPage::refresh);
    }
    m_errors->addField(QStringLiteral("from"), m_from);
    m_errors->addField(QStringLiteral("to"), m_to);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    if (const auto institutions = InstitutionStore(db).list()) {
        for (const Institution& i : *institutions) {
            m_institution->addItem(i.name, i.id);
        }
    }
    m_institution->setCurrentIndex(std::max(0, m_institution->findData(db.site().institutionId)));
    m_institution->setVisible(m_institution->count() > 1);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 100);
    m_table->setColumnWidth(1, 120);
    m_table->setColumnWidth(2, 180);
    m_table->setColumnWidth(3, 280);
    m_table->setWordWrap(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_institution, 1);
    top->addWidget(m_fromLabel);
    top->addWidget(m_from);
    top->addWidget(m_toLabel);
    top->addWidget(m_to);
    top->addWidget(m_search, 1);
    top->addWidget(m_void);
    top->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_institution, &QComboBox::activated, this, &IncidentsPage::refresh);
    connect(m_new, &QPushButton::clicked, this, [this] {
        Incident incident;
        incident.institutionId = institutionId();
        openIncident(incident);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row < m_incidents.size()) {
            openIncident(m_incidents.at(row));
        }
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IncidentsPage::updateButtons);
    connect(m_search, &SearchField::searched, this, &IncidentsPage::applySearch);
    connect(m_void, &QPushButton::clicked, this, &IncidentsPage::voidSelected);
    m_void->setVisible(Access::allows(m_db, Permission::RecordIncidents));
    retranslate();
    refresh();
}

QString IncidentsPage::institutionId() const
{
    return m_institution->currentData().toString();
}

void IncidentsPage::refresh()
{
    m_errors->clear();
    if (!m_from->check() || !m_to->check()) {
        return; // each field says what is wrong under itself
    }
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const Result<QList<Incident>> incidents = IncidentStore(m_db).list(institutionId(), from, to);
    m_incidents = incidents ? *incidents : QList<Incident>();
    if (!incidents) {
        m_errors->show(incidents.error());
    }
    ResidentStore residents(m_db);
    m_table->setRowCount(static_cast<int>(m_incidents.size()));
    for (int row = 0; row < m_incidents.size(); ++row) {
        const Incident& incident = m_incidents.at(row);
        QStringList names;
        for (const QString& id : incident.residentIds) {
            const Result<Resident> resident = residents.get(id);
            names << (resident ? resident->displayName() : id);
        }
        const QStringList cells { displayDate(incident.occurredOn),
                                  incidentKindLabel(incident.kind),
                                  names.join(QStringLiteral("، ")),
                                  incident.description,
                                  incident.actionTaken,
                                  incident.reportedTo,
                                  QString() };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        if (incident.isVoided()) {
            const QDate on = QDateTime::fromString(incident.voidedAt, Qt::ISODateWithMs).toLocalTime().date();
            markRowVoided(m_table, row,
                          tr("Voided on %1 by %2: %3")
                              .arg(displayDate(on), isolate(incident.voidedBy), isolate(incident.voidReason)),
                          VoidedColumn);
        }
    }
    applySearch();
}

void IncidentsPage::applySearch()
{
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty()) {
        m_empty->setText(tr("No incidents from %1 to %2. Write one down with New incident (Ctrl+I), or "
                            "widen the period.")
                             .arg(displayDate(m_from->date()), displayDate(m_to->date())));
    } else {
        m_empty->setText(
            tr("No incident of this period matches “%1”. Check the spelling, or press Esc to see them all.")
                .arg(isolate(typed)));
    }
    showMatchingRows(m_table, typed);
    updateButtons();
}

const Incident* IncidentsPage::selectedIncident() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    return row >= 0 && row < m_incidents.size() ? &m_incidents.at(row) : nullptr;
}

void IncidentsPage::updateButtons()
{
    const Incident* selected = selectedIncident();
    m_void->setEnabled(selected && !selected->isVoided());
}

void IncidentsPage::voidSelected()
{
    const Incident* selected = selectedIncident();
    if (!selected || selected->isVoided()) {
        return;
    }
    auto* dialog = new VoidIncidentDialog(m_db, *selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        m_message->showSuccess(tr("The incident was voided; it stays listed, struck through, and is no "
                                  "longer counted."));
    });
    dialog->open();
}

void IncidentsPage::openIncident(const Incident& incident)
{
    auto* dialog = new IncidentDialog(m_db, incident, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &IncidentsPage::refresh);
    dialog->open();
}

void IncidentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void IncidentsPage::retranslate()
{
    m_title->setText(tr("Incidents"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&to:", "end of a period"));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Kind"), tr("Residents concerned"),
                                         tr("What happened"), tr("Action taken"), tr("Reported to"),
                                         tr("Voided") });
    m_search->setPlaceholderText(tr("Search the incidents: a name, a word of what happened…"));
    m_void->setText(tr("&Void…"));
    m_void->setToolTip(tr("Void an incident written down by mistake: it stays listed, with the reason"));
    setButtonTextAndKeys(m_new, tr("New incident…"), QKeySequence(Qt::CTRL | Qt::Key_I));
}

} // namespace riaya
