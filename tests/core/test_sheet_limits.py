"""Hostile workbooks are refused before the reader sees them: quickly, with one line, never a crash.

The files are built here part by part (tests/hostile_sheets.py): a 2 KB file with a cell at XFD1048576,
a sharedStrings bomb (a 400 MB note in a ~1.8 MB file), a sheet of 1,048,575 rows."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.errors import UserError
from desktop.core.sheet_limits import LIMITS, SheetLimits, SheetTooLarge, check_xlsx, column_letters, column_number
from tests import hostile_sheets as hostile


def _refused(path: Path, *words: str, limits: SheetLimits = LIMITS, seconds: float = 3.0) -> str:
    start = time.process_time()
    with pytest.raises(SheetTooLarge) as info:
        check_xlsx(path, limits)
    spent = time.process_time() - start
    message = info.value.message
    assert "\n" not in message and path.name in message, message
    assert all(w in message for w in words), message
    assert spent < seconds, f"{spent:.2f} s of work to refuse {path.name}"
    return message


@pytest.fixture(scope="module")
def million_rows(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile.many_rows(tmp_path_factory.mktemp("rows") / "rows.xlsx")


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile.shared_strings_bomb(tmp_path_factory.mktemp("bomb") / "bomb.xlsx")


def test_columns() -> None:
    assert [column_number(x) for x in ("A", "Z", "AA", "XFD")] == [1, 26, 27, 16384]
    assert all(column_letters(column_number(x)) == x for x in ("A", "AZ", "GR", "XFD"))


def test_a_cell_at_xfd1048576(tmp_path: Path) -> None:
    declared = hostile.far_cell(tmp_path / "far.xlsx")
    assert declared.stat().st_size < 5000
    _refused(declared, "A1:XFD1048576", "200000 行", "200 列")
    _refused(hostile.far_cell(tmp_path / "undeclared.xlsx", declared=False), "第 1048576 行")


def test_a_wide_row_without_positions(tmp_path: Path) -> None:
    """Cells without an r attribute are placed one after another: 16,384 of them reach XFD."""
    row = '<row r="2">' + "<c><v>1</v></c>" * 16384 + "</row>"
    _refused(hostile.write_xlsx(tmp_path / "wide.xlsx", [hostile.HEADER, row]), "超过 200 列", "第 2 行 GS 列")


def test_the_used_area_is_capped(tmp_path: Path) -> None:
    rows = [hostile.HEADER, '<row r="30000"><c r="GR30000"><v>1</v></c></row>']   # 30,000 × 200 = 6 M cells
    _refused(hostile.write_xlsx(tmp_path / "area.xlsx", rows), "30000 行 × 200 列", "4000000")


def test_a_sheet_of_a_million_rows(million_rows: Path) -> None:
    _refused(million_rows, "超过 200000 行", seconds=8.0)


def test_shared_strings_bomb(bomb: Path) -> None:
    with zipfile.ZipFile(bomb) as z:
        assert z.getinfo("xl/sharedStrings.xml").file_size > 400 * 2 ** 20
    assert bomb.stat().st_size < 2 * 2 ** 20
    _refused(bomb, "400 MB", "压缩炸弹")
    smaller = hostile.shared_strings_bomb(bomb.with_name("smaller.xlsx"), megabytes=100)   # under the part cap
    _refused(smaller, "32767")


def test_a_long_text_used_in_many_cells(tmp_path: Path) -> None:
    """Each cell gets its own copy of a shared string: 2,000 uses of 30,000 characters are 60 million."""
    path = hostile.shared_strings_bomb(tmp_path / "uses.xlsx", megabytes=0, uses=2000)
    with zipfile.ZipFile(path) as z:
        part = z.read("xl/sharedStrings.xml").replace(b"<t></t>", b"<t>" + b"A" * 30_000 + b"</t>")
    rebuilt = tmp_path / "uses2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, part if info.filename == "xl/sharedStrings.xml" else src.read(info))
    _refused(rebuilt, "5000 万字")
    check_xlsx(rebuilt, SheetLimits(text_chars=70_000_000))


def test_sizes_declared_and_found(tmp_path: Path) -> None:
    small = SheetLimits(part_bytes=1 << 20, total_bytes=2 << 20, file_bytes=1 << 20)
    path = hostile.shared_strings_bomb(tmp_path / "two.xlsx", megabytes=2)
    _refused(path, "超过上限 1 MB", "压缩炸弹", limits=small)
    _refused(hostile.shared_strings_bomb(tmp_path / "sum.xlsx", megabytes=1), "超过上限 0 MB",
             limits=SheetLimits(total_bytes=1 << 19))
    _refused(path, "上限 0 MB", limits=SheetLimits(file_bytes=1000))


def test_doctype_and_broken_xml_are_refused(tmp_path: Path) -> None:
    lol = hostile.write_xlsx(tmp_path / "lol.xlsx", [hostile.HEADER])
    with zipfile.ZipFile(lol) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    for name, body in (("dtd.xlsx", b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]>' + sheet[38:]),
                       ("broken.xlsx", sheet[:-20])):
        with zipfile.ZipFile(tmp_path / name, "w") as z:
            for part, data in parts.items():
                z.writestr(part, body if part == "xl/worksheets/sheet1.xml" else data)
    _refused(tmp_path / "dtd.xlsx", "DOCTYPE")
    _refused(tmp_path / "broken.xlsx", "文件内容有误")
    (tmp_path / "not.xlsx").write_bytes(b"\xd0\xcf\x11\xe0 an encrypted workbook is an OLE file")
    _refused(tmp_path / "not.xlsx", "不是有效的 .xlsx")


def test_real_workbooks_pass(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "备注"])
    for i in range(2000):
        ws.append([f"居民{i}", "备注" * 50])
    ws["GR5"] = "最右一列"
    wb.create_sheet("隐藏").sheet_state = "hidden"
    wb.save(tmp_path / "ok.xlsx")
    check_xlsx(tmp_path / "ok.xlsx")
    styled = hostile.write_xlsx(tmp_path / "styled.xlsx",       # formatted but empty far cells hold nothing
                                [hostile.HEADER, '<row r="1048576"><c r="XFD1048576" s="1"/></row>'])
    check_xlsx(styled)


def test_the_refusal_is_a_user_error() -> None:
    assert issubclass(SheetTooLarge, UserError)


def test_a_sheet_under_another_name_is_still_scanned(tmp_path: Path) -> None:
    """The reader follows the workbook's relationships, whatever the part is called."""
    rows = [hostile.HEADER, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>']
    for name in ("xl/worksheets/sheet1.bin", "xl/Data/Sheet1.PNG"):
        path = hostile.write_xlsx(tmp_path / (name.rsplit("/", 1)[1] + ".xlsx"), rows, sheet_part=name)
        _refused(path, "第 1048576 行")
