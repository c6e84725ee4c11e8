"""Blank 值班记录表 (duty log form) to fill in by hand: one full form per page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.printing.fonts import PRIMARY, PrintReport, markup, recording
from desktop.printing.tables import blank_rows, cell, data_table, widths
from desktop.printing.template import LinliDocument, paragraph_styles

TITLE = "值班记录表"
CATEGORY_HINT = ("（巡楼/来访/事件/", "交通/交接）")
ROW_HEIGHT = 11 * mm


def _fields(place: str, width: float) -> Table:
    """日期 ____ 值班地点 ____ 值班人 ____ 天气 ____ with writing lines under the blanks."""
    size = 11
    row = [cell("日期", font_size=size), "", cell("值班地点", font_size=size), cell(place, font_size=size),
           cell("值班人", font_size=size), "", cell("天气", font_size=size), ""]
    col = widths(width, 10, 30, 19, 48, 15, 30, 11, 19)
    t = Table([row], colWidths=col, rowHeights=[10 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), PRIMARY),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        *[("LINEBELOW", (c, 0), (c, 0), 0.6, colors.black) for c in (1, 3, 5, 7)],
    ]))
    return t


def _log_table(width: float, rows: int) -> Table:
    small = paragraph_styles(7.5)["head"]
    headers: list[object] = ["时间", Paragraph("<br/>".join(["类别", *map(markup, CATEGORY_HINT)]), small),
                             "情况记录", "处理结果", "记录人"]
    return data_table(headers, blank_rows(rows, 5), widths(width, 16, 28, 74, 44, 20),
                      min_row_height=ROW_HEIGHT, font_size=10.5)


def _handover(width: float) -> Table:
    size = 10.5
    t = Table(
        [[cell("交接事项", font_size=size), "", "", "", "", ""],
         [cell("交班人签名", font_size=size), "", cell("接班人签名", font_size=size), "",
          cell("交接时间", font_size=size), cell("\u00a0" * 8 + "时" + "\u00a0" * 8 + "分", font_size=size, align="right")]],
        colWidths=widths(width, 24, 38, 24, 38, 22, 36), rowHeights=[16 * mm, 12 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), PRIMARY),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (1, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.86, 0.86, 0.86)),
        ("BACKGROUND", (2, 1), (2, 1), colors.Color(0.86, 0.86, 0.86)),
        ("BACKGROUND", (4, 1), (4, 1), colors.Color(0.86, 0.86, 0.86)),
    ]))
    return t


def duty_log_story(doc: LinliDocument, *, place: str, pages: int = 1, rows: int = 18) -> list[Flowable]:
    story: list[Flowable] = []
    for n in range(max(1, pages)):
        if n:
            story.append(PageBreak())
        story += [_fields(place, doc.width), Spacer(0, 3 * mm), _log_table(doc.width, rows),
                  Spacer(0, 4 * mm), _handover(doc.width)]
    return story


def render_duty_log_form(out: Path | BinaryIO, *, community: str, place: str, printed_by: str,
                         printed_at: datetime, pages: int = 1) -> PrintReport:
    """Write `pages` blank duty log forms (one per page) to `out`."""
    doc = LinliDocument(title=TITLE, community=community, printed_by=printed_by, printed_at=printed_at)
    with recording(doc.report):
        story = duty_log_story(doc, place=place, pages=pages)
    return doc.build(story, out)
