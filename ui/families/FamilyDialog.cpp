#include "FamilyDialog.h"

#include "PlaceChildDialog.h"
#include "PlacementDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "families/FamilyStore.h"
#include "families/PlacementStore.h"
#include "residents/ResidentStore.h"
#include "security/Access.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/RecordTable.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

DateField* dateEdit(QWidget* parent, const QDate& date = QDate::currentDate())
{
    return new DateField(date, parent);
}

} // namespace

FamilyDialog::FamilyDialog(Database& db, const QString& familyId, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_detailsForm(new QWidget(this))
    , m_decisionForm(new QWidget(this))
    , m_studyForm(new QWidget(this))
    , m_name(new QLineEdit(this))
    , m_nameLatin(new QLineEdit(this))
    , m_members(new QTableWidget(0, 4, this))
    , m_address(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_province(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_occupation(new QLineEdit(this))
    , m_income(new QComboBox(this))
    , m_documents(new QListWidget(this))
    , m_capacity(new QSpinBox(this))
    , m_ageMin(new QSpinBox(this))
    , m_ageMax(new QSpinBox(this))
    , m_sex(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save the details"), this))
    , m_history(newRecordTable(4, this, QStringLiteral("familyHistory")))
    , m_nextState(new QComboBox(this))
    , m_decisionDate(dateEdit(this))
    , m_reason(new QLineEdit(this))
    , m_approvalNumber(new QLineEdit(this))
    , m_renewal(dateEdit(this, QDate::currentDate().addYears(2)))
    , m_studies(newRecordTable(4, this, QStringLiteral("homeStudies")))
    , m_studyDate(dateEdit(this))
    , m_socialWorker(new QLineEdit(this))
    , m_assessment(new QPlainTextEdit(this))
    , m_recommendation(new QComboBox(this))
    , m_placements(newRecordTable(4, this, QStringLiteral("familyPlacements")))
    , m_error(new MessageLabel(this))
    , m_errors(new FieldErrors(m_error, this))
{
    setObjectName(QStringLiteral("familyDialog"));
    m_name->setObjectName(QStringLiteral("familyName"));
    m_members->setObjectName(QStringLiteral("familyMembers"));
    m_nextState->setObjectName(QStringLiteral("nextState"));
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_approvalNumber->setObjectName(QStringLiteral("approvalNumber"));
    m_socialWorker->setObjectName(QStringLiteral("studySocialWorker"));
    m_assessment->setObjectName(QStringLiteral("studyAssessment"));
    m_recommendation->setObjectName(QStringLiteral("studyRecommendation"));
    m_error->setObjectName(QStringLiteral("familyError"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_nameLatin->setLayoutDirection(Qt::LeftToRight);
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_members->setHorizontalHeaderLabels(
        { tr("Name"), tr("Relationship"), tr("Birth year"), tr("Head of family") });
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setMaximumHeight(150);
    m_members->setTabKeyNavigation(false); // Tab goes on through the form; the arrows move between cells
    m_income->addItem(tr("not said"), QString());
    for (const QString& band : incomeBands()) {
        m_income->addItem(incomeBandLabel(band), band);
    }
    for (const QString& document : familyDocuments()) {
        auto* item = new QListWidgetItem(familyDocumentLabel(document), m_documents);
        item->setData(Qt::UserRole, document);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_documents->setMaximumHeight(130);
    m_capacity->setRange(1, 10);
    m_ageMin->setRange(-1, 18);
    m_ageMax->setRange(-1, 18);
    m_ageMin->setSpecialValueText(tr("any", "no age limit"));
    m_ageMax->setSpecialValueText(tr("any", "no age limit"));
    m_sex->addItem(tr("either", "girl or boy"), QString());
    m_sex->addItem(tr("girl"), QStringLiteral("F"));
    m_sex->addItem(tr("boy"), QStringLiteral("M"));
    for (const QString& recommendation : recommendations()) {
        m_recommendation->addItem(recommendationLabel(recommendation), recommendation);
    }
    m_assessment->setTabChangesFocus(true);
    m_assessment->setMaximumHeight(90);

    // Details
    auto* details = m_detailsForm;
    auto* form = new QFormLayout(details);
    form->addRow(tr("Family &name:"), m_name);
    form->addRow(tr("Name in &Latin letters:"), m_nameLatin);
    auto* addMember = new QPushButton(tr("Add a &member"), this);
    auto* removeMember = new QPushButton(tr("Remove the member"), this);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addMember);
    memberButtons->addWidget(removeMember);
    memberButtons->addStretch(1);
    form->addRow(tr("Members:"), m_members);
    form->addRow(QString(), memberButtons);
    form->addRow(tr("&Address:"), m_address);
    auto* place = new QHBoxLayout;
    place->addWidget(m_region);
    place->addWidget(m_province);
    form->addRow(tr("Region, province:"), place);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Occupation:"), m_occupation);
    form->addRow(tr("&Income:"), m_income);
    form->addRow(tr("Documents received:"), m_documents);
    auto* preferences = new QHBoxLayout;
    preferences->addWidget(m_capacity);
    preferences->addWidget(new QLabel(tr("ages"), this));
    preferences->addWidget(m_ageMin);
    preferences->addWidget(m_ageMax);
    preferences->addWidget(m_sex);
    preferences->addStretch(1);
    form->addRow(tr("Capacity and preferences:"), preferences);
    form->addRow(QString(), m_save);
    connect(addMember, &QPushButton::clicked, this, [this] {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        auto* head = new QTableWidgetItem;
        head->setCheckState(row == 0 ? Qt::Checked : Qt::Unchecked);
        m_members->setItem(row, 3, head);
        m_members->setCurrentCell(row, 0);
        m_members->editItem(m_members->item(row, 0) ? m_members->item(row, 0) : new QTableWidgetItem);
    });
    connect(removeMember, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0) {
            m_members->removeRow(m_members->currentRow());
        }
    });
    connect(m_save, &QPushButton::clicked, this, &FamilyDialog::saveDetails);

    // Decisions
    auto* decisions = new QWidget(this);
    auto* decisionForm = new QFormLayout(m_decisionForm);
    decisionForm->setContentsMargins(0, 0, 0, 0);
    decisionForm->addRow(tr("Move &to:"), m_nextState);
    decisionForm->addRow(tr("&Date:"), m_decisionDate);
    decisionForm->addRow(tr("&Reason:"), m_reason);
    decisionForm->addRow(tr("Approval &number:"), m_approvalNumber);
    decisionForm->addRow(tr("Approval to renew by:"), m_renewal);
    auto* decide = new QPushButton(tr("Record the &decision"), this);
    decisionForm->addRow(QString(), decide);
    auto* decisionsLayout = new QVBoxLayout(decisions);
    decisionsLayout->addWidget(m_history);
    decisionsLayout->addWidget(m_decisionForm);
    connect(decide, &QPushButton::clicked, this, &FamilyDialog::recordDecision);
    connect(m_nextState, &QComboBox::currentIndexChanged, this, [this] {
        const bool approving = m_nextState->currentData() == QLatin1String("approved");
        m_approvalNumber->setEnabled(approving);
        m_renewal->setEnabled(approving);
    });

    // Home studies
    auto* studies = new QWidget(this);
    auto* studyForm = new QFormLayout(m_studyForm);
    studyForm->setContentsMargins(0, 0, 0, 0);
    studyForm->addRow(tr("&Date:"), m_studyDate);
    studyForm->addRow(tr("&Social worker:"), m_socialWorker);
    studyForm->addRow(tr("&Assessment:"), m_assessment);
    studyForm->addRow(tr("&Recommendation:"), m_recommendation);
    auto* addStudy = new QPushButton(tr("Add the &study"), this);
    studyForm->addRow(QString(), addStudy);
    auto* studiesLayout = new QVBoxLayout(studies);
    studiesLayout->addWidget(m_studies);
    studiesLayout->addWidget(m_studyForm);
    connect(addStudy, &QPushButton::clicked, this, &FamilyDialog::addHomeStudy);

    // Placements
    auto* placements = new QWidget(this);
    auto* placeButton = new QPushButton(tr("&Place a child…"), this);
    auto* openButton = new QPushButton(tr("&Open the placement"), this);
    auto* placementButtons = new QHBoxLayout;
    placementButtons->addWidget(placeButton);
    placementButtons->addWidget(openButton);
    placementButtons->addStretch(1);
    auto* placementsLayout = new QVBoxLayout(placements);
    placementsLayout->addLayout(placementButtons);
    placementsLayout->addWidget(m_placements);
    connect(placeButton, &QPushButton::clicked, this, &FamilyDialog::placeChild);
    const auto openPlacement = [this] {
        if (const int row = m_placements->currentRow(); row >= 0 && row < m_placementIds.size()) {
            PlacementDialog dialog(m_db, m_placementIds.at(row), this);
            dialog.exec();
            refreshRecords();
        }
    };
    connect(openButton, &QPushButton::clicked, this, openPlacement);
    connect(m_placements, &QTableWidget::cellActivated, this, openPlacement);

    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(decisions, tr("Decisions"));
    m_tabs->addTab(studies, tr("Home studies"));
    m_tabs->addTab(placements, tr("Placements"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &FamilyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    const bool mayManage = Access::allows(m_db, Permission::ManageFamilies);
    for (QWidget* w :
         std::initializer_list<QWidget*> { m_save, decide, addStudy, placeButton, addMember, removeMember }) {
        w->setEnabled(mayManage);
    }
    const std::pair<const char*, QWidget*> fields[] = {
        { "family_name", m_name },
        { "family_name_latin", m_nameLatin },
        { "members", m_members },
        { "address", m_address },
        { "region", m_region },
        { "province", m_province },
        { "phone", m_phone },
        { "occupation", m_occupation },
        { "income_band", m_income },
        { "documents", m_documents },
        { "capacity", m_capacity },
        { "preferred_age_min", m_ageMin },
        { "preferred_age_max", m_ageMax },
        { "preferred_sex", m_sex },
        { "state", m_nextState },
        { "on_date", m_decisionDate },
        { "reason", m_reason },
        { "approval_number", m_approvalNumber },
        { "approval_renewal_on", m_renewal },
        { "done_on", m_studyDate },
        { "social_worker", m_socialWorker },
        { "assessment", m_assessment },
        { "recommendation", m_recommendation },
    };
    for (const auto& [column, editor] : fields) {
        m_errors->addField(QLatin1String(column), editor);
    }
    unsavedChanges()->addFields(m_detailsForm, [this] { return saveDetails(); });
    unsavedChanges()->addFields(m_decisionForm, [this] { return recordDecision(); });
    unsavedChanges()->addFields(m_studyForm, [this] { return addHomeStudy(); });
    setEnterSaves(m_detailsForm, m_save);
    setEnterSaves(m_decisionForm, decide);
    setEnterSaves(m_studyForm, addStudy);
    setFirstField(m_name);
    resizeToFit(this, { 900, 700 });
    load(familyId);
}

} // namespace riaya
