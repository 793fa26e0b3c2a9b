#include "RowValues.h"

#include "CellValues.h"
#include "institutions/Institution.h"
#include "text/TextFolding.h"

#include <QHash>

namespace riaya {
namespace {

// What ministries' lists write in their column of types, in Arabic, French and English: a list
// typed in one language is read by a window shown in another, so the words do not depend on the
// window's language (the labels it shows are compared too).
const QHash<QString, QString>& institutionKindWords()
{
    static const QHash<QString, QString> words = [] {
        const QList<std::pair<QString, QStringList>> kinds {
            { QStringLiteral("student_house"),
              { QStringLiteral("دار الطالب"), QStringLiteral("دار الطالبة"),
                QStringLiteral("دار الطالب والطالبة"), QStringLiteral("Dar Talib"),
                QStringLiteral("Dar Taliba"), QStringLiteral("Dar Attalib"), QStringLiteral("Dar Attaliba"),
                QStringLiteral("Dar Talib (foyer d'élèves)"), QStringLiteral("Foyer d'élèves"),
                QStringLiteral("Maison de l'étudiant"), QStringLiteral("Maison de l'étudiante"),
                QStringLiteral("Student boarding house"), QStringLiteral("Boarding house") } },
            { QStringLiteral("childrens_home"),
              { QStringLiteral("دار الأطفال"), QStringLiteral("دار الطفولة"),
                QStringLiteral("Maison d'enfants"), QStringLiteral("Foyer d'enfants"),
                QStringLiteral("Children's home") } },
            { QStringLiteral("social_centre"),
              { QStringLiteral("مركز الحماية الاجتماعية"), QStringLiteral("مركز اجتماعي"),
                QStringLiteral("Centre de protection sociale"), QStringLiteral("Centre social"),
                QStringLiteral("Social protection centre"), QStringLiteral("Social centre") } },
            { QStringLiteral("other"),
              { QStringLiteral("مؤسسة أخرى"), QStringLiteral("أخرى"), QStringLiteral("Autre établissement"),
                QStringLiteral("Autre"), QStringLiteral("Other institution"), QStringLiteral("Other") } },
        };
        QHash<QString, QString> byWord;
        for (const auto& [kind, names] : kinds) {
            for (const QString& name : names) {
                // Typographic and straight apostrophes alike: «Maison d’enfants».
                byWord.insert(foldForSearch(QString(name).replace(QLatin1Char('\''), QChar(0x2019))), kind);
                byWord.insert(foldForSearch(name), kind);
            }
        }
        return byWord;
    }();
    return words;
}

} // namespace

void InstitutionNames::add(const QString& id, const QString& name, const QString& nameLatin)
{
    m_byKey.insert(id, id);
    for (const QString& text : { name, nameLatin }) {
        const QString key = foldForSearch(text);
        if (key.isEmpty()) {
            continue;
        }
        // Two institutions of one name: the name says nothing, the id must be given.
        m_byKey.insert(key, m_byKey.contains(key) && m_byKey.value(key) != id ? QString() : id);
    }
}

QString InstitutionNames::find(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (const auto it = m_byKey.constFind(trimmed); it != m_byKey.constEnd()) {
        return it.value();
    }
    return m_byKey.value(foldForSearch(trimmed));
}

RowValues::RowValues(const ColumnMapping& mapping, const SheetRow& row, const QDate& today,
                     const InstitutionNames* institutions)
    : m_mapping(mapping)
    , m_row(row)
    , m_today(today)
    , m_institutions(institutions)
{ }

QString RowValues::raw(const QString& field) const
{
    const int column = m_mapping.columnOf(field);
    return column < 0 ? QString() : m_row.cells.value(column).trimmed();
}

void RowValues::addProblem(ProblemKind kind, const QString& field, const QString& message)
{
    m_problems.append({ m_row.number, kind, field, raw(field), message });
}

bool RowValues::hasProblemWith(const QString& field) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [&](const RowProblem& p) { return p.field == field; });
}

bool RowValues::checkRequired(const QString& field)
{
    if (!isEmpty(field)) {
        return true;
    }
    const RosterField* definition = findRosterField(m_mapping.kind(), field);
    if (definition && definition->required) {
        addProblem(ProblemKind::MissingValue, field,
                   tr("%1 is required and empty.").arg(rosterFieldLabel(m_mapping.kind(), field)));
    }
    return false;
}

void RowValues::cannotRead(ProblemKind kind, const QString& field, const QString& message)
{
    addProblem(kind, field, message.arg(raw(field), rosterFieldLabel(m_mapping.kind(), field)));
}

QString RowValues::text(const QString& field)
{
    return checkRequired(field) ? raw(field).simplified() : QString();
}

QString RowValues::name(const QString& field)
{
    return checkRequired(field) ? cellName(raw(field)) : QString();
}

QDate RowValues::date(const QString& field)
{
    if (!checkRequired(field)) {
        return {};
    }
    const std::optional<QDate> day = cellDate(raw(field), m_today);
    if (!day) {
        cannotRead(ProblemKind::InvalidDate, field,
                   tr("“%1” is not a date (%2); write it day/month/year, as 15/03/2012."));
        return {};
    }
    return *day;
}

QString RowValues::sex(const QString& field)
{
    if (!checkRequired(field)) {
        return {};
    }
    const QString sex = cellSex(raw(field));
    if (sex.isEmpty()) {
        cannotRead(ProblemKind::UnknownSex, field, tr("“%1” is not a sex (%2); write ذكر or أنثى, M or F."));
    }
    return sex;
}

QString RowValues::schoolLevel(const QString& field)
{
    if (!checkRequired(field)) {
        return {};
    }
    const QString level = cellSchoolLevel(raw(field));
    if (level.isEmpty()) {
        cannotRead(ProblemKind::UnknownLevel, field, tr("“%1” is not a school level Riaya knows (%2)."));
    }
    return level;
}

QString RowValues::institutionKind(const QString& field)
{
    if (!checkRequired(field)) {
        return {};
    }
    const QString folded = foldForSearch(raw(field));
    for (const QString& kind : institutionKinds()) {
        if (folded == foldForSearch(kind) || folded == foldForSearch(institutionKindLabel(kind))) {
            return kind;
        }
    }
    if (const QString kind = institutionKindWords().value(folded); !kind.isEmpty()) {
        return kind;
    }
    cannotRead(ProblemKind::UnknownKind, field, tr("“%1” is not a type of institution Riaya knows (%2)."));
    return {};
}

QString RowValues::institution(const QString& field)
{
    if (!checkRequired(field)) {
        return {};
    }
    const QString id = m_institutions ? m_institutions->find(raw(field)) : QString();
    if (id.isEmpty()) {
        cannotRead(ProblemKind::UnknownInstitution, field,
                   tr("No institution of this database is named “%1” (%2); give its name as Riaya "
                      "lists it, or its id."));
    }
    return id;
}

std::optional<int> RowValues::integer(const QString& field)
{
    if (!checkRequired(field)) {
        return std::nullopt;
    }
    const std::optional<int> number = cellInteger(raw(field));
    if (!number) {
        cannotRead(ProblemKind::InvalidNumber, field, tr("“%1” is not a whole number (%2)."));
    }
    return number;
}

std::optional<bool> RowValues::yesNo(const QString& field)
{
    if (!checkRequired(field)) {
        return std::nullopt;
    }
    const std::optional<bool> answer = cellYesNo(raw(field));
    if (!answer) {
        cannotRead(ProblemKind::InvalidValue, field, tr("“%1” is neither yes nor no (%2)."));
    }
    return answer;
}

void RowValues::splitNames(const QString& arabicField, const QString& latinField, QString& arabic,
                           QString& latin)
{
    arabic = name(arabicField);
    latin = name(latinField);
    const auto [arabicPart, latinPart] = splitScripts(arabic);
    if (!arabicPart.isEmpty() && !latinPart.isEmpty()) {
        arabic = arabicPart;
        if (latin.isEmpty()) {
            latin = latinPart;
        }
    }
}

} // namespace riaya
