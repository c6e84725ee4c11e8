"""The lazy people table model, without widgets: paging, SQL sorting, filtering, roles, headers."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.db import Database
from tests.demo_world import migrated_db
from desktop.roster.bulk import bulk_add_people
from desktop.roster import service
from desktop.roster.service import PersonInput
from desktop.roster.views.people_model import (
    COL_AGE, COL_NAME, COL_SEX, COL_TAGS, COLUMN_COUNT, HouseholdIdRole, PeopleFilters, PeopleTableModel,
    PersonIdRole, PersonRowRole,
)
from desktop.ui.qt import QModelIndex, Qt
from tests import helpers

SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = ["秀英", "建国", "桂兰", "志强", "丽华", "伟", "芳", "国庆", "淑珍", "海燕"]


def _fill(db: Database):
    cid = helpers.community(db, "西湖社区")
    admin = helpers.admin(db)
    with db.session(admin) as s:
        b = service.ensure_building(s, admin, cid, "西湖花园", "6号楼")
        h501 = service.ensure_household(s, admin, b, "", "501")
        h601 = service.ensure_household(s, admin, b, "", "601")
        service.save_person(s, admin, PersonInput(name="王秀英", sex="F", birth_date=date(1930, 1, 1),
                                                  tags=("独居老人",), community_id=cid, household_id=h501))
        rows = []
        for i in range(1, 230):
            rows.append(dict(
                name=SURNAMES[i % 10] + GIVEN[(i // 10) % 10] + ("" if i < 100 else str(i)),
                sex="MF"[i % 2], birth_date=date(1930 + i % 90, 1 + i % 12, 1 + i % 28),
                phone=f"139{i:08d}", tags=["独居老人"] if i % 10 == 0 else [], community_id=cid,
                household_id=h601 if i == 1 else None))
        bulk_add_people(s, admin, rows)
    return cid, admin, h501


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    """One roster of 230 people for the read-only tests of this module."""
    db = migrated_db(tmp_path_factory.mktemp("people-model") / "linli.db")
    cid, admin, h501 = _fill(db)
    yield db, admin, cid, h501
    db.dispose()


def test_pages_in_lazily(world, qtmodeltester):
    db, admin, _cid, _h = world
    m = PeopleTableModel(db, admin)
    m.set_query("")
    assert m.total == 230
    assert m.rowCount() == 100
    assert m.columnCount() == COLUMN_COUNT
    assert m.canFetchMore()
    m.fetchMore()
    assert m.rowCount() == 200
    m.fetchMore()
    assert m.rowCount() == 230
    assert not m.canFetchMore()
    ids = {m.data(m.index(r, COL_NAME), PersonIdRole) for r in range(m.rowCount())}
    assert len(ids) == 230                        # no row twice across pages
    qtmodeltester.check(m, force_py=True)


def test_fetch_until_and_row_of(world):
    db, admin, _cid, _h = world
    m = PeopleTableModel(db, admin, page_size=50)
    m.set_query("")
    assert m.rowCount() == 50
    m.fetch_until(160)
    assert m.rowCount() == 200
    pid = m.data(m.index(170, 0), PersonIdRole)
    assert m.row_of(pid) == 170
    assert m.row_of("nobody") == -1


def test_sort_requeries_in_sql(world):
    db, admin, _cid, _h = world
    m = PeopleTableModel(db, admin)
    m.set_query("")
    before = m.queries
    m.sort(COL_AGE, Qt.SortOrder.DescendingOrder)
    assert m.queries > before                     # a new SQL query, not a proxy re-sort
    assert m.sort_key == ("age", True)
    assert m.rowCount() == 100
    ages = [int(m.data(m.index(r, COL_AGE))) for r in range(m.rowCount())]
    assert ages == sorted(ages, reverse=True)
    # the first page of a descending sort holds the oldest people of all 230
    assert ages[0] == max(r.age for r in _all_rows(db, admin))
    m.sort(COL_AGE, Qt.SortOrder.AscendingOrder)
    ages = [int(m.data(m.index(r, COL_AGE))) for r in range(m.rowCount())]
    assert ages == sorted(ages)
    q = m.queries
    m.sort(COL_TAGS, Qt.SortOrder.AscendingOrder)  # not a sortable column: nothing happens
    assert m.queries == q


def _all_rows(db, admin):
    with db.session(admin) as s:
        return service.search_people(s, admin, "", limit=1000)


def test_query_text_and_filters(world):
    db, admin, cid, h501 = world
    m = PeopleTableModel(db, admin)
    m.set_query("王秀英")
    assert m.total == 3
    assert {m.data(m.index(r, COL_NAME)) for r in range(3)} == {"王秀英", "王秀英100", "王秀英200"}
    m.set_query("", PeopleFilters(tags=("独居老人",)))
    assert m.total == 23                           # 王秀英 and every tenth of the others
    assert all("独居老人" in m.data(m.index(r, COL_TAGS)) for r in range(m.rowCount()))
    m.set_query("", PeopleFilters(household_id=h501))
    assert m.total == 1
    assert m.data(m.index(0, 0), HouseholdIdRole) == h501
    m.set_query("", PeopleFilters(age_min=80))
    ages = [m.data(m.index(r, 0), PersonRowRole).age for r in range(m.rowCount())]
    assert ages and min(ages) >= 80
    m.set_query("", PeopleFilters(community_id=cid, age_max=18))
    assert all(m.data(m.index(r, 0), PersonRowRole).age <= 18 for r in range(m.rowCount()))
    m.set_query("没有这个人")
    assert m.rowCount() == 0 and m.total == 0 and not m.canFetchMore()


def test_headers_roles_and_display(world):
    db, admin, _cid, _h = world
    m = PeopleTableModel(db, admin)
    m.set_query("李建国")
    assert m.headerData(COL_NAME, Qt.Orientation.Horizontal) == "姓名"
    assert m.headerData(COL_AGE, Qt.Orientation.Horizontal) == "年龄"
    assert m.data(m.index(0, COL_SEX)) in ("男", "女")
    row = m.data(m.index(0, 0), PersonRowRole)
    assert row.name == "李建国"
    assert m.data(m.index(0, COL_AGE)) == str(row.age)
    assert m.data(QModelIndex()) is None
    assert m.data(m.index(5, 0)) is None


def test_scope_hides_other_communities(sqlite_db: Database):
    xh = helpers.community(sqlite_db, "西湖社区")
    hj = helpers.community(sqlite_db, "后街社区")
    admin = helpers.admin(sqlite_db)
    from desktop.core.roles import Role
    worker = helpers.actor(sqlite_db, "sg", Role.SOCIAL_WORKER, ["后街社区"])
    with sqlite_db.session(admin) as s:
        service.save_person(s, admin, PersonInput(name="王秀英", sex="F", community_id=xh))
    m = PeopleTableModel(sqlite_db, worker)
    m.set_query("")
    assert m.total == 0
    with sqlite_db.session(worker) as s:
        service.save_person(s, worker, PersonInput(name="何丽", sex="F", community_id=hj))
    m.reload()
    assert m.total == 1 and m.data(m.index(0, COL_NAME)) == "何丽"
    m.set_query("王秀英")
    assert m.total == 0


def test_errors_go_to_the_handler(sqlite_db: Database):
    db = sqlite_db
    from desktop.core.roles import Role
    volunteer = helpers.actor(db, "vol", Role.DUTY_VOLUNTEER)   # no ROSTER_VIEW
    seen: list[Exception] = []
    m = PeopleTableModel(db, volunteer, on_error=seen.append)
    m.set_query("王")
    assert m.rowCount() == 0
    assert seen and getattr(seen[0], "message", "")
