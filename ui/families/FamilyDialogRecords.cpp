// What the family dialog reads and writes through core: the family shown in its forms, its
// details saved, decisions and home studies recorded, placements made (FamilyDialog.cpp lays
// the dialog out).
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

void FamilyDialog::load(const QString& id)
{
    if (id.isEmpty()) {
        m_family = Family();
        setWindowTitle(tr("New family"));
        m_header->setText(tr("New family"));
        for (int tab = 1; tab < m_tabs->count(); ++tab) {
            m_tabs->setTabEnabled(tab, false);
        }
        showDetails();
        unsavedChanges()->markSaved(m_detailsForm);
        return;
    }
    const Result<Family> family = FamilyStore(m_db).get(id);
    if (!family) {
        showError(family.error().message);
        return;
    }
    m_family = *family;
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabEnabled(tab, true);
    }
    setWindowTitle(tr("Family %1").arg(isolate(m_family.familyName)));
    QString header = tr("%1 — %2 since %3")
                         .arg(isolate(m_family.familyName), familyStateLabel(m_family.state),
                              displayDate(m_family.stateSince));
    if (m_family.state == QLatin1String("approved")) {
        header += QLatin1Char('\n')
            + tr("Approval %1, to renew by %2")
                  .arg(isolateLtr(m_family.approvalNumber), displayDate(m_family.approvalRenewalOn));
    }
    m_header->setText(header);
    showDetails();
    refreshRecords();
    unsavedChanges()->markSaved(m_detailsForm);
    unsavedChanges()->markSaved(m_nextState); // its choices follow the state just loaded
}

void FamilyDialog::showDetails()
{
    m_name->setText(m_family.familyName);
    m_nameLatin->setText(m_family.familyNameLatin);
    m_members->setRowCount(int(m_family.members.size()));
    for (int row = 0; row < m_family.members.size(); ++row) {
        const FamilyMember& member = m_family.members.at(row);
        m_members->setItem(row, 0, new QTableWidgetItem(member.name));
        m_members->setItem(row, 1, new QTableWidgetItem(member.relationship));
        m_members->setItem(
            row, 2, new QTableWidgetItem(member.birthYear ? QString::number(member.birthYear) : QString()));
        auto* head = new QTableWidgetItem;
        head->setCheckState(member.head ? Qt::Checked : Qt::Unchecked);
        m_members->setItem(row, 3, head);
    }
    m_address->setText(m_family.address);
    m_region->setText(m_family.region);
    m_province->setText(m_family.province);
    m_phone->setText(m_family.phone);
    m_occupation->setText(m_family.occupation);
    m_income->setCurrentIndex(std::max(0, m_income->findData(m_family.incomeBand)));
    for (int i = 0; i < m_documents->count(); ++i) {
        QListWidgetItem* item = m_documents->item(i);
        item->setCheckState(m_family.documents.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    m_capacity->setValue(m_family.capacity);
    m_ageMin->setValue(m_family.preferredAgeMin);
    m_ageMax->setValue(m_family.preferredAgeMax);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(m_family.preferredSex)));
}

Family FamilyDialog::detailsFromForm() const
{
    Family f = m_family;
    f.familyName = m_name->text();
    f.familyNameLatin = m_nameLatin->text();
    f.members.clear();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const auto text = [&](int column) {
            return m_members->item(row, column) ? m_members->item(row, column)->text() : QString();
        };
        if (text(0).trimmed().isEmpty() && text(1).trimmed().isEmpty()) {
            continue; // an empty row added and left
        }
        f.members.append({ text(0), text(1), text(2).toInt(),
                           m_members->item(row, 3) && m_members->item(row, 3)->checkState() == Qt::Checked });
    }
    f.address = m_address->text();
    f.region = m_region->text();
    f.province = m_province->text();
    f.phone = m_phone->text();
    f.occupation = m_occupation->text();
    f.incomeBand = m_income->currentData().toString();
    f.documents.clear();
    for (int i = 0; i < m_documents->count(); ++i) {
        if (m_documents->item(i)->checkState() == Qt::Checked) {
            f.documents << m_documents->item(i)->data(Qt::UserRole).toString();
        }
    }
    f.capacity = m_capacity->value();
    f.preferredAgeMin = m_ageMin->value();
    f.preferredAgeMax = m_ageMax->value();
    f.preferredSex = m_sex->currentData().toString();
    return f;
}

bool FamilyDialog::saveDetails()
{
    FamilyStore store(m_db);
    const Family f = detailsFromForm();
    if (f.id.isEmpty()) {
        const Result<QString> id = store.add(f);
        if (!id) {
            m_errors->show(id.error());
            return false;
        }
        load(*id);
    } else {
        if (Status saved = store.update(f); !saved) {
            m_errors->show(saved.error());
            return false;
        }
        load(f.id);
    }
    m_errors->clear();
    return true;
}

void FamilyDialog::refreshRecords()
{
    FamilyStore store(m_db);
    if (const auto history = store.history(m_family.id)) {
        m_history->setRowCount(int(history->size()));
        for (int row = 0; row < history->size(); ++row) {
            const FamilyEvent& e = history->at(row);
            fillRecordRow(m_history, row,
                          { displayDate(e.on), familyStateLabel(e.state), e.decidedBy, e.reason });
        }
        m_history->setHorizontalHeaderLabels({ tr("Date"), tr("State"), tr("Decided by"), tr("Reason") });
        m_history->resizeColumnsToContents();
    }
    m_nextState->clear();
    for (const QString& state : FamilyStore::nextStates(m_family.state)) {
        m_nextState->addItem(state == m_family.state ? tr("%1 (renewal)").arg(familyStateLabel(state))
                                                     : familyStateLabel(state),
                             state);
    }
    if (const auto studies = store.homeStudies(m_family.id)) {
        m_studies->setRowCount(int(studies->size()));
        for (int row = 0; row < studies->size(); ++row) {
            const HomeStudy& s = studies->at(row);
            fillRecordRow(m_studies, row,
                          { displayDate(s.doneOn), s.socialWorker, recommendationLabel(s.recommendation),
                            s.assessment });
        }
        m_studies->setHorizontalHeaderLabels(
            { tr("Date"), tr("Social worker"), tr("Recommendation"), tr("Assessment") });
        m_studies->resizeColumnsToContents();
    }
    m_placementIds.clear();
    if (const auto placements = PlacementStore(m_db).list({ {}, m_family.id, false })) {
        m_placements->setRowCount(int(placements->size()));
        ResidentStore residents(m_db);
        for (int row = 0; row < placements->size(); ++row) {
            const Placement& p = placements->at(row);
            const Result<Resident> child = residents.get(p.residentId);
            m_placementIds << p.id;
            fillRecordRow(m_placements, row,
                          { child ? child->displayName() : p.residentId, displayDate(p.startedOn),
                            p.isActive() ? tr("living with the family") : displayDate(p.endedOn),
                            p.isActive() ? QString() : placementOutcomeLabel(p.outcome) });
        }
        m_placements->setHorizontalHeaderLabels({ tr("Child"), tr("Placed on"), tr("Ended"), tr("Outcome") });
        m_placements->resizeColumnsToContents();
    }
}

bool FamilyDialog::recordDecision()
{
    if (!m_decisionDate->check() || (m_renewal->isEnabled() && !m_renewal->check())) {
        m_errors->clear(); // each date says what is wrong under itself
        return false;
    }
    const Status done = FamilyStore(m_db).changeState(m_family.id, m_nextState->currentData().toString(),
                                                      m_decisionDate->date(), m_reason->text(),
                                                      m_approvalNumber->text(), m_renewal->date());
    if (!done) {
        m_errors->show(done.error());
        return false;
    }
    m_reason->clear();
    load(m_family.id);
    unsavedChanges()->markSaved(m_decisionForm);
    m_errors->clear();
    return true;
}

bool FamilyDialog::addHomeStudy()
{
    if (!m_studyDate->check()) {
        m_errors->clear(); // the date says what is wrong under itself
        return false;
    }
    const Result<QString> id = FamilyStore(m_db).addHomeStudy({ {},
                                                                m_family.id,
                                                                m_studyDate->date(),
                                                                m_socialWorker->text(),
                                                                m_assessment->toPlainText(),
                                                                m_recommendation->currentData().toString() });
    if (!id) {
        m_errors->show(id.error());
        return false;
    }
    m_assessment->clear();
    refreshRecords();
    unsavedChanges()->markSaved(m_studyForm);
    m_errors->clear();
    return true;
}

void FamilyDialog::placeChild()
{
    PlaceChildDialog dialog(m_db, m_family, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshRecords();
    }
}

void FamilyDialog::showError(const QString& message)
{
    m_error->showError(message);
}

} // namespace riaya
