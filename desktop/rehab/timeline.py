"""A case's timeline: everything that happened in it, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.messages import msg
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
        said: str = msg("{status}，转往{place}", status=c.status, place=c.transfer_to) if c.transfer_to else c.status
        items.append(TimelineItem(c.on, "状态", msg("{what}：{text}", what=said, text=c.reason) if c.reason else said,
                                  c.created_at))
    for r in s.scalars(select(CaseStage).where(CaseStage.case_id == case_id, CaseStage.deleted_at.is_(None))):
        items.append(TimelineItem(r.on, "阶段", msg("{what}：{text}", what=r.stage, text=r.content), r.created_at))
    for f in s.scalars(select(FollowUp).where(FollowUp.case_id == case_id, FollowUp.deleted_at.is_(None))):
        items.append(TimelineItem(f.on, "随访", msg("{what}：{text}", what=f.method, text=f.content), f.created_at))
        if f.test_kind or f.test_result:
            items.append(TimelineItem(f.on, "检测", msg("{what}：{text}", what=f.test_kind or "检测",
                                                        text=f.test_result or "未填结果"), f.created_at))
    for a in s.scalars(select(Absence).where(Absence.case_id == case_id, Absence.deleted_at.is_(None))):
        state = "经批准" if a.authorised else "未经批准"
        said = msg("{first} 至 {last}，{days}天，{state}", first=a.from_date, last=a.to_date, days=a.days, state=state)
        if a.destination:
            said = msg("{what}，去往{place}", what=said, place=a.destination)
        items.append(TimelineItem(a.from_date, "外出", said, a.created_at))
    for ref in s.scalars(select(Referral).where(Referral.case_id == case_id, Referral.deleted_at.is_(None))):
        said = f"{ref.kind} → {ref.to_org}"
        items.append(TimelineItem(ref.on, "转介", msg("{what}：{text}", what=said, text=ref.outcome) if ref.outcome
                                  else said, ref.created_at))
    for p in s.scalars(select(PoliceReport).where(PoliceReport.case_id == case_id,
                                                  PoliceReport.deleted_at.is_(None))):
        why = REPORT_REASONS.get(p.reason, p.reason)
        said = msg("起草向公安机关的报告（{reason}），已于 {sent:%Y-%m-%d} 送{place}", reason=why,
                   sent=to_local(p.sent_at), place=p.sent_to) if p.sent_at \
            else msg("起草向公安机关的报告（{reason}），尚未送出", reason=why)
        items.append(TimelineItem(to_local(p.drafted_at).date(), "报告", said, p.drafted_at))
    items.sort(key=lambda i: (i.on, i.at.timestamp() if i.at else 0.0), reverse=True)
    return items
