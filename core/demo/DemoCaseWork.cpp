#include "DemoCaseWork.h"

#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/Transaction.h"
#include "families/FamilyStore.h"
#include "families/PlacementStore.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "institutions/InstitutionStore.h"
#include "reports/MonthReport.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"

#include <QRandomGenerator>
#include <optional>

namespace riaya {
namespace {

struct DemoFamily
{
    const char* name;
    const char* latin;
    const char* husband;
    const char* wife;
    const char* region;
};

const DemoFamily kFamilies[] = {
    { "العلوي", "Alaoui", "أحمد العلوي", "فاطمة بناني", "مراكش-آسفي" },
    { "الإدريسي", "Idrissi", "يوسف الإدريسي", "خديجة التازي", "فاس-مكناس" },
    { "بنجلون", "Benjelloun", "عمر بنجلون", "نادية الفاسي", "الدار البيضاء-سطات" },
    { "الحسني", "Hassani", "محمد الحسني", "زينب العمراني", "الرباط-سلا-القنيطرة" },
    { "أمزيان", "Amzian", "إبراهيم أمزيان", "حفيظة أيت علي", "سوس-ماسة" },
    { "الشرقاوي", "Cherkaoui", "رشيد الشرقاوي", "سعاد البقالي", "الشرق" },
    { "الكتاني", "Kettani", "عبد الله الكتاني", "مريم الصقلي", "طنجة-تطوان-الحسيمة" },
    { "أوعلي", "Ouali", "حسن أوعلي", "عائشة أمغار", "درعة-تافيلالت" },
};

// The demo's sentences in each language: data, not messages, so not tr(), which would follow
// the language of the command line rather than that of the database.
struct DemoText
{
    const char* ar;
    const char* fr;
    const char* en;
};

constexpr DemoText kHusband { "الزوج", "époux", "husband" };
constexpr DemoText kWife { "الزوجة", "épouse", "wife" };
constexpr DemoText kFirstEnquiry { "أول استفسار.", "Première demande d’information.", "First enquiry." };
constexpr DemoText kFileComplete { "الملف مكتمل.", "Dossier complet.", "File complete." };
constexpr DemoText kSocialWorker { "المساعدة الاجتماعية بالجهة", "Assistante sociale de la région",
                                   "Social worker of the region" };
constexpr DemoText kStableHome { "أسرة مستقرة وبيت يتسع لطفل.",
                                 "Un foyer stable, avec de la place pour un enfant.",
                                 "A stable home with room for a child." };
constexpr DemoText kCommittee { "قرار اللجنة.", "Décision de la commission.", "Committee decision." };
constexpr DemoText kGoesToSchool { "يواظب على الدراسة.", "Va régulièrement à l’école.",
                                   "Goes to school regularly." };
constexpr DemoText kGoodHealth { "صحة جيدة.", "Bonne santé.", "Good health." };
constexpr DemoText kMotherCares { "أصبحت الأم قادرة على رعاية الطفل من جديد.",
                                  "La mère peut de nouveau s’occuper de l’enfant.",
                                  "The mother can care for the child again." };
constexpr DemoText kInspector { "المفتش الجهوي", "Inspecteur régional", "Regional inspector" };
constexpr DemoText kEmptyExtinguishers { "مطفأتا حريق فارغتان.", "Deux extincteurs étaient vides.",
                                         "Two fire extinguishers were empty." };
constexpr DemoText kRefill { "إعادة ملء مطافئ الحريق وتوقيع سجل الصيانة.",
                             "Recharger les extincteurs et signer le registre d’entretien.",
                             "Refill the fire extinguishers and sign the maintenance register." };
constexpr DemoText kHead { "مدير المؤسسة", "Directeur de l’établissement", "Head of the institution" };
constexpr DemoText kRefilled { "تم ملء المطافئ.", "Extincteurs rechargés.", "Refilled." };
constexpr DemoText kCouldNotSettle { "لم يتكيف الطفل مع الأسرة الكافلة، فعاد إلى المؤسسة.",
                                     "L’enfant ne s’est pas adapté à la famille d’accueil et revient à "
                                     "l’établissement.",
                                     "The child could not settle with the foster family and came back to the "
                                     "institution." };
constexpr DemoText kHeadOfHouse { "مديرة الدار", "Directrice de la maison", "Head of the house" };

// At the ministry, one house in `every` from a seeded start, at most `count` of them.
QList<qsizetype> spread(qsizetype size, int count, quint32 start)
{
    QList<qsizetype> chosen;
    if (size == 0 || count <= 0) {
        return chosen;
    }
    const qsizetype step = std::max<qsizetype>(1, size / count);
    for (qsizetype i = 0; i < count && i < size; ++i) {
        chosen << (qsizetype(start) + i * step) % size;
    }
    return chosen;
}

} // namespace

Result<CaseWorkSummary> DemoCaseWork::generate(Database& db, quint64 seed, const QDate& today,
                                               const QString& language)
{
    const auto text = [&language](const DemoText& t) {
        return QString::fromUtf8(language == QLatin1String("fr")       ? t.fr
                                     : language == QLatin1String("en") ? t.en
                                                                       : t.ar);
    };
    QRandomGenerator dice(static_cast<quint32>(seed * 7919 + 17));
    CaseWorkSummary summary;
    Transaction tx(db.connection());
    const Result<QList<Institution>> institutions = InstitutionStore(db).list();
    if (!institutions || institutions->isEmpty()) {
        return institutions ? Result<CaseWorkSummary>(summary)
                            : Result<CaseWorkSummary>(institutions.error());
    }
    const QString home
        = db.site().institutionId.isEmpty() ? institutions->constFirst().id : db.site().institutionId;
    // At the ministry a house's case work was done at the house and sent: its site's records.
    const bool ministry = db.site().isMinistry;
    RecordWriter& writer = db.writer();
    auto siteOf = [&](const QString& institutionId) {
        return ministry ? writer.read(QStringLiteral("institutions"), institutionId)
                              .value(QStringLiteral("origin_site"))
                              .toString()
                        : QString();
    };
    std::optional<InsertOrigin> atHome(std::in_place, writer, siteOf(home));

    // Families: the first five approved, the others at the earlier stages.
    FamilyStore families(db);
    QStringList approved;
    const QStringList stages { QStringLiteral("application"), QStringLiteral("home_study"),
                               QStringLiteral("enquiry") };
    for (int i = 0; i < int(std::size(kFamilies)); ++i) {
        const DemoFamily& d = kFamilies[i];
        Family f;
        f.familyName = QString::fromUtf8(d.name);
        f.familyNameLatin = QString::fromUtf8(d.latin);
        f.members = { { QString::fromUtf8(d.husband), text(kHusband), 1970 + int(dice.bounded(15)), true },
                      { QString::fromUtf8(d.wife), text(kWife), 1974 + int(dice.bounded(15)), true } };
        f.region = QString::fromUtf8(d.region);
        f.phone = QStringLiteral("+212 6 %1").arg(10000000 + dice.bounded(89999999));
        f.incomeBand = i % 2 ? QStringLiteral("middle") : QStringLiteral("low");
        f.documents = { QStringLiteral("id_cards"), QStringLiteral("marriage_certificate"),
                        QStringLiteral("income_proof") };
        f.capacity = 1 + int(dice.bounded(2));
        const Result<QString> id = families.add(f, today.addDays(-400 + i * 10), text(kFirstEnquiry));
        if (!id) {
            return id.error();
        }
        ++summary.families;
        const int stage = i < 5 ? 3 : i - 5; // 3: approved
        QDate on = today.addDays(-380 + i * 10);
        for (int step = 0; step <= std::min(stage, 1); ++step) {
            const QString state = step == 0 ? QStringLiteral("application") : QStringLiteral("home_study");
            if (Status s = families.changeState(*id, state, on, text(kFileComplete)); !s) {
                return s.error();
            }
            on = on.addDays(20);
        }
        if (stage == 3) {
            if (Result<QString> study = families.addHomeStudy(
                    { {}, *id, on, text(kSocialWorker), text(kStableHome), QStringLiteral("approve") });
                !study) {
                return study.error();
            }
            if (Status s = families.changeState(
                    *id, QStringLiteral("approved"), on.addDays(15), text(kCommittee),
                    QStringLiteral("AG-%1-%2").arg(today.year()).arg(i + 1), today.addYears(2));
                !s) {
                return s.error();
            }
            approved << *id;
        }
    }

    // Placements of children of the home: visits on time, one overdue, one ended by a return.
    ResidentQuery present;
    present.institutionId = home;
    present.status = QStringLiteral("present");
    present.limit = 50;
    const Result<QList<Resident>> children = ResidentStore(db).list(present);
    if (!children) {
        return children.error();
    }
    PlacementStore placements(db);
    StayStore stays(db);
    int placed = 0;
    for (const Resident& child : *children) {
        if (placed >= approved.size()) {
            break;
        }
        // A month at least in the family, after the child's admission: the first visit is due.
        const Result<QList<Stay>> history = stays.staysOf(child.id);
        const QDate admitted
            = history && !history->isEmpty() ? history->constLast().admittedOn : child.birthDate;
        const QDate start = std::max(today.addDays(-200 + placed * 25), admitted.addDays(1));
        if (start > today.addDays(-35)) {
            continue;
        }
        const int i = placed++;
        Placement p;
        p.residentId = child.id;
        p.familyId = approved.at(i);
        p.startedOn = start;
        p.legalBasis = i % 2 ? QStringLiteral("placement_order") : QStringLiteral("kafala");
        p.legalReference = QStringLiteral("%1/%2").arg(100 + i).arg(today.year());
        const Result<QString> id = placements.place(p);
        if (!id) {
            return id.error();
        }
        ++summary.placements;
        // Visits every month up to last month, except the second placement, never visited, and
        // the fifth, visited once and not since: both overdue.
        const QDate visitsUntil = i == 4 ? p.startedOn.addMonths(1).addDays(1) : today;
        for (QDate visit = p.startedOn.addMonths(1); visit < visitsUntil && i != 1;
             visit = visit.addMonths(1)) {
            const QString wellbeing = dice.bounded(5) == 0 ? QStringLiteral("fair") : QStringLiteral("good");
            if (Result<QString> v = placements.recordVisit({ {},
                                                             *id,
                                                             visit,
                                                             text(kSocialWorker),
                                                             wellbeing,
                                                             text(kGoesToSchool),
                                                             text(kGoodHealth),
                                                             {},
                                                             {} });
                !v) {
                return v.error();
            }
            ++summary.visits;
        }
        if (i == 2) {
            if (Status s = placements.end(*id, today.addDays(-3), QStringLiteral("returned_to_origin_family"),
                                          text(kMotherCares));
                !s) {
                return s.error();
            }
            ++summary.returns;
        }
        if (i == 3) {
            if (Status s = placements.end(*id, today.addDays(-12), QStringLiteral("returned_to_institution"),
                                          text(kCouldNotSettle), home);
                !s) {
                return s.error();
            }
            ++summary.returns;
        }
    }
    atHome.reset();

    // Houses over capacity, at the ministry: about 3 in 100 hold more residents than places.
    // The store refuses a capacity below the residents present, as a house's own form does; the
    // ministry holds what the houses' records say, so the demo writes the figure as received.
    InstitutionStore houses(db);
    const int crowded
        = institutions->size() >= 10 ? std::max(1, (int(institutions->size()) * 3 + 50) / 100) : 0;
    for (const qsizetype n : spread(institutions->size(), ministry ? crowded : 0, dice.bounded(97))) {
        const Institution& house = institutions->at(n);
        const int inHouse = houses.presentCount(house.id);
        if (inHouse < 2) {
            continue;
        }
        if (Status s = writer.update(QStringLiteral("institutions"), house.id,
                                     { { QStringLiteral("capacity"), inHouse - std::max(1, inHouse / 8) } });
            !s) {
            return s.error();
        }
        ++summary.overCapacity;
    }

    // Inspections with corrective actions (the year-old ones done).
    const Result<InspectionTemplate> standards = TemplateStore(db).current();
    if (!standards) {
        return standards.error();
    }
    // The first three houses have a visit a year ago and a recent one; at the ministry one house
    // in twenty has a recent one too, most of their actions overdue, one in four due soon.
    struct Visit
    {
        QString institution;
        QDate on;
        bool yearAgo;
    };
    QList<Visit> visits;
    for (int n = 0; n < std::min<int>(3, int(institutions->size())); ++n) {
        const QString institution = n == 0 ? home : institutions->at(n).id;
        visits.append({ institution, today.addDays(-380 - n * 7), true });
        visits.append({ institution, today.addDays(-60 - n * 7), false });
    }
    const int inspected = ministry ? int(institutions->size()) / 20 : 0;
    for (const qsizetype n : spread(institutions->size(), inspected, dice.bounded(89))) {
        if (n < 3) {
            continue;
        }
        const int daysAgo = visits.size() % 4 == 0 ? int(dice.bounded(5, 20)) : int(dice.bounded(40, 150));
        visits.append({ institutions->at(n).id, today.addDays(-daysAgo), false });
    }
    InspectionStore inspections(db);
    ActionStore actions(db);
    for (const Visit& planned : std::as_const(visits)) {
        const QString& institution = planned.institution;
        const InsertOrigin atTheHouse(writer, siteOf(institution));
        const QDate visited = planned.on;
        const Result<QString> id = inspections.start(institution, standards->id, visited, text(kInspector));
        if (!id) {
            return id.error();
        }
        Inspection draft = *inspections.get(*id);
        for (const TemplateItem* item : standards->items()) {
            const quint32 roll = dice.bounded(10);
            draft.answers[item->key].value = item->scoring == TemplateItem::Scoring::Scale
                ? QString::number(std::min<int>(item->max, 1 + int(roll) / 2 + (planned.yearAgo ? 0 : 1)))
                : roll < 6 ? QStringLiteral("compliant")
                : roll < 8 ? QStringLiteral("partly")
                : roll < 9 ? QStringLiteral("not_compliant")
                           : QStringLiteral("na");
        }
        draft.findings.append(
            { {}, QStringLiteral("safety.1.1"), text(kEmptyExtinguishers), QStringLiteral("critical") });
        if (Status s = inspections.saveDraft(draft); !s) {
            return s.error();
        }
        if (Status s = inspections.finalize(*id); !s) {
            return s.error();
        }
        ++summary.inspections;
        CorrectiveAction action;
        action.inspectionId = *id;
        action.findingId = inspections.get(*id)->findings.constFirst().id;
        action.description = text(kRefill);
        action.responsible = text(kHead);
        action.dueOn = visited.addDays(30);
        const Result<QString> raised = actions.raise(action);
        if (!raised) {
            return raised.error();
        }
        ++summary.actions;
        if (planned.yearAgo) {
            if (Status s
                = actions.setState(*raised, QStringLiteral("done"), text(kRefilled), {}, visited.addDays(20));
                !s) {
                return s.error();
            }
        }
    }

    if (ministry) {
        const Result<DemoMonthsSummary> months = DemoMonths::generate(db, seed, today);
        if (!months) {
            return months.error();
        }
        summary.months = *months;
    } else if (!db.site().institutionId.isEmpty()) {
        // The house's supervisor has approved last month, as it stands (the demo marks only
        // the last days' presence); the command line then exports it when it can.
        const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
        MonthApproval approval;
        approval.acceptIncomplete = true;
        if (db.actor().localOperator) {
            approval.approvedBy = text(kHeadOfHouse);
        }
        if (const Result<MonthFigures> closed = MonthReport::approve(db, home, lastMonth, approval);
            !closed) {
            return closed.error();
        }
        summary.approvedMonth = lastMonth;
    }
    if (!tx.commit()) {
        return Error::internal(tr("The demo data could not be saved to disk."));
    }
    return summary;
}

} // namespace riaya
