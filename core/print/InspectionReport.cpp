#include "InspectionReport.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "institutions/InstitutionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <algorithm>

namespace riaya {
namespace {

const QUrl kChartUrl(QStringLiteral("riaya://section-chart"));

QString percentText(const std::optional<double>& percent)
{
    return percent ? displayDigits(QLocale().toString(*percent, 'f', 1)) + QStringLiteral(" %")
                   : InspectionReport::tr("not scored");
}

// Each cell isolated, so a sentence in another script keeps its own direction and its
// final period (a French note in an Arabic report would otherwise end at its start).
QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(isolate(text).toHtmlEscaped());
}

} // namespace

Result<InspectionReport::Content> InspectionReport::gather(Database& db, const QString& inspectionId)
{
    InspectionStore inspections(db);
    Result<Inspection> inspection = inspections.get(inspectionId);
    if (!inspection) {
        return inspection.error();
    }
    Result<InspectionTemplate> standards = inspections.templateOf(*inspection);
    if (!standards) {
        return standards.error();
    }
    Result<Institution> institution = InstitutionStore(db).get(inspection->institutionId);
    if (!institution) {
        return institution.error();
    }
    Result<QList<CorrectiveAction>> actions = ActionStore(db).list({ {}, inspection->id });
    if (!actions) {
        return actions.error();
    }
    Content content {
        *inspection, *standards, *institution, *actions, computeScores(*standards, inspection->answers), {}
    };
    if (!inspection->followsUp.isEmpty()) {
        if (Result<Inspection> earlier = inspections.newestVersion(inspection->followsUp)) {
            content.followedUpVisit = earlier->visitedOn;
        }
    }
    return content;
}

QImage InspectionReport::sectionChart(const Content& content, const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(QLocale().textDirection());
    const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
    const int rows = int(content.scores.sections.size());
    if (rows == 0) {
        return image;
    }
    const int rowHeight = size.height() / rows;
    const int labelWidth = size.width() * 38 / 100;
    const int valueWidth = size.width() * 14 / 100;
    const int barSpace = size.width() - labelWidth - valueWidth;
    QFont font = painter.font();
    font.setPixelSize(std::max(10, rowHeight * 4 / 10));
    painter.setFont(font);
    for (int row = 0; row < rows; ++row) {
        const Score& score = content.scores.sections.at(row);
        const int top = row * rowHeight;
        QString title;
        for (const TemplateSection& section : content.standards.sections) {
            if (section.key == score.sectionKey) {
                title = section.title.shown();
            }
        }
        const QRect label = rtl ? QRect(size.width() - labelWidth, top, labelWidth - 8, rowHeight)
                                : QRect(0, top, labelWidth - 8, rowHeight);
        painter.setPen(Qt::black);
        painter.drawText(label,
                         Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft)
                             | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(title, Qt::ElideRight, label.width()));
        const double percent = score.percent().value_or(0);
        const int barLength = int(barSpace * percent / 100.0);
        const int barTop = top + rowHeight / 5;
        const int barHeight = rowHeight * 3 / 5;
        const QRect track = rtl ? QRect(valueWidth, barTop, barSpace, barHeight)
                                : QRect(labelWidth, barTop, barSpace, barHeight);
        painter.fillRect(track, QColor(0xee, 0xee, 0xee));
        const QColor colour = percent >= 75 ? QColor(0x2e, 0x7d, 0x32)
            : percent >= 50                 ? QColor(0xf9, 0xa8, 0x25)
                                            : QColor(0xc6, 0x28, 0x28);
        const QRect bar = rtl ? QRect(track.right() - barLength + 1, barTop, barLength, barHeight)
                              : QRect(track.left(), barTop, barLength, barHeight);
        if (score.percent()) {
            painter.fillRect(bar, colour);
        }
        const QRect value = rtl ? QRect(0, top, valueWidth - 8, rowHeight)
                                : QRect(size.width() - valueWidth + 8, top, valueWidth - 8, rowHeight);
        painter.drawText(value, Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                         score.percent() ? displayDigits(QLocale().toString(*score.percent(), 'f', 0))
                                 + QStringLiteral("%")
                                         : QStringLiteral("—"));
    }
    return image;
}

QString InspectionReport::html(const Content& content)
{
    const Inspection& inspection = content.inspection;
    const QString dir
        = QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString align = dir == QLatin1String("rtl") ? QStringLiteral("right") : QStringLiteral("left");
    QString html
        = QStringLiteral(
              "<html><head><style>"
              "body { font-size: 10pt; } h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14px; }"
              "th { background-color: #e8eef4; padding: 4px; text-align: %1; }"
              "td { padding: 4px; } .muted { color: #555555; } .overdue { color: #b71c1c; font-weight: bold; "
              "}"
              ".draft { color: #b71c1c; font-size: 13pt; font-weight: bold; }"
              "</style></head><body dir='%2'>")
              .arg(align, dir);
    const auto para = [&](const QString& text, const QString& cls = {}) {
        html += QStringLiteral("<p dir='%1'%2>%3</p>")
                    .arg(dir, cls.isEmpty() ? QString() : QStringLiteral(" class='%1'").arg(cls),
                         text.toHtmlEscaped());
    };
    const auto heading = [&](const QString& tag, const QString& text) {
        html += QStringLiteral("<%1 dir='%2'>%3</%1>").arg(tag, dir, text.toHtmlEscaped());
    };
    // Qt's text layout sets table columns left to right whatever the direction, so a
    // right-to-left report gives its columns in reverse order.
    const bool rtl = dir == QLatin1String("rtl");
    const auto inOrder = [rtl](QStringList cells) {
        if (rtl) {
            std::reverse(cells.begin(), cells.end());
        }
        return cells.join(QString());
    };
    const auto row = [&](const QStringList& cells) {
        html += QStringLiteral("<tr>") + inOrder(cells) + QStringLiteral("</tr>");
    };
    const auto tableStart = [&](const QStringList& headers, const QList<int>& widths = {}) {
        html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
                               "style='border-color: #999999; border-style: solid;'>");
        QStringList cells;
        for (int i = 0; i < headers.size(); ++i) {
            cells << QStringLiteral("<th align='%1'%2>%3</th>")
                         .arg(align,
                              i < widths.size() ? QStringLiteral(" width='%1%'").arg(widths.at(i))
                                                : QString(),
                              headers.at(i).toHtmlEscaped());
        }
        row(cells);
    };
    heading(QStringLiteral("h1"), tr("Inspection report — %1").arg(isolate(content.institution.name)));
    para(content.standards.title.shown() + QStringLiteral(" · ")
             + tr("edition %1").arg(displayDigits(QString::number(content.standards.edition))),
         QStringLiteral("muted"));
    if (!inspection.isFinal()) {
        para(tr("DRAFT — not finalized; the scores may still change."), QStringLiteral("draft"));
    }
    tableStart({ tr("Institution"), tr("Date of the visit"), tr("Inspector") });
    QString place = content.institution.name;
    if (!content.institution.province.isEmpty() || !content.institution.region.isEmpty()) {
        place += QStringLiteral(" (%1)").arg(
            QStringList { content.institution.province, content.institution.region }.join(
                QStringLiteral(", ")));
    }
    row({ cell(place), cell(displayDate(inspection.visitedOn)), cell(inspection.inspector) });
    html += QStringLiteral("</table>");
    if (content.followedUpVisit.isValid()) {
        para(tr("Follow-up of the inspection of %1.").arg(displayDate(content.followedUpVisit)));
    }
    if (!inspection.supersedes.isEmpty()) {
        para(tr("This version corrects an earlier one: %1").arg(isolate(inspection.correctionReason)));
    }

    heading(QStringLiteral("h2"), tr("Scores"));
    para(tr("Total: %1, over %n applicable item(s); items marked not applicable are left out of the weights.",
            nullptr, content.scores.total.answered - content.scores.total.notApplicable)
             .arg(percentText(content.scores.total.percent())));
    tableStart({ tr("Section"), tr("Score"), tr("Answered"), tr("Not applicable") });
    for (int i = 0; i < content.scores.sections.size(); ++i) {
        const Score& score = content.scores.sections.at(i);
        row({ cell(content.standards.sections.at(i).title.shown()), cell(percentText(score.percent())),
              cell(displayDigits(QStringLiteral("%1 / %2").arg(score.answered).arg(score.items))),
              cell(displayDigits(QString::number(score.notApplicable))) });
    }
    html += QStringLiteral("</table><p dir='%1' align='center'><img src='%2' width='560'></p>")
                .arg(dir, kChartUrl.toString());

    heading(QStringLiteral("h2"), tr("Findings"));
    if (inspection.findings.isEmpty()) {
        para(tr("No findings were written."));
    } else {
        tableStart({ tr("Severity"), tr("Item"), tr("Finding") }, { 12, 44, 44 });
        for (const Finding& finding : inspection.findings) {
            row({ cell(severityLabel(finding.severity)),
                  cell(finding.itemKey.isEmpty() ? tr("the institution")
                                                 : content.standards.itemTitle(finding.itemKey)),
                  cell(finding.text) });
        }
        html += QStringLiteral("</table>");
    }

    heading(QStringLiteral("h2"), tr("Corrective-action plan"));
    if (content.actions.isEmpty()) {
        para(tr("No corrective actions were raised."));
    } else {
        tableStart({ tr("Action"), tr("Responsible"), tr("Due"), tr("State") }, { 44, 20, 16, 20 });
        for (const CorrectiveAction& action : content.actions) {
            QString state = actionStateLabel(action.state);
            if (action.isOverdue()) {
                state = tr("%1, overdue").arg(state);
            }
            row({ cell(action.description), cell(action.responsible), cell(displayDate(action.dueOn)),
                  action.isOverdue()
                      ? QStringLiteral("<td class='overdue'>%1</td>").arg(isolate(state).toHtmlEscaped())
                      : cell(state) });
        }
        html += QStringLiteral("</table>");
    }

    heading(QStringLiteral("h2"), tr("Answers"));
    for (const TemplateSection& section : content.standards.sections) {
        heading(QStringLiteral("h3"), section.title.shown());
        tableStart({ tr("Item"), tr("Weight"), tr("Answer"), tr("Notes and evidence") }, { 52, 8, 15, 25 });
        for (const TemplateItem* item : section.items()) {
            const Answer answer = inspection.answers.value(item->key);
            QString value = answer.value.isEmpty() ? tr("unanswered") : answerLabel(answer.value);
            if (item->scoring == TemplateItem::Scoring::Scale && answer.value != QLatin1String("na")
                && !answer.value.isEmpty()) {
                value = displayDigits(QStringLiteral("%1 / %2").arg(answer.value).arg(item->max));
            }
            QStringList notes { answer.note, answer.evidence };
            notes.removeAll(QString());
            row({ cell(item->text.shown()), cell(displayDigits(QString::number(item->weight))), cell(value),
                  cell(notes.join(QStringLiteral(" — "))) });
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<p dir='%1'>&nbsp;</p>").arg(dir);
    tableStart({ tr("The inspector"), tr("The head of the institution") });
    row({ QStringLiteral("<td height='70'>%1</td>").arg(isolate(inspection.inspector).toHtmlEscaped()),
          QStringLiteral("<td height='70'></td>") });
    html += QStringLiteral("</table>");
    para(inspection.isFinal()
             ? tr("Finalized on %1. Record %2.")
                   .arg(displayDate(QDate::fromString(inspection.finalizedAt.left(10), Qt::ISODate)),
                        inspection.id)
             : tr("Record %1.").arg(inspection.id),
         QStringLiteral("muted"));
    html += QStringLiteral("</body></html>");
    return html;
}

Status InspectionReport::writePdf(const Content& content, const QString& path, const QString& language)
{
    const LanguageScope scope(language);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Inspection report — %1").arg(isolate(content.institution.name)));
        writer.setCreator(QStringLiteral("Riaya"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        document.setDocumentMargin(0);
        QTextOption option = document.defaultTextOption();
        option.setTextDirection(QLocale().textDirection());
        document.setDefaultTextOption(option);
        QFont font(QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral("Noto Naskh Arabic")
                                                                : QStringLiteral("Noto Sans"));
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.addResource(QTextDocument::ImageResource, kChartUrl,
                             sectionChart(content, QSize(1680, 60 * int(content.scores.sections.size()))));
        document.setHtml(html(content));
        document.print(&writer);
    }
    if (!file.commit()) {
        return Error::internal(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace riaya
