#include "ResidentFileDialog.h"

#include "DuplicatePanel.h"
#include "PresenceMonthTab.h"
#include "ResidentForm.h"
#include "SchoolResultsTab.h"
#include "StayDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "families/PlacementHistoryTab.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentValidation.h"
#include "residents/StayStore.h"
#include "security/Access.h"
#include "widgets/ButtonKeys.h"
#include "widgets/DateField.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "workflows/ResidentRegistration.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

ResidentFileDialog::ResidentFileDialog(Database& db, const QString& residentId, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_filePage(new QWidget)
    , m_form(new ResidentForm(this))
    , m_duplicates(new DuplicatePanel(this))
    , m_admit(new QCheckBox(this))
    , m_admitDate(new DateField(QDate::currentDate(), this))
    , m_stays(new QTableWidget(0, 5, this))
    , m_presence(new PresenceMonthTab(db, this))
    , m_results(new SchoolResultsTab(db, this))
    , m_placements(new PlacementHistoryTab(db, this))
    , m_admitButton(new QPushButton(this))
    , m_exitButton(new QPushButton(this))
    , m_transferButton(new QPushButton(this))
    , m_message(new MessageLabel(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("residentFile"));
    m_admit->setObjectName(QStringLiteral("admitNow"));
    m_admitDate->setObjectName(QStringLiteral("admitDate"));
    m_stays->setObjectName(QStringLiteral("stayHistory"));
    m_message->setObjectName(QStringLiteral("fileMessage"));
    m_save->setObjectName(QStringLiteral("saveResident"));
    m_admitButton->setObjectName(QStringLiteral("admitButton"));
    m_exitButton->setObjectName(QStringLiteral("exitButton"));
    m_transferButton->setObjectName(QStringLiteral("transferButton"));
    // "Nothing was saved: correct the fields marked in red" goes once they are corrected.
    connect(m_form, &ResidentForm::issuesCorrected, m_message, &MessageLabel::clear);

    // The file: fields, then the duplicate warning and, for a new resident on a site, admission.
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto* admitRow = new QHBoxLayout;
    m_admitDate->setMaximumDate(QDate::currentDate());
    admitRow->addWidget(m_admit);
    admitRow->addWidget(m_admitDate);
    admitRow->addStretch();
    auto* fileLayout = new QVBoxLayout(m_filePage);
    fileLayout->addWidget(scroll, 1);
    fileLayout->addWidget(m_duplicates);
    fileLayout->addLayout(admitRow);
    m_tabs->addTab(m_filePage, QString());

    // The stays: history and the three actions.
    m_stays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stays->setTabKeyNavigation(false); // Tab moves on to the next field; the arrows move in the list
    m_stays->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stays->verticalHeader()->hide();
    m_stays->horizontalHeader()->setStretchLastSection(true);
    auto* stayButtons = new QHBoxLayout;
    stayButtons->addWidget(m_admitButton);
    stayButtons->addWidget(m_exitButton);
    stayButtons->addWidget(m_transferButton);
    stayButtons->addStretch();
    auto* staysPage = new QWidget;
    auto* staysLayout = new QVBoxLayout(staysPage);
    staysLayout->addWidget(m_stays, 1);
    staysLayout->addLayout(stayButtons);
    m_tabs->addTab(staysPage, QString());
    m_tabs->addTab(m_presence, QString());
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_placements, QString());
    m_tabs->setTabVisible(4, Access::allows(db, Permission::ReadFamilies));

    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ResidentFileDialog::accept);
    connect(m_close, &QPushButton::clicked, this, &ResidentFileDialog::reject);
    connect(m_admit, &QCheckBox::toggled, m_admitDate, &QWidget::setEnabled);
    connect(m_duplicates, &DuplicatePanel::openRequested, this, &ResidentFileDialog::load);
    connect(m_duplicates, &DuplicatePanel::registerAnywayRequested, this, [this] {
        m_duplicatesReviewed = true;
        accept();
    });
    connect(m_admitButton, &QPushButton::clicked, this,
            [this] { changeStay(int(StayDialog::Action::Admit)); });
    connect(m_exitButton, &QPushButton::clicked, this, [this] { changeStay(int(StayDialog::Action::Exit)); });
    connect(m_transferButton, &QPushButton::clicked, this,
            [this] { changeStay(int(StayDialog::Action::Transfer)); });

    const bool house = !m_db.site().institutionId.isEmpty();
    m_admit->setChecked(house);
    m_admit->setVisible(house);
    m_admitDate->setVisible(house);
    // The file's fields and the admission are saved together; the results tab guards its own line.
    unsavedChanges()->addFields(m_filePage, [this] { return saveAndTell(); });
    setFirstField(m_form->firstField());
    resizeToFit(this, { 900, 640 });
    load(residentId);
    retranslate();
}

void ResidentFileDialog::load(QString residentId)
{
    m_residentId = std::move(residentId);
    m_duplicates->setCandidates({});
    m_message->clear();
    const bool existing = !m_residentId.isEmpty();
    Resident resident;
    if (existing) {
        const Result<Resident> read = ResidentStore(m_db).get(m_residentId);
        if (!read) {
            m_message->showError(read.error().message);
            return;
        }
        resident = *read;
    }
    m_form->setResident(resident);
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabEnabled(tab, existing);
    }
    m_presence->setResident(m_residentId, resident.sex);
    m_results->setResident(m_residentId, resident.sex);
    m_placements->setResident(m_residentId);
    // Not isVisible(): it is false for every child until the dialog itself is shown.
    const bool offerAdmission = !existing && !m_db.site().institutionId.isEmpty();
    m_admit->setVisible(offerAdmission);
    m_admitDate->setVisible(offerAdmission);
    refreshStays();
    retranslate();
    unsavedChanges()->markSaved(m_filePage);
    m_tabs->setCurrentIndex(0);
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
}

void ResidentFileDialog::accept()
{
    if (saveAndTell()) {
        QDialog::accept();
    }
}

bool ResidentFileDialog::saveAndTell()
{
    const bool creating = m_residentId.isEmpty();
    if (!save()) {
        return false;
    }
    emit saved(m_residentId);
    if (creating) {
        emit registered(m_residentId);
    }
    return true;
}

bool ResidentFileDialog::save()
{
    m_message->clear();
    const Resident resident = m_form->resident();
    QList<FieldIssue> issues = validateResident(resident);
    if (const QString problem = m_form->birthDateProblem(); !problem.isEmpty()) {
        issues.removeIf([](const FieldIssue& issue) { return issue.field == QLatin1String("birth_date"); });
        issues.prepend({ QStringLiteral("birth_date"), problem });
    }
    const bool admitting = !m_admit->isHidden() && m_admit->isChecked() && m_residentId.isEmpty();
    const bool admissionDateRight = !admitting || m_admitDate->check();
    if (!issues.isEmpty() || !admissionDateRight) {
        m_form->showIssues(issues); // the first field to fix takes the cursor
        m_tabs->setCurrentIndex(0);
        m_message->showError(tr("Nothing was saved: correct the fields marked in red."));
        return false;
    }
    m_form->clearIssues();
    const bool creating = m_residentId.isEmpty();
    if (creating && !m_duplicatesReviewed) {
        const Result<QList<DuplicateCandidate>> candidates = DuplicateFinder(m_db).candidatesFor(resident);
        if (candidates && !candidates->isEmpty()) {
            m_duplicates->setCandidates(*candidates);
            m_message->showError(tr("Nothing was saved yet: check the possible duplicates."));
            return false;
        }
    }

    if (creating && !m_db.site().institutionId.isEmpty() && !confirmSexOfHouse(resident)) {
        m_message->showInfo(tr("Nothing was saved."));
        return false;
    }

    Status status;
    QString id = m_residentId;
    if (creating) {
        std::optional<Admission> admission;
        if (admitting) {
            admission = Admission { m_db.site().institutionId, m_admitDate->date(), QString() };
        }
        const Result<QString> created = ResidentRegistration(m_db).registerResident(resident, admission);
        status = created ? Status() : Status(created.error());
        id = created ? *created : QString();
    } else {
        status = ResidentStore(m_db).update(resident);
    }
    if (!status) {
        const QList<FieldIssue> general = m_form->showIssues(status.error().issues);
        m_message->showError(general.isEmpty() ? status.error().message : status.error().whatToFix());
        return false;
    }
    m_residentId = id;
    return true;
}

bool ResidentFileDialog::confirmSexOfHouse(const Resident& resident)
{
    const Result<Institution> house = InstitutionStore(m_db).get(m_db.site().institutionId);
    if (!house || !receivesOtherSex(*house, resident.sex)) {
        return true;
    }
    QMessageBox ask(QMessageBox::Warning, tr("Register in this house?"),
                    house->residentsSex == QLatin1String("F")
                        ? tr("%1 receives girls, and this file is of a boy. Register him in this house "
                             "all the same?")
                              .arg(isolate(house->name))
                        : tr("%1 receives boys, and this file is of a girl. Register her in this house "
                             "all the same?")
                              .arg(isolate(house->name)),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("sexOfHouseWarning"));
    QPushButton* confirm = ask.addButton(tr("Register all the same"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("registerAllTheSame"));
    ask.setDefaultButton(ask.addButton(tr("Check the file"), QMessageBox::RejectRole));
    ask.exec();
    return ask.clickedButton() == confirm;
}

void ResidentFileDialog::refreshStays()
{
    m_stays->setRowCount(0);
    if (m_residentId.isEmpty()) {
        return;
    }
    const Result<QList<Stay>> stays = StayStore(m_db).staysOf(m_residentId);
    if (!stays) {
        m_message->showError(stays.error().message);
        return;
    }
    const QString sex = m_form->resident().sex;
    const QString stillThere = sex == QLatin1String("F") ? tr("present", "still in the house, female")
        : sex == QLatin1String("M")                      ? tr("present", "still in the house, male")
                                                         : tr("present", "still in the house");
    InstitutionStore institutions(m_db);
    for (const Stay& stay : *stays) {
        const int row = m_stays->rowCount();
        m_stays->insertRow(row);
        const Result<Institution> institution = institutions.get(stay.institutionId);
        const QString exit = stay.isOpen() ? stillThere : displayDate(stay.exitedOn);
        const QString kind = stay.exitKind == QLatin1String("transferred")
            ? tr("transferred", "how a stay ended")
            : stay.exitKind == QLatin1String("left")   ? tr("left", "how a stay ended")
            : stay.exitKind == QLatin1String("placed") ? tr("placed in a family")
                                                       : QString();
        const QStringList cells { institution ? institution->name : stay.institutionId,
                                  displayDate(stay.admittedOn), exit, kind,
                                  stay.isOpen() ? stay.admissionReason : stay.exitReason };
        for (int column = 0; column < cells.size(); ++column) {
            m_stays->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    const bool present = !stays->isEmpty() && stays->last().isOpen();
    m_admitButton->setEnabled(!present);
    m_exitButton->setEnabled(present);
    m_transferButton->setEnabled(present);
}

void ResidentFileDialog::changeStay(int action)
{
    StayDialog dialog(m_db, m_residentId, static_cast<StayDialog::Action>(action), this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshStays();
        emit saved(m_residentId);
    }
}

void ResidentFileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ResidentFileDialog::retranslate()
{
    const Resident resident = m_form->resident();
    setWindowTitle(m_residentId.isEmpty() ? tr("New resident")
                                          : tr("File of %1").arg(isolate(resident.displayName())));
    m_tabs->setTabText(0, tr("&File"));
    m_tabs->setTabText(1, tr("S&tays"));
    m_tabs->setTabText(2, tr("&Presence"));
    m_tabs->setTabText(3, tr("School &results"));
    m_tabs->setTabText(4, tr("Placements in &families"));
    m_admit->setText(tr("&Admit to this house on"));
    m_stays->setHorizontalHeaderLabels(
        { tr("Institution"), tr("Admitted on"), tr("Left on"), tr("How it ended"), tr("Reason") });
    m_admitButton->setText(tr("&Admit…"));
    m_exitButton->setText(tr("Record an &exit…"));
    m_transferButton->setText(tr("T&ransfer…"));
    setButtonTextAndKeys(m_save, tr("Save"), QKeySequence(Qt::CTRL | Qt::Key_S));
    m_close->setText(tr("&Close"));
}

} // namespace riaya
