#!/usr/bin/env python3
"""Reads a workbook written by tally with an independent reader (openpyxl,
https://pypi.org/project/openpyxl/) and prints what a spreadsheet user would see, as JSON:

    scripts/read-xlsx.py FILE.xlsx

    {"sheets": [{"name", "frozen", "header_bold", "widths": [..],
                 "rows": [[{"value", "type": "n"|"s", "format"}]]}]}

tally's tests compare it with the listing's JSON (formats spec §4: number cells with the
published decimals, codes as text, bold frozen header, valid sheet names)."""
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in workbook.worksheets:
    rows = []
    for row in sheet.iter_rows():
        rows.append([{"value": cell.value, "type": cell.data_type, "format": cell.number_format} for cell in row])
    header = next(sheet.iter_rows(min_row=1, max_row=1), ())
    sheets.append({
        "name": sheet.title,
        "frozen": sheet.freeze_panes,
        "header_bold": bool(header) and all(cell.font.b for cell in header if cell.value is not None),
        "widths": [sheet.column_dimensions[letter].width for letter in sorted(sheet.column_dimensions.keys())],
        "rows": rows,
    })
print(json.dumps({"sheets": sheets}, ensure_ascii=False, default=str))
