"""The saved rota: generating a month, reading it for the calendar (unfilled shifts, conflicts,
planned absences), editing a shift (double booking refused), swaps and cover requests."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common, models, rota
from desktop.core.holidays import calendar_for
from desktop.core.messages import msg
from desktop.duty.models import (DutyAway, DutyMember, DutyPost, DutyRequest, DutyShift, DutyShiftTemplate,
                                 DutyTeam)
from desktop.duty.teams_service import require_captain

UNFILLED, PLANNED, ON_DUTY, DONE, NO_SHOW, LATE = "未排", "已排", "值班中", "已完成", "未到岗", "迟到"
UNCLOSED = models.UNCLOSED          # closed by the desk at its scheduled end, the captain to confirm
RULE_LABELS = {"window": "不在可值班时间", "week": "超过每周班次上限", "overlap": "重复排班",
               "rest": "两班间休息不足", "away": "请假期间"}


@dataclass(frozen=True)
class ShiftRow:
    id: str
    team_id: str
    post_id: str
    post_name: str
    day: date
    slot: int
    start: datetime          # local (Shanghai) wall clock, naive
    end: datetime
    member_id: str | None
    member_name: str
    check_in_at: datetime | None
    check_out_at: datetime | None
    late_minutes: int | None
    status: str
    problems: tuple[str, ...] = ()      # RULE_LABELS values
    checkout_state: str = ""            # "" / 未签退 / 已确认 / 补录
    checked_in_by: str = ""             # who pressed 开始值班 (or entered it afterwards)
    covered_name: str = ""              # 代班: whose shift it was before the member took it over

    @property
    def label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True)
class RotaSummary:
    created: int
    unfilled: int
    counts: dict[str, int] = field(default_factory=dict)     # member name -> shifts this month


def status_of(sh: DutyShift, now: datetime) -> str:
    if sh.member_id is None:
        return UNFILLED
    if sh.check_out_at is not None:
        return UNCLOSED if sh.checkout_state == UNCLOSED else DONE
    if sh.check_in_at is not None:
        return ON_DUTY
    if now > sh.start_at + timedelta(minutes=common.GRACE_MINUTES):
        return NO_SHOW
    return PLANNED


def _volunteers(s: Session, team_id: str) -> tuple[list[rota.Volunteer], dict[str, str]]:
    members = s.scalars(select(DutyMember).where(DutyMember.team_id == team_id, DutyMember.deleted_at.is_(None),
                                                 DutyMember.active.is_(True))).all()
    aways: dict[str, list[tuple[date, date]]] = defaultdict(list)
    if members:
        for a in s.scalars(select(DutyAway).where(DutyAway.member_id.in_([m.id for m in members]),
                                                  DutyAway.deleted_at.is_(None))):
            aways[a.member_id].append((a.date_from, a.date_to))
    vols = [rota.Volunteer(m.id, m.name, frozenset(int(c) for c in m.weekdays), m.avail_from, m.avail_to,
                           m.max_per_week, tuple(aways[m.id])) for m in members]
    return vols, {m.id: m.name for m in members}


def _templates(s: Session, team_id: str) -> list[rota.Template]:
    rows = s.execute(select(DutyShiftTemplate).join(DutyPost, DutyPost.id == DutyShiftTemplate.post_id).where(
        DutyPost.team_id == team_id, DutyPost.deleted_at.is_(None), DutyShiftTemplate.deleted_at.is_(None))).scalars()
    return [rota.Template(t.id, t.post_id, t.start_time, t.end_time, t.people, t.on_weekends, t.on_holidays)
            for t in rows]


def _live_shifts(s: Session, team_id: str, first: date, last: date) -> list[DutyShift]:
    return list(s.scalars(select(DutyShift).where(DutyShift.team_id == team_id, DutyShift.day >= first,
                                                  DutyShift.day <= last, DutyShift.deleted_at.is_(None))
                          .order_by(DutyShift.start_at, DutyShift.post_id, DutyShift.slot)))


def generate_month(s: Session, actor: Actor, team_id: str, year: int, month: int, *, replace: bool = False,
                   rest_hours: float = common.REST_HOURS, seed: int = 0,
                   now: datetime | None = None) -> RotaSummary:
    """Fill the month from the templates and the members' availability and save it.

    With `replace`, shifts still to come are planned again; those already begun (or checked in)
    are kept as they are, so the record of past duty stays.
    """
    common.team(s, actor, team_id, Perm.DUTY_MANAGE)
    days = rota.month_days(year, month)
    first, last = days[0], days[-1]
    existing = _live_shifts(s, team_id, first, last)
    if existing and not replace:
        raise UserError(msg("{year}年{month}月已经排过班；要重新排班请选择“重新生成”", year=year, month=month))
    now = now or utcnow()
    kept = [sh for sh in existing if sh.check_in_at is not None or sh.start_at <= now]
    for sh in existing:
        if sh not in kept:
            sh.deleted_at = now
    vols, names = _volunteers(s, team_id)
    templates = _templates(s, team_id)
    if not templates:
        raise UserError("这个服务队还没有岗位班次：请先在岗位里添加班次模板")
    kept_keys = {(sh.template_id, sh.day, sh.slot) for sh in kept}
    slots = [sl for sl in rota.build_slots(templates, days, calendar_for(s, first, last))
             if (sl.template_id, sl.day, sl.slot) not in kept_keys]
    busy = [rota.Busy(sh.member_id, common.to_local_naive(sh.start_at), common.to_local_naive(sh.end_at))
            for sh in _live_shifts(s, team_id, first - timedelta(days=7), last + timedelta(days=7))
            if sh.member_id is not None and (sh.day < first or sh.day > last or sh in kept)]
    result = rota.generate(slots, vols, rest_hours=rest_hours, busy=busy, seed=seed)
    for sl, vid in zip(slots, result.assignment):
        s.add(DutyShift(team_id=team_id, post_id=sl.post_id, template_id=sl.template_id, day=sl.day, slot=sl.slot,
                        start_at=common.to_utc(sl.start), end_at=common.to_utc(sl.end), member_id=vid))
    s.flush()
    return RotaSummary(len(slots), len(result.unfilled),
                       {names[v]: n for v, n in sorted(result.counts.items(), key=lambda kv: names[kv[0]])})


def list_shifts(s: Session, actor: Actor, team_id: str, first: date, last: date, *,
                post_id: str | None = None, now: datetime | None = None) -> list[ShiftRow]:
    """Shifts of the period with their status and the rules they break (conflicts stand out)."""
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    now = now or utcnow()
    shifts = _live_shifts(s, team_id, first, last)
    if post_id is not None:
        shifts = [sh for sh in shifts if sh.post_id == post_id]
    posts = {p.id: p.name for p in s.scalars(select(DutyPost).where(DutyPost.team_id == team_id))}
    vols, names = _volunteers(s, team_id)
    for m in s.scalars(select(DutyMember).where(DutyMember.team_id == team_id)):
        names.setdefault(m.id, m.name)
    # Rules are checked against every shift of the weeks around, not only the shown ones.
    around = _live_shifts(s, team_id, first - timedelta(days=7), last + timedelta(days=7))
    slots = [rota.Slot(sh.post_id, sh.template_id, sh.day, sh.slot, common.to_local_naive(sh.start_at),
                       common.to_local_naive(sh.end_at)) for sh in around]
    problems: dict[str, list[str]] = defaultdict(list)
    for p in rota.check(slots, [sh.member_id for sh in around], vols, rest_hours=common.REST_HOURS):
        label = "away" if p.rule == "window" and _away(vols, p.volunteer_id, slots[p.slot]) else p.rule
        problems[around[p.slot].id].append(RULE_LABELS[label])
    out = []
    for sh in shifts:
        out.append(ShiftRow(sh.id, sh.team_id, sh.post_id, posts.get(sh.post_id, ""), sh.day, sh.slot,
                            common.to_local_naive(sh.start_at), common.to_local_naive(sh.end_at), sh.member_id,
                            names.get(sh.member_id or "", ""), sh.check_in_at, sh.check_out_at, sh.late_minutes,
                            status_of(sh, now), tuple(dict.fromkeys(problems.get(sh.id, ()))),
                            sh.checkout_state, sh.checked_in_by, names.get(sh.covered_member_id or "", "")))
    return out


def _away(vols: list[rota.Volunteer], vid: str, slot: rota.Slot) -> bool:
    v = next((x for x in vols if x.id == vid), None)
    return v is not None and any(a <= slot.day <= b for a, b in v.away)


def clash(s: Session, member_id: str, start: datetime, end: datetime, exclude: tuple[str, ...] = ()) -> DutyShift | None:
    """Another live shift of the member overlapping [start, end) (UTC), if any."""
    q = select(DutyShift).where(DutyShift.member_id == member_id, DutyShift.deleted_at.is_(None),
                                DutyShift.start_at < end, DutyShift.end_at > start)
    if exclude:
        q = q.where(DutyShift.id.not_in(exclude))
    return s.scalars(q).first()


def _refuse_clash(s: Session, member: DutyMember, sh: DutyShift, exclude: tuple[str, ...]) -> None:
    other = clash(s, member.id, sh.start_at, sh.end_at, exclude)
    if other is not None:
        post = s.get(DutyPost, other.post_id)
        start = common.to_local_naive(other.start_at)
        raise UserError(msg("{name} 在 {start:%m-%d %H:%M} 已有「{post}」班次，不能重复排班",
                            name=member.name, start=start, post=post.name if post else ''))
    day = sh.day
    away = s.scalars(select(DutyAway).where(DutyAway.member_id == member.id, DutyAway.deleted_at.is_(None),
                                            DutyAway.date_from <= day, DutyAway.date_to >= day)).first()
    if away is not None:
        raise UserError(msg("{name} 在 {date_from:%m-%d} 至 {date_to:%m-%d} 请假（{reason}）",
                            name=member.name, date_from=away.date_from, date_to=away.date_to, reason=away.reason or '不在'))


def _member_of(s: Session, team: DutyTeam, member_id: str) -> DutyMember:
    m = s.get(DutyMember, member_id)
    if m is None or m.deleted_at is not None or m.team_id != team.id:
        raise NotFound("找不到这位队员")
    return m


def assign(s: Session, actor: Actor, shift_id: str, member_id: str | None) -> None:
    """Put a member on a shift (None: leave it unfilled). Double booking and absences refused."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_MANAGE)
    if sh.check_in_at is not None:
        raise UserError("这个班次已经开始，不能再换人")
    if member_id is not None:
        _refuse_clash(s, _member_of(s, team, member_id), sh, (sh.id,))
    sh.member_id = member_id


def add_shift(s: Session, actor: Actor, post_id: str, day: date, start: time, end: time,
              member_id: str | None = None) -> str:
    """A one-off shift outside the templates."""
    team, post = common.post(s, actor, post_id, Perm.DUTY_MANAGE)
    if start == end:
        raise ValidationError({"end": "结束时间不能等于开始时间"})
    end_day = day + timedelta(days=1) if end < start else day
    taken = {sh.slot for sh in s.scalars(select(DutyShift).where(
        DutyShift.post_id == post_id, DutyShift.day == day, DutyShift.template_id.is_(None)))}
    sh = DutyShift(team_id=team.id, post_id=post.id, template_id=None, day=day,
                   slot=max(taken, default=-1) + 1 + 100,
                   start_at=common.to_utc(datetime.combine(day, start)),
                   end_at=common.to_utc(datetime.combine(end_day, end)))
    if member_id is not None:
        _refuse_clash(s, _member_of(s, team, member_id), sh, ())
        sh.member_id = member_id
    s.add(sh)
    s.flush()
    return sh.id


def remove_shift(s: Session, actor: Actor, shift_id: str) -> None:
    _, sh = common.shift(s, actor, shift_id, Perm.DUTY_MANAGE)
    if sh.check_in_at is not None:
        raise UserError("已经开始的班次不能删除")
    sh.deleted_at = utcnow()


# --- swaps and cover requests -------------------------------------------------------------------

@dataclass(frozen=True)
class RequestRow:
    id: str
    kind: str
    shift_id: str
    shift_text: str
    from_name: str
    to_name: str
    reason: str
    state: str
    asked_by: str
    asked_at: datetime
    decided_by: str
    decided_at: datetime | None


def _shift_text(s: Session, sh: DutyShift | None) -> str:
    if sh is None:
        return ""
    post = s.get(DutyPost, sh.post_id)
    start, end = common.to_local_naive(sh.start_at), common.to_local_naive(sh.end_at)
    return f"{start:%m-%d} {start:%H:%M}–{end:%H:%M} {post.name if post else ''}"


def request_cover(s: Session, actor: Actor, shift_id: str, to_member_id: str, reason: str = "") -> str:
    """代班: `to_member` is asked to take the shift."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    to = _member_of(s, team, to_member_id)
    if to.id == sh.member_id:
        raise ValidationError({"to_member_id": "代班人就是本班的值班人"})
    r = DutyRequest(shift_id=sh.id, kind="代班", from_member_id=sh.member_id, to_member_id=to.id,
                    reason=reason.strip(), asked_by=actor.display_name, asked_at=utcnow())
    s.add(r)
    s.flush()
    return r.id


def request_swap(s: Session, actor: Actor, shift_id: str, other_shift_id: str, reason: str = "") -> str:
    """换班: the two shifts change hands."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    _, other = common.shift(s, actor, other_shift_id, Perm.DUTY_DESK)
    if other.team_id != team.id or sh.member_id is None or other.member_id is None:
        raise UserError("换班需要同一服务队里两个已排人的班次")
    if sh.member_id == other.member_id:
        raise UserError("两个班次是同一个人，无需换班")
    r = DutyRequest(shift_id=sh.id, kind="换班", from_member_id=sh.member_id, to_member_id=other.member_id,
                    other_shift_id=other.id, reason=reason.strip(), asked_by=actor.display_name,
                    asked_at=utcnow())
    s.add(r)
    s.flush()
    return r.id


def decide_request(s: Session, actor: Actor, request_id: str, approve: bool) -> None:
    """The coordinator or the team's captain approves (the change is made) or refuses."""
    r = s.get(DutyRequest, request_id)
    if r is None or r.deleted_at is not None:
        raise NotFound("找不到这个申请")
    team, sh = common.shift(s, actor, r.shift_id, Perm.DUTY_DESK)
    require_captain(s, actor, team, "duty_requests", r.id)
    if r.state != "待批":
        raise UserError(msg("这个申请已处理（{state}）", state=r.state))
    if approve:
        if sh.check_in_at is not None:
            raise UserError("班次已经开始，不能再换人")
        to = _member_of(s, team, r.to_member_id)
        if r.kind == "换班":
            other = s.get(DutyShift, r.other_shift_id)
            if other is None or other.deleted_at is not None or other.check_in_at is not None:
                raise UserError("对方的班次已不存在或已开始")
            giver = _member_of(s, team, sh.member_id) if sh.member_id else None
            _refuse_clash(s, to, sh, (sh.id, other.id))
            if giver is not None:
                _refuse_clash(s, giver, other, (sh.id, other.id))
            sh.member_id, other.member_id = to.id, sh.member_id
        else:
            _refuse_clash(s, to, sh, (sh.id,))
            sh.member_id = to.id
    r.state = "已批准" if approve else "已拒绝"
    r.decided_by = actor.display_name
    r.decided_at = utcnow()


def list_requests(s: Session, actor: Actor, team_id: str, *, pending_only: bool = False) -> list[RequestRow]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    q = (select(DutyRequest).join(DutyShift, DutyShift.id == DutyRequest.shift_id)
         .where(DutyShift.team_id == team_id, DutyRequest.deleted_at.is_(None)).order_by(DutyRequest.asked_at.desc()))
    if pending_only:
        q = q.where(DutyRequest.state == "待批")
    names = {m.id: m.name for m in s.scalars(select(DutyMember).where(DutyMember.team_id == team_id))}
    return [RequestRow(r.id, r.kind, r.shift_id, _shift_text(s, s.get(DutyShift, r.shift_id)),
                       names.get(r.from_member_id or "", ""), names.get(r.to_member_id, ""), r.reason, r.state,
                       r.asked_by, r.asked_at, r.decided_by, r.decided_at) for r in s.scalars(q)]
