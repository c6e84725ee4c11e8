"""Printed rehab records: text checked by extraction, fonts embedded, every page marked, prints audited."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.rehab import followup_service as fu
from desktop.rehab import police_reports, printing

PRINTED_AT = datetime(2026, 11, 29, 6, 5, tzinfo=UTC)   # 14:05 in Shanghai


def _pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def _fonts(path: Path) -> set[str]:
    out = set()
    for page in PdfReader(str(path)).pages:
        for f in page["/Resources"]["/Font"].values():
            obj = f.get_object()
            desc = obj.get("/DescendantFonts")
            target = desc[0].get_object() if desc else obj
            fd = target.get("/FontDescriptor")
            if fd is not None and any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                out.add(str(obj["/BaseFont"]))
    return out


def _every_page_marked(path: Path) -> list[str]:
    pages = _pages(path)
    assert pages
    for text in pages:
        assert "打印人：潘捷" in text and "2026-11-29 14:05" in text and "内部资料 注意保密" in text
    return pages


def test_followup_record_case_summary_and_test_record(sworld: Any, tmp_path: Path) -> None:
    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    with db.session(w1) as s:
        for k in range(30):   # enough rows for a second page
            fu.add_followup(s, w1, cid, fu.FollowUpInput(on=date(2026, 4, 1 + k % 28), method="电话",
                                                         content=f"第{k + 1}次电话随访，了解在二手车行的工作情况"))
        printing.print_followup_record(s, w1, cid, tmp_path / "f.pdf", printed_at=PRINTED_AT)
        printing.print_case_summary(s, w1, cid, tmp_path / "c.pdf", printed_at=PRINTED_AT)
        printing.print_test_record(s, w1, cid, tmp_path / "t.pdf", printed_at=PRINTED_AT)
        printing.print_home_visit_form(s, w1, tmp_path / "h.pdf", pages=2, printed_at=PRINTED_AT)
    pages = _every_page_marked(tmp_path / "f.pdf")
    assert len(pages) >= 2
    joined = "".join(pages)
    assert "帮扶记录表" in joined and "阿杰" in joined and "第30次电话随访" in joined and "二手车行" in joined
    assert "陈志杰" not in joined
    summary = "".join(_every_page_marked(tmp_path / "c.pdf"))
    assert "个案摘要" in summary and "凤城派出所" in summary and "441802********" in summary
    tests = "".join(_every_page_marked(tmp_path / "t.pdf"))
    assert "检测记录" in tests and "阴性" in tests and "尿检" in tests
    forms = _every_page_marked(tmp_path / "h.pdf")
    assert len(forms) == 2 and all("家访记录表" in p and "当事人签名" in p for p in forms)
    for name in ("f", "c", "t", "h"):
        assert _fonts(tmp_path / f"{name}.pdf"), f"{name}: no embedded font"
    with db.session() as s:
        prints = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "print",
                                                           AuditEntry.actor_id == w1.id)).all()
        views = s.scalars(select(AuditEntry).where(AuditEntry.action == "view", AuditEntry.actor_id == w1.id)).all()
    assert sorted(p.split(" ")[0] for p in prints) == ["个案摘要", "帮扶记录表", "检测记录", "空白家访记录表"]
    assert views == []


def test_article_21_report_prints_with_the_facts(sworld: Any, tmp_path: Path) -> None:
    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    with db.session(w1) as s:
        for d, r in ((date(2026, 4, 8), "拒绝"), (date(2026, 4, 15), "逃避"), (date(2026, 4, 22), "拒绝")):
            fu.add_followup(s, w1, cid, fu.FollowUpInput(on=d, method="到站", test_result=r))
        report = police_reports.list_police_reports(s, w1, cid)[0]
        printing.print_police_report(s, w1, report.id, tmp_path / "r.pdf", printed_at=PRINTED_AT)
    text = re.sub(r"\s+", "", "".join(_every_page_marked(tmp_path / "r.pdf")))   # lines wrap anywhere
    assert "陈志杰" in text and "441802********" in text and "第二十一条" in text and "2026-04-22" in text and "逃避或者拒绝接受检测3次以上" in text
