#include "PlacementDialog.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "families/FamilyStore.h"
#include "families/PlacementStore.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "security/Access.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

PlacementDialog::PlacementDialog(Database& db, const QString& placementId, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_id(placementId)
    , m_header(new QLabel(this))
    , m_nextVisit(new MessageLabel(this))
    , m_visits(new QTableWidget(0, 6, this))
    , m_visitDate(new DateField(QDate::currentDate(), this))
    , m_socialWorker(new QLineEdit(this))
    , m_wellbeing(new QComboBox(this))
    , m_school(new QLineEdit(this))
    , m_health(new QLineEdit(this))
    , m_concerns(new QLineEdit(this))
    , m_nextSteps(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_endDate(new DateField(QDate::currentDate(), this))
    , m_endReason(new QLineEdit(this))
    , m_institution(new QComboBox(this))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    setObjectName(QStringLiteral("placementDialog"));
    m_visits->setObjectName(QStringLiteral("placementVisits"));
    m_visitDate->setObjectName(QStringLiteral("visitDate"));
    m_nextVisit->setObjectName(QStringLiteral("nextVisit"));
    m_socialWorker->setObjectName(QStringLiteral("visitSocialWorker"));
    m_concerns->setObjectName(QStringLiteral("visitConcerns"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_endReason->setObjectName(QStringLiteral("endReason"));
    m_error->setObjectName(QStringLiteral("placementError"));
    const std::pair<const char*, QWidget*> fields[] = {
        { "visited_on", m_visitDate },
        { "social_worker", m_socialWorker },
        { "wellbeing", m_wellbeing },
        { "school", m_school },
        { "health", m_health },
        { "concerns", m_concerns },
        { "next_steps", m_nextSteps },
        { "outcome", m_outcome },
        { "ended_on", m_endDate },
        { "end_reason", m_endReason },
        { "institution_id", m_institution },
    };
    for (const auto& [column, editor] : fields) {
        m_errors->addField(QLatin1String(column), editor);
    }
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    for (DateField* edit : { m_visitDate, m_endDate }) {
        edit->setMaximumDate(QDate::currentDate());
    }
    for (const QString& level : wellbeingLevels()) {
        m_wellbeing->addItem(wellbeingLabel(level), level);
    }
    for (const QString& outcome : placementOutcomes()) {
        m_outcome->addItem(placementOutcomeLabel(outcome), outcome);
    }
    if (const auto institutions = InstitutionStore(m_db).list()) {
        for (const Institution& institution : *institutions) {
            m_institution->addItem(institution.name, institution.id);
        }
    }
    m_visits->setHorizontalHeaderLabels({ tr("Date"), tr("Social worker"), tr("Wellbeing"), tr("School"),
                                          tr("Health"), tr("Concerns and next steps") });
    m_visits->horizontalHeader()->setStretchLastSection(true);
    m_visits->verticalHeader()->hide();
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visits->setTabKeyNavigation(false); // Tab moves on to the next field; the arrows move in the list

    m_visitBox = new QGroupBox(tr("New visit"), this);
    auto* visitForm = new QFormLayout(m_visitBox);
    visitForm->addRow(tr("&Date:"), m_visitDate);
    visitForm->addRow(tr("&Social worker:"), m_socialWorker);
    visitForm->addRow(tr("&Wellbeing:"), m_wellbeing);
    visitForm->addRow(tr("Sc&hool:"), m_school);
    visitForm->addRow(tr("H&ealth:"), m_health);
    visitForm->addRow(tr("&Concerns:"), m_concerns);
    visitForm->addRow(tr("&Next steps:"), m_nextSteps);
    auto* addVisit = new QPushButton(tr("Record the &visit"), this);
    visitForm->addRow(QString(), addVisit);
    connect(addVisit, &QPushButton::clicked, this, &PlacementDialog::recordVisit);

    m_endBox = new QGroupBox(tr("End the placement"), this);
    auto* endForm = new QFormLayout(m_endBox);
    endForm->addRow(tr("&Outcome:"), m_outcome);
    endForm->addRow(tr("Last &day:"), m_endDate);
    endForm->addRow(tr("&Reason:"), m_endReason);
    endForm->addRow(tr("Returns to the &institution:"), m_institution);
    auto* end = new QPushButton(tr("&End the placement"), this);
    endForm->addRow(QString(), end);
    connect(end, &QPushButton::clicked, this, &PlacementDialog::endPlacement);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_institution->setEnabled(m_outcome->currentData() == QLatin1String("returned_to_institution"));
    });
    m_institution->setEnabled(false);

    auto* forms = new QHBoxLayout;
    forms->addWidget(m_visitBox, 1);
    forms->addWidget(m_endBox, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlacementDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_nextVisit);
    layout->addWidget(m_visits, 1);
    layout->addLayout(forms);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    const bool mayManage = Access::allows(m_db, Permission::ManageFamilies);
    m_visitBox->setEnabled(mayManage);
    m_endBox->setEnabled(mayManage);
    if (!m_db.actor().localOperator) {
        m_socialWorker->setText(m_db.actor().username);
    }
    unsavedChanges()->addFields(m_visitBox, [this] { return recordVisit(); });
    unsavedChanges()->addFields(m_endBox, [this] { return endPlacement(); });
    setEnterSaves(m_visitBox, addVisit);
    setEnterSaves(m_endBox, nullptr); // an end is chosen with its button, never by a stray Enter
    end->setAutoDefault(false);
    setFirstField(mayManage ? static_cast<QWidget*>(m_visitDate) : m_visits);
    resizeToFit(this, { 1000, 680 });
    load();
}

void PlacementDialog::load()
{
    PlacementStore store(m_db);
    const Result<Placement> placement = store.get(m_id);
    if (!placement) {
        showError(placement.error().message);
        return;
    }
    m_placement = *placement;
    const Result<Resident> child = ResidentStore(m_db).get(m_placement.residentId);
    const Result<Family> family = FamilyStore(m_db).get(m_placement.familyId);
    QStringList lines { tr("%1 with the family %2")
                            .arg(isolate(child ? child->displayName() : m_placement.residentId),
                                 isolate(family ? family->familyName : m_placement.familyId)),
                        tr("%1 %2, from %3")
                            .arg(legalBasisLabel(m_placement.legalBasis), isolate(m_placement.legalReference),
                                 displayDate(m_placement.startedOn)) };
    if (!m_placement.isActive()) {
        lines << tr("Ended on %1: %2")
                     .arg(displayDate(m_placement.endedOn), placementOutcomeLabel(m_placement.outcome))
                + (m_placement.endReason.isEmpty() ? QString()
                                                   : QStringLiteral(" — ") + isolate(m_placement.endReason));
    }
    m_header->setText(lines.join(QLatin1Char('\n')));
    setWindowTitle(tr("Placement"));
    const Result<QList<PlacementVisit>> visits = store.visits(m_id);
    const QList<PlacementVisit> list = visits ? *visits : QList<PlacementVisit>();
    m_visits->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const PlacementVisit& v = list.at(row);
        QStringList notes { v.concerns, v.nextSteps };
        notes.removeAll(QString());
        const QStringList cells {
            displayDate(v.visitedOn),         v.socialWorker, wellbeingLabel(v.wellbeing), v.school, v.health,
            notes.join(QStringLiteral(" — "))
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (v.wellbeing == QLatin1String("poor")) {
                item->setForeground(errorColour());
            }
            m_visits->setItem(row, column, item);
        }
    }
    m_visits->resizeColumnsToContents();
    if (m_placement.isActive()) {
        const QDate next = m_placement.nextVisitDue(list.isEmpty() ? QDate() : list.constLast().visitedOn);
        const bool late = next < QDate::currentDate();
        if (late) {
            m_nextVisit->showUrgent(tr("Next visit was due on %1: overdue.").arg(displayDate(next)));
        } else {
            m_nextVisit->showInfo(tr("Next visit due by %1.").arg(displayDate(next)));
        }
    } else {
        m_nextVisit->clear();
    }
    m_endBox->setVisible(m_placement.isActive());
}

bool PlacementDialog::recordVisit()
{
    if (!m_visitDate->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    const Result<QString> id = PlacementStore(m_db).recordVisit({ {},
                                                                  m_id,
                                                                  m_visitDate->date(),
                                                                  m_socialWorker->text(),
                                                                  m_wellbeing->currentData().toString(),
                                                                  m_school->text(),
                                                                  m_health->text(),
                                                                  m_concerns->text(),
                                                                  m_nextSteps->text() });
    if (!id) {
        m_errors->show(id.error());
        return false;
    }
    for (QLineEdit* edit : { m_school, m_health, m_concerns, m_nextSteps }) {
        edit->clear();
    }
    unsavedChanges()->markSaved(m_visitBox);
    m_errors->clear();
    load();
    return true;
}

bool PlacementDialog::endPlacement()
{
    if (!m_endDate->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    const QString outcome = m_outcome->currentData().toString();
    const Status ended = PlacementStore(m_db).end(m_id, m_endDate->date(), outcome, m_endReason->text(),
                                                  outcome == QLatin1String("returned_to_institution")
                                                      ? m_institution->currentData().toString()
                                                      : QString());
    if (!ended) {
        m_errors->show(ended.error());
        return false;
    }
    unsavedChanges()->markSaved(m_endBox);
    m_errors->clear();
    load();
    return true;
}

void PlacementDialog::showError(const QString& message)
{
    m_error->showError(message);
}

} // namespace riaya
