"""LIKE with a person's text taken literally: `%`, `_` and the escape character itself are escaped,
so 潘_兰 finds 潘_兰 only (not 潘美兰) and 50% finds "50%" only. Every LIKE on text someone typed or
imported goes through here; the same SQL on SQLite and PostgreSQL (ESCAPE '\\')."""

from __future__ import annotations

from typing import Any

ESCAPE = "\\"


def escape_like(text: str) -> str:
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def like_contains(column: Any, text: str) -> Any:
    return column.like(f"%{escape_like(text)}%", escape=ESCAPE)


def like_starts(column: Any, text: str) -> Any:
    return column.like(f"{escape_like(text)}%", escape=ESCAPE)


def like_ends(column: Any, text: str) -> Any:
    return column.like(f"%{escape_like(text)}", escape=ESCAPE)


def like_pattern(text: str, before: str = "%", after: str = "%") -> str:
    """The pattern for a LIKE built by hand (use with escape=ESCAPE): `text` literal between wildcards."""
    return f"{before}{escape_like(text)}{after}"
