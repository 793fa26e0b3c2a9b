#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace riaya {

// The convention every record follows: a free function validateX(record) beside the record
// checks what needs no other record and returns field-specific, translated problems (field
// names are the stored column names, so forms and the command line can point at them); the
// store adds what needs the database (that a parent exists) and refuses with
// Error::invalid(failed, issues). This builder holds the checks they share.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    QList<FieldIssue> issues;

    void require(const QString& field, const QString& value, const QString& message)
    {
        if (value.trimmed().isEmpty()) {
            issues.append({ field, message });
        }
    }
    void maxLength(const QString& field, const QString& value, int length)
    {
        if (value.trimmed().size() > length) {
            issues.append({ field, tr("At most %n characters.", nullptr, length) });
        }
    }
    void latinOnly(const QString& field, const QString& value)
    {
        static const QRegularExpression latin(QStringLiteral("^[\\p{Latin}\\s'’.-]*$"));
        if (!latin.match(value.trimmed()).hasMatch()) {
            issues.append(
                { field, tr("Use Latin letters in this field (the Arabic spelling has its own field).") });
        }
    }
    void pattern(const QString& field, const QString& value, const QRegularExpression& re,
                 const QString& message)
    {
        if (!value.trimmed().isEmpty() && !re.match(value.trimmed()).hasMatch()) {
            issues.append({ field, message });
        }
    }
};

} // namespace riaya
