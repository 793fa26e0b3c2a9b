#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace riaya {

// The entries of a zip file (an XLSX workbook is one), read through minizip: a small entry
// whole, a large one in chunks so it is never held whole in memory.
class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // False when the file cannot be read as a zip.
    bool open(const QString& path);
    // Entry names are compared without case, as the Open Packaging Conventions say.
    bool contains(const QString& entry);

    enum class ReadStatus
    {
        Ok,
        Missing,
        Corrupt, // truncated, or fails its checksum or decompression
        TooLarge // decompresses to more than kMaxWholeEntry bytes
    };
    // The most readAll holds: a workbook's shared strings or styles, read whole, never come
    // near it, while a zip bomb would fill the memory.
    static constexpr qsizetype kMaxWholeEntry = 256 * 1024 * 1024;
    // The whole decompressed entry.
    ReadStatus readAll(const QString& entry, QByteArray* data);

    // One entry read in chunks: start, then next() until it gives an empty chunk; status()
    // says whether that end was the entry's true end.
    ReadStatus startStream(const QString& entry);
    QByteArray nextChunk();
    ReadStatus streamStatus() const { return m_streamStatus; }

private:
    void closeStream();

    void* m_zip = nullptr; // unzFile
    bool m_streaming = false;
    ReadStatus m_streamStatus = ReadStatus::Ok;
};

} // namespace riaya
