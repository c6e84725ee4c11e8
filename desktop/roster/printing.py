"""Printed roster documents: 楼栋住户一览表, 户卡 (household card), 关注事项清单 for the duty desk,
and the roster list used by the PDF export.

Names are printed through `markup`, so 𠮷, 䶮 and the middle dot print in a fallback font; a
character no font has is printed as 〓 and named in the returned PrintReport.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.errors import NotFound
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.printing.fonts import PRIMARY, PrintReport, markup, recording
from desktop.printing.tables import cell, data_table, widths
from desktop.printing.template import LinliDocument, paragraph_styles
from desktop.roster import attention
from desktop.roster.roster_lines import RosterLine, roster_lines
from desktop.core.communities import Community
from desktop.roster.models import Building, Household

__all__ = ["print_attention_notes", "print_building_list", "print_household_card", "render_roster_list",
           "render_building_list", "render_household_card", "render_attention_notes"]

Out = Path | BinaryIO


def _date(d: date | None) -> str:
    return d.isoformat() if d else ""


def _age(line: RosterLine) -> str:
    return "" if line.age is None else str(line.age)


def _summary(text: str) -> Paragraph:
    return Paragraph(markup(text), paragraph_styles(10)["body"])


# --- roster list (PDF export) -------------------------------------------------------------------------

def render_roster_list(out: Out, lines: Sequence[RosterLine], *, community: str, printed_by: str,
                       printed_at: datetime) -> PrintReport:
    """The whole roster of a community, landscape, one line per person (内部资料)."""
    doc = LinliDocument(title="社区花名册", community=community, printed_by=printed_by, printed_at=printed_at,
                        landscape=True, confidential=True)
    headers = ["序号", "姓名", "性别", "年龄", "身份证号码", "联系电话", "住址", "与户主关系", "标签", "备注"]
    rows = [[str(n), x.name, x.sex, _age(x), x.id_number, " ".join(p for p in (x.phone, x.phone2) if p),
             x.address, x.relation, "、".join(x.tags), x.notes] for n, x in enumerate(lines, start=1)]
    with recording(doc.report):
        table = data_table(headers, rows, widths(doc.width, 9, 24, 9, 9, 36, 30, 42, 16, 26, 40), zebra=True,
                           font_size=9, align=["center", "left", "center", "center", "left", "left", "left",
                                               "center", "left", "left"])
        story: list[Flowable] = [_summary(f"共 {len(lines)} 人。"), Spacer(0, 2 * mm), table]
    return doc.build(story, out)


# --- 楼栋住户一览表 ---------------------------------------------------------------------------------

BUILDING_HEADERS = ["房号", "姓名", "性别", "年龄", "电话", "标签", "备注"]


def _household_groups(lines: Sequence[RosterLine]) -> list[list[RosterLine]]:
    groups: list[list[RosterLine]] = []
    for line in lines:
        if groups and groups[-1][0].household_id == line.household_id:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def render_building_list(out: Out, building_label: str, lines: Sequence[RosterLine], *, community: str,
                         printed_by: str, printed_at: datetime) -> PrintReport:
    """One row per resident, grouped by household: the room is written once per household."""
    doc = LinliDocument(title=f"{building_label}住户一览表", community=community, printed_by=printed_by,
                        printed_at=printed_at, confidential=True)
    groups = _household_groups(lines)
    rows: list[list[object]] = []
    starts: list[tuple[int, int]] = []
    for group in groups:
        first = len(rows) + 1
        for i, x in enumerate(group):
            room = (f"{x.unit}单元{x.room}" if x.unit else x.room) if i == 0 else ""
            rows.append([room, x.name + (f"（{x.relation}）" if x.relation and x.relation != "户主" else ""),
                         x.sex, _age(x), " ".join(p for p in (x.phone, x.phone2) if p), "、".join(x.tags),
                         x.notes])
        starts.append((first, len(rows)))
    with recording(doc.report):
        story: list[Flowable] = [_summary(f"共 {len(groups)} 户、{len(lines)} 人。")]
        story.append(Spacer(0, 2 * mm))
        if rows:
            table = data_table(BUILDING_HEADERS, rows, widths(doc.width, 18, 30, 9, 9, 28, 24, 34),
                               font_size=9.5, align=["center", "left", "center", "center", "left", "left", "left"])
            style: list[tuple[Any, ...]] = []
            for first, last in starts:
                style.append(("LINEABOVE", (0, first), (-1, first), 1.2, colors.black))
                if last > first:
                    style.append(("SPAN", (0, first), (0, last)))
            table.setStyle(TableStyle(style))
            story.append(table)
        else:
            story.append(_summary("这栋楼还没有登记住户。"))
    return doc.build(story, out)


def print_building_list(s: Session, actor: Actor, building_id: str, out: Out) -> PrintReport:
    """楼栋住户一览表 of one building (audited as a print)."""
    b = s.get(Building, building_id)
    if b is None or b.deleted_at is not None:
        require(actor, Perm.ROSTER_VIEW, entity="buildings", entity_id=building_id)
        raise NotFound("找不到这个楼栋")
    require(actor, Perm.ROSTER_VIEW, community_id=b.community_id, entity="buildings", entity_id=building_id)
    community = s.get(Community, b.community_id)
    assert community is not None  # a building's community is a foreign key
    lines = roster_lines(s, b.community_id, full_id=False, building_id=building_id)
    report = render_building_list(out, b.label, lines, community=community.name, printed_by=actor.display_name,
                                  printed_at=clock.utcnow())
    audit.record(s, actor, AuditAction.PRINT, "buildings", building_id,
                 f"打印{b.label}住户一览表 {len(lines)} 人")
    return report


# --- 户卡 ------------------------------------------------------------------------------------------

def _fields_table(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    row: list[object] = []
    for label, value in pairs:
        row += [cell(label, font_size=10.5, head=True), cell(value, font_size=10.5)]
    t = Table([row], colWidths=widths(width, *([14, 36] * len(pairs))), hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), PRIMARY),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *[("BACKGROUND", (i, 0), (i, 0), colors.Color(0.86, 0.86, 0.86)) for i in range(0, 2 * len(pairs), 2)],
    ]))
    return t


def render_household_card(out: Out, address: str, lines: Sequence[RosterLine],
                          notes: Sequence[attention.NoteRow], *, community: str, phone: str, printed_by: str,
                          printed_at: datetime) -> PrintReport:
    doc = LinliDocument(title="住户信息卡（户卡）", community=community, printed_by=printed_by,
                        printed_at=printed_at, confidential=True)
    head = next((x for x in lines if x.relation == "户主"), lines[0] if lines else None)
    with recording(doc.report):
        story: list[Flowable] = [
            _fields_table([("住址", address), ("户主", head.name if head else "")], doc.width),
            Spacer(0, 1 * mm),
            _fields_table([("家庭电话", phone or (head.phone if head else "")), ("人数", f"{len(lines)} 人")],
                          doc.width),
            Spacer(0, 4 * mm), _summary("家庭成员"), Spacer(0, 1 * mm),
        ]
        rows = [[x.name, x.relation, x.sex, _date(x.birth_date), _age(x), x.id_number,
                 " ".join(p for p in (x.phone, x.phone2) if p), "、".join(x.tags)] for x in lines]
        story.append(data_table(["姓名", "与户主关系", "性别", "出生日期", "年龄", "身份证号码", "电话", "标签"],
                                rows or [[""] * 8], widths(doc.width, 22, 20, 9, 20, 9, 36, 26, 22),
                                font_size=9.5, min_row_height=8 * mm))
        story += [Spacer(0, 4 * mm), _summary("关注事项")]
        story.append(Spacer(0, 1 * mm))
        note_rows = [[n.kind, n.person_name or "全户", n.text,
                      f"{_date(n.start_date)} 至 {_date(n.end_date) or '未定'}", n.author] for n in notes]
        story.append(data_table(["类别", "对象", "内容", "起止日期", "登记人"],
                                note_rows or [["", "", "（无）", "", ""]], widths(doc.width, 16, 20, 70, 40, 18),
                                font_size=9.5))
    return doc.build(story, out)


def print_household_card(s: Session, actor: Actor, household_id: str, out: Out, *, on: date | None = None) -> PrintReport:
    """户卡 of one household: address, members, the attention notes in force (audited as a print).

    ID numbers print in full only for roles allowed to see them."""
    h = s.get(Household, household_id)
    if h is None or h.deleted_at is not None:
        require(actor, Perm.ROSTER_VIEW, entity="households", entity_id=household_id)
        raise NotFound("找不到这一户")
    require(actor, Perm.ROSTER_VIEW, community_id=h.community_id, entity="households", entity_id=household_id)
    on = on or clock.today()
    full = actor.can(Perm.ID_FULL)
    lines = roster_lines(s, h.community_id, full_id=full, household_id=household_id)
    members = {x.person_id for x in lines}
    notes = [n for n in attention.notes_for(s, actor, household_id=household_id)]
    for pid in sorted(members):
        notes += attention.notes_for(s, actor, person_id=pid)
    seen: set[str] = set()
    active = []
    for n in sorted(notes, key=lambda n: (n.start_date, n.id)):
        if n.id in seen or n.start_date > on or (n.end_date is not None and n.end_date < on):
            continue
        seen.add(n.id)
        active.append(n)
    community = s.get(Community, h.community_id)
    assert community is not None  # a household's community is a foreign key
    report = render_household_card(out, h.address, lines, active, community=community.name, phone=h.phone,
                                   printed_by=actor.display_name, printed_at=clock.utcnow())
    audit.record(s, actor, AuditAction.PRINT, "households", household_id,
                 f"打印户卡 {h.address}（{len(lines)} 人{'，含完整身份证号' if full else ''}）")
    return report


# --- 关注事项清单 ------------------------------------------------------------------------------------

def render_attention_notes(out: Out, notes: Sequence[attention.NoteRow], *, place: str, on: date,
                           community: str, printed_by: str, printed_at: datetime) -> PrintReport:
    """The notes in force for the duty desk, in large type, with a column to tick when checked."""
    doc = LinliDocument(title="关注事项清单", community=community, printed_by=printed_by, printed_at=printed_at)
    rows = [[n.kind, n.subject, n.text, f"{_date(n.start_date)}\n至 {_date(n.end_date) or '未定'}", ""]
            for n in notes]
    with recording(doc.report):
        story: list[Flowable] = [_summary(f"{place}　{on.isoformat()} 在关注的事项共 {len(notes)} 条。"),
                                 Spacer(0, 2 * mm)]
        if rows:
            story.append(data_table(["类别", "对象", "内容", "起止日期", "已看望"], rows,
                                    widths(doc.width, 25, 44, 62, 29, 18), font_size=12, min_row_height=12 * mm,
                                    align=["center", "left", "left", "center", "center"]))
        else:
            story.append(_summary("今天没有需要关注的事项。"))
    return doc.build(story, out)


def print_attention_notes(s: Session, actor: Actor, out: Out, *, community_id: str | None = None,
                          building_id: str | None = None, on: date | None = None) -> PrintReport:
    """The active attention notes of a community or a building, for the duty desk (audited)."""
    on = on or clock.today()
    place = ""
    if building_id is not None:
        b = s.get(Building, building_id)
        if b is None:
            raise NotFound("找不到这个楼栋")
        community_id = community_id or b.community_id
        place = b.label
    notes = attention.active_notes(s, actor, community_id=community_id, building_id=building_id, on=on)
    community = s.get(Community, community_id) if community_id else None
    report = render_attention_notes(out, notes, place=place or (community.name if community else "全部社区"), on=on,
                                    community=community.name if community else "", printed_by=actor.display_name,
                                    printed_at=clock.utcnow())
    audit.record(s, actor, AuditAction.PRINT, "attention_notes", building_id or community_id,
                 f"打印关注事项清单 {len(notes)} 条")
    return report
