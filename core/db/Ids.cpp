#include "Ids.h"

#include <QDateTime>
#include <QUuid>
#include <array>
#include <sodium.h>

namespace riaya {

QString newRecordId()
{
    std::array<unsigned char, 16> bytes {};
    randombytes_buf(bytes.data(), bytes.size());
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    }
    bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0F));
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F));
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

QString utcNowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace riaya
