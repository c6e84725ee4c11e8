"""A volunteer's record for a period (志愿服务记录, 《志愿服务条例》第十九条): service from the duty rota
(checked-in shifts and hours corrections), from helping at activities and from other service entered by
hand; training, awards and evaluations. Also where those entries are kept and how they are counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.activities.figures import helper_minutes
from desktop.activities.models import Activity, ActivityHelper
from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.duty.common import local_day_bounds, to_local_naive
from desktop.duty.models import DutyHoursCorrection, DutyMember, DutyPost, DutyShift, DutyTeam
from desktop.volunteers import service
from desktop.volunteers.models import ENTRY_KINDS, RATINGS, Volunteer, VolunteerEntry, VolunteerOrg
from desktop.core.messages import msg

DUTY, ACTIVITY, OTHER = "值班", "活动", "其他服务"
SOURCES = (DUTY, ACTIVITY, OTHER)
MAX_ENTRY_MINUTES = 24 * 60 * 31


@dataclass(frozen=True)
class ServiceLine:
    on_day: date
    source: str                 # 值班 / 活动 / 其他服务
    title: str
    place: str
    minutes: int
    organiser: str


@dataclass(frozen=True)
class EntryRow:
    id: str
    kind: str
    on_day: date
    title: str
    place: str
    minutes: int
    organiser: str
    rating: str
    notes: str
    author: str


@dataclass(frozen=True)
class VolunteerRecord:
    volunteer: service.VolunteerRow
    first: date
    last: date
    service: tuple[ServiceLine, ...]
    trainings: tuple[EntryRow, ...]
    awards: tuple[EntryRow, ...]
    evaluations: tuple[EntryRow, ...]

    def minutes(self, source: str | None = None) -> int:
        return sum(line.minutes for line in self.service if source is None or line.source == source)

    @property
    def total_minutes(self) -> int:
        return self.minutes()

    @property
    def training_minutes(self) -> int:
        return sum(t.minutes for t in self.trainings)


def hours_text(minutes: int) -> str:
    return f"{minutes / 60:.1f}"


# --- the sources ------------------------------------------------------------------------------------

def _members(s: Session, v: Volunteer) -> list[str]:
    conds = []
    if v.person_id:
        conds.append(DutyMember.person_id == v.person_id)
    if v.duty_member_id:
        conds.append(DutyMember.id == v.duty_member_id)
    if not conds:
        return []
    return list(s.scalars(select(DutyMember.id).where(or_(*conds))))


def _duty_lines(s: Session, v: Volunteer, first: date, last: date) -> list[ServiceLine]:
    members = _members(s, v)
    if not members:
        return []
    out = []
    rows = s.execute(select(DutyShift, DutyPost.name, DutyPost.place, DutyTeam.name)
                     .join(DutyPost, DutyPost.id == DutyShift.post_id).join(DutyTeam, DutyTeam.id == DutyShift.team_id)
                     .where(DutyShift.member_id.in_(members), DutyShift.deleted_at.is_(None), DutyShift.day >= first,
                            DutyShift.day <= last, DutyShift.check_in_at.is_not(None),
                            DutyShift.check_out_at.is_not(None)).order_by(DutyShift.start_at)).all()
    for sh, post, place, team in rows:
        assert sh.check_in_at is not None and sh.check_out_at is not None  # the query keeps only finished shifts
        minutes = max(0, int((sh.check_out_at - sh.check_in_at).total_seconds() // 60))
        span = f"{to_local_naive(sh.check_in_at):%H:%M}–{to_local_naive(sh.check_out_at):%H:%M}"
        out.append(ServiceLine(sh.day, DUTY, f"{post}值班 {span}", place, minutes, team))
    corrections = s.execute(select(DutyHoursCorrection, DutyTeam.name)
                            .join(DutyMember, DutyMember.id == DutyHoursCorrection.member_id)
                            .join(DutyTeam, DutyTeam.id == DutyMember.team_id)
                            .where(DutyHoursCorrection.member_id.in_(members), DutyHoursCorrection.deleted_at.is_(None),
                                   DutyHoursCorrection.on_day >= first, DutyHoursCorrection.on_day <= last)).all()
    for c, team in corrections:
        out.append(ServiceLine(c.on_day, DUTY, f"时长更正：{c.reason}", "", c.minutes, team))
    return out


def _activity_lines(s: Session, v: Volunteer, first: date, last: date) -> list[ServiceLine]:
    if not v.person_id:
        return []
    lo, hi = local_day_bounds(first, last)
    rows = s.execute(select(ActivityHelper, Activity)
                     .join(Activity, Activity.id == ActivityHelper.activity_id)
                     .where(ActivityHelper.person_id == v.person_id, ActivityHelper.deleted_at.is_(None),
                            Activity.deleted_at.is_(None), Activity.status != "cancelled",
                            Activity.starts_at >= lo, Activity.starts_at < hi)
                     .order_by(Activity.starts_at)).all()
    return [ServiceLine(to_local_naive(a.starts_at).date(), ACTIVITY, f"{a.title}（{h.role}）", a.place, h.minutes,
                        a.organiser) for h, a in rows]


def _entries(s: Session, volunteer_id: str, first: date | None = None, last: date | None = None) -> list[EntryRow]:
    q = select(VolunteerEntry).where(VolunteerEntry.volunteer_id == volunteer_id, VolunteerEntry.deleted_at.is_(None))
    if first is not None and last is not None:
        q = q.where(VolunteerEntry.on_day >= first, VolunteerEntry.on_day <= last)
    return [EntryRow(e.id, e.kind, e.on_day, e.title, e.place, e.minutes, e.organiser, e.rating, e.notes, e.author)
            for e in s.scalars(q.order_by(VolunteerEntry.on_day, VolunteerEntry.created_at))]


def service_lines(s: Session, v: Volunteer, first: date, last: date) -> list[ServiceLine]:
    other = [ServiceLine(e.on_day, OTHER, e.title, e.place, e.minutes, e.organiser)
             for e in _entries(s, v.id, first, last) if e.kind == "服务"]
    lines = _duty_lines(s, v, first, last) + _activity_lines(s, v, first, last) + other
    return sorted(lines, key=lambda line: (line.on_day, SOURCES.index(line.source), line.title))


def volunteer_record(s: Session, actor: Actor, volunteer_id: str, first: date, last: date) -> VolunteerRecord:
    """The record of one volunteer for a period (reading it is audited: it holds an ID number)."""
    if last < first:
        raise ValidationError({"last": "结束日期不能早于开始日期"})
    o, v = service.volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_VIEW)
    entries = _entries(s, v.id, first, last)
    audit.record(s, actor, AuditAction.VIEW, "volunteers", v.id, f"志愿服务记录 {first}～{last}")
    return VolunteerRecord(service.get_volunteer(s, actor, v.id), first, last, tuple(service_lines(s, v, first, last)),
                           tuple(e for e in entries if e.kind == "培训"), tuple(e for e in entries if e.kind == "表彰"),
                           tuple(e for e in entries if e.kind == "评价"))


def minutes_by_volunteer(s: Session, actor: Actor, volunteer_ids: list[str], first: date,
                         last: date) -> dict[str, dict[str, int]]:
    """Service minutes per source for many volunteers at once (the list's hours columns): a few grouped
    queries, whatever the number of volunteers."""
    out: dict[str, dict[str, int]] = {}
    for i in range(0, len(volunteer_ids), 500):
        out.update(_minutes_chunk(s, actor, volunteer_ids[i:i + 500], first, last))
    return out


def _minutes_chunk(s: Session, actor: Actor, ids: list[str], first: date, last: date) -> dict[str, dict[str, int]]:
    rows = s.execute(select(Volunteer.id, Volunteer.person_id, Volunteer.duty_member_id)
                     .join(VolunteerOrg, VolunteerOrg.id == Volunteer.org_id)
                     .where(Volunteer.id.in_(ids), service.visible(actor))).all()
    out = {vid: dict.fromkeys(SOURCES, 0) for vid, _p, _m in rows}
    if not rows:
        require(actor, Perm.VOLUNTEER_VIEW, entity="volunteers")
        return out
    by_person = {pid: vid for vid, pid, _m in rows if pid}
    by_member: dict[str, str | None] = {mid: vid for vid, _p, mid in rows if mid}
    for mid, pid in s.execute(select(DutyMember.id, DutyMember.person_id).where(
            or_(DutyMember.person_id.in_(list(by_person)), DutyMember.id.in_(list(by_member))))).all():
        by_member.setdefault(mid, by_person.get(pid or ""))
    volunteer_of = {m: v for m, v in by_member.items() if v}
    members = list(volunteer_of)
    if members:
        for shift_member, came, went in s.execute(select(DutyShift.member_id, DutyShift.check_in_at, DutyShift.check_out_at).where(
                DutyShift.member_id.in_(members), DutyShift.deleted_at.is_(None), DutyShift.day >= first,
                DutyShift.day <= last, DutyShift.check_in_at.is_not(None), DutyShift.check_out_at.is_not(None))):
            # the query keeps only finished shifts of these members
            assert shift_member is not None and came is not None and went is not None
            out[volunteer_of[shift_member]][DUTY] += max(0, int((went - came).total_seconds() // 60))
        for mid, minutes in s.execute(select(DutyHoursCorrection.member_id, func.sum(DutyHoursCorrection.minutes)).where(
                DutyHoursCorrection.member_id.in_(members), DutyHoursCorrection.deleted_at.is_(None),
                DutyHoursCorrection.on_day >= first, DutyHoursCorrection.on_day <= last)
                .group_by(DutyHoursCorrection.member_id)):
            out[volunteer_of[mid]][DUTY] += int(minutes or 0)
    for pid, minutes in helper_minutes(s, list(by_person), first, last).items():
        out[by_person[pid]][ACTIVITY] += minutes
    for vid, minutes in s.execute(select(VolunteerEntry.volunteer_id, func.sum(VolunteerEntry.minutes)).where(
            VolunteerEntry.volunteer_id.in_(list(out)), VolunteerEntry.kind == "服务",
            VolunteerEntry.deleted_at.is_(None), VolunteerEntry.on_day >= first, VolunteerEntry.on_day <= last)
            .group_by(VolunteerEntry.volunteer_id)):
        out[vid][OTHER] += int(minutes or 0)
    return out


# --- entries ----------------------------------------------------------------------------------------

def add_entry(s: Session, actor: Actor, volunteer_id: str, kind: str, on_day: date, title: str, *,
              minutes: int = 0, place: str = "", organiser: str = "", rating: str = "", notes: str = "") -> str:
    """Other service (with its minutes), a training (学时 in minutes), an award, an evaluation (rating)."""
    _, v = service.volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_MANAGE)
    title, place, organiser = title.strip(), place.strip(), organiser.strip()
    errors: dict[str, str] = {}
    if kind not in ENTRY_KINDS:
        errors["kind"] = msg("类别须为：{categories}", categories="、".join(ENTRY_KINDS))
    if not title or len(title) > 200:
        errors["title"] = "名称不能为空，最多 200 字"
    if len(place) > 100 or len(organiser) > 100 or len(notes) > 2000:
        errors["place"] = "地点、组织者或备注太长"
    if kind in ("服务", "培训") and not 0 < minutes <= MAX_ENTRY_MINUTES:
        errors["minutes"] = "时长应在 1 分钟到 31 天之间"
    if kind not in ("服务", "培训") and minutes:
        errors["minutes"] = "表彰和评价不记时长"
    if kind == "评价" and rating not in RATINGS:
        errors["rating"] = msg("评价等次须为：{ratings}", ratings="、".join(RATINGS))
    if on_day > clock.today():
        errors["on_day"] = "不能记录还没到的日子"
    if errors:
        raise ValidationError(errors)
    e = VolunteerEntry(volunteer_id=v.id, kind=kind, on_day=on_day, title=title, place=place, minutes=minutes,
                       organiser=organiser, rating=rating if kind == "评价" else "", notes=notes.strip(),
                       author=actor.display_name)
    s.add(e)
    s.flush()
    return e.id


def list_entries(s: Session, actor: Actor, volunteer_id: str) -> list[EntryRow]:
    _, v = service.volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_VIEW)
    return _entries(s, v.id)


def delete_entry(s: Session, actor: Actor, entry_id: str) -> None:
    e = s.get(VolunteerEntry, entry_id)
    if e is None or e.deleted_at is not None:
        raise NotFound("找不到这条记录")
    service.volunteer(s, actor, e.volunteer_id, Perm.VOLUNTEER_MANAGE)
    e.deleted_at = clock.utcnow()
    s.flush()
