#include "ReportPdf.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "common/Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <algorithm>

namespace riaya {
namespace {

// Room kept under the text of each page for its number, in points.
constexpr double kFooterPoints = 18;

bool isNumberKind(ReportColumn::Kind kind)
{
    return kind == ReportColumn::Kind::Integer || kind == ReportColumn::Kind::Decimal
        || kind == ReportColumn::Kind::Percent;
}

// A cell as the reader's language writes it: digits, decimal point and groups of the
// locale (Arabic-Indic digits when chosen in the settings), dates as every screen shows them.
QString shown(const QVariant& value, ReportColumn::Kind kind)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    if (value.typeId() == QMetaType::QDate) {
        return displayDate(value.toDate());
    }
    if (value.typeId() == QMetaType::QString) {
        return value.toString();
    }
    bool number = false;
    const double amount = value.toDouble(&number);
    if (!number) {
        return value.toString();
    }
    const QLocale locale;
    switch (kind) {
    case ReportColumn::Kind::Percent:
        return displayDigits(locale.toString(amount * 100, 'f', 1)) + QStringLiteral(" %");
    case ReportColumn::Kind::Integer:
        return displayDigits(locale.toString(qRound64(amount)));
    case ReportColumn::Kind::Decimal:
        return displayDigits(locale.toString(amount, 'f', 2));
    default:
        return displayDigits(locale.toString(amount, 'f', QLocale::FloatingPointShortest));
    }
}

// Each table's first row is its heading, repeated at the top of every page the table runs onto.
void repeatHeadings(QTextFrame* frame)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
        }
        repeatHeadings(child);
    }
}

} // namespace

QString ReportPdf::html(const ReportDocument& document)
{
    const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString start = rtl ? QStringLiteral("right") : QStringLiteral("left");
    const QString end = rtl ? QStringLiteral("left") : QStringLiteral("right");
    QString html
        = QStringLiteral("<html><head><style>"
                         "body { font-size: 10pt; } h1 { font-size: 16pt; } "
                         "h2 { font-size: 12pt; margin-top: 12px; }"
                         "th { background-color: #e8eef4; padding: 3px; }"
                         "td { padding: 3px; } .totals { font-weight: bold; background-color: #f4f4f4; }"
                         ".label { font-weight: bold; }"
                         "</style></head><body dir='%1'>")
              .arg(dir);
    const auto escaped = [](const QString& text) { return isolate(text).toHtmlEscaped(); };
    // Qt's text layout sets table columns left to right whatever the direction, so a
    // right-to-left report gives its columns in reverse order.
    const auto inOrder = [rtl](QStringList cells) {
        if (rtl) {
            std::reverse(cells.begin(), cells.end());
        }
        return cells.join(QString());
    };
    const QString tableStart
        = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                         "style='border-color: #999999; border-style: solid;'>");
    html += QStringLiteral("<h1 dir='%1'>%2</h1>").arg(dir, escaped(document.title));
    if (!document.titleBlock.isEmpty()) {
        html += tableStart;
        for (const auto& [label, value] : document.titleBlock) {
            html += QStringLiteral("<tr>")
                + inOrder({ QStringLiteral("<td class='label' align='%1' width='30%'>%2</td>")
                                .arg(start, escaped(label)),
                            QStringLiteral("<td align='%1'>%2</td>").arg(start, escaped(value)) })
                + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    for (const ReportTable& table : document.tables) {
        if (!table.title.isEmpty()) {
            html += QStringLiteral("<h2 dir='%1'>%2</h2>").arg(dir, escaped(table.title));
        }
        if (table.rows.isEmpty() && table.totals.isEmpty()) {
            html += QStringLiteral("<p dir='%1'>%2</p>").arg(dir, tr("Nothing to list.").toHtmlEscaped());
            continue;
        }
        html += tableStart;
        QStringList headings;
        for (const ReportColumn& column : table.columns) {
            headings << QStringLiteral("<th align='%1'>%2</th>")
                            .arg(isNumberKind(column.kind) ? end : start, escaped(column.heading));
        }
        html += QStringLiteral("<thead><tr>") + inOrder(headings) + QStringLiteral("</tr></thead>");
        const auto row = [&](const QVariantList& values, bool totals) {
            QStringList cells;
            for (int c = 0; c < table.columns.size(); ++c) {
                const ReportColumn& column = table.columns.at(c);
                cells << QStringLiteral("<td align='%1'%2>%3</td>")
                             .arg(isNumberKind(column.kind) ? end : start,
                                  totals ? QStringLiteral(" class='totals'") : QString(),
                                  escaped(c < values.size() ? shown(values.at(c), column.kind) : QString()));
            }
            html += QStringLiteral("<tr>") + inOrder(cells) + QStringLiteral("</tr>");
        };
        for (const QVariantList& values : table.rows) {
            row(values, false);
        }
        if (!table.totals.isEmpty()) {
            row(table.totals, true);
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> ReportPdf::textDocument(const ReportDocument& document)
{
    auto text = std::make_unique<QTextDocument>();
    text->setDocumentMargin(0);
    QTextOption option = text->defaultTextOption();
    option.setTextDirection(QLocale().textDirection());
    text->setDefaultTextOption(option);
    QFont font(QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral("Noto Naskh Arabic")
                                                            : QStringLiteral("Noto Sans"));
    font.setPointSizeF(10);
    text->setDefaultFont(font);
    text->setHtml(html(document));
    repeatHeadings(text->rootFrame());
    return text;
}

int ReportPdf::render(const ReportDocument& document, QPagedPaintDevice& device)
{
    const LanguageScope scope(document.language);
    const std::unique_ptr<QTextDocument> text = textDocument(document);
    // Laid out at the device's own resolution, on the page less the room for its number.
    text->documentLayout()->setPaintDevice(&device);
    const QRectF paper = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double footer = kFooterPoints * device.logicalDpiY() / 72.0;
    const QSizeF body(paper.width(), paper.height() - footer);
    text->setPageSize(body);
    const int pages = text->pageCount();

    QPainter painter(&device);
    if (!painter.isActive()) {
        return 0;
    }
    QFont footerFont = text->defaultFont();
    footerFont.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        // The layout draws whole tables: what belongs to the other pages is cut away.
        painter.setClipRect(context.clip);
        text->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(QFont(footerFont, &device));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString number
            = displayDigits(tr("Page %1 of %2").arg(QLocale().toString(page + 1), QLocale().toString(pages)));
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignCenter, number);
    }
    return pages;
}

Status ReportPdf::writePdf(const ReportDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Riaya"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        pages = render(document, writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error::internal(tr("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), tr("the pages could not be drawn")));
    }
    if (!file.commit()) {
        return Error::internal(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace riaya
