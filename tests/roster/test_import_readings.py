"""The import preview shows the reading each new person's name will sort by and lets it be corrected:
checked as the editor checks its 读音 field, kept when the plan is made again, written on apply as the
person's own reading (it sorts the name and is indexed with the name's other readings)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.pinyin import ReadingError
from desktop.roster import service
from desktop.roster.import_readings import carry_readings, reading_rows, set_reading
from desktop.roster.records import person_history
from desktop.roster.import_service import MERGE, NEW, apply_import, preview_import
from desktop.roster.models import Person
from tests import helpers
from tests.roster.roster_sheets import pid, simple_roster

HEADER = ["姓名", "身份证号码", "出生日期"]
EXISTING = pid(date(1950, 5, 6), 31)


def _world(db: Database, tmp_path: Path) -> tuple[str, Path]:
    cid = helpers.community(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        service.save_person(s, admin, service.PersonInput(name="朝阳", id_number=EXISTING, community_id=cid))
    rows = [["张朝阳", "", "1950-05-06"],         # row 2: 朝 zhao/chao
            ["王小明", "", "1951-01-02"],         # row 3: one reading only
            ["单田芳", "", "1934-12-12"],         # row 4: 单 shan as a surname, dan also indexed
            ["刘长卿", EXISTING, ""],             # row 5: the ID is on the roster: a merge
            ["曹参", "", "1940-01-01"]]           # row 6
    return cid, simple_roster(tmp_path / "readings.xlsx", rows, HEADER)


def test_the_preview_lists_new_names_with_a_choice_and_their_sorting_reading(db: Database, tmp_path: Path) -> None:
    cid, sheet = _world(db, tmp_path)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid)
    assert [r.status for r in plan.rows] == [NEW, NEW, NEW, MERGE, NEW]
    rows = {r.name: r for r in reading_rows(plan)}
    assert set(rows) == {"张朝阳", "单田芳", "曹参"}                     # 王小明 has one reading only
    assert rows["张朝阳"].row_number == 2 and rows["张朝阳"].reading == "zhang zhao yang"
    assert "zhang chao yang" in rows["张朝阳"].others
    assert rows["单田芳"].reading == "shan tian fang" and not rows["单田芳"].corrected
    assert rows["曹参"].reading == "cao shen" and "cao can" in rows["曹参"].others
    every = reading_rows(plan, every=True)
    assert [r.name for r in every] == ["张朝阳", "王小明", "单田芳", "曹参"]   # new people only, sheet order
    assert every[1].reading == "wang xiao ming" and every[1].others == ()


def test_a_correction_is_checked_like_the_editors_and_imported_as_the_persons_reading(
        db: Database, tmp_path: Path) -> None:
    cid, sheet = _world(db, tmp_path)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid)
        for bad, message in [("zhang chao", "3 个音节"), ("张朝阳", "拼音"), ("zhang chao yxz", "不是拼音音节")]:
            with pytest.raises(ReadingError) as err:
                set_reading(plan, 2, bad)
            assert message in str(err.value)
            assert str(err.value) == service.validate_person(service.PersonInput(name="张朝阳", reading=bad))["reading"]
        assert plan.readings == {}
        row = set_reading(plan, 2, "Zhāng Cháoyáng")
        assert row.reading == "zhang chao yang" and row.corrected and "zhang zhao yang" in row.others
        assert set_reading(plan, 6, "cao can").reading == "cao can"        # a modern 曹参 who says can
        assert set_reading(plan, 4, "shantianfang").corrected is False      # the computed one: nothing kept
        assert plan.readings == {2: "zhang chao yang", 6: "cao can"}
        with pytest.raises(UserError, match="不是新增"):
            set_reading(plan, 5, "liu chang qing")
        with pytest.raises(UserError, match="没有第 99 行"):
            set_reading(plan, 99, "a")
        result = apply_import(s, admin, plan)
    assert result.imported == 4 and result.merged == 1
    with db.session(admin) as s:
        people = {p.name: p for p in s.scalars(select(Person))}
        assert people["张朝阳"].name_pinyin_override == "zhang chao yang"
        assert people["张朝阳"].name_pinyin == "zhangchaoyang"
        assert people["曹参"].name_pinyin == "caocan" and people["单田芳"].name_pinyin_override == ""
        for query in ("zhangchaoyang", "zhangzhaoyang", "zcy", "zzy", "caocan", "caoshen", "dantianfang"):
            assert service.count_people(s, admin, query) == 1, query
        assert service.get_person(s, admin, people["张朝阳"].id).reading == "zhang chao yang"
        # no copy of the new row in the audit trail: the person's history starts at the import's summary
        assert s.scalar(select(AuditEntry).where(AuditEntry.entity_id == people["张朝阳"].id)) is None
        first = person_history(s, admin, people["张朝阳"].id)[0]
        assert first.action == "新建" and first.after.startswith("导入花名册") and "导入 4" in first.after
        names = [r.name for r in service.search_people(s, admin, "", sort="name")]
    assert names.index("曹参") < names.index("单田芳") < names.index("张朝阳")


def test_corrections_survive_the_plan_being_made_again(db: Database, tmp_path: Path) -> None:
    cid, sheet = _world(db, tmp_path)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        first = preview_import(s, admin, sheet, cid)
        set_reading(first, 2, "zhang chao yang")
        again = preview_import(s, admin, sheet, cid, parsed=first.parsed)
        assert carry_readings(first, again) == 1 and again.readings == {2: "zhang chao yang"}
    with db.session(admin) as s:                       # someone else writes before this apply: planned anew
        service.save_person(s, admin, service.PersonInput(name="李四", community_id=cid))
    with db.session(admin) as s:
        apply_import(s, admin, again)
        p = s.scalar(select(Person).where(Person.name == "张朝阳"))
        assert p.name_pinyin == "zhangchaoyang"
