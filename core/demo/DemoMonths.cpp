#include "DemoMonths.h"

#include "WordList.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "reports/MonthReport.h"
#include "sync/BundleLog.h"
#include "sync/BundleManifest.h"

#include <QDateTime>
#include <QUuid>
#include <algorithm>
#include <numeric>
#include <random>
#include <sodium.h>

namespace riaya {
namespace {

// The engine's output is specified by the standard, the distributions are not: none is used.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed ^ 0x6d6f6e746873ULL) // "months": not the generator's sequence
    { }
    int between(int low, int high)
    {
        return high <= low ? low : low + static_cast<int>(m_engine() % static_cast<quint64>(high - low + 1));
    }

private:
    std::mt19937_64 m_engine;
};

enum class Story
{
    OnTime,
    NotSentLastMonth,
    Silent,
    Late,
    Gap
};

struct House
{
    QString institutionId;
    QString siteId;
    int present = 0;
    Story story = Story::OnTime;
};

QByteArray digest(const QByteArray& input, int size)
{
    QByteArray out(size, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(size),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    return out;
}

// The same bundle id and file hash on every run of the same seed.
QString bundleId(const QByteArray& key)
{
    QByteArray bytes = digest("bundle|" + key, 16);
    bytes[6] = static_cast<char>(0x40 | (bytes[6] & 0x0F));
    bytes[8] = static_cast<char>(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString at(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC).toString(Qt::ISODateWithMs);
}

// A month's bundle as the house made it: approved `approvedAfter` days after the month's
// last day, received `receivedAfter` days after it (the same day or later).
struct Sending
{
    int approvedAfter = 0;
    int receivedAfter = 0;
};

// Received within a week or so of the month's end, not before `earliest` days after it.
Sending onTime(Dice& dice, int available, int earliest = 1)
{
    const int received = dice.between(std::max(1, earliest), std::max(earliest, std::min(8, available)));
    return { dice.between(1, received), received };
}

// 20 to 27 days after: the next month (28 days at least) is approved after it arrived.
Sending late(Dice& dice, int available)
{
    const int received = dice.between(DemoMonths::kLateDays, std::min(27, available));
    return { received - dice.between(0, 3), received };
}

} // namespace

QDate DemoMonths::lastMonth(const QDate& today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

Result<DemoMonthsSummary> DemoMonths::generate(Database& db, quint64 seed, const QDate& today)
{
    DemoMonthsSummary summary;
    summary.lastMonth = lastMonth(today);
    if (!db.site().isMinistry) {
        return summary;
    }
    // The demo's houses: institutions owned by an enrolled site that has sent nothing yet (a
    // second demo leaves the first one's months alone), with who is in them now.
    SqlQuery houses(
        db.connection(),
        QStringLiteral("SELECT i.id, i.origin_site, (SELECT count(*) FROM residents r"
                       " WHERE r.institution_id = i.id AND r.status = 'present' AND r.deleted = 0)"
                       " FROM institutions i JOIN trusted_sites t ON t.site_id = i.origin_site"
                       " AND t.role = 'site' AND t.revoked_at IS NULL"
                       " WHERE i.deleted = 0 AND NOT EXISTS (SELECT 1 FROM bundle_log b"
                       " WHERE b.direction = 'in' AND b.sender_site = i.origin_site)"
                       " ORDER BY i.id"));
    if (!houses.exec()) {
        return Error::internal(tr("Cannot read the demo's houses: %1").arg(houses.errorText()));
    }
    QList<House> list;
    while (houses.next()) {
        list.append({ houses.value(0).toString(), houses.value(1).toString(), houses.value(2).toInt() });
    }
    summary.sites = static_cast<int>(list.size());

    // Who tells which part of the story: a shuffle of the houses, then the groups in turn.
    Dice dice(seed);
    QList<qsizetype> order(list.size());
    std::iota(order.begin(), order.end(), 0);
    for (qsizetype i = order.size() - 1; i > 0; --i) {
        std::swap(order[i], order[dice.between(0, static_cast<int>(i))]);
    }
    const int n = summary.sites;
    auto share = [n](int percent) { return n >= 10 ? std::max(1, (n * percent + 50) / 100) : 0; };
    const std::pair<Story, int> groups[] = { { Story::Silent, share(2) },
                                             { Story::NotSentLastMonth, share(5) },
                                             { Story::Late, share(3) },
                                             { Story::Gap, n >= 10 ? (n >= 200 ? 2 : 1) : 0 } };
    qsizetype next = 0;
    for (const auto& [story, count] : groups) {
        for (int c = 0; c < count && next < order.size(); ++c) {
            list[order.at(next++)].story = story;
        }
    }

    const QList<Word> firstNames = loadWordList(QStringLiteral("first_names_female"));
    const QList<Word> familyNames = loadWordList(QStringLiteral("family_names"));
    if (firstNames.isEmpty() || familyNames.isEmpty()) {
        return Error::internal(tr("The demo word lists are missing from this installation."));
    }
    RecordWriter& writer = db.writer();
    const QDate first = summary.lastMonth.addMonths(-(kMonths - 1));
    for (const House& house : std::as_const(list)) {
        const QString supervisor = firstNames.at(dice.between(0, int(firstNames.size()) - 1)).arabic
            + QLatin1Char(' ') + familyNames.at(dice.between(0, int(familyNames.size()) - 1)).arabic;
        const QByteArray key = house.siteId.toUtf8() + '|' + QByteArray::number(seed);
        qint64 changes = dice.between(2000, 9000); // the site's change log before the first bundle
        int lastReceived = -1;
        for (int k = 0; k < kMonths; ++k) {
            const QDate month = first.addMonths(k);
            const QDate lastDay = month.addMonths(1).addDays(-1);
            const int available = static_cast<int>(lastDay.daysTo(today));
            const bool monthBeforeLast = k == kMonths - 2;
            // A site that has not sent the last month is not silent: its month before the last
            // arrived less than kSilentDays ago.
            const int notSilent = static_cast<int>(lastDay.daysTo(today.addDays(1 - kSilentDays)));
            const Sending sending = house.story == Story::Late && monthBeforeLast ? late(dice, available)
                : house.story == Story::NotSentLastMonth && monthBeforeLast
                ? onTime(dice, available, notSilent)
                : onTime(dice, available);
            const qint64 records
                = qint64(house.present) * lastDay.day() + dice.between(0, house.present / 3 + 2);
            changes += records;
            bool received = true;
            switch (house.story) {
            case Story::OnTime:
            case Story::Late:
                break;
            case Story::NotSentLastMonth:
                received = k < kMonths - 1;
                break;
            case Story::Silent:
                received = lastDay.addDays(sending.receivedAfter) < today.addDays(-kSilentDays);
                break;
            case Story::Gap:
                received = !monthBeforeLast; // exported, lost on the way; the next one arrived
                break;
            }
            if (house.story == Story::Silent && (!received || lastReceived < k - 1)) {
                received = false; // silent since: nothing after the first month missing
            }
            if (!received) {
                continue;
            }
            const QDate approvedOn = lastDay.addDays(sending.approvedAfter);
            const QDate receivedOn = lastDay.addDays(sending.receivedAfter);
            // In office hours; what arrives on the demo's day itself (the first of a month, the
            // month just ended) was approved and sent in the first minutes after midnight.
            const bool tonight = receivedOn == today;
            const QString approvedAt = tonight ? at(approvedOn, 0, dice.between(0, 20))
                                               : at(approvedOn, dice.between(8, 11), dice.between(0, 59));
            const QString receivedAt = tonight ? at(receivedOn, 0, dice.between(30, 50))
                                               : at(receivedOn, dice.between(13, 17), dice.between(0, 59));
            if (k >= kMonths - kApprovedMonths) {
                const InsertOrigin fromTheHouse(writer, house.siteId);
                const Result<MonthFigures> approved = MonthReport::recordApproval(
                    db, writer, house.institutionId, month, supervisor, approvedAt);
                if (!approved) {
                    return approved.error();
                }
                ++summary.approvals;
            }
            BundleManifest manifest;
            manifest.bundleId = bundleId(key + '|' + QByteArray::number(k + 1));
            manifest.senderSite = house.siteId;
            manifest.recipientSite = db.site().id;
            manifest.sequence = k + 1;
            manifest.fromChange = changes - records;
            manifest.toChange = changes;
            manifest.records = records;
            const QString fileHash
                = QString::fromLatin1(digest("file|" + key + '|' + QByteArray::number(k + 1), 32).toHex());
            if (Status logged = recordBundle(db, manifest, QStringLiteral("in"), fileHash, receivedAt);
                !logged) {
                return logged.error();
            }
            // Audited as an import is, once per bundle.
            if (Status audited = writer.audit().append({ QStringLiteral("import-bundle"),
                                                         QStringLiteral("bundle_log"),
                                                         manifest.bundleId,
                                                         {},
                                                         { { QStringLiteral("sender"), house.siteId },
                                                           { QStringLiteral("sequence"), manifest.sequence },
                                                           { QStringLiteral("records"), records } },
                                                         receivedAt });
                !audited) {
                return audited.error();
            }
            ++summary.bundles;
            lastReceived = k;
        }
        switch (house.story) {
        case Story::OnTime:
            break;
        case Story::NotSentLastMonth:
            ++summary.notSentLastMonth;
            break;
        case Story::Silent:
            ++summary.silent;
            break;
        case Story::Late:
            ++summary.late;
            break;
        case Story::Gap:
            ++summary.gaps;
            break;
        }
    }
    return summary;
}

} // namespace riaya
