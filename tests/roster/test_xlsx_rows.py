"""The import's own .xlsx reader (desktop.roster.xlsx_rows) reads what openpyxl reads, the normal way,
from the same files: hand-made workbooks with shared strings (rich-text runs, phonetic guides,
escaped control characters), inline strings, formulas with and without their saved values,
booleans, errors, dates in built-in and Chinese formats (the 1900 leap-year quirk, the 1904 system),
huge cells, rows and cells the file does not number, skipped rows, a prefixed namespace, hidden
sheets and merged ranges; and openpyxl-written sheets of random values. Its memory holds a chunk
of rows: the same peak for 2,000 and 8,000 rows."""

from __future__ import annotations

import random
import re
import tracemalloc
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from desktop.core.errors import UserError
from desktop.roster.import_sheet import read_tables
from desktop.roster.xlsx_rows import XlsxBook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ESCAPED = re.compile(r"_x([0-9A-F]{4})_")
ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="177" formatCode="yyyy-mm-dd hh:mm"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="49"/></cellXfs>
</styleSheet>"""

SHARED = ["姓名", "身份证号码", "出生日期", "陈富森", "  前后空格  ", "第一行_x000D__x000A_第二行", "_x005F_x0041_",
          "<r><t>潘</t></r><r><rPr><b/></rPr><t>美兰</t></r>", "<t>张三</t><rPh sb=\"0\" eb=\"1\"><t>ちょう</t></rPh>",
          "x" * 32767, "=不是公式", "'撇号"]


def _si(text: str) -> str:
    return f"<si>{text}</si>" if text.startswith("<") else f'<si><t xml:space="preserve">{text}</t></si>'


def _book(path: Path, sheets: list[tuple[str, str, str]], shared: list[str] = SHARED, date1904: bool = False) -> Path:
    """A workbook written part by part: `sheets` as (name, state, the sheet's XML)."""
    names = "".join(f'<sheet name="{n}" sheetId="{i + 1}" {f"state={chr(34)}{s}{chr(34)}" if s else ""} r:id="rId{i + 1}"/>'
                    for i, (n, s, _) in enumerate(sheets))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
    n = len(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                             for i in range(n))
                   + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
                   f'<workbookPr{" date1904=" + chr(34) + "1" + chr(34) if date1904 else ""}/><sheets>{names}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + rels + f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>'
                   f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>')
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{MAIN}" count="{len(shared)}">'
                   + "".join(_si(s) for s in shared) + "</sst>")
        for i, (_, _, xml) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
    return path


def _sheet(rows: str, prefix: str = "", merged: str = "") -> str:
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    tail = f"<{p}mergeCells>{merged}</{p}mergeCells>" if merged else ""
    return (f'<?xml version="1.0"?><{p}worksheet {ns}><{p}dimension ref="A1:F9"/><{p}sheetData>{rows}</{p}sheetData>'
            f"{tail}</{p}worksheet>").replace("<c ", f"<{p}c ").replace("</c>", f"</{p}c>").replace("<v>", f"<{p}v>") \
        .replace("</v>", f"</{p}v>").replace("<row", f"<{p}row").replace("</row>", f"</{p}row>") \
        .replace("<f>", f"<{p}f>").replace("</f>", f"</{p}f>").replace("<is>", f"<{p}is>").replace("</is>", f"</{p}is>") \
        .replace("<t>", f"<{p}t>").replace("</t>", f"</{p}t>")


HOSTILE_ROWS = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="1"><v>18327</v></c>'
    '<c r="D2" s="2"><v>18000</v></c><c r="E2" s="3"><v>18327.4375</v></c><c r="F2" s="1"><v>59</v></c></row>'
    '<row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4" t="s"><v>6</v></c><c r="C4" t="s"><v>7</v></c>'
    '<c r="D4" t="s"><v>8</v></c><c r="E4" s="1"><v>61</v></c></row>'
    '<row><c t="s"><v>9</v></c><c t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r></is></c>'
    '<c t="inlineStr"><is><t>_x001B_[31m红</t></is></c></row>'
    '<row r="7"><c r="A7"><f>1+2</f><v>3</v></c><c r="B7" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
    '<c r="C7"><f>NOW()</f></c><c r="D7" t="b"><v>1</v></c><c r="E7" t="e"><v>#N/A</v></c><c r="F7"><v></v></c></row>'
    '<row r="8"><c r="A8"><v>4.41802194510221E+17</v></c><c r="B8"><v>-0.5</v></c><c r="C8" t="s"><v>10</v></c>'
    '<c r="D8" t="s"><v>11</v></c><c r="E8" s="4"><v>12</v></c><c r="F8" t="inlineStr"><is><t></t></is></c></row>'
    '<row r="9" spans="1:6"><c r="F9" t="s"><v>3</v></c></row>')


def _openpyxl(path: Path, sheet: str) -> list[list[Any]]:
    """openpyxl's reading, the normal way (the whole workbook loaded), made comparable: dates at midnight
    as dates, numbers as floats, errors and empty texts as nothing, rows without their trailing blanks."""
    ws = load_workbook(path, data_only=True)[sheet]

    def norm(v: Any) -> Any:
        if isinstance(v, datetime) and v.time() == time():
            return v.date()
        if isinstance(v, bool) or isinstance(v, (date, datetime)):
            return v
        if isinstance(v, (int, float)):
            return float(v)
        if v in ERRORS or v == "":
            return None
        # openpyxl leaves a shared string's escaped control characters as written (_x000D_); Excel shows them as typed
        return ESCAPED.sub(lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) < 32 else m.group(0), v) \
            if isinstance(v, str) else v
    rows = [[norm(v) for v in r] for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
    return _trim(rows)


def _trim(rows: list[list[Any]]) -> list[list[Any]]:
    out = []
    for r in rows:
        r = list(r)
        while r and r[-1] is None:
            r.pop()
        out.append(r)
    while out and not out[-1]:
        out.pop()
    return out


def _ours(path: Path, sheet: int = 0, keep: int = 50_000, spill: Path | None = None) -> list[list[Any]]:
    book = XlsxBook(path, spill, keep)
    try:
        return _trim([list(r) for r in book.rows(book.sheets[sheet])])
    finally:
        book.close()


@pytest.mark.parametrize("prefix", ["", "x"])
def test_hostile_cells_read_as_openpyxl_reads_them(tmp_path: Path, prefix: str) -> None:
    path = _book(tmp_path / "h.xlsx", [("花名册", "", _sheet(HOSTILE_ROWS, prefix))])
    ours = _ours(path, spill=tmp_path)
    assert ours == _openpyxl(path, "花名册")
    assert ours[1][:3] == ["陈富森", "  前后空格  ", date(1950, 3, 5)] and ours[1][5] == date(1900, 2, 28)
    assert ours[1][4] == datetime(1950, 3, 5, 10, 30)
    assert ours[3] == ["第一行\r\n第二行", "_x0041_", "潘美兰", "张三", date(1900, 3, 1)]   # rich runs joined, no guide
    assert ours[2] == [] and len(ours[4][0]) == 32767 and ours[4][2] == "\x1b[31m红"
    assert ours[6] == [3.0, "ab", None, True]              # a formula's saved value; an error holds nothing
    assert ours[7][:4] == [4.41802194510221e17, -0.5, "=不是公式", "'撇号"]


def test_shared_strings_spilled_to_a_file_read_the_same(tmp_path: Path) -> None:
    path = _book(tmp_path / "h.xlsx", [("花名册", "", _sheet(HOSTILE_ROWS))])
    spill = tmp_path / "spill"
    spill.mkdir()
    book = XlsxBook(path, spill, keep=3)
    try:
        assert book.strings.spilled and len(list(spill.iterdir())) == 1
        spilled = _trim([list(r) for r in book.rows(book.sheets[0])])
    finally:
        book.close()
    assert spilled == _ours(path) == _openpyxl(path, "花名册")
    assert list(spill.iterdir()) == []                       # the file goes with the book


def test_hidden_sheets_merged_ranges_and_the_1904_system(tmp_path: Path) -> None:
    merged = '<mergeCell ref="A1:C1"/><mergeCell ref="B3:B4"/>'
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="B3" s="1"><v>1</v></c></row>'
            '<row r="4"><c r="A4"><v>7</v></c></row>')
    path = _book(tmp_path / "m.xlsx", [("隐藏", "hidden", _sheet(rows)), ("花名册", "", _sheet(rows, merged=merged)),
                                       ("很隐藏", "veryHidden", _sheet(rows))], date1904=True)
    book = XlsxBook(path)
    try:
        assert [s.name for s in book.sheets] == ["花名册"]
        height, ranges = book.layout(book.sheets[0])
        assert height == 4 and ranges == [(0, 0, 0, 2), (2, 1, 3, 1)]
    finally:
        book.close()
    assert _ours(path) == _openpyxl(path, "花名册") == [["姓名"], [], [None, date(1904, 1, 2)], [7.0]]
    wb = load_workbook(path)
    assert sorted(str(r) for r in wb["花名册"].merged_cells.ranges) == ["A1:C1", "B3:B4"]
    assert read_tables(path) == [("花名册", [["姓名", "姓名", "姓名"], [], [None, date(1904, 1, 2)],
                                            [7, date(1904, 1, 2)]])]


def test_random_sheets_written_by_openpyxl_read_the_same(tmp_path: Path) -> None:
    rng = random.Random(20261203)
    wb = Workbook()
    ws = wb.active
    ws.title = "随机"
    pool = "陈李王张刘 黄吴赵_x\t\n<&>\"'=+-@0123456789xX·𠮷"
    for r in range(1, 300):
        for c in range(1, rng.randrange(1, 14)):
            kind = rng.randrange(7)
            if kind == 0:
                continue
            cell = ws.cell(r, c)
            if kind == 1:
                cell.value = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 30)))
            elif kind == 2:
                cell.value = rng.randrange(-10 ** 12, 10 ** 12)
            elif kind == 3:
                cell.value = rng.uniform(-1e6, 1e6)
            elif kind == 4:
                cell.value = date(1901, 1, 1).fromordinal(rng.randrange(date(1901, 1, 1).toordinal(),
                                                                       date(2099, 1, 1).toordinal()))
            elif kind == 5:
                cell.value = datetime(2026, 1, 1, rng.randrange(24), rng.randrange(60), rng.randrange(60))
            else:
                cell.value = rng.random() < 0.5
    ws.merge_cells("B2:D3")
    path = tmp_path / "r.xlsx"
    wb.save(path)
    ours, theirs = _ours(path), _openpyxl(path, "随机")
    assert len(ours) == len(theirs) > 250
    for i, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        assert a == b, i


def test_memory_holds_a_chunk_of_rows_not_the_sheet(tmp_path: Path) -> None:
    def peak(rows: int) -> int:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("花名册")
        for i in range(rows):
            ws.append([f"居民{i}", f"44180219{i:010d}", date(1950, 1, 1), "男", i, "西湖新村3号楼501", "低保"])
        path = tmp_path / f"{rows}.xlsx"
        wb.save(path)
        book = XlsxBook(path)
        tracemalloc.start()
        try:
            n = sum(1 for _ in book.rows(book.sheets[0]))
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            book.close()
            assert n == rows
    small, large = peak(2000), peak(8000)
    assert large < small * 1.3 and large < 4 << 20, (small, large)


@pytest.mark.parametrize("rows, message", [
    ('<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>', "行号"),
    ('<row r="1"><c r="A1" t="s"><v>999</v></c></row>', "共享字符串"),
    ('<row r="1"><c r="1A"><v>1</v></c></row>', "单元格引用"),
    ('<row r="1"><c r="A1"><v>1</v></row>', "mismatched tag"),
])
def test_a_broken_sheet_is_refused_in_one_line(tmp_path: Path, rows: str, message: str) -> None:
    path = _book(tmp_path / "b.xlsx", [("花名册", "", _sheet(rows))])
    with pytest.raises(UserError) as err:
        read_tables(path)
    assert message in str(err.value) and "\n" not in str(err.value) and "b.xlsx" in str(err.value)
