"""The foundation's printed documents as services: checked, audited, rendered."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core import accounts, audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.security import Actor
from desktop.printing.fonts import PrintReport
from desktop.printing.user_list import render_user_list


def print_user_list(s: Session, actor: Actor, out: Path) -> PrintReport:
    rows = accounts.list_users(s, actor)
    users = [dict(username=r.username, display_name=r.display_name, role_label=r.role_label,
                  communities=r.communities, active=r.active, last_login=r.last_login) for r in rows]
    report = render_user_list(out, users, printed_by=actor.display_name, printed_at=utcnow())
    audit.record(s, actor, AuditAction.PRINT, "users", None, detail=f"账号清单 {len(rows)} 人 → {Path(out).name}")
    return report
