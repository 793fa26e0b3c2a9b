#pragma once

#include <QJsonObject>
#include <QString>

namespace riaya {

// A text given in each of Riaya's languages, as the ministry writes its standards.
struct LocalizedText
{
    QString ar;
    QString fr;
    QString en;

    // The text in a language (ISO 639-1), or in the first language that has it.
    QString in(const QString& language) const;
    // The text in the user's language.
    QString shown() const;
    bool complete() const
    {
        return !ar.trimmed().isEmpty() && !fr.trimmed().isEmpty() && !en.trimmed().isEmpty();
    }

    QJsonObject toJson() const;
    static LocalizedText fromJson(const QJsonObject& object);
};

} // namespace riaya
