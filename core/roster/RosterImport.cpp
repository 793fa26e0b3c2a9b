#include "RosterImport.h"

#include "RosterRejects.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "sheets/SheetReader.h"

namespace riaya {
namespace {

constexpr int kProgressEvery = 100;

void count(RosterSummary& summary, const RowVerdict& verdict)
{
    ++summary.records;
    switch (verdict.outcome) {
    case RowOutcome::Add:
        ++summary.added;
        break;
    case RowOutcome::Update:
        ++summary.updated;
        break;
    case RowOutcome::Skip:
        ++summary.skipped;
        break;
    case RowOutcome::Reject:
        ++summary.rejected;
        break;
    }
}

void note(RosterSummary& summary, const RowVerdict& verdict)
{
    count(summary, verdict);
    for (const RowProblem& problem : verdict.problems) {
        auto group = std::find_if(summary.problems.begin(), summary.problems.end(),
                                  [&](const ProblemGroup& g) { return g.kind == problem.kind; });
        if (group == summary.problems.end()) {
            summary.problems.append({ problem.kind, {}, {} });
            group = summary.problems.end() - 1;
        }
        group->rows.append(problem.row ? problem.row : verdict.rows.value(0));
        group->problems.append(problem);
    }
    if (verdict.outcome == RowOutcome::Add) {
        for (const LikelyMatch& match : verdict.likely) {
            summary.duplicates.append({ verdict.rows.value(0), verdict.name, match });
        }
    }
    if (summary.preview.size() < RosterImport::kPreviewRecords) {
        summary.preview.append(verdict);
    }
}

} // namespace

RosterImport::RosterImport(Database& db, const ColumnMapping& mapping, const QDate& today)
    : m_db(db)
    , m_mapping(mapping)
    , m_today(today)
{ }

RosterImport::~RosterImport() = default;

Result<RosterSummary> RosterImport::dryRun(SheetReader& reader, const Progress& progress)
{
    return pass(reader, std::nullopt, QString(), nullptr, progress);
}

Result<RosterSummary> RosterImport::run(SheetReader& reader, Mode mode, const QString& source,
                                        const QString& rejectsPath, const Progress& progress)
{
    if (mode == Mode::ValidOnly && rejectsPath.isEmpty()) {
        return Error::invalid(tr("Say where to save the rows that cannot be imported."));
    }
    Transaction tx(m_db.connection());
    QList<RowVerdict> rejects;
    Result<RosterSummary> summary = pass(reader, mode, source, &rejects, progress);
    if (!summary || summary->cancelled) {
        return summary;
    }
    if (summary->rejected > 0 && mode == Mode::AllOrNothing) {
        return summary; // rolled back: the summary says why
    }
    if (!rejects.isEmpty()) {
        if (Status saved = saveRejectedRows(rejectsPath, m_mapping, rejects); !saved) {
            return saved.error();
        }
        summary->rejectsPath = rejectsPath;
    }
    if (!tx.commit()) {
        return Error::internal(tr("The import could not be saved to disk; nothing was imported."));
    }
    summary->written = true;
    return summary;
}

Result<RosterSummary> RosterImport::pass(SheetReader& reader, std::optional<Mode> mode, const QString& source,
                                         QList<RowVerdict>* rejects, const Progress& progress)
{
    if (m_mapping.headerRow() == 0) {
        return Error::invalid(tr("The file has no rows."));
    }
    if (const QStringList missing = m_mapping.missingRequired(); !missing.isEmpty()) {
        QStringList labels;
        for (const QString& field : missing) {
            labels.append(rosterFieldLabel(m_mapping.kind(), field));
        }
        return Error::invalid(
            tr("No column is given the required fields: %1.").arg(labels.join(QStringLiteral(", "))));
    }
    if (Status rewound = reader.rewind(); !rewound) {
        return rewound.error();
    }
    std::unique_ptr<RosterTarget> target = makeRosterTarget(m_db, m_mapping, m_today);
    if (Status prepared = target->prepare(); !prepared) {
        return prepared.error();
    }

    RosterSummary summary;
    bool writing = mode.has_value();
    auto settle = [&](QList<RowVerdict> verdicts) -> Status {
        for (RowVerdict& verdict : verdicts) {
            // All or nothing: once a record is refused nothing will be kept, so the rest of the
            // file is only read for its problems.
            writing = writing && !(mode == Mode::AllOrNothing && summary.rejected > 0);
            if (writing && (verdict.outcome == RowOutcome::Add || verdict.outcome == RowOutcome::Update)) {
                // Each record in a savepoint of its own: a refused one leaves nothing half-written.
                Transaction record(m_db.connection());
                Status written = target->write(verdict, source);
                if (written && !record.commit()) {
                    written = Error::internal(tr("The record could not be saved to disk."));
                }
                if (!written) {
                    if (written.error().kind == Error::Kind::Internal) {
                        return written;
                    }
                    verdict.outcome = RowOutcome::Reject;
                    QString message = written.error().message;
                    for (const FieldIssue& issue : written.error().issues) {
                        message += QLatin1Char(' ') + issue.message;
                    }
                    verdict.problems.append(
                        { verdict.rows.value(0), ProblemKind::NotSaved, QString(), QString(), message });
                }
            }
            if (verdict.outcome == RowOutcome::Reject && rejects) {
                rejects->append(verdict);
            }
            note(summary, verdict);
        }
        return {};
    };

    while (const std::optional<SheetRow> row = reader.next()) {
        if (row->number <= m_mapping.headerRow()) {
            continue;
        }
        if (Status settled = settle(target->take(*row)); !settled) {
            return settled.error();
        }
        if (progress && (summary.records == 1 || summary.records % kProgressEvery == 0)
            && !progress(summary.records)) {
            summary.cancelled = true;
            return summary;
        }
    }
    if (!reader.error().isEmpty()) {
        return Error::invalid(reader.error());
    }
    summary.unreadableCharacters = reader.unreadableCharacters();
    if (Status settled = settle(target->finish()); !settled) {
        return settled.error();
    }
    // Cancelled at the last moment: still nothing written.
    summary.cancelled = progress && !progress(summary.records);
    return summary;
}

} // namespace riaya
