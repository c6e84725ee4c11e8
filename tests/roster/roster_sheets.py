"""Builders of roster sheets as offices keep them, written with openpyxl in the test itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desktop.core.idcard import check_digit, make_id

FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def pid(birth: date, seq: int, area: str = "441802") -> str:
    return make_id(area, birth, seq)


def pid_with_x(birth: date, female: bool = True, area: str = "441802") -> str:
    """A valid ID whose check character is X."""
    for seq in range(1000):
        first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
        if check_digit(first17) == "X" and (seq % 2 == 0) == female:
            return first17 + "X"
    raise AssertionError("no X check digit found")


@dataclass
class Expect:
    """What the messy sheet should produce."""

    new: dict[int, str] = field(default_factory=dict)        # row number -> name
    merged: dict[int, str] = field(default_factory=dict)
    refused: dict[int, str] = field(default_factory=dict)    # row number -> a word of the reason
    skipped: dict[int, str] = field(default_factory=dict)    # row number -> reason
    ids: dict[int, str] = field(default_factory=dict)        # row number -> normalised ID
    births: dict[int, date] = field(default_factory=dict)


HEADER = ["序号", "姓  名", "公民身份号码", "性别", "出生年月", "民族", "楼栋", "单元", "房号",
          "手机号码", "与户主关系", "户籍类型", "人员类别", "备注"]


def messy_roster(path: Path, existing_id: str) -> Expect:
    """The sheet of an office: two title rows (one merged across), a header with synonyms,
    a building cell merged down over its household, every kind of problem, a totals row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["凤城街道西湖社区居民花名册"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(["填报单位：西湖社区居委会", None, None, None, None, None, None, None, "填报日期：2026年11月"])
    ws.append(HEADER)
    e = Expect()
    chen = pid(date(1950, 3, 5), 17)
    wu = pid_with_x(date(1948, 7, 1))
    rows: list[list[Any]] = [
        # 4: full ID, dotted date, building merged down rows 4-5
        [1, " 陈富森 ", chen, "男", "1950.3.5", "汉", 6, 1, 501, "138 1234 5678 ", "户主", "户籍", "独居老人", None],
        # 5: full-width digits in the ID, 年月日 date
        [2, "李  秀英", pid(date(1952, 8, 9), 22).translate(FULL_WIDTH), "女", "1952年8月9日", "汉族", None, 1, 501,
         "13912345678", "配偶", "户籍", "空巢", None],
        # 6: lower-case x, date typed as a number
        [3, "吴玉珍", wu.lower(), "女", 19480701, "汉", 6, 2, 602, "0763-3312345", "户主", "常住", None, "腿脚不便"],
        # 7: blank row inside the table
        [None] * len(HEADER),
        # 8: ID typed as a number: precision lost
        [4, "黄志强", 4.41802199001011E+17, "男", None, "汉", 6, 1, 302, "13800001111", "户主", "户籍", None, None],
        # 9: an Excel date cell, the existing person to merge (new phone)
        [5, "王建国", existing_id, "男", datetime(1960, 1, 2), "汉", 6, 1, 301, "13700002222", "户主", "户籍",
         "低保", None],
        # 10: duplicate ID within the sheet
        [6, "陈富森", chen, "男", None, "汉", 6, 1, 501, None, "户主", "户籍", None, None],
        # 11: Excel serial number as the birth date, rare characters in the name
        [7, "𠮷䶮", pid(date(1990, 1, 1), 31), "男", 32874, "汉", 6, 3, 701, None, "户主", "流动", None, None],
        # 12: minority name with a middle dot, no ID, birth date only
        [8, "阿依古丽·买买提", None, "女", "1985-06-07", "维吾尔", 6, 3, 702, "13611112222", "户主", "流动", None,
         None],
        # 13: bad check digit
        [9, "赵六", pid(date(1970, 5, 5), 41)[:-1] + ("0" if pid(date(1970, 5, 5), 41)[-1] != "0" else "1"),
         "男", None, "汉", 6, 1, 402, None, "户主", "户籍", None, None],
        # 14: missing name
        [10, None, pid(date(1971, 6, 6), 51), "男", None, "汉", 6, 1, 403, None, None, None, None, None],
        # 15: sex disagrees with the ID
        [11, "钱七", pid(date(1972, 7, 7), 61), "女", None, "汉", 6, 1, 404, None, None, None, None, None],
        # 16, 17: blank, then the totals row
        [None] * len(HEADER),
        ["合计", None, None, None, None, None, None, None, None, None, None, None, None, "共 11 人"],
    ]
    for r in rows:
        ws.append(r)
    ws.merge_cells("G4:G5")          # building 6 written once for the household of 501
    e.new = {4: "陈富森", 5: "李秀英", 6: "吴玉珍", 11: "𠮷䶮", 12: "阿依古丽·买买提"}
    e.merged = {9: "王建国"}
    e.refused = {8: "数字", 10: "重复", 13: "校验位", 14: "姓名", 15: "性别"}
    e.skipped = {7: "空行", 16: "空行", 17: "合计行"}
    e.ids = {4: chen, 5: pid(date(1952, 8, 9), 22), 6: wu, 11: pid(date(1990, 1, 1), 31)}
    e.births = {4: date(1950, 3, 5), 5: date(1952, 8, 9), 6: date(1948, 7, 1), 11: date(1990, 1, 1),
                12: date(1985, 6, 7), 9: date(1960, 1, 2)}
    for row in range(4, 16):
        ws.cell(row=row, column=3).number_format = "@" if row != 8 else "0.00E+00"
    wb.save(path)
    return e


def simple_roster(path: Path, rows: list[list[Any]], header: list[str] | None = None,
                  title_rows: int = 0) -> Path:
    wb = Workbook()
    ws = wb.active
    for n in range(title_rows):
        ws.append([f"花名册标题 {n + 1}"])
    ws.append(header or ["姓名", "身份证号码", "联系电话", "住址"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


EXISTING_ID = pid(date(1960, 1, 2), 71)


def imported_world(db: Any, sheet: Path) -> dict[str, Any]:
    """西湖社区 with 王建国 already registered and the messy sheet imported; attention notes on
    the household of 501 and on 吴玉珍 (6号楼2单元602)."""
    from sqlalchemy import select

    from desktop.core.roles import Role
    from desktop.core.security import Actor
    from desktop.roster import attention, service
    from desktop.roster.import_service import apply_import, preview_import
    from desktop.core.communities import Community
    from desktop.roster.models import Person
    from tests import helpers

    cid = helpers.community(db, "西湖社区")
    admin = Actor(id=None, username="admin", display_name="管理员", role=Role.ADMIN)
    with db.session(admin) as s:
        service.save_person(s, admin, service.PersonInput(name="王建国", id_number=EXISTING_ID, phone="13700001111",
                                                           community_id=cid))
    messy_roster(sheet, EXISTING_ID)
    with db.session(admin) as s:
        apply_import(s, admin, preview_import(s, admin, sheet, cid))
    with db.session(admin) as s:
        people = {p.name: p for p in s.scalars(select(Person))}
        chen, wu = people["陈富森"], people["吴玉珍"]
        attention.add_note(s, admin, attention.NoteInput(
            kind="外出", text="全家外出旅游，十二月初回", start_date=date(2026, 11, 20), end_date=date(2026, 12, 5),
            household_id=chen.household_id))
        attention.add_note(s, admin, attention.NoteInput(
            kind="生病住院", text="老伴住院，白天无人", start_date=date(2026, 11, 25), person_id=wu.id))
        attention.add_note(s, admin, attention.NoteInput(
            kind="其他", text="已结束的事项", start_date=date(2026, 10, 1), end_date=date(2026, 10, 2),
            person_id=wu.id))
        building_id = chen.household.building_id
        return dict(community_id=cid, household_id=chen.household_id, building_id=building_id,
                    people={n: p.id for n, p in people.items()},
                    community_name=s.get(Community, cid).name)


def migrated_template(folder: Path, users: tuple[tuple[str, Any, list[str]], ...] = ()) -> Path:
    """A migrated SQLite file with 西湖社区 (and the given users), to copy per test: migrating
    and hashing passwords once per module keeps the tests fast."""
    from tests.demo_world import migrated_db
    from tests import helpers

    path = folder / "template.db"
    db = migrated_db(path)
    helpers.community(db, "西湖社区")
    for username, role, communities in users:
        helpers.actor(db, username, role, communities)
    db.dispose()
    return path


def copy_database(template: Path, folder: Path) -> Any:
    import shutil

    from desktop.core.db import Database, sqlite_url

    target = folder / "linli.db"
    shutil.copyfile(template, target)
    return Database(sqlite_url(target))
