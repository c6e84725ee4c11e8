"""The page template every Linli printout uses: header (title, community, printed by/at),
footer "第 X 页 / 共 Y 页", byte-stable output. Subclass and override the steps to vary it."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.core.clock import fmt_local
from desktop.core.progress import step
from desktop.printing.fonts import PRIMARY, PrintReport, recording, register_fonts, text_runs

CONFIDENTIAL = "内部资料 注意保密"


@cache
def paragraph_styles(font_size: float = 10) -> dict[str, ParagraphStyle]:
    """Paragraph styles in LinliSans with CJK line breaking: body, small, title, field, cell, head.

    Shared (cached): clone a style before changing it.
    """
    register_fonts()
    base = ParagraphStyle("body", fontName=PRIMARY, fontSize=font_size, leading=font_size * 1.35,
                          wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=font_size * 0.85,
                                leading=font_size * 1.15),
        "title": ParagraphStyle("title", parent=base, fontSize=font_size * 1.6,
                                leading=font_size * 2.1, alignment=1),
        "field": ParagraphStyle("field", parent=base, fontSize=font_size * 1.1,
                                leading=font_size * 1.6),
        "cell": ParagraphStyle("cell", parent=base, leading=font_size * 1.25),
        "head": ParagraphStyle("head", parent=base, leading=font_size * 1.25, alignment=1),
    }


def draw_text(canv: Canvas, x: float, y: float, text: str, size: float, *,
              align: str = "left", bold: bool = False) -> float:
    """Draw one line with fallback fonts applied; returns its width. `bold` strokes the glyphs."""
    runs = text_runs(text)
    width: float = sum(stringWidth(chars, font, size) for font, chars in runs)  # == text_width(text, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    canv.saveState()  # the text render mode outlives the text object: confine it
    t = canv.beginText(x, y)
    if bold:
        canv.setLineWidth(size / 30)
        t.setTextRenderMode(2)
    for font, chars in runs:
        t.setFont(font, size)
        t.textOut(chars)
    canv.drawText(t)
    canv.restoreState()
    return width


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no types
    """Holds every page until save(), when the total page count is known."""

    def __init__(self, doc: LinliDocument, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._linli_doc = doc
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        doc = self._linli_doc
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self.saveState()
            doc.draw_footer(self, self._pageNumber, total)
            self.restoreState()
            super().showPage()
        doc.report.pages = total
        super().save()


class LinliDocument(BaseDocTemplate):  # type: ignore[misc]  # ReportLab has no types
    """A4 (or landscape) document with the Linli header and numbered footer on every page."""

    header_height = 22 * mm
    footer_height = 12 * mm
    side_margin = 14 * mm

    def __init__(self, *, title: str, community: str = "", printed_by: str, printed_at: datetime,
                 pagesize: tuple[float, float] = A4, landscape: bool = False,
                 confidential: bool = False) -> None:
        register_fonts()
        size = to_landscape(pagesize) if landscape else pagesize
        self.doc_title = title
        self.community = community
        self.printed_by = printed_by
        self.printed_at = printed_at
        self.confidential = confidential
        self.report = PrintReport()
        super().__init__(
            None, pagesize=size, invariant=1, title=title, author=printed_by, creator="邻里 Linli",
            subject=community, initialFontName=PRIMARY, leftMargin=self.side_margin, rightMargin=self.side_margin,
            topMargin=self.header_height + 4 * mm, bottomMargin=self.footer_height + 3 * mm,
        )
        self.addPageTemplates(self.page_templates())

    # -- overridable steps -------------------------------------------------------------------
    def page_templates(self) -> list[PageTemplate]:
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return [PageTemplate(id="page", frames=[frame], onPage=self._on_page)]

    def printed_at_text(self) -> str:
        return fmt_local(self.printed_at)

    def header_left(self) -> str:
        return f"社区：{self.community}" if self.community else ""

    def header_right(self) -> str:
        return f"打印人：{self.printed_by}　打印时间：{self.printed_at_text()}"

    def draw_header(self, canv: Canvas) -> None:
        width, height = self.pagesize
        left, right = self.side_margin, width - self.side_margin
        top = height - 11 * mm
        draw_text(canv, width / 2, top, self.doc_title, 15, align="center", bold=True)
        if self.confidential:
            self.draw_confidential_tag(canv, right, top)
        meta_y = height - 18.5 * mm
        draw_text(canv, left, meta_y, self.header_left(), 9)
        draw_text(canv, right, meta_y, self.header_right(), 9, align="right")
        canv.setLineWidth(0.8)
        canv.line(left, height - self.header_height, right, height - self.header_height)

    def draw_confidential_tag(self, canv: Canvas, right: float, baseline: float) -> None:
        w = draw_text(canv, right - 2 * mm, baseline, CONFIDENTIAL, 9, align="right", bold=True)
        canv.setLineWidth(0.8)
        canv.rect(right - w - 4 * mm, baseline - 2 * mm, w + 4 * mm, 6.5 * mm)

    def footer_text(self, page: int, total: int) -> str:
        return f"第 {page} 页 / 共 {total} 页"

    def draw_footer(self, canv: Canvas, page: int, total: int) -> None:
        width, _ = self.pagesize
        left, right = self.side_margin, width - self.side_margin
        line_y = self.footer_height
        canv.setLineWidth(0.4)
        canv.line(left, line_y, right, line_y)
        with recording(self.report):
            draw_text(canv, width / 2, line_y - 5 * mm, self.footer_text(page, total), 9, align="center")
            if self.confidential:
                draw_text(canv, left, line_y - 5 * mm, f"{CONFIDENTIAL}　打印人：{self.printed_by}", 8)

    # -- machinery ----------------------------------------------------------------------------
    def _on_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        step(doc.page, text=f"第 {doc.page} 页")      # whoever waits for this PDF sees it grow, and may cancel
        canv.saveState()
        with recording(self.report):
            self.draw_header(canv)
        canv.restoreState()

    def _canvas(self, *args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(self, *args, **kwargs)

    def build(self, story: list[Flowable], out: Path | str | BinaryIO) -> PrintReport:
        """Write the PDF to `out` (a path or a binary file); returns what could not be printed."""
        target = str(out) if isinstance(out, Path) else out
        self.report.pages = 0
        with recording(self.report):
            super().build(list(story), filename=target, canvasmaker=self._canvas)
        return self.report
