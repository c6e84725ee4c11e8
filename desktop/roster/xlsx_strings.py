"""The shared strings of an .xlsx (every distinct text of a sheet Excel saved, by number) and the
expat parsing the import's reader (desktop.roster.xlsx_rows) does a chunk at a time.

The strings are kept in a list while they are few and in a temporary SQLite file in the data folder's
`tmp` (private to the account, like the import's rows) when there are many, so a sheet of 200,000
different names and ID numbers does not hold them all in memory.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from desktop.core.messages import msg

KEEP_STRINGS = 50_000          # shared strings kept in a list; more go to a file
CHUNK = 1 << 18              # bytes of XML parsed at once (~800 rows of a roster)
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


class XlsxError(Exception):
    """The file is not a workbook this reader can read (the caller says so in one line)."""


_MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main")
_SEP = "\x01"
ROW, CELL, VALUE, INLINE, TEXT, PHONETIC, SI = range(7)
CODES = {f"{ns}{_SEP}{local}": code for ns in _MAIN_NS for local, code in (
    ("row", ROW), ("c", CELL), ("v", VALUE), ("is", INLINE), ("t", TEXT), ("rPh", PHONETIC), ("si", SI))}


def unescape(text: str) -> str:
    """A text as typed: OOXML writes a control character as _xHHHH_ (and an underscore that would read
    as one as _x005F_)."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def make_parser() -> Any:
    parser = expat.ParserCreate(namespace_separator=_SEP)
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def feed(parser: Any, stream: IO[bytes], out: list[Any]) -> Iterator[Any]:
    """Parse `stream` a chunk at a time; after each chunk, yield what the handlers put in `out`."""
    try:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            if out:
                yield from out
                out.clear()
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise XlsxError(msg("XML 格式错误：{error}（第 {line} 行）", error=expat.ErrorString(exc.code), line=exc.lineno)) from None
    yield from out
    out.clear()


class SharedStrings:
    """The workbook's shared strings by index: a list while there are few, then a file in `folder`."""

    def __init__(self, folder: Path | None, keep: int = KEEP_STRINGS) -> None:
        self.folder, self.keep = folder, keep
        self._list: list[str] = []
        self._db: sqlite3.Connection | None = None
        self._path: Path | None = None
        self._count = 0
        self._cache: dict[int, str] = {}

    def __len__(self) -> int:
        return self._count

    def add_all(self, texts: Iterator[str]) -> None:
        for text in texts:
            self._list.append(text)
            self._count += 1
            if len(self._list) >= self.keep:
                self._spill()
        if self._db is not None:
            self._spill()

    def _spill(self) -> None:
        if self._db is None:
            handle, name = tempfile.mkstemp(prefix="import-strings-", suffix=".db", dir=self.folder)
            os.close(handle)
            self._path = Path(name)
            self._db = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-4096"):
                self._db.execute(f"PRAGMA {pragma}")
            self._db.execute("CREATE TABLE s (i INTEGER PRIMARY KEY, t TEXT NOT NULL)")
        start = self._count - len(self._list)
        self._db.execute("BEGIN")
        self._db.executemany("INSERT INTO s VALUES (?, ?)", enumerate(self._list, start))
        self._db.execute("COMMIT")
        self._list = []

    @property
    def spilled(self) -> bool:
        return self._db is not None

    def get(self, i: int) -> str:
        if not 0 <= i < self._count:
            raise XlsxError(msg("共享字符串编号无效：{number}", number=i))
        if self._db is None:
            return self._list[i]
        text = self._cache.get(i)
        if text is None:
            got = self._db.execute("SELECT t FROM s WHERE i = ?", (i,)).fetchone()
            text = got[0]
            if len(self._cache) >= 4096:
                self._cache.clear()
            self._cache[i] = text
        return text

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._path is not None:
            self._path.unlink(missing_ok=True)
            self._path = None


def read_shared(stream: IO[bytes]) -> Iterator[str]:
    """The sharedStrings part's texts in order: each <si>'s text: its own <t>, or its runs' <t> joined; phonetic guides (<rPh>) left out."""
    out: list[str] = []
    buf: list[str] = []
    state = {"si": False, "t": False, "ph": False}

    def start(name: str, _attrs: dict[str, str]) -> None:
        code = CODES.get(name)
        if code == SI:
            state["si"] = True
            buf.clear()
        elif code == TEXT:
            state["t"] = state["si"] and not state["ph"]
        elif code == PHONETIC:
            state["ph"] = True

    def end(name: str) -> None:
        code = CODES.get(name)
        if code == SI:
            state["si"] = False
            out.append(unescape("".join(buf)))
        elif code == TEXT:
            state["t"] = False
        elif code == PHONETIC:
            state["ph"] = False

    def data(text: str) -> None:
        if state["t"]:
            buf.append(text)

    parser = make_parser()
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
    yield from feed(parser, stream, out)
