"""Sizes checked before a spreadsheet is read whole: a hostile or broken .xlsx is refused with one line,
quickly, instead of taking the program down or the afternoon.

An .xlsx is a zip of XML parts. A reader may hold a sheet's whole used area in memory — rows ×
columns, however few cells hold anything — and copy a shared string into every cell that uses it
(the import's own reader holds a chunk of rows: desktop.roster.xlsx_rows). So a 4.8 KB file with
one cell at XFD1048576 asks for 512 GiB, and a 400 KB file with one 400 MB string used twice fills
the disk. `check_xlsx` streams every part once, without keeping it, and refuses:

- a file over `file_bytes`, a zip that is not one (or holds too many parts), parts declared or found
  larger than `part_bytes` / `total_bytes` uncompressed (zip bombs);
- a declared <dimension> beyond `rows` × `columns`, and, whatever is declared, a cell holding a value
  beyond them or a used area over `cells`;
- one text over `cell_chars` (Excel's own limit), and all the text the cells would hold — each shared
  string counted every time a cell uses it — over `text_chars`;
- a DOCTYPE (no workbook has one; entity tricks need one) and XML that is not well-formed.

Plain stdlib (zipfile, expat): nothing here imports Qt, SQLAlchemy or the reader.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from desktop.core.errors import UserError
from desktop.core.messages import msg

MiB = 1 << 20
_CHUNK = 1 << 16
_MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main")
_SEP = "\x01"                                   # namespace separator handed to expat
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


@dataclass(frozen=True)
class SheetLimits:
    file_bytes: int = 100 * MiB        # the file on disk (an office's 10,000-row roster is about 1 MB)
    parts: int = 5_000                 # parts in the zip
    part_bytes: int = 256 * MiB        # one part, uncompressed
    total_bytes: int = 512 * MiB       # all parts, uncompressed
    rows: int = 200_000
    columns: int = 200
    cells: int = 4_000_000             # rows × columns of a sheet's used area, which the reader holds
    cell_chars: int = 32_767           # one cell's text (Excel's own limit)
    text_chars: int = 50_000_000       # all cells' text, a shared string counted at every use


LIMITS = SheetLimits()


class SheetTooLarge(UserError):
    """A spreadsheet refused before reading (the message names the file and the limit)."""


def column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


class _Refused(Exception):
    pass


def _no_doctype(*_: Any) -> None:
    raise _Refused("文件含有工作簿不应有的 DOCTYPE 声明")


class _PartScan:
    """Expat handlers for one XML part: sheet cells (<row>, <c>, <v>, <is>) and shared strings (<si>)."""

    def __init__(self, limits: SheetLimits, uses: Counter[int], shared: list[int]) -> None:
        self.limits = limits
        self.uses = uses                 # shared-string index → cells using it (all sheets)
        self.shared = shared             # length of each shared string, in order (the sst part)
        self.row = self.col = 0          # position of the current row / cell
        self.max_row = self.max_col = 0  # furthest cell holding a value
        self.cell_type = ""
        self.inline_chars = 0            # text held by inline-string cells (counted here, not shared)
        self._digits: list[str] = []     # a shared-string cell's <v>: the string's index
        self._chars = 0                  # length of the text being counted (never kept)
        self._capture = ""               # "index", "inline", "si" or "" (nothing captured)
        self._handlers: dict[str, Any] = {}          # element name → its handler (None: not ours)
        self._columns: dict[str, int] = {}           # column letters → number
        self.parser = expat.ParserCreate(namespace_separator=_SEP)
        self.parser.buffer_text = True
        self.parser.StartElementHandler = self._start
        self.parser.StartDoctypeDeclHandler = _no_doctype
        self.parser.EntityDeclHandler = _no_doctype

    def feed(self, data: bytes, final: bool = False) -> None:
        self.parser.Parse(data, final)
        if final:
            self._close()

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        try:
            handler = self._handlers[name]
        except KeyError:
            ns, _, local = name.rpartition(_SEP)
            handler = getattr(self, "_on_" + local, None) if ns in _MAIN_NS else None
            self._handlers[name] = handler
        if handler is not None:
            handler(attrs)

    def _on_row(self, attrs: dict[str, str]) -> None:
        if self._capture:
            self._close()
        r = attrs.get("r")
        self.row = int(r) if r and r.isdigit() else self.row + 1
        self.col = 0

    def _on_c(self, attrs: dict[str, str]) -> None:
        if self._capture:
            self._close()
        ref = attrs.get("r")
        if ref:
            letters = ref.rstrip("0123456789")
            digits = ref[len(letters):]
            col = self._columns.get(letters)
            if col is None:
                col = column_number(letters) if letters.isascii() and letters.isalpha() else 0
                self._columns[letters] = col
            if col and digits:
                self.col, self.row = col, int(digits)
            else:
                self.col += 1
        else:
            self.col += 1
        self.cell_type = attrs.get("t", "n")

    def _on_v(self, attrs: dict[str, str]) -> None:
        if self.row > self.max_row or self.col > self.max_col:
            self._value()
        if self.cell_type == "s":
            self._start_capture("index")
        elif self.cell_type == "str":
            self._start_capture("inline")

    def _on_is(self, attrs: dict[str, str]) -> None:
        if self.row > self.max_row or self.col > self.max_col:
            self._value()
        self._start_capture("inline")

    def _on_si(self, attrs: dict[str, str]) -> None:
        if self._capture:
            self._close()
        self._start_capture("si")

    def _on_dimension(self, attrs: dict[str, str]) -> None:
        self._dimension(attrs.get("ref", ""))

    def _start_capture(self, what: str) -> None:
        self._capture = what
        self._chars = 0
        self.parser.CharacterDataHandler = self._digits.append if what == "index" else self._count

    def _count(self, text: str) -> None:
        self._chars += len(text)
        if self._chars > self.limits.cell_chars:
            raise _Refused(msg("有单元格的文字超过 {cell_chars} 个字（Excel 的上限）", cell_chars=self.limits.cell_chars))

    def _close(self) -> None:
        """End of the text being captured (a cell or shared string closes when the next one starts)."""
        if not self._capture:
            return
        self.parser.CharacterDataHandler = None
        what, self._capture = self._capture, ""
        if what == "index":
            text = "".join(self._digits).strip()
            self._digits.clear()
            if text.isdigit():
                self.uses[int(text)] += 1
        elif what == "si":
            self.shared.append(self._chars)
        else:
            self.inline_chars += self._chars

    def _value(self) -> None:
        """The current cell, which holds a value, lies beyond the used area so far: widen it."""
        lim = self.limits
        if self.row > self.max_row:
            self.max_row = self.row
            if self.row > lim.rows:
                raise _Refused(msg("有数据的行超过 {rows} 行（第 {row} 行）", rows=lim.rows, row=self.row))
        if self.col > self.max_col:
            self.max_col = self.col
            if self.col > lim.columns:
                raise _Refused(msg("有数据的列超过 {columns} 列（第 {row} 行 {column_letters} 列）",
                                   columns=lim.columns, row=self.row, column_letters=column_letters(self.col)))
        if self.max_row * self.max_col > lim.cells:
            raise _Refused(msg("数据区域 {max_row} 行 × {max_col} 列超过 {cells} 个单元格",
                               max_row=self.max_row, max_col=self.max_col, cells=lim.cells))

    def _dimension(self, ref: str) -> None:
        lim = self.limits
        last = ref.rpartition(":")[2]
        m = _REF.fullmatch(last)
        if not m:
            return
        rows, cols = int(m.group(2)), column_number(m.group(1))
        if rows > lim.rows or cols > lim.columns or rows * cols > lim.cells:
            raise _Refused(msg("工作表声明的范围 {ref} 超过上限（最多 {rows} 行、{columns} 列、{cells} 个单元格）",
                               ref=ref, rows=lim.rows, columns=lim.columns, cells=lim.cells))


def _targets(z: zipfile.ZipFile) -> set[str]:
    """Parts the workbook's relationships point at (worksheets, shared strings …), as lower-case zip
    names: whatever they are called, the reader may open them, so they are scanned as XML. The workbook
    is the one _rels/.rels names and the usual xl/workbook.xml too (a file could name two)."""
    names = {n.lower(): n for n in z.namelist()}
    workbooks = {"xl/workbook.xml"}
    found: set[str] = set()

    def relations(source: str) -> list[tuple[str, str]]:
        folder, base = posixpath.split(source)
        rels = names.get(posixpath.join(folder, "_rels", base + ".rels").lower())
        if rels is None:
            return []
        if z.getinfo(rels).file_size > MiB:
            raise _Refused(msg("关系部件 {rels} 过大", rels=rels))
        out: list[tuple[str, str]] = []
        parser = expat.ParserCreate()
        parser.StartDoctypeDeclHandler = _no_doctype

        def start(_name: str, attrs: dict[str, str]) -> None:
            target = attrs.get("Target")
            if target and attrs.get("TargetMode") != "External":
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                out.append((attrs.get("Type", ""), posixpath.normpath(path).lower()))
        parser.StartElementHandler = start
        parser.Parse(z.read(rels), True)
        return out

    workbooks.update(path for kind, path in relations("") if kind.endswith("/officeDocument"))
    for workbook in workbooks:
        found.update(path for _kind, path in relations(workbook))
    return found


def check_xlsx(path: Path | str, limits: SheetLimits = LIMITS) -> None:
    """Refuse (SheetTooLarge, one line) an .xlsx that is too large or malformed to read safely."""
    path = Path(path)
    try:
        _check(path, limits)
    except _Refused as exc:
        raise SheetTooLarge(msg("不能导入 {name}：{exc}；请检查文件，删去多余的行列或分成几个文件后再导入",
                                name=path.name, exc=exc)) from None
    except expat.ExpatError as exc:
        raise SheetTooLarge(msg("不能导入 {name}：文件内容有误（{problem}）；请在 Excel/WPS 中打开后另存为 .xlsx",
                                name=path.name, problem=expat.ErrorString(exc.code))) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, KeyError) as exc:
        raise SheetTooLarge(msg("不能导入 {name}：不是有效的 .xlsx 文件（{exc}）；如设有打开密码请先取消，或在 Excel/WPS 中另存为 .xlsx",
                                name=path.name, exc=exc)) from None


def _check(path: Path, limits: SheetLimits) -> None:
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise _Refused(msg("文件有 {mb} MB，超过上限 {limit_mb} MB",
                           mb=size // MiB, limit_mb=limits.file_bytes // MiB))
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        if len(infos) > limits.parts:
            raise _Refused(msg("文件内含 {count} 个部件，超过上限 {parts} 个", count=len(infos), parts=limits.parts))
        largest = max((i.file_size for i in infos), default=0)
        if largest > limits.part_bytes:
            raise _Refused(msg("其中一个部件解压后有 {mb} MB，超过上限 {limit_mb} MB（可能是构造的“压缩炸弹”）",
                               mb=largest // MiB, limit_mb=limits.part_bytes // MiB))
        declared = sum(i.file_size for i in infos)
        if declared > limits.total_bytes:
            raise _Refused(msg("解压后有 {mb} MB，超过上限 {limit_mb} MB（可能是构造的“压缩炸弹”）",
                               mb=declared // MiB, limit_mb=limits.total_bytes // MiB))
        targets = _targets(z)
        uses: Counter[int] = Counter()
        shared: list[int] = []
        inline = 0
        for info in infos:
            if info.is_dir():
                continue
            strict = info.filename.endswith((".xml", ".rels")) or info.filename.lower() in targets
            scan = _PartScan(limits, uses, shared) if strict else None
            with z.open(info) as fh:
                read = 0
                while chunk := fh.read(_CHUNK):
                    read += len(chunk)
                    if read > limits.part_bytes:
                        raise _Refused(msg("解压后超过 {mb} MB（可能是构造的“压缩炸弹”）", mb=limits.part_bytes // MiB))
                    if scan is not None:
                        _feed(scan, info.filename, chunk)
            if scan is not None:
                _feed(scan, info.filename, b"", final=True)
                inline += scan.inline_chars
    total = inline + sum(n * shared[i] for i, n in uses.items() if i < len(shared))
    if total > limits.text_chars:
        raise _Refused(msg("各单元格的文字合计超过 {limit} 万字（共用的文字按每次使用计）", limit=limits.text_chars // 10000))


def _feed(scan: _PartScan, name: str, data: bytes, final: bool = False) -> None:
    try:
        scan.feed(data, final)
    except expat.ExpatError as exc:
        raise _Refused(msg("文件内容有误（{name}：{problem}）",
                           name=name, problem=expat.ErrorString(exc.code))) from None
