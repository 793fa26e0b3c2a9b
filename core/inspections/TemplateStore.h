#pragma once

#include "InspectionTemplate.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// The standards documents a database knows: those shipped with Riaya (resources/standards)
// and the editions the ministry published, which reach sites as reference data.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(Database& db)
        : m_db(db)
    { }

    // Every edition, by code then edition.
    Result<QList<InspectionTemplate>> list();
    Result<InspectionTemplate> get(const QString& id);
    // The edition an inspection starts from unless told otherwise: the newest of the
    // document Riaya ships, or of any document when the ministry publishes its own.
    Result<InspectionTemplate> current();

    // Publishes a new edition (the ministry only). Refused when the code and edition exist
    // already, or with the template's own problems. Returns the new edition's id.
    Result<QString> publish(const InspectionTemplate& edition);
    // Reads a template file and publishes it.
    Result<QString> importFile(const QString& path);

    static const QList<InspectionTemplate>& builtIn();

private:
    Database& m_db;
};

} // namespace riaya
