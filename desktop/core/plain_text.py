"""Text from people and files is data: the invisible characters that can hide, disguise or break it
are taken out before it is stored.

Removed everywhere:
- terminal control sequences (ESC [ 31 m and the like) as a whole;
- control characters, C0 and C1 (NUL, ESC and the rest; U+0000–001F, U+007F–009F), except the tab and
  line breaks, which become a space in one-line fields (names, phones, addresses) and stay in notes;
- format characters (Unicode category Cf): the bidi embeddings, overrides and isolates
  (U+202A–202E, U+2066–2069) and marks (U+200E/200F, U+061C), zero-width space and joiners
  (U+200B–200D), word joiner and invisible operators (U+2060–2064), the byte-order mark (U+FEFF),
  the soft hyphen, interlinear annotation and tag characters (U+E0000 block);
- lone surrogates (a str decoded with errors="surrogateescape" may hold them; no database stores them).

Kept: everything else — the middle dot of minority names (·, U+00B7), characters outside the Basic
Multilingual Plane (𠮷), private-use characters (where some offices keep rare name characters) and
variation selectors (which choose a character's glyph).

Nothing here imports Qt or SQLAlchemy; the database session cleans every text column on flush
(desktop.core.db) and imports clean and report per cell (desktop.roster.import_sheet).
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.messages import msg

# Unicode 14 (Python 3.11) category Cf, as ranges; tests compare it with unicodedata over all code points.
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_CONTROL = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"      # C0/C1 without the tab and line breaks
_BREAKS = "\t\n\x0b\x0c\r\x85\u2028\u2029"             # tab, LF, VT, FF, CR, NEL, line/paragraph separator
_SURROGATES = "\ud800-\udfff"

# A terminal escape sequence goes whole (ESC [ 31 m, not just its ESC): CSI, 7- and 8-bit. Its grammar
# bounds it (parameters, intermediates, one final byte), so it never swallows the text after it.
_ESCAPES = r"(?:\x1b\[|\x9b)[0-?]{0,32}[ -/]{0,4}[@-~]"
_INVISIBLE = re.compile(f"{_ESCAPES}|[{_CONTROL}{_FORMAT}{_SURROGATES}]")
INVISIBLE_OR_BREAK = f"[{_CONTROL}{_FORMAT}{_SURROGATES}{_BREAKS}]"   # what clean_text takes out or changes
_ANY = re.compile(INVISIBLE_OR_BREAK)
_ONE_LINE_BREAKS = re.compile(f"[{_BREAKS}]+")
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")

_NAMES = {
    "\x00": "空字符 NUL", "\x1b": "转义符 ESC", "\x7f": "删除符 DEL", "\ufeff": "字节顺序标记",
    "\u200b": "零宽空格", "\u200c": "零宽不连字", "\u200d": "零宽连字", "\u2060": "零宽不换行",
    "\u200e": "从左向右标记", "\u200f": "从右向左标记", "\u202e": "从右向左覆盖", "\u202d": "从左向右覆盖",
}


def clean_text(text: str, *, multiline: bool = False) -> str:
    """`text` without invisible characters. One-line fields: each run of tabs and line breaks becomes
    one space. Notes (multiline): line breaks become "\\n", tabs stay."""
    if _ANY.search(text) is None:
        return text
    text = _INVISIBLE.sub("", text)
    if multiline:
        return _NEWLINES.sub("\n", text)
    return _ONE_LINE_BREAKS.sub(" ", text)


def removed_chars(text: str) -> list[str]:
    """The invisible characters clean_text takes out of `text` (line breaks and tabs are not listed:
    they are turned into spaces, not hidden), each once, in order of appearance."""
    out: list[str] = []
    for run in _INVISIBLE.findall(text):
        for ch in run:
            if ch not in out and _ANY.match(ch):
                out.append(ch)
    return out


def describe_char(ch: str) -> str:
    """"U+202E 从右向左覆盖" — how a removed character is named to the person importing."""
    code = f"U+{ord(ch):04X}"
    name = _NAMES.get(ch)
    if name is None:
        if "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069":
            name = "文字方向控制符"
        elif unicodedata.category(ch) == "Cc":
            name = "控制字符"
        elif unicodedata.category(ch) == "Cs":
            name = "无效的代理字符"
        else:
            name = "不可见的格式字符"
    return msg("{code} {name}", code=code, name=name)


def describe_removed(chars: list[str], limit: int = 4) -> str:
    shown = [describe_char(c) for c in chars[:limit]]
    return msg("{chars} 等 {n} 种", chars=shown, n=len(chars)) if len(chars) > limit else msg("{chars}", chars=shown)
