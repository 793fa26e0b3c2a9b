#include "sheets/ZipArchive.h"

#include <QFile>
#include <unzip.h>

namespace riaya {

namespace {

constexpr int caseInsensitive = 2; // minizip's iCaseSensitivity
constexpr int chunkSize = 256 * 1024;

} // namespace

ZipArchive::~ZipArchive()
{
    closeStream();
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::open(const QString& path)
{
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    return m_zip != nullptr;
}

bool ZipArchive::contains(const QString& entry)
{
    closeStream();
    return unzLocateFile(m_zip, entry.toUtf8().constData(), caseInsensitive) == UNZ_OK;
}

ZipArchive::ReadStatus ZipArchive::readAll(const QString& entry, QByteArray* data)
{
    data->clear();
    const ReadStatus started = startStream(entry);
    if (started != ReadStatus::Ok)
        return started;
    for (QByteArray chunk = nextChunk(); !chunk.isEmpty(); chunk = nextChunk()) {
        if (data->size() + chunk.size() > kMaxWholeEntry) {
            data->clear();
            closeStream();
            return ReadStatus::TooLarge;
        }
        data->append(chunk);
    }
    const ReadStatus status = m_streamStatus;
    closeStream();
    return status;
}

ZipArchive::ReadStatus ZipArchive::startStream(const QString& entry)
{
    closeStream();
    if (!contains(entry))
        return ReadStatus::Missing;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return m_streamStatus = ReadStatus::Corrupt;
    m_streaming = true;
    m_streamStatus = ReadStatus::Ok;
    return ReadStatus::Ok;
}

QByteArray ZipArchive::nextChunk()
{
    if (!m_streaming)
        return {};
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    const int read = unzReadCurrentFile(m_zip, chunk.data(), chunkSize);
    if (read > 0) {
        chunk.truncate(read);
        return chunk;
    }
    // The checksum is only checked when the entry is closed.
    const int closed = unzCloseCurrentFile(m_zip);
    m_streaming = false;
    if (read < 0 || closed != UNZ_OK)
        m_streamStatus = ReadStatus::Corrupt;
    return {};
}

void ZipArchive::closeStream()
{
    if (m_streaming)
        unzCloseCurrentFile(m_zip);
    m_streaming = false;
}

} // namespace riaya
