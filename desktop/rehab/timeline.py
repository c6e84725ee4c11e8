"""A case's timeline: everything that happened in it, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.security import Actor
from desktop.rehab import access
from desktop.rehab.models import Absence, CaseStage, CaseStatusChange, FollowUp, PoliceReport, REPORT_REASONS, Referral
from desktop.core.clock import to_local


@dataclass(frozen=True)
class TimelineItem:
    on: date
    kind: str       # 状态 | 阶段 | 随访 | 检测 | 外出 | 转介 | 报告
    text: str
    at: datetime | None = None


def case_timeline(s: Session, actor: Actor, case_id: str) -> list[TimelineItem]:
    """Everything that happened in the case, newest first."""
    access.case_for(s, actor, case_id)

    items: list[TimelineItem] = []
    for c in s.scalars(select(CaseStatusChange).where(CaseStatusChange.case_id == case_id,
                                                      CaseStatusChange.deleted_at.is_(None))):
        extra = f"，转往{c.transfer_to}" if c.transfer_to else ""
        items.append(TimelineItem(c.on, "状态", f"{c.status}{extra}{('：' + c.reason) if c.reason else ''}",
                                  c.created_at))
    for r in s.scalars(select(CaseStage).where(CaseStage.case_id == case_id, CaseStage.deleted_at.is_(None))):
        items.append(TimelineItem(r.on, "阶段", f"{r.stage}：{r.content}", r.created_at))
    for f in s.scalars(select(FollowUp).where(FollowUp.case_id == case_id, FollowUp.deleted_at.is_(None))):
        items.append(TimelineItem(f.on, "随访", f"{f.method}：{f.content}", f.created_at))
        if f.test_kind or f.test_result:
            items.append(TimelineItem(f.on, "检测", f"{f.test_kind or '检测'}：{f.test_result or '未填结果'}",
                                      f.created_at))
    for a in s.scalars(select(Absence).where(Absence.case_id == case_id, Absence.deleted_at.is_(None))):
        state = "经批准" if a.authorised else "未经批准"
        items.append(TimelineItem(a.from_date, "外出", f"{a.from_date} 至 {a.to_date}，{a.days}天，{state}"
                                  f"{('，去往' + a.destination) if a.destination else ''}", a.created_at))
    for ref in s.scalars(select(Referral).where(Referral.case_id == case_id, Referral.deleted_at.is_(None))):
        items.append(TimelineItem(ref.on, "转介", f"{ref.kind} → {ref.to_org}{('：' + ref.outcome) if ref.outcome else ''}",
                                  ref.created_at))
    for p in s.scalars(select(PoliceReport).where(PoliceReport.case_id == case_id,
                                                  PoliceReport.deleted_at.is_(None))):
        sent = f"，已于 {to_local(p.sent_at):%Y-%m-%d} 送{p.sent_to}" if p.sent_at else "，尚未送出"
        items.append(TimelineItem(to_local(p.drafted_at).date(), "报告",
                                  f"起草向公安机关的报告（{REPORT_REASONS.get(p.reason, p.reason)}）{sent}",
                                  p.drafted_at))
    items.sort(key=lambda i: (i.on, i.at.timestamp() if i.at else 0.0), reverse=True)
    return items
