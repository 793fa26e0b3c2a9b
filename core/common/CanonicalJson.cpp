#include "CanonicalJson.h"

#include <QLocale>
#include <cmath>

namespace riaya {
namespace {

void appendString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        // The same shortest round-trip form QJsonDocument writes.
        out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                : QByteArray("null");
        return;
    }
    case QMetaType::QVariantMap:
        out += canonicalJson(value.toMap());
        return;
    case QMetaType::QVariantList: {
        out += '[';
        const QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            appendValue(out, list.at(i));
        }
        out += ']';
        return;
    }
    default:
        appendString(out, value.toString());
    }
}

} // namespace

QByteArray canonicalJson(const QVariantMap& record)
{
    QByteArray out;
    out.reserve(64 * record.size());
    out += '{';
    bool first = true;
    for (auto it = record.cbegin(); it != record.cend(); ++it) { // QVariantMap iterates in key order
        if (!first) {
            out += ',';
        }
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
    return out;
}

} // namespace riaya
