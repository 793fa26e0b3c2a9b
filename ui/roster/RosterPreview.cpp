#include "RosterPreview.h"

#include "common/DateDisplay.h"
#include "families/Family.h"
#include "institutions/InstitutionStore.h"
#include "sync/RecordKinds.h"
#include "widgets/RecordTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QTableWidget>

namespace riaya {
namespace {

const QString kMembers = QStringLiteral("members");

// The fields the preview shows, in the order of the file's columns; a family's members, which
// several columns fill, in one column.
QStringList shownFields(const ColumnMapping& mapping)
{
    QStringList fields;
    for (int column = 0; column < mapping.headers().size(); ++column) {
        QString field = mapping.fieldOf(column);
        if (field.startsWith(QLatin1String("member_"))) {
            field = kMembers;
        }
        if (!field.isEmpty() && !fields.contains(field)) {
            fields << field;
        }
    }
    return fields;
}

QString membersText(const QVariantMap& record)
{
    QStringList members;
    for (const FamilyMember& member : Family::fromFields(record).members) {
        QStringList about;
        if (!member.relationship.isEmpty()) {
            about << member.relationship;
        }
        if (member.birthYear > 0) {
            about << QString::number(member.birthYear);
        }
        members << (about.isEmpty() ? member.name
                                    : QStringLiteral("%1 (%2)").arg(
                                        member.name,
                                        about.join(QCoreApplication::translate(
                                            "RosterPreview", ", ", "between the items of a list"))));
    }
    return members.join(
        QCoreApplication::translate("RosterPreview", "; ", "between the members of a family"));
}

} // namespace

QString rowOutcomeLabel(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Add:
        return QCoreApplication::translate("RosterPreview", "New");
    case RowOutcome::Update:
        return QCoreApplication::translate("RosterPreview", "Completes a record");
    case RowOutcome::Skip:
        return QCoreApplication::translate("RosterPreview", "Already there");
    case RowOutcome::Reject:
        return QCoreApplication::translate("RosterPreview", "Has problems");
    }
    return {};
}

QString rowNumbers(const QList<int>& rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    const QString first = displayDigits(QString::number(rows.first()));
    return rows.size() == 1 ? first : first + QChar(0x2013) + displayDigits(QString::number(rows.last()));
}

void fillRosterPreview(QTableWidget* table, Database& db, const ColumnMapping& mapping,
                       const QList<RowVerdict>& records)
{
    const RosterKind kind = mapping.kind();
    const QString recordTable = rosterKindName(kind);
    const QStringList fields = shownFields(mapping);
    QHash<QString, QString> institutionNames;
    if (fields.contains(QLatin1String("institution"))) {
        if (const Result<QList<Institution>> institutions = InstitutionStore(db).list()) {
            for (const Institution& institution : *institutions) {
                institutionNames.insert(institution.id, institution.name);
            }
        }
    }
    QStringList headings { QCoreApplication::translate("RosterPreview", "Row"),
                           QCoreApplication::translate("RosterPreview", "What happens") };
    for (const QString& field : fields) {
        headings << (field == kMembers ? QCoreApplication::translate("RosterPreview", "Members")
                                       : rosterFieldLabel(kind, field));
    }
    table->clear();
    table->setColumnCount(int(headings.size()));
    table->setHorizontalHeaderLabels(headings);
    table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const RowVerdict& record = records.at(row);
        QStringList cells { rowNumbers(record.rows), rowOutcomeLabel(record.outcome) };
        for (const QString& field : fields) {
            const RosterField* known = findRosterField(kind, field);
            if (field == kMembers) {
                cells << membersText(record.record);
            } else if (field == QLatin1String("institution")) {
                const QString id = record.record.value(QStringLiteral("institution_id")).toString();
                cells << institutionNames.value(id, id);
            } else if (known && known->type == CellType::Date) {
                const QDate date = QDate::fromString(record.record.value(field).toString(), Qt::ISODate);
                cells << (date.isValid() ? displayDate(date) : QString());
            } else {
                const QVariant value = record.record.value(field);
                cells << (value.isNull()
                              ? QString()
                              : displayDigits(recordValueLabel(recordTable, field, value.toString())));
            }
        }
        fillRecordRow(table, row, cells, record.outcome == RowOutcome::Reject);
    }
    table->resizeColumnsToContents();
}

} // namespace riaya
