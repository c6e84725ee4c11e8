"""Sign-in sheets read back with pypdf: names, masking, embedded font, repeated header, page X of Y."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from desktop.activities import service as svc
from desktop.activities.signin_sheet import render_blank_sheet, render_participant_list, render_signin_sheet
from desktop.core.audit import AuditEntry
from tests.activities.conftest import World, add_people, at


def _texts(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def _fonts(path: Path) -> list[dict]:
    out = []
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"]["/Font"]
        out.append({str(f.get_object()["/BaseFont"]): f.get_object() for f in fonts.values()})
    return out


def _activity(w: World, capacity: int | None = None) -> str:
    with w.db.session(w.admin) as s:
        return svc.create_activity(s, w.admin, svc.ActivityInput(
            title="集体生日会", community_id=w.community_id, starts_at=at(1, 9, 30), ends_at=at(1, 11),
            place="清城区居家养老服务中心", organiser="潘美兰", capacity=capacity))


def test_sheet_holds_every_enrolled_name_once_and_not_the_cancelled(sworld: World, tmp_path: Path) -> None:
    w, p = sworld, sworld.people
    aid = _activity(w, capacity=8)
    with w.db.session(w.social) as s:
        for pid in p.values():
            svc.enroll(s, w.social, aid, pid)
        svc.enroll(s, w.social, aid, p["陈富森"])           # twice: still one line
        svc.cancel_enrollment(s, w.social, aid, p["刘阿姨"])  # removed: 王小明 moves up
    out = tmp_path / "signin.pdf"
    with w.db.session(w.social) as s:
        report = render_signin_sheet(out, s, w.social, aid, blank_rows=5)
    assert report.unprintable == [] and report.pages == 1
    text = "\n".join(_texts(out))
    enrolled = ["陈富森", "刘淑君", "潘美兰", "李汉森", "黄嘉欣", "𠮷祥", "阿依古丽·买买提", "王小明"]
    body = text.split("备注", 1)[1].split("组织者确认签名")[0]      # the table, below the header facts
    for name in enrolled:
        assert body.count(name) == 1, name
    assert "刘阿姨" not in text and "张三" not in text   # cancelled; still waiting
    for head in ("序号", "姓名", "住址或会员号", "电话", "签名", "备注", "集体生日会 签到表", "清城区居家养老服务中心",
                 "潘美兰", "2026-11-03", "09:30", "组织者确认签名", "第 1 页 / 共 1 页", "西湖社区"):
        assert head in text, head
    assert "签到时间" not in text
    assert "138****5678" in text and not re.search(r"138\d{4}5678", text)
    numbers = {int(x) for x in re.findall(r"^\s*(\d{1,3})\s*$", body, flags=re.M)}
    assert numbers == set(range(1, max(numbers) + 1)) and max(numbers) >= 13, body  # 8 + at least 5 blank
    for fonts in _fonts(out):
        assert all("+" in name for name in fonts), fonts.keys()   # subset-embedded, no base-14 font
        assert any("WenQuanYi" in name for name in fonts), fonts.keys()
        assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts.values())
    with w.db.session(w.admin) as s:
        assert s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "print",
                                                        AuditEntry.entity_id == aid)) == "签到表（8 人）"


def test_long_sheet_repeats_the_header_and_numbers_pages(sworld: World, tmp_path: Path) -> None:
    w = sworld
    names = [f"居民{i:03d}" for i in range(60)]
    ids = add_people(w.db, w.community_id, names, building="7号楼")
    aid = _activity(w)
    with w.db.session(w.admin) as s:
        svc.enroll_many(s, w.admin, aid, list(ids.values()))
    out = tmp_path / "long.pdf"
    with w.db.session(w.admin) as s:
        report = render_signin_sheet(out, s, w.admin, aid, blank_rows=10, with_times=True)
    pages = _texts(out)
    assert report.pages == len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        if "居民" in page:        # every page the table reaches repeats its header row
            assert "签名" in page and "签到时间" in page and "签退时间" in page
        assert f"第 {n} 页 / 共 {len(pages)} 页" in page
    assert sum("居民" in page for page in pages) >= 3
    everything = "".join(pages)
    assert all(everything.count(name) == 1 for name in names)


def test_blank_sheet_and_participant_list(sworld: World, tmp_path: Path) -> None:
    w, p = sworld, sworld.people
    aid = _activity(w, capacity=2)
    with w.db.session(w.admin) as s:
        for name in ("陈富森", "刘淑君", "潘美兰"):
            svc.enroll(s, w.admin, aid, p[name])
    with w.db.session(w.admin) as s:
        render_blank_sheet(tmp_path / "blank.pdf", s, w.admin, None, rows=20, community="西湖社区")
        render_blank_sheet(tmp_path / "blank2.pdf", s, w.admin, aid, rows=12)
        render_participant_list(tmp_path / "list.pdf", s, w.admin, aid)
    blank = "".join(_texts(tmp_path / "blank.pdf"))
    assert "活动签到表" in blank and "20" in blank and "陈富森" not in blank
    blank2 = "".join(_texts(tmp_path / "blank2.pdf"))
    assert "集体生日会 签到表" in blank2 and "陈富森" not in blank2 and "报名 0 人" in blank2
    plist = "".join(_texts(tmp_path / "list.pdf"))
    assert re.search(r"陈富森.*已报名", plist, re.S) and re.search(r"潘美兰\n[^□]*候补", plist)
    assert plist.count("□") == 3 and "报名 2 人，候补 1 人" in plist


def _name_sizes(path: Path, names: list[str]) -> dict[str, float]:
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size) -> None:  # noqa: ANN001
        for name in names:
            if name in text:
                sizes[name] = size * abs(tm[3] or tm[0])
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_25_people_fill_their_pages_with_blank_rows_in_12_pt_and_the_estate_named(sworld: World, tmp_path: Path) -> None:
    """25 names used to take two pages with two names alone on the second: the second page is now full of
    rows for walk-ins, the names are 12 pt, and the address says which estate."""
    w = sworld
    names = [f"居民{i:02d}" for i in range(25)]
    ids = add_people(w.db, w.community_id, names, estate="凤翔苑", building="5号楼")
    aid = _activity(w)
    with w.db.session(w.admin) as s:
        svc.enroll_many(s, w.admin, aid, list(ids.values()))
        report = render_signin_sheet(tmp_path / "s.pdf", s, w.admin, aid)
    pages = _texts(tmp_path / "s.pdf")
    assert report.pages == len(pages) == 2
    rows = [[int(x) for x in re.findall(r"^\s*(\d{1,3})\s*$", p.split("备注", 1)[-1], flags=re.M)] for p in pages]
    assert rows[0] and rows[1][0] == rows[0][-1] + 1
    per_page = len(rows[0]) + 2                     # the first page also holds the activity's facts
    assert len(rows[1]) >= per_page - 6, rows      # the last page is filled (less the confirmation box)
    assert "凤翔苑5号楼101" in pages[0]
    sizes = _name_sizes(tmp_path / "s.pdf", names[:3])
    assert sizes and all(size >= 12 for size in sizes.values()), sizes


def test_names_print_by_flat_or_by_pinyin(sworld: World, tmp_path: Path) -> None:
    w = sworld
    east = add_people(w.db, w.community_id, ["赵一", "单二"], estate="西湖花园", building="16号楼")
    west = add_people(w.db, w.community_id, ["安三", "曾四"], estate="西湖花园", building="6号楼")
    aid = _activity(w)
    with w.db.session(w.admin) as s:
        svc.enroll_many(s, w.admin, aid, [*east.values(), *west.values()])
        render_signin_sheet(tmp_path / "flat.pdf", s, w.admin, aid, order="flat")
        render_signin_sheet(tmp_path / "pinyin.pdf", s, w.admin, aid, order="pinyin")
        render_signin_sheet(tmp_path / "signup.pdf", s, w.admin, aid)

    def order(path: str) -> list[str]:
        text = "".join(_texts(tmp_path / path))
        return sorted(["赵一", "单二", "安三", "曾四"], key=text.index)

    assert order("flat.pdf") == ["安三", "曾四", "赵一", "单二"]          # 6号楼 before 16号楼, then room
    assert order("pinyin.pdf") == ["安三", "单二", "曾四", "赵一"]        # surnames: an, shan (not dan), zeng (not ceng), zhao
    assert order("signup.pdf") == ["赵一", "单二", "安三", "曾四"]
