#include "TemplateStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "security/GuardedAccess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>

namespace riaya {
namespace {

const QString kTemplates = QStringLiteral("inspection_templates");

Result<InspectionTemplate> fromRow(const QVariantMap& row)
{
    Result<InspectionTemplate> parsed
        = InspectionTemplate::fromJson(row.value(QStringLiteral("content")).toString().toUtf8());
    if (parsed) {
        parsed->id = row.value(QStringLiteral("id")).toString();
    }
    return parsed;
}

} // namespace

const QList<InspectionTemplate>& TemplateStore::builtIn()
{
    static const QList<InspectionTemplate> templates = [] {
        QList<InspectionTemplate> list;
        const QDir folder(QStringLiteral(":/riaya/standards"));
        for (const QString& name : folder.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            Result<InspectionTemplate> parsed = InspectionTemplate::fromJson(file.readAll());
            Q_ASSERT_X(parsed.ok(), "TemplateStore", "a shipped template does not parse");
            if (parsed) {
                parsed->id = QStringLiteral("%1-%2").arg(parsed->code).arg(parsed->edition);
                parsed->builtIn = true;
                list << *parsed;
            }
        }
        return list;
    }();
    return templates;
}

Result<QList<InspectionTemplate>> TemplateStore::list()
{
    if (Status allowed = Access::require(m_db, Permission::ReadInspections); !allowed) {
        return allowed.error();
    }
    QList<InspectionTemplate> templates = builtIn();
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT id, content FROM inspection_templates WHERE deleted = 0"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the standards documents: %1").arg(query.errorText()));
    }
    while (query.next()) {
        if (Result<InspectionTemplate> parsed = fromRow(query.row())) {
            templates << *parsed;
        }
    }
    std::sort(templates.begin(), templates.end(),
              [](const InspectionTemplate& a, const InspectionTemplate& b) {
                  return std::tie(a.code, a.edition) < std::tie(b.code, b.edition);
              });
    return templates;
}

Result<InspectionTemplate> TemplateStore::get(const QString& id)
{
    if (Status allowed = Access::require(m_db, Permission::ReadInspections); !allowed) {
        return allowed.error();
    }
    for (const InspectionTemplate& shipped : builtIn()) {
        if (shipped.id == id) {
            return shipped;
        }
    }
    const Result<QVariantMap> row
        = liveRecord(m_db, kTemplates, id, tr("There is no standards document with the id %1.").arg(id));
    return row ? fromRow(*row) : Result<InspectionTemplate>(row.error());
}

Result<InspectionTemplate> TemplateStore::current()
{
    Result<QList<InspectionTemplate>> all = list();
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return Error::notFound(tr("There is no standards document."));
    }
    const QString shippedCode = builtIn().isEmpty() ? QString() : builtIn().constFirst().code;
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->code == shippedCode) {
            return *it;
        }
    }
    return all->constLast();
}

Result<QString> TemplateStore::publish(const InspectionTemplate& edition)
{
    const QString notSaved = tr("The standards document could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageTemplates, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The standards document was not published.");
            if (!m_db.site().isMinistry) {
                return Error::refused(failed + QLatin1Char(' ')
                                      + tr("Standards documents are published by the ministry and reach this "
                                           "site in its bundles."));
            }
            // The file form is the one checked: what is published is exactly what sites will read.
            const QByteArray content = edition.toJson();
            Result<InspectionTemplate> checked = InspectionTemplate::fromJson(content);
            if (!checked) {
                return Error::invalid(failed, checked.error().issues);
            }
            Result<QList<InspectionTemplate>> existing = list();
            if (!existing) {
                return existing.error();
            }
            for (const InspectionTemplate& other : *existing) {
                if (other.code == checked->code && other.edition >= checked->edition) {
                    return Error::invalid(
                        failed,
                        { { QStringLiteral("edition"),
                            tr("Edition %1 of “%2” exists already; publish it as edition %3.")
                                .arg(other.edition)
                                .arg(checked->code)
                                .arg(other.edition + 1) } });
                }
            }
            const QVariantMap fields {
                { QStringLiteral("code"), checked->code },
                { QStringLiteral("edition"), checked->edition },
                { QStringLiteral("title"),
                  QString::fromUtf8(QJsonDocument(checked->title.toJson()).toJson(QJsonDocument::Compact)) },
                { QStringLiteral("content"), QString::fromUtf8(content) },
            };
            return writer.insert(kTemplates, fields);
        });
}

Result<QString> TemplateStore::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    Result<InspectionTemplate> parsed = InspectionTemplate::fromJson(file.read(8 * 1024 * 1024));
    if (!parsed) {
        return Error::invalid(tr("%1 is not a standards document: %2")
                                  .arg(QDir::toNativeSeparators(path), parsed.error().message),
                              parsed.error().issues);
    }
    return publish(*parsed);
}

} // namespace riaya
