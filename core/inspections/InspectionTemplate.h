#pragma once

#include "LocalizedText.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

// One thing an inspector checks, with how much it counts and how it is scored.
struct TemplateItem
{
    enum class Scoring
    {
        Compliance, // compliant, partly, not compliant (or not applicable)
        Scale // 0 to max (or not applicable)
    };

    QString key; // unique in its template, e.g. "safety.1.2"
    LocalizedText text;
    LocalizedText guidance;
    int weight = 1;
    Scoring scoring = Scoring::Compliance;
    int max = 0; // for a scale

    // The answers this item accepts, as stored: "compliant", "partly", "not_compliant" or
    // "0".."max", and "na" for both kinds.
    QStringList acceptedAnswers() const;
    // How far an answer meets the item, from 0 to 1; nothing for "na" or an unknown answer.
    std::optional<double> fulfilment(const QString& answer) const;
};

struct TemplateStandard
{
    QString key;
    LocalizedText title;
    QList<TemplateItem> items;
};

// The part of a template a score is given for (safety and buildings, health, ...).
struct TemplateSection
{
    QString key;
    LocalizedText title;
    QList<TemplateStandard> standards;

    QList<const TemplateItem*> items() const;
};

// A standards document (وثيقة المعايير) in one edition. An edition is never changed once
// published: the ministry publishes a new one, and an inspection keeps the one it used.
struct InspectionTemplate
{
    Q_DECLARE_TR_FUNCTIONS(InspectionTemplate)

public:
    QString id;
    QString code; // the document, across editions
    int edition = 1;
    LocalizedText title;
    QList<TemplateSection> sections;
    bool builtIn = false; // shipped with Riaya, in every database

    QList<const TemplateItem*> items() const;
    const TemplateItem* item(const QString& key) const;
    // What a finding or an action is about, as people read it: the item's text in the user's
    // language, the institution as a whole for no item, the key itself for an unknown one.
    QString itemTitle(const QString& key) const;

    // The template file format (docs/inspection-templates.md). Refused with one issue per
    // problem: a missing translation, a repeated key, a weight or scale out of range.
    static Result<InspectionTemplate> fromJson(const QByteArray& json);
    QByteArray toJson() const;
};

// A scoring kind as named in template files and on the command line, and in the user's language.
QString answerLabel(const QString& answer);

} // namespace riaya
