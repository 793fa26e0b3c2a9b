#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

// One run of riaya-cli, as a script runs it: no terminal, no input; the answer as printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    // The --json answer: an object, or an array for lists.
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

inline CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(RIAYA_CLI_PATH));
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    REQUIRE(process.waitForFinished(120000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
