#include "sheets/CsvSheet.h"

#include "QtCatch.h"
#include "sheets/CsvParser.h"
#include "sheets/TextEncoding.h"

#include <QFile>
#include <QTemporaryDir>

using namespace riaya;

namespace {

// The rows of tests/data/roster/residents-windows-1256.csv, as Python wrote them in cp1256.
const QStringList kWindows1256Rows {
    QStringLiteral("الاسم العائلي;الاسم الشخصي;تاريخ الازدياد;الجنس;المستوى الدراسي;ملاحظات"),
    QStringLiteral("العلوي;محمد;15/03/2012;ذكر;الأولى إعدادي;"),
    QStringLiteral("بنعلي;فاطمة الزهراء;04/07/2013;أنثى;السادسة ابتدائي;"),
    QStringLiteral("الإدريسي;يوسف;21/11/2011;ذكر;الثانية إعدادي;يتيم الأب"),
    QStringLiteral("الطاهري;خديجة;02/02/2014;أنثى;الخامسة ابتدائي;"),
    QStringLiteral("الشرقاوي;عبد الرحيم;30/09/2010;ذكر;الجذع المشترك;"),
    QStringLiteral(";;;;;"),
    QStringLiteral("القدوري;سكينة;12/12/2012;أنثى;الأولى إعدادي;"),
    QStringLiteral("المنصوري;أيوب;08/05/2015;ذكر;الرابعة ابتدائي;"),
    QStringLiteral("الزياني;ظريفة;17/01/2009;أنثى;الأولى باكالوريا;"),
};

QString fixture(const char* name)
{
    return QStringLiteral(RIAYA_TEST_DATA "/roster/") + QLatin1String(name);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray utf16le(const QString& text)
{
    QByteArray bytes("\xFF\xFE", 2); // what Excel's "Unicode text" starts with
    for (const QChar ch : text) {
        bytes += char(ch.unicode() & 0xFF);
        bytes += char(ch.unicode() >> 8);
    }
    return bytes;
}

std::unique_ptr<CsvSheet> openOrFail(const QString& path, const SheetOptions& options = {},
                                     SheetFileInfo* info = nullptr)
{
    Result<std::unique_ptr<CsvSheet>> sheet = CsvSheet::open(path, options, info);
    if (!sheet) {
        FAIL(sheet.error().message.toStdString());
    }
    return std::move(*sheet);
}

QList<SheetRow> readAll(SheetReader& reader)
{
    QList<SheetRow> rows;
    while (std::optional<SheetRow> row = reader.next()) {
        rows << *row;
    }
    return rows;
}

QStringList cells(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* text : texts) {
        out << QString::fromUtf8(text);
    }
    return out;
}

} // namespace

TEST_CASE("a UTF-8 file without byte-order mark, comma-separated")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, QStringLiteral("plain.csv"),
        QStringLiteral("Nom,Prénom,Date\nالعلوي,محمد,15/03/2012\nBennani,Zineb,٠٤/٠٧/٢٠١٣\n").toUtf8());
    SheetFileInfo info;
    Result<std::unique_ptr<SheetReader>> reader = openCsvSheet(path, {}, &info);
    REQUIRE(reader.ok());
    CHECK(info.format == QStringLiteral("csv"));
    CHECK(info.sheets == QStringList { QString() });
    CHECK(info.encoding == QStringLiteral("UTF-8"));
    CHECK(info.detectedEncoding == QStringLiteral("UTF-8"));
    CHECK(info.encodingConfidence == 100);
    CHECK(info.separator == QLatin1Char(','));
    const QList<SheetRow> rows = readAll(**reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].number == 1);
    CHECK(rows[0].cells == cells({ "Nom", "Prénom", "Date" }));
    CHECK(rows[1].cells == cells({ "العلوي", "محمد", "15/03/2012" }));
    CHECK(rows[2].number == 3);
    CHECK(rows[2].cells == cells({ "Bennani", "Zineb", "٠٤/٠٧/٢٠١٣" }));
    CHECK((*reader)->error().isEmpty());
}

TEST_CASE("a UTF-8 file with byte-order mark: the mark is not part of the first cell")
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, QStringLiteral("bom.csv"),
                    "\xEF\xBB\xBF" + QStringLiteral("الاسم;النسب\r\nمحمد;العلوي\r\n").toUtf8());
    SheetFileInfo info;
    std::unique_ptr<CsvSheet> sheet = openOrFail(path, {}, &info);
    CHECK(info.encoding == QStringLiteral("UTF-8"));
    CHECK(info.encodingConfidence == 100);
    CHECK(info.separator == QLatin1Char(';'));
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cells == cells({ "الاسم", "النسب" }));
    CHECK(rows[0].cells[0].size() == 5); // no U+FEFF in front
    CHECK(rows[1].cells == cells({ "محمد", "العلوي" }));
}

TEST_CASE("UTF-16LE with byte-order mark, tab-separated, as Excel saves Unicode text")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("الاسم العائلي\tالاسم الشخصي\tتاريخ الازدياد\tالجنس\r\n"
                                        "العلوي\tمحمد\t١٥/٠٣/٢٠١٢\tذكر\r\n"
                                        "\"بنعلي، الفاسي\"\tفاطمة\t٠٤/٠٧/٢٠١٣\tأنثى\r\n");
    const QString path = writeFile(dir, QStringLiteral("unicode.txt"), utf16le(text));
    SheetFileInfo info;
    std::unique_ptr<CsvSheet> sheet = openOrFail(path, {}, &info);
    CHECK(info.encoding == QStringLiteral("UTF-16LE"));
    CHECK(info.detectedEncoding == QStringLiteral("UTF-16LE"));
    CHECK(info.separator == QLatin1Char('\t'));
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].cells == cells({ "الاسم العائلي", "الاسم الشخصي", "تاريخ الازدياد", "الجنس" }));
    CHECK(rows[1].cells == cells({ "العلوي", "محمد", "١٥/٠٣/٢٠١٢", "ذكر" }));
    CHECK(rows[2].cells == cells({ "بنعلي، الفاسي", "فاطمة", "٠٤/٠٧/٢٠١٣", "أنثى" }));
    CHECK(sheet->unreadableCharacters() == 0);
}

TEST_CASE("UTF-16BE with byte-order mark")
{
    QTemporaryDir dir;
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar ch : QStringLiteral("أ;ب\nج;د\n")) {
        bytes += char(ch.unicode() >> 8);
        bytes += char(ch.unicode() & 0xFF);
    }
    SheetFileInfo info;
    std::unique_ptr<CsvSheet> sheet = openOrFail(writeFile(dir, QStringLiteral("be.csv"), bytes), {}, &info);
    CHECK(info.encoding == QStringLiteral("UTF-16BE"));
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].cells == cells({ "ج", "د" }));
}

TEST_CASE("a Windows-1256 file with semicolons as Arabic Excel writes it")
{
    SheetFileInfo info;
    std::unique_ptr<CsvSheet> sheet = openOrFail(fixture("residents-windows-1256.csv"), {}, &info);
    CHECK(info.detectedEncoding == QStringLiteral("windows-1256"));
    CHECK(info.encoding == QStringLiteral("windows-1256"));
    CHECK(info.encodingConfidence > 0);
    CHECK(info.separator == QLatin1Char(';'));
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 9); // ten records, the seventh empty
    int index = 0;
    for (int number = 1; number <= kWindows1256Rows.size(); ++number) {
        QStringList expected = kWindows1256Rows[number - 1].split(QLatin1Char(';'));
        while (!expected.isEmpty() && expected.last().isEmpty()) {
            expected.removeLast();
        }
        if (expected.isEmpty()) {
            continue; // the empty row is skipped but counted
        }
        CHECK(rows[index].number == number);
        CHECK(rows[index].cells == expected);
        ++index;
    }
    CHECK(rows.last().number == 10);
    CHECK(sheet->unreadableCharacters() == 0);
}

TEST_CASE("an encoding chosen by the person overrides the detected one")
{
    SheetFileInfo info;
    SheetOptions options;
    options.encoding = QStringLiteral("UTF-8");
    std::unique_ptr<CsvSheet> sheet = openOrFail(fixture("residents-windows-1256.csv"), options, &info);
    CHECK(info.encoding == QStringLiteral("UTF-8"));
    CHECK(info.detectedEncoding == QStringLiteral("windows-1256"));
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 9);
    CHECK(rows[1].cells[2] == QStringLiteral("15/03/2012")); // ASCII reads the same
    CHECK(rows[1].cells[1].contains(QChar(0xFFFD)));
    CHECK(sheet->unreadableCharacters() > 50);

    options.encoding = QStringLiteral("cp1256"); // an alias ICU knows
    std::unique_ptr<CsvSheet> aliased = openOrFail(fixture("residents-windows-1256.csv"), options, &info);
    CHECK(readAll(*aliased)[1].cells[1] == QStringLiteral("محمد"));
    CHECK(aliased->unreadableCharacters() == 0);
}

TEST_CASE("an encoding ICU does not know is refused, naming the file and the encoding")
{
    SheetOptions options;
    options.encoding = QStringLiteral("klingon-8");
    const Result<std::unique_ptr<CsvSheet>> sheet
        = CsvSheet::open(fixture("residents-windows-1256.csv"), options);
    REQUIRE_FALSE(sheet.ok());
    CHECK(sheet.error().message.contains(QStringLiteral("residents-windows-1256.csv")));
    CHECK(sheet.error().message.contains(QStringLiteral("klingon-8")));
    CHECK_FALSE(isKnownEncoding(QStringLiteral("klingon-8")));
    CHECK(isKnownEncoding(QStringLiteral("windows-1256")));
}

TEST_CASE("quoted cells hold separators, quotes and line breaks, row numbers count records")
{
    QTemporaryDir dir;
    const QByteArray bytes = "name;note;city\r\n"
                             "\"Alaoui; Mohamed\";\"He said \"\"yes\"\"\";Fès\r\n"
                             "\"two\r\nlines\";\"lf\nonly\";\"cr\ronly\"\r\n"
                             "\r\n"
                             "O\"Brien;12\" screen;\"closed\" after\r\n"
                             "trailing;;;\r\n"
                             ";;\r\n"
                             "last;no line break";
    SheetFileInfo info;
    std::unique_ptr<CsvSheet> sheet
        = openOrFail(writeFile(dir, QStringLiteral("quoted.csv"), bytes), {}, &info);
    CHECK(info.separator == QLatin1Char(';'));
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 6);
    CHECK(rows[1].number == 2);
    CHECK(rows[1].cells == cells({ "Alaoui; Mohamed", "He said \"yes\"", "Fès" }));
    CHECK(rows[2].number == 3);
    CHECK(rows[2].cells == cells({ "two\nlines", "lf\nonly", "cr\nonly" }));
    CHECK(rows[3].number == 5); // record 4 is empty
    CHECK(rows[3].cells == cells({ "O\"Brien", "12\" screen", "closed after" }));
    CHECK(rows[4].cells == cells({ "trailing" }));
    CHECK(rows[5].number == 8); // record 7 holds only separators
    CHECK(rows[5].cells == cells({ "last", "no line break" }));
    CHECK(sheet->error().isEmpty());
}

TEST_CASE("old Mac line ends (CR alone) end records")
{
    QTemporaryDir dir;
    std::unique_ptr<CsvSheet> sheet
        = openOrFail(writeFile(dir, QStringLiteral("cr.csv"), "a,b\rc,d\r\re,f\r"));
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].cells == cells({ "c", "d" }));
    CHECK(rows[2].number == 4);
}

TEST_CASE("a quoted cell never closed stops the reading at the end, naming the row it opened on")
{
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, QStringLiteral("broken.csv"), "a;b\r\nc;d\r\n\"never closed;e\r\nf;g\r\n");
    std::unique_ptr<CsvSheet> sheet = openOrFail(path);
    const QList<SheetRow> rows = readAll(*sheet);
    REQUIRE(rows.size() == 2);
    CHECK(sheet->error().contains(QStringLiteral("broken.csv")));
    CHECK(sheet->error().contains(QStringLiteral("row 3")));
    CHECK_FALSE(sheet->next().has_value()); // stays stopped
}

TEST_CASE("a file that does not exist, is empty, or holds only a byte-order mark is refused, named")
{
    QTemporaryDir dir;
    const Result<std::unique_ptr<CsvSheet>> missing
        = CsvSheet::open(dir.filePath(QStringLiteral("none.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("none.csv")));
    for (const QByteArray& bytes : { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n") }) {
        const Result<std::unique_ptr<CsvSheet>> empty
            = CsvSheet::open(writeFile(dir, QStringLiteral("empty.csv"), bytes));
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().message.contains(QStringLiteral("empty.csv")));
        CHECK(empty.error().message.contains(QStringLiteral("empty")));
    }
    const Result<std::unique_ptr<CsvSheet>> folder = CsvSheet::open(dir.path());
    CHECK_FALSE(folder.ok());
}

TEST_CASE("rewind reads the same rows again, the count of invalid bytes from zero")
{
    SheetOptions options;
    options.encoding = QStringLiteral("UTF-8");
    std::unique_ptr<CsvSheet> sheet = openOrFail(fixture("residents-windows-1256.csv"), options);
    const QList<SheetRow> first = readAll(*sheet);
    const qint64 invalid = sheet->unreadableCharacters();
    REQUIRE(sheet->rewind().ok());
    CHECK(sheet->unreadableCharacters() == 0);
    const std::optional<SheetRow> again = sheet->next();
    REQUIRE(again.has_value());
    CHECK(again->number == 1);
    CHECK(again->cells == first[0].cells);
    REQUIRE(sheet->rewind().ok());
    const QList<SheetRow> second = readAll(*sheet);
    REQUIRE(second.size() == first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        CHECK(second[i].number == first[i].number);
        CHECK(second[i].cells == first[i].cells);
    }
    CHECK(sheet->unreadableCharacters() == invalid);
}

TEST_CASE("a file larger than many chunks is read whole, characters and quotes split across chunks")
{
    // Each record is about 80 bytes, so 64 KiB chunks end inside Arabic letters, quoted cells
    // and CR LF pairs many times over.
    QTemporaryDir dir;
    constexpr int kRows = 30000;
    for (const bool wide : { false, true }) {
        QString text = QStringLiteral("n;name;note\r\n");
        for (int i = 1; i <= kRows; ++i) {
            text += QStringLiteral("%1;محمد العلوي %1;\"سطر\r\nثان; \"\"%1\"\"\"\r\n").arg(i);
        }
        const QByteArray bytes = wide ? utf16le(text) : text.toUtf8();
        std::unique_ptr<CsvSheet> sheet = openOrFail(writeFile(dir, QStringLiteral("big.csv"), bytes));
        int count = 0;
        bool allRight = true;
        while (std::optional<SheetRow> row = sheet->next()) {
            if (count > 0) {
                const QString n = QString::number(count);
                allRight = allRight && row->number == count + 1
                    && row->cells
                        == QStringList { n, QStringLiteral("محمد العلوي ") + n,
                                         QStringLiteral("سطر\nثان; \"%1\"").arg(n) };
            }
            ++count;
        }
        CHECK(sheet->error().isEmpty());
        CHECK(count == kRows + 1);
        CHECK(allRight);
        CHECK(sheet->unreadableCharacters() == 0);
    }
}

TEST_CASE("the parser gives the same records fed one character at a time as fed whole")
{
    const QString text = QStringLiteral("a;\"b;\r\nc\"\"\"\r\n\r\nx\"y;\"q\"r\r;last\n\"open");
    CsvParser whole(QLatin1Char(';'));
    CsvParser piecemeal(QLatin1Char(';'));
    QList<QStringList> expected;
    QStringList record;
    qsizetype pos = 0;
    CsvParser::Step step;
    while ((step = whole.next(text, pos, true, record)) == CsvParser::Step::Record) {
        expected << record;
    }
    CHECK(step == CsvParser::Step::UnterminatedQuote);
    CHECK(whole.quoteStartRecord() == 5);
    REQUIRE(expected.size() == 4);
    CHECK(expected[0] == cells({ "a", "b;\nc\"" }));
    CHECK(expected[1] == QStringList { QString() });
    CHECK(expected[2] == cells({ "x\"y", "qr" }));
    CHECK(expected[3] == cells({ "", "last" }));

    QList<QStringList> got;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QString piece = text.mid(i, 1);
        qsizetype at = 0;
        const bool last = i == text.size();
        while ((step = piecemeal.next(piece, at, last, record)) == CsvParser::Step::Record) {
            got << record;
        }
        if (step != CsvParser::Step::NeedMore) {
            break;
        }
    }
    CHECK(step == CsvParser::Step::UnterminatedQuote);
    CHECK(got == expected);
}

TEST_CASE("a quote never closed in a huge file stops at a spreadsheet's cell limit, not at memory's")
{
    QTemporaryDir dir;
    const QByteArray bytes = "a;b\n\"open" + QByteArray(40000, 'x') + "\n";
    std::unique_ptr<CsvSheet> sheet = openOrFail(writeFile(dir, QStringLiteral("long.csv"), bytes));
    CHECK(readAll(*sheet).size() == 1);
    CHECK(sheet->error().contains(QStringLiteral("row 2")));
    CHECK(sheet->error().contains(QStringLiteral("32767")));
}

TEST_CASE("the separator is the one that splits every record alike")
{
    CHECK(detectSeparator(QStringLiteral("a;b;c\n1,5;2;3\n4;5,5;6\n"), true) == QLatin1Char(';'));
    CHECK(detectSeparator(QStringLiteral("a,b,c\n1,2,3\n"), true) == QLatin1Char(','));
    CHECK(detectSeparator(QStringLiteral("a\tb\n1\t2\n"), true) == QLatin1Char('\t'));
    CHECK(detectSeparator(QStringLiteral("\"a;b\",c\n\"d;e\",f\n"), true) == QLatin1Char(','));
    CHECK(detectSeparator(QStringLiteral("name,note\nAli,\"x;y;z\"\n"), true) == QLatin1Char(','));
    CHECK(detectSeparator(QStringLiteral("one column\nonly\n"), true) == QLatin1Char(','));
    // The last record of a head cut short is not counted.
    CHECK(detectSeparator(QStringLiteral("a;b,c\nd,e\nf;g"), false) == QLatin1Char(','));
    CHECK(detectSeparator(QStringLiteral("a;b,c\nd,e\nf;g"), true) == QLatin1Char(';')); // a tie
}

TEST_CASE("encoding detection: byte-order marks, valid UTF-8, Arabic single-byte text")
{
    CHECK(detectEncoding("\xEF\xBB\xBF"
                         "abc")
              .name
          == QStringLiteral("UTF-8"));
    CHECK(detectEncoding(QByteArray("\xFF\xFE"
                                    "a\0",
                                    4))
              .name
          == QStringLiteral("UTF-16LE"));
    CHECK(detectEncoding(QByteArray("\xFE\xFF\0a", 4)).name == QStringLiteral("UTF-16BE"));
    CHECK(detectEncoding(QStringLiteral("محمد;Zineb").toUtf8()).name == QStringLiteral("UTF-8"));
    // A head cut inside a character is still UTF-8.
    CHECK(detectEncoding(QStringLiteral("محمد").toUtf8().chopped(1)).name == QStringLiteral("UTF-8"));
    QFile file(fixture("residents-windows-1256.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const DetectedEncoding arabic = detectEncoding(file.readAll());
    CHECK(arabic.name == QStringLiteral("windows-1256"));
    CHECK(arabic.confidence >= 30);
}

TEST_CASE("encoding detection on a few lines: Arabic when the guess is weak, windows-1252 for French")
{
    // "محمد;ظريفة" in cp1256 (Python's codec): on one short line ICU's best guesses are UTF-16
    // without a byte-order mark and Shift_JIS, at 10.
    const DetectedEncoding oneLine = detectEncoding("\xE3\xCD\xE3\xCF;\xD9\xD1\xED\xDD\xC9\r\n");
    CHECK(oneLine.name == QStringLiteral("windows-1256"));
    CHECK(oneLine.confidence == 0);
    // Latin-1 bytes of French text, as French Excel writes it, which ICU calls ISO-8859-1.
    const QByteArray french
        = QStringLiteral("Nom;Prénom;Né le;Niveau\r\nBenani;Zineb;04/07/2013;1ère année collège\r\n"
                         "Élève;Hélène;02/02/2014;2ème année primaire\r\n")
              .toLatin1();
    // Latin-1 bytes that ICU's detector scores 98 as IBM420, an EBCDIC code page of mainframes
    // (and names "IBM420_rtl", which no converter is): found by fuzz_csv.
    const DetectedEncoding notEbcdic = detectEncoding("IIII\xBB\xBFname,note,ciTy" + QByteArray(40, '\xB9'));
    CHECK_FALSE(notEbcdic.name.startsWith(QStringLiteral("IBM")));
    CHECK(isKnownEncoding(notEbcdic.name));
    const DetectedEncoding western = detectEncoding(french);
    CHECK(western.name == QStringLiteral("windows-1252"));
    CHECK(western.confidence > 0);
    QTemporaryDir dir;
    std::unique_ptr<CsvSheet> sheet = openOrFail(writeFile(dir, QStringLiteral("fr.csv"), french));
    CHECK(readAll(*sheet)[2].cells == cells({ "Élève", "Hélène", "02/02/2014", "2ème année primaire" }));
}

TEST_CASE("the decoder keeps a character split between chunks and counts invalid bytes")
{
    std::unique_ptr<TextDecoder> decoder = TextDecoder::open(QStringLiteral("UTF-8"));
    REQUIRE(decoder);
    const QByteArray bytes = QStringLiteral("مح").toUtf8();
    QString text = decoder->decode(bytes.left(1));
    text += decoder->decode(bytes.mid(1, 2));
    text += decoder->decode(bytes.mid(3), true);
    CHECK(text == QStringLiteral("مح"));
    CHECK(decoder->invalidSequences() == 0);
    CHECK(decoder->decode("a\xFF"
                          "b\xC3",
                          true)
          == QStringLiteral("a\uFFFDb\uFFFD"));
    CHECK(decoder->invalidSequences() == 2);
    decoder->reset();
    CHECK(decoder->invalidSequences() == 0);
    CHECK_FALSE(TextDecoder::open(QString()));
}
