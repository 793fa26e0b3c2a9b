#include "SenderHistory.h"

#include "BundleFile.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace riaya {

Result<SenderHistory> SenderHistory::load(Database& db, const QString& senderSite)
{
    SqlQuery query(db.connection(),
                   QStringLiteral("SELECT sequence, file_hash, at FROM bundle_log WHERE direction = 'in'"
                                  " AND sender_site = :sender AND abandoned = 0 ORDER BY sequence"));
    query.bind(QStringLiteral(":sender"), senderSite);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    SenderHistory history;
    while (query.next()) {
        history.m_entries.append({ query.value(0).toLongLong(), query.value(1).toString() });
        history.m_lastAt = std::max(history.m_lastAt, query.value(2).toString());
    }
    return history;
}

QList<SequenceRange> SenderHistory::gaps() const
{
    return gapsWith(0);
}

QList<SequenceRange> SenderHistory::gapsWith(qint64 sequence) const
{
    QList<qint64> numbers;
    numbers.reserve(m_entries.size() + 1);
    for (const Entry& entry : m_entries) {
        numbers.append(entry.sequence);
    }
    if (sequence > 0) {
        numbers.insert(std::lower_bound(numbers.begin(), numbers.end(), sequence), sequence);
    }
    QList<SequenceRange> ranges;
    qint64 expected = 1;
    for (const qint64 number : std::as_const(numbers)) {
        if (number > expected) {
            ranges.append({ expected, number - 1 });
        }
        expected = std::max(expected, number + 1);
    }
    return ranges;
}

SenderHistory::Fit SenderHistory::fit(const BundleManifest& manifest) const
{
    if (manifest.sequence < 1 || manifest.sequence > highest() + kMaxSequenceJump) {
        return Fit::TooFarAhead;
    }
    for (const Entry& entry : m_entries) {
        if (entry.sequence == manifest.sequence) {
            return Fit::Fork; // the same number with other content: identity is checked first
        }
        // The hash chain, wherever the previous bundle is known.
        if (entry.sequence == manifest.sequence - 1 && entry.fileHash != manifest.previousHash) {
            return Fit::Fork;
        }
    }
    return Fit::Continues;
}

Status SenderHistory::abandonFrom(Database& db, const QString& senderSite, qint64 sequence)
{
    SqlQuery query(db.connection(),
                   QStringLiteral("UPDATE bundle_log SET abandoned = 1 WHERE direction = 'in'"
                                  " AND sender_site = :sender AND sequence >= :sequence"));
    query.bind(QStringLiteral(":sender"), senderSite).bind(QStringLiteral(":sequence"), sequence);
    return query.exec() ? Status() : Status(Error::internal(query.errorText()));
}

QString describeRanges(const QList<SequenceRange>& ranges)
{
    QStringList parts;
    for (const SequenceRange& range : ranges) {
        parts << (range.first == range.last ? QString::number(range.first)
                                            : QStringLiteral("%1–%2").arg(range.first).arg(range.last));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace riaya
