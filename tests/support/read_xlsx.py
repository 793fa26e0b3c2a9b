#!/usr/bin/python3
"""Reads a workbook with openpyxl (Debian's python3-openpyxl), a program that is not Riaya,
and prints what a test checks as JSON: per sheet its name, direction, frozen pane, column
widths and each cell's value, type, number format and boldness."""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    value = cell.value
    if isinstance(value, datetime.datetime):
        kind, value = "date", value.date().isoformat()
    elif isinstance(value, datetime.date):
        kind, value = "date", value.isoformat()
    elif isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, (int, float)):
        kind = "number"
    elif value is None:
        kind = "empty"
    else:
        kind = "text"
    return {"value": value, "type": kind, "format": cell.number_format, "bold": bool(cell.font and cell.font.b)}


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for sheet in book.worksheets:
        widths = {key: dim.width for key, dim in sheet.column_dimensions.items() if dim.width}
        sheets.append({
            "name": sheet.title,
            "rightToLeft": bool(sheet.sheet_view.rightToLeft),
            "frozen": sheet.freeze_panes,
            "widths": widths,
            "rows": [[cell_json(cell) for cell in row] for row in sheet.iter_rows()],
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
