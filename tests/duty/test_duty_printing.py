"""Duty printouts, read back with pypdf: rota grid, sign-in sheet, certificate, fund statement; iCalendar."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied
from desktop.duty import fund, hours, ics, printing, shifts_service
from desktop.duty.common import to_utc
from desktop.volunteers import duty_certificates
from desktop.volunteers.printing import print_certificate

PRINTED_AT = datetime(2026, 11, 29, 6, 5, tzinfo=UTC)


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def fonts_of(path: Path) -> set[str]:
    out = set()
    for page in PdfReader(str(path)).pages:
        for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            out.add(str(f.get_object().get("/BaseFont")))
    return out


def test_rota_grid_sign_in_and_blank_log(sqlite_world, tmp_path: Path) -> None:
    w = sqlite_world
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 10)
        names = {r.member_name for r in shifts_service.list_shifts(s, w.coordinator, w.team_id, date(2026, 10, 1),
                                                                   date(2026, 10, 31)) if r.member_name}
        report = printing.print_rota(s, w.coordinator, w.team_id, 2026, 10, tmp_path / "rota.pdf",
                                     printed_at=PRINTED_AT)
        printing.print_signin_sheet(s, w.coordinator, w.team_id, date(2026, 10, 12), tmp_path / "sign.pdf",
                                    printed_at=PRINTED_AT)
        printing.print_blank_duty_log(s, w.coordinator, w.team_id, tmp_path / "log.pdf", printed_at=PRINTED_AT)
    assert report.unprintable == [] and report.pages == 2          # one grid per post
    reader = PdfReader(str(tmp_path / "rota.pdf"))
    box = reader.pages[0].mediabox
    assert box.width > box.height                                   # landscape
    text = text_of(tmp_path / "rota.pdf")
    assert "2026年10月排班表" in text and "岗位：值班室" in text and "岗位：交通疏导" in text
    assert len(names) == 9 and all(n in text for n in names)
    assert "国庆" in text and "调休上班" in text and "08:00–12:00" in text
    assert fonts_of(tmp_path / "rota.pdf") and all("+" in f for f in fonts_of(tmp_path / "rota.pdf"))  # embedded subsets
    sign = text_of(tmp_path / "sign.pdf")
    assert "值班签到表" in sign and "到岗时间" in sign and "07:00–09:00" in sign
    assert "值班记录表" in text_of(tmp_path / "log.pdf") and "6号楼" in text_of(tmp_path / "log.pdf")
    with w.db.session(w.coordinator) as s:
        prints = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "print")).all()
    assert "排班表 2026-10" in prints
    with pytest.raises(PermissionDenied), w.db.session(w.reception) as s:
        printing.print_rota(s, w.reception, w.team_id, 2026, 10, tmp_path / "no.pdf")


def test_certificate_and_fund_statement(sqlite_world, tmp_path: Path) -> None:
    w = sqlite_world
    c = w.coordinator
    chen = w.members["陈富森"]
    with w.db.session(c) as s:
        hours.correct_hours(s, c, chen, date(2026, 6, 6), 6 * 60, "义卖现场服务")
        cert = duty_certificates.issue_certificate(s, c, chen, date(2026, 6, 1), date(2026, 6, 30), issued_on=date(2026, 7, 1))
        print_certificate(s, c, cert.id, tmp_path / "cert.pdf", printed_at=PRINTED_AT)
        fund.add_entry(s, c, w.team_id, date(2026, 6, 1), fund.INCOME, 20000, "社区资助", "启动经费")
        sale = fund.create_sale(s, c, w.team_id, "点燃诚信之火", date(2026, 6, 6), "6号楼门前")
        item = fund.add_item(s, c, sale, "手工布鞋", 3000, household_id=w.households[1])
        fund.sell_item(s, c, item, 3500)
        fund.add_entry(s, c, w.team_id, date(2026, 6, 9), fund.EXPENSE, 4550, "物资", "反光背心")
        printing.print_fund_statement(s, c, w.team_id, date(2026, 6, 1), date(2026, 6, 30), tmp_path / "fund.pdf",
                                      printed_at=PRINTED_AT)
    text = text_of(tmp_path / "cert.pdf")
    for piece in ("志愿服务记录证明", "陈富森", "441802********0018", "FCZY-2026-00001", "6.0 小时", "（盖章）",
                  "2026年7月1日", "西湖社区"):
        assert piece in text, piece
    assert "441802195503150018" not in text
    ftext = text_of(tmp_path / "fund.pdf")
    assert "活动经费收支表" in ftext and "点燃诚信之火" in ftext and "手工布鞋" in ftext
    assert "期末结余 189.50" in ftext and "200.00" in ftext and "45.50" in ftext and "账目不平" not in ftext


def parse_events(text: str) -> list[dict[str, str]]:
    """Unfold (RFC 5545 3.1) and collect each VEVENT's properties (parameters dropped)."""
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in text.replace("\r\n ", "").split("\r\n"):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None and ":" in line:
            name, _, value = line.partition(":")
            current[name.split(";")[0]] = value
    return events


def test_ics_of_one_volunteers_shifts(sqlite_world, tmp_path: Path) -> None:
    w = sqlite_world
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 10)
        mine = [r for r in shifts_service.list_shifts(s, w.coordinator, w.team_id, date(2026, 10, 1),
                                                      date(2026, 10, 31)) if r.member_id == w.members["李秀英"]]
        data = ics.member_calendar(s, w.coordinator, w.members["李秀英"], date(2026, 10, 1), date(2026, 10, 31))
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.rstrip().endswith("END:VCALENDAR")
    unfolded = text.replace("\r\n ", "")
    lines = unfolded.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    events = parse_events(text)
    assert len(events) == len(mine) > 0
    first = min(mine, key=lambda r: r.start)
    starts = sorted(e["DTSTART"] for e in events)
    assert starts[0] == to_utc(first.start).strftime("%Y%m%dT%H%M%SZ")
    assert any(line.startswith("SUMMARY:") and "值班" in line for line in lines)
    assert all(e["UID"].endswith("@linli") for e in events) and len({e["UID"] for e in events}) == len(events)


def _shift_sizes(path: Path) -> list[float]:
    """The type size of every shift line ("08:00–12:00 …") drawn on the first page."""
    sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:  # noqa: ANN001
        if "–" in text and ":" in text:
            sizes.append(size * abs(tm[3] or tm[0]))
    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return sizes


def test_the_rota_prints_for_the_wall_in_large_type_on_a4_or_a3(sqlite_world, tmp_path: Path) -> None:
    """It was set in 7.5 pt: read from across the duty room it must be at least 10 pt on A4, larger on A3,
    and the busiest day of the month still fits its cell."""
    from reportlab.lib.pagesizes import A3

    w = sqlite_world
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 10)
        printing.print_rota(s, w.coordinator, w.team_id, 2026, 10, tmp_path / "a4.pdf", printed_at=PRINTED_AT)
        printing.print_rota(s, w.coordinator, w.team_id, 2026, 10, tmp_path / "a3.pdf", printed_at=PRINTED_AT,
                            paper="A3")
    a4, a3 = _shift_sizes(tmp_path / "a4.pdf"), _shift_sizes(tmp_path / "a3.pdf")
    assert a4 and min(a4) >= 10, a4
    assert a3 and min(a3) > min(a4)
    box = PdfReader(str(tmp_path / "a3.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A3[1]), round(A3[0]))   # A3 landscape
    assert text_of(tmp_path / "a3.pdf").count("岗位：") == 2


def test_the_type_shrinks_only_as_far_as_a_busy_day_needs() -> None:
    from datetime import time

    class Row:                                   # the two fields the size depends on, and the line's parts
        def __init__(self, n: int) -> None:
            self.post_id, self.day = "p", date(2026, 10, 1)
            self.start, self.end, self.member_name = time(6 + n), time(7 + n), "阿依古丽·买买提"

    col, row_h = 180.0, 120.0
    quiet, busy = printing.rota_type_size([Row(0)], col, row_h), printing.rota_type_size(
        [Row(n) for n in range(8)], col, row_h)
    assert busy < quiet
    assert 9 * busy * 1.25 <= row_h
