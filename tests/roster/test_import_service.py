"""Import service: preview plan, one-transaction apply, cancel, error report and re-import."""

from __future__ import annotations

from datetime import date
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.errors import PermissionDenied
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.roster import records, service
from desktop.roster.roster_lines import roster_lines
from desktop.roster.import_report import write_error_report
from desktop.roster.import_service import (
    MERGE, NEW, REFUSED, ImportCancelled, apply_import, preview_import,
)
from desktop.core.communities import Community
from desktop.roster.models import Building, Household, HouseholdMove, Person
from tests import helpers
from tests.roster.roster_sheets import copy_database, messy_roster, migrated_template, pid, simple_roster

EXISTING = pid(date(1960, 1, 2), 71)


def worker_of(*community_ids: str, role: Role = Role.SOCIAL_WORKER, name: str = "sg1") -> Actor:
    """An acting user without an account row (services only read role, scope and name)."""
    return Actor(id=None, username=name, display_name=name, role=role, community_ids=frozenset(community_ids))


ADMIN = Actor(id=None, username="admin", display_name="管理员", role=Role.ADMIN)


def _existing(db: Database, actor, cid: str) -> str:
    with db.session(actor) as s:
        return service.save_person(s, actor, service.PersonInput(
            name="王建国", id_number=EXISTING, phone="13700001111", community_id=cid, notes="老住户"))


def _people(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Person))


def _west(db: Database) -> str:
    with db.session() as s:
        found = s.scalar(select(Community.id).where(Community.name == "西湖社区"))
    return found or helpers.community(db, "西湖社区")


def _world(db: Database, tmp_path: Path):
    cid = _west(db)
    worker = worker_of(cid)
    existing = _existing(db, ADMIN, cid)
    path = tmp_path / "花名册.xlsx"
    expect = messy_roster(path, EXISTING)
    return db, cid, worker, existing, path, expect


@pytest.fixture
def world(db: Database, tmp_path: Path):
    """On SQLite and PostgreSQL."""
    return _world(db, tmp_path)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_template(tmp_path_factory.mktemp("import"))


@pytest.fixture
def fresh_db(template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of a migrated SQLite file holding 西湖社区 (SQLite-only tests)."""
    db = copy_database(template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def sworld(fresh_db: Database, tmp_path: Path):
    return _world(fresh_db, tmp_path)


def test_preview_plans_every_row_and_writes_nothing(world) -> None:
    db, cid, worker, existing, path, expect = world
    before = _people(db)
    with db.session(worker) as s:
        plan = preview_import(s, worker, path, cid)
    assert _people(db) == before
    assert plan.header_row == 3
    assert plan.mapping["C 公民身份号码"] == "id_number"
    assert plan.mapping["B 姓  名"] == "name"
    assert plan.mapping["A 序号"] is None
    by_row = {r.row_number: r for r in plan.rows}
    assert {n for n, r in by_row.items() if r.status == NEW} == set(expect.new)
    assert {n for n, r in by_row.items() if r.status == MERGE} == set(expect.merged)
    assert {n for n, r in by_row.items() if r.status == REFUSED} == set(expect.refused)
    for n, word in expect.refused.items():
        assert word in by_row[n].reason, (n, by_row[n].reason)
    assert {k.row_number: k.reason for k in plan.skipped} == expect.skipped
    assert plan.new_count + plan.merge_count + plan.refused_count == len(plan.rows) == 11
    assert plan.summary() == "导入 5，合并 1，拒绝 5"
    merge = by_row[9]
    assert merge.person_id == existing
    changes = {c.field: (c.before, c.after) for c in merge.changes}
    assert changes["phone"] == ("13700001111", "13700002222")
    assert changes["household"] == ("", "6号楼1单元301")
    assert changes["tags"] == ("", "低保")
    assert "第 4 行" in by_row[10].reason


def test_apply_writes_new_and_merged_people(world) -> None:
    db, cid, worker, existing, path, expect = world
    with db.session(worker) as s:
        plan = preview_import(s, worker, path, cid)
        result = apply_import(s, worker, plan)
    assert (result.imported, result.merged, result.refused, result.skipped) == (5, 1, 5, 3)
    assert result.summary() == "导入 5，合并 1，拒绝 5"
    with db.session() as s:
        people = {p.name: p for p in s.scalars(select(Person).where(Person.community_id == cid))}
        assert set(people) == {"王建国", *expect.new.values()}
        for n, number in expect.ids.items():
            assert people[expect.new[n]].id_number == number
        for n, born in expect.births.items():
            name = expect.new.get(n) or expect.merged[n]
            assert people[name].birth_date == born
        assert people["阿依古丽·买买提"].id_number is None
        assert people["阿依古丽·买买提"].ethnicity == "维吾尔族"
        assert people["陈富森"].phone == "13812345678" and people["陈富森"].tags == "独居老人"
        assert people["李秀英"].tags == "空巢老人"
        assert people["吴玉珍"].phone == "0763-3312345" and people["吴玉珍"].residence_type == "常住"
        # the building cell merged over rows 4-5 puts both into one household
        assert people["陈富森"].household_id == people["李秀英"].household_id is not None
        h = s.get(Household, people["陈富森"].household_id)
        assert (h.unit, h.room, h.address, h.floor) == ("1", "501", "6号楼1单元501", 5)
        assert s.scalar(select(func.count()).select_from(Building).where(Building.community_id == cid)) == 1
        wang = people["王建国"]
        assert wang.id == existing and wang.phone == "13700002222" and wang.notes == "老住户"
        assert wang.tags == "低保" and wang.household_id is not None
        assert s.scalar(select(func.count()).select_from(HouseholdMove).where(
            HouseholdMove.person_id == existing)) == 1
        # one summary row for the import, the merged person's changes field by field, no copy of new rows
        audited = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "people").order_by(AuditEntry.at)))
        assert [(e.action, e.entity_id) for e in audited] == [("create", existing), ("update", existing)]
        assert "13700002222" in (audited[1].changes or "")
        assert not s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.changes.contains("017X")))
        summary = s.scalars(select(AuditEntry).where(AuditEntry.entity == "roster_import")).one()
        assert "导入 5，合并 1，拒绝 5" in (summary.detail or "")
        history = records.person_history(s, worker, people["陈富森"].id)
        assert [(h.action, h.after) for h in history] == [("新建", summary.detail)]
    with db.session(worker) as s:                     # the export reads them back in address order
        lines = roster_lines(s, cid, full_id=False)
    assert [x.name for x in lines] == ["王建国", "陈富森", "李秀英", "吴玉珍", "𠮷䶮", "阿依古丽·买买提"]
    assert lines[1].id_number == "441802********017X" and lines[5].id_number == ""
    with db.session(worker) as s:
        for query, name in (("cfs", "陈富森"), ("𠮷", "𠮷䶮"), ("5678", "陈富森"), ("买买提", "阿依古丽·买买提"),
                            ("6号楼1单元501", "李秀英")):
            found = [r.name for r in service.search_people(s, worker, query, community_id=cid)]
            assert name in found, (query, found)


def test_cancel_rolls_back_everything(world) -> None:
    db, cid, worker, existing, path, _ = world
    before = _people(db)
    with db.session(worker) as s:
        plan = preview_import(s, worker, path, cid)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done == 0           # cancel after the first chunk was written

    with pytest.raises(ImportCancelled):
        with db.session(worker) as s:
            apply_import(s, worker, plan, progress)
    assert calls[0] == (0, 6) and len(calls) == 2
    assert _people(db) == before
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Household)) == 0
        assert s.get(Person, existing).phone == "13700001111"


def test_progress_reaches_total(sworld) -> None:
    db, cid, worker, _, path, _ = sworld
    seen: list[tuple[int, int]] = []
    with db.session(worker) as s:
        apply_import(s, worker, preview_import(s, worker, path, cid), lambda d, t: seen.append((d, t)) or True)
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def test_error_report_can_be_fixed_and_imported_again(sworld, tmp_path: Path) -> None:
    db, cid, worker, _, path, expect = sworld
    with db.session(worker) as s:
        plan = preview_import(s, worker, path, cid)
        apply_import(s, worker, plan)
    report = tmp_path / "错误报告.xlsx"
    assert write_error_report(plan, report) == 5
    wb = load_workbook(report)
    ws = wb["未导入的行"]
    header = [c.value for c in ws[1]]
    assert header[:2] == ["错误原因", "原行号"] and header[2:] == plan.headers
    rows = {r[1]: list(r) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == set(expect.refused)
    assert rows[8][4] == "4.41802199001011E+17" and "数字" in rows[8][0]
    assert ws.cell(row=2, column=5).number_format == "@"
    skipped = [r for r in wb["跳过的行"].iter_rows(min_row=2, max_row=4, values_only=True)]
    assert [(r[0], r[1]) for r in skipped] == [(7, "空行"), (16, "空行"), (17, "合计行")]
    # the office fixes every row and imports the report again
    fixes = {8: (None, pid(date(1966, 6, 6), 81)), 13: (None, pid(date(1970, 5, 5), 41)),
             14: ("孙八", None), 15: (None, pid(date(1972, 7, 7), 62))}
    for r in ws.iter_rows(min_row=2):
        n = r[1].value
        if n in fixes:
            name, number = fixes[n]
            if name:
                r[3].value = name
            if number:
                r[4].value = number
    wb.save(report)
    with db.session(worker) as s:
        again = preview_import(s, worker, report, cid)
        assert again.refused_count == 0, [(r.row_number, r.reason) for r in again.refused]
        result = apply_import(s, worker, again)
    # the duplicate 陈富森 row now merges into the 陈富森 imported the first time
    assert (result.imported, result.merged, result.refused) == (4, 1, 0)
    with db.session() as s:
        names = set(s.scalars(select(Person.name).where(Person.community_id == cid)))
        assert {"黄志强", "赵六", "孙八", "钱七"} <= names


def test_apply_replans_against_current_data(sworld) -> None:
    """A person entered by hand between preview and apply is merged, not duplicated."""
    db, cid, worker, _, path, expect = sworld
    with db.session(worker) as s:
        plan = preview_import(s, worker, path, cid)
    with db.session(worker) as s:
        service.save_person(s, worker, service.PersonInput(name="陈富森", id_number=expect.ids[4],
                                                           community_id=cid))
    with db.session(worker) as s:
        result = apply_import(s, worker, plan)
    assert (result.imported, result.merged) == (4, 2)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "陈富森")) == 1


def test_permissions_and_scope(sworld, tmp_path: Path) -> None:
    db, cid, worker, _, path, _ = sworld
    other = helpers.community(db, "后街社区")
    reception = worker_of(cid, role=Role.RECEPTION, name="qt1")
    with pytest.raises(PermissionDenied):
        with db.session(reception) as s:
            preview_import(s, reception, path, cid)
    with pytest.raises(PermissionDenied):
        with db.session(worker) as s:
            preview_import(s, worker, path, other)


def test_person_of_another_community_is_not_touched(fresh_db: Database, tmp_path: Path) -> None:
    db = fresh_db
    west = _west(db)
    back = helpers.community(db, "后街社区")
    admin = ADMIN
    worker = worker_of(west)
    number = pid(date(1955, 5, 5), 11)
    with db.session(admin) as s:
        service.save_person(s, admin, service.PersonInput(name="周大", id_number=number, community_id=back))
    sheet = simple_roster(tmp_path / "a.xlsx", [["周大", number, "13800138000", "6栋501"]])
    with db.session(worker) as s:
        plan = preview_import(s, worker, sheet, west)
    assert plan.refused_count == 1 and "其他社区" in plan.rows[0].reason
    with db.session(admin) as s:
        plan = preview_import(s, admin, sheet, west)
        assert plan.merge_count == 1
        assert {c.field for c in plan.rows[0].changes} >= {"community", "household", "phone"}
        apply_import(s, admin, plan)
    with db.session() as s:
        p = s.scalar(select(Person).where(Person.id_number == number))
        assert p.community_id == west and p.household.address == "6号楼501"


def test_possible_duplicates_without_id_are_flagged_not_merged(fresh_db: Database, tmp_path: Path) -> None:
    db = fresh_db
    cid = _west(db)
    worker = worker_of(cid)
    with db.session(worker) as s:
        service.save_person(s, worker, service.PersonInput(name="刘芳", phone="13500001111", community_id=cid))
    sheet = simple_roster(tmp_path / "b.xlsx", [["刘芳", None, "13500001111", "6栋501"],
                                                 ["马强", None, "13500002222", "6栋502"],
                                                 ["马强", None, "13500002222", "6栋502"]])
    with db.session(worker) as s:
        plan = preview_import(s, worker, sheet, cid)
        assert [r.status for r in plan.rows] == [NEW, NEW, NEW]
        assert "可能重复" in plan.rows[0].reason
        assert "第 3 行" in plan.rows[2].reason
        apply_import(s, worker, plan)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "刘芳")) == 2
