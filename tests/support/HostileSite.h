#pragma once

#include "SyncNetwork.h"

#include <functional>

// Plays an enrolled site that signs whatever it likes with its own key: the bundle file is
// genuine (signed by the site, sealed to the recipient), only its content is the attacker's.
struct ForgedRecord
{
    QString table;
    QVariantMap row;
};

// A row stamped as `origin` would stamp it: a fresh id unless `fields` has one, a version
// from the real clock unless given, and the other stamps.
QVariantMap stampedRow(const QString& origin, QVariantMap fields);

// Writes a bundle from `from` to the ministry of `network` holding exactly `records`; by
// default it continues the sender's history as the ministry knows it (next number, the last
// bundle's hash). `tweak` may change the manifest before it is signed.
QString forgeBundle(SyncNetwork& network, SyncNetwork::Site& from, const QList<ForgedRecord>& records,
                    const std::function<void(riaya::BundleManifest&)>& tweak = {});
