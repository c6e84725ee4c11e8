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
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from desktop.core.text_columns import cleaner_for


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


def _cleaning(clean: Any, process: Any) -> Any:
    if clean is None:
        return process
    if process is None:
        return clean
    return lambda value: process(clean(value))


COPY_FROM = 50       # PostgreSQL: this many rows or more go by COPY


def _copy_rows(conn: Any, table: Table, keys: list[str], procs: dict[str, Any],
               rows: Sequence[Mapping[str, Any]]) -> int:
    """PostgreSQL: the rows by one COPY — one statement, so the table's statement triggers (search keys,
    head counts) run once for all of them with the rows as their transition table, not once per row."""
    quote = conn.dialect.identifier_preparer.quote
    plan = [(k, procs[k]) for k in keys]
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        with cursor.copy(f"COPY {quote(table.name)} ({', '.join(quote(k) for k in keys)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([p(row[k]) if p is not None else row[k] for k, p in plan])
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
    procs = {k: _remembering(_cleaning(cleaner_for(table.c[k]), table.c[k].type.dialect_impl(dialect)
                                       .bind_processor(dialect))) for k in keys}
    if dialect.name == "postgresql" and len(rows) >= COPY_FROM:
        return _copy_rows(conn, table, keys, procs, rows)
    if compiled.positional:
        order = [compiled.binds[name].key for name in compiled.positiontup or ()]
        plan = [(k, procs[k]) for k in order]

        def shape(row: Mapping[str, Any]) -> Any:
            return tuple(p(row[k]) if p is not None else row[k] for k, p in plan)
    else:
        names = {compiled.binds[name].key: name for name in compiled.binds}
        named = [(k, names[k], procs[k]) for k in keys]

        def shape(row: Mapping[str, Any]) -> Any:
            return {n: p(row[k]) if p is not None else row[k] for k, n, p in named}

    for i in range(0, len(rows), chunk):
        conn.exec_driver_sql(compiled.string, [shape(r) for r in rows[i:i + chunk]])
    return len(rows)
