"""An .xlsx's worksheets read a row at a time, in memory that holds a row, not the sheet.

A compiled reader held a sheet's whole area while it is read (200,000 rows: ~130 MiB more, ~210 MiB at
its peak); this one parses the sheet's XML as it is unzipped (ElementTree's C parser), each row made
Python values and dropped before the next. The workbook's shared strings (every distinct text of a
sheet Excel saved) are kept in a list while they are few and in a temporary SQLite file in the data
folder's `tmp` beside the import's rows when there are many. Merged ranges and the sheet's height come
from a first pass over the bytes (they follow the rows in the file).

Values as the import expects them: numbers as floats (whole ones made int by the caller), cells with
a date format as a date (a datetime when it has a time of day), booleans, texts (rich-text runs joined,
phonetic guides left out), None for an empty cell or an error (#N/A…), a formula's value as last
saved. Only what is needed for a roster: no styles, no hidden sheets, no charts.

The file is checked first (desktop.core.sheet_limits.check_xlsx: sizes, zip bombs, DOCTYPE): the
parser is never given a part that check refused.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import XML, Element, ParseError
from xml.parsers import expat

from desktop.core.messages import msg
from desktop.roster.xlsx_strings import (
    CELL, CHUNK, CODES, INLINE, KEEP_STRINGS, PHONETIC, ROW, TEXT, VALUE, SharedStrings, XlsxError, feed,
    make_parser, read_shared, unescape,
)

_TAIL_BYTES = 32 * (1 << 20)   # what follows the rows (merged ranges, page set-up) is read whole up to this
_STATE_HIDDEN = ("hidden", "veryHidden")
_DATE_IDS = frozenset((*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)))
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_DATE_PART = re.compile(r"[dmyhs]", re.IGNORECASE)
_REF = re.compile(r"([A-Za-z]{1,3})([0-9]+)")
_END_ROWS = re.compile(rb"</(?:[\w.-]+:)?sheetData\s*>")
_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*([\"'])([^\"']+)\1")
_ROW_TAG = re.compile(rb"<(?:[\w.-]+:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb"\sr\s*=\s*[\"'](\d+)[\"']")


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _attr(el: Element, name: str) -> str | None:
    """An attribute by its local name, whatever its namespace (r:id in either of the two OOXML ones)."""
    for key, value in el.attrib.items():
        if _local(key) == name:
            return value
    return None


def column_index(letters: str) -> int:
    """0-based column of `letters` (A → 0, AA → 26)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _ref(text: str) -> tuple[int, int]:
    """(row, column), 0-based, of a cell reference such as "B3"."""
    m = _REF.fullmatch(text.replace("$", ""))
    if m is None:
        raise XlsxError(msg("单元格引用无效：{ref}", ref=text[:20]))
    return int(m.group(2)) - 1, column_index(m.group(1))


def is_date_format(code: str) -> bool:
    """Does a number format show a date or a time (yyyy年m月d日, m/d/yy h:mm)? Quoted text, [colours] and
    escaped characters are not looked at."""
    return bool(_DATE_PART.search(_QUOTED.sub("", code))) and code.strip().lower() != "general"


def serial_date(value: float, epoch1904: bool) -> date | datetime:
    """A spreadsheet's day number as a date (a datetime when it has a time of day, to the millisecond)."""
    if epoch1904:
        base = datetime(1904, 1, 1)
    else:
        base = datetime(1899, 12, 30) if value >= 60 else datetime(1899, 12, 31)   # Excel's 29 Feb 1900
    moment = base + timedelta(milliseconds=round(value * 86_400_000))
    return moment.date() if moment.time() == datetime.min.time() else moment


@dataclass(frozen=True)
class SheetPart:
    name: str
    part: str                         # the worksheet's path inside the zip


class XlsxBook:
    """An open .xlsx: its visible worksheets, each read a row at a time by `rows(sheet)`."""

    def __init__(self, path: Path | str, spill: Path | None = None, keep: int = KEEP_STRINGS) -> None:
        try:
            self.zip = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile, ValueError) as exc:
            raise XlsxError(str(exc)) from None
        self.strings = SharedStrings(spill, keep)
        try:
            self._read_book()
        except (KeyError, ValueError, zipfile.BadZipFile, ParseError, OSError, expat.ExpatError) as exc:
            self.close()
            raise XlsxError(str(exc)) from None
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self.strings.close()
        self.zip.close()

    # -- the workbook's parts --------------------------------------------------------------------
    def _root(self, part: str) -> Element:
        """A small part (the workbook, its relationships, the styles) parsed whole."""
        return XML(self.zip.read(part))

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type's last word, target part) of `part`."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        if rels not in self.zip.NameToInfo:
            return {}
        out = {}
        for el in self._root(rels):
            target = el.get("Target") or ""
            if el.get("TargetMode") == "External":
                continue
            full = target.lstrip("/") if target.startswith("/") \
                else posixpath.normpath(posixpath.join(folder, target))
            out[el.get("Id") or ""] = ((el.get("Type") or "").rpartition("/")[2], full)
        return out

    def _read_book(self) -> None:
        main = next((t for kind, t in self._rels("").values() if kind == "officeDocument"), "xl/workbook.xml")
        rels = self._rels(main)
        book = self._root(main)
        self.epoch1904 = False
        self.sheets: list[SheetPart] = []
        for el in book.iter():
            name = _local(el.tag)
            if name == "workbookPr":
                self.epoch1904 = (el.get("date1904") or "").lower() in ("1", "true")
            elif name == "sheet" and el.get("state") not in _STATE_HIDDEN:
                kind, part = rels.get(_attr(el, "id") or "", ("", ""))
                if kind == "worksheet" and part in self.zip.NameToInfo:
                    self.sheets.append(SheetPart(el.get("name") or "", part))
        self.date_styles = self._date_styles(next((t for k, t in rels.values() if k == "styles"), ""))
        strings = next((t for k, t in rels.values() if k == "sharedStrings"), "")
        if strings in self.zip.NameToInfo:
            with self.zip.open(strings) as f:
                self.strings.add_all(read_shared(f))

    def _date_styles(self, part: str) -> frozenset[int]:
        """The cell styles (s="…") whose number format shows a date."""
        if part not in self.zip.NameToInfo:
            return frozenset()
        root = self._root(part)
        formats: dict[int, str] = {}
        styles: list[int] = []
        for el in root:
            if _local(el.tag) == "numFmts":
                for f in el:
                    formats[int(f.get("numFmtId") or -1)] = f.get("formatCode") or ""
            elif _local(el.tag) == "cellXfs":
                styles = [int(xf.get("numFmtId") or 0) for xf in el if _local(xf.tag) == "xf"]
        return frozenset(i for i, fmt in enumerate(styles)
                         if (is_date_format(formats[fmt]) if fmt in formats else fmt in _DATE_IDS))

    # -- a sheet -------------------------------------------------------------------------------------
    def layout(self, sheet: SheetPart) -> tuple[int, list[tuple[int, int, int, int]]]:
        """(rows: the number of the sheet's last row, merged ranges as (first row, first column, last row,
        last column), 0-based), from one pass over the sheet's bytes: they follow the rows in the file."""
        height, tail, after = 0, b"", bytearray()
        with self.zip.open(sheet.part) as f:
            while chunk := f.read(CHUNK):
                if after:
                    after += chunk
                    if len(after) > _TAIL_BYTES:
                        break
                    continue
                data = tail + chunk
                end = _END_ROWS.search(data)
                if end:
                    scan, tail, after = data[:end.start()], b"", bytearray(data[end.end():] or b" ")
                else:
                    cut = data.rfind(b"<")                   # a tag the chunk cuts is looked at with the next
                    scan, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
                for m in _ROW_TAG.finditer(scan):
                    n = _ROW_NUMBER.search(m.group(1))
                    height = int(n.group(1)) if n else height + 1
        merged = []
        for m in _MERGE.finditer(bytes(after)):
            first, _, last = m.group(2).decode("ascii", "replace").partition(":")
            (r0, c0), (r1, c1) = _ref(first), _ref(last or first)
            merged.append((min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)))
        return height, merged

    def cell_value(self, kind: str, style: str, v: str | None) -> Any:
        """A cell's value from its type (t="…"), its style (s="…") and the text of its <v> or <is>."""
        if v is None or v == "":
            return None
        if kind == "n":
            number = float(v)
            if style and int(style) in self.date_styles and 0 <= number < 2_958_466:   # up to 9999-12-31
                return serial_date(number, self.epoch1904)
            return number
        if kind == "s":
            return self.strings.get(int(v))
        if kind in ("inlineStr", "str"):
            return unescape(v)
        if kind == "b":
            return v.strip() in ("1", "true")
        if kind == "d":
            try:
                moment = datetime.fromisoformat(v.strip().rstrip("Z"))
            except ValueError:
                return v
            return moment.date() if moment.time() == datetime.min.time() else moment
        return None                                   # "e": an error (#N/A, #DIV/0!…) holds nothing

    def rows(self, sheet: SheetPart) -> Iterator[list[Any]]:
        """The sheet's rows from its first (row 1), each a list of values from column A; a row the file
        skips comes as []. Parsed a chunk of the file at a time: memory holds that chunk's rows."""
        reader = _SheetReader(self)
        with self.zip.open(sheet.part) as f:
            yield from feed(reader.parser, f, reader.out)


class _SheetReader:
    """expat's handlers for a worksheet: each finished row goes to `out` (with [] for rows skipped)."""

    def __init__(self, book: XlsxBook) -> None:
        self.book = book
        self.out: list[Any] = []
        self.next_row = 0
        self.row: list[Any] = []
        self.col = -1
        self.kind, self.style = "n", ""
        self.buf: list[str] = []
        self.value: str | None = None
        self.collect = self.inline = self.phonetic = False
        p = self.parser = make_parser()
        p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = self.start, self.end, self.data

    def start(self, name: str, attrs: dict[str, str]) -> None:
        code = CODES.get(name)
        if code == CELL:
            ref = attrs.get("r")
            self.col = _column(ref) if ref else self.col + 1
            self.kind, self.style = attrs.get("t", "n"), attrs.get("s", "")
            self.value = None
            self.buf = []
        elif code == VALUE:
            self.collect = True
            self.buf = []
        elif code == TEXT:
            self.collect = self.inline and not self.phonetic
        elif code == INLINE:
            self.inline = True
            self.buf = []
        elif code == PHONETIC:
            self.phonetic = True
        elif code == ROW:
            r = attrs.get("r")
            number = int(r) - 1 if r else self.next_row
            if number < self.next_row:
                raise XlsxError(msg("行号重复或倒序：{row}", row=number + 1))
            self.out.extend([] for _ in range(number - self.next_row))
            self.next_row = number + 1
            self.row = []
            self.col = -1

    def end(self, name: str) -> None:
        code = CODES.get(name)
        if code == CELL:
            value = self.book.cell_value(self.kind, self.style, self.value)
            if value is not None:
                row, col = self.row, self.col
                if col >= len(row):
                    row.extend([None] * (col + 1 - len(row)))
                row[col] = value
        elif code == VALUE:
            self.collect = False
            self.value = "".join(self.buf)
        elif code == TEXT:
            self.collect = False
        elif code == INLINE:
            self.inline = False
            self.value = "".join(self.buf)
        elif code == PHONETIC:
            self.phonetic = False
        elif code == ROW:
            self.out.append(self.row)
            self.row = []

    def data(self, text: str) -> None:
        if self.collect:
            self.buf.append(text)


_COLUMNS: dict[str, int] = {}


def _column(ref: str) -> int:
    """0-based column of a cell reference such as "B3" (its letters' column remembered)."""
    letters = ref.rstrip("0123456789$").lstrip("$")
    col = _COLUMNS.get(letters)
    if col is None:
        if not letters.isascii() or not letters.isalpha() or len(letters) > 3:
            raise XlsxError(msg("单元格引用无效：{ref}", ref=ref[:20]))
        col = column_index(letters)
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = col
    return col
