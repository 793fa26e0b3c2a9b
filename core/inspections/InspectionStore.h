#pragma once

#include "Inspection.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;
struct InspectionTemplate;

// Inspections from the first draft to the finalized record, and their corrections.
class InspectionStore
{
    Q_DECLARE_TR_FUNCTIONS(InspectionStore)

public:
    explicit InspectionStore(Database& db)
        : m_db(db)
    { }

    // Starts a draft and returns its id. Refused for an unknown institution or template, a
    // visit in the future, no inspector's name, or a follow-up of an inspection of another
    // institution or one not finalized.
    Result<QString> start(const QString& institutionId, const QString& templateId, const QDate& visitedOn,
                          const QString& inspector, const QString& followsUp = {});
    // Saves a draft's answers, findings, date and inspector. Refused, naming each item, for
    // an answer its item does not accept (a score out of range) and for an empty finding.
    Status saveDraft(const Inspection& draft);
    // Finalizes a draft: refused while an item is unanswered ("na" is an answer).
    Status finalize(const QString& id);
    // A new draft correcting a finalized inspection, with the reason; returns its id.
    Result<QString> correct(const QString& id, const QString& reason);
    // Throws a draft away (a finalized inspection stays).
    Status discard(const QString& id);

    Result<Inspection> get(const QString& id);
    // The newest version of the inspection that began as rootId (or of the one given).
    Result<Inspection> newestVersion(const QString& id);
    // The newest version of each inspection, of one institution or of all, newest visit first.
    Result<QList<Inspection>> list(const QString& institutionId = {});

    // The template an inspection was made with.
    Result<InspectionTemplate> templateOf(const Inspection& inspection);

private:
    Result<Inspection> draft(const QString& id, const QString& failed);
    Status write(Inspection inspection, const InspectionTemplate& standards, const QString& failed);
    QList<FieldIssue> answerIssues(const Inspection& inspection, const InspectionTemplate& standards);

    Database& m_db;
};

} // namespace riaya
