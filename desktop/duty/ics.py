"""iCalendar (RFC 5545) export of one volunteer's shifts: UTC times, escaped text, folded lines."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.duty.models import DutyPost, DutyShift


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF + space (3.1)."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def member_calendar(s: Session, actor: Actor, member_id: str, first: date, last: date) -> bytes:
    team, m = common.member(s, actor, member_id, Perm.DUTY_VIEW)
    shifts = s.scalars(select(DutyShift).where(DutyShift.member_id == m.id, DutyShift.deleted_at.is_(None),
                                               DutyShift.day >= first, DutyShift.day <= last)
                       .order_by(DutyShift.start_at)).all()
    posts = {p.id: p for p in s.scalars(select(DutyPost).where(DutyPost.team_id == team.id))}
    stamp = _utc(utcnow())
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Linli//Duty//ZH", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(m.name + "的值班"), "X-WR-TIMEZONE:Asia/Shanghai"]
    for sh in shifts:
        post = posts.get(sh.post_id)
        post_name = post.name if post else ""
        start, end = common.to_local_naive(sh.start_at), common.to_local_naive(sh.end_at)
        summary = f"值班：{post_name} {start:%H:%M}–{end:%H:%M}"
        place = post.place if post and post.place else team.name
        description = f"{team.name}，{m.name}"
        lines += ["BEGIN:VEVENT", f"UID:{sh.id}@linli", f"DTSTAMP:{stamp}", f"DTSTART:{_utc(sh.start_at)}",
                  f"DTEND:{_utc(sh.end_at)}",
                  f"SUMMARY:{escape(summary)}", f"LOCATION:{escape(place)}",
                  f"DESCRIPTION:{escape(description)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    audit.record(s, actor, AuditAction.EXPORT, "duty_members", m.id, f"日历 {first}～{last}")
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")
