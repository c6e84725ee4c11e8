"""Attendance (签到): live at the desk, or afterwards from the signed paper sheet with its scan as
evidence; helpers (volunteers) with their minutes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.activities.common import check_people, load_activity, load_person
from desktop.activities.models import SOURCES, ActivityEvidence, ActivityHelper, Attendance
from desktop.core.audit import AuditAction, record
from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor

MAX_EVIDENCE_BYTES = 30 * 1024 * 1024
MAX_HELPER_MINUTES = 24 * 60


@dataclass
class MarkResult:
    added: int            # people newly marked present
    already: int          # people already marked
    walk_ins: int         # walk-ins added
    evidence_id: str | None


def attach_evidence(s: Session, actor: Actor, activity_id: str, path: Path | str) -> str:
    """Keep a copy of the scanned sheet (its bytes and sha256); the same file twice is kept once."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    p = Path(path)
    if not p.is_file():
        raise UserError(msg("找不到文件：{p}", p=p))
    data = p.read_bytes()
    if not data:
        raise UserError("扫描件是空文件")
    if len(data) > MAX_EVIDENCE_BYTES:
        raise UserError("扫描件太大（超过 30 MB），请降低分辨率后再附上")
    digest = hashlib.sha256(data).hexdigest()
    same = s.scalar(select(ActivityEvidence.id).where(ActivityEvidence.activity_id == act.id,
                                                      ActivityEvidence.sha256 == digest,
                                                      ActivityEvidence.deleted_at.is_(None)))
    if same:
        return same
    ev = ActivityEvidence(activity_id=act.id, file_name=p.name[:200], sha256=digest, size=len(data), content=data)
    s.add(ev)
    s.flush()
    return ev.id


def evidence_bytes(s: Session, actor: Actor, evidence_id: str) -> tuple[str, bytes]:
    """(file name, content) of an attached scan; the content is checked against its sha256."""
    ev = s.get(ActivityEvidence, evidence_id)
    if ev is None or ev.deleted_at is not None:
        raise NotFound("找不到这个扫描件")
    load_activity(s, actor, ev.activity_id, Perm.ACTIVITY_VIEW)
    if hashlib.sha256(ev.content).hexdigest() != ev.sha256:
        raise UserError("扫描件已损坏（校验值不符）")
    record(s, actor, AuditAction.VIEW, "activity_evidence", ev.id, ev.file_name)
    return ev.file_name, ev.content


def mark_attendance(s: Session, actor: Actor, activity_id: str, person_ids: list[str] | tuple[str, ...],
                    walk_ins: list[str] | tuple[str, ...] = (), source: str = "sheet",
                    evidence_path: Path | str | None = None) -> MarkResult:
    """Mark people present (tick the names that signed) and add walk-ins by name; idempotent."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    if source not in SOURCES:
        raise ValidationError({"source": "签到方式无效"})
    if act.status == "cancelled":
        raise UserError("活动已取消，不能签到")
    evidence_id = attach_evidence(s, actor, act.id, evidence_path) if evidence_path else None
    at = act.starts_at if source == "sheet" else utcnow()
    present = set(s.scalars(select(Attendance.person_id).where(
        Attendance.activity_id == act.id, Attendance.person_id.is_not(None), Attendance.deleted_at.is_(None))))
    names = set(s.scalars(select(Attendance.walk_in_name).where(
        Attendance.activity_id == act.id, Attendance.walk_in_name.is_not(None), Attendance.deleted_at.is_(None))))
    added = already = walk = 0
    order = list(dict.fromkeys(person_ids))
    check_people(s, [pid for pid in order if pid not in present])
    for pid in order:
        if pid in present:
            already += 1
            continue
        s.add(Attendance(activity_id=act.id, person_id=pid, checked_in_at=at, source=source,
                         evidence_id=evidence_id))
        present.add(pid)
        added += 1
    for raw in walk_ins:
        name = " ".join(raw.split())
        if not name or name in names:
            continue
        if len(name) > 64:
            raise ValidationError({"walk_ins": msg("姓名太长：{name}…", name=name[:20])})
        s.add(Attendance(activity_id=act.id, walk_in_name=name, checked_in_at=at, source=source,
                         evidence_id=evidence_id))
        names.add(name)
        walk += 1
    if act.status == "planned" and (added or walk) and act.starts_at <= utcnow():
        act.status = "held"
    s.flush()
    return MarkResult(added, already, walk, evidence_id)


def check_in(s: Session, actor: Actor, activity_id: str, person_id: str | None = None,
             walk_in_name: str | None = None) -> str:
    """Live check-in at the desk now; returns the attendance id (the existing one if already in)."""
    if not person_id and not (walk_in_name or "").strip():
        raise ValidationError({"person_id": "请选择签到的人或填写姓名"})
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    cond: ColumnElement[bool]
    if person_id:
        cond = Attendance.person_id == person_id
    else:
        assert walk_in_name is not None          # a check-in without a person has a name (refused above)
        cond = Attendance.walk_in_name == walk_in_name.strip()
    existing = s.scalar(select(Attendance.id).where(Attendance.activity_id == act.id, cond,
                                                    Attendance.deleted_at.is_(None)))
    if existing:
        return existing
    mark_attendance(s, actor, act.id, [person_id] if person_id else [],
                    [] if person_id else [walk_in_name or ""], source="desk")
    return s.scalar(select(Attendance.id).where(Attendance.activity_id == act.id, cond,
                                                Attendance.deleted_at.is_(None)))  # type: ignore[return-value]  # just marked


def check_out(s: Session, actor: Actor, activity_id: str, person_id: str) -> None:
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    a = s.scalar(select(Attendance).where(Attendance.activity_id == act.id, Attendance.person_id == person_id,
                                          Attendance.deleted_at.is_(None)))
    if a is None:
        raise UserError("这个人还没有签到")
    a.checked_out_at = utcnow()


def unmark_attendance(s: Session, actor: Actor, activity_id: str, person_id: str | None = None,
                      walk_in_name: str | None = None) -> None:
    """Take back a mistaken tick (soft delete)."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    cond = (Attendance.person_id == person_id) if person_id else (Attendance.walk_in_name == walk_in_name)
    a = s.scalar(select(Attendance).where(Attendance.activity_id == act.id, cond, Attendance.deleted_at.is_(None)))
    if a is None:
        raise NotFound("没有这条签到记录")
    a.deleted_at = utcnow()


def add_helper(s: Session, actor: Actor, activity_id: str, person_id: str, minutes: int,
               role: str = "志愿者") -> str:
    """Record (or correct) a volunteer's minutes at the activity; the duty module sums these."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    if not isinstance(minutes, int) or not 0 < minutes <= MAX_HELPER_MINUTES:
        raise ValidationError({"minutes": "服务时长应在 1 分钟到 24 小时之间"})
    load_person(s, person_id)
    h = s.scalar(select(ActivityHelper).where(ActivityHelper.activity_id == act.id,
                                              ActivityHelper.person_id == person_id))
    if h is None:
        h = ActivityHelper(activity_id=act.id, person_id=person_id, minutes=minutes, role=role.strip() or "志愿者")
        s.add(h)
    else:
        h.minutes, h.role, h.deleted_at = minutes, role.strip() or "志愿者", None
    s.flush()
    return h.id


def remove_helper(s: Session, actor: Actor, activity_id: str, person_id: str) -> None:
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    h = s.scalar(select(ActivityHelper).where(ActivityHelper.activity_id == act.id,
                                              ActivityHelper.person_id == person_id,
                                              ActivityHelper.deleted_at.is_(None)))
    if h is None:
        raise NotFound("这个人不是本活动的志愿者")
    h.deleted_at = utcnow()
