"""Write resources/pinyin/readings.txt: the readings in modern use of each character that has more
than one (or whose one differs from pypinyin's), from two published dictionaries as the Unihan
database records them — kTGHZ2013 (《通用规范汉字字典》, 2013) and kXHC1983 (《现代汉语词典》) —
through pypinyin-dict (pinned in requirements-dev.txt). tests/core/test_pinyin_readings.py checks
that the shipped file is what this writes.

    .venv/bin/python tools/make_pinyin_readings.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "pinyin" / "readings.txt"
HEADER = ("# Readings in modern use (toneless, ü as v), first the 通用规范汉字字典 (kTGHZ2013), then the\n"
          "# 现代汉语词典 (kXHC1983) ones it lacks; only characters with more than one reading or whose\n"
          "# reading differs from pypinyin's. Made by tools/make_pinyin_readings.py from pypinyin-dict {v}.\n")


def toneless(reading: str) -> str:
    text = unicodedata.normalize("NFD", reading.strip()).replace("u\u0308", "v").replace("U\u0308", "v")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return text if text.isascii() and text.isalpha() else ""


def readings(char_dicts: list[dict[int, str]], code: int) -> list[str]:
    out: list[str] = []
    for d in char_dicts:
        for r in (d.get(code) or "").split(","):
            t = toneless(r)
            if t and t not in out:
                out.append(t)
    return out


def build() -> str:
    from importlib.metadata import version

    from pypinyin import Style, lazy_pinyin
    from pypinyin_dict.pinyin_data import ktghz2013, kxhc1983

    dicts = [ktghz2013.pinyin_dict, kxhc1983.pinyin_dict]
    lines = [HEADER.format(v=version("pypinyin-dict"))]
    for code in sorted(set(dicts[0]) | set(dicts[1])):
        ch = chr(code)
        modern = readings(dicts, code)
        if not modern:
            continue
        own = toneless(lazy_pinyin(ch, style=Style.NORMAL)[0])
        if len(modern) > 1 or modern[0] != own:
            lines.append(f"{ch}\t{','.join(modern)}\n")
    return "".join(lines)


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    print(f"{OUT}: {OUT.read_text(encoding='utf-8').count(chr(10)) - 3} characters", file=sys.stderr)
