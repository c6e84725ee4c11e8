"""Printed things of the elder centre: member cards (CR80, ten per A4 sheet, Code128 of the number),
the member list, the daily check-in sheet, the monthly attendance and meal summary, the birthday list.

The render functions take plain rows (dataclasses from the services) and write a PDF; the
`print_*` functions fetch, audit the print and render.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
import calendar

from reportlab import rl_config
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session
from sqlalchemy import func, select

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import to_local, utcnow
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.printing.fonts import PrintReport, markup, missing_glyphs, recording, register_fonts
from desktop.printing.tables import data_table, widths
from desktop.printing.template import LinliDocument, draw_text, paragraph_styles
from desktop.core.vocabulary import sex_label
from desktop.elder.models import ElderCheckin, ElderMember, ElderMemberPhoto
from desktop.elder.scope import member_filter, require_member
from desktop.core.communities import Community
from desktop.elder.members_service import search_members
from desktop.elder.checkin_service import attendance_by_day, live_checkins, today_list
from desktop.core.errors import NotFound
from desktop.elder.services_service import list_services
from desktop.elder.birthdays import centre_calendar, month_birthdays

if TYPE_CHECKING:
    from desktop.elder.birthdays import BirthdayRow
    from desktop.elder.checkin_service import DayCount, TodayRow
    from desktop.elder.members_service import MemberRow
    from desktop.elder.services_service import ServiceRow

CENTRE = "清城区居家养老服务中心"
CARD_W, CARD_H = 85.6 * mm, 54 * mm          # CR80
COLS, ROWS = 2, 5                            # ten cards per A4 sheet
_FORM = "elderCard"


@dataclass
class CardLine:
    member_no: str
    name: str
    community: str = ""
    photo: bool = False                      # leave a box for a photo (member consented)
    valid_until: date | None = None
    photo_data: bytes | None = None          # the member's photo (PNG/JPEG), printed in the box


def _card_background(c: Canvas) -> None:
    """What every card shares, drawn once as a form and placed per card."""
    c.beginForm(_FORM)
    c.setStrokeColor(colors.HexColor("#9ca3af"))
    c.setLineWidth(0.4)
    c.roundRect(0, 0, CARD_W, CARD_H, 3 * mm)
    c.setFillColor(colors.HexColor("#b91c1c"))
    c.rect(0.2 * mm, CARD_H - 10 * mm, CARD_W - 0.4 * mm, 9.8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    draw_text(c, CARD_W / 2, CARD_H - 7 * mm, f"{CENTRE} 会员卡", 9.5, align="center")
    c.endForm()


def code128_bars(value: str, x: float, y: float, bar_width: float, height: float) -> str:
    """PDF path operators filling the Code128 bars of `value` (one path, few numbers to format)."""
    bc = Code128(value, barWidth=bar_width, barHeight=height, quiet=False)
    bc.validate()
    bc.encode()
    bc.decompose()
    ops = []
    left = x
    for ch in bc.decomposed:
        if "a" <= ch <= "z":
            left += (ord(ch) - 96) * bar_width
        elif "A" <= ch <= "Z":
            w = (ord(ch) - 64) * bar_width
            ops.append(f"{left:.2f} {y:.2f} {w:.2f} {height:.2f} re")
            left += w
    return "0 g " + " ".join(ops) + " f"


class CardPhoto(ImageReader):  # type: ignore[misc]  # ReportLab ships no types: ImageReader is Any
    """A member's stored photo (PNG/JPEG bytes) for the card.

    ReportLab names an image XObject by a digest of its decoded pixels; for a JPEG its own bytes identify
    it just as well, so a JPEG is never decoded: it goes into the PDF as it is (DCTDecode). With ASCII85
    turned off while the cards render (see render_cards) 800 photo cards stay within the print budget."""

    def __init__(self, data: bytes) -> None:
        super().__init__(BytesIO(data))
        self._raw = bytes(data)

    def getRGBData(self) -> bytes:  # noqa: N802 - ReportLab's name
        if self.jpeg_fh() is not None:
            self._dataA = None
            return self._raw
        data: bytes = super().getRGBData()
        return data


def _image(data: bytes) -> ImageReader | None:
    """The photo for the card, or None (the empty box) when its bytes cannot be read as an image."""
    try:
        image = CardPhoto(data)
        image.getSize()
        if image.jpeg_fh() is None:
            image.getRGBData()                # a broken PNG fails here, not half-way into the page
    except Exception:  # noqa: BLE001 - a damaged stored photo must not stop the whole print run
        return None
    return image


def _card(c: Canvas, x: float, y: float, card: CardLine) -> None:
    c.saveState()
    c.translate(x, y)
    c.doForm(_FORM)
    c.restoreState()
    text_left = x + 5 * mm
    if card.photo or card.photo_data:
        bx, by, bw, bh = x + CARD_W - 25 * mm, y + 16 * mm, 20 * mm, 26 * mm
        image = _image(card.photo_data) if card.photo_data else None
        if image is not None:
            c.drawImage(image, bx, by, bw, bh, preserveAspectRatio=True, anchor="c", mask="auto")
        c.setStrokeColor(colors.HexColor("#6b7280"))
        c.rect(bx, by, bw, bh)
        if image is None:
            c.setFillColor(colors.HexColor("#9ca3af"))
            draw_text(c, x + CARD_W - 15 * mm, y + 28 * mm, "照片", 7, align="center")
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    draw_text(c, text_left, y + CARD_H - 20 * mm, card.name, 16, bold=True)
    draw_text(c, text_left, y + CARD_H - 27 * mm, f"会员号 {card.member_no}", 10)
    line = card.community + (f"  有效期至 {card.valid_until.isoformat()}" if card.valid_until else "")
    if line:
        draw_text(c, text_left, y + CARD_H - 33 * mm, line, 7.5)
    c.addLiteral(code128_bars(card.member_no, text_left, y + 4 * mm, 0.3 * mm, 9 * mm))


def render_cards(cards: Sequence[CardLine], out: Path | str | BinaryIO, *, title: str = "会员卡",
                 printed_by: str = "") -> PrintReport:
    """Ten CR80 cards per A4 sheet, cut along the outlines."""
    register_fonts()
    report = PrintReport()
    target = str(out) if isinstance(out, Path) else out
    c = Canvas(target, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(printed_by)
    c.setCreator("邻里 Linli")
    page_w, page_h = A4
    left = (page_w - COLS * CARD_W) / 2
    top = page_h - (page_h - ROWS * CARD_H) / 2
    _card_background(c)
    a85, rl_config.useA85 = rl_config.useA85, 0     # binary streams: photos are not ASCII85-encoded
    try:
        with recording(report):
            for i, card in enumerate(cards):
                slot = i % (COLS * ROWS)
                if i and slot == 0:
                    c.showPage()
                    report.pages += 1
                missing = missing_glyphs(card.name)
                if missing:
                    report.note(card.name, missing)
                col, row = slot % COLS, slot // COLS
                _card(c, left + col * CARD_W, top - (row + 1) * CARD_H, card)
        c.showPage()
        report.pages += 1
        c.save()
    finally:
        rl_config.useA85 = a85
    return report


# --- table documents ------------------------------------------------------------------------

def _doc(title: str, printed_by: str, *, landscape: bool = False, confidential: bool = True) -> LinliDocument:
    return LinliDocument(title=title, community=CENTRE, printed_by=printed_by, printed_at=utcnow(),
                         landscape=landscape, confidential=confidential)


def _build(doc: LinliDocument, story_fn: Callable[[], list[Flowable]], out: Path | str | BinaryIO) -> PrintReport:
    with recording(doc.report):
        story = story_fn()
    return doc.build(story, out)


def render_member_list(rows: Sequence[MemberRow], out: Path | str | BinaryIO, *, printed_by: str) -> PrintReport:
    """会员名册 (rows: members_service.MemberRow)."""
    doc = _doc("会员名册", printed_by, landscape=True)
    headers = ["序号", "会员号", "姓名", "性别", "年龄", "电话", "类别", "状态", "入会日期", "住址"]

    def story() -> list[Flowable]:
        body = [[str(i), r.member_no, r.name, sex_label(r.sex),
                 "" if r.age is None else str(r.age), r.phone, r.category, r.status, r.join_date.isoformat(),
                 r.address] for i, r in enumerate(rows, 1)]
        cols = widths(doc.width, 1, 2, 2, 1, 1, 2.6, 1.3, 1.3, 2.2, 5)
        summary = f"共 {len(rows)} 位会员。"
        return [Paragraph(markup(summary), paragraph_styles(10)["body"]), Spacer(0, 3 * mm),
                data_table(headers, body, cols, zebra=True, font_size=9)]
    return _build(doc, story, out)


def render_daily_sheet(day: date, rows: Sequence[TodayRow], arrivals: int, lunches: int,
                       out: Path | str | BinaryIO, *, printed_by: str) -> PrintReport:
    """每日签到表 (rows: checkin_service.TodayRow), with a column for the member's signature."""
    doc = _doc(f"每日签到表 {day.isoformat()}", printed_by)
    headers = ["序号", "时间", "会员号", "姓名", "类别", "午餐", "本人签名"]

    def story() -> list[Flowable]:
        ordered = sorted(rows, key=lambda r: r.checked_in_at)
        body = [[str(i), to_local(r.checked_in_at).strftime("%H:%M"), r.member_no, r.name, r.category,
                 "✓" if r.lunch else "", ""] for i, r in enumerate(ordered, 1)]
        cols = widths(doc.width, 1, 1.4, 2, 2, 1.3, 1, 3)
        summary = f"{day.isoformat()}　到达 {arrivals} 人，午餐 {lunches} 份。"
        return [Paragraph(markup(summary), paragraph_styles(10)["body"]), Spacer(0, 3 * mm),
                data_table(headers, body, cols, min_row_height=8 * mm, font_size=10)]
    return _build(doc, story, out)


def render_month_summary(month: date, days: Sequence[DayCount], out: Path | str | BinaryIO, *, printed_by: str,
                         persons: int | None = None) -> PrintReport:
    """月度出勤及用餐汇总 (days: checkin_service.DayCount)."""
    doc = _doc(f"{month.year}年{month.month}月 出勤及用餐汇总", printed_by, confidential=False)
    headers = ["日期", "星期", "到达人次", "午餐份数"]
    weekdays = "一二三四五六日"

    def story() -> list[Flowable]:
        body = [[d.day.isoformat(), weekdays[d.day.weekday()], str(d.arrivals), str(d.lunches)] for d in days]
        total_a, total_l = sum(d.arrivals for d in days), sum(d.lunches for d in days)
        body.append(["合计", "", str(total_a), str(total_l)])
        lines = f"开放 {len(days)} 天，到达 {total_a} 人次，午餐 {total_l} 份"
        if persons is not None:
            lines += f"，到访 {persons} 人"
        cols = widths(doc.width, 3, 1, 2, 2)
        return [Paragraph(markup(lines + "。"), paragraph_styles(10)["body"]), Spacer(0, 3 * mm),
                data_table(headers, body, cols, font_size=10, align=["left", "center", "right", "right"])]
    return _build(doc, story, out)


def render_birthday_list(month: date, rows: Sequence[BirthdayRow], out: Path | str | BinaryIO, *, printed_by: str,
                         festivals: Sequence[tuple[str, date]] = ()) -> PrintReport:
    """本月生日名单 (rows: birthdays.BirthdayRow)."""
    doc = _doc(f"{month.year}年{month.month}月 生日名单", printed_by, confidential=False)
    headers = ["序号", "会员号", "姓名", "年龄", "生日（公历）", "农历", "按", "签名"]

    def story() -> list[Flowable]:
        body = [[str(i), r.member_no, r.name, str(r.age), r.solar_date.isoformat(), r.lunar_text,
                 "农历" if r.lunar else "公历", ""] for i, r in enumerate(rows, 1)]
        cols = widths(doc.width, 1, 2, 2, 1, 2.4, 2.4, 1, 2.4)
        parts = [Paragraph(markup(f"本月过生日的会员共 {len(rows)} 位。"), paragraph_styles(10)["body"])]
        for name, d in festivals:
            parts.append(Paragraph(markup(f"{name}：{d.isoformat()}"), paragraph_styles(10)["body"]))
        return [*parts, Spacer(0, 3 * mm), data_table(headers, body, cols, min_row_height=8 * mm, font_size=10)]
    return _build(doc, story, out)


# --- fetch + audit + render -----------------------------------------------------------------

def print_cards(s: Session, actor: Actor, member_ids: Sequence[str] | None, out: Path | str | BinaryIO) -> PrintReport:
    """Cards of the given members (all members 在册 when None)."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_members")
    photo = ElderMemberPhoto
    q = (select(ElderMember.id, ElderMember.member_no, ElderMember.name, Community.name, ElderMember.photo_consent,
                ElderMember.valid_until, photo.content)
         .join(Community, Community.id == ElderMember.community_id)
         .outerjoin(photo, (photo.member_id == ElderMember.id) & photo.deleted_at.is_(None)
                    & ElderMember.photo_consent.is_(True))
         .where(ElderMember.deleted_at.is_(None), member_filter(actor)).order_by(ElderMember.member_no))
    if member_ids is None:
        q = q.where(ElderMember.status == "在册")
    else:
        q = q.where(ElderMember.id.in_(list(member_ids)))
    cards = [CardLine(no, name, comm, consent, until, data or None)
             for _id, no, name, comm, consent, until, data in s.execute(q)]
    audit.record(s, actor, AuditAction.PRINT, "elder_members", None, f"会员卡 {len(cards)} 张")
    return render_cards(cards, out, printed_by=actor.display_name)


def print_member_list(s: Session, actor: Actor, out: Path | str | BinaryIO, **filters: object) -> PrintReport:
    rows = search_members(s, actor, limit=100000, **filters)  # type: ignore[arg-type]  # search_members' keywords
    audit.record(s, actor, AuditAction.PRINT, "elder_members", None, f"会员名册 {len(rows)} 人")
    return render_member_list(rows, out, printed_by=actor.display_name)


def print_daily_sheet(s: Session, actor: Actor, day: date, out: Path | str | BinaryIO) -> PrintReport:
    t = today_list(s, actor, day)
    audit.record(s, actor, AuditAction.PRINT, "elder_checkins", None, f"每日签到表 {day.isoformat()}")
    return render_daily_sheet(day, t.rows, t.arrivals, t.lunches, out, printed_by=actor.display_name)


def print_month_summary(s: Session, actor: Actor, month: date, out: Path | str | BinaryIO) -> PrintReport:

    first = month.replace(day=1)
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    days = attendance_by_day(s, actor, first, last)
    persons = s.scalar(select(func.count(func.distinct(ElderCheckin.member_id)))
                       .where(ElderCheckin.day >= first, ElderCheckin.day <= last, live_checkins()))
    return render_month_summary(first, days, out, printed_by=actor.display_name, persons=int(persons or 0))



def render_service_record(member_no: str, name: str, first: date, last: date, rows: Sequence[ServiceRow],
                          out: Path | str | BinaryIO, *, printed_by: str) -> PrintReport:
    """服务记录单 of one member for a period (rows: services_service.ServiceRow), signed by the member."""
    doc = _doc(f"服务记录单 {member_no} {name}", printed_by)
    headers = ["日期", "服务类别", "时长（分钟）", "测量结果", "工作人员", "收费（元）", "会员签名"]

    def story() -> list[Flowable]:
        ordered = sorted(rows, key=lambda r: r.day)
        body = [[r.day.isoformat(), r.kind, str(r.minutes), "；".join(f"{k} {v}" for k, v in r.measures.items()),
                 r.staff, f"{r.fee_fen / 100:.2f}" if r.fee_fen else "", ""] for r in ordered]
        cols = widths(doc.width, 2.2, 1.8, 1.6, 3.2, 2, 1.4, 2.2)
        total = sum(r.fee_fen for r in rows)
        head = (f"会员：{name}（{member_no}）　期间：{first.isoformat()} 至 {last.isoformat()}　"
                f"服务 {len(rows)} 人次，合计收费 {total / 100:.2f} 元。")
        sign = "会员（或家属）签名：＿＿＿＿＿＿＿＿　　工作人员签名：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿"
        return [Paragraph(markup(head), paragraph_styles(10)["body"]), Spacer(0, 3 * mm),
                data_table(headers, body, cols, min_row_height=8 * mm, font_size=9.5), Spacer(0, 8 * mm),
                Paragraph(markup(sign), paragraph_styles(10)["body"])]
    return _build(doc, story, out)


def print_service_record(s: Session, actor: Actor, member_id: str, first: date, last: date,
                         out: Path | str | BinaryIO) -> PrintReport:
    require(actor, Perm.ELDER_VIEW, entity="elder_services", entity_id=member_id)
    m = s.get(ElderMember, member_id)
    if m is None or m.deleted_at is not None:
        raise NotFound("没有这个会员")
    require_member(actor, m)
    rows = list_services(s, actor, first, last, member_id=member_id)
    audit.record(s, actor, AuditAction.PRINT, "elder_services", member_id, f"服务记录单 {first}~{last}")
    return render_service_record(m.member_no, m.name, first, last, rows, out, printed_by=actor.display_name)


def print_birthday_list(s: Session, actor: Actor, month: date, out: Path | str | BinaryIO) -> PrintReport:
    rows = month_birthdays(s, actor, month.year, month.month)
    feasts = [x for x in centre_calendar(month.year) if x[1].month == month.month]
    audit.record(s, actor, AuditAction.PRINT, "elder_members", None, f"生日名单 {month.year}-{month.month:02d}")
    return render_birthday_list(month.replace(day=1), rows, out, printed_by=actor.display_name, festivals=feasts)
