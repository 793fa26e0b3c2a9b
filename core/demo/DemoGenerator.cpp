#include "DemoGenerator.h"

#include "WordList.h"
#include "common/Logging.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/Transaction.h"
#include "institutions/Institution.h"
#include "institutions/InstitutionStore.h"
#include "residents/Resident.h"
#include "residents/ResidentValidation.h"
#include "security/KeyStore.h"
#include "sync/TrustStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>
#include <random>
#include <sodium.h>

namespace riaya {
namespace {

struct Lists
{
    QList<Word> female = loadWordList(QStringLiteral("first_names_female"));
    QList<Word> male = loadWordList(QStringLiteral("first_names_male"));
    QList<Word> family = loadWordList(QStringLiteral("family_names"));
    QList<Word> places = loadWordList(QStringLiteral("places"));
    QList<Word> regions = loadWordList(QStringLiteral("regions"));
    QList<Word> incidents = loadWordList(QStringLiteral("incidents"));
    QList<Word> healthNotes = loadWordList(QStringLiteral("health_notes"));

    bool complete() const
    {
        return !female.isEmpty() && !male.isEmpty() && !family.isEmpty() && !places.isEmpty()
            && !regions.isEmpty() && !incidents.isEmpty() && !healthNotes.isEmpty();
    }
};

// Everything random comes from here, so a seed reproduces the data set. The engine's
// output is specified by the standard; the distributions are not, so none is used.
class Dice
{
public:
    Dice(quint64 seed, const QString& siteId, const QDate& day)
        : m_engine(seed)
        , m_seed(seed)
        , m_siteId(siteId.toUtf8())
        , m_baseMs(static_cast<quint64>(day.startOfDay(Qt::UTC).toMSecsSinceEpoch()))
    { }

    quint64 below(quint64 n) { return n == 0 ? 0 : m_engine() % n; }
    int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<quint64>(high - low + 1)));
    }
    bool chance(int percent) { return below(100) < static_cast<quint64>(percent); }
    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(static_cast<qsizetype>(below(static_cast<quint64>(list.size()))));
    }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i) {
            out += QLatin1Char(static_cast<char>('0' + below(10)));
        }
        return out;
    }

    // A UUID version 7 whose time field counts up from the demo's day and whose random
    // bits come from the site, the seed and the counter: the same on every run, different
    // on every site (two sites' demo records never collide at the ministry), and in
    // ascending order, which keeps inserts at the end of every index.
    QString nextId()
    {
        ++m_counter;
        const QByteArray input
            = m_siteId + '|' + QByteArray::number(m_seed) + '|' + QByteArray::number(m_counter);
        unsigned char bytes[16];
        crypto_generichash(bytes, sizeof bytes, reinterpret_cast<const unsigned char*>(input.constData()),
                           static_cast<unsigned long long>(input.size()), nullptr, 0);
        const quint64 time = m_baseMs + m_counter;
        for (int i = 0; i < 6; ++i) {
            bytes[i] = static_cast<unsigned char>(time >> (8 * (5 - i)));
        }
        bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0F));
        bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F));
        return QUuid::fromRfc4122(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes))
            .toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937_64 m_engine;
    quint64 m_seed;
    QByteArray m_siteId;
    quint64 m_baseMs;
    quint64 m_counter = 0;
};

QString schoolLevelForAge(int age)
{
    if (age < 6) {
        return QStringLiteral("NONE");
    }
    const int index = std::min(age - 6, 11); // 6 years old: first year of primary
    return schoolLevels().at(index);
}

// The last school year whose results are known: it ended in June.
QString lastSchoolYear(const QDate& today)
{
    const int endYear = today.month() >= 7 ? today.year() : today.year() - 1;
    return QStringLiteral("%1-%2").arg(endYear - 1).arg(endYear);
}

class Generator
{
public:
    Generator(Database& db, const DemoSettings& settings, const DemoGenerator::Progress& progress)
        : m_db(db)
        , m_settings(settings)
        , m_progress(progress)
        , m_dice(settings.seed, db.site().id, settings.today)
        , m_writer(db.writer())
    { }

    Result<DemoSummary> run();

private:
    Result<QList<Institution>> prepareInstitutions();
    Result<QString> enrolSite(const QString& name);
    Status addResident(const Institution& institution);
    Status insert(const QString& table, QVariantMap fields)
    {
        Result<QString> id = m_writer.insert(table, std::move(fields));
        return id ? Status() : Status(id.error());
    }

    Database& m_db;
    DemoSettings m_settings;
    DemoGenerator::Progress m_progress;
    Lists m_lists;
    Dice m_dice;
    RecordWriter& m_writer;
    DemoSummary m_summary;
    QStringList m_sites; // at the ministry, the site each institution's records come from
};

// At the ministry, each demo house is a site of its own, enrolled as a clerk enrols one (its
// signed identity, real keys made from the seed), some months before the demo's day.
Result<QString> Generator::enrolSite(const QString& name)
{
    const QString siteId = m_dice.nextId();
    const UnlockedKeys keys
        = KeyStore::generateFromSeed(siteId.toUtf8() + '|' + QByteArray::number(m_settings.seed));
    const QDateTime enrolled(m_settings.today.addDays(-m_dice.between(220, 400)),
                             QTime(m_dice.between(8, 15), m_dice.between(0, 59)), Qt::UTC);
    const QByteArray identity = TrustStore::identityDocument(
        siteId, name, keys, enrolled.addSecs(-3600).toString(Qt::ISODateWithMs));
    const Result<TrustedSite> site
        = TrustStore(m_db).enrolIdentity(identity, enrolled.toString(Qt::ISODateWithMs));
    if (!site) {
        return site.error();
    }
    ++m_summary.sites;
    return siteId;
}

Result<QList<Institution>> Generator::prepareInstitutions()
{
    InstitutionStore store(m_db);
    QList<Institution> institutions;
    const int perInstitution = m_settings.residents / std::max(1, m_settings.institutions) + 1;
    if (!m_db.site().isMinistry) {
        if (m_db.site().institutionId.isEmpty()) {
            return Error::refused(
                DemoGenerator::tr("This site has no institution to fill with demo residents."));
        }
        Result<Institution> own = store.get(m_db.site().institutionId);
        if (!own) {
            return own.error();
        }
        const int needed = store.presentCount(own->id) + m_settings.residents;
        if (own->capacity < needed) {
            own->capacity = needed + needed / 10;
            if (Status status = store.update(*own); !status) {
                return status.error();
            }
        }
        institutions.append(*own);
        return institutions;
    }
    for (int i = 0; i < m_settings.institutions; ++i) {
        const Word& place = m_dice.pick(m_lists.places);
        const bool girls = m_dice.chance(50);
        Institution institution;
        institution.id = m_dice.nextId();
        institution.kind
            = m_dice.chance(80) ? QStringLiteral("student_house") : QStringLiteral("childrens_home");
        if (institution.kind == QLatin1String("student_house")) {
            institution.name
                = (girls ? QStringLiteral("دار الطالبة ") : QStringLiteral("دار الطالب ")) + place.arabic;
            institution.nameLatin
                = (girls ? QStringLiteral("Dar Taliba ") : QStringLiteral("Dar Talib ")) + place.latin;
        } else {
            institution.name = QStringLiteral("مؤسسة الرعاية الاجتماعية ") + place.arabic;
            institution.nameLatin = QStringLiteral("Centre de protection de l'enfance ") + place.latin;
        }
        institution.name += QStringLiteral(" %1").arg(i + 1);
        institution.nameLatin += QStringLiteral(" %1").arg(i + 1);
        institution.capacity = perInstitution + perInstitution / 10 + 5;
        institution.region = m_dice.pick(m_lists.regions).arabic;
        institution.province = place.arabic;
        institution.licenceNumber = QStringLiteral("AUT-%1").arg(m_dice.digits(6));
        institution.licenceExpiresOn = m_settings.today.addMonths(m_dice.between(-6, 48));
        const Result<QString> site = m_settings.housesAsSites ? enrolSite(institution.name) : QString();
        if (!site) {
            return site.error();
        }
        m_sites << *site;
        const InsertOrigin madeThere(m_writer, *site);
        if (Result<QString> created = store.create(institution); !created) {
            return created.error();
        }
        institutions.append(institution);
        ++m_summary.institutions;
    }
    return institutions;
}

Status Generator::addResident(const Institution& institution)
{
    const QDate& today = m_settings.today;
    Resident r;
    r.id = m_dice.nextId();
    r.sex = m_dice.chance(50) ? QStringLiteral("F") : QStringLiteral("M");
    const Word& first = m_dice.pick(r.sex == QLatin1String("F") ? m_lists.female : m_lists.male);
    const Word& family = m_dice.pick(m_lists.family);
    const Word& father = m_dice.pick(m_lists.male);
    const Word& place = m_dice.pick(m_lists.places);
    const bool students = institution.kind == QLatin1String("student_house");
    const int age = students ? m_dice.between(11, 18) : m_dice.between(3, 17);
    r.firstName = first.arabic;
    r.lastName = family.arabic;
    r.firstNameLatin = first.latin;
    r.lastNameLatin = family.latin;
    r.fatherName = father.arabic;
    r.motherName = m_dice.pick(m_lists.female).arabic;
    r.birthDate = today.addYears(-age).addDays(-m_dice.between(0, 364));
    r.birthPlace = place.arabic;
    r.origin = place.arabic;
    r.schoolLevel = schoolLevelForAge(age);
    if (r.schoolLevel != QLatin1String("NONE")) {
        r.massarCode = QLatin1Char(static_cast<char>('A' + m_dice.below(26))) + m_dice.digits(9);
        r.schoolName
            = (age >= 12 ? QStringLiteral("الثانوية الإعدادية ") : QStringLiteral("مدرسة ")) + place.arabic;
    }
    if (age >= 16 && m_dice.chance(60)) {
        r.nationalId = QLatin1Char(static_cast<char>('A' + m_dice.below(26))) + m_dice.digits(6);
    }
    if (students || m_dice.chance(40)) {
        const bool father_alive = m_dice.chance(85);
        r.guardianName = (father_alive ? father.arabic : m_dice.pick(m_lists.male).arabic) + QLatin1Char(' ')
            + family.arabic;
        r.guardianRelation = father_alive ? QStringLiteral("أب") : QStringLiteral("عم");
        r.guardianPhone = QStringLiteral("06") + m_dice.digits(8);
    }
    if (m_dice.chance(6)) {
        r.healthNotes = m_dice.pick(m_lists.healthNotes).arabic;
    }
    if (const auto issues = validateResident(r, today); !issues.isEmpty()) {
        return Error::internal(
            DemoGenerator::tr("The demo made an invalid resident: %1").arg(issues.first().message));
    }

    const bool left = m_dice.chance(8);
    const QDate admitted = std::max(r.birthDate.addYears(3), today.addDays(-m_dice.between(30, 3 * 365)));
    QVariantMap fields = r.toFields();
    fields.insert(QStringLiteral("id"), r.id);
    fields.insert(QStringLiteral("status"), left ? QStringLiteral("left") : QStringLiteral("present"));
    fields.insert(QStringLiteral("institution_id"), left ? QVariant() : QVariant(institution.id));
    if (Status status = insert(QStringLiteral("residents"), fields); !status) {
        return status;
    }
    ++m_summary.residents;

    QVariantMap stay { { QStringLiteral("id"), m_dice.nextId() },
                       { QStringLiteral("resident_id"), r.id },
                       { QStringLiteral("institution_id"), institution.id },
                       { QStringLiteral("admitted_on"), admitted.toString(Qt::ISODate) },
                       { QStringLiteral("admission_reason"),
                         students ? QStringLiteral("التمدرس بعيدا عن الأسرة")
                                  : QStringLiteral("حماية الطفل") } };
    if (left) {
        const QDate exited = admitted.addDays(m_dice.between(0, static_cast<int>(admitted.daysTo(today))));
        stay.insert(QStringLiteral("exited_on"), exited.toString(Qt::ISODate));
        stay.insert(QStringLiteral("exit_kind"), QStringLiteral("left"));
        stay.insert(QStringLiteral("exit_reason"), QStringLiteral("عودة إلى الأسرة"));
    }
    if (Status status = insert(QStringLiteral("stays"), stay); !status) {
        return status;
    }
    ++m_summary.stays;

    if (!left) {
        for (int d = m_settings.presenceDays; d >= 1; --d) {
            const int roll = static_cast<int>(m_dice.below(100));
            const char* state = roll < 90 ? "present" : roll < 94 ? "absent" : roll < 97 ? "leave" : "sick";
            Status status = insert(QStringLiteral("presence"),
                                   { { QStringLiteral("id"), m_dice.nextId() },
                                     { QStringLiteral("resident_id"), r.id },
                                     { QStringLiteral("institution_id"), institution.id },
                                     { QStringLiteral("day"), today.addDays(-d).toString(Qt::ISODate) },
                                     { QStringLiteral("state"), QLatin1String(state) } });
            if (!status) {
                return status;
            }
            ++m_summary.presence;
        }
    }
    if (r.schoolLevel != QLatin1String("NONE")) {
        const double average = 6.0 + static_cast<double>(m_dice.below(1300)) / 100.0;
        const char* decision = average >= 10.0 ? "passed" : m_dice.chance(15) ? "dropped_out" : "repeated";
        Status status = insert(QStringLiteral("school_results"),
                               { { QStringLiteral("id"), m_dice.nextId() },
                                 { QStringLiteral("resident_id"), r.id },
                                 { QStringLiteral("school_year"), lastSchoolYear(today) },
                                 { QStringLiteral("term"), 3 },
                                 { QStringLiteral("average"), average },
                                 { QStringLiteral("decision"), QLatin1String(decision) } });
        if (!status) {
            return status;
        }
        ++m_summary.results;
    }
    if (m_dice.chance(2)) {
        const Word& incident = m_dice.pick(m_lists.incidents); // incidents.txt: kind code | Arabic text
        const QString involved
            = QString::fromUtf8(QJsonDocument(QJsonArray { r.id }).toJson(QJsonDocument::Compact));
        Status status = insert(
            QStringLiteral("incidents"),
            { { QStringLiteral("id"), m_dice.nextId() },
              { QStringLiteral("institution_id"), institution.id },
              { QStringLiteral("occurred_on"), today.addDays(-m_dice.between(1, 200)).toString(Qt::ISODate) },
              { QStringLiteral("kind"), incident.arabic },
              { QStringLiteral("description"), incident.latin },
              { QStringLiteral("action_taken"), QStringLiteral("إخبار الولي") },
              { QStringLiteral("reported_to"), QStringLiteral("مدير الدار") },
              { QStringLiteral("resident_ids"), involved } });
        if (!status) {
            return status;
        }
        ++m_summary.incidents;
    }
    return {};
}

Result<DemoSummary> Generator::run()
{
    if (!m_lists.complete()) {
        return Error::internal(DemoGenerator::tr("The demo word lists are missing from this installation."));
    }
    // Ids follow the seed, so a seed already used here would make the same records again.
    const QString seedsKey = QStringLiteral("demo_seeds");
    QStringList seeds = m_db.metaValue(seedsKey).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString seed = QString::number(m_settings.seed);
    if (seeds.contains(seed)) {
        return Error::refused(
            DemoGenerator::tr("This database holds the demo of seed %1 already; choose another seed.")
                .arg(seed));
    }
    Transaction tx(m_db.connection());
    seeds << seed;
    if (!m_db.setMetaValue(seedsKey, seeds.join(QLatin1Char(',')))) {
        return Error::internal(DemoGenerator::tr("The demo data could not be saved to disk."));
    }
    Result<QList<Institution>> institutions = prepareInstitutions();
    if (!institutions) {
        return institutions.error();
    }
    const int step = std::max(1, m_settings.residents / 100);
    for (int i = 0; i < m_settings.residents; ++i) {
        const qsizetype house = i % institutions->size();
        const InsertOrigin madeThere(m_writer, m_sites.value(house));
        if (Status status = addResident(institutions->at(house)); !status) {
            return status.error();
        }
        if (m_progress && (i + 1) % step == 0) {
            m_progress(i + 1, m_settings.residents);
        }
    }
    if (!tx.commit()) {
        return Error::internal(DemoGenerator::tr("The demo data could not be saved to disk."));
    }
    return m_summary;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoSettings& settings,
                                            const Progress& progress)
{
    if (!db.isInitialised()) {
        return Error::refused(tr("Set up the database with “init” before adding demo data."));
    }
    if (settings.residents < 0 || settings.residents > 1'000'000 || settings.institutions < 1
        || settings.institutions > 10'000) {
        return Error::invalid(tr("Choose 0 to 1,000,000 residents and 1 to 10,000 institutions."));
    }
    qCInfo(lcDemo) << "generating" << settings.residents << "residents, seed" << settings.seed;
    return Generator(db, settings, progress).run();
}

} // namespace riaya
