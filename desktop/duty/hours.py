"""志愿服务时长: hours per team member from check-in/out and activity help, corrections with a reason
(audited). A member's certificate is the volunteers' register's (desktop.volunteers.duty_certificates)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.activities.figures import helper_minutes
from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.errors import ValidationError
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.duty.attendance import cutoff
from desktop.duty.models import UNCLOSED, DutyHoursCorrection, DutyMember, DutyShift
from desktop.core.export_cells import xlsx_row


@dataclass(frozen=True)
class HoursRow:
    member_id: str
    name: str
    shifts: int
    duty_minutes: int
    activity_minutes: int
    correction_minutes: int
    unclosed: int = 0            # shifts counted as closed at their scheduled end (未签退), not yet confirmed

    @property
    def total_minutes(self) -> int:
        return self.duty_minutes + self.activity_minutes + self.correction_minutes

    @property
    def hours(self) -> float:
        return round(self.total_minutes / 60, 1)


@dataclass(frozen=True)
class CorrectionRow:
    id: str
    member_id: str
    name: str
    on_day: date
    minutes: int
    reason: str
    author: str


def hours_for(s: Session, actor: Actor, team_id: str, first: date, last: date,
              member_id: str | None = None) -> list[HoursRow]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    if last < first:
        raise ValidationError({"last": "结束日期不能早于开始日期"})
    q = select(DutyMember).where(DutyMember.team_id == team_id, DutyMember.deleted_at.is_(None))
    if member_id is not None:
        q = q.where(DutyMember.id == member_id)
    members = s.scalars(q.order_by(DutyMember.name)).all()
    ids = [m.id for m in members]
    duty: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    corr: dict[str, int] = defaultdict(int)
    unclosed: dict[str, int] = defaultdict(int)
    now = utcnow()
    if ids:
        for sh in s.scalars(select(DutyShift).where(
                DutyShift.member_id.in_(ids), DutyShift.deleted_at.is_(None), DutyShift.day >= first,
                DutyShift.day <= last, DutyShift.check_in_at.is_not(None))):
            assert sh.member_id is not None and sh.check_in_at is not None  # the query asks for both
            end = sh.check_out_at
            if end is None:
                if now < cutoff(sh):
                    continue                      # still on duty (or may still end it)
                end = max(sh.end_at, sh.check_in_at)     # left open: counted as the desk will close it
                unclosed[sh.member_id] += 1
            elif sh.checkout_state == UNCLOSED:
                unclosed[sh.member_id] += 1
            duty[sh.member_id] += max(0, int((end - sh.check_in_at).total_seconds() // 60))
            count[sh.member_id] += 1
        for c in s.scalars(select(DutyHoursCorrection).where(
                DutyHoursCorrection.member_id.in_(ids), DutyHoursCorrection.deleted_at.is_(None),
                DutyHoursCorrection.on_day >= first, DutyHoursCorrection.on_day <= last)):
            corr[c.member_id] += c.minutes
    act = helper_minutes(s, [m.person_id for m in members if m.person_id], first, last)
    return [HoursRow(m.id, m.name, count[m.id], duty[m.id], act.get(m.person_id or "", 0), corr[m.id],
                     unclosed[m.id]) for m in members]


def correct_hours(s: Session, actor: Actor, member_id: str, on_day: date, minutes: int, reason: str) -> str:
    """Add or take away minutes; the reason is required and the correction is on the audit trail."""
    _, m = common.member(s, actor, member_id, Perm.DUTY_MANAGE)
    reason = reason.strip()
    errors = {}
    if not reason:
        errors["reason"] = "更正时长必须写明原因"
    if minutes == 0 or abs(minutes) > 24 * 60 * 31:
        errors["minutes"] = "更正的分钟数不对"
    if errors:
        raise ValidationError(errors)
    c = DutyHoursCorrection(member_id=m.id, on_day=on_day, minutes=minutes, reason=reason,
                            author=actor.display_name)
    s.add(c)
    s.flush()
    return c.id


def list_corrections(s: Session, actor: Actor, team_id: str, first: date, last: date) -> list[CorrectionRow]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    rows = s.execute(select(DutyHoursCorrection, DutyMember.name).join(
        DutyMember, DutyMember.id == DutyHoursCorrection.member_id).where(
        DutyMember.team_id == team_id, DutyHoursCorrection.deleted_at.is_(None),
        DutyHoursCorrection.on_day >= first, DutyHoursCorrection.on_day <= last)
        .order_by(DutyHoursCorrection.on_day)).all()
    return [CorrectionRow(c.id, c.member_id, name, c.on_day, c.minutes, c.reason, c.author) for c, name in rows]


HOURS_HEADERS = ["姓名", "班次数", "值班时长（小时）", "活动服务（小时）", "更正（小时）", "合计（小时）"]


def export_hours_xlsx(s: Session, actor: Actor, team_id: str, first: date, last: date, out: object) -> int:
    """The hours of every member for the period as an Excel sheet; returns the number of members."""
    from openpyxl import Workbook  # deferred: loads openpyxl
    from openpyxl.styles import Font  # deferred: loads openpyxl


    team = common.team(s, actor, team_id, Perm.DUTY_VIEW)
    rows = hours_for(s, actor, team_id, first, last)
    wb = Workbook()
    ws = wb.active
    ws.title = "志愿服务时长"
    ws.append(xlsx_row(ws, [f"{team.name} 志愿服务时长 {first.isoformat()} 至 {last.isoformat()}"]))
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(HOURS_HEADERS)
    for r in rows:
        ws.append(xlsx_row(ws, [r.name, r.shifts, round(r.duty_minutes / 60, 2), round(r.activity_minutes / 60, 2),
                   round(r.correction_minutes / 60, 2), round(r.total_minutes / 60, 2)]))
    ws.append(["合计", sum(r.shifts for r in rows), round(sum(r.duty_minutes for r in rows) / 60, 2),
               round(sum(r.activity_minutes for r in rows) / 60, 2),
               round(sum(r.correction_minutes for r in rows) / 60, 2),
               round(sum(r.total_minutes for r in rows) / 60, 2)])
    for col, width in zip("ABCDEF", (14, 8, 16, 16, 12, 12)):
        ws.column_dimensions[col].width = width
    wb.save(out)
    audit.record(s, actor, AuditAction.EXPORT, "duty_teams", team_id, f"志愿服务时长 {first}～{last}")
    return len(rows)
