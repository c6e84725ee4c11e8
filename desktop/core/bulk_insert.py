"""Many rows into one table in the caller's transaction, with less Python per row than SQLAlchemy's
generic executemany path (which assembles and type-processes every row's parameters one by one).

Used by imports and demo loads of thousands of rows. Each value still goes through its column's
own bind processing for the connected dialect (dates as SQLite stores them, UTC datetimes, …), so
the stored data is exactly what `session.execute(insert(table), rows)` would store — tested on
SQLite and PostgreSQL (where COPY_FROM rows or more go by COPY). Python-side column defaults are not applied: the rows must carry them. Text is cleaned of invisible
characters on the way, as the session hook does for ORM writes (desktop.core.text_columns).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, Text, insert
from sqlalchemy.orm import Session

from desktop.core.plain_text import clean_text
from desktop.core.text_columns import base_type as _base_type, cleaner_for


_IMMUTABLE = frozenset({str, int, float, bool, bytes, datetime, date, Decimal})


def _remembering(process: Any) -> Any:
    """A bind processor that reuses its last result for the very same object (bulk rows share one
    timestamp, one actor name …: formatting it once instead of once per row)."""
    if process is None:
        return None
    last: list[Any] = [object(), None]

    def remembered(value: Any) -> Any:
        if value is not last[0] or type(value) not in _IMMUTABLE:
            last[0], last[1] = value, process(value)
        return last[1]
    return remembered


class _RowMaker:
    """A row's values in `order`, each as its column's bind processing makes it, text cleaned first.
    Most rows hold no text to clean: all their text together is printable (nothing clean_text changes
    is printable: tests/core/test_export_cells.py), looked at once per row; only other rows are cleaned
    value by value."""

    def __init__(self, table: Table, order: Sequence[str], dialect: Any) -> None:
        self._get = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
        texts = [(i, k) for i, k in enumerate(order) if cleaner_for(table.c[k]) is not None]
        self._texts = [(i, isinstance(_base_type(table.c[k].type), Text)) for i, k in texts]
        text_keys = [k for _, k in texts]
        self._get_texts = (itemgetter(*text_keys) if len(text_keys) > 1
                           else (lambda row: (row[text_keys[0]],)) if text_keys else (lambda row: ()))
        self._procs = [(i, p) for i, k in enumerate(order)
                       if (p := _remembering(table.c[k].type.dialect_impl(dialect).bind_processor(dialect)))]

    def __call__(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        values = list(self._get(row))
        if not "".join(map(str, self._get_texts(row))).isprintable():
            for i, multiline in self._texts:
                if type(v := values[i]) is str:
                    values[i] = clean_text(v, multiline=multiline)
        for i, process in self._procs:
            values[i] = process(values[i])
        return tuple(values)


COPY_FROM = 50       # PostgreSQL: this many rows or more go by COPY


def _copy_rows(conn: Any, table: Table, keys: list[str], rows: Sequence[Mapping[str, Any]]) -> int:
    """PostgreSQL: the rows by one COPY — one statement, so the table's statement triggers (search keys,
    head counts) run once for all of them with the rows as their transition table, not once per row."""
    quote = conn.dialect.identifier_preparer.quote
    make = _RowMaker(table, keys, conn.dialect)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        with cursor.copy(f"COPY {quote(table.name)} ({', '.join(quote(k) for k in keys)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(make(row))
    finally:
        cursor.close()
    return len(rows)


def insert_rows(s: Session, table: Table, rows: Sequence[Mapping[str, Any]], chunk: int = 1000) -> int:
    """INSERT `rows` (dicts with the same keys) into `table`; returns the number of rows."""
    if not rows:
        return 0
    keys = list(rows[0])
    missing = [c.name for c in table.c if c.name not in rows[0] and c.default is not None]
    if missing:
        raise ValueError(f"rows for {table.name} lack columns with defaults: {', '.join(missing)}")
    conn = s.connection()
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    if dialect.name == "postgresql" and len(rows) >= COPY_FROM:
        return _copy_rows(conn, table, keys, rows)
    if compiled.positional:
        shape: Any = _RowMaker(table, [compiled.binds[name].key for name in compiled.positiontup or ()], dialect)
    else:
        names = [compiled.binds[name].key for name in compiled.binds]
        make = _RowMaker(table, names, dialect)

        def shape(row: Mapping[str, Any]) -> Any:
            return dict(zip(compiled.binds, make(row)))
    for i in range(0, len(rows), chunk):
        conn.exec_driver_sql(compiled.string, [shape(r) for r in rows[i:i + chunk]])
    return len(rows)
