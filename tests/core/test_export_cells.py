"""The shared cell rules of every export: CSV cells neutralised, Excel text never a formula."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.export_cells import (csv_writer, put, safe_cell, safe_row, safe_text_rows, xlsx_cell,
                                      xlsx_row)
from tests.export_checks import FORMULA_NAME, assert_csv_safe, assert_xlsx_safe


def test_csv_cells() -> None:
    assert safe_cell(FORMULA_NAME) == "'" + FORMULA_NAME
    for lead in ("=", "+", "-", "@", "\t", "\r", "\n"):
        assert safe_cell(lead + "1").startswith("'")
    assert safe_cell("\u200b=1+1") == "'=1+1"            # an invisible character does not hide a formula
    assert safe_cell("张三") == "张三" and safe_cell("a=b") == "a=b"
    assert safe_cell(-1.5) == -1.5 and safe_cell(42) == 42 and safe_cell(None) is None


def test_csv_writer(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv_writer(fh)
        w.writerow(["姓名", "时长"])
        w.writerows([[FORMULA_NAME, -1.5], ["@x\x1b[31m", 3]])
    cells = assert_csv_safe(out, FORMULA_NAME, "@x")
    assert "-1.5" in cells and "'@x" in cells


def test_xlsx_ordinary_and_write_only(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(xlsx_row(ws, [FORMULA_NAME, -2, date(2026, 1, 5), "-3", "普通\x00文字"]))
    put(ws, 2, 1, "=1+1")
    styled = xlsx_cell(ws, "@A1")
    styled.number_format = "@"
    ws.append(xlsx_row(ws, [styled]))
    wb.save(tmp_path / "a.xlsx")
    values = assert_xlsx_safe(tmp_path / "a.xlsx", FORMULA_NAME, "=1+1", "@A1")
    assert -2 in values and "-3" in values and "普通文字" in values
    ro = load_workbook(tmp_path / "a.xlsx").active
    assert ro["B1"].data_type == "n" and ro["C1"].is_date and ro["A3"].number_format == "@"

    wo = Workbook(write_only=True)
    sheet = wo.create_sheet("x")
    sheet.append(xlsx_row(sheet, [FORMULA_NAME, 1.5]))
    wo.save(tmp_path / "b.xlsx")
    assert_xlsx_safe(tmp_path / "b.xlsx", FORMULA_NAME)


_CELL_TEXT = st.text(alphabet=st.one_of(st.sampled_from("=+-@\t\r\n\x00\x1b\u200b\u202e\ufeff\ue000\u2e3b\u3000\xa0 a中·"),
                                        st.characters()), max_size=6)


@settings(max_examples=600, deadline=None)
@example(["@SUM(A1)", "x"]).via("a formula lead in the first cell")
@example(["ok", "-1+2"]).via("a formula lead in a later cell")
@example(["a\u200bb"]).via("an invisible character inside")
@example(["\u2e3b=1"]).via("the check's own mark before a formula sign")
@given(st.lists(st.one_of(_CELL_TEXT, st.integers(), st.none(), st.dates()), max_size=8))
def test_a_row_is_made_safe_exactly_as_its_cells(row: list[object]) -> None:
    """The row-at-once check (most rows need nothing) gives what safe_cell gives cell by cell, for any
    text: formula leads, invisible characters, the private-use mark the check itself uses."""
    assert safe_row(row) == [safe_cell(v) for v in row]


@settings(max_examples=400, deadline=None)
@example([("ok", "x"), ("fine", "=1+1")]).via("a formula lead in a later row")
@example([("a", "b"), ("\u202e", "c")]).via("an invisible character in a later row")
@example([("ok",), ()]).via("an empty row")
@given(st.lists(st.lists(_CELL_TEXT, max_size=6).map(tuple), max_size=6))
def test_a_batch_of_text_rows_is_made_safe_exactly_as_its_cells(rows: list[tuple[str, ...]]) -> None:
    """The batch-at-once check of the audit export gives what safe_cell gives cell by cell."""
    assert [list(r) for r in safe_text_rows(rows)] == [[safe_cell(v) for v in r] for r in rows]


def test_every_character_the_export_changes_is_unprintable() -> None:
    """The export's quick look trusts str.isprintable(): text that is all printable holds nothing
    clean_text takes out or changes. Over every code point, against the pattern clean_text uses."""
    import re
    import sys

    from desktop.core.plain_text import INVISIBLE_OR_BREAK

    changed = re.compile(INVISIBLE_OR_BREAK)
    wrong = [hex(c) for c in range(sys.maxunicode + 1) if changed.match(chr(c)) and chr(c).isprintable()]
    assert not wrong
    assert changed.match("\u200b") and not "\u200b".isprintable()        # the check itself sees something
