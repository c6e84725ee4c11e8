"""Importing a roster sheet: preview (a plan for every data row), apply (one transaction).

Every data row of the sheet ends up as exactly one of: a new person, merged into the existing
person with the same ID number (the field changes listed), or refused with its sheet row
number and a reason. Refused rows go to an error report (.xlsx) that can be fixed and imported
again (desktop.roster.import_report). Blank rows, the totals row and repeated headers are skipped and listed as such.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction, AuditEntry
from desktop.core.bulk_insert import insert_rows
from desktop.core.db import new_id
from desktop.core.errors import NotFound, UserError
from desktop.core.idcard import mask_id
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.address import floor_of, household_address
from desktop.roster.bulk import bulk_add_people
from desktop.roster.import_sheet import Column, ImportCancelled, Progress, SheetRow, SkippedRow, read_sheet
from desktop.roster.import_guard import Stripped
from desktop.roster.import_merge import write_merges
from desktop.roster.models import Building, Community, Household, Person
from desktop.roster.search import keys_written_after
from desktop.roster.service import household_keys, join_tags, known_tags, split_tags

__all__ = [
    "FieldChange", "ImportCancelled", "ImportPlan", "ImportResult", "PlanRow", "MERGE", "NEW", "REFUSED",
    "apply_import", "preview_import",
]

NEW, MERGE, REFUSED = "new", "merge", "refused"
STATUS_LABELS = {NEW: "新增", MERGE: "合并", REFUSED: "拒绝"}
CHUNK = 500

_PERSON_FIELDS = ("name", "sex", "birth_date", "ethnicity", "phone", "phone2", "relation", "residence_type")
_LABELS = {"name": "姓名", "sex": "性别", "birth_date": "出生日期", "ethnicity": "民族", "phone": "联系电话",
           "phone2": "联系电话2", "relation": "与户主关系", "residence_type": "居住类型", "tags": "标签",
           "notes": "备注", "household": "住址", "community": "社区", "deleted": "状态"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.label}：{self.before or '（空）'} → {self.after or '（空）'}"


@dataclass
class PlanRow:
    """What happens to one data row: NEW, MERGE (into person_id, with changes) or REFUSED."""

    sheet: str
    row_number: int
    cells: list[Any]
    status: str
    values: dict[str, Any]
    messages: list[str] = field(default_factory=list)   # reasons (refused) or warnings
    changes: list[FieldChange] = field(default_factory=list)
    person_id: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def reason(self) -> str:
        return "；".join(self.messages)


@dataclass
class ImportPlan:
    """The preview: the column mapping, every data row with its status, the skipped rows."""

    path: str
    sheet: str
    community_id: str
    community_name: str
    header_row: int
    columns: list[Column]
    rows: list[PlanRow]
    skipped: list[SkippedRow]
    sheet_rows: list[SheetRow] = field(repr=False, default_factory=list)
    notes: list[str] = field(default_factory=list)          # about the whole file (e.g. other sheets)
    stripped: list[Stripped] = field(default_factory=list)  # cells that lost invisible characters
    # What the preview looked up, reusable by apply_import only while nothing can have changed
    # (see _unchanged_since); never shown, never compared.
    _planned: Any = field(default=None, repr=False, compare=False)

    @property
    def file_name(self) -> str:
        return Path(self.path).name

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def mapping(self) -> dict[str, str | None]:
        """Sheet column ("B 身份证号") → field (None: not imported)."""
        return {f"{c.letter} {c.header}": c.field for c in self.columns}

    def _count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def new_count(self) -> int:
        return self._count(NEW)

    @property
    def merge_count(self) -> int:
        return self._count(MERGE)

    @property
    def refused_count(self) -> int:
        return self._count(REFUSED)

    @property
    def counts(self) -> dict[str, int]:
        return {NEW: self.new_count, MERGE: self.merge_count, REFUSED: self.refused_count,
                "skipped": len(self.skipped), "rows": len(self.rows)}

    @property
    def refused(self) -> list[PlanRow]:
        return [r for r in self.rows if r.status == REFUSED]

    def summary(self) -> str:
        return f"导入 {self.new_count}，合并 {self.merge_count}，拒绝 {self.refused_count}"


@dataclass
class ImportResult:
    imported: int
    merged: int
    refused: int
    skipped: int
    buildings_created: int = 0
    households_created: int = 0
    person_ids: list[str] = field(default_factory=list, repr=False)
    refused_rows: list[PlanRow] = field(default_factory=list, repr=False)

    def summary(self) -> str:
        return f"导入 {self.imported}，合并 {self.merged}，拒绝 {self.refused}"


# --- places: buildings and households of the community, looked up in memory ---------------------

class _Places:
    def __init__(self, s: Session, community_id: str) -> None:
        self.s = s
        self.community_id = community_id
        self.buildings: dict[tuple[str, str], Building] = {}
        self.building_by_id: dict[str, Building] = {}
        self.by_name: dict[str, list[Building]] = {}
        for b in s.scalars(select(Building).where(Building.community_id == community_id,
                                                  Building.deleted_at.is_(None))):
            self._add_building(b)
        self.households: dict[tuple[str, str, str], Any] = {}
        self.household_by_id: dict[str, Any] = {}
        rows = s.execute(select(Household.id, Household.building_id, Household.unit, Household.room,
                                Household.address)
                         .where(Household.community_id == community_id, Household.deleted_at.is_(None)))
        for hid, bid, unit, room, address in rows:
            self._add_household(hid, bid, unit, room, address)
        self.new_buildings = 0
        self.new_households: list[dict[str, Any]] = []
        self.people: dict[str, Person] = {}

    def _add_building(self, b: Building) -> None:
        self.buildings[(b.estate, b.name)] = b
        self.building_by_id[b.id] = b
        self.by_name.setdefault(b.name, []).append(b)

    def _add_household(self, hid: str, bid: str, unit: str, room: str, address: str) -> Any:
        h = SimpleNamespace(id=hid, building_id=bid, unit=unit, room=room, address=address,
                            building=self.building_by_id.get(bid))
        self.households[(bid, unit, room)] = h
        self.household_by_id[hid] = h
        return h

    def find_building(self, estate: str, name: str) -> tuple[Building | None, str]:
        """(building or None when it would be created, problem)."""
        if (estate, name) in self.buildings:
            return self.buildings[(estate, name)], ""
        if not estate:
            found = self.by_name.get(name, [])
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                estates = "、".join(sorted(b.estate or "（未写小区）" for b in found))
                return None, f"本社区有多个“{name}”（{estates}），请在住址中写明小区名"
        return None, ""

    def household_for(self, values: dict[str, Any]) -> Any:
        """The household of a planned row, creating the building/household rows when needed."""
        if not values.get("building"):
            return None
        b, problem = self.find_building(values["estate"], values["building"])
        if problem:
            raise UserError(problem)
        if b is None:
            b = Building(community_id=self.community_id, estate=values["estate"], name=values["building"],
                         address=f"{values['estate']}{values['building']}")
            self.s.add(b)
            self.s.flush()
            self._add_building(b)
            self.new_buildings += 1
        key = (b.id, values["unit"], values["room"])
        if key in self.households:
            return self.households[key]
        hid = new_id()
        address = household_address(b.estate, b.name, values["unit"], values["room"])
        self.new_households.append(dict(
            id=hid, building_id=b.id, community_id=self.community_id, unit=values["unit"], room=values["room"],
            floor=floor_of(values["room"]), address=address, phone="", notes=""))
        return self._add_household(hid, b.id, values["unit"], values["room"], address)

    def target_address(self, values: dict[str, Any]) -> str:
        if not values.get("building"):
            return ""
        b, _ = self.find_building(values["estate"], values["building"])
        estate = b.estate if b is not None else values["estate"]
        return household_address(estate, values["building"], values["unit"], values["room"])


# --- planning -----------------------------------------------------------------------------------

def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _community(s: Session, community_id: str) -> Community:
    c = s.get(Community, community_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("找不到这个社区")
    return c


def _shown(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "sex":
        return {"M": "男", "F": "女"}.get(value, "")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _merge_changes(p: Person, v: dict[str, Any], places: _Places, community_id: str,
                   community_names: dict[str, str]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for key in _PERSON_FIELDS:
        new = v.get(key)
        if new in (None, "") or new == getattr(p, key):
            continue
        changes.append(FieldChange(key, _LABELS[key], _shown(key, getattr(p, key)), _shown(key, new)))
    old_tags = split_tags(p.tags)
    tags = join_tags([*old_tags, *v["tags"]])
    if tags != p.tags:
        changes.append(FieldChange("tags", _LABELS["tags"], "、".join(old_tags), "、".join(split_tags(tags))))
    if v["notes"] and v["notes"] not in (p.notes or ""):
        notes = f"{p.notes}；{v['notes']}" if p.notes else v["notes"]
        changes.append(FieldChange("notes", _LABELS["notes"], p.notes or "", notes))
    if p.community_id != community_id:
        changes.append(FieldChange("community", _LABELS["community"], community_names.get(p.community_id, ""),
                                   community_names.get(community_id, "")))
    before = places.household_by_id.get(p.household_id) if p.household_id else None
    before_address = before.address if before is not None else (p.household.address if p.household else "")
    after = places.target_address(v)
    if after and after != before_address:
        changes.append(FieldChange("household", _LABELS["household"], before_address, after))
    elif not after and p.community_id != community_id and p.household_id:
        changes.append(FieldChange("household", _LABELS["household"], before_address, ""))
    if p.deleted_at is not None:
        changes.append(FieldChange("deleted", _LABELS["deleted"], "已删除", "恢复"))
    return changes


def _plan_rows(s: Session, actor: Actor, community_id: str, sheet_rows: Sequence[SheetRow],
               places: _Places) -> list[PlanRow]:
    tags_known = set(known_tags(s))
    ids = sorted({r.values["id_number"] for r in sheet_rows if r.ok and r.values.get("id_number")})
    existing: dict[str, Person] = {}
    for chunk in _chunks(ids):
        for p in s.scalars(select(Person).where(Person.id_number.in_(chunk))):
            existing[p.id_number or ""] = p
    places.people = {p.id: p for p in existing.values()}    # held here so the session keeps them loaded
    names = sorted({r.values["name"] for r in sheet_rows if r.ok and not r.values.get("id_number")})
    same_name: dict[str, list[tuple[str, date | None, str, bool]]] = {}
    for chunk in _chunks(names):
        q = select(Person.name, Person.birth_date, Person.phone, Person.id_number.is_not(None)).where(
            Person.community_id == community_id, Person.deleted_at.is_(None), Person.name.in_(chunk))
        for name, born, phone, has_id in s.execute(q):
            same_name.setdefault(name, []).append((name, born, phone, has_id))
    community_names = dict(s.execute(select(Community.id, Community.name)).all())
    first_row: dict[str, int] = {}
    seen_people: dict[tuple[str, Any], int] = {}
    out: list[PlanRow] = []
    for r in sheet_rows:
        v = dict(r.values)
        v["tags"] = list(v.get("tags") or ())
        messages = list(r.warnings)
        unknown = [t for t in v["tags"] if t not in tags_known]
        if unknown:
            v["tags"] = [t for t in v["tags"] if t in tags_known]
            extra = "人员类别：" + "、".join(unknown)
            v["notes"] = f"{v['notes']}；{extra}" if v["notes"] else extra
            messages.append(f"“{'、'.join(unknown)}”不在标签列表中，已记入备注")
        row = PlanRow(r.sheet, r.row_number, r.cells, NEW, v, messages)
        out.append(row)
        errors = list(r.errors)
        if not errors and v.get("building"):
            _, problem = places.find_building(v["estate"], v["building"])
            if problem:
                errors.append(problem)
        number = v.get("id_number") or ""
        if not errors and number:
            if number in first_row:
                errors.append(f"与第 {first_row[number]} 行的身份证号重复")
            else:
                first_row[number] = r.row_number
        if errors:
            row.status, row.messages = REFUSED, errors
            continue
        p = existing.get(number) if number else None
        if p is not None and p.merged_into_id:
            row.status, row.messages = REFUSED, ["此身份证号属于一条已被合并的记录，请先核对后在花名册中修改"]
            continue
        if p is not None and not actor.in_community(p.community_id):
            row.status = REFUSED
            row.messages = ["此身份证号已登记在其他社区，你没有权限修改该记录；请联系该社区或督导"]
            continue
        if p is not None:
            row.status, row.person_id = MERGE, p.id
            row.changes = _merge_changes(p, v, places, community_id, community_names)
            if not row.changes:
                row.messages.append("与已登记的信息一致，无需修改")
            continue
        if not number:
            key_b, key_p = (v["name"], v["birth_date"]), (v["name"], v["phone"])
            hits = [x for x in same_name.get(v["name"], [])
                    if (v["birth_date"] and x[1] == v["birth_date"]) or (v["phone"] and x[2] == v["phone"])]
            if hits:
                row.messages.append(f"本社区已有同名的“{v['name']}”（出生日期或电话相同），可能是同一人；"
                                    "导入后请在“可能重复”中核对")
            for key in (key_b, key_p):
                if key[1] and key in seen_people:
                    row.messages.append(f"与第 {seen_people[key]} 行可能是同一人（姓名和出生日期或电话相同）")
                    break
            for key in (key_b, key_p):
                if key[1]:
                    seen_people.setdefault(key, r.row_number)
    return out


def preview_import(s: Session, actor: Actor, path: Path | str, community_id: str, *,
                   override: dict[int, str | None] | None = None, progress: Progress | None = None) -> ImportPlan:
    """Read the sheet and plan every data row against the community's roster; writes nothing.

    `override` maps a 0-based column index to a field name (or None) where the header says otherwise.
    `progress(rows read, rows in the sheet)` returning False cancels (ImportCancelled).
    """
    require(actor, Perm.ROSTER_IMPORT, community_id=community_id, entity="communities", entity_id=community_id)
    community = _community(s, community_id)
    parsed = read_sheet(path, override=override, progress=progress)
    places = _Places(s, community_id)
    rows = _plan_rows(s, actor, community_id, parsed.rows, places)
    notes = parsed.notes + [f"“{c.letter} {c.header}”列{c.note}" for c in parsed.columns if c.note]
    plan = ImportPlan(str(path), parsed.sheet, community_id, community.name, parsed.header_row, parsed.columns,
                      rows, parsed.skipped, parsed.rows, notes, parsed.stripped)
    state = _db_state(s)
    if state is not None:
        plan._planned = (state, actor, places, rows)
    return plan


def _db_state(s: Session) -> tuple[Any, ...] | None:
    """SQLite: what tells that nothing was written since — by this connection (total_changes) or by
    any other (PRAGMA data_version) — valid only within this session on the same connection, with
    nothing pending in the session. None when it cannot be told."""
    if s.get_bind().dialect.name != "sqlite" or s.new or s.dirty or s.deleted:
        return None
    conn = s.connection()
    dbapi = conn.connection.dbapi_connection
    version = conn.exec_driver_sql("PRAGMA data_version").scalar()
    return (id(s), id(conn), id(dbapi), dbapi.total_changes, version)


def _unchanged_since(s: Session, actor: Actor, plan: ImportPlan) -> tuple[Any, list[PlanRow]] | None:
    """The preview's places and rows when apply runs in the same session and connection as the
    preview, for the same actor, and nothing at all was written in the database since."""
    planned, plan._planned = plan._planned, None           # used once at most
    if planned is None:
        return None
    state, planned_actor, places, rows = planned
    if planned_actor != actor or rows is not plan.rows or _db_state(s) != state:
        return None
    return places, rows


# --- applying ----------------------------------------------------------------------------------------

def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def _audit_rows(actor: Actor, entity: str, rows: Sequence[dict[str, Any]], skip: set[str]) -> list[dict[str, Any]]:
    now = clock.utcnow()
    out = []
    for row in rows:
        changes = {}
        for key, value in row.items():
            if key in skip or value is None or value == "":
                continue
            if key == "id_number":
                value = mask_id(value)
            changes[key] = [None, value.isoformat() if isinstance(value, date) else value]
        out.append(audit.entry_row(actor, AuditAction.CREATE, entity, row["id"], changes, at=now, detail="导入花名册"))
    return out


_NOT_AUDITED = {"created_at", "updated_at", "updated_by", "version", "deleted_at", "search_text",
                "name_pinyin", "name_initials", "merged_into_id"}


def _new_person(community_id: str, v: dict[str, Any], household: Any) -> dict[str, Any]:
    return dict(
        id=new_id(), community_id=community_id, household_id=household.id if household is not None else None,
        name=v["name"], sex=v["sex"], birth_date=v["birth_date"], ethnicity=v["ethnicity"],
        id_number=v["id_number"] or None, phone=v["phone"], phone2=v["phone2"], relation=v["relation"],
        residence_type=v["residence_type"], notes=v["notes"], tags=list(v["tags"]))


def apply_import(s: Session, actor: Actor, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write the plan in the caller's unit of work (one transaction).

    The rows are planned again against the data as it is now, so a person added since the preview
    is merged, not duplicated. `progress(done, total)` is called as rows are written; returning
    False cancels: ImportCancelled is raised and the unit of work rolls back with nothing written.
    """
    require(actor, Perm.ROSTER_IMPORT, community_id=plan.community_id, entity="communities",
            entity_id=plan.community_id)
    _community(s, plan.community_id)
    reused = _unchanged_since(s, actor, plan)
    if reused is not None:
        places, rows = reused
    else:
        places = _Places(s, plan.community_id)
        rows = _plan_rows(s, actor, plan.community_id, plan.sheet_rows, places)
    todo = [r for r in rows if r.status != REFUSED]
    total = len(todo)
    _tick(progress, 0, total)
    households = {id(r): places.household_for(r.values) for r in todo}
    for chunk in _chunks(places.new_households):
        now = clock.utcnow()
        full = [dict(h, created_at=now, updated_at=now, updated_by=actor.username, deleted_at=None, version=1)
                for h in chunk]
        insert_rows(s, Household.__table__, full)
        insert_rows(s, AuditEntry.__table__, _audit_rows(actor, "households", full, _NOT_AUDITED))
    done = 0
    created: list[str] = []
    new_rows = [r for r in todo if r.status == NEW]
    address_keys = {h.id: household_keys(h) for h in {id(h): h for h in households.values() if h}.values()}
    with keys_written_after(s.connection()):       # one sorted pass for all new people's search keys
        for chunk in _chunks(new_rows):
            people = [_new_person(plan.community_id, r.values, households[id(r)]) for r in chunk]
            created += bulk_add_people(s, actor, people, perm=Perm.ROSTER_IMPORT, address_keys=address_keys)
            for r, p in zip(chunk, people):
                r.person_id = p["id"]
            done += len(chunk)
            _tick(progress, done, total)
    merge_rows = [r for r in todo if r.status == MERGE]
    for chunk in _chunks(merge_rows):
        write_merges(s, actor, [(places.people[r.person_id or ""], r.values, households[id(r)])
                                for r in chunk if r.changes], plan.community_id, places.household_by_id)
        done += len(chunk)
        _tick(progress, done, total)
    refused = [r for r in rows if r.status == REFUSED]
    result = ImportResult(imported=len(new_rows), merged=len(merge_rows), refused=len(refused),
                          skipped=len(plan.skipped), buildings_created=places.new_buildings,
                          households_created=len(places.new_households), person_ids=created,
                          refused_rows=refused)
    audit.record(s, actor, AuditAction.CREATE, "roster_import", plan.community_id,
                 f"导入花名册 {plan.file_name}（{plan.sheet}）到{plan.community_name}：{result.summary()}，"
                 f"跳过 {result.skipped} 行")
    s.flush()
    plan.rows = rows
    return result
