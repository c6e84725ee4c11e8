"""Merging two records of one person, and undoing it.

Every link to a person is found in the metadata (every foreign key to `people.id`, in every module), so a
table added later is moved too without anyone listing it. A linked record that cannot move because the
kept person already has its counterpart (a unique key, or a natural key of desktop.roster.merge_rules) is
folded into that counterpart: the rules say what the kept one takes over, the records hanging from the
dropped one move the same way (recursively), and the dropped one is soft-deleted where it stands.

Each change is written to a journal (`person_merges.steps`) as it is made; `undo_merge` plays it backwards,
after checking that nothing it touched has changed since. The whole merge runs inside a savepoint: a
refusal (`UserError`) leaves the database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, UniqueConstraint, select
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.orm import Base
from desktop.core.errors import NotFound, UserError
from desktop.core.messages import Clauses, msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.modules import all_tables
from desktop.roster import merge_rules as rules
from desktop.roster.models import Household, Person, PersonMerge
from desktop.roster.search import join_tags, split_tags
from desktop.roster.search_fields import fill_search_fields

BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "updated_by", "version"})
FILLABLE = ("sex", "birth_date", "ethnicity", "phone", "phone2", "relation", "residence_type", "household_id")


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    keep_id: str
    drop_id: str
    moved: dict[str, int]            # "table.column" -> records moved to the kept person
    folded: tuple[str, ...]          # what became of each pair that could not simply move

    @property
    def links(self) -> int:
        return sum(self.moved.values()) + len(self.folded)

    @property
    def summary(self) -> str:
        counts: dict[str, int] = {}
        for key, n in self.moved.items():
            label = rules.label_of(key.split(".")[0])
            counts[label] = counts.get(label, 0) + n
        moved = [msg("移过来：{counts}", counts=[msg("{label} {n} 条", label=label, n=n)
                                                  for label, n in counts.items()])] if counts else []
        folded: dict[str, int] = {}
        for line in self.folded:
            folded[line] = folded.get(line, 0) + 1
        return Clauses(moved + [msg("{what}（{n} 处）", what=line, n=n) if n > 1 else line
                                for line, n in folded.items()])


# --- metadata --------------------------------------------------------------------------------------

def _classes() -> dict[str, type[Any]]:
    all_tables()                                  # every module's tables, so no link is missed
    return {cast(Table, m.local_table).name: m.class_ for m in Base.registry.mappers}


def links_to(table: str) -> list[tuple[Table, str]]:
    """(table, column) of every foreign key to `table.id` in the metadata."""
    return [(t, fk.parent.name) for t in all_tables().sorted_tables for fk in sorted(t.foreign_keys, key=lambda f: f.parent.name)
            if fk.column.table.name == table and fk.column.name == "id"]


def unique_keys(table: Table) -> set[tuple[str, ...]]:
    keys = {tuple(c.name for c in u.columns) for u in table.constraints if isinstance(u, UniqueConstraint)}
    keys |= {tuple(c.name for c in i.columns) for i in table.indexes if i.unique}
    keys |= {(c.name,) for c in table.columns if c.unique}
    return keys


def _keys_with(table: Table, column: str) -> list[tuple[tuple[str, ...], bool]]:
    """(columns, live rows only) of the keys that include `column`."""
    out = [(k, False) for k in sorted(unique_keys(table)) if column in k]
    out += [(k, True) for k in rules.NATURAL_KEYS.get(table.name, ()) if column in k]
    return out


def _data_columns(table: Table, skip: set[str]) -> list[str]:
    in_keys = {c for k in unique_keys(table) for c in k}
    return [c.name for c in table.columns if c.name not in BOOKKEEPING | skip | in_keys]


# --- the journal -----------------------------------------------------------------------------------

def _enc(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, bytes):
        raise TypeError("a merge does not rewrite binary columns")
    return value


def _dec(value: Any) -> Any:
    if isinstance(value, dict):
        return datetime.fromisoformat(value["dt"]) if "dt" in value else date.fromisoformat(value["d"])
    return value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime) and (a.tzinfo is None) != (b.tzinfo is None):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return bool(a == b)


@dataclass
class Journal:
    s: Session
    steps: list[list[Any]] = field(default_factory=list)

    def change(self, obj: Any, fn: Callable[[], None]) -> bool:
        """Run `fn` (which changes `obj`), flush, and record each column it changed."""
        cols = [c.name for c in obj.__table__.columns if c.name not in BOOKKEEPING]
        before = {c: getattr(obj, c) for c in cols}
        fn()
        self.s.flush()
        diff = {c: [_enc(before[c]), _enc(getattr(obj, c))] for c in cols if not _same(before[c], getattr(obj, c))}
        if diff:
            self.steps.append([obj.__table__.name, obj.id, diff])
        return bool(diff)

    def set(self, obj: Any, **values: Any) -> bool:
        def assign() -> None:
            for key, value in values.items():
                setattr(obj, key, value)
        return self.change(obj, assign)


# --- moving and folding ----------------------------------------------------------------------------

@dataclass
class _Merge:
    s: Session
    journal: Journal
    now: datetime
    classes: dict[str, type[Any]]
    moved: dict[str, int] = field(default_factory=dict)
    folded: list[str] = field(default_factory=list)

    def repoint(self, parent: str, from_id: str, into_id: str, *, top: bool = False) -> None:
        """Every record linked to `parent` row `from_id` is linked to `into_id` instead, or folded."""
        for table, column in links_to(parent):
            if not top and (table.name, column) in rules.STAYS:
                continue
            cls = self.classes[table.name]
            col = getattr(cls, column)
            for row in self.s.scalars(select(cls).where(col == from_id).order_by(cls.created_at, cls.id)).all():
                twin = self._twin(cls, table, column, row, into_id)
                if twin is None:
                    self.journal.set(row, **{column: into_id})
                    if top:
                        self.moved[f"{table.name}.{column}"] = self.moved.get(f"{table.name}.{column}", 0) + 1
                else:
                    self.fold(table, column, row, twin)

    def _twin(self, cls: type[Any], table: Table, column: str, row: Any, into_id: str) -> Any:
        for key, live_only in _keys_with(table, column):
            others = [c for c in key if c != column]
            if any(getattr(row, c) is None for c in others) or (live_only and row.deleted_at is not None):
                continue
            q = select(cls).where(getattr(cls, column) == into_id, *[getattr(cls, c) == getattr(row, c) for c in others])
            if live_only:
                q = q.where(cls.deleted_at.is_(None))
            twin = self.s.scalars(q.limit(1)).first()
            if twin is not None:
                return twin
        return None

    def fold(self, table: Table, column: str, dropped: Any, kept: Any) -> None:
        if kept.deleted_at is not None and dropped.deleted_at is None:
            self._take_over(table, column, dropped, kept)
        else:
            combine = rules.COMBINE.get(table.name)
            updates = combine(kept, dropped) if combine else {}
            if updates:
                self.journal.set(kept, **updates)
        self.folded.append(rules.describe(table.name, kept, dropped))
        self.repoint(table.name, dropped.id, kept.id)
        if dropped.deleted_at is None:
            self.journal.set(dropped, deleted_at=self.now)

    def _take_over(self, table: Table, column: str, dropped: Any, kept: Any) -> None:
        """The kept person's counterpart was deleted and the other's is live: the live one's data wins."""
        identity = [k for k in unique_keys(table) if column not in k and "id" not in k]
        clash = [c for k in identity for c in k if getattr(kept, c) != getattr(dropped, c)]
        if clash:
            raise UserError(msg("要保留的记录的{what}已删除，另一条记录的仍在使用，不能自动合并：请改为保留另一条记录，或先恢复已删除的那一条",
                                what=rules.label_of(table.name)))
        values = {c: getattr(dropped, c) for c in _data_columns(table, {column})}
        self.journal.set(kept, **values)


# --- people ----------------------------------------------------------------------------------------

def _people(s: Session, actor: Actor, keep_id: str, drop_id: str) -> tuple[Person, Person]:
    if keep_id == drop_id:
        raise UserError("不能把一个人和自己合并")
    keep, drop = s.get(Person, keep_id), s.get(Person, drop_id)
    if keep is None or drop is None:
        require(actor, Perm.ROSTER_EDIT, entity="people", entity_id=keep_id)
        raise NotFound("找不到要合并的记录")
    for p in (keep, drop):
        require(actor, Perm.ROSTER_EDIT, community_id=p.community_id, entity="people", entity_id=p.id)
    if keep.deleted_at is not None or drop.deleted_at is not None:
        raise UserError("已删除的记录不能合并，请先恢复")
    if keep.id_number and drop.id_number and keep.id_number != drop.id_number:
        raise UserError("两人身份证号不同，是两个人，不能合并")
    return keep, drop


def _person_fields(j: Journal, keep: Person, drop: Person, now: datetime) -> None:
    number = drop.id_number
    if number and not keep.id_number:
        j.set(drop, id_number=None)          # the number is unique: off one record before onto the other
        j.set(keep, id_number=number)

    def fill() -> None:
        for key in FILLABLE:
            if getattr(keep, key) in (None, "") and getattr(drop, key) not in (None, ""):
                setattr(keep, key, getattr(drop, key))
        keep.tags = join_tags(split_tags(keep.tags) + split_tags(drop.tags))
        if drop.notes and drop.notes not in keep.notes:
            keep.notes = (keep.notes + "\n" + drop.notes).strip()
        fill_search_fields(keep, j.s.get(Household, keep.household_id) if keep.household_id else None)

    j.change(keep, fill)
    j.set(drop, deleted_at=now, merged_into_id=keep.id)


def _merge(s: Session, actor: Actor, keep: Person, drop: Person) -> MergeResult:
    now = clock.utcnow()
    m = _Merge(s, Journal(s), now, _classes())
    m.repoint("people", drop.id, keep.id, top=True)
    _person_fields(m.journal, keep, drop, now)
    result = MergeResult("", keep.id, drop.id, m.moved, tuple(m.folded))
    record = PersonMerge(keep_id=keep.id, drop_id=drop.id, summary=result.summary,
                         steps=json.dumps(m.journal.steps, ensure_ascii=False))
    s.add(record)
    s.flush()
    audit.record(s, actor, AuditAction.UPDATE, "people", keep.id,
                 f"合并：{drop.name} → {keep.name}；{result.summary}".rstrip("；"))
    return MergeResult(record.id, keep.id, drop.id, m.moved, tuple(m.folded))


def merge_people(s: Session, actor: Actor, keep_id: str, drop_id: str) -> MergeResult:
    """Merge `drop` into `keep`: every link to `drop` in any table now points to `keep` (or is folded into
    `keep`'s counterpart), empty fields of `keep` are filled from `drop`, tags and notes are joined; `drop`
    is soft-deleted and marked merged. Refused with a `UserError` naming the conflict; nothing changes then."""
    keep, drop = _people(s, actor, keep_id, drop_id)
    with _savepoint(s):
        return _merge(s, actor, keep, drop)


def preview_merge(s: Session, actor: Actor, keep_id: str, drop_id: str) -> MergeResult:
    """What `merge_people` would do, without doing it (the merge is run and rolled back)."""
    keep, drop = _people(s, actor, keep_id, drop_id)
    sp = s.begin_nested()
    try:
        return _merge(s, actor, keep, drop)
    finally:
        sp.rollback()
        s.expire_all()


class _savepoint:  # noqa: N801 — used as `with _savepoint(s):`, like a function
    def __init__(self, s: Session) -> None:
        self.s = s

    def __enter__(self) -> None:
        self.sp = self.s.begin_nested()

    def __exit__(self, kind: type | None, *_exc: object) -> None:
        if kind is None:
            self.sp.commit()
        else:
            self.sp.rollback()
            self.s.expire_all()


# --- undo ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MergeRow:
    id: str
    keep_id: str
    drop_id: str
    at: datetime
    by: str
    summary: str
    undone: bool


def merges_of(s: Session, actor: Actor, person_id: str) -> list[MergeRow]:
    """The merges a person took part in (kept or dropped), newest first."""
    p = s.get(Person, person_id)
    require(actor, Perm.ROSTER_VIEW, community_id=p.community_id if p else None, entity="people", entity_id=person_id)
    rows = s.scalars(select(PersonMerge).where((PersonMerge.keep_id == person_id) | (PersonMerge.drop_id == person_id))
                     .order_by(PersonMerge.created_at.desc()))
    return [MergeRow(r.id, r.keep_id, r.drop_id, r.created_at, r.updated_by or "", r.summary, r.undone_at is not None)
            for r in rows]


def _steps(record: PersonMerge) -> Iterator[tuple[str, str, dict[str, list[Any]]]]:
    for table, row_id, diff in reversed(json.loads(record.steps)):
        yield table, row_id, diff


def undo_merge(s: Session, actor: Actor, merge_id: str) -> None:
    """Put both records and every record the merge touched back as they were. Refused when something the
    merge changed has been changed again since (the message says what)."""
    record = s.get(PersonMerge, merge_id)
    if record is None or record.deleted_at is not None:
        raise NotFound("找不到这次合并")
    keep, drop = s.get(Person, record.keep_id), s.get(Person, record.drop_id)
    for p in (keep, drop):
        require(actor, Perm.ROSTER_EDIT, community_id=p.community_id if p else None, entity="people",
                entity_id=p.id if p else None)
    if record.undone_at is not None:
        raise UserError("这次合并已经撤销过了")
    classes = _classes()
    rows: list[tuple[Any, dict[str, list[Any]]]] = []
    state: dict[tuple[str, str, str], Any] = {}      # played backwards on paper first
    for table, row_id, diff in _steps(record):
        obj = s.get(classes[table], row_id)
        if obj is None:
            raise UserError(msg("合并时改过的{what}已不存在，不能撤销", what=rules.label_of(table)))
        for column, (before, after) in diff.items():
            now = state.get((table, row_id, column), getattr(obj, column))
            if not _same(now, _dec(after)):
                what = "居民信息" if table == "people" else rules.label_of(table)
                raise UserError(msg("合并之后{what}又有改动，不能自动撤销，请手工核对", what=what))
            state[(table, row_id, column)] = _dec(before)
        rows.append((obj, diff))
    with _savepoint(s):
        for obj, diff in rows:
            for column, (before, _after) in diff.items():
                setattr(obj, column, _dec(before))
            s.flush()
        record.undone_at = clock.utcnow()
        record.undone_by = actor.username
        s.flush()
        audit.record(s, actor, AuditAction.UPDATE, "people", record.keep_id,
                     f"撤销合并：{drop.name if drop else ''} 与 {keep.name if keep else ''} 恢复为两条记录")
