#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct UConverter;

namespace riaya {

// What a text file's first bytes say about its encoding: an ICU converter name
// ("UTF-8", "UTF-16LE", "windows-1256"...) and how sure the detection is (0..100).
struct DetectedEncoding
{
    QString name;
    int confidence = 0;
};

// The most bytes of a file's head worth looking at to detect its encoding.
constexpr qsizetype kEncodingSampleBytes = 64 * 1024;

// Detects the encoding of text from its first bytes (up to kEncodingSampleBytes): a
// byte-order mark first (UTF-8, UTF-16LE, UTF-16BE), then text that is valid UTF-8 is UTF-8,
// else ICU's charset detection, Arabic single-byte text read as windows-1256 and Western as
// windows-1252 (what Excel writes on Windows); a guess too weak to mean anything gives
// windows-1256 with confidence 0.
DetectedEncoding detectEncoding(const QByteArray& head);

// Whether ICU has a converter of this name (or alias: "cp1256", "utf8", "latin1"...).
bool isKnownEncoding(const QString& name);

// Decodes text in one encoding chunk by chunk, so a file is never held whole: a character
// split between two chunks comes out whole with the second. A byte-order mark at the start
// is not text and is dropped. Bytes that are not valid in the encoding become U+FFFD and are
// counted, so the person can be told the file was read in the wrong encoding.
class TextDecoder
{
public:
    // Nothing when ICU has no converter of that name.
    static std::unique_ptr<TextDecoder> open(const QString& encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    // The text of the next chunk; `last` for the end of the input (an incomplete character
    // left at the end is then invalid).
    QString decode(const QByteArray& chunk, bool last = false);
    // Starts again at the beginning of a text, the count of invalid bytes at zero.
    void reset();
    // The invalid sequences met since the start, each now one U+FFFD.
    qint64 invalidSequences() const { return m_invalid; }

private:
    explicit TextDecoder(UConverter* converter);

    UConverter* m_converter = nullptr;
    qint64 m_invalid = 0;
    bool m_atStart = true;
};

} // namespace riaya
