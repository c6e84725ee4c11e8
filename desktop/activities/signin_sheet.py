"""签到表: the pre-filled sign-in sheet, the blank sheet, and the participant list with tick boxes.

A4 portrait, the Linli header and 第 X 页 / 共 Y 页 footer, the table header repeated on every page. Names
in 12 pt for older eyes, the address with its estate (a community has several 5号楼), the people in sign-up
order, by flat (walking the stairs) or by pinyin (finding a name), and blank rows for walk-ins that fill
the last page instead of leaving two names alone on it.
Cells that the primary font draws entirely are plain strings (fast: an 800-name sheet is built in a
fraction of a second); a name needing a fallback font (𠮷, 䶮) is set as a Paragraph with markup().
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from collections.abc import Callable
from typing import Any, BinaryIO
import re

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.activities.common import load_activity, short_address
from desktop.activities.models import ENROLLED, WAITING, Enrollment
from desktop.core.audit import AuditAction, record
from desktop.core.clock import to_local, utcnow
from desktop.core.phone import mask_phone
from desktop.core.pinyin import name_pinyin
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.printing.fonts import PRIMARY, PrintReport, markup, recording, register_fonts
from desktop.printing.tables import HEADER_BG, PAD_X
from desktop.printing.template import LinliDocument, paragraph_styles
from desktop.core.communities import Community
from desktop.roster.models import Building, Household, Person

FONT_SIZE = 10.5
NAME_SIZE = 12                # names are what people look for on the sheet
ADDRESS_SIZE = 9.5            # an address with its estate (西湖花园6号楼2单元501) stays on one line
ROW_HEIGHT = 10 * mm          # room to sign by hand
HEADER_HEIGHT = 8 * mm
ORDERS = {"signup": "报名顺序", "flat": "按楼栋房号", "pinyin": "按姓名拼音"}
WEEKDAYS = "一二三四五六日"


@dataclass
class SheetLine:
    name: str
    room: str = ""
    phone: str = ""          # already masked
    note: str = ""
    sort_key: tuple[Any, ...] = ()     # (estate, building, unit, room) as numbers where they are numbers; then pinyin


@dataclass
class SheetData:
    title: str
    community: str = ""
    when: str = ""
    place: str = ""
    organiser: str = ""
    capacity: int | None = None
    lines: list[SheetLine] = field(default_factory=list)
    waiting: list[SheetLine] = field(default_factory=list)


def when_text(starts_at: datetime, ends_at: datetime) -> str:
    a, b = to_local(starts_at), to_local(ends_at)
    end = b.strftime("%H:%M") if a.date() == b.date() else b.strftime("%Y-%m-%d %H:%M")
    return f"{a:%Y-%m-%d}（周{WEEKDAYS[a.weekday()]}）{a:%H:%M}–{end}"


def _natural(text: str | None) -> tuple[Any, ...]:
    """"6号楼" < "16号楼", "2单元" < "10单元": digit runs compare as numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.findall(r"\d+|\D+", text or ""))


def sheet_data(s: Session, actor: Actor, activity_id: str, order: str = "signup") -> SheetData:
    """The activity's header facts and its enrolled people (and waiting list), in sign-up order, by flat
    (estate, building, unit, room; people without a flat last) or by pinyin."""
    if order not in ORDERS:
        raise ValueError(order)
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_VIEW)
    community = s.scalar(select(Community.name).where(Community.id == act.community_id)) or ""
    data = SheetData(title=act.title, community=community, when=when_text(act.starts_at, act.ends_at),
                     place=act.place, organiser=act.organiser, capacity=act.capacity)
    rows = s.execute(select(Enrollment.status, Person.name, Person.phone, Building.name, Household.unit,
                            Household.room, Building.estate, Person.name_pinyin)
                     .join(Person, Person.id == Enrollment.person_id)
                     .outerjoin(Household, Household.id == Person.household_id)
                     .outerjoin(Building, Building.id == Household.building_id)
                     .where(Enrollment.activity_id == act.id, Enrollment.deleted_at.is_(None),
                            Enrollment.status.in_([ENROLLED, WAITING]))
                     .order_by(Enrollment.position)).all()
    for status, name, phone, building, unit, room, estate, pinyin in rows:
        flat = (room is None, _natural(estate), _natural(building), _natural(unit), _natural(room))
        reading = pinyin or (name_pinyin(name)[0] if order != "signup" else "")   # surname readings (单 shan)
        key = (reading, name) if order == "pinyin" else (*flat, reading) if order == "flat" else ()
        line = SheetLine(name, short_address(building, unit, room, estate), mask_phone(phone), sort_key=key)
        (data.lines if status == ENROLLED else data.waiting).append(line)
    if order != "signup":
        data.lines.sort(key=lambda x: x.sort_key)          # the waiting list keeps its order: it is a queue
    return data


class _Cells:
    """Plain strings where the primary font can draw them, Paragraphs otherwise."""

    def __init__(self, font_size: float) -> None:
        self.codepoints = register_fonts().primary.codepoints
        self.style = paragraph_styles(font_size)["cell"]
        self.size = font_size

    def __call__(self, text: str, width: float) -> str | Paragraph:
        if all(ord(c) in self.codepoints or c == " " for c in text) and \
                stringWidth(text, PRIMARY, self.size) <= width - 2 * PAD_X:
            return text
        return Paragraph(markup(text), self.style)


def _grid(headers: list[str], rows: list[list[object]], col_widths: list[float], *, row_height: float,
          center_cols: tuple[int, ...] = (0,), box_col: int | None = None) -> Table:
    table = Table([headers, *rows], colWidths=col_widths, rowHeights=[HEADER_HEIGHT] + [row_height] * len(rows),
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), PRIMARY),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        *[("ALIGN", (c, 1), (c, -1), "CENTER") for c in center_cols],
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("FONTSIZE", (1, 1), (1, -1), NAME_SIZE),
        ("FONTSIZE", (2, 1), (2, -1), ADDRESS_SIZE),
        *([("FONTSIZE", (box_col, 1), (box_col, -1), 16)] if box_col is not None else []),
    ]))
    return table


def _facts(doc: LinliDocument, data: SheetData, count_label: str) -> Table:
    """活动 / 时间 / 地点 / 组织者 above the table; empty facts get a line to write on."""
    st = paragraph_styles(10.5)["body"]
    cap = f"（名额 {data.capacity}）" if data.capacity else ""
    cells = [
        [Paragraph(markup(f"活动名称：{data.title}"), st), Paragraph(markup(f"时间：{data.when}"), st)],
        [Paragraph(markup(f"地点：{data.place}"), st),
         Paragraph(markup(f"组织者：{data.organiser}　　{count_label}{cap}"), st)],
    ]
    t = Table(cells, colWidths=[doc.width * 0.5, doc.width * 0.5], hAlign="LEFT")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PRIMARY), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _confirmation(doc: LinliDocument, enrolled: int) -> KeepTogether:
    st = paragraph_styles(11)["field"]
    blank = "\u00a0" * 10
    lines = [
        f"报名 {enrolled} 人，实到 ____ 人（其中现场加入 ____ 人）。",
        f"组织者确认签名：{blank * 2}　　日期：{blank}年{blank[:6]}月{blank[:6]}日",
        "（签到表为活动考勤依据，请妥善保存；电话号码已部分隐去。）",
    ]
    box = Table([[Paragraph(markup(x), st)] for x in lines], colWidths=[doc.width], hAlign="LEFT")
    box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PRIMARY), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return KeepTogether([Spacer(0, 4 * mm), box])


def _height(doc: LinliDocument, flowable: Flowable) -> float:
    parts = flowable._content if isinstance(flowable, KeepTogether) else [flowable]  # its own wrap needs a canvas
    height: float = sum(part.wrap(doc.width, doc.height)[1] for part in parts)
    return height


def signin_columns(width: float, with_times: bool) -> tuple[list[str], list[float]]:
    headers = ["序号", "姓名", "住址或会员号", "电话", "签名", "备注"]
    fixed = [10 * mm, 34 * mm, 34 * mm, 24 * mm, 0.0, 20 * mm]      # a name of 8 characters in 12 pt fits
    if with_times:
        headers[5:5] = ["签到时间", "签退时间"]
        fixed[5:5] = [17 * mm, 17 * mm]
        fixed[2], fixed[-1] = 30 * mm, 12 * mm
    fixed[4] = width - sum(fixed)          # the signature column takes the rest (≥ 45 mm)
    return headers, fixed


def rows_to_fill(doc: LinliDocument, people: int, at_least: int, above: Flowable, below: Flowable) -> int:
    """How many blank rows follow `people` names: at least `at_least`, then as many as fill the last page
    (with `below` still fitting on it), so a sheet never ends on a page holding two names."""
    above_h, below_h = _height(doc, above), _height(doc, below)
    first = int((doc.height - above_h - 3 * mm - HEADER_HEIGHT) // ROW_HEIGHT)
    later = int((doc.height - HEADER_HEIGHT) // ROW_HEIGHT)
    tail = int(-(-below_h // ROW_HEIGHT))                   # rows the confirmation box takes on the last page
    need, room = people + max(0, at_least), first - tail
    while room < need:
        room += later
    return room - people


def signin_story(doc: LinliDocument, data: SheetData, *, blank_rows: int = 10,
                 with_times: bool = False) -> list[Flowable]:
    headers, widths = signin_columns(doc.width, with_times)
    cell, name, address = _Cells(FONT_SIZE), _Cells(NAME_SIZE), _Cells(ADDRESS_SIZE)
    extra = ["", ""] if with_times else []
    facts, confirmation = _facts(doc, data, f"报名 {len(data.lines)} 人"), _confirmation(doc, len(data.lines))
    rows: list[list[object]] = []
    for n, line in enumerate(data.lines, start=1):
        rows.append([str(n), name(line.name, widths[1]), address(line.room, widths[2]), line.phone, "", *extra,
                     cell(line.note, widths[-1])])
    blank = rows_to_fill(doc, len(data.lines), blank_rows, facts, confirmation)
    for n in range(len(data.lines) + 1, len(data.lines) + blank + 1):
        rows.append([str(n), "", "", "", "", *extra, ""])
    return [facts, Spacer(0, 3 * mm), _grid(headers, rows, widths, row_height=ROW_HEIGHT), confirmation]


def _doc(title: str, data: SheetData, actor: Actor) -> LinliDocument:
    return LinliDocument(title=title, community=data.community, printed_by=actor.display_name,
                         printed_at=utcnow())


def _write(doc: LinliDocument, story_fn: Callable[[], list[Any]], out: Path | str | BinaryIO) -> PrintReport:
    with recording(doc.report):
        story = story_fn()
    return doc.build(story, Path(out) if isinstance(out, str) else out)


def render_signin_sheet(out: Path | str | BinaryIO, s: Session, actor: Actor, activity_id: str, *,
                        blank_rows: int = 3, with_times: bool = False, order: str = "signup") -> PrintReport:
    """The sign-in sheet pre-filled with the enrolled (the waiting list is not printed), in `order`
    (see ORDERS), with at least `blank_rows` empty rows and the last page filled."""
    data = sheet_data(s, actor, activity_id, order)
    record(s, actor, AuditAction.PRINT, "activities", activity_id, f"签到表（{len(data.lines)} 人）")
    doc = _doc(f"{data.title} 签到表", data, actor)
    return _write(doc, lambda: signin_story(doc, data, blank_rows=blank_rows, with_times=with_times), out)


def render_blank_sheet(out: Path | str | BinaryIO, s: Session, actor: Actor, activity_id: str | None = None, *,
                       rows: int = 25, with_times: bool = False, community: str = "") -> PrintReport:
    """A sheet with numbered empty rows; the header is filled when an activity is given."""
    if activity_id is not None:
        data = sheet_data(s, actor, activity_id)
        data.lines = []
        record(s, actor, AuditAction.PRINT, "activities", activity_id, "空白签到表")
    else:
        data = SheetData(title="\u00a0" * 30, community=community, when="\u00a0" * 30)
    title = f"{data.title} 签到表" if activity_id else "活动签到表"
    doc = _doc(title, data, actor)
    return _write(doc, lambda: signin_story(doc, data, blank_rows=rows, with_times=with_times), out)


def participant_story(doc: LinliDocument, data: SheetData) -> list[Flowable]:
    headers = ["序号", "姓名", "住址或会员号", "电话", "报名", "到场", "备注"]
    widths = [11 * mm, 34 * mm, 34 * mm, 26 * mm, 14 * mm, 12 * mm, 0.0]
    widths[-1] = doc.width - sum(widths)
    cell, name, address = _Cells(FONT_SIZE), _Cells(NAME_SIZE), _Cells(ADDRESS_SIZE)
    rows: list[list[object]] = []
    everyone = [(x, "已报名") for x in data.lines] + [(x, "候补") for x in data.waiting]
    for n, (line, status) in enumerate(everyone, start=1):
        rows.append([str(n), name(line.name, widths[1]), address(line.room, widths[2]), line.phone, status, "□",
                     cell(line.note, widths[-1])])
    summary = f"报名 {len(data.lines)} 人，候补 {len(data.waiting)} 人"
    return [_facts(doc, data, summary), Spacer(0, 3 * mm),
            _grid(headers, rows, widths, row_height=8 * mm, center_cols=(0, 4, 5), box_col=5)]


def render_participant_list(out: Path | str | BinaryIO, s: Session, actor: Actor,
                            activity_id: str) -> PrintReport:
    """报名名单 with a tick box per person (enrolled first, then the waiting list in order)."""
    data = sheet_data(s, actor, activity_id)
    record(s, actor, AuditAction.PRINT, "activities", activity_id, "报名名单")
    doc = _doc(f"{data.title} 报名名单", data, actor)
    return _write(doc, lambda: participant_story(doc, data), out)
