"""Export of the audit trail (admin and supervisor only); the export is itself audited."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import String, select, type_coerce
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


def _local(moment: object) -> str:
    """fmt_local(moment, True), by isoformat (a fifth of strftime's time, a million times over). SQLite
    hands over its stored UTC text ("2026-11-04 00:50:57.123456"), read here by the C parser rather
    than by the column type's pattern."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    assert isinstance(moment, datetime)
    return to_local(moment).isoformat(" ", "seconds")[:19]


BATCH = 2000          # rows held at once: a month of a million rows is written as it is read


def export_audit_csv(s: Session, actor: Actor, start: date, end: date, out: Path) -> int:
    """Write the audit trail of [start, end] (Shanghai days) to `out`, oldest first, and return the
    number of rows. Streamed: a server-side cursor (PostgreSQL) or SQLite's own stepping hands over
    BATCH rows at a time and each is written as it comes, so memory stays flat whatever the month holds."""
    require(actor, Perm.AUDIT_EXPORT, entity="audit_log")
    lo, hi = _bounds(start, end)
    t = AuditEntry
    at = type_coerce(t.at, String) if s.get_bind().dialect.name == "sqlite" else t.at
    stmt = (select(at, t.actor_name, t.action, t.entity, t.entity_id, t.changes, t.detail, t.host)
            .where(t.at >= lo, t.at < hi).order_by(t.at, t.id)
            .execution_options(yield_per=BATCH))
    n = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv_writer(fh)
        w.writerow(["时间", "用户", "动作", "对象", "对象编号", "变更", "说明", "电脑"])
        labels = {a.value: ACTION_LABELS.get(a, a.value) for a in AuditAction}
        # the Core connection: rows as they come, without the ORM's per-row loading of plain columns
        for batch in s.connection().execute(stmt).partitions():
            w.writerows([_local(at), actor_name or "", labels.get(action, action), entity or "",
                         entity_id or "", changes or "", detail or "", host or ""]
                        for at, actor_name, action, entity, entity_id, changes, detail, host in batch)
            n += len(batch)
    audit.record(s, actor, AuditAction.EXPORT, "audit_log", None, detail=f"{start}~{end}, {n} 条 → {out.name}")
    return n
