"""关注事项 (attention notes) and what the 今日 page of a desk shows.

A note is active on a day when start_date <= day and (end_date is empty or end_date >= day): notes
expire by themselves, nobody has to clear them. Guard-desk volunteers (DUTY_DESK) may add and end
notes as well as social workers (ROSTER_EDIT): they are often the first to know.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.core.dates import age_if_born
from desktop.core.errors import NotFound, ValidationError
from desktop.core.like import like_contains
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster import look_in
from desktop.roster.models import NOTE_KINDS, AttentionNote, Household, Person
from desktop.roster.search import split_tags
from desktop.roster.tags import watch_tags
from desktop.core.messages import msg
from desktop.core.clock import utcnow

WATCH_LIMIT = 500


@dataclass
class NoteInput:
    kind: str
    text: str
    start_date: date
    end_date: date | None = None
    person_id: str | None = None
    household_id: str | None = None


@dataclass
class NoteRow:
    id: str
    kind: str
    text: str
    start_date: date
    end_date: date | None
    author: str
    person_id: str | None
    person_name: str
    household_id: str | None
    address: str
    community_id: str
    building_id: str | None

    @property
    def subject(self) -> str:
        """Who or which home: 陈富森（西湖花园6号楼501） / 西湖花园6号楼601."""
        if self.person_name:
            return f"{self.person_name}（{self.address}）" if self.address else self.person_name
        return self.address


@dataclass
class WatchRow:
    id: str
    name: str
    age: int | None
    address: str
    tags: list[str]          # at the guard desk: the reasons to look in (独居, 空巢 …), no welfare status
    phone: str
    phone_masked: bool = False   # 138****0001: the desk shows the number only when asked (audited)


@dataclass
class TodayInfo:
    on: date
    notes: list[NoteRow] = field(default_factory=list)
    watch_people: list[WatchRow] = field(default_factory=list)
    watch_total: int = 0
    birthdays: list[WatchRow] = field(default_factory=list)


def _writer_perm(actor: Actor) -> Perm:
    return Perm.ROSTER_EDIT if actor.can(Perm.ROSTER_EDIT) else Perm.DUTY_DESK


def add_note(s: Session, actor: Actor, inp: NoteInput) -> str:
    errors: dict[str, str] = {}
    if inp.kind not in NOTE_KINDS:
        errors["kind"] = msg("请选择关注类型：{kinds}", kinds="、".join(NOTE_KINDS))
    if not (inp.text or "").strip() and inp.kind == "其他":
        errors["text"] = "请写明关注内容"
    if inp.start_date is None:
        errors["start_date"] = "请填写开始日期"
    elif inp.end_date is not None and inp.end_date < inp.start_date:
        errors["end_date"] = "结束日期不能早于开始日期"
    person = s.get(Person, inp.person_id) if inp.person_id else None
    household = s.get(Household, inp.household_id) if inp.household_id else None
    if inp.person_id and (person is None or person.deleted_at is not None):
        errors["person_id"] = "找不到这个人"
    if inp.household_id and (household is None or household.deleted_at is not None):
        errors["household_id"] = "找不到这一户"
    if not inp.person_id and not inp.household_id:
        errors["person_id"] = "请选择关注的人或住户"
    if errors:
        raise ValidationError(errors)
    if household is None and person is not None and person.household_id:
        household = s.get(Household, person.household_id)
    community_id = person.community_id if person is not None else household.community_id  # type: ignore[union-attr]
    require(actor, _writer_perm(actor), community_id=community_id, entity="attention_notes")
    note = AttentionNote(community_id=community_id, building_id=household.building_id if household else None,
                         household_id=household.id if household else None,
                         person_id=person.id if person else None, kind=inp.kind, text=(inp.text or "").strip(),
                         start_date=inp.start_date, end_date=inp.end_date, author=actor.display_name,
                         author_id=actor.id)
    s.add(note)
    s.flush()
    return note.id


def _note(s: Session, actor: Actor, note_id: str) -> AttentionNote:
    note = s.get(AttentionNote, note_id)
    if note is None or note.deleted_at is not None:
        require(actor, _writer_perm(actor), entity="attention_notes", entity_id=note_id)
        raise NotFound("找不到这条关注事项")
    require(actor, _writer_perm(actor), community_id=note.community_id, entity="attention_notes",
            entity_id=note_id)
    return note


def end_note(s: Session, actor: Actor, note_id: str, on: date) -> None:
    """The matter is over (e.g. the family is back): the note stops showing after `on`."""
    note = _note(s, actor, note_id)
    note.end_date = max(on, note.start_date)
    s.flush()


def delete_note(s: Session, actor: Actor, note_id: str) -> None:
    _note(s, actor, note_id).deleted_at = utcnow()
    s.flush()


def _scope(actor: Actor, community_id: str | None, perm: Perm = Perm.TODAY_VIEW) -> object:
    require(actor, perm, community_id=community_id, entity="attention_notes")
    if community_id is not None:
        return AttentionNote.community_id == community_id
    if actor.all_communities:
        return None
    return AttentionNote.community_id.in_(sorted(actor.community_ids))


def _rows(s: Session, stmt: object) -> list[NoteRow]:
    out = []
    for n, pname, address in s.execute(stmt):  # type: ignore[call-overload]
        out.append(NoteRow(n.id, n.kind, n.text, n.start_date, n.end_date, n.author, n.person_id, pname or "",
                           n.household_id, address or "", n.community_id, n.building_id))
    return out


def _note_select() -> object:
    return (select(AttentionNote, Person.name, Household.address)
            .outerjoin(Person, Person.id == AttentionNote.person_id)
            .outerjoin(Household, Household.id == AttentionNote.household_id)
            .where(AttentionNote.deleted_at.is_(None), or_(Person.id.is_(None), Person.deleted_at.is_(None))))


def active_notes(s: Session, actor: Actor, *, community_id: str | None = None, building_id: str | None = None,
                 on: date) -> list[NoteRow]:
    """Notes in force on `on` for the community/building (all the actor may see when neither is given)."""
    scope = _scope(actor, community_id)
    stmt = _note_select().where(  # type: ignore[attr-defined]
        AttentionNote.start_date <= on, or_(AttentionNote.end_date.is_(None), AttentionNote.end_date >= on))
    if scope is not None:
        stmt = stmt.where(scope)
    if building_id:
        stmt = stmt.where(AttentionNote.building_id == building_id)
    return _rows(s, stmt.order_by(Household.address, AttentionNote.start_date, AttentionNote.created_at))


def notes_for(s: Session, actor: Actor, *, person_id: str | None = None, household_id: str | None = None,
              ) -> list[NoteRow]:
    """Every note (active or ended) on a person or a household, newest first — for the detail editor."""
    target = s.get(Person, person_id) if person_id else s.get(Household, household_id) if household_id else None
    if target is None:
        raise NotFound("找不到这个人或这一户")
    require(actor, Perm.ROSTER_VIEW, community_id=target.community_id, entity="attention_notes")
    cond = AttentionNote.person_id == person_id if person_id else AttentionNote.household_id == household_id
    stmt = _note_select().where(cond).order_by(AttentionNote.start_date.desc())  # type: ignore[attr-defined]
    return _rows(s, stmt)


def _people_scope(actor: Actor, community_id: str | None, building_id: str | None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [Person.deleted_at.is_(None)]
    if community_id is not None:
        conds.append(Person.community_id == community_id)
    elif not actor.all_communities:
        conds.append(Person.community_id.in_(sorted(actor.community_ids)))
    if building_id:
        conds.append(Household.building_id == building_id)
    return conds


def today_for_desk(s: Session, actor: Actor, *, community_id: str | None = None, building_id: str | None = None,
                   on: date, guard: bool = False) -> TodayInfo:
    """What the desk of a building/community must know today: active notes, people to look in on
    (tags marked “watch” in the tag list: 独居老人, 空巢老人 …), today's birthdays.

    At the guard desk (`guard`, and always for a user who may not read the roster) people are listed
    by the reason to look in (look_in.LOOK_IN_TAGS), never by welfare status, and phones are masked."""
    guard = guard or not actor.can(Perm.ROSTER_VIEW)
    info = TodayInfo(on=on, notes=active_notes(s, actor, community_id=community_id, building_id=building_id,
                                               on=on))
    conds = _people_scope(actor, community_id, building_id)
    base = (select(Person.id, Person.name, Person.birth_date, Household.address, Person.tags, Person.phone)
            .outerjoin(Household, Household.id == Person.household_id).where(*conds))
    tags = list(look_in.LOOK_IN_TAGS) if guard else watch_tags(s)

    if tags:
        # Among the people carrying any tag only (the partial index ix_people_tagged), never the community;
        # '' written out, not bound: a prepared statement's generic plan must see the index's condition.
        tag_cond = or_(*[like_contains("," + Person.tags + ",", f",{t},") for t in tags])
        rows = s.execute(base.where(Person.tags != literal_column("''"), tag_cond).order_by(Household.address, Person.name_pinyin)
                         .limit(WATCH_LIMIT + 1)).all()
        info.watch_total = len(rows)
        info.watch_people = [_watch_row(r, on, tags, guard) for r in rows[:WATCH_LIMIT]]
    born = birthday_dates(on, s.scalar(select(func.min(Person.birth_date))))   # the index's first entry
    for r in s.execute(base.where(Person.birth_date.in_(born)).order_by(Household.address, Person.name)):
        info.birthdays.append(_watch_row(r, on, None, guard))
    return info


def birthday_dates(on: date, earliest: date | None) -> list[date]:
    """Every birth date from `earliest` up to `on` whose birthday is `on` (29 February counts on 28
    February of a year without one): looked up in the birth-date index, one short range each, rather than
    reading every person's month and day."""
    if earliest is None or earliest > on:
        return []
    days = [(on.month, on.day)]
    if (on.month, on.day) == (2, 28) and not _leap(on.year):
        days.append((2, 29))
    out = []
    for year in range(earliest.year, on.year + 1):
        for m, d in days:
            if (m, d) != (2, 29) or _leap(year):
                out.append(date(year, m, d))
    return out


def _watch_row(r: Any, on: date, tags: list[str] | None, guard: bool) -> WatchRow:
    """A person of the desk's lists; `tags` are the ones that put him there (None: all, for birthdays)."""
    found = split_tags(r.tags)
    if guard:
        shown = look_in.reasons(found) if tags is not None else []
    else:
        shown = [t for t in found if t in tags] if tags is not None else found
    phone = r.phone or ""
    return WatchRow(r.id, r.name, age_if_born(r.birth_date, on), r.address or "", shown,
                    look_in.masked(phone) if guard else phone, guard and bool(phone))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
