#pragma once

// Rows of a sheet as lines of text ("5: a|b|c"), so a failed comparison shows every row.

#include "sheets/SheetReader.h"

#include <string>
#include <vector>

inline std::vector<std::string> rowsText(riaya::SheetReader& reader)
{
    std::vector<std::string> lines;
    while (std::optional<riaya::SheetRow> row = reader.next())
        lines.push_back(
            (QString::number(row->number) + QStringLiteral(": ") + row->cells.join(QLatin1Char('|')))
                .toStdString());
    return lines;
}

inline std::string readError(riaya::SheetReader& reader)
{
    return reader.error().toStdString();
}
