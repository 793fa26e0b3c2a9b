#pragma once

#include "sheets/SheetReader.h"

// A sheet held in memory, numbered as a spreadsheet shows it, for tests of what is done with
// rows whatever file they came from.
class ListSheet : public riaya::SheetReader
{
public:
    explicit ListSheet(const QList<QStringList>& rows)
    {
        for (int i = 0; i < rows.size(); ++i) {
            if (!rows[i].join(QString()).trimmed().isEmpty()) {
                m_rows.append({ i + 1, rows[i] });
            }
        }
    }

    std::optional<riaya::SheetRow> next() override
    {
        return m_next < m_rows.size() ? std::optional(m_rows[m_next++]) : std::nullopt;
    }
    QString error() const override { return {}; }
    riaya::Status rewind() override
    {
        m_next = 0;
        return {};
    }

    QList<riaya::SheetRow> firstRows() const { return m_rows.mid(0, 10); }

private:
    QList<riaya::SheetRow> m_rows;
    qsizetype m_next = 0;
};
