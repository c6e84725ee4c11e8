"""Fonts for printing, and the glyph rule: no character ever prints as a silent blank box.

The primary font is registered as "LinliSans"; characters it lacks (CJK Ext-A/B names such
as 䶮 or 𠮷, pinyin vowels WenQuanYi draws empty) are set in the first fallback font that
has them. A character no font has is printed as the placeholder 〓 and recorded, so the
caller can tell the person which names need writing in by hand.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.core.errors import UserError

PRIMARY = "LinliSans"
PLACEHOLDER = "〓"  # traditional printer's mark for a missing character
# Invisible by nature: dropped, never reported (variation selectors, zero-width joiners, BOM…).
_IGNORABLE = frozenset(
    [0x00AD, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070), 0xFEFF,
     *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]
)
_LAYOUT = {"\n", "\r", "\t"}


class UnprintableText(UserError, ValueError):
    """Text holds characters that no registered font can print."""

    def __init__(self, text: str, chars: set[str]) -> None:
        shown = "、".join(f"{c}（U+{ord(c):04X}）" for c in sorted(chars))
        super().__init__(f"无法打印的字：{shown}")
        self.text = text
        self.chars = chars


@dataclass(frozen=True)
class _Candidate:
    name: str  # ReportLab name when used as a fallback
    paths: tuple[Path, ...]
    subfont_index: int = 0


@dataclass(frozen=True)
class LoadedFont:
    name: str
    path: Path
    subfont_index: int
    codepoints: frozenset[int] = field(repr=False)

    def has(self, ch: str) -> bool:
        return ord(ch) in self.codepoints


@dataclass(frozen=True)
class FontSet:
    primary: LoadedFont
    fallbacks: tuple[LoadedFont, ...]

    @property
    def fonts(self) -> tuple[LoadedFont, ...]:
        return (self.primary, *self.fallbacks)

    def font_for(self, ch: str) -> str | None:
        """Name of the first font that draws `ch`, or None when none does."""
        for font in self.fonts:
            if font.has(ch):
                return font.name
        return None


@dataclass
class PrintReport:
    """What a print run could not print; `unprintable` lists the affected texts (names)."""

    pages: int = 0
    unprintable: list[str] = field(default_factory=list)
    missing_chars: set[str] = field(default_factory=set)

    def note(self, text: str, chars: set[str]) -> None:
        if text not in self.unprintable:
            self.unprintable.append(text)
        self.missing_chars |= chars


_recorder: ContextVar[PrintReport | None] = ContextVar("linli_print_recorder", default=None)


@contextmanager
def recording(report: PrintReport) -> Iterator[PrintReport]:
    """While active, markup() notes unprintable texts in `report`."""
    token = _recorder.set(report)
    try:
        yield report
    finally:
        _recorder.reset(token)


def shipped_fonts_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


_SHIPPED = ("wqy-microhei/wqy-microhei.ttc", "hanazono/HanaMinA.ttf", "hanazono/HanaMinB.ttf")


def shipped_font_paths() -> list[Path]:
    """The font files shipped under resources/fonts (for the Qt side to load too)."""
    base = shipped_fonts_dir()
    return [base / rel for rel in _SHIPPED if (base / rel).is_file()]


def _candidates() -> list[_Candidate]:
    """In order of preference; the first that loads becomes the primary."""
    shipped = shipped_fonts_dir()
    system = os.environ.get("LINLI_PRINT_FONTS", "").lower() != "bundled"
    win = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    deb = Path("/usr/share/fonts/truetype")
    out: list[_Candidate] = []
    if system and sys.platform == "win32":
        out.append(_Candidate("LinliYaHei", (win / "msyh.ttc",)))
    sys_paths = system and sys.platform != "win32"
    wqy = (deb / "wqy/wqy-microhei.ttc", Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"))
    out.append(_Candidate("LinliWqy", (*(wqy if sys_paths else ()), shipped / _SHIPPED[0])))
    if system and sys.platform == "win32":
        out += [_Candidate("LinliSimSun", (win / "simsun.ttc",)),
                _Candidate("LinliSimSunExtB", (win / "simsunb.ttf",))]
    for key, rel in (("A", _SHIPPED[1]), ("B", _SHIPPED[2])):
        local = (deb / f"hanazono/HanaMin{key}.ttf",) if sys_paths else ()
        out.append(_Candidate(f"LinliHanaMin{key}", (*local, shipped / rel)))
    return out


def _drawn_codepoints(font: TTFont) -> frozenset[int]:
    """Code points whose glyph has an outline (or is whitespace): empty glyphs print blank."""
    face = font.face
    pos = face.glyphPos
    drawn = set()
    for cp, glyph in face.charToGlyph.items():
        if glyph == 0:
            continue
        if pos[glyph + 1] > pos[glyph] or unicodedata.category(chr(cp)) == "Zs":
            drawn.add(cp)
    return frozenset(drawn)


def _load(name: str, cand: _Candidate) -> LoadedFont | None:
    for path in cand.paths:
        if not path.is_file():
            continue
        try:
            font = TTFont(name, str(path), subfontIndex=cand.subfont_index)
        except (TTFError, OSError, ValueError):
            continue
        pdfmetrics.registerFont(font)
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, name)  # no bold/italic faces: <b>/<i> fall back to regular
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, name)
        return LoadedFont(name, path, cand.subfont_index, _drawn_codepoints(font))
    return None


_lock = threading.Lock()
_fontset: FontSet | None = None


def register_fonts() -> FontSet:
    """Register the primary ("LinliSans") and fallback fonts with ReportLab, once."""
    global _fontset
    with _lock:
        if _fontset is None:
            _patch_tounicode()
            loaded: list[LoadedFont] = []
            for cand in _candidates():
                font = _load(PRIMARY if not loaded else cand.name, cand)
                if font is not None:
                    loaded.append(font)
            if not loaded:
                raise UserError("找不到可用于打印的中文字体（resources/fonts 缺失）。")
            _fontset = FontSet(loaded[0], tuple(loaded[1:]))
        return _fontset


def _printable(ch: str) -> bool:
    return ch not in _LAYOUT and ord(ch) not in _IGNORABLE


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` that no registered font can draw."""
    fs = register_fonts()
    return {ch for ch in set(text) if _printable(ch) and fs.font_for(ch) is None}


def check_printable(text: str) -> None:
    missing = missing_glyphs(text)
    if missing:
        raise UnprintableText(text, missing)


def text_runs(text: str) -> list[tuple[str, str]]:
    """Split one line of text into (font name, chars) runs; unprintable chars become 〓."""
    fs = register_fonts()
    runs: list[tuple[str, str]] = []
    missing: set[str] = set()
    for ch in text:
        if ch == "\t":
            ch = " "
        if not _printable(ch):
            continue
        font = fs.font_for(ch)
        if font is None:
            missing.add(ch)
            ch, font = PLACEHOLDER, PRIMARY
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    report = _recorder.get()
    if missing and report is not None:
        report.note(text, missing)
    return runs


def text_width(text: str, size: float) -> float:
    """Printed width of one line of `text` in points, fallback fonts included."""
    width: float = sum(pdfmetrics.stringWidth(chars, font, size) for font, chars in text_runs(text))
    return width


def markup(text: str) -> str:
    """Paragraph markup for plain `text`: XML-escaped, fallback fonts applied, newlines as <br/>."""
    lines = text.replace("\r\n", "\n").split("\n")
    parts = []
    for line in lines:
        parts.append("".join(
            escape(chars) if font == PRIMARY else f'<font name="{font}">{escape(chars)}</font>'
            for font, chars in text_runs(line)
        ))
    return "<br/>".join(parts)


def _utf16_hex(cp: int) -> str:
    return chr(cp).encode("utf-16-be").hex().upper() if cp > 0xFFFF else f"{cp:04X}"


def _patch_tounicode() -> None:
    """ReportLab writes astral code points (𠮷 U+20BB7) as 5 hex digits in the ToUnicode CMap,
    which PDF readers reject, so copy/paste and search lose them; write UTF-16 surrogates."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_linli", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap: str = original(fontname, subset)
        if all(v <= 0xFFFF for v in subset):
            return cmap
        head, _, _ = cmap.partition(f"{len(subset)} beginbfchar")
        body = [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
        tail = ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return head + "\n".join([f"{len(subset)} beginbfchar", *body, *tail])

    make_to_unicode_cmap._linli = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
