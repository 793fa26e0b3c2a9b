#include "InspectionTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace riaya {
namespace {

constexpr int kFormat = 1;
constexpr int kMaxWeight = 10;
constexpr int kMaxScale = 10;

const QString kCompliant = QStringLiteral("compliant");
const QString kPartly = QStringLiteral("partly");
const QString kNotCompliant = QStringLiteral("not_compliant");
const QString kNotApplicable = QStringLiteral("na");

QString scoringName(TemplateItem::Scoring scoring)
{
    return scoring == TemplateItem::Scoring::Scale ? QStringLiteral("scale") : QStringLiteral("compliance");
}

// Reads a template file, collecting every problem rather than stopping at the first.
class Reader
{
public:
    QList<FieldIssue> issues;

    void require(bool ok, const QString& where, const QString& message)
    {
        if (!ok) {
            issues.append({ where, message });
        }
    }

    LocalizedText text(const QJsonObject& parent, const QString& name, const QString& where, bool required)
    {
        const LocalizedText text = LocalizedText::fromJson(parent.value(name).toObject());
        if (required) {
            require(text.complete(), where,
                    InspectionTemplate::tr("%1: the %2 needs its Arabic, French and English text.")
                        .arg(where, name));
        }
        return text;
    }

    QString key(const QJsonObject& object, const QString& where, QSet<QString>& seen)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
        const QString key = object.value(QStringLiteral("key")).toString();
        require(
            pattern.match(key).hasMatch(), where,
            InspectionTemplate::tr("%1: the key “%2” is not a short name of lowercase letters, digits, dots "
                                   "and dashes.")
                .arg(where, key));
        require(!seen.contains(key), where,
                InspectionTemplate::tr("%1: the key “%2” is used twice.").arg(where, key));
        seen.insert(key);
        return key;
    }

    TemplateItem item(const QJsonObject& object, const QString& where, QSet<QString>& seen)
    {
        TemplateItem item;
        item.key = key(object, where, seen);
        item.text = text(object, QStringLiteral("text"), where, true);
        item.guidance = text(object, QStringLiteral("guidance"), where, false);
        item.weight = object.value(QStringLiteral("weight")).toInt(0);
        require(item.weight >= 1 && item.weight <= kMaxWeight, where,
                InspectionTemplate::tr("%1: the weight must be a whole number from 1 to %2.")
                    .arg(where)
                    .arg(kMaxWeight));
        const QString scoring = object.value(QStringLiteral("scoring")).toString();
        if (scoring == QLatin1String("scale")) {
            item.scoring = TemplateItem::Scoring::Scale;
            item.max = object.value(QStringLiteral("max")).toInt(0);
            require(item.max >= 1 && item.max <= kMaxScale, where,
                    InspectionTemplate::tr("%1: a scale goes from 0 to a maximum from 1 to %2.")
                        .arg(where)
                        .arg(kMaxScale));
        } else {
            require(scoring == QLatin1String("compliance"), where,
                    InspectionTemplate::tr("%1: the scoring must be “compliance” or “scale”, not “%2”.")
                        .arg(where, scoring));
        }
        return item;
    }
};

} // namespace

QStringList TemplateItem::acceptedAnswers() const
{
    if (scoring == Scoring::Compliance) {
        return { kCompliant, kPartly, kNotCompliant, kNotApplicable };
    }
    QStringList answers;
    for (int value = 0; value <= max; ++value) {
        answers << QString::number(value);
    }
    return answers << kNotApplicable;
}

std::optional<double> TemplateItem::fulfilment(const QString& answer) const
{
    if (scoring == Scoring::Compliance) {
        if (answer == kCompliant) {
            return 1.0;
        }
        if (answer == kPartly) {
            return 0.5;
        }
        if (answer == kNotCompliant) {
            return 0.0;
        }
        return std::nullopt;
    }
    bool number = false;
    const int value = answer.toInt(&number);
    if (!number || value < 0 || value > max) {
        return std::nullopt;
    }
    return double(value) / max;
}

QList<const TemplateItem*> TemplateSection::items() const
{
    QList<const TemplateItem*> list;
    for (const TemplateStandard& standard : standards) {
        for (const TemplateItem& item : standard.items) {
            list << &item;
        }
    }
    return list;
}

QList<const TemplateItem*> InspectionTemplate::items() const
{
    QList<const TemplateItem*> list;
    for (const TemplateSection& section : sections) {
        list << section.items();
    }
    return list;
}

const TemplateItem* InspectionTemplate::item(const QString& key) const
{
    for (const TemplateItem* item : items()) {
        if (item->key == key) {
            return item;
        }
    }
    return nullptr;
}

Result<InspectionTemplate> InspectionTemplate::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return Error::invalid(tr("This is not a template file: %1 at character %2.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    Reader reader;
    const QString top = tr("template");
    reader.require(root.value(QStringLiteral("format")).toInt() == kFormat, top,
                   tr("The template file format must be %1.").arg(kFormat));
    InspectionTemplate result;
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    result.code = root.value(QStringLiteral("code")).toString();
    reader.require(codePattern.match(result.code).hasMatch(), top,
                   tr("The template's code “%1” is not a short name of lowercase letters, digits and dashes.")
                       .arg(result.code));
    result.edition = root.value(QStringLiteral("edition")).toInt(0);
    reader.require(result.edition >= 1, top, tr("The edition must be a whole number from 1."));
    result.title = reader.text(root, QStringLiteral("title"), top, true);
    QSet<QString> keys;
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    reader.require(!sections.isEmpty(), top, tr("The template has no sections."));
    for (const QJsonValue& sectionValue : sections) {
        const QJsonObject sectionObject = sectionValue.toObject();
        TemplateSection section;
        section.key = reader.key(sectionObject, top, keys);
        section.title = reader.text(sectionObject, QStringLiteral("title"), section.key, true);
        const QJsonArray standards = sectionObject.value(QStringLiteral("standards")).toArray();
        reader.require(!standards.isEmpty(), section.key,
                       tr("%1: the section has no standards.").arg(section.key));
        for (const QJsonValue& standardValue : standards) {
            const QJsonObject standardObject = standardValue.toObject();
            TemplateStandard standard;
            standard.key = reader.key(standardObject, section.key, keys);
            standard.title = reader.text(standardObject, QStringLiteral("title"), standard.key, true);
            const QJsonArray items = standardObject.value(QStringLiteral("items")).toArray();
            reader.require(!items.isEmpty(), standard.key,
                           tr("%1: the standard has no items.").arg(standard.key));
            for (const QJsonValue& itemValue : items) {
                const QJsonObject itemObject = itemValue.toObject();
                standard.items << reader.item(itemObject, itemObject.value(QStringLiteral("key")).toString(),
                                              keys);
            }
            section.standards << standard;
        }
        result.sections << section;
    }
    if (!reader.issues.isEmpty()) {
        return Error::invalid(tr("The template was not accepted."), reader.issues);
    }
    return result;
}

QByteArray InspectionTemplate::toJson() const
{
    QJsonArray sectionArray;
    for (const TemplateSection& section : sections) {
        QJsonArray standardArray;
        for (const TemplateStandard& standard : section.standards) {
            QJsonArray itemArray;
            for (const TemplateItem& item : standard.items) {
                QJsonObject object { { QStringLiteral("key"), item.key },
                                     { QStringLiteral("text"), item.text.toJson() },
                                     { QStringLiteral("guidance"), item.guidance.toJson() },
                                     { QStringLiteral("weight"), item.weight },
                                     { QStringLiteral("scoring"), scoringName(item.scoring) } };
                if (item.scoring == TemplateItem::Scoring::Scale) {
                    object.insert(QStringLiteral("max"), item.max);
                }
                itemArray << object;
            }
            standardArray << QJsonObject { { QStringLiteral("key"), standard.key },
                                           { QStringLiteral("title"), standard.title.toJson() },
                                           { QStringLiteral("items"), itemArray } };
        }
        sectionArray << QJsonObject { { QStringLiteral("key"), section.key },
                                      { QStringLiteral("title"), section.title.toJson() },
                                      { QStringLiteral("standards"), standardArray } };
    }
    const QJsonObject root { { QStringLiteral("format"), kFormat },
                             { QStringLiteral("code"), code },
                             { QStringLiteral("edition"), edition },
                             { QStringLiteral("title"), title.toJson() },
                             { QStringLiteral("sections"), sectionArray } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString InspectionTemplate::itemTitle(const QString& key) const
{
    if (key.isEmpty()) {
        return tr("The institution as a whole");
    }
    const TemplateItem* found = item(key);
    return found ? found->text.shown() : key;
}

QString answerLabel(const QString& answer)
{
    if (answer == kCompliant) {
        return InspectionTemplate::tr("compliant");
    }
    if (answer == kPartly) {
        return InspectionTemplate::tr("partly compliant");
    }
    if (answer == kNotCompliant) {
        return InspectionTemplate::tr("not compliant");
    }
    if (answer == kNotApplicable) {
        return InspectionTemplate::tr("not applicable");
    }
    return answer;
}

} // namespace riaya
