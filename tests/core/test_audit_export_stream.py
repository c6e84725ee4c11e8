"""`export audit` streams: every row of the period, oldest first, written as read, with memory bounded
by a batch rather than by the month (measured with tracemalloc against the rows it writes)."""

from __future__ import annotations

import csv
import tracemalloc
from datetime import timedelta
from pathlib import Path

from desktop.core import clock
from desktop.core.audit import AuditAction, AuditEntry, entry_row
from desktop.core.audit_export import BATCH, export_audit_csv
from desktop.core.bulk_insert import insert_rows
from desktop.core.db import Database
from tests import helpers

ROWS = 12 * BATCH


def test_a_month_of_audit_rows_is_written_in_flat_memory(db: Database, tmp_path: Path) -> None:
    admin = helpers.admin(db)
    now = clock.utcnow()
    changes = {"notes": [None, "长" * 200], "phone": ["13800001111", "13900002222"]}
    rows = [entry_row(admin, AuditAction.UPDATE, "people", f"p{i:06d}", changes, at=now - timedelta(seconds=i))
            for i in range(ROWS)]
    rows.append(entry_row(admin, AuditAction.VIEW, "people", "early", None, at=now - timedelta(days=40)))
    with db.session(admin) as s:
        for i in range(0, len(rows), 5000):
            insert_rows(s, AuditEntry.__table__, rows[i:i + 5000])
    today = clock.today()
    out = tmp_path / "audit.csv"
    with db.session(admin) as s:
        tracemalloc.start()
        try:
            n = export_audit_csv(s, admin, today - timedelta(days=2), today, out)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    with open(out, encoding="utf-8-sig", newline="") as fh:
        written = list(csv.reader(fh))[1:]
    ids = [r[4] for r in written]
    assert n == len(written) >= ROWS and "early" not in ids
    mine = [i for i in ids if i.startswith("p")]
    assert mine == sorted(mine, reverse=True)           # oldest first: the highest number is the earliest
    # all the rows' text is several megabytes (ORM objects many times that); a batch is a fraction of it
    size = out.stat().st_size
    assert size > 4 * 2 ** 20
    assert peak < size / 3, (peak, size)


def test_each_moment_is_written_in_shanghai_time_to_the_second(db: Database, tmp_path: Path) -> None:
    """Each moment as fmt_local gives it (SQLite's stored text read by the C parser, PostgreSQL's moments as
    they come): across the Shanghai midnight, the microseconds dropped, not rounded."""
    from datetime import date, datetime, timezone

    admin = helpers.admin(db)
    moments = [datetime(2026, 11, 30, 15, 59, 59, 999999, tzinfo=timezone.utc),
               datetime(2026, 11, 30, 16, 0, 0, tzinfo=timezone.utc),
               datetime(2026, 11, 29, 16, 0, 0, 1, tzinfo=timezone.utc),
               datetime(2026, 12, 1, 15, 59, 59, 500000, tzinfo=timezone.utc)]
    with db.session(admin) as s:
        insert_rows(s, AuditEntry.__table__, [entry_row(admin, AuditAction.VIEW, "people", f"m{i}", None, at=m)
                                              for i, m in enumerate(moments)])
    out = tmp_path / "audit.csv"
    with db.session(admin) as s:
        export_audit_csv(s, admin, date(2026, 11, 30), date(2026, 12, 1), out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        written = {r[4]: r[0] for r in list(csv.reader(fh))[1:] if r[4].startswith("m")}
    assert written == {"m0": "2026-11-30 23:59:59", "m1": "2026-12-01 00:00:00", "m2": "2026-11-30 00:00:00",
                       "m3": "2026-12-01 23:59:59"}
    assert all(written[f"m{i}"] == clock.fmt_local(m, True) for i, m in enumerate(moments))


def _transitions() -> list[object]:
    """Every moment Shanghai's offset changes in the zone's own data (1900–2040), and a second either side."""
    from datetime import datetime, timezone

    from desktop.core.clock import SHANGHAI

    def offset(m: datetime) -> object:
        return m.astimezone(SHANGHAI).utcoffset()

    out: list[object] = []
    day = datetime(1900, 1, 1, tzinfo=timezone.utc)
    while day.year < 2040:                  # day by day, then hour by hour inside a day that changes
        nxt = day + timedelta(days=1)
        if offset(day) != offset(nxt):
            t = day
            while offset(t + timedelta(hours=1)) == offset(day):
                t += timedelta(hours=1)
            t += timedelta(hours=1)
            out += [t - timedelta(seconds=1), t, t + timedelta(microseconds=1)]
        day = nxt
    return out


def test_the_hour_by_hour_conversion_agrees_with_fmt_local_over_the_zone_s_history() -> None:
    """The export converts a UTC text by its hour and keeps its minutes and seconds: it gives what fmt_local
    gives for moments throughout the zone's data — its local mean time before 1901, the summer times of
    1940–1991, each change of offset — and for random moments."""
    import random
    from datetime import datetime, timezone

    from desktop.core.audit_export import _LocalHours

    rnd = random.Random(16)
    start = datetime(1890, 1, 1, tzinfo=timezone.utc)
    span = int((datetime(2100, 1, 1, tzinfo=timezone.utc) - start).total_seconds())
    moments = [start + timedelta(seconds=rnd.randrange(span), microseconds=rnd.randrange(10 ** 6))
               for _ in range(20000)]
    moments += [m for m in _transitions() if isinstance(m, datetime)]
    assert len(moments) > 20000 + 10                       # the summer times were found
    local = _LocalHours()
    for m in moments:
        text = m.replace(tzinfo=None).isoformat(" ", "microseconds")     # SQLite's stored text
        assert local(text) == clock.fmt_local(m, True), m
