"""An import's plan: what happens to every data row of the sheet (new person, merged into the person
with the same ID number with the field changes listed, or refused with the reason), planned against
the community's roster without writing anything. desktop.roster.import_service previews and applies it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.messages import Clauses, msg
from desktop.core.pinyin import name_readings
from desktop.core.security import Actor
from desktop.roster.import_clean import PARTIAL_MARK
from desktop.roster.import_guard import Stripped
from desktop.roster.import_merge import birth_update
from desktop.roster.import_places import AMBIGUOUS, Places as _Places
from desktop.roster.import_sheet import Column, ImportCancelled, ParsedSheet, Progress, SheetRow, SkippedRow
from desktop.roster.import_store import ImportStore, StoredRows
from desktop.core.communities import Community
from desktop.roster.models import Person
from desktop.roster.search import join_tags, split_tags
from desktop.roster.tags import known_tags
from desktop.core.vocabulary import sex_label

NEW, MERGE, REFUSED = "new", "merge", "refused"
STATUS_LABELS = {NEW: "新增", MERGE: "合并", REFUSED: "拒绝"}
CHUNK = 500
BATCH = 2000            # sheet rows planned at once (what memory holds of a sheet of up to 200,000)

_PERSON_FIELDS = ("name", "sex", "ethnicity", "phone", "phone2", "relation", "residence_type")
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
        return msg("{label}：{before} → {after}", label=self.label, before=self.before or "（空）",
                   after=self.after or "（空）")


@dataclass(slots=True)   # one per row of a sheet of up to 200,000
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
        return Clauses(self.messages)


@dataclass
class ImportPlan:
    """The preview: the column mapping, every data row with its status (kept on disk: `rows` reads them a
    page at a time), the skipped rows. `close()` removes the rows from disk (else done when collected)."""

    path: str
    sheet: str
    community_id: str
    community_name: str
    header_row: int
    columns: list[Column]
    rows: StoredRows[PlanRow]
    skipped: list[SkippedRow]
    sheet_rows: Sequence[SheetRow] = field(repr=False, default_factory=list)
    parsed: ParsedSheet | None = field(default=None, repr=False, compare=False)
    notes: list[str] = field(default_factory=list)          # about the whole file (e.g. other sheets)
    stripped: list[Stripped] = field(default_factory=list)  # cells that lost invisible characters
    estate: str = ""                  # the estate of the buildings of rows that name none (asked once)
    estates: list[str] = field(default_factory=list)        # the community's estates, to choose from
    # Readings corrected in the preview: sheet row → the reading the new person's name sorts by
    # ("zhang chao yang"), see desktop.roster.import_readings.
    readings: dict[int, str] = field(default_factory=dict)
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

    def close(self) -> None:
        self.rows.store.close()

    def _count(self, status: str) -> int:
        return len(self.rows.where(status=status))

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
    def refused(self) -> StoredRows[PlanRow]:
        return self.rows.where(status=REFUSED)

    @property
    def merges(self) -> StoredRows[PlanRow]:
        return self.rows.where(status=MERGE)

    @property
    def ambiguous_count(self) -> int:
        """Rows refused only because their building's name is not unique and no estate was chosen."""
        return len(self.rows.where(ambiguous=1))

    @property
    def needs_estate(self) -> bool:
        """Should the user be asked which estate the sheet's buildings belong to?"""
        return not self.estate and self.ambiguous_count > 0

    @property
    def partial_dates(self) -> StoredRows[PlanRow]:
        """Rows to be imported with only the year and month of birth (日期不全)."""
        return self.rows.where(partial=1)

    def summary(self) -> str:
        return msg("导入 {new}，合并 {merged}，拒绝 {refused}", new=self.new_count, merged=self.merge_count,
                   refused=self.refused_count)


@dataclass
class ImportResult:
    imported: int
    merged: int
    refused: int
    skipped: int
    buildings_created: int = 0
    households_created: int = 0
    refused_rows: Sequence[PlanRow] = field(default_factory=list, repr=False)

    def summary(self) -> str:
        return msg("导入 {new}，合并 {merged}，拒绝 {refused}", new=self.imported, merged=self.merged,
                   refused=self.refused)


# --- planning -----------------------------------------------------------------------------------

def in_chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def import_community(s: Session, community_id: str) -> Community:
    c = s.get(Community, community_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("找不到这个社区")
    return c


def _shown(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "sex":
        return sex_label(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _shown_birth(born: date | None, partial: bool) -> str:
    if born is None:
        return ""
    return f"{born.year}年{born.month}月（{PARTIAL_MARK}）" if partial else born.isoformat()


def _merge_changes(p: Person, v: dict[str, Any], places: _Places, community_id: str,
                   community_names: dict[str, str]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for key in _PERSON_FIELDS:
        new = v.get(key)
        if new in (None, "") or new == getattr(p, key):
            continue
        changes.append(FieldChange(key, _LABELS[key], _shown(key, getattr(p, key)), _shown(key, new)))
    born = birth_update(p, v)
    if born:
        changes.append(FieldChange("birth_date", _LABELS["birth_date"], _shown_birth(p.birth_date, p.birth_date_partial),
                                   _shown_birth(born["birth_date"], born["birth_date_partial"])))
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


def _key(*parts: Any) -> str:
    return "\x00".join("" if p is None else p.isoformat() if isinstance(p, date) else str(p) for p in parts)


class _Planner:
    """Plans the sheet's rows a batch at a time against the roster; what it must remember across the
    whole sheet (the first row of each ID number, of each name with its birth date or phone) is kept in
    the store, not in memory."""

    def __init__(self, s: Session, actor: Actor, community_id: str, places: _Places, store: ImportStore) -> None:
        self.s, self.actor, self.community_id, self.places, self.store = s, actor, community_id, places, store
        self.gen = store.new_gen()
        self.tags_known = set(known_tags(s))
        self.community_names = dict(s.execute(select(Community.id, Community.name)).all())

    def batch(self, sheet_rows: Sequence[SheetRow]) -> list[PlanRow]:
        s, community_id = self.s, self.community_id
        ids = sorted({r.values["id_number"] for r in sheet_rows if r.ok and r.values.get("id_number")})
        existing: dict[str, Person] = {}
        for chunk in in_chunks(ids):
            for person in s.scalars(select(Person).where(Person.id_number.in_(chunk))):
                existing[person.id_number or ""] = person
        names = sorted({r.values["name"] for r in sheet_rows if r.ok and not r.values.get("id_number")})
        same_name: dict[str, list[tuple[str, date | None, str, bool]]] = {}
        for chunk in in_chunks(names):
            q = select(Person.name, Person.birth_date, Person.phone, Person.id_number.is_not(None)).where(
                Person.community_id == community_id, Person.deleted_at.is_(None), Person.name.in_(chunk))
            for name, born, phone, has_id in s.execute(q):
                same_name.setdefault(name, []).append((name, born, phone, has_id))
        keys = [_key("id", n) for n in ids]
        for r in sheet_rows:
            if r.ok and not r.values.get("id_number"):
                v = r.values
                keys += [_key("born", v["name"], v.get("birth_date")), _key("phone", v["name"], v.get("phone"))]
        first = self.store.first_rows(self.gen, keys)
        added: dict[str, int] = {}

        def seen(key: str, row_number: int) -> int | None:
            """The row `key` was first seen on, remembering this one where it is the first."""
            if key in first:
                return first[key]
            first[key] = added[key] = row_number
            return None

        out = [self._row(r, existing, same_name, seen) for r in sheet_rows]
        self.store.remember(self.gen, added)
        return out

    def _row(self, r: SheetRow, existing: dict[str, Person], same_name: dict[str, list[Any]],
             seen: Callable[[str, int], int | None]) -> PlanRow:
        places, actor, community_id = self.places, self.actor, self.community_id
        v = dict(r.values)
        v["tags"] = list(v.get("tags") or ())
        messages = list(r.warnings)
        unknown = [t for t in v["tags"] if t not in self.tags_known]
        if unknown:
            v["tags"] = [t for t in v["tags"] if t in self.tags_known]
            extra = "人员类别：" + "、".join(unknown)
            v["notes"] = f"{v['notes']}；{extra}" if v["notes"] else extra
            messages.append(msg("“{tags}”不在标签列表中，已记入备注", tags=unknown))
        row = PlanRow(r.sheet, r.row_number, r.cells, NEW, v, messages)
        errors = list(r.errors)
        places.place(v)
        if not errors and v.get("building"):
            _, problem = places.find_building(v["estate"], v["building"])
            if problem:
                errors.append(problem)
        number = v.get("id_number") or ""
        if not errors and number:
            earlier = seen(_key("id", number), r.row_number)
            if earlier is not None:
                errors.append(msg("与第 {row} 行的身份证号重复", row=earlier))
        if errors:
            row.status, row.messages = REFUSED, errors
            return row
        p = existing.get(number) if number else None
        if p is not None and p.merged_into_id:
            row.status, row.messages = REFUSED, ["此身份证号属于一条已被合并的记录，请先核对后在花名册中修改"]
            return row
        if p is not None and not actor.in_community(p.community_id):
            row.status = REFUSED
            row.messages = ["此身份证号已登记在其他社区，你没有权限修改该记录；请联系该社区或督导"]
            return row
        if p is not None:
            row.status, row.person_id = MERGE, p.id
            row.changes = _merge_changes(p, v, places, community_id, self.community_names)
            if not row.changes:
                row.messages.append("与已登记的信息一致，无需修改")
            return row
        if not number:
            hits = [x for x in same_name.get(v["name"], [])
                    if (v["birth_date"] and x[1] == v["birth_date"]) or (v["phone"] and x[2] == v["phone"])]
            if hits:
                row.messages.append(msg("本社区已有同名的“{name}”（出生日期或电话相同），可能是同一人；"
                                        "导入后请在“可能重复”中核对", name=v["name"]))
            said = False
            for kind, value in (("born", v["birth_date"]), ("phone", v["phone"])):
                if value:
                    earlier = seen(_key(kind, v["name"], value), r.row_number)
                    if earlier is not None and not said:
                        row.messages.append(msg("与第 {row} 行可能是同一人（姓名和出生日期或电话相同）", row=earlier))
                        said = True
        return row


def _chunks(rows: Iterable[SheetRow], size: int) -> Iterator[list[SheetRow]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def has_choice(r: PlanRow) -> bool:
    """Is `r` a new person whose name has more than one plausible reading (worth a look in the preview)?"""
    name = r.values.get("name") if r.status == NEW else None
    return bool(name) and len(name_readings(str(name))) > 1


def _flags(r: PlanRow) -> tuple[int, int, int, int]:
    """(partial date, refused only for an ambiguous building, has changes, a new name with a choice of
    readings): what the preview counts and lists by, worked out as the rows are planned."""
    partial = r.status != REFUSED and bool(r.values.get("birth_date_partial"))
    ambiguous = r.status == REFUSED and len(r.messages) == 1 and r.messages[0].startswith(AMBIGUOUS)
    return int(partial), int(ambiguous), int(bool(r.changes)), int(has_choice(r))


def plan_rows(s: Session, actor: Actor, community_id: str, sheet_rows: Iterable[SheetRow], places: _Places,
              store: ImportStore, *, batch: int = BATCH, progress: Progress | None = None) -> StoredRows[PlanRow]:
    """Plan every row against the community's roster, `batch` rows at a time, into the store (a new
    generation); memory holds one batch and the people it names. `progress(rows planned, rows)` after
    each batch (rows already kept, planned again for another estate), False to cancel (ImportCancelled)."""
    planner = _Planner(s, actor, community_id, places, store)
    done = 0
    total = len(sheet_rows) if progress is not None and isinstance(sheet_rows, StoredRows) else 0
    chunks = sheet_rows.batches(batch) if isinstance(sheet_rows, StoredRows) else _chunks(sheet_rows, batch)
    for chunk in chunks:
        rows = planner.batch(chunk)
        store.add_plan_rows(planner.gen, done, rows, [_flags(r) for r in rows])
        done += len(rows)
        if progress is not None and progress(done, max(total, done)) is False:
            raise ImportCancelled()
    return StoredRows(store, "plan", planner.gen)
