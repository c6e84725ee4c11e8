"""Printed rehab records: 帮扶记录表, case summary, test record, blank home-visit form and the
article-21 report to the police. Every page is marked confidential and carries who printed it and when;
every print is audited."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import fmt_local, utcnow
from desktop.core.idcard import mask_id
from desktop.core.security import Actor
from desktop.printing.fonts import PRIMARY, PrintReport, markup, recording
from desktop.printing.tables import blank_rows, cell, data_table, widths
from desktop.printing.template import LinliDocument, paragraph_styles
from desktop.rehab import access, cases_service, followup_service, police_reports, referrals
from desktop.rehab.cases_service import CaseDetail

CENTRE = "凤城街道社区戒毒康复服务中心"
LABEL_BG = colors.Color(0.9, 0.9, 0.9)


def _doc(title: str, actor: Actor, printed_at: datetime | None) -> LinliDocument:
    return LinliDocument(title=title, community=CENTRE, printed_by=actor.display_name or actor.username,
                         printed_at=printed_at or utcnow(), confidential=True)


def _fields(pairs: Sequence[tuple[str, object]], width: float, font_size: float = 10) -> Table:
    """Label/value pairs, two pairs per row."""
    rows, row = [], []
    for label, value in pairs:
        row += [cell(label, font_size=font_size), cell("" if value is None else str(value), font_size=font_size)]
        if len(row) == 4:
            rows.append(row)
            row = []
    if row:
        rows.append(row + ["", ""])
    t = Table(rows, colWidths=widths(width, 18, 32, 18, 32), hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), PRIMARY), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG), ("BACKGROUND", (2, 0), (2, -1), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def _heading(text: str) -> Paragraph:
    return Paragraph(markup(text), paragraph_styles(11)["field"])


def _case_fields(d: CaseDetail) -> list[tuple[str, object]]:
    return [("个案", d.label), ("类别", d.kind), ("决定书编号", d.decision_no), ("决定日期", d.decision_date),
            ("执行期限", f"{d.start_date} 至 {d.end_date}"), ("状态", d.status), ("负责社工", d.responsible),
            ("风险等级", d.risk_level)]


def _build(doc: LinliDocument, story_fn: Callable[[], list[Any]], out: Path | BinaryIO) -> PrintReport:
    with recording(doc.report):
        story = story_fn()
    return doc.build(story, out)


def _quiet_case(s: Session, actor: Actor, case_id: str) -> CaseDetail:
    """The case's details for a printout (the print itself is what is audited)."""
    return cases_service.detail_for_output(s, actor, case_id)


def print_followup_record(s: Session, actor: Actor, case_id: str, out: Path | BinaryIO, *,
                          printed_at: datetime | None = None) -> PrintReport:
    """帮扶记录表: the case's follow-ups and support given."""
    d = _quiet_case(s, actor, case_id)
    rows = followup_service.list_followups(s, actor, case_id)
    refs = referrals.list_referrals(s, actor, case_id)
    doc = _doc("社区戒毒（康复）人员帮扶记录表", actor, printed_at)

    def story() -> list[Flowable]:
        out_rows = [[str(r.on), r.method, r.content, f"{r.test_kind}{r.test_result}" or "—",
                     str(r.next_due or ""), r.author] for r in reversed(rows)]
        parts: list[Flowable] = [_fields(_case_fields(d), doc.width), Spacer(0, 4 * mm), _heading("随访记录"),
                                 data_table(["日期", "方式", "帮扶内容", "检测", "下次随访", "记录人"],
                                            out_rows or blank_rows(3, 6), widths(doc.width, 14, 9, 52, 12, 14, 11),
                                            min_row_height=9 * mm)]
        if refs:
            parts += [Spacer(0, 4 * mm), _heading("转介帮扶"),
                      data_table(["日期", "类别", "转介单位", "结果"],
                                 [[str(r.on), r.kind, r.to_org, r.outcome] for r in reversed(refs)],
                                 widths(doc.width, 14, 12, 30, 44))]
        return parts

    report = _build(doc, story, out)
    audit.record(s, actor, AuditAction.PRINT, access.ENTITY, case_id, detail=f"帮扶记录表 {report.pages} 页")
    return report


def print_case_summary(s: Session, actor: Actor, case_id: str, out: Path | BinaryIO, *,
                       printed_at: datetime | None = None) -> PrintReport:
    """Case summary: the case, its network, statute counters, stages and status history."""
    d = _quiet_case(s, actor, case_id)
    stages = cases_service.list_stages(s, actor, case_id)
    history = cases_service.status_history(s, actor, case_id)
    doc = _doc("社区戒毒（康复）个案摘要", actor, printed_at)

    def story() -> list[Flowable]:
        pairs = _case_fields(d) + [
            ("身份证号", mask_id(d.id_number)),
            ("决定机关", d.decision_authority), ("报到日期", d.reported_on or "未报到"),
            ("协议签订", d.agreement_signed_on or "未签"), ("公安联络人", d.police_liaison),
            ("转往", d.transfer_to or "—"),
            ("逃避/拒绝检测", f"{d.missed_tests} 次"), ("擅自离开", f"{d.unauthorised_absences} 次，累计 {d.days_away} 天"),
            ("下次随访", d.next_contact_due or "—"), ("下次检测", d.next_test_due or "—")]
        parts: list[Flowable] = [_fields(pairs, doc.width), Spacer(0, 4 * mm), _heading("工作网络")]
        parts.append(data_table(["类别", "姓名", "单位", "电话"],
                                [[c.role, c.name, c.organisation, c.phone] for c in d.contacts] or blank_rows(1, 4),
                                widths(doc.width, 14, 20, 40, 26)))
        parts += [Spacer(0, 4 * mm), _heading("个案工作阶段（MZ/T 094-2017）"),
                  data_table(["日期", "阶段", "记录", "记录人"],
                             [[str(r.on), r.stage, r.content, r.author] for r in stages] or blank_rows(1, 4),
                             widths(doc.width, 14, 10, 62, 14))]
        parts += [Spacer(0, 4 * mm), _heading("状态变更"),
                  data_table(["日期", "状态", "说明", "经办"],
                             [[str(h.on), h.status, "；".join(x for x in (h.reason, h.transfer_to) if x), h.author]
                              for h in history], widths(doc.width, 14, 16, 56, 14))]
        return parts

    report = _build(doc, story, out)
    audit.record(s, actor, AuditAction.PRINT, access.ENTITY, case_id, detail=f"个案摘要 {report.pages} 页")
    return report


def print_test_record(s: Session, actor: Actor, case_id: str, out: Path | BinaryIO, *,
                      printed_at: datetime | None = None) -> PrintReport:
    """检测记录: every test with its result, including refused and evaded ones."""
    d = _quiet_case(s, actor, case_id)
    tests = followup_service.list_tests(s, actor, case_id)
    doc = _doc("社区戒毒（康复）人员检测记录", actor, printed_at)

    def story() -> list[Flowable]:
        summary = (f"共 {len(tests)} 次记录；逃避或拒绝检测 {d.missed_tests} 次"
                   f"（《戒毒条例》第二十条：3次以上应报告公安机关）。")
        return [_fields(_case_fields(d), doc.width), Spacer(0, 3 * mm),
                Paragraph(markup(summary), paragraph_styles(10)["body"]), Spacer(0, 3 * mm),
                data_table(["序号", "日期", "检测方式", "结果", "经办", "备注"],
                           [[str(n), str(r.on), r.test_kind or "—", r.test_result, r.author, r.content]
                            for n, r in enumerate(reversed(tests), start=1)] or blank_rows(3, 6),
                           widths(doc.width, 8, 16, 14, 12, 14, 36), zebra=True,
                           align=["center", "center", "center", "center", "left", "left"])]

    report = _build(doc, story, out)
    audit.record(s, actor, AuditAction.PRINT, access.ENTITY, case_id, detail=f"检测记录 {report.pages} 页")
    return report


def print_home_visit_form(s: Session, actor: Actor, out: Path | BinaryIO, *, pages: int = 1,
                          printed_at: datetime | None = None) -> PrintReport:
    """Blank 家访记录表 to fill in by hand (one per page)."""
    access.require_rehab(actor)
    doc = _doc("社区戒毒（康复）家访记录表", actor, printed_at)

    def story() -> list[Flowable]:
        from reportlab.platypus import PageBreak  # deferred: loads reportlab

        parts: list[Flowable] = []
        for n in range(max(1, pages)):
            if n:
                parts.append(PageBreak())
            parts += [_fields([("个案（化名）", ""), ("家访日期", "\u00a0" * 8 + "年" + "\u00a0" * 5 + "月" + "\u00a0" * 5 + "日"), ("家访地点", ""),
                               ("在场人员", ""), ("家访社工", ""), ("陪同人员", "")], doc.width, 11),
                      Spacer(0, 4 * mm)]
            for title, h in (("近况（生活、就业、家庭关系、身体状况）", 45), ("是否检测及结果", 18),
                             ("存在的困难与需求", 35), ("帮扶措施与下一步计划", 35)):
                parts += [_heading(title), data_table([""], [[""]], [doc.width], repeat_header=False,
                                                      min_row_height=h * mm)]
            parts += [Spacer(0, 4 * mm), _fields([("当事人签名", ""), ("社工签名", "")], doc.width, 11)]
        return parts

    report = _build(doc, story, out)
    audit.record(s, actor, AuditAction.PRINT, "rehab_forms", None, detail=f"空白家访记录表 {report.pages} 页")
    return report


def _report_title(reason: str, kind: str) -> str:
    """关于社区戒毒人员…的报告, by what is reported."""
    what = {"relapse": f"在{kind}期间又吸食、注射毒品", "refused_test": "拒绝接受检测",
            "not_reported": f"逾期未报到、拒绝接受{kind}"}.get(reason, f"严重违反{kind}协议")
    return f"关于{kind}人员{what}的报告"


def _report_basis(reason: str, reason_text: str, kind: str) -> str:
    """The legal ground of the report, after the facts."""
    rule = {
        "relapse": f"上述情形属《戒毒条例》第二十一条规定的“在{kind}期间又吸食、注射毒品”",
        "refused_test": "该人员拒绝接受检测，无法确认其是否又吸食、注射毒品；逃避或者拒绝接受检测3次以上的，"
                        "属《戒毒条例》第二十条规定的严重违反协议情形",
        "not_reported": f"无正当理由逾期不报到的，视为拒绝接受{kind}，属《戒毒条例》第二十一条规定应当报告的情形",
    }.get(reason, f"上述情形属《戒毒条例》第二十条规定的“{reason_text.replace('社区戒毒', kind)}”，"
                  f"即严重违反{kind}协议")
    also = "（社区康复参照社区戒毒的规定实施）" if kind == "社区康复" else ""
    return f"{rule}{also}。依照《戒毒条例》第二十一条的规定，现予报告，请依法处理。"


def print_police_report(s: Session, actor: Actor, report_id: str, out: Path | BinaryIO, *,
                        printed_at: datetime | None = None) -> PrintReport:
    """The article-21 report to the police (draft for signature): the case, the dated facts, the ground."""
    access.require_rehab(actor, entity=police_reports.REPORTS_ENTITY, entity_id=report_id)
    r = police_reports.police_report_row(s, actor, report_id)
    d = _quiet_case(s, actor, r.case_id)
    doc = _doc(f"{d.kind}情况报告", actor, printed_at)        # the full title heads the body
    body = paragraph_styles(11)["field"]
    indented = body.clone("rehab-indent", firstLineIndent=22)

    def story() -> list[Flowable]:
        to = r.sent_to or (d.police_liaison and f"{d.police_liaison}（转公安机关）") or "公安机关"
        text = [
            f"{to}：",
            f"{d.name}（身份证号 {mask_id(d.id_number)}），{d.kind}人员，依据{d.decision_authority}"
            f"{d.decision_no}决定书，于 {d.start_date} 起在本街道执行{d.kind}，期限至 {d.end_date}。",
            f"{r.facts}",
            _report_basis(r.reason, r.reason_text, d.kind),
            f"负责社工：{d.responsible}",
        ]
        parts: list[Flowable] = [Paragraph(markup(_report_title(r.reason, d.kind)), paragraph_styles(12)["title"]),
                                 Spacer(0, 4 * mm)]
        parts += [Paragraph(markup(t), body if n == 0 else indented) for n, t in enumerate(text)]
        parts += [Spacer(0, 12 * mm),
                  _fields([("报告单位", CENTRE), ("事实日期", r.event_on or ""), ("起草时间", fmt_local(r.drafted_at)),
                           ("送达时间", fmt_local(r.sent_at) if r.sent_at else ""), ("接收人签名", "")],
                          doc.width, 11)]
        return parts

    report = _build(doc, story, out)
    # What the report is about (a relapse, a refusal …) is the case's content: the trail says only that it printed.
    audit.record(s, actor, AuditAction.PRINT, police_reports.REPORTS_ENTITY, report_id,
                 detail=f"第二十一条报告 {report.pages} 页")
    return report
