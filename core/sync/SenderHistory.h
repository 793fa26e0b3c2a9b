#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;
struct BundleManifest;

// A run of bundle numbers not received from a sender: first..last.
struct SequenceRange
{
    qint64 first = 0;
    qint64 last = 0;
    bool operator==(const SequenceRange&) const = default;
};

// What this database received from one sender: the numbers of its bundles and their hashes,
// in order, so a gap shows as ranges (never one number at a time: a sender can claim any
// number) and a bundle that does not continue the sender's history shows as a fork.
class SenderHistory
{
    Q_DECLARE_TR_FUNCTIONS(SenderHistory)

public:
    // How far ahead of the highest number received a bundle may be: a sender exports about
    // once a day, so a jump of years of bundles is a forged or broken number.
    static constexpr qint64 kMaxSequenceJump = 1000;

    static Result<SenderHistory> load(Database& db, const QString& senderSite);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qint64 highest() const { return m_entries.isEmpty() ? 0 : m_entries.constLast().sequence; }
    QString lastReceivedAt() const { return m_lastAt; }
    // The numbers below the highest received that have not arrived.
    QList<SequenceRange> gaps() const;
    // As if `sequence` had also arrived.
    QList<SequenceRange> gapsWith(qint64 sequence) const;

    enum class Fit
    {
        Continues, // the next bundle, a later one, or one that fills a gap
        TooFarAhead,
        Fork // a second bundle with a number already received, or a different previous bundle
    };
    Fit fit(const BundleManifest& manifest) const;

    // A clerk accepted a fork at `sequence`: the bundles numbered from it on are set aside,
    // so the sender's new history continues from the accepted bundle. Their records stay.
    static Status abandonFrom(Database& db, const QString& senderSite, qint64 sequence);

private:
    struct Entry
    {
        qint64 sequence = 0;
        QString fileHash;
    };
    QList<Entry> m_entries; // by sequence, abandoned ones left out
    QString m_lastAt;
};

// "3–7, 9" for the person reading.
QString describeRanges(const QList<SequenceRange>& ranges);

} // namespace riaya
