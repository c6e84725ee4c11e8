"""Printed roster documents: 楼栋住户一览表, 户卡, 关注事项清单, rare glyphs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.errors import PermissionDenied
from tests.demo_world import migrated_db
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.roster.roster_lines import RosterLine
from desktop.roster.printing import (
    print_attention_notes, print_building_list, print_household_card, render_roster_list,
)
from tests.roster.roster_sheets import EXISTING_ID, imported_world

ON = date(2026, 11, 29)


def _actor(role: Role, cid: str, name: str = "sg1") -> Actor:
    return Actor(id=None, username=name, display_name=f"{name}姓名", role=role, community_ids=frozenset({cid}))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict]]:
    d = tmp_path_factory.mktemp("printing")
    db = migrated_db(d / "linli.db")
    info = imported_world(db, d / "花名册.xlsx")
    yield db, info
    db.dispose()


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _fonts_of(path: Path, needle: str) -> set[str]:
    used: set[str] = set()

    def visit(text, cm, tm, font, size) -> None:
        if needle in text and font is not None:
            used.add(str(font["/BaseFont"]))
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return used


def _prints(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "print").order_by(AuditEntry.at)))


def test_building_list_groups_households(world, tmp_path: Path) -> None:
    db, info = world
    worker = _actor(Role.SOCIAL_WORKER, info["community_id"])
    out = tmp_path / "b.pdf"
    with db.session(worker) as s:
        report = print_building_list(s, worker, info["building_id"], out)
    assert report.unprintable == [] and report.pages == 1
    text = _text(out)
    assert "6号楼住户一览表" in text and "西湖社区" in text and "第 1 页 / 共 1 页" in text
    assert "共 5 户、6 人" in text
    for part in ("房号", "姓名", "年龄", "陈富森", "李秀英（配偶）", "𠮷䶮", "阿依古丽·买买提", "13812345678", "独居老人"):
        assert part in text, part
    assert text.count("1单元501") == 1                 # written once for its two residents
    assert text.index("1单元301") < text.index("1单元501") < text.index("2单元602") < text.index("3单元701")
    assert EXISTING_ID not in text
    assert any("HanaMin" in f for f in _fonts_of(out, "𠮷"))
    assert "6号楼住户一览表 6 人" in _prints(db)[-1]


def test_household_card_members_and_notes(world, tmp_path: Path) -> None:
    db, info = world
    out = tmp_path / "card.pdf"
    reception = _actor(Role.RECEPTION, info["community_id"], "qt1")
    with db.session(reception) as s:
        print_household_card(s, reception, info["household_id"], out, on=ON)
    text = _text(out)
    for part in ("住户信息卡", "6号楼1单元501", "户主", "陈富森", "李秀英", "配偶", "1950-03-05", "全家外出旅游",
                 "外出", "2026-12-05", "2 人"):
        assert part in text, part
    assert "441802********017X" in text                  # reception sees masked numbers
    worker = _actor(Role.SOCIAL_WORKER, info["community_id"])
    with db.session(worker) as s:
        print_household_card(s, worker, info["household_id"], tmp_path / "card2.pdf", on=ON)
    assert "44180219500305017X" in _text(tmp_path / "card2.pdf")
    assert "含完整身份证号" in _prints(db)[-1]
    volunteer = _actor(Role.DUTY_VOLUNTEER, info["community_id"], "zb1")
    with pytest.raises(PermissionDenied):
        with db.session(volunteer) as s:
            print_household_card(s, volunteer, info["household_id"], tmp_path / "no.pdf")


def test_attention_list_for_the_duty_desk(world, tmp_path: Path) -> None:
    db, info = world
    volunteer = _actor(Role.DUTY_VOLUNTEER, info["community_id"], "zb1")
    out = tmp_path / "notes.pdf"
    with db.session(volunteer) as s:
        print_attention_notes(s, volunteer, out, building_id=info["building_id"], on=ON)
    text = _text(out)
    for part in ("关注事项清单", "6号楼", "2026-11-29 在关注的事项共 2 条", "全家外出旅游", "老伴住院", "吴玉珍",
                 "生病住院", "已看望"):
        assert part in text, part
    assert "已结束的事项" not in text
    with db.session(volunteer) as s:
        print_attention_notes(s, volunteer, tmp_path / "later.pdf", community_id=info["community_id"],
                              on=date(2026, 12, 10))
    later = _text(tmp_path / "later.pdf")
    assert "全家外出旅游" not in later and "老伴住院" in later     # the trip note expired by itself
    assert "关注事项清单 1 条" in _prints(db)[-1]


def test_a_character_no_font_has_is_reported(tmp_path: Path) -> None:
    odd = "张\U00030000"                                  # CJK Extension G: no shipped font draws it
    line = RosterLine("p1", odd, "男", None, None, "", "", "", "", "", "", "", None, "", "", None, "", "", [], "")
    ok = RosterLine("p2", "𠮷䶮", "男", None, None, "", "", "", "", "", "", "", None, "", "", None, "", "", [], "")
    report = render_roster_list(tmp_path / "r.pdf", [line, ok], community="西湖社区", printed_by="测试",
                                printed_at=datetime(2026, 11, 29, 6, 0, tzinfo=UTC))
    assert report.unprintable == [odd]
    assert "张〓" in _text(tmp_path / "r.pdf") and "𠮷䶮" in _text(tmp_path / "r.pdf")
