#pragma once

#include "SyncNetwork.h"

// What the tests of records travelling between sites set up alike (docs/sharing.md).

// A site that runs no house: an inspector's laptop, a regional office.
riaya::SiteSettings siteWithoutHouse(const QString& name);

// A site's bundle to the ministry, imported there; the ministry's answer, imported at the site.
void exchange(SyncNetwork& network, SyncNetwork::Site& site);

// On an inspector's laptop assigned the institution: an inspection with one finding and a
// corrective action due in 30 days, as an inspector records them.
struct RaisedAction
{
    QString inspection;
    QString action;
};
RaisedAction raiseInspectionAction(SyncNetwork::Site& inspector, const QString& institution);
