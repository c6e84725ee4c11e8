"""Duty printouts: the monthly rota as a calendar grid (排班表, landscape, one grid per post, for the
duty-room wall: A4 or A3, its type as large as the busiest day allows),
the shift sign-in sheet, the blank duty log, the fund statement (certificates: desktop.volunteers.printing).

Each `print_*` function reads through the services (permission checked), records the print on the
audit trail and writes the PDF; the `*_story` parts take plain data."""

from __future__ import annotations

from calendar import monthcalendar
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.duty import common, fund, posts_service, shifts_service, teams_service
from desktop.core.holidays import HOLIDAY, calendar_for
from desktop.core.messages import msg
from desktop.printing.duty_log_form import render_duty_log_form
from desktop.printing.fonts import PRIMARY, PrintReport, markup, recording
from desktop.printing.tables import cell, data_table, widths
from desktop.printing.template import LinliDocument, paragraph_styles
from desktop.duty.rota import month_days
from desktop.core.errors import UserError

WEEKDAY_HEADS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
PAPERS = {"A4": A4, "A3": A3}
ROTA_SIZES = (16, 15, 14, 13, 12, 11, 10.5, 10, 9, 8, 7.5)   # tried largest first: read from across the room
GREY = colors.Color(0.9, 0.9, 0.9)
HOLIDAY_BG = colors.Color(0.99, 0.93, 0.88)


def _doc(title: str, team: teams_service.TeamRow, actor: Actor, printed_at: datetime | None,
         landscape: bool = False, paper: str = "A4") -> LinliDocument:
    if paper not in PAPERS:
        raise UserError(msg("纸张只能是 {papers}：{paper}", papers=' 或 '.join(PAPERS), paper=paper[:10]))
    return LinliDocument(title=title, community=team.community_name, printed_by=actor.display_name,
                         printed_at=printed_at or utcnow(), landscape=landscape, pagesize=PAPERS[paper])


# --- 排班表 --------------------------------------------------------------------------------------

def rota_story(doc: LinliDocument, team_name: str, year: int, month: int,
               posts: list[posts_service.PostRow], shifts: list[shifts_service.ShiftRow],
               day_kind: dict[date, tuple[str, str]], notices: Sequence[str] = ()) -> list[Flowable]:
    """One calendar grid per post; `notices` (a year whose holiday schedule is only computed) head each page."""
    styles = paragraph_styles(10)
    warn = styles["body"].clone("rota-notice", textColor=colors.Color(0.6, 0.1, 0.0))
    weeks = monthcalendar(year, month)
    col = doc.width / 7
    row_h = (doc.height - 22 * mm - 6 * mm * len(notices)) / max(5, len(weeks))
    small = paragraph_styles(rota_type_size(shifts, col, row_h))["cell"]
    story: list[Flowable] = []
    for n, post in enumerate(posts):
        if n:
            story.append(PageBreak())
        mine = [r for r in shifts if r.post_id == post.id]
        story.append(Paragraph(markup(f"{team_name}　{year}年{month}月排班表　岗位：{post.name}"
                                      + (f"（{post.place}）" if post.place else "")), styles["field"]))
        for text in notices:
            story.append(Paragraph(markup("⚠ " + text), warn))
        story.append(Spacer(0, 2 * mm))
        by_day: dict[int, list[shifts_service.ShiftRow]] = {}
        for r in mine:
            by_day.setdefault(r.day.day, []).append(r)
        data: list[list[object]] = [[cell(h, font_size=9, head=True) for h in WEEKDAY_HEADS]]
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), PRIMARY), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black), ("BACKGROUND", (0, 0), (-1, 0), GREY),
            ("VALIGN", (0, 1), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ]
        for w, week in enumerate(weeks, start=1):
            row: list[object] = []
            for d, daynum in enumerate(week):
                if not daynum:
                    row.append("")
                    style.append(("BACKGROUND", (d, w), (d, w), GREY))
                    continue
                kind, name = day_kind[date(year, month, daynum)]
                head = f"<b>{daynum}</b>" + (f" {markup(name)}" if name else "")
                lines = [head]
                for r in sorted(by_day.get(daynum, []), key=lambda r: (r.start, r.slot)):
                    lines.append(markup(_shift_line(r)))
                if len(lines) == 1:
                    lines.append(markup("不值班"))
                row.append(Paragraph("<br/>".join(lines), small))
                if kind == HOLIDAY:
                    style.append(("BACKGROUND", (d, w), (d, w), HOLIDAY_BG))
            data.append(row)
        t = Table(data, colWidths=[col] * 7, rowHeights=[7 * mm] + [row_h] * len(weeks), repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
    return story


def _shift_line(r: shifts_service.ShiftRow) -> str:
    return f"{r.start:%H:%M}–{r.end:%H:%M} {r.member_name or '（空缺）'}"


def rota_type_size(shifts: Sequence[shifts_service.ShiftRow], col: float, row_h: float) -> float:
    """The largest type (of ROTA_SIZES) in which every day's lines fit its cell: as many lines as the busiest
    day of a post has (plus the date), each line as wide as its longest."""
    per_day: dict[tuple[str, date], list[str]] = {}
    for r in shifts:
        per_day.setdefault((r.post_id, r.day), []).append(_shift_line(r))
    lines = 1 + max((len(v) for v in per_day.values()), default=1)
    longest = max((x for v in per_day.values() for x in v), key=len, default="08:00–10:00 （空缺）")
    for size in ROTA_SIZES:
        leading = size * 1.25                                  # the cell style's leading
        if lines * leading + 4 <= row_h and stringWidth(longest, PRIMARY, size) + 6 <= col:
            return size
    return ROTA_SIZES[-1]


def print_rota(s: Session, actor: Actor, team_id: str, year: int, month: int, out: Path | BinaryIO, *,
               printed_at: datetime | None = None, paper: str = "A4") -> PrintReport:
    """排班表 for the wall: landscape A4 or A3 (`paper`), the type as large as the month allows."""
    team = teams_service.get_team(s, actor, team_id)
    days = month_days(year, month)
    shifts = shifts_service.list_shifts(s, actor, team_id, days[0], days[-1])
    posts = [p for p in posts_service.list_posts(s, actor, team_id) if any(r.post_id == p.id for r in shifts)]
    if not posts:
        raise UserError(msg("{year}年{month}月还没有排班", year=year, month=month))
    cal = calendar_for(s, days[0], days[-1])
    kinds = {d: (cal.kind(d), cal.day(d).label) for d in days}
    doc = _doc(f"{team.name} {year}年{month}月排班表", team, actor, printed_at, landscape=True, paper=paper)
    with recording(doc.report):
        story = rota_story(doc, team.name, year, month, posts, shifts, kinds, cal.notices(days))
    audit.record(s, actor, AuditAction.PRINT, "duty_teams", team_id, f"排班表 {year}-{month:02d}")
    return doc.build(story, out)


# --- 签到表 --------------------------------------------------------------------------------------

def print_signin_sheet(s: Session, actor: Actor, team_id: str, day: date, out: Path | BinaryIO, *,
                       printed_at: datetime | None = None) -> PrintReport:
    """One day's shifts with columns to sign in and out by hand."""
    team = teams_service.get_team(s, actor, team_id)
    shifts = shifts_service.list_shifts(s, actor, team_id, day, day)
    doc = _doc(f"值班签到表　{day.year}年{day.month}月{day.day}日", team, actor, printed_at)
    rows = [[r.post_name, r.label, r.member_name or "（空缺）", "", "", "", ""] for r in shifts]
    with recording(doc.report):
        story: list[Flowable] = [
            Paragraph(markup(f"{team.name}　{day.isoformat()}　{WEEKDAY_HEADS[day.weekday()]}"),
                      paragraph_styles(11)["field"]), Spacer(0, 3 * mm),
            data_table(["岗位", "班次", "值班人", "到岗时间", "签名", "离岗时间", "签名"], rows,
                       widths(doc.width, 20, 24, 22, 18, 22, 18, 22), min_row_height=11 * mm, font_size=10.5)]
    audit.record(s, actor, AuditAction.PRINT, "duty_teams", team_id, f"值班签到表 {day.isoformat()}")
    return doc.build(story, out)


def print_blank_duty_log(s: Session, actor: Actor, team_id: str, out: Path | BinaryIO, *, pages: int = 1,
                         printed_at: datetime | None = None) -> PrintReport:
    from desktop.printing.duty_log_form import render_duty_log_form  # deferred: loads reportlab, PIL
    team = teams_service.get_team(s, actor, team_id)
    require(actor, Perm.DUTY_VIEW, community_id=team.community_id)
    return render_duty_log_form(out, community=team.community_name, place=team.building_label or team.name,
                                printed_by=actor.display_name, printed_at=printed_at or utcnow(), pages=pages)


# --- 经费收支表 ----------------------------------------------------------------------------------

def fund_story(doc: LinliDocument, st: fund.FundStatement) -> list[Flowable]:
    styles = paragraph_styles(10)
    y = common.yuan
    story: list[Flowable] = [Paragraph(markup(
        f"{st.team_name}　{st.first.isoformat()} 至 {st.last.isoformat()}　（金额单位：元）"), styles["field"]),
        Spacer(0, 2 * mm)]
    rows = [["", "", "期初结余", "", "", y(st.opening_fen)]]
    for e in st.entries:
        rows.append([e.on_day.isoformat(), e.category, e.text, y(e.amount_fen) if e.kind == fund.INCOME else "",
                     y(e.amount_fen) if e.kind == fund.EXPENSE else "", y(e.balance_fen)])
    rows.append(["", "", "本期合计", y(st.income_fen), y(st.expense_fen), y(st.closing_fen)])
    story.append(data_table(["日期", "类别", "摘要", "收入", "支出", "结余"], rows,
                            widths(doc.width, 17, 12, 41, 12, 12, 13), font_size=9.5,
                            align=["center", "center", "left", "right", "right", "right"]))
    story += [Spacer(0, 3 * mm), Paragraph(markup(
        f"期初结余 {y(st.opening_fen)} ＋ 收入 {y(st.income_fen)} － 支出 {y(st.expense_fen)} ＝ "
        f"期末结余 {y(st.closing_fen)}" + ("" if st.balances else "　（账目不平，请核对）")), styles["body"])]
    for sale in st.sales:
        items = [[str(n), i.name, i.donor, y(i.asking_fen), y(i.sale_fen) if i.sale_fen is not None else "",
                  i.state] for n, i in enumerate(sale.items, start=1)]
        items.append(["", "合计", f"已售 {sale.count(fund.SOLD)} 件，退回 {sale.count(fund.RETURNED)} 件，"
                      f"待售 {sale.count(fund.FOR_SALE)} 件", y(sale.asking_total_fen), y(sale.sold_total_fen), ""])
        story += [Spacer(0, 6 * mm), Paragraph(markup(
            f"义卖「{sale.name}」　{sale.held_on.isoformat()}　{sale.place}"), styles["field"]), Spacer(0, 2 * mm),
            data_table(["序号", "物品", "捐赠住户", "标价", "成交价", "状态"], items,
                       widths(doc.width, 8, 26, 30, 12, 12, 12), font_size=9.5,
                       align=["center", "left", "left", "right", "right", "center"])]
    story += [Spacer(0, 12 * mm), Paragraph(markup("经办人：______________　　队长：______________　　"
                                                   "社区审核：______________"), styles["body"])]
    return story


def print_fund_statement(s: Session, actor: Actor, team_id: str, first: date, last: date,
                         out: Path | BinaryIO, *, printed_at: datetime | None = None) -> PrintReport:
    team = teams_service.get_team(s, actor, team_id)
    st = fund.statement(s, actor, team_id, first, last)
    doc = _doc("活动经费收支表", team, actor, printed_at)
    with recording(doc.report):
        story = fund_story(doc, st)
    audit.record(s, actor, AuditAction.PRINT, "duty_teams", team_id, f"经费收支表 {first}～{last}")
    return doc.build(story, out)


def print_duty_log_form(s: Session, actor: Actor, out: Path, *, community: str, place: str,
                        pages: int = 1) -> PrintReport:
    """The blank duty log form (for a desk that writes by hand)."""
    require(actor, Perm.DUTY_VIEW, entity="duty_log")
    return render_duty_log_form(out, community=community, place=place, printed_by=actor.display_name,
                                printed_at=utcnow(), pages=pages)
