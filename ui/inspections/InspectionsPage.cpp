#include "InspectionsPage.h"

#include "ActionDialog.h"
#include "InspectionDialog.h"
#include "ScoreTrend.h"
#include "TemplateEditorDialog.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "print/InspectionReport.h"
#include "security/Access.h"
#include "widgets/RecordTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

QString scoreText(const std::optional<double>& score)
{
    return score ? displayDigits(QLocale().toString(*score, 'f', 1)) + QStringLiteral(" %")
                 : QStringLiteral("—");
}

} // namespace

InspectionsPage::InspectionsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_institution(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_list(newRecordTable(5, this, QStringLiteral("inspectionList")))
    , m_new(new QPushButton(this))
    , m_followUp(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_correct(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_actionTable(newRecordTable(5, this, QStringLiteral("actionList")))
    , m_overdueOnly(new QCheckBox(this))
    , m_inProgress(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_verify(new QPushButton(this))
    , m_trend(new ScoreTrend(this))
    , m_historyNote(new QLabel(this))
    , m_openActions(newRecordTable(4, this, QStringLiteral("openActions")))
    , m_templates(newRecordTable(4, this, QStringLiteral("templateList")))
    , m_importTemplate(new QPushButton(this))
    , m_editTemplate(new QPushButton(this))
    , m_templatesTab(new QWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_institution->setObjectName(QStringLiteral("inspectionInstitution"));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_new->setObjectName(QStringLiteral("newInspection"));
    m_message->setObjectName(QStringLiteral("inspectionMessage"));
    m_trend->setObjectName(QStringLiteral("scoreTrend"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setWordWrap(true);
    m_institution->setMinimumWidth(320);
    m_institution->setEditable(true); // typing filters a thousand houses
    m_institution->setInsertPolicy(QComboBox::NoInsert);

    auto* listTab = new QWidget(this);
    auto* listButtons = new QHBoxLayout;
    for (QPushButton* button : { m_new, m_followUp, m_open, m_correct, m_print, m_discard }) {
        listButtons->addWidget(button);
    }
    listButtons->addStretch(1);
    auto* listLayout = new QVBoxLayout(listTab);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_list);

    auto* actionsTab = new QWidget(this);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_overdueOnly);
    actionButtons->addStretch(1);
    for (QPushButton* button : { m_inProgress, m_done, m_verify }) {
        actionButtons->addWidget(button);
    }
    auto* actionsLayout = new QVBoxLayout(actionsTab);
    actionsLayout->addLayout(actionButtons);
    actionsLayout->addWidget(m_actionTable);

    auto* historyTab = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addWidget(m_historyNote);
    historyLayout->addWidget(m_trend);
    historyLayout->addWidget(m_openActions, 1);

    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_importTemplate);
    templateButtons->addWidget(m_editTemplate);
    templateButtons->addStretch(1);
    auto* templatesLayout = new QVBoxLayout(m_templatesTab);
    templatesLayout->addLayout(templateButtons);
    templatesLayout->addWidget(m_templates);

    m_tabs->addTab(listTab, QString());
    m_tabs->addTab(actionsTab, QString());
    m_tabs->addTab(historyTab, QString());
    m_tabs->addTab(m_templatesTab, QString());
    m_tabs->setTabVisible(3, Access::allows(m_db, Permission::ManageTemplates) && m_db.site().isMinistry);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_institution);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    const bool mayConduct = Access::allows(m_db, Permission::ConductInspections);
    for (QPushButton* button : { m_new, m_followUp, m_correct, m_discard, m_inProgress, m_done, m_verify }) {
        button->setVisible(mayConduct);
    }
    m_institution->addItem(QString(), QString());
    if (const auto institutions = InstitutionStore(m_db).list()) {
        for (const Institution& institution : *institutions) {
            m_institution->addItem(institution.name, institution.id);
            m_institutionNames.insert(institution.id, institution.name);
        }
    }
    if (!m_db.site().institutionId.isEmpty()) {
        m_institution->setCurrentIndex(std::max(0, m_institution->findData(m_db.site().institutionId)));
    }
    connect(m_institution, &QComboBox::currentIndexChanged, this, &InspectionsPage::refresh);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &InspectionsPage::refreshActions);
    connect(m_new, &QPushButton::clicked, this, [this] { startInspection(false); });
    connect(m_followUp, &QPushButton::clicked, this, [this] { startInspection(true); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Inspection* selected = selectedInspection()) {
            openInspection(selected->id);
        }
    });
    connect(m_list, &QTableWidget::cellActivated, this,
            [this](int row) { openInspection(m_inspections.at(row).id); });
    connect(m_correct, &QPushButton::clicked, this, &InspectionsPage::correctInspection);
    connect(m_print, &QPushButton::clicked, this, &InspectionsPage::printReport);
    connect(m_discard, &QPushButton::clicked, this, &InspectionsPage::discardDraft);
    connect(m_inProgress, &QPushButton::clicked, this, [this] { moveAction(QStringLiteral("in_progress")); });
    connect(m_done, &QPushButton::clicked, this, [this] { moveAction(QStringLiteral("done")); });
    connect(m_verify, &QPushButton::clicked, this, [this] { moveAction(QStringLiteral("verified")); });
    connect(m_importTemplate, &QPushButton::clicked, this, &InspectionsPage::importTemplate);
    connect(m_editTemplate, &QPushButton::clicked, this, &InspectionsPage::editTemplate);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    retranslate();
    refresh();
}

QString InspectionsPage::institutionId() const
{
    return m_institution->currentData().toString();
}

const Inspection* InspectionsPage::selectedInspection() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_inspections.size() ? &m_inspections.at(row) : nullptr;
}

void InspectionsPage::refresh()
{
    const Result<QList<Inspection>> inspections = InspectionStore(m_db).list(institutionId());
    if (!inspections) {
        showMessage(inspections.error().message);
        return;
    }
    m_inspections = *inspections;
    m_list->setRowCount(int(m_inspections.size()));
    for (int row = 0; row < m_inspections.size(); ++row) {
        const Inspection& i = m_inspections.at(row);
        QString state = i.isFinal() ? tr("finalized") : tr("draft");
        if (!i.followsUp.isEmpty()) {
            state = tr("%1, follow-up").arg(state);
        }
        fillRecordRow(m_list, row,
                      { displayDate(i.visitedOn), m_institutionNames.value(i.institutionId, i.institutionId),
                        i.inspector, state, scoreText(i.score) });
    }
    m_list->resizeColumnsToContents();
    refreshActions();
    refreshHistory();
    if (m_tabs->isTabVisible(3)) {
        refreshTemplates();
    }
}

void InspectionsPage::refreshActions()
{
    const Result<QList<CorrectiveAction>> actions
        = ActionStore(m_db).list({ institutionId(), {}, m_overdueOnly->isChecked(), false });
    if (!actions) {
        showMessage(actions.error().message);
        return;
    }
    m_actions = *actions;
    m_actionTable->setRowCount(int(m_actions.size()));
    int overdue = 0;
    for (int row = 0; row < m_actions.size(); ++row) {
        const CorrectiveAction& a = m_actions.at(row);
        overdue += a.isOverdue() ? 1 : 0;
        fillRecordRow(
            m_actionTable, row,
            { displayDate(a.dueOn), m_institutionNames.value(a.institutionId, a.institutionId), a.description,
              a.responsible,
              a.isOverdue() ? tr("%1, overdue").arg(actionStateLabel(a.state)) : actionStateLabel(a.state) },
            a.isOverdue());
    }
    m_actionTable->resizeColumnsToContents();
    m_tabs->setTabText(
        1, overdue > 0 ? tr("Corrective actions (%n overdue)", nullptr, overdue) : tr("Corrective actions"));
}

void InspectionsPage::refreshHistory()
{
    if (institutionId().isEmpty()) {
        m_historyNote->setText(
            tr("Choose an institution above to see its inspections over time and its open actions."));
        m_trend->setPoints({});
        m_openActions->setRowCount(0);
        return;
    }
    QList<std::pair<QDate, double>> points;
    for (auto it = m_inspections.crbegin(); it != m_inspections.crend(); ++it) {
        if (it->isFinal() && it->score) {
            points.append({ it->visitedOn, *it->score });
        }
    }
    m_trend->setPoints(points);
    const Result<QList<CorrectiveAction>> open = ActionStore(m_db).list({ institutionId(), {}, false, true });
    const QList<CorrectiveAction> actions = open ? *open : QList<CorrectiveAction>();
    m_historyNote->setText(
        QStringList { tr("%n finalized inspection(s).", nullptr, int(points.size())),
                      tr("%n corrective action(s) still open.", nullptr, int(actions.size())) }
            .join(QLatin1Char('\n')));
    m_openActions->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const CorrectiveAction& a = actions.at(row);
        fillRecordRow(
            m_openActions, row,
            { displayDate(a.dueOn), a.description, a.responsible,
              a.isOverdue() ? tr("%1, overdue").arg(actionStateLabel(a.state)) : actionStateLabel(a.state) },
            a.isOverdue());
    }
    m_openActions->resizeColumnsToContents();
}

void InspectionsPage::refreshTemplates()
{
    const Result<QList<InspectionTemplate>> templates = TemplateStore(m_db).list();
    const QList<InspectionTemplate> list = templates ? *templates : QList<InspectionTemplate>();
    m_templates->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const InspectionTemplate& t = list.at(row);
        fillRecordRow(m_templates, row,
                      { t.title.shown(), displayDigits(QString::number(t.edition)),
                        displayDigits(QString::number(t.items().size())),
                        t.builtIn ? tr("shipped with Riaya") : tr("published by the ministry") });
        m_templates->item(row, 0)->setData(Qt::UserRole, t.id);
    }
    m_templates->resizeColumnsToContents();
}

void InspectionsPage::openInspection(const QString& id)
{
    InspectionDialog dialog(m_db, id, this);
    dialog.exec();
    refresh();
}

void InspectionsPage::startInspection(bool followUp)
{
    const Inspection* earlier = followUp ? selectedInspection() : nullptr;
    if (followUp && (!earlier || !earlier->isFinal())) {
        showMessage(tr("Select a finalized inspection to follow up."));
        return;
    }
    const QString institution = earlier ? earlier->institutionId : institutionId();
    if (institution.isEmpty()) {
        showMessage(tr("Choose the institution to inspect above."));
        return;
    }
    const Result<InspectionTemplate> standards = TemplateStore(m_db).current();
    if (!standards) {
        showMessage(standards.error().message);
        return;
    }
    bool ok = false;
    const QString inspector
        = QInputDialog::getText(this, tr("New inspection"), tr("Inspector's name:"), QLineEdit::Normal,
                                m_db.actor().localOperator ? QString() : m_db.actor().username, &ok);
    if (!ok) {
        return;
    }
    const Result<QString> id = InspectionStore(m_db).start(institution, standards->id, QDate::currentDate(),
                                                           inspector, earlier ? earlier->rootId : QString());
    if (!id) {
        showMessage(id.error().describe());
        return;
    }
    showMessage(QString(), false);
    openInspection(*id);
}

void InspectionsPage::correctInspection()
{
    const Inspection* selected = selectedInspection();
    if (!selected || !selected->isFinal()) {
        showMessage(tr("Select a finalized inspection to correct; a draft is changed directly."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Correct the inspection"), tr("Why is it corrected? The reason stays with the new version."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    const Result<QString> id = InspectionStore(m_db).correct(selected->id, reason);
    if (!id) {
        showMessage(id.error().describe());
        return;
    }
    openInspection(*id);
}

void InspectionsPage::printReport()
{
    const Inspection* selected = selectedInspection();
    if (!selected) {
        showMessage(tr("Select the inspection to print."));
        return;
    }
    const QStringList languages { tr("Arabic"), tr("French"), tr("English") };
    const QStringList codes { QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en") };
    bool ok = false;
    const QString language
        = QInputDialog::getItem(this, tr("Inspection report"), tr("Language of the report:"), languages,
                                std::max(0, int(codes.indexOf(QLocale().name().left(2)))), false, &ok);
    if (!ok) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report"),
        QStringLiteral("inspection-%1.pdf").arg(selected->visitedOn.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<InspectionReport::Content> content = InspectionReport::gather(m_db, selected->id);
    const Status written = content
        ? InspectionReport::writePdf(*content, path, codes.at(languages.indexOf(language)))
        : Status(content.error());
    showMessage(written ? tr("The report was written to %1.").arg(QDir::toNativeSeparators(path))
                        : written.error().describe(),
                !written);
}

void InspectionsPage::discardDraft()
{
    const Inspection* selected = selectedInspection();
    if (!selected) {
        return;
    }
    const Status discarded = InspectionStore(m_db).discard(selected->id);
    showMessage(discarded ? tr("The draft was thrown away.") : discarded.error().describe(), !discarded);
    refresh();
}

void InspectionsPage::moveAction(const QString& state)
{
    const int row = m_actionTable->currentRow();
    if (row < 0 || row >= m_actions.size()) {
        showMessage(tr("Select an action first."));
        return;
    }
    const CorrectiveAction& action = m_actions.at(row);
    bool ok = false;
    const QString note
        = QInputDialog::getText(this, actionStateLabel(state), tr("What was seen or done (optional):"),
                                QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    // Verified during the newest follow-up of the inspection that raised it, when there is one.
    QString followUp;
    if (state == QLatin1String("verified")) {
        if (const auto all = InspectionStore(m_db).list(action.institutionId)) {
            for (const Inspection& i : *all) {
                if (i.followsUp == action.inspectionId) {
                    followUp = i.rootId;
                    break;
                }
            }
        }
    }
    const Status moved = ActionStore(m_db).setState(action.id, state, note, followUp);
    showMessage(moved ? QString() : moved.error().describe(), !moved);
    refresh();
}

void InspectionsPage::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a standards document"), QString(),
                                                      tr("Standards documents (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<QString> id = TemplateStore(m_db).importFile(path);
    showMessage(id ? tr("The new edition was published; it reaches the sites in the next bundles.")
                   : id.error().describe(),
                !id);
    refreshTemplates();
}

void InspectionsPage::editTemplate()
{
    const int row = m_templates->currentRow();
    const QString id = row >= 0 ? m_templates->item(row, 0)->data(Qt::UserRole).toString() : QString();
    const Result<InspectionTemplate> base
        = id.isEmpty() ? TemplateStore(m_db).current() : TemplateStore(m_db).get(id);
    if (!base) {
        showMessage(base.error().message);
        return;
    }
    TemplateEditorDialog dialog(m_db, *base, this);
    if (dialog.exec() == QDialog::Accepted) {
        showMessage(tr("The new edition was published; it reaches the sites in the next bundles."), false);
    }
    refreshTemplates();
}

void InspectionsPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void InspectionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void InspectionsPage::retranslate()
{
    m_title->setText(tr("Inspections"));
    m_institution->setItemText(0, tr("All institutions"));
    m_tabs->setTabText(0, tr("Inspections"));
    m_tabs->setTabText(1, tr("Corrective actions"));
    m_tabs->setTabText(2, tr("Institution history"));
    m_tabs->setTabText(3, tr("Standards documents"));
    m_new->setText(tr("&New inspection…"));
    m_followUp->setText(tr("&Follow up…"));
    m_open->setText(tr("&Open"));
    m_correct->setText(tr("&Correct…"));
    m_print->setText(tr("&Report (PDF)…"));
    m_discard->setText(tr("Throw the draft away"));
    m_overdueOnly->setText(tr("&Overdue only"));
    m_inProgress->setText(tr("In &progress"));
    m_done->setText(tr("&Done"));
    m_verify->setText(tr("&Verified…"));
    m_importTemplate->setText(tr("&Import a file…"));
    m_editTemplate->setText(tr("&Edit as a new edition…"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N)); // setText resets it
    m_list->setHorizontalHeaderLabels(
        { tr("Visit"), tr("Institution"), tr("Inspector"), tr("State"), tr("Score") });
    m_actionTable->setHorizontalHeaderLabels(
        { tr("Due"), tr("Institution"), tr("Action"), tr("Responsible"), tr("State") });
    m_openActions->setHorizontalHeaderLabels({ tr("Due"), tr("Action"), tr("Responsible"), tr("State") });
    m_templates->setHorizontalHeaderLabels({ tr("Document"), tr("Edition"), tr("Items"), tr("Origin") });
}

} // namespace riaya
