#pragma once

#include "common/Result.h"
#include "inspections/CorrectiveAction.h"
#include "inspections/Inspection.h"
#include "inspections/InspectionTemplate.h"
#include "institutions/Institution.h"

#include <QCoreApplication>
#include <QImage>

namespace riaya {

class Database;

// The printable report of one inspection: institution, visit, scores per section with a
// chart, findings, the corrective-action plan and every answer, with room for signatures.
// Drawn by Qt's own text layout, so Arabic is shaped and laid out right to left.
class InspectionReport
{
    Q_DECLARE_TR_FUNCTIONS(InspectionReport)

public:
    struct Content
    {
        Inspection inspection;
        InspectionTemplate standards;
        Institution institution;
        QList<CorrectiveAction> actions;
        Scores scores;
        QDate followedUpVisit; // the date of the inspection this one follows up, if any
    };

    // Everything the report shows, read with the reader's permissions.
    static Result<Content> gather(Database& db, const QString& inspectionId);

    // Writes the report as a PDF in a language (ar, fr or en) and says so; the language
    // in use is restored afterwards.
    static Status writePdf(const Content& content, const QString& path, const QString& language);

    // The scores per section as a bar chart, for the report and the screen.
    static QImage sectionChart(const Content& content, const QSize& size);

    // The report as the PDF lays it out (HTML), each table cell isolated in its own direction.
    static QString html(const Content& content);
};

} // namespace riaya
