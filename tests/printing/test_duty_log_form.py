"""The blank 值班记录表."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from desktop.printing.duty_log_form import render_duty_log_form


def _render(out: Path | io.BytesIO, printed_at: datetime, **kw: object) -> object:
    args: dict = {"community": "凤城街道城南社区", "place": "社工站一楼", "printed_by": "张\U00020bb7",
                  "printed_at": printed_at}
    args.update(kw)
    return render_duty_log_form(out, **args)


def test_blank_form_has_all_fields(tmp_path: Path, printed_at: datetime, page_texts: Callable) -> None:
    out = tmp_path / "duty.pdf"
    report = _render(out, printed_at)
    (text,) = page_texts(out)
    assert report.pages == 1 and report.unprintable == []
    for word in ["值班记录表", "日期", "值班地点", "社工站一楼", "值班人", "天气", "时间", "类别",
                 "巡楼/来访/事件/", "交通/交接", "情况记录", "处理结果", "记录人", "交接事项",
                 "交班人签名", "接班人签名", "交接时间", "社区：凤城街道城南社区",
                 "打印人：张\U00020bb7", "2026-11-29 14:05", "第 1 页 / 共 1 页"]:
        assert word in text, word
    assert "内部资料" not in text


def test_one_form_per_page(tmp_path: Path, printed_at: datetime, page_texts: Callable) -> None:
    out = tmp_path / "duty3.pdf"
    report = _render(out, printed_at, pages=3, place="")
    texts = page_texts(out)
    assert report.pages == len(texts) == 3
    for i, text in enumerate(texts, start=1):
        assert f"第 {i} 页 / 共 3 页" in text
        assert text.count("值班记录表") == 1 and "交班人签名" in text and "值班地点" in text


def test_18_handwriting_rows(tmp_path: Path, printed_at: datetime) -> None:
    from reportlab.lib.units import mm

    from desktop.printing.duty_log_form import duty_log_story
    from desktop.printing.template import LinliDocument

    doc = LinliDocument(title="值班记录表", printed_by="x", printed_at=printed_at)
    table = duty_log_story(doc, place="")[2]
    table.wrap(doc.width, doc.height)
    assert len(table._rowHeights) == 19
    assert all(h >= 10 * mm for h in table._rowHeights[1:])


def test_fonts_are_embedded_subsets(tmp_path: Path, printed_at: datetime, page_fonts: Callable) -> None:
    out = tmp_path / "duty.pdf"
    _render(out, printed_at)
    (fonts,) = page_fonts(out)
    assert any("WenQuanYiMicroHei" in name for name in fonts)
    assert any("HanaMin" in name for name in fonts)  # 𠮷 in the printed-by name
    for name, font in fonts.items():
        assert "+" in name, name  # subset tag, e.g. AAAAAA+WenQuanYiMicroHei-0
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name
        assert "/ToUnicode" in font


def test_byte_stable(tmp_path: Path, printed_at: datetime) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    _render(first, printed_at, pages=2)
    _render(second, printed_at, pages=2)
    assert first.getvalue() == second.getvalue()
    assert len(PdfReader(first).pages) == 2
