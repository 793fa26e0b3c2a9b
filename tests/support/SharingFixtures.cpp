#include "SharingFixtures.h"

#include "QtCatch.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"

using namespace riaya;

SiteSettings siteWithoutHouse(const QString& name)
{
    SiteSettings settings;
    settings.name = name;
    settings.withInstitution = false;
    return settings;
}

void exchange(SyncNetwork& network, SyncNetwork::Site& site)
{
    static int bundles = 0;
    const auto up
        = network.importAtMinistry(site.exportBundle(QStringLiteral("up-%1.bundle").arg(++bundles)));
    INFO((up ? std::string() : up.error().describe().toStdString()));
    REQUIRE(up.ok());
    const auto down = network.sendReferenceData(site);
    INFO((down ? std::string() : down.error().describe().toStdString()));
    REQUIRE(down.ok());
}

RaisedAction raiseInspectionAction(SyncNetwork::Site& inspector, const QString& institution)
{
    InspectionStore inspections(inspector.db());
    const Result<QString> visit = inspections.start(institution, QStringLiteral("care-standards-1"),
                                                    QDate::currentDate(), QStringLiteral("سميرة العلوي"));
    INFO((visit ? std::string() : visit.error().describe().toStdString()));
    REQUIRE(visit.ok());
    Inspection draft = *inspections.get(*visit);
    draft.findings.append(
        { {}, {}, QStringLiteral("طفاية الحريق منتهية الصلاحية"), QStringLiteral("major") });
    REQUIRE(inspections.saveDraft(draft).ok());
    CorrectiveAction action;
    action.inspectionId = *visit;
    action.findingId = inspections.get(*visit)->findings.constFirst().id;
    action.description = QStringLiteral("تجديد طفايات الحريق");
    action.responsible = QStringLiteral("المدير");
    action.dueOn = QDate::currentDate().addDays(30);
    const Result<QString> raised = ActionStore(inspector.db()).raise(action);
    REQUIRE(raised.ok());
    return { *visit, *raised };
}
