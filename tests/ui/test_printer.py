"""Printing in one step: the document goes through Qt's printer (here a PDF printer standing in for the
system's), nothing stays in the temporary folder, and 另存为 PDF names the file for what it is."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.ui import printer as printing
from desktop.ui.qt import QWidget

pytestmark = pytest.mark.gui


def _two_pages(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in (1, 2):
        c.setFont("Helvetica-Bold", 60)
        c.drawString(100, 500, f"PAGE {n}")
        c.rect(50, 50, 495, 742, fill=0)
        c.showPage()
    c.save()


def _ink(path: Path, index: int) -> float:
    """The share of dark pixels on a page of a PDF (0 = blank)."""
    doc = pdfium.PdfDocument(str(path))
    bitmap = doc[index].render(scale=0.5, grayscale=True)
    data = bytes(bitmap.buffer)
    dark = sum(1 for b in data if b < 128)
    doc.close()
    return dark / len(data)


def test_print_sends_every_page_to_the_printer_and_leaves_no_file(qtbot, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtPrintSupport import QPrinter

    out, made = tmp_path / "printed.pdf", []
    parent = QWidget()
    qtbot.addWidget(parent)

    def render(path: Path) -> None:
        made.append(path)
        _two_pages(path)

    def ask(printer: QPrinter) -> bool:               # what the print dialog's OK does, to a file here
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    assert printing.print_document(parent, "签到表", render, ask=ask) == 2
    assert len(PdfReader(str(out)).pages) == 2
    assert _ink(out, 0) > 0.005 and _ink(out, 1) > 0.005          # drawn, not blank pages
    assert made and not made[0].exists()                            # the temporary PDF is gone
    assert printing.print_document(parent, "签到表", render, ask=lambda p: False) == 0   # cancelled
    assert not made[1].exists()


def test_a_saved_copy_has_a_meaningful_name_that_never_replaces_another(tmp_path) -> None:  # noqa: ANN001
    name = printing.meaningful_name("签到表", "重阳节茶话会", "2026-10-29")
    assert name == "签到表 重阳节茶话会 2026-10-29.pdf"
    first = printing.unique_path(tmp_path, name)
    first.write_bytes(b"%PDF")
    second = printing.unique_path(tmp_path, name)
    assert second.name == "签到表 重阳节茶话会 2026-10-29 (2).pdf"
    hostile = printing.meaningful_name("签到表", '../../etc/passwd<b>:"*?', "", None, "=1+1")
    assert "/" not in hostile and "\\" not in hostile and ":" not in hostile and hostile.endswith(".pdf")
    assert len(printing.meaningful_name("名" * 300)) <= 84
    assert printing.meaningful_name("", None) == "文档.pdf"
