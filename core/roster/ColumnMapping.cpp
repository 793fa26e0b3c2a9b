#include "ColumnMapping.h"

#include "RosterRejects.h"
#include "text/TextFolding.h"

#include <QCryptographicHash>

namespace riaya {
namespace {

// How well a header names a field: 2 the same words, 1 the header holds the words, 0 not at all.
int headerScore(const QString& foldedHeader, const RosterField& field)
{
    int best = 0;
    const QString padded = QLatin1Char(' ') + foldedHeader + QLatin1Char(' ');
    for (const QString& alias : field.headers) {
        const QString folded = foldForSearch(alias);
        if (folded.isEmpty()) {
            continue;
        }
        if (folded == foldedHeader) {
            return 2;
        }
        if (padded.contains(QLatin1Char(' ') + folded + QLatin1Char(' '))) {
            best = 1;
        }
    }
    return best;
}

QStringList foldedHeaders(const QStringList& headers)
{
    QStringList folded;
    folded.reserve(headers.size());
    for (const QString& header : headers) {
        folded.append(foldForSearch(header));
    }
    return folded;
}

// Fields given to columns: every exact header first, then headers that hold a field's words,
// each field and each column used once, in the order of the fields.
QStringList matchFields(RosterKind kind, const QStringList& folded)
{
    QStringList fields(folded.size());
    for (int wanted : { 2, 1 }) {
        for (const RosterField& field : rosterFields(kind)) {
            if (fields.contains(field.key)) {
                continue;
            }
            for (int column = 0; column < folded.size(); ++column) {
                if (fields[column].isEmpty() && !folded[column].isEmpty()
                    && headerScore(folded[column], field) == wanted) {
                    fields[column] = field.key;
                    break;
                }
            }
        }
    }
    return fields;
}

// A header in two rows, as Arabic rosters often have: a cell merged over several columns
// ("الاسم") above the words that tell them apart ("العائلي", "الشخصي"), read as one header
// per column ("الاسم العائلي").
QStringList twoRowHeaders(const QStringList& upper, const QStringList& lower)
{
    QStringList headers;
    for (qsizetype column = 0; column < std::max(upper.size(), lower.size()); ++column) {
        const QString top = upper.value(column).simplified();
        const QString bottom = lower.value(column).simplified();
        headers.append(top.isEmpty() || top == bottom ? bottom
                           : bottom.isEmpty()         ? top
                                                      : top + QLatin1Char(' ') + bottom);
    }
    return headers;
}

} // namespace

ColumnMapping ColumnMapping::guess(RosterKind kind, const QList<SheetRow>& firstRows)
{
    ColumnMapping mapping;
    mapping.m_kind = kind;
    int bestCount = -1;
    auto consider = [&](int row, const QStringList& headers) {
        const QStringList fields = matchFields(kind, foldedHeaders(headers));
        const auto count
            = std::count_if(fields.cbegin(), fields.cend(), [](const QString& f) { return !f.isEmpty(); });
        if (count > bestCount) {
            bestCount = static_cast<int>(count);
            mapping.m_headerRow = row;
            mapping.m_headers = headers;
            mapping.m_fields = fields;
        }
    };
    for (int i = 0; i < firstRows.size() && i < kHeaderSearchRows; ++i) {
        consider(firstRows[i].number, firstRows[i].cells);
        // Only a strictly better reading in two rows wins: a header in one row, under a title,
        // stays one row.
        if (i > 0 && firstRows[i - 1].number == firstRows[i].number - 1) {
            consider(firstRows[i].number, twoRowHeaders(firstRows[i - 1].cells, firstRows[i].cells));
        }
    }
    return mapping;
}

void ColumnMapping::setField(int column, const QString& field)
{
    if (column < 0 || column >= m_fields.size()) {
        return;
    }
    if (!field.isEmpty()) {
        for (QString& other : m_fields) {
            if (other == field) {
                other.clear();
            }
        }
    }
    m_fields[column] = field;
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    for (const RosterField& field : rosterFields(m_kind)) {
        if (field.required && !m_fields.contains(field.key)) {
            missing.append(field.key);
        }
    }
    return missing;
}

QString ColumnMapping::shape() const
{
    // A file of rejected rows, corrected, is the same shape as the file it came from.
    QStringList folded = foldedHeaders(m_headers);
    folded.removeAll(foldForSearch(rejectedRowsHeading()));
    const QByteArray headers = folded.join(QLatin1Char('\t')).toUtf8();
    return rosterKindName(m_kind) + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(headers, QCryptographicHash::Sha256).toHex().left(32));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject object;
    for (int column = 0; column < m_fields.size(); ++column) {
        if (!m_fields[column].isEmpty()) {
            object.insert(m_headers[column], m_fields[column]);
        }
    }
    return object;
}

Status ColumnMapping::apply(const QJsonObject& mapping)
{
    const QStringList folded = foldedHeaders(m_headers);
    QStringList fields(m_headers.size());
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const QString field = it.value().toString();
        if (!field.isEmpty() && !findRosterField(m_kind, field)) {
            return Error::invalid(tr("The mapping names “%1”, which is not a field of this kind of file; "
                                     "the fields are: %2.")
                                      .arg(field, [this] {
                                          QStringList keys;
                                          for (const RosterField& f : rosterFields(m_kind)) {
                                              keys.append(f.key);
                                          }
                                          return keys.join(QStringLiteral(", "));
                                      }()));
        }
        const int column = folded.indexOf(foldForSearch(it.key()));
        if (column < 0) {
            return Error::invalid(
                tr("The mapping names the column “%1”, which this file does not have.").arg(it.key()));
        }
        if (!field.isEmpty() && fields.contains(field)) {
            return Error::invalid(tr("The mapping gives the field “%1” to two columns.").arg(field));
        }
        fields[column] = field;
    }
    m_fields = fields;
    return {};
}

} // namespace riaya
