"""Export of the audit trail (admin and supervisor only); the export is itself audited."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import ACTION_LABELS, AuditAction, AuditEntry
from desktop.core.clock import SHANGHAI, to_local
from desktop.core.export_cells import csv_writer
from desktop.core.roles import Perm
from desktop.core.security import Actor, require


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    lo = datetime.combine(start, time.min, SHANGHAI)
    hi = datetime.combine(end + timedelta(days=1), time.min, SHANGHAI)
    return lo, hi


class _LocalHours:
    """Shanghai wall-clock text of a UTC moment given as text ("2026-11-04 00:50:57.123456"), to the
    second, microseconds dropped as fmt_local drops them. Where the zone moves the whole of a UTC hour by
    the same whole number of hours (Shanghai: always since 1901), the minutes and seconds are the UTC
    text's own and only the date and hour ("2026-11-04 08") are worked out, once per hour of the month, by
    the zone's own rules: a string slice per row, a million times over. Any other hour is converted whole."""

    def __init__(self) -> None:
        self._hours: dict[str, str | None] = {}

    def __call__(self, utc_text: str) -> str:
        key = utc_text[:13]
        try:
            hour = self._hours[key]
        except KeyError:
            hour = self._hours[key] = self._local_hour(key)
        if hour is None:
            return to_local(datetime.fromisoformat(utc_text)).isoformat(" ", "seconds")[:19]
        return hour + utc_text[13:19]

    @staticmethod
    def _local_hour(key: str) -> str | None:
        start = to_local(datetime.fromisoformat(key + ":00:00"))
        end = to_local(datetime.fromisoformat(key + ":59:59.999999"))
        offset = start.utcoffset()
        if offset is None or offset != end.utcoffset() or offset % timedelta(hours=1):
            return None
        return start.isoformat(" ", "hours")[:13]


BATCH = 2000          # rows held at once: a month of a million rows is written as it is read


def export_audit_csv(s: Session, actor: Actor, start: date, end: date, out: Path) -> int:
    """Write the audit trail of [start, end] (Shanghai days) to `out`, oldest first, and return the
    number of rows. Streamed: a server-side cursor (PostgreSQL) or SQLite's own stepping hands over
    BATCH rows at a time and each is written as it comes, so memory stays flat whatever the month holds."""
    require(actor, Perm.AUDIT_EXPORT, entity="audit_log")
    lo, hi = _bounds(start, end)
    t = AuditEntry
    labels = {a.value: ACTION_LABELS.get(a, a.value) for a in AuditAction}
    # Every cell comes as text: the moment as its UTC text (SQLite's as stored; PostgreSQL's formatted
    # by to_char, which drops the microseconds), empty cells as "", actions by their label.
    at = (type_coerce(t.at, String) if s.get_bind().dialect.name == "sqlite"
          else func.to_char(func.timezone("UTC", t.at), "YYYY-MM-DD HH24:MI:SS"))
    stmt = (select(at, *(func.coalesce(c, "") for c in (t.actor_name,)),
                   case(labels, value=t.action, else_=t.action),
                   *(func.coalesce(c, "") for c in (t.entity, t.entity_id, t.changes, t.detail, t.host)))
            .where(t.at >= lo, t.at < hi).order_by(t.at, t.id)
            .execution_options(yield_per=BATCH))
    local = _LocalHours()
    n = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv_writer(fh)
        w.writerow(["时间", "用户", "动作", "对象", "对象编号", "变更", "说明", "电脑"])
        # the Core connection: rows as they come, without the ORM's per-row loading of plain columns
        for batch in s.connection().execute(stmt).partitions():
            w.write_text_rows([(local(row[0]), *row[1:]) for row in batch])
            n += len(batch)
    audit.record(s, actor, AuditAction.EXPORT, "audit_log", None, detail=f"{start}~{end}, {n} 条 → {out.name}")
    return n
