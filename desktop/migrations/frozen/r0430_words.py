"""Frozen at revisions 0101_activity_kinds and 0430_station_words: one column's stored words replaced, in one
pass over the table, each changed row's version raised as an edit raises it."""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from alembic import op


def replace_words(table: str, column: str, words: Mapping[str, str]) -> None:
    """`words`: stored value → the value it stands for. A million rows: one scan, not one per word."""
    pairs = list(words.items())
    cases = " ".join(f"WHEN :old{n} THEN :new{n}" for n in range(len(pairs)))
    olds = ", ".join(f":old{n}" for n in range(len(pairs)))
    values = {f"old{n}": old for n, (old, _new) in enumerate(pairs)} | {f"new{n}": new for n, (_old, new) in enumerate(pairs)}
    op.execute(sa.text(f"UPDATE {table} SET {column} = CASE {column} {cases} END, version = version + 1 "
                       f"WHERE {column} IN ({olds})").bindparams(**values))
