"""An import at scale: the sheet's rows and the plan are kept on disk and planned and written a batch at a
time (memory flat in the number of rows), with the same plan and the same stored result as planning the
whole sheet in one batch; one summary audit row per import, merged people's changes field by field."""

from __future__ import annotations

import csv
import os
import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.paths import data_dir
from desktop.roster import service
from desktop.roster.import_service import MERGE, NEW, REFUSED, apply_import, preview_import
from desktop.roster.import_store import ImportStore
from desktop.roster.models import Building, Household, HouseholdMove, Person
from tests import helpers
from tests.roster.roster_sheets import EXISTING_ID, messy_roster, pid

SURNAMES = "陈李黄张梁何罗潘欧"
GIVEN = "美兰素桂英少珍福森"


def _csv(path: Path, n: int) -> Path:
    """`n` new people (a few of 20 flats), each with an ID number and a note of a few hundred bytes."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "身份证号码", "联系电话", "住址", "备注"])
        for i in range(n):
            w.writerow([SURNAMES[i % 9] + GIVEN[i % 9] + GIVEN[(i // 9) % 9], pid(date(1940 + i % 50, 1 + i % 12, 1 + i % 28), i % 1000, f"44{1800 + i // 1000:04d}"),
                        f"138{i:08d}", f"西湖花园{1 + i % 4}号楼{1 + i % 5}01", "备注" * 100])
    return path


def _peak(db: Database, cid: str, path: Path) -> int:
    admin = helpers.admin(db)
    with db.session(admin) as s:
        tracemalloc.start()
        try:
            plan = preview_import(s, admin, path, cid, batch=150)
            result = apply_import(s, admin, plan, batch=150)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert result.refused == 0 and result.imported == len(plan.rows), plan.refused[:3]
        plan.close()
        s.rollback()
    return peak


def test_preview_and_apply_hold_a_batch_not_the_sheet(sqlite_db: Database, tmp_path: Path) -> None:
    cid = helpers.community(sqlite_db)
    _peak(sqlite_db, cid, _csv(tmp_path / "warm.csv", 150))       # first use: caches, compiled statements
    small = _peak(sqlite_db, cid, _csv(tmp_path / "small.csv", 600))
    large = _peak(sqlite_db, cid, _csv(tmp_path / "large.csv", 2400))
    # 4x the rows: about the same peak (holding every planned row, ~3 KB each, would add ~5 MB here)
    assert large < small * 1.25 + 300_000, (small, large)


def _plan_rows(plan: Any) -> list[tuple[Any, ...]]:
    return [(r.row_number, r.status, r.messages, [str(c) for c in r.changes], r.values) for r in plan.rows]


def _stored(s: Any, existing: str) -> dict[str, Any]:
    """What an import left, without the new rows' ids (made afresh on each run)."""
    flats = {h.id: h.address for h in s.scalars(select(Household))}
    people = sorted(repr((p.name, p.id_number, p.birth_date, p.phone, p.tags, p.notes, flats.get(p.household_id or ""),
                          p.name_pinyin, p.search_text, p.version)) for p in s.scalars(select(Person)))
    audit = sorted((e.entity, e.action, e.entity_id == existing, e.detail or "") for e in s.scalars(select(AuditEntry)))
    return dict(people=people, flats=sorted(flats.values()), audit=audit,
                moves=len(list(s.scalars(select(HouseholdMove)))))


def _roster_with_wang(db: Database) -> tuple[str, Any, str]:
    """A community, its admin, and 王建国 on the roster (whom the sheet's row with EXISTING_ID merges into)."""
    cid = helpers.community(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        existing = service.save_person(s, admin, service.PersonInput(
            name="王建国", id_number=EXISTING_ID, phone="13700001111", community_id=cid))
    return cid, admin, existing


def test_batches_plan_and_write_what_one_batch_does(db: Database, tmp_path: Path) -> None:
    cid, admin, existing = _roster_with_wang(db)
    with db.session(admin) as s:
        service.save_person(s, admin, service.PersonInput(name="何美兰", birth_date=date(1950, 2, 3), community_id=cid))
    messy = tmp_path / "messy.xlsx"
    messy_roster(messy, EXISTING_ID)
    dupes = tmp_path / "dupes.csv"
    with dupes.open("w", encoding="utf-8", newline="") as f:     # the same people again, rows apart
        w = csv.writer(f)
        w.writerow(["姓名", "身份证号码", "出生日期", "联系电话", "住址"])
        for i in range(12):
            w.writerow([("何美兰", "李四", "张三")[i % 3], pid(date(1960, 1, 1), 5) if i in (2, 8) else "",
                        "1950-02-03" if i % 3 == 0 else "", "13900000000" if i % 3 == 1 else "",
                        f"西湖花园{1 + i % 2}号楼101"])
    for sheet, counts in ((messy, (5, 1, 5)), (dupes, (11, 0, 1))):
        seen = []
        for batch in (2, 10_000):
            with db.session(admin) as s:
                plan = preview_import(s, admin, sheet, cid, batch=batch)
                rows = _plan_rows(plan)
                result = apply_import(s, admin, plan, batch=batch)
                assert (result.imported, result.merged, result.refused) == counts
                seen.append((rows, _stored(s, existing)))
                plan.close()
                s.rollback()
        assert seen[0] == seen[1]
    statuses = {r[0]: r[1] for r in seen[0][0]}
    assert list(statuses.values()).count(NEW) == 11 and statuses[10] == REFUSED and MERGE not in statuses.values()
    notes = {r[0]: r[2] for r in seen[0][0]}
    assert any("第 2 行" in m for m in notes[5]) and any("第 3 行" in m for m in notes[12])   # batches apart
    assert any("可能是同一人" in m for m in notes[2])                 # 何美兰 1950-02-03 is on the roster
    assert notes[10] == ["与第 4 行的身份证号重复"]


def test_one_summary_row_per_import_and_the_merges_field_by_field(db: Database, tmp_path: Path) -> None:
    cid, admin, existing = _roster_with_wang(db)
    with db.session(admin) as s:
        before = {e.id for e in s.scalars(select(AuditEntry))}
    sheet = tmp_path / "messy.xlsx"
    messy_roster(sheet, EXISTING_ID)
    with db.session(admin) as s:
        result = apply_import(s, admin, preview_import(s, admin, sheet, cid, batch=3), batch=3)
    assert (result.imported, result.households_created, result.buildings_created) == (5, 5, 1)
    with db.session(admin) as s:
        rows = [e for e in s.scalars(select(AuditEntry).order_by(AuditEntry.at)) if e.id not in before]
        kinds = sorted((e.entity, e.action, e.entity_id == existing) for e in rows)
        # the import, the building the sheet named (saved as any building is), the merged person's changes
        # and move; no row per new person or per new flat
        assert kinds == [("buildings", "create", False), ("household_moves", "create", False),
                         ("people", "update", True), ("roster_import", "create", False)], kinds
        summary = next(e for e in rows if e.entity == "roster_import")
        assert "导入 5，合并 1，拒绝 5" in (summary.detail or "") and "新建住户 5 户" in (summary.detail or "")
        update = next(e for e in rows if e.entity == "people")
        assert "13700002222" in (update.changes or "") and "13700001111" in (update.changes or "")
        flats = list(s.scalars(select(Household)))
        assert len(flats) == 5 and {h.created_at for h in flats} == {summary.at}
        assert {h.updated_by for h in flats} == {admin.username}
        assert s.scalar(select(Building.name)) == "6号楼"


def test_the_rows_live_in_the_data_folder_until_the_plan_is_closed(sqlite_db: Database, tmp_path: Path) -> None:
    cid = helpers.community(sqlite_db)
    admin = helpers.admin(sqlite_db)
    with sqlite_db.session(admin) as s:
        plan = preview_import(s, admin, _csv(tmp_path / "a.csv", 30), cid, batch=7)
        again = preview_import(s, admin, plan.path, cid, parsed=plan.parsed)    # the estate asked: same rows
    store = plan.rows.store
    assert store.path.parent == data_dir() / "tmp" and store.path.is_file()
    assert again.rows.store is store and len(again.rows) == len(plan.rows) == 30
    assert [r.row_number for r in plan.rows[5:8]] == [7, 8, 9] and plan.rows[-1].row_number == 31
    assert len(plan.rows.page(25, 10)) == 5 and plan.rows.page(30, 10) == []
    with pytest.raises(IndexError):
        plan.rows[30]
    plan.close()
    assert not store.path.exists() and store.closed
    # a file left by a process that ended without removing it goes with the next import after a day
    left, recent = data_dir() / "tmp" / "import-left.db", data_dir() / "tmp" / "import-recent.db"
    left.write_bytes(b"")
    recent.write_bytes(b"")
    day_old = recent.stat().st_mtime - 2 * 24 * 3600
    os.utime(left, (day_old, day_old))
    ImportStore().close()
    assert not left.exists() and recent.exists()


def test_planning_again_reports_its_rows_and_stops_when_told(sqlite_db: Database, tmp_path: Path) -> None:
    """Reading reports rows read of the sheet's rows; planning the kept rows again (the estate chosen)
    reports rows planned of the rows kept, a batch at a time, and stops when told (the plan shown before
    keeps its rows). A read stopped half-way leaves no file in the data folder."""
    from desktop.roster.import_service import ImportCancelled

    cid = helpers.community(sqlite_db)
    admin = helpers.admin(sqlite_db)
    sheet = _csv(tmp_path / "a.csv", 1200)
    read: list[tuple[int, int]] = []
    with sqlite_db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid, batch=100, progress=lambda d, t: read.append((d, t)) or True)
    assert read == [(500, 1201), (1000, 1201)]                    # sheet rows, counted by the file's lines
    planned: list[tuple[int, int]] = []
    with sqlite_db.session(admin) as s:
        again = preview_import(s, admin, sheet, cid, batch=100, parsed=plan.parsed,
                               progress=lambda d, t: planned.append((d, t)) or True)
    assert planned == [(n, 1200) for n in range(100, 1201, 100)] and again.new_count == 1200
    stopped: list[int] = []
    with pytest.raises(ImportCancelled), sqlite_db.session(admin) as s:
        preview_import(s, admin, sheet, cid, batch=100, parsed=plan.parsed,
                       progress=lambda d, t: stopped.append(d) or d < 300)
    assert stopped == [100, 200, 300]
    assert len(plan.rows) == 1200 and plan.rows[-1].row_number == 1201 and plan.rows.store.path.is_file()
    plan.close()
    with pytest.raises(ImportCancelled), sqlite_db.session(admin) as s:
        preview_import(s, admin, sheet, cid, batch=100, progress=lambda d, t: d < 1000)
    assert list((data_dir() / "tmp").glob("import-*.db")) == []


def test_stored_rows_keep_their_messages_translatable(sqlite_db: Database, tmp_path: Path) -> None:
    """A planned row read back from disk still carries each message's template and values (the English
    window translates the reasons it lists)."""
    from desktop.core.messages import Msg

    cid = helpers.community(sqlite_db)
    admin = helpers.admin(sqlite_db)
    sheet = _csv(tmp_path / "a.csv", 3)
    sheet.write_text(sheet.read_text(encoding="utf-8") + sheet.read_text(encoding="utf-8").splitlines()[1] + "\n",
                     encoding="utf-8")                                    # row 5: row 2 again
    with sqlite_db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid)
    (row,) = plan.refused
    (reason,) = row.messages
    assert isinstance(reason, Msg) and reason.template == "与第 {row} 行的身份证号重复" and reason.params == {"row": 2}
    plan.close()
