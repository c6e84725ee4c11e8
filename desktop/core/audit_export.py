"""Export of the audit trail (admin and supervisor only); the export is itself audited."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import ACTION_LABELS, AuditAction, AuditEntry
from desktop.core.clock import SHANGHAI, fmt_local
from desktop.core.export_cells import csv_writer
from desktop.core.roles import Perm
from desktop.core.security import Actor, require


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    lo = datetime.combine(start, time.min, SHANGHAI)
    hi = datetime.combine(end + timedelta(days=1), time.min, SHANGHAI)
    return lo, hi


def export_audit_csv(s: Session, actor: Actor, start: date, end: date, out: Path) -> int:
    require(actor, Perm.AUDIT_EXPORT, entity="audit_log")
    lo, hi = _bounds(start, end)
    rows = s.scalars(select(AuditEntry).where(AuditEntry.at >= lo, AuditEntry.at < hi)
                     .order_by(AuditEntry.at)).all()
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv_writer(fh)
        w.writerow(["时间", "用户", "动作", "对象", "对象编号", "变更", "说明", "电脑"])
        for r in rows:
            label = ACTION_LABELS.get(AuditAction(r.action), r.action)
            w.writerow([fmt_local(r.at, True), r.actor_name or "", label, r.entity or "", r.entity_id or "",
                        r.changes or "", r.detail or "", r.host or ""])
    audit.record(s, actor, AuditAction.EXPORT, "audit_log", None, detail=f"{start}~{end}, {len(rows)} 条 → {out.name}")
    return len(rows)
