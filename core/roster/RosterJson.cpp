#include "RosterJson.h"

#include <QJsonArray>

namespace riaya {

QJsonObject toJson(const RosterFile& file, const RosterSummary& summary)
{
    QJsonArray problems;
    for (const ProblemGroup& group : summary.problems) {
        QJsonArray rows;
        for (const RowProblem& problem : group.problems) {
            rows.append(QJsonObject { { QStringLiteral("row"), problem.row },
                                      { QStringLiteral("field"), problem.field },
                                      { QStringLiteral("value"), problem.value },
                                      { QStringLiteral("message"), problem.message } });
        }
        problems.append(QJsonObject { { QStringLiteral("kind"), problemKindName(group.kind) },
                                      { QStringLiteral("label"), problemKindLabel(group.kind) },
                                      { QStringLiteral("count"), rows.size() },
                                      { QStringLiteral("rows"), rows } });
    }
    QJsonArray duplicates;
    for (const ProbableDuplicate& duplicate : summary.duplicates) {
        duplicates.append(QJsonObject { { QStringLiteral("row"), duplicate.row },
                                        { QStringLiteral("name"), duplicate.name },
                                        { QStringLiteral("existing_id"), duplicate.match.id },
                                        { QStringLiteral("existing_name"), duplicate.match.name },
                                        { QStringLiteral("likeness"), duplicate.match.score } });
    }
    QJsonObject object { { QStringLiteral("kind"), rosterKindName(file.mapping.kind()) },
                         { QStringLiteral("format"), file.info.format },
                         { QStringLiteral("sheet"), file.info.sheet },
                         { QStringLiteral("sheets"), QJsonArray::fromStringList(file.info.sheets) },
                         { QStringLiteral("header_row"), file.mapping.headerRow() },
                         { QStringLiteral("mapping"), file.mapping.toJson() },
                         { QStringLiteral("mapping_remembered"), file.mappingRemembered },
                         { QStringLiteral("records"), summary.records },
                         { QStringLiteral("added"), summary.added },
                         { QStringLiteral("updated"), summary.updated },
                         { QStringLiteral("skipped"), summary.skipped },
                         { QStringLiteral("rejected"), summary.rejected },
                         { QStringLiteral("written"), summary.written },
                         { QStringLiteral("problems"), problems },
                         { QStringLiteral("duplicates"), duplicates } };
    if (file.info.format == QLatin1String("csv")) {
        object.insert(QStringLiteral("encoding"), file.info.encoding);
        object.insert(QStringLiteral("detected_encoding"), file.info.detectedEncoding);
        object.insert(QStringLiteral("encoding_confidence"), file.info.encodingConfidence);
        object.insert(QStringLiteral("separator"), QString(file.info.separator));
        object.insert(QStringLiteral("unreadable_characters"), summary.unreadableCharacters);
    }
    if (!summary.rejectsPath.isEmpty()) {
        object.insert(QStringLiteral("rejects"), summary.rejectsPath);
    }
    return object;
}

} // namespace riaya
