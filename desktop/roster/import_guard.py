"""What a roster sheet may hold before its rows are cleaned: sizes, and no invisible characters.

- .xlsx: desktop.core.sheet_limits checks the whole file before the reader opens it.
- .csv: the same limits while reading (file size, rows, columns, one cell's length).
- Each imported cell: a length cap per field (a 400 MB "note" is refused, not stored), and the
  invisible characters desktop.core.plain_text removes (control characters such as NUL and ESC, bidi
  overrides such as U+202E, zero-width characters) taken out and listed: row, field and what.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.plain_text import clean_text, describe_removed, removed_chars
from desktop.core.sheet_limits import LIMITS, SheetLimits, SheetTooLarge
from desktop.roster.import_clean import FIELD_LABELS

# Longest cell accepted per field, before cleaning (cleaning then applies the roster's own lengths).
FIELD_CHARS = {"name": 100, "id_number": 40, "phone": 100, "phone2": 100, "sex": 10, "birth_date": 40,
               "ethnicity": 40, "address": 300, "building": 60, "unit": 40, "room": 40, "relation": 40,
               "residence_type": 40, "tags": 300, "notes": 2000}
MULTILINE = frozenset({"notes"})


@dataclass(frozen=True)
class Stripped:
    """Invisible characters taken out of one cell."""

    row_number: int
    field: str
    chars: tuple[str, ...]

    def __str__(self) -> str:
        return msg("第 {row} 行{field}（{chars}）", row=self.row_number, field=FIELD_LABELS.get(self.field, self.field),
                   chars=describe_removed(list(self.chars)))


def guard_cells(raw: dict[str, Any], row_number: int) -> tuple[dict[str, Any], list[str], list[str],
                                                                 list[Stripped]]:
    """The row's cells by field with invisible characters removed and over-long text cut to its cap;
    errors (a cell over its cap refuses the row), warnings and what was stripped."""
    out: dict[str, Any] = {}
    errors: list[str] = []
    warnings: list[str] = []
    stripped: list[Stripped] = []
    for fld, value in raw.items():
        if type(value) is str:
            limit = FIELD_CHARS.get(fld, 100)
            if len(value) > limit:
                errors.append(msg("“{field}”一栏有 {count} 个字，超过上限 {limit} 个字",
                                  field=FIELD_LABELS.get(fld, fld), count=len(value), limit=limit))
                value = value[:limit]
            chars = removed_chars(value)
            value = clean_text(value, multiline=fld in MULTILINE)
            if chars:
                stripped.append(Stripped(row_number, fld, tuple(chars)))
                warnings.append(msg("{field}中含不可见字符（{chars}），已去除", field=FIELD_LABELS.get(fld, fld),
                                    chars=describe_removed(chars)))
        out[fld] = value
    return out, errors, warnings, stripped


def stripped_note(stripped: list[Stripped], limit: int = 8) -> list[str]:
    """The preview's line about the cells that lost invisible characters (empty when none did)."""
    if not stripped:
        return []
    shown = [str(s) for s in stripped[:limit]]
    if len(stripped) > limit:
        return [msg("已去除单元格中的不可见字符（控制字符、文字方向控制符、零宽字符）：{cells} 等共 {n} 处",
                    cells=shown, n=len(stripped))]
    return [msg("已去除单元格中的不可见字符（控制字符、文字方向控制符、零宽字符）：{cells}", cells=shown)]


def read_csv(path: Path, limits: SheetLimits = LIMITS) -> list[list[Any]]:
    """The rows of a .csv (UTF-8 or GBK), refused with one line when it is over the limits."""
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise SheetTooLarge(msg("不能导入 {name}：文件有 {mb} MB，超过上限 {limit_mb} MB",
                                name=path.name, mb=size >> 20, limit_mb=limits.file_bytes >> 20))
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError(msg("无法识别 {name} 的文字编码（应为 UTF-8 或 GBK）", name=path.name))
    del raw
    rows: list[list[Any]] = []
    try:
        for n, r in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
            if n > limits.rows:
                raise SheetTooLarge(msg("不能导入 {name}：超过 {rows} 行；请分成几个文件后再导入",
                                        name=path.name, rows=limits.rows))
            if len(r) > limits.columns:
                raise SheetTooLarge(msg("不能导入 {name}：第 {n} 行有 {count} 列，超过上限 {columns} 列",
                                        name=path.name, n=n, count=len(r), columns=limits.columns))
            if any(len(c) > limits.cell_chars for c in r):
                raise SheetTooLarge(msg("不能导入 {name}：第 {n} 行有单元格超过 {cell_chars} 个字",
                                        name=path.name, n=n, cell_chars=limits.cell_chars))
            rows.append([c if c != "" else None for c in r])
    except csv.Error as exc:
        raise UserError(msg("不能导入 {name}：CSV 格式有误（{exc}）", name=path.name, exc=exc)) from None
    return rows
