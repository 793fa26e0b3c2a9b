// libFuzzer target for roster text files (sheets/TextEncoding, sheets/CsvParser): whatever
// bytes a person's file holds, detection and decoding do not crash, and the text and the
// records do not depend on where the file's chunks end. The first input byte chooses the
// chunk size (1 to 256), the second the encoding (the detected one, UTF-8, UTF-16LE,
// windows-1256) and the separator; the rest is the file. Each is decoded whole and in chunks,
// and the text split into records whole and in pieces: any difference traps. The separator is
// detected too, which must be one of the three.
#include "FuzzSupport.h"
#include "sheets/CsvParser.h"
#include "sheets/CsvSheet.h"
#include "sheets/TextEncoding.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

using namespace riaya;

namespace {

[[noreturn]] void trap(const char* what)
{
    std::fprintf(stderr, "fuzz_csv: %s\n", what);
    std::abort();
}

struct Split
{
    QList<QStringList> records;
    CsvParser::Step last = CsvParser::Step::End;
    int count = 0;
    int quoteRecord = 0;

    bool operator==(const Split&) const = default;
};

Split split(const QString& text, QChar separator, qsizetype piece)
{
    CsvParser parser(separator);
    Split out;
    QStringList record;
    for (qsizetype at = 0;; at += piece) {
        const QString part = text.mid(at, piece);
        const bool atEnd = at + piece >= text.size();
        qsizetype pos = 0;
        while ((out.last = parser.next(part, pos, atEnd, record)) == CsvParser::Step::Record) {
            out.records << record;
        }
        if (out.last != CsvParser::Step::NeedMore) {
            break;
        }
        if (atEnd) {
            trap("the parser asked for more at the end");
        }
    }
    out.count = parser.recordCount();
    out.quoteRecord = parser.quoteStartRecord();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise("fuzz_csv");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    const qsizetype chunk = data[0] % 256 + 1;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));
    const DetectedEncoding detected = detectEncoding(bytes);
    if (detected.name.isEmpty() || detected.confidence < 0 || detected.confidence > 100) {
        trap("detection gave no encoding or a confidence outside 0..100");
    }
    const std::array<QString, 4> encodings { detected.name, QStringLiteral("UTF-8"),
                                             QStringLiteral("UTF-16LE"), QStringLiteral("windows-1256") };
    const QString encoding = encodings[data[1] % 4];
    std::unique_ptr<TextDecoder> whole = TextDecoder::open(encoding);
    std::unique_ptr<TextDecoder> chunked = TextDecoder::open(encoding);
    if (!whole || !chunked) {
        trap("a detected or built-in encoding does not open");
    }
    const QString text = whole->decode(bytes, true);
    QString pieces;
    for (qsizetype at = 0; at < bytes.size() || at == 0; at += chunk) {
        pieces += chunked->decode(bytes.mid(at, chunk), at + chunk >= bytes.size());
    }
    if (text != pieces || whole->invalidSequences() != chunked->invalidSequences()) {
        trap("decoding in chunks differs from decoding whole");
    }
    static const std::array<QChar, 3> separators { QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t') };
    const QChar separator = separators[(data[1] / 4) % 3];
    const QChar detectedSeparator = detectSeparator(text, data[1] % 2 == 0);
    if (std::find(separators.cbegin(), separators.cend(), detectedSeparator) == separators.cend()) {
        trap("the separator detected is none of ';', ',' and tab");
    }
    if (split(text, separator, text.size() + 1) != split(text, separator, chunk)) {
        trap("splitting in pieces differs from splitting whole");
    }
    return 0;
}
