"""Certificates in the shape of the 2021 办法, the register (search, print), the overlap warning."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.volunteers import certificates, printing, service
from desktop.volunteers.certificates import OverlapWarning
from tests.volunteers.conftest import ID_AJIE, World

PRINTED_AT = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)
YEAR = (date(2026, 1, 1), date(2026, 11, 17))
ISSUED = date(2026, 11, 18)     # the register counts by the year of issue


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def fonts_of(path: Path) -> dict[str, object]:
    out = {}
    for page in PdfReader(str(path)).pages:
        for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            out[str(f.get_object()["/BaseFont"])] = f.get_object()
    return out


def test_overlapping_period_is_named_before_a_second_certificate(any_world: World) -> None:
    w = any_world
    r = w.rehab
    with w.db.session(r) as s:
        first = certificates.issue_certificate(s, r, w.ajie, date(2026, 6, 1), date(2026, 6, 30),
                                               issued_on=date(2026, 7, 2))
        assert first.serial == "FCZY-2026-00001" and first.minutes == 240
        for period in ((date(2026, 6, 30), date(2026, 7, 31)), (date(2026, 1, 1), date(2026, 6, 1)),
                       (date(2026, 6, 10), date(2026, 6, 12))):
            with pytest.raises(OverlapWarning) as warned:
                certificates.issue_certificate(s, r, w.ajie, *period, issued_on=date(2026, 8, 1))
            assert "FCZY-2026-00001（2026-06-01 至 2026-06-30，4.0 小时）" in warned.value.message
            assert [c.serial for c in warned.value.existing] == [first.serial]
        with pytest.raises(ValidationError, match="没有志愿服务时长"):   # the day after: no overlap, no service
            certificates.issue_certificate(s, r, w.ajie, date(2026, 7, 1), date(2026, 7, 31))
        again = certificates.issue_certificate(s, r, w.ajie, date(2026, 6, 1), date(2026, 6, 30),
                                               issued_on=date(2026, 8, 1), confirm_overlap=True)
        assert again.serial == "FCZY-2026-00002"
        certificates.void_certificate(s, r, first.id, "服务内容写错")
        certificates.void_certificate(s, r, again.id, "重复开具")
        third = certificates.issue_certificate(s, r, w.ajie, date(2026, 6, 1), date(2026, 6, 30),
                                               issued_on=date(2026, 8, 2))   # void ones no longer count
        assert third.serial == "FCZY-2026-00003"
        notes = s.scalars(select(AuditEntry.detail).where(AuditEntry.entity == "volunteer_certificates")).all()
    assert any("时间重叠，经确认仍开具；已有 FCZY-2026-00001" in (n or "") for n in notes)


def test_certificate_needs_what_the_rules_ask(world: World) -> None:
    w = world
    r = w.rehab
    with w.db.session(r) as s:
        service.save_org(s, r, "凤城街道禁毒志愿者服务队", community_id=None, responsible="", contact="",
                         org_id=w.anti_drug_org)
        with pytest.raises(ValidationError, match="负责人和联系电话"):
            certificates.issue_certificate(s, r, w.ajie, *YEAR)
        with pytest.raises(ValidationError, match="不能晚于出具日期"):
            certificates.issue_certificate(s, r, w.ajie, date(2026, 1, 1), date(2026, 12, 31),
                                           issued_on=date(2026, 11, 18))


def test_certificate_pdf_has_the_official_fields_and_embedded_fonts(world: World, tmp_path: Path) -> None:
    w = world
    r = w.rehab
    with w.db.session(r) as s:
        c = certificates.issue_certificate(s, r, w.ajie, *YEAR, notes="另参加禁毒宣传活动若干次", issued_on=date(2026, 11, 18))
        printing.print_certificate(s, r, c.id, tmp_path / "cert.pdf", printed_at=PRINTED_AT)
        printing.print_certificate(s, r, c.id, tmp_path / "full.pdf", full_id=True, printed_at=PRINTED_AT)
    text = text_of(tmp_path / "cert.pdf")
    for piece in ("志愿服务记录证明", "编号：FCZY-2026-00001", "陈俊杰", "居民身份证", "441802********0015",
                  "志愿者编号", "44180212345678", "2026年1月1日 至 2026年11月17日", "4.0 小时",
                  "“6·26”国际禁毒日广场宣传", "出具组织", "凤城街道禁毒志愿者服务队", "负责人", "潘捷", "经办人",
                  "联系电话", "0763-3377120", "出具日期", "2026年11月18日", "（盖章）", "另参加禁毒宣传活动若干次",
                  "不包括往返交通时间", "第 1 页"):
        assert piece in text, piece
    assert ID_AJIE not in text and len(PdfReader(str(tmp_path / "cert.pdf")).pages) == 1
    assert ID_AJIE in text_of(tmp_path / "full.pdf")                    # asked for, by a role that may
    fonts = fonts_of(tmp_path / "cert.pdf")
    assert any("WenQuanYiMicroHei" in name for name in fonts)
    for name, font in fonts.items():
        assert "+" in name and "/FontFile2" in font["/FontDescriptor"].get_object(), name
    with w.db.session(r) as s:
        prints = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "print")).all()
        certificates.void_certificate(s, r, c.id, "姓名写错")
        printing.print_certificate(s, r, c.id, tmp_path / "void.pdf", printed_at=PRINTED_AT)
    assert "志愿服务记录证明 FCZY-2026-00001（含完整证件号码）" in prints
    assert "此证明已作废（姓名写错）" in text_of(tmp_path / "void.pdf")
    with pytest.raises(PermissionDenied), w.db.session(w.duty.reception) as s:
        printing.print_certificate(s, w.duty.reception, c.id, tmp_path / "no.pdf")


def test_register_is_searched_scoped_and_printed(world: World, tmp_path: Path) -> None:
    w = world
    c, r = w.duty.coordinator, w.rehab
    with w.db.session(c) as s:
        li = certificates.issue_certificate(s, c, w.li, date(2026, 11, 1), date(2026, 11, 17), issued_on=ISSUED)
    with w.db.session(r) as s:
        aj = certificates.issue_certificate(s, r, w.ajie, *YEAR, issued_on=ISSUED)
    assert li.serial == "FCZY-2026-00001" and aj.serial == "FCZY-2026-00002"
    with w.db.session(c) as s:
        find = lambda **kw: [x.serial for x in certificates.register(s, c, **kw)]  # noqa: E731
        assert find() == [li.serial, aj.serial]
        assert find(query="陈俊杰") == [aj.serial] and find(query="00001") == [li.serial]
        assert find(query="44180212345678") == [aj.serial] and find(query="6号楼") == [li.serial]
        assert find(query="重阳") == [li.serial]                        # the content written from the record
        assert find(year=2025) == [] and find(org_id=w.anti_drug_org) == [aj.serial]
        assert find(query="%") == [li.serial, aj.serial]                # a wildcard typed is just text
        certificates.void_certificate(s, c, li.id, "重新开具")
        assert [x.serial for x in certificates.register(s, c, include_void=False)] == [aj.serial]
        rows = certificates.register(s, c)
        assert rows[0].voided and rows[0].id_shown == "" and rows[1].id_shown == "441802********0015"
        printing.print_register(s, c, tmp_path / "register.pdf", year=2026, printed_at=PRINTED_AT)
    with w.db.session(w.duty.outsider_worker) as s:                  # another community: the street-wide one only
        assert [x.serial for x in certificates.register(s, w.duty.outsider_worker)] == [aj.serial]
    text = text_of(tmp_path / "register.pdf")
    for piece in ("志愿服务证明登记簿", "全部志愿服务组织 2026年", "共 2 份，其中作废 1 份", li.serial, aj.serial,
                  "作废：", "重新开", "有效", "陈俊杰", "441802********0015", "第 1 页 / 共 1 页"):
        assert piece in text, piece
    assert ID_AJIE not in text
    assert PdfReader(str(tmp_path / "register.pdf")).pages[0].mediabox.width > 800     # landscape
    with pytest.raises(PermissionDenied), w.db.session(w.duty.volunteer) as s:
        certificates.register(s, w.duty.volunteer)


def test_record_sheet_prints(world: World, tmp_path: Path) -> None:
    w = world
    with w.db.session(w.rehab) as s:
        printing.print_record(s, w.rehab, w.ajie, *YEAR, tmp_path / "record.pdf", printed_at=PRINTED_AT)
    text = text_of(tmp_path / "record.pdf")
    for piece in ("志愿服务记录表", "基本信息", "陈俊杰", "441802********0015", "志愿服务情况", "其他服务 4.0 小时",
                  "培训情况", "禁毒知识与宣传技巧培训", "表彰奖励", "2026年度优秀禁毒志愿者", "评价情况", "优秀"):
        assert piece in text, piece
