#include "TextEncoding.h"

#include <QList>
#include <QVarLengthArray>
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

namespace riaya {
namespace {

constexpr char16_t kByteOrderMark = 0xFEFF;
constexpr char16_t kReplacement = 0xFFFD;

// How much lower than the best guess an Arabic or Western single-byte guess may be and still
// be taken: ICU's statistics on a short file can rank a Hebrew or Central European code page
// first, but the people who send Riaya a file that is not UTF-8 write Arabic or French.
constexpr int kPreferenceMargin = 15;
// Below this confidence ICU's guess is noise (it gives 10 to most code pages for any text).
constexpr int kWeakGuess = 20;

std::optional<DetectedEncoding> fromByteOrderMark(const QByteArray& head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        return DetectedEncoding { QStringLiteral("UTF-8"), 100 };
    }
    if (head.startsWith("\xFF\xFE")) {
        return DetectedEncoding { QStringLiteral("UTF-16LE"), 100 };
    }
    if (head.startsWith("\xFE\xFF")) {
        return DetectedEncoding { QStringLiteral("UTF-16BE"), 100 };
    }
    return std::nullopt;
}

// Whether the bytes are UTF-8 (no overlong forms, no surrogates); a character cut by the end
// of the sample counts as valid, the sample being the head of a longer file. NUL bytes are
// valid UTF-8 but mean UTF-16 without a byte-order mark, so they fail here.
bool isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = p[i];
        if (lead == 0) {
            return false;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                return true; // cut by the end of the sample
            }
            const unsigned char next = p[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

struct Guess
{
    QString name;
    int confidence = 0;
};

// ICU's guesses, best first, without EBCDIC: its Arabic and Hebrew mainframe code pages
// (IBM420, IBM424, named with "_rtl" or "_ltr", which no converter is) can score 98 for Latin-1
// bytes, but no spreadsheet on a PC writes them; and without names ICU cannot convert from.
QList<Guess> icuGuesses(const QByteArray& head)
{
    QList<Guess> guesses;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* detector = ucsdet_open(&status);
    if (U_FAILURE(status)) {
        return guesses;
    }
    ucsdet_setText(detector, head.constData(), static_cast<int32_t>(head.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &status));
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (!name.startsWith(QLatin1String("IBM42")) && isKnownEncoding(name)) {
            guesses << Guess { name, confidence };
        }
    }
    ucsdet_close(detector);
    return U_SUCCESS(status) ? guesses : QList<Guess>();
}

// `chosen` when ICU's guesses, not far below the best, hold one of `family`.
std::optional<DetectedEncoding> preferred(const QList<Guess>& guesses,
                                          std::initializer_list<QLatin1String> family, const QString& chosen)
{
    const int best = guesses.isEmpty() ? 0 : guesses.first().confidence;
    for (const Guess& guess : guesses) {
        if (guess.confidence < best - kPreferenceMargin) {
            break;
        }
        if (std::find(family.begin(), family.end(), guess.name) != family.end()) {
            return DetectedEncoding { chosen, guess.confidence };
        }
    }
    return std::nullopt;
}

DetectedEncoding fromIcuDetection(const QByteArray& head)
{
    const QList<Guess> guesses = icuGuesses(head);
    // ICU names Arabic single-byte text ISO-8859-6 when it sees no byte in 0x80..0x9F, but
    // Arabic Excel on Windows writes windows-1256, whose letters after ض sit elsewhere than in
    // ISO-8859-6: read as ISO-8859-6 those names would come out garbled, while windows-1256
    // reads everything Excel writes. So Arabic single-byte text is always windows-1256.
    if (auto arabic = preferred(guesses, { QLatin1String("windows-1256"), QLatin1String("ISO-8859-6") },
                                QStringLiteral("windows-1256"))) {
        return *arabic;
    }
    // French Excel writes windows-1252, which ICU calls ISO-8859-1 when no byte in 0x80..0x9F
    // (€, ’, œ) is seen; windows-1252 reads ISO-8859-1 text the same (the WHATWG encoding
    // standard takes one for the other for that reason). ICU often ties it with ISO-8859-2.
    if (auto western = preferred(guesses, { QLatin1String("windows-1252"), QLatin1String("ISO-8859-1") },
                                 QStringLiteral("windows-1252"))) {
        return *western;
    }
    const int best = guesses.isEmpty() ? 0 : guesses.first().confidence;
    if (best >= kWeakGuess) {
        return { guesses.first().name, best };
    }
    // A weak guess (for a line of Arabic, ICU gives UTF-16 without a byte-order mark, or
    // Shift_JIS, a confidence of 10): Arabic
    // Excel's code page is the likeliest, and the confidence says how little is known.
    return { QStringLiteral("windows-1256"), 0 };
}

// Turns each invalid or unmapped byte sequence into one U+FFFD and counts it. ICU's own
// substitution writes U+001A for some code pages, which a person cannot see.
void substituteAndCount(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                        UConverterCallbackReason reason, UErrorCode* status)
{
    if (reason > UCNV_IRREGULAR) {
        return; // reset, close or clone: nothing to replace
    }
    ++*static_cast<qint64*>(const_cast<void*>(context));
    *status = U_ZERO_ERROR;
    const UChar replacement = kReplacement;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

} // namespace

DetectedEncoding detectEncoding(const QByteArray& head)
{
    const QByteArray sample = head.left(kEncodingSampleBytes);
    if (const auto marked = fromByteOrderMark(sample)) {
        return *marked;
    }
    if (isValidUtf8(sample)) {
        // Plain ASCII lands here too: every encoding a roster comes in reads it the same.
        return { QStringLiteral("UTF-8"), 100 };
    }
    return fromIcuDetection(sample);
}

bool isKnownEncoding(const QString& name)
{
    return TextDecoder::open(name) != nullptr;
}

std::unique_ptr<TextDecoder> TextDecoder::open(const QString& encoding)
{
    if (encoding.trimmed().isEmpty()) {
        return nullptr; // ICU would open the platform's default converter
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encoding.toLatin1().constData(), &status);
    if (U_FAILURE(status) || converter == nullptr) {
        return nullptr;
    }
    std::unique_ptr<TextDecoder> decoder(new TextDecoder(converter));
    ucnv_setToUCallBack(converter, substituteAndCount, &decoder->m_invalid, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        return nullptr;
    }
    return decoder;
}

TextDecoder::TextDecoder(UConverter* converter)
    : m_converter(converter)
{ }

TextDecoder::~TextDecoder()
{
    ucnv_close(m_converter);
}

QString TextDecoder::decode(const QByteArray& chunk, bool last)
{
    QString out;
    const char* source = chunk.constData();
    const char* sourceEnd = source + chunk.size();
    // At most two UTF-16 units per byte, plus the few bytes held from the last chunk.
    QVarLengthArray<UChar, 4096> buffer(chunk.size() * 2 + 16);
    for (;;) {
        UChar* target = buffer.data();
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(m_converter, &target, buffer.data() + buffer.size(), &source, sourceEnd, nullptr, last,
                       &status);
        out.append(reinterpret_cast<const QChar*>(buffer.data()), target - buffer.data());
        if (status != U_BUFFER_OVERFLOW_ERROR) {
            break;
        }
    }
    if (m_atStart && !out.isEmpty()) {
        m_atStart = false;
        if (out.front() == QChar(kByteOrderMark)) {
            out.remove(0, 1);
        }
    }
    return out;
}

void TextDecoder::reset()
{
    ucnv_resetToUnicode(m_converter);
    m_invalid = 0;
    m_atStart = true;
}

} // namespace riaya
