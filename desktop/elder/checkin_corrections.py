"""Undoing a wrong check-in or lunch mark at the reception counter, always with a reason.

A cancelled check-in keeps its row (who checked in, when), with who cancelled it, when and why; it
stops counting as an arrival and its lunch stops counting for the kitchen. An undone lunch turns the
check-in's lunch off. Both are audited field by field by the session hook, and the reason is also
written as the audit entry's detail. Only the day's own check-ins can be corrected at the desk: a past
day has already gone into the kitchen's and the month's figures.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import to_local, utcnow
from desktop.core.clock import today as local_today
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.models import ElderCheckin, ElderMember
from desktop.elder.scope import require_member

MAX_REASON = 100

# What the desk offers to pick from (any other reason may be typed).
CHECKIN_REASONS = ("刷错卡／选错了人", "重复登记", "会员未到，代刷了卡")
LUNCH_REASONS = ("误点了午餐", "会员不在中心用餐", "会员临时离开")


@dataclass(frozen=True)
class Undone:
    checkin_id: str
    member_no: str
    name: str
    message: str


def clean_reason(reason: str) -> str:
    """The reason as stored: one line, without control or invisible characters, required, capped."""
    text = unicodedata.normalize("NFC", reason or "")
    text = "".join(" " if ch in "\r\n\t" else ch for ch in text)
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C")).strip()
    if not text:
        raise ValidationError({"reason": "请填写撤销的原因"})
    if len(text) > MAX_REASON:
        raise ValidationError({"reason": msg("原因太长（最多 {max_reason} 个字）", max_reason=MAX_REASON)})
    return text


def _live(s: Session, actor: Actor, checkin_id: str, on: date) -> tuple[ElderCheckin, ElderMember]:
    row = s.get(ElderCheckin, checkin_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("没有这条签到记录")
    member = s.get(ElderMember, row.member_id)
    assert member is not None                    # member_id is a foreign key
    require_member(actor, member, Perm.ELDER_CHECKIN)
    if row.cancelled_at is not None:
        raise UserError(msg("{name} 的这次签到已经撤销过了（{cancel_reason}）",
                            name=member.name, cancel_reason=row.cancel_reason))
    if row.day != on:
        raise UserError(msg("只能撤销今天的签到；{day} 的记录请联系社工更正", day=row.day.isoformat()))
    return row, member


def undo_checkin(s: Session, actor: Actor, checkin_id: str, reason: str, *, on: date | None = None) -> Undone:
    """Cancel one of the day's check-ins (and with it its lunch); the member may be checked in again."""
    require(actor, Perm.ELDER_CHECKIN, entity="elder_checkins", entity_id=checkin_id)
    text = clean_reason(reason)
    row, member = _live(s, actor, checkin_id, on or local_today())
    row.cancelled_at = utcnow()
    row.cancelled_by = actor.username
    row.cancel_reason = text
    s.flush()
    at = to_local(row.checked_in_at).strftime("%H:%M")
    audit.record(s, actor, AuditAction.UPDATE, "elder_checkins", row.id,
                 f"撤销签到：{member.member_no} {member.name} {row.day.isoformat()} {at}"
                 + ("（含午餐）" if row.lunch else "") + f"，原因：{text}")
    said = msg("已撤销 {name} {at} 的签到，午餐一并撤销（{reason}）", name=member.name, at=at, reason=text) if row.lunch \
        else msg("已撤销 {name} {at} 的签到（{reason}）", name=member.name, at=at, reason=text)
    return Undone(row.id, member.member_no, member.name, said)


def undo_lunch(s: Session, actor: Actor, checkin_id: str, reason: str, *, on: date | None = None) -> Undone:
    """Take the lunch off one of the day's check-ins; the arrival stays."""
    require(actor, Perm.ELDER_CHECKIN, entity="elder_checkins", entity_id=checkin_id)
    text = clean_reason(reason)
    row, member = _live(s, actor, checkin_id, on or local_today())
    if not row.lunch:
        raise UserError(msg("{name} 今天没有登记午餐", name=member.name))
    row.lunch = False
    s.flush()
    audit.record(s, actor, AuditAction.UPDATE, "elder_checkins", row.id,
                 f"撤销午餐：{member.member_no} {member.name} {row.day.isoformat()}，原因：{text}")
    return Undone(row.id, member.member_no, member.name, msg("已撤销 {name} 的午餐（{reason}）", name=member.name,
                                                             reason=text))
