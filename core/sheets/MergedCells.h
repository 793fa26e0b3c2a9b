#pragma once

#include "common/Result.h"
#include "sheets/SheetReader.h"
#include "sheets/ZipArchive.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace riaya {

// A cell reference as a sheet writes it ("B12"): zero-based column, one-based row (0 when the
// reference has no digits). False when it is not a reference.
bool parseCellReference(QStringView reference, int* column, int* row);

// A merged range of cells, rows one-based and columns zero-based, both inclusive.
struct CellRange
{
    int top = 0;
    int left = 0;
    int bottom = 0;
    int right = 0;
};

// The merged ranges of a worksheet part. They come after the rows (<mergeCells> follows
// <sheetData>), so the decompressed part is scanned for them first, a chunk at a time: only
// the <mergeCells> element is ever held.
Result<QList<CellRange>> readMergedRanges(ZipArchive& zip, const QString& path, const QString& part);

// Gives every cell of a merged range the value of its top-left cell as rows go by in order,
// including rows the sheet leaves out because only a merged range covers them.
class MergedCells
{
public:
    void reset(QList<CellRange> ranges);
    // The next row after `lastRow` that a merged range with a value covers, or 0.
    int nextCoveredRow(int lastRow) const;
    // Takes the top-left values of ranges that start on this row, then fills the row's cells.
    void apply(SheetRow& row);

private:
    struct Active
    {
        CellRange range;
        QString value;
    };
    QList<CellRange> m_ranges; // by top row
    qsizetype m_nextRange = 0;
    QList<Active> m_active; // ranges begun on a row already read and not yet finished
};

} // namespace riaya
