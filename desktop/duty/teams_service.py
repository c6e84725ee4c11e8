"""Teams (志愿服务队), their captain and members, skills, availability and dates away."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.phone import normalize_phone
from desktop.core.plain_text import clean_text
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.duty import common
from desktop.duty.models import DutyAway, DutyMember, DutyTeam
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.models import Building, Person


@dataclass(frozen=True)
class TeamRow:
    id: str
    name: str
    community_id: str
    community_name: str
    building_id: str | None
    building_label: str
    captain: str
    members: int
    early_start_minutes: int = 30       # the guard desk lets a shift be started this long before it


@dataclass(frozen=True)
class AwayRow:
    id: str
    date_from: date
    date_to: date
    reason: str


@dataclass(frozen=True)
class MemberRow:
    id: str
    team_id: str
    name: str
    phone: str
    person_id: str | None
    user_id: str | None
    is_captain: bool
    skills: list[str]
    weekdays: str
    avail_from: time | None
    avail_to: time | None
    max_per_week: int
    active: bool
    away: list[AwayRow] = field(default_factory=list)

    @property
    def outsider(self) -> bool:
        return self.person_id is None


@dataclass
class MemberInput:
    person_id: str | None = None
    name: str = ""                  # outsiders (and a shown name for roster people)
    phone: str = ""
    user_id: str | None = None
    is_captain: bool = False
    skills: tuple[str, ...] = ()
    weekdays: str = "1234567"
    avail_from: time | None = None
    avail_to: time | None = None
    max_per_week: int = 3
    active: bool = True


def _team_row(s: Session, t: DutyTeam) -> TeamRow:
    members = s.scalars(select(DutyMember).where(DutyMember.team_id == t.id, DutyMember.deleted_at.is_(None))).all()
    captain = next((m.name for m in members if m.is_captain), "")
    community = s.get(Community, t.community_id)
    building = s.get(Building, t.building_id) if t.building_id else None
    return TeamRow(t.id, t.name, t.community_id, community.name if community else "", t.building_id,
                   building.label if building else "", captain, sum(1 for m in members if m.active),
                   t.early_start_minutes)


def create_team(s: Session, actor: Actor, name: str, community_id: str, building_id: str | None = None,
                notes: str = "") -> str:
    require(actor, Perm.DUTY_MANAGE, community_id=community_id, entity="duty_teams")
    name = clean_text(name).strip()                # as stored: the uniqueness check must see the same
    if not name:
        raise ValidationError({"name": "请填写服务队名称"})
    if s.scalars(select(DutyTeam).where(DutyTeam.name == name)).first() is not None:
        raise ValidationError({"name": msg("已经有名为「{name}」的服务队", name=name)})
    if building_id is not None:
        b = s.get(Building, building_id)
        if b is None or b.community_id != community_id:
            raise ValidationError({"building_id": "楼栋不属于这个社区"})
    t = DutyTeam(name=name, community_id=community_id, building_id=building_id, notes=notes)
    s.add(t)
    s.flush()
    return t.id


def list_teams(s: Session, actor: Actor, community_id: str | None = None) -> list[TeamRow]:
    require(actor, Perm.DUTY_VIEW, community_id=community_id)
    q = select(DutyTeam).where(DutyTeam.deleted_at.is_(None)).order_by(DutyTeam.name)
    if community_id is not None:
        q = q.where(DutyTeam.community_id == community_id)
    return [_team_row(s, t) for t in s.scalars(q) if actor.in_community(t.community_id)]


@dataclass(frozen=True)
class DeskTeams:
    """The teams a desk may show (as `list_teams` lists them: by name) with their buildings, and those
    of which the signed-in user is a member (as `member_for_user` finds them)."""
    teams: tuple[tuple[str, str | None], ...]      # (team id, building id)
    mine: frozenset[str]


def desk_teams(s: Session, actor: Actor, community_id: str | None = None) -> DeskTeams:
    """What a desk needs to pick its team, in two statements (the 今日 page reads it at every start)
    rather than `list_teams`' full rows and one member list per team."""
    require(actor, Perm.DUTY_VIEW, community_id=community_id)
    q = (select(DutyTeam.id, DutyTeam.building_id, DutyTeam.community_id).where(DutyTeam.deleted_at.is_(None))
         .order_by(DutyTeam.name))
    if community_id is not None:
        q = q.where(DutyTeam.community_id == community_id)
    teams = tuple((t, b) for t, b, c in s.execute(q) if actor.in_community(c))
    if not teams:
        return DeskTeams((), frozenset())
    me = DutyMember.name == actor.display_name
    if actor.id:
        me = me | (DutyMember.user_id == actor.id)
    mine = s.scalars(select(DutyMember.team_id).where(DutyMember.team_id.in_([t for t, _ in teams]),
                                                      DutyMember.deleted_at.is_(None), me)).all()
    return DeskTeams(teams, frozenset(mine))


def get_team(s: Session, actor: Actor, team_id: str) -> TeamRow:
    return _team_row(s, common.team(s, actor, team_id, Perm.DUTY_VIEW))


MAX_EARLY_START = 120


def set_early_start(s: Session, actor: Actor, team_id: str, minutes: int) -> None:
    """How long before a shift the guard desk lets its volunteer start it (0–120 minutes)."""
    t = common.team(s, actor, team_id, Perm.DUTY_MANAGE)
    if not 0 <= minutes <= MAX_EARLY_START:
        raise ValidationError({"early_start_minutes": msg("提前开始的分钟数应在 0–{max_early_start} 之间",
                                                          max_early_start=MAX_EARLY_START)})
    t.early_start_minutes = minutes
    s.flush()


def _validate(inp: MemberInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if inp.person_id is None and not inp.name.strip():
        raise ValidationError({"name": "请选择花名册里的居民，或填写队外人员的姓名"})
    if not inp.weekdays or any(c not in "1234567" for c in inp.weekdays):
        errors["weekdays"] = "可值班的星期应为 1–7 的数字"
    if (inp.avail_from is None) != (inp.avail_to is None):
        errors["avail_from"] = "可值班时段要同时填写开始和结束"
    elif inp.avail_from is not None and inp.avail_to is not None and inp.avail_from >= inp.avail_to:
        errors["avail_to"] = "可值班时段的结束要晚于开始"
    if not 0 <= inp.max_per_week <= 21:
        errors["max_per_week"] = "每周最多班次应在 0–21 之间"
    return errors


def _apply(s: Session, m: DutyMember, inp: MemberInput, team: DutyTeam) -> None:
    errors = _validate(inp)
    phone = inp.phone.strip()
    if phone:
        try:
            phone = normalize_phone(phone)
        except Exception:  # noqa: BLE001 — whatever refuses the number, the person sees one message
            errors["phone"] = "电话号码格式不对"
    if errors:
        raise ValidationError(errors)
    if inp.person_id is not None:
        p = s.get(Person, inp.person_id)
        if p is None or p.deleted_at is not None:
            raise ValidationError({"person_id": "花名册里找不到这位居民"})
        if p.community_id != team.community_id:
            raise ValidationError({"person_id": "这位居民不属于服务队所在的社区"})
        m.person_id, m.name, m.phone = p.id, p.name, phone or p.phone
    else:
        m.person_id, m.name, m.phone = None, inp.name.strip(), phone
    m.user_id = inp.user_id
    m.is_captain = inp.is_captain
    m.skills = ",".join(x.strip() for x in inp.skills if x.strip())
    m.weekdays = "".join(sorted(set(inp.weekdays)))
    m.avail_from, m.avail_to = inp.avail_from, inp.avail_to
    m.max_per_week = inp.max_per_week
    m.active = inp.active


def _one_captain(s: Session, team_id: str, captain_id: str) -> None:
    for other in s.scalars(select(DutyMember).where(DutyMember.team_id == team_id, DutyMember.is_captain.is_(True),
                                                    DutyMember.id != captain_id)):
        other.is_captain = False


def save_member(s: Session, actor: Actor, team_id: str, inp: MemberInput, member_id: str | None = None) -> str:
    team = common.team(s, actor, team_id, Perm.DUTY_MANAGE)
    if member_id is None:
        if inp.person_id is not None and s.scalars(select(DutyMember).where(
                DutyMember.team_id == team_id, DutyMember.person_id == inp.person_id,
                DutyMember.deleted_at.is_(None))).first() is not None:
            raise ValidationError({"person_id": "这位居民已经在服务队里"})
        m = DutyMember(team_id=team_id)
    else:
        _, m = common.member(s, actor, member_id, Perm.DUTY_MANAGE)
        if m.team_id != team_id:
            raise UserError("队员不属于这个服务队")
    with s.no_autoflush:
        _apply(s, m, inp, team)
    s.add(m)
    s.flush()
    if m.is_captain:
        _one_captain(s, team_id, m.id)
    return m.id


def set_captain(s: Session, actor: Actor, member_id: str) -> None:
    team, m = common.member(s, actor, member_id, Perm.DUTY_MANAGE)
    m.is_captain = True
    _one_captain(s, team.id, m.id)


def remove_member(s: Session, actor: Actor, member_id: str) -> None:
    _, m = common.member(s, actor, member_id, Perm.DUTY_MANAGE)
    m.deleted_at = utcnow()
    m.active = False


def list_members(s: Session, actor: Actor, team_id: str, include_inactive: bool = False) -> list[MemberRow]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    q = select(DutyMember).where(DutyMember.team_id == team_id, DutyMember.deleted_at.is_(None))
    if not include_inactive:
        q = q.where(DutyMember.active.is_(True))
    members = s.scalars(q.order_by(DutyMember.is_captain.desc(), DutyMember.name)).all()
    aways: dict[str, list[AwayRow]] = {m.id: [] for m in members}
    if members:
        for a in s.scalars(select(DutyAway).where(DutyAway.member_id.in_(list(aways)), DutyAway.deleted_at.is_(None))
                           .order_by(DutyAway.date_from)):
            aways[a.member_id].append(AwayRow(a.id, a.date_from, a.date_to, a.reason))
    return [MemberRow(m.id, m.team_id, m.name, m.phone, m.person_id, m.user_id, m.is_captain,
                      [x for x in m.skills.split(",") if x], m.weekdays, m.avail_from, m.avail_to,
                      m.max_per_week, m.active, aways[m.id]) for m in members]


def add_away(s: Session, actor: Actor, member_id: str, date_from: date, date_to: date, reason: str = "") -> str:
    """A planned absence: the member is greyed out and not rostered on these days."""
    _, m = common.member(s, actor, member_id, Perm.DUTY_MANAGE)
    if date_to < date_from:
        raise ValidationError({"date_to": "结束日期不能早于开始日期"})
    a = DutyAway(member_id=m.id, date_from=date_from, date_to=date_to, reason=reason.strip())
    s.add(a)
    s.flush()
    return a.id


def remove_away(s: Session, actor: Actor, away_id: str) -> None:
    a = s.get(DutyAway, away_id)
    if a is None or a.deleted_at is not None:
        raise NotFound("找不到这段请假")
    common.member(s, actor, a.member_id, Perm.DUTY_MANAGE)
    a.deleted_at = utcnow()


def member_for_user(s: Session, actor: Actor, team_id: str) -> DutyMember | None:
    """The member row of the signed-in user in this team (linked by user id, else by name)."""
    rows = s.scalars(select(DutyMember).where(DutyMember.team_id == team_id, DutyMember.deleted_at.is_(None))).all()
    return (next((m for m in rows if actor.id and m.user_id == actor.id), None)
            or next((m for m in rows if m.name == actor.display_name), None))


def require_captain(s: Session, actor: Actor, team: DutyTeam, entity: str, entity_id: str | None = None) -> None:
    """The team's captain (a member row linked to the user) or a coordinator (DUTY_MANAGE) may go on."""
    if actor.can(Perm.DUTY_MANAGE):
        require(actor, Perm.DUTY_MANAGE, community_id=team.community_id, entity=entity, entity_id=entity_id)
        return
    me = member_for_user(s, actor, team.id)
    if me is None or not me.is_captain:
        require(actor, Perm.DUTY_MANAGE, community_id=team.community_id, entity=entity, entity_id=entity_id)


def home_building_for(s: Session, actor: Actor) -> str | None:
    """The building whose team the signed-in volunteer belongs to (for the guard desk's default)."""
    if not actor.id:
        return None
    return s.scalar(select(DutyTeam.building_id).join(DutyMember, DutyMember.team_id == DutyTeam.id)
                    .where(DutyMember.user_id == actor.id, DutyMember.deleted_at.is_(None),
                           DutyTeam.deleted_at.is_(None), DutyTeam.building_id.is_not(None)).limit(1))
