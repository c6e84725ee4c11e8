"""Volunteer printouts: the certificate (志愿服务记录证明, the shape of the 2021 办法), the register of
certificates, and one volunteer's record (志愿服务记录表).

Each `print_*` function reads through the services (permission checked), records the print on the audit
trail and writes the PDF; the `*_story` parts take plain data.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.security import Actor
from desktop.printing.fonts import PRIMARY, PrintReport, markup, recording
from desktop.printing.tables import cell, data_table, widths
from desktop.printing.template import LinliDocument, paragraph_styles
from desktop.core.communities import Community
from desktop.volunteers import certificates, record
from desktop.volunteers.models import VolunteerOrg
from desktop.core.vocabulary import sex_label

NOTE = ("注：志愿服务时长是志愿者实际提供志愿服务的时间，以小时为计量单位，不包括往返交通时间。"
        "本证明依据本组织的志愿服务记录如实、无偿出具，可凭编号向出具组织核实。")
VOID = colors.Color(0.75, 0.1, 0.1)


def _place(s: Session, org_id: str) -> str:
    o = s.get(VolunteerOrg, org_id)
    c = s.get(Community, o.community_id) if o is not None and o.community_id else None
    if c is not None:
        return c.name
    return s.scalar(select(Community.street).where(Community.street != "").limit(1)) or ""


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _doc(title: str, community: str, actor: Actor, printed_at: datetime | None,
         landscape: bool = False) -> LinliDocument:
    return LinliDocument(title=title, community=community, printed_by=actor.display_name,
                         printed_at=printed_at or utcnow(), landscape=landscape)


# --- 志愿服务记录证明 -----------------------------------------------------------------------------

def certificate_story(doc: LinliDocument, c: certificates.CertificateRow) -> list[Flowable]:
    body = paragraph_styles(12.5)["body"].clone("cert", leading=12.5 * 1.8, firstLineIndent=25)
    title = paragraph_styles(17)["title"]
    right = paragraph_styles(11)["body"].clone("serial", alignment=2)
    number = c.id_shown or "（未登记）"
    volunteer_no = c.volunteer_no or "（未注册）"
    story: list[Flowable] = [Paragraph(markup("志愿服务记录证明"), title), Spacer(0, 2 * mm),
                             Paragraph(markup(f"编号：{c.serial}"), right), Spacer(0, 4 * mm)]
    if c.voided:
        void = paragraph_styles(13)["field"].clone("void", textColor=VOID, alignment=1)
        story += [Paragraph(markup(f"此证明已作废（{c.void_reason}）"), void), Spacer(0, 3 * mm)]
    text = (f"兹证明 {c.name}（{c.id_type}：{number}；志愿者编号：{volunteer_no}）于 {_day(c.period_from)} 至 "
            f"{_day(c.period_to)} 期间，参加{c.organisation}组织的志愿服务活动，累计志愿服务时长 "
            f"{c.hours_text} 小时。")
    story += [Paragraph(markup(text), body), Paragraph(markup("特此证明。"), body), Spacer(0, 4 * mm)]
    fields = [("志愿者姓名", c.name), ("身份证件类型", c.id_type), ("身份证件号码", number),
              ("志愿者编号", volunteer_no), ("服务时间", f"{_day(c.period_from)} 至 {_day(c.period_to)}"),
              ("服务时长", f"{c.hours_text} 小时"), ("服务内容", c.content), ("出具组织", c.organisation),
              ("负责人", c.responsible), ("经办人", c.issued_by), ("联系电话", c.contact),
              ("出具日期", _day(c.issued_on))]
    if c.notes:
        fields.append(("其他说明", c.notes))
    story.append(data_table(["项目", "内容"], fields, widths(doc.width, 24, 76), min_row_height=7.5 * mm,
                            font_size=11.5))
    seal = Table([[cell("（盖章）", font_size=12, align="center")],
                  [cell(f"出具组织：{c.organisation}", font_size=11.5)],
                  [cell("负责人（签字）：____________", font_size=11.5)],
                  [cell("经办人（签字）：____________", font_size=11.5)],
                  [cell(_day(c.issued_on), font_size=11.5, align="center")]],
                 colWidths=[95 * mm], rowHeights=[24 * mm, 7 * mm, 7 * mm, 7 * mm, 7 * mm], hAlign="RIGHT")
    seal.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PRIMARY), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                              ("BOX", (0, 0), (0, 0), 0.5, colors.grey)]))
    story += [Spacer(0, 4 * mm), KeepTogether([seal]), Spacer(0, 3 * mm),
              Paragraph(markup(NOTE), paragraph_styles(9)["small"])]
    return story


def print_certificate(s: Session, actor: Actor, certificate_id: str, out: Path | BinaryIO, *,
                      full_id: bool = False, printed_at: datetime | None = None) -> PrintReport:
    """The certificate as handed to the volunteer; `full_id` prints the whole ID number (roster.id_full)."""
    c = certificates.certificate(s, actor, certificate_id, full_id=full_id)
    doc = _doc(f"志愿服务记录证明 {c.serial}", _place(s, c.org_id), actor, printed_at)
    with recording(doc.report):
        story = certificate_story(doc, c)
    audit.record(s, actor, AuditAction.PRINT, "volunteer_certificates", c.id,
                 f"志愿服务记录证明 {c.serial}" + ("（含完整证件号码）" if full_id else ""))
    return doc.build(story, out)


# --- 证明登记簿 -----------------------------------------------------------------------------------

REGISTER_HEADERS = ["编号", "姓名", "证件号码", "志愿者编号", "服务时间", "时长（小时）", "服务内容", "出具组织",
                    "出具日期", "经办人", "状态"]


def register_story(doc: LinliDocument, rows: list[certificates.CertificateRow], scope: str) -> list[Flowable]:
    styles = paragraph_styles(10)
    live = [r for r in rows if not r.voided]
    story: list[Flowable] = [Paragraph(markup(
        f"{scope}　共 {len(rows)} 份，其中作废 {len(rows) - len(live)} 份；"
        f"有效证明合计 {record.hours_text(sum(r.minutes for r in live))} 小时"), styles["field"]), Spacer(0, 2 * mm)]
    data = [[r.serial, r.name, r.id_shown, r.volunteer_no, f"{r.period_from:%Y-%m-%d}～{r.period_to:%Y-%m-%d}",
             r.hours_text, r.content, r.organisation, r.issued_on.isoformat(), r.issued_by,
             f"作废：{r.void_reason}" if r.voided else "有效"] for r in rows]
    story.append(data_table(REGISTER_HEADERS, data, widths(doc.width, 14, 7, 19, 14, 15, 6, 20, 18, 9, 7, 11),
                            font_size=8.5, zebra=True,
                            align=["left", "left", "left", "left", "center", "right", "left", "left", "center",
                                   "left", "center"]))
    return story


def print_register(s: Session, actor: Actor, out: Path | BinaryIO, *, query: str = "", year: int | None = None,
                   org_id: str | None = None, printed_at: datetime | None = None) -> PrintReport:
    rows = certificates.register(s, actor, query=query, year=year, org_id=org_id)
    org = s.get(VolunteerOrg, org_id) if org_id else None
    scope = "　".join(x for x in (org.name if org else "全部志愿服务组织", f"{year}年" if year else "",
                                  f"检索“{query.strip()}”" if query.strip() else "") if x)
    doc = _doc("志愿服务证明登记簿", _place(s, org_id) if org_id else "", actor, printed_at, landscape=True)
    with recording(doc.report):
        story = register_story(doc, rows, scope)
    audit.record(s, actor, AuditAction.PRINT, "volunteer_certificates", None, f"证明登记簿 {scope}（{len(rows)} 份）")
    return doc.build(story, out)


# --- 志愿服务记录表 -------------------------------------------------------------------------------

def record_story(doc: LinliDocument, r: record.VolunteerRecord) -> list[Flowable]:
    styles = paragraph_styles(10)
    v = r.volunteer
    basic = [("姓名", v.name), ("性别", sex_label(v.sex)),
             ("出生日期", v.birth_date.isoformat() if v.birth_date else ""), ("身份证件", f"{v.id_type} {v.id_shown}"),
             ("联系电话", v.phone), ("志愿者编号", f"{v.volunteer_no}（{v.platform}）" if v.volunteer_no else "（未注册）"),
             ("所属组织", v.org_name), ("服务技能", v.skills)]
    story: list[Flowable] = [
        Paragraph(markup(f"{v.name}　{_day(r.first)} 至 {_day(r.last)}"), styles["field"]), Spacer(0, 2 * mm),
        data_table(["基本信息", ""], basic, widths(doc.width, 22, 78), font_size=10), Spacer(0, 4 * mm),
        Paragraph(markup("志愿服务情况：" + "，".join(f"{src} {record.hours_text(r.minutes(src))} 小时"
                                                 for src in record.SOURCES)
                         + f"，合计 {record.hours_text(r.total_minutes)} 小时"), styles["field"]),
        data_table(["日期", "来源", "服务", "地点", "组织者", "时长（小时）"],
                   [[x.on_day.isoformat(), x.source, x.title, x.place, x.organiser, record.hours_text(x.minutes)]
                    for x in r.service] or [["", "", "（这段时间没有服务记录）", "", "", ""]],
                   widths(doc.width, 12, 9, 35, 16, 18, 10), font_size=9, zebra=True,
                   align=["center", "center", "left", "left", "left", "right"])]
    for label, rows, head in (("培训情况", r.trainings, ["日期", "培训", "组织者", "学时（小时）"]),
                              ("表彰奖励", r.awards, ["日期", "表彰", "授予单位", ""]),
                              ("评价情况", r.evaluations, ["日期", "评价", "评价人", "等次"])):
        story += [Spacer(0, 4 * mm), Paragraph(markup(label), styles["field"]),
                  data_table(head, [[e.on_day.isoformat(), e.title, e.organiser,
                                     e.rating if e.kind == "评价" else (record.hours_text(e.minutes) if e.minutes
                                                                         else "")] for e in rows]
                             or [["", "（无）", "", ""]], widths(doc.width, 14, 50, 24, 12), font_size=9)]
    return story


def print_record(s: Session, actor: Actor, volunteer_id: str, first: date, last: date, out: Path | BinaryIO, *,
                 printed_at: datetime | None = None) -> PrintReport:
    r = record.volunteer_record(s, actor, volunteer_id, first, last)
    doc = _doc("志愿服务记录表", _place(s, r.volunteer.org_id), actor, printed_at)
    with recording(doc.report):
        story = record_story(doc, r)
    audit.record(s, actor, AuditAction.PRINT, "volunteers", volunteer_id, f"志愿服务记录表 {first}～{last}")
    return doc.build(story, out)
