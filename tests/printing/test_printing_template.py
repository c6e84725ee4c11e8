"""LinliDocument: header and numbered footer on every page, byte-stable output."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from desktop.printing.duty_log_form import render_duty_log_form
from desktop.printing.fonts import markup
from desktop.printing.template import CONFIDENTIAL, LinliDocument, paragraph_styles


def _story(n: int) -> list[Paragraph]:
    style = paragraph_styles(10)["body"]
    return [Paragraph(markup(f"第{i}条：凤城街道社区工作站巡查记录，情况正常。"), style) for i in range(n)]


def _doc(printed_at: datetime, **kw: object) -> LinliDocument:
    args: dict = {"title": "测试文档", "community": "凤城街道城南社区", "printed_by": "周敏",
                  "printed_at": printed_at}
    args.update(kw)
    return LinliDocument(**args)


def test_every_page_has_header_and_own_page_number(tmp_path: Path, printed_at: datetime,
                                                   page_texts: Callable) -> None:
    out = tmp_path / "t.pdf"
    report = _doc(printed_at).build(_story(200), out)
    texts = page_texts(out)
    assert report.pages == len(texts) >= 3
    for i, text in enumerate(texts, start=1):
        assert f"第 {i} 页 / 共 {len(texts)} 页" in text
        assert "测试文档" in text
        assert "社区：凤城街道城南社区" in text
        assert "打印人：周敏" in text
        assert "2026-11-29 14:05" in text  # Asia/Shanghai, not UTC
        assert CONFIDENTIAL not in text


def test_confidential_marks_every_page(tmp_path: Path, printed_at: datetime, page_texts: Callable) -> None:
    out = tmp_path / "c.pdf"
    _doc(printed_at, confidential=True, community="").build(_story(120), out)
    texts = page_texts(out)
    assert len(texts) >= 2
    for text in texts:
        assert text.count(CONFIDENTIAL) == 2  # header tag and footer note
        assert text.count("打印人：周敏") == 2
        assert "社区：" not in text


def test_landscape(tmp_path: Path, printed_at: datetime) -> None:
    out = tmp_path / "l.pdf"
    _doc(printed_at, landscape=True).build(_story(3), out)
    box = PdfReader(str(out)).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_output_is_byte_stable_and_same_for_file_and_stream(tmp_path: Path, printed_at: datetime) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    _doc(printed_at).build(_story(60), a)
    _doc(printed_at).build(_story(60), b)
    stream = io.BytesIO()
    _doc(printed_at).build(_story(60), stream)
    assert a.read_bytes() == b.read_bytes() == stream.getvalue()
    assert a.read_bytes().startswith(b"%PDF")


def test_header_names_outside_primary_font_are_printed(tmp_path: Path, printed_at: datetime,
                                                       page_texts: Callable) -> None:
    out = tmp_path / "h.pdf"
    report = _doc(printed_at, printed_by="张\U00020bb7", community="李\ue000社区").build(_story(2), out)
    text = page_texts(out)[0]
    assert "打印人：张\U00020bb7" in text
    assert report.unprintable == ["社区：李\ue000社区"]


def test_byte_stable_across_processes(tmp_path: Path, printed_at: datetime) -> None:
    """A fresh process (fonts registered anew, nothing built before) writes the same bytes."""
    here = tmp_path / "here.pdf"
    render_duty_log_form(here, community="城南社区", place="", printed_by="周敏", printed_at=printed_at)
    there = tmp_path / "there.pdf"
    code = (
        "import sys; from datetime import datetime, UTC; from pathlib import Path\n"
        "from desktop.printing.duty_log_form import render_duty_log_form\n"
        "render_duty_log_form(Path(sys.argv[1]), community='城南社区', place='', printed_by='周敏',"
        " printed_at=datetime(2026, 11, 29, 6, 5, tzinfo=UTC))\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code, str(there)], cwd=root, check=True, timeout=120)
    assert here.read_bytes() == there.read_bytes()
