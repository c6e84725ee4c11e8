"""Reading the roster sheets offices really keep (.xlsx or .csv); each row is cleaned by import_clean.

Title rows above the header, merged cells, varying column names, a totals row and blank rows are
handled here; IDs typed as numbers, full-width digits, lower-case x, dates in many forms and stray
spaces in import_clean. Nothing touches the database: `read_sheet` returns every data row with
its cleaned values and its problems, and every skipped row with the reason it was skipped.
Sizes are checked before a file is read whole, and invisible characters are taken out of every
imported cell and listed (desktop.roster.import_guard).
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from desktop.core import idcard
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.sheet_limits import check_xlsx
from desktop.roster.import_clean import NO_SPACE, FIELD_LABELS, is_blank_row, cell_text, clean_row
from desktop.roster.import_guard import Stripped, guard_cells, iter_csv, stripped_note
from desktop.roster.import_store import spill_dir
from desktop.roster.xlsx_rows import XlsxBook
from desktop.roster.xlsx_strings import XlsxError

__all__ = [
    "Column", "ImportCancelled", "Progress", "FIELD_LABELS", "ParsedSheet", "SheetRow", "SkippedRow", "SYNONYMS",
    "clean_row", "field_for_header", "open_sheet", "read_sheet", "read_tables", "SheetScan", "Table",
]

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "居民姓名", "人员姓名", "成员姓名"),
    "id_number": ("身份证号码", "身份证号", "证件号码", "公民身份号码", "身份证", "证件号", "身份证件号码",
                  "公民身份证号码"),
    "phone": ("联系电话", "手机号码", "电话", "手机", "联系方式", "电话号码", "手机号", "联系号码"),
    "phone2": ("联系电话2", "电话2", "备用电话", "其他电话", "固定电话", "座机"),
    "sex": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日"),
    "ethnicity": ("民族",),
    "address": ("住址", "地址", "家庭住址", "现住址", "居住地址", "现居住地址", "详细地址"),
    "room": ("房号", "门牌", "门牌号", "房间号", "房屋号"),
    "building": ("楼栋", "楼号", "楼栋号", "栋号", "幢号"),
    "unit": ("单元", "单元号"),
    "relation": ("与户主关系", "户主关系", "与户主的关系"),
    "residence_type": ("户籍类型", "居住类型", "人口类型", "人员性质"),
    "tags": ("标签", "人员类别", "人员类型", "特殊人群", "类别"),
    "notes": ("备注", "说明"),
}
_HEADER_TO_FIELD = {h: f for f, names in SYNONYMS.items() for h in names}
HEADER_SCAN_ROWS = 30

_TOTALS = ("合计", "总计", "小计", "共计")
_FOOTER = ("制表人", "填表人", "填报人", "审核人", "制表日期", "填表日期", "负责人", "统计人", "联系人：")
_PAREN = re.compile(r"[（(][^）)]*[）)]")
Progress = Callable[[int, int], bool]   # progress(done, total) -> False to cancel


class ImportCancelled(UserError):
    """The person cancelled the import; nothing was written (the unit of work rolls back)."""

    def __init__(self) -> None:
        super().__init__("导入已取消，没有写入任何数据")


@dataclass(frozen=True)
class Column:
    """One column of the sheet and the field it fills (None: not imported)."""

    index: int           # 0-based
    letter: str          # A, B, …
    header: str          # as written in the sheet
    field: str | None
    note: str = ""       # why a column with a known name is not used

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field or "", "（不导入）")


@dataclass(slots=True)   # one per row of a sheet of up to 200,000
class SheetRow:
    """A data row: the cells as they were and the values cleaned for the roster."""

    sheet: str
    row_number: int                   # as numbered in the sheet (1-based)
    cells: list[Any]                  # original values, one per header column
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not a person (blank, totals, repeated header, footer), and why."""

    sheet: str
    row_number: int
    reason: str
    cells: tuple[Any, ...] = ()


@dataclass
class ParsedSheet:
    path: str
    sheet: str
    header_row: int
    columns: list[Column]
    rows: Sequence[SheetRow]          # a list, or an import's rows kept on disk (desktop.roster.import_store)
    skipped: list[SkippedRow]
    other_sheets: list[str] = field(default_factory=list)   # further sheets that look like rosters
    stripped: list[Stripped] = field(default_factory=list)  # cells that lost invisible characters

    @property
    def notes(self) -> list[str]:
        """Things about the whole file the person must know (shown with the preview)."""
        out = stripped_note(self.stripped)
        if self.other_sheets:
            out.append(msg("工作簿中的工作表“{names}”也像花名册，本次只读取“{sheet}”；请把它们另存为单独的文件分别导入",
                           names=self.other_sheets, sheet=self.sheet))
        return out

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def mapping(self) -> dict[str, str | None]:
        """Sheet column ("B 身份证号") → field name (None: not imported)."""
        return {f"{c.letter} {c.header}": c.field for c in self.columns}


# --- reading cells -------------------------------------------------------------------------------

def _fill_merged(rows: Iterable[list[Any]], ranges: Iterable[tuple[int, int, int, int]]) -> Iterator[list[Any]]:
    """The rows, every cell of a merged range carrying the value of its top-left cell, one row at a time.
    Ranges are (first row, first column, last row, last column), 0-based and inclusive."""
    by_top: dict[int, list[tuple[int, int, int, int]]] = {}
    for r in ranges:
        by_top.setdefault(r[0], []).append(r)
    active: list[tuple[int, int, int, Any]] = []          # (last row, first column, last column, value)
    for i, row in enumerate(rows):
        for _, min_col, max_row, max_col in by_top.get(i, ()):
            value = row[min_col] if min_col < len(row) else None
            if value is not None:
                active.append((max_row, min_col, max_col, value))
        if active:
            active = [a for a in active if a[0] >= i]
            for _, min_col, max_col, value in active:
                if len(row) <= max_col:
                    row.extend([None] * (max_col + 1 - len(row)))
                for c in range(min_col, max_col + 1):
                    row[c] = value
        yield row


_EXACT_FLOAT = 1e15   # below this an integral float is exactly the integer typed into the cell


def _cell(value: Any) -> Any:
    """A cell as the rest of the import expects it: None for empty, whole numbers as int (a 19500305
    typed as a number is a date; an 18-digit ID typed as a number stays a float: its digits are lost)."""
    if value == "":
        return None
    if type(value) is float and value.is_integer() and -_EXACT_FLOAT < value < _EXACT_FLOAT:
        return int(value)
    return value


@dataclass
class Table:
    """One sheet, read a row at a time: `rows()` from the sheet's first row, merged cells filled in."""

    name: str
    height: int                                   # rows, counted from the sheet's first (0: not known)
    rows: Callable[[], Iterator[list[Any]]]

    def head(self, n: int = HEADER_SCAN_ROWS) -> list[list[Any]]:
        return list(islice(self.rows(), n))


@contextmanager
def _xlsx_tables(path: Path) -> Iterator[list[Table]]:
    """Visible worksheets of an .xlsx/.xlsm, each read a row at a time as its XML is unzipped
    (desktop.roster.xlsx_rows: memory holds a chunk of rows, not the sheet)."""
    check_xlsx(path)              # sizes, zip bombs and DOCTYPEs refused before any part is parsed
    try:
        book = XlsxBook(path, spill_dir())
    except XlsxError as exc:
        raise UserError(msg("无法读取表格 {name}：{exc}", name=path.name, exc=exc)) from None

    def table(sheet: Any) -> Table:
        try:
            height, merged = book.layout(sheet)
        except (XlsxError, ValueError, OSError, zipfile.BadZipFile) as exc:
            raise UserError(msg("无法读取表格 {name}：{exc}", name=path.name, exc=exc)) from None

        def cells() -> Iterator[list[Any]]:
            try:
                for r in book.rows(sheet):
                    yield [_cell(v) for v in r]
            except (XlsxError, ValueError, OSError, zipfile.BadZipFile) as exc:
                raise UserError(msg("无法读取表格 {name}：{exc}", name=path.name, exc=exc)) from None
        return Table(sheet.name, height, lambda: _fill_merged(cells(), merged))

    try:
        yield [table(sheet) for sheet in book.sheets]
    finally:
        book.close()


def _csv_lines(path: Path) -> int:
    """About how many rows a .csv has (its line ends), for the progress only."""
    with path.open("rb") as f:
        return sum(piece.count(b"\n") for piece in iter(lambda: f.read(1 << 16), b""))


@contextmanager
def open_tables(path: Path | str) -> Iterator[list[Table]]:
    """Each visible sheet of the file, its rows read as they are asked for, while the file is open."""
    path = Path(path)
    if not path.is_file():
        raise UserError(msg("找不到文件：{path}", path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        with _xlsx_tables(path) as tables:
            yield tables
        return
    if suffix == ".csv":
        yield [Table(path.stem, _csv_lines(path), lambda: iter_csv(path))]
        return
    if suffix in (".xls", ".et", ".wps"):
        raise UserError(msg("不能直接读取 {suffix} 文件：请在 Excel/WPS 中另存为 .xlsx 后再导入", suffix=suffix))
    raise UserError(msg("不支持的文件类型：{name}（应为 .xlsx 或 .csv）", name=path.name))


def read_tables(path: Path | str) -> list[tuple[str, list[list[Any]]]]:
    """(sheet name, rows of cell values) for each visible sheet; merged cells filled in."""
    with open_tables(path) as tables:
        return [(t.name, list(t.rows())) for t in tables]


# --- header ---------------------------------------------------------------------------------------

def _norm_header(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value)) if value is not None else ""
    text = _PAREN.sub("", text)
    return re.sub(r"[\s*:：]+", "", text)


def field_for_header(value: Any) -> str | None:
    """The roster field a column header names (姓名/名字 → "name"), or None."""
    return _HEADER_TO_FIELD.get(_norm_header(value))


def _header_fields(row: Sequence[Any]) -> set[str]:
    return {f for f in (field_for_header(v) for v in row) if f}


def _find_header(rows: list[list[Any]]) -> int | None:
    """0-based index of the header row: the row among the first rows naming the most fields
    (at least two, one of them the name)."""
    best, best_score = None, 1
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = _header_fields(row)
        if "name" in fields and len(fields) > best_score:
            best, best_score = i, len(fields)
    return best


def _columns(header: Sequence[Any], override: dict[int, str | None] | None) -> list[Column]:
    last = max((i for i, v in enumerate(header) if cell_text(v)), default=-1)
    used: set[str] = set()
    cols = []
    for i in range(last + 1):
        text = cell_text(header[i])
        fld = field_for_header(header[i])
        note = ""
        if override is not None and i in override:
            fld = override[i]
        if fld == "phone" and "phone" in used and "phone2" not in used:
            fld = "phone2"
        if fld and fld in used:
            note = msg("与前面的“{field}”列重复，未导入", field=FIELD_LABELS[fld])
            fld = None
        if fld:
            used.add(fld)
        cols.append(Column(i, get_column_letter(i + 1), text, fld, note))
    return cols


# --- the whole sheet ------------------------------------------------------------------------------

def _first_text(row: Sequence[Any]) -> str:
    return next((t for t in (cell_text(v) for v in row) if t), "")


def _classify(row: list[Any], cols: list[Column]) -> str | None:
    """Why a non-blank row is not a person, or None for a data row."""
    by_field = {c.field: row[c.index] if c.index < len(row) else None for c in cols if c.field}
    first = NO_SPACE.sub("", _first_text(row))
    if first.startswith(_TOTALS) and not idcard.is_valid_id(cell_text(by_field.get("id_number"))):
        return "合计行"
    if field_for_header(by_field.get("name")) == "name" and len(_header_fields(row)) >= 2:
        return "重复的表头"
    name = NO_SPACE.sub("", cell_text(by_field.get("name")))
    if first.startswith(_FOOTER) and (not name or name.startswith(_FOOTER)) \
            and not idcard.is_valid_id(cell_text(by_field.get("id_number"))):
        return "表尾说明"
    return None


@dataclass
class SheetScan:
    """A sheet's header and columns, its data rows read one at a time by `rows()` (which lists the rows
    that are not people in `skipped`, and the cells that lost invisible characters in `stripped`, as it
    goes). Valid while the file is open (`open_sheet`)."""

    path: str
    sheet: str
    header_row: int                   # 1-based
    columns: list[Column]
    table: Table
    progress: Progress | None = None
    skipped: list[SkippedRow] = field(default_factory=list)
    other_sheets: list[str] = field(default_factory=list)
    stripped: list[Stripped] = field(default_factory=list)

    def rows(self) -> Iterator[SheetRow]:
        cols, sheet, width, total = self.columns, self.sheet, len(self.columns), self.table.height
        blanks: list[int] = []
        for i, row in enumerate(islice(self.table.rows(), self.header_row, None), start=self.header_row):
            if self.progress is not None and i % 500 == 0 and self.progress(i, max(total, i)) is False:
                raise ImportCancelled()
            cells = (row + [None] * width)[:width] if len(row) < width else row[:width]
            number = i + 1
            if is_blank_row(row):
                blanks.append(number)
                continue
            self.skipped.extend(SkippedRow(sheet, n, "空行") for n in blanks)  # blank rows inside the table
            blanks = []
            reason = _classify(row, cols)
            if reason:
                self.skipped.append(SkippedRow(sheet, number, reason, tuple(cells)))
                continue
            raw, too_long, invisible, gone = guard_cells({c.field: cells[c.index] for c in cols if c.field}, number)
            values, errors, warnings = clean_row(raw)
            self.stripped += gone
            yield SheetRow(sheet, number, list(cells), values, too_long + errors, invisible + warnings)


@contextmanager
def open_sheet(path: Path | str, *, override: dict[int, str | None] | None = None,
               progress: Progress | None = None) -> Iterator[SheetScan]:
    """The first sheet that has a roster header (a 姓名 column and one more known column), its rows to be
    read by `rows()` while the file is open; other sheets with a roster header and rows are named in
    `other_sheets` (never skipped silently).

    `override` maps a 0-based column index to a field name (or None to leave it out),
    replacing what the header says. `progress(rows read, rows)` returning False cancels.
    """
    with open_tables(path) as tables:
        found = [(t, head, i) for t in tables if (i := _find_header(head := t.head())) is not None]
        if not found:
            raise UserError(msg("在 {name} 的前{header_scan_rows}行中找不到表头：需要“姓名”列和至少一个其他可识别的列（如身份证号码、联系电话、住址）",
                                name=Path(path).name, header_scan_rows=HEADER_SCAN_ROWS))
        table, head, header_index = found[0]
        scan = SheetScan(str(path), table.name, header_index + 1, _columns(head[header_index], override), table,
                         progress)
        scan.other_sheets = [t.name for t, _, i in found[1:] if t.height > i + 1]
        yield scan


def read_sheet(path: Path | str, *, override: dict[int, str | None] | None = None,
               progress: Progress | None = None) -> ParsedSheet:
    """`open_sheet`, every data row read into a list (a small sheet, or a test)."""
    with open_sheet(path, override=override, progress=progress) as scan:
        rows = list(scan.rows())
        return ParsedSheet(scan.path, scan.sheet, scan.header_row, scan.columns, rows, scan.skipped,
                           other_sheets=scan.other_sheets, stripped=scan.stripped)
