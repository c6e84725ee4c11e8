"""Services log: day care, home services, recreation, classes, health checks (with measured values),
minutes, staff, fee; the purchased-service figures as 人次 (services) and 人数 (distinct persons)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
import calendar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import today as local_today
from desktop.core.errors import NotFound, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.models import SERVICE_KINDS, ElderMember, ElderService
from desktop.elder.scope import member_filter, require_member
from desktop.core.clock import utcnow

# Measured values a health check may carry (name → unit), in the order they are shown.
MEASURES: dict[str, str] = {"收缩压": "mmHg", "舒张压": "mmHg", "心率": "次/分", "血糖": "mmol/L",
                            "体温": "℃", "体重": "kg"}


@dataclass
class ServiceInput:
    member_id: str
    kind: str
    day: date | None = None
    minutes: int = 0
    staff: str = ""
    fee_fen: int = 0
    measures: Mapping[str, float | str] = field(default_factory=dict)
    notes: str = ""


@dataclass
class ServiceRow:
    id: str
    day: date
    member_id: str
    member_no: str
    name: str
    kind: str
    minutes: int
    staff: str
    fee_fen: int
    measures: dict[str, str]
    notes: str


@dataclass
class KindFigure:
    kind: str
    services: int      # 人次
    persons: int       # 人数
    minutes: int
    fee_fen: int


@dataclass
class MonthFigures:
    first: date
    last: date
    kinds: list[KindFigure]
    total: KindFigure


def format_measures(values: Mapping[str, float | str]) -> str:
    return ";".join(f"{k}={v}" for k, v in values.items())


def parse_measures(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (text or "").split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def _check(inp: ServiceInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if inp.kind not in SERVICE_KINDS:
        errors["kind"] = msg("服务类别须为：{service_kinds}", service_kinds='、'.join(SERVICE_KINDS))
    if inp.minutes < 0 or inp.minutes > 24 * 60:
        errors["minutes"] = "服务时长应在 0 到 1440 分钟之间"
    if inp.fee_fen < 0:
        errors["fee_fen"] = "费用不能为负数"
    for k, v in inp.measures.items():
        if k not in MEASURES:
            errors["measures"] = msg("不认识的测量项目：{k}", k=k)
        elif not re.fullmatch(r"\d{1,3}(\.\d{1,2})?", str(v).strip()):
            errors["measures"] = msg("{k} 的数值不正确：{v}", k=k, v=v)
    if inp.measures and inp.kind != "健康检查":
        errors["measures"] = "只有健康检查记录测量数值"
    return errors


def add_service(s: Session, actor: Actor, inp: ServiceInput) -> str:
    require(actor, Perm.ELDER_MANAGE, entity="elder_services")
    errors = _check(inp)
    m = s.get(ElderMember, inp.member_id)
    if m is None or m.deleted_at is not None:
        raise NotFound("没有这个会员")
    require_member(actor, m, Perm.ELDER_MANAGE)
    if errors:
        raise ValidationError(errors)
    row = ElderService(member_id=m.id, day=inp.day or local_today(), kind=inp.kind, minutes=inp.minutes,
                       staff=inp.staff.strip() or actor.display_name,
                       staff_user_id=None if inp.staff.strip() else actor.id,
                       fee_fen=inp.fee_fen, measures=format_measures(inp.measures), notes=inp.notes.strip())
    s.add(row)
    s.flush()
    return row.id


def list_services(s: Session, actor: Actor, first: date, last: date, *, kind: str | None = None,
                  member_id: str | None = None, limit: int = 2000) -> list[ServiceRow]:
    require(actor, Perm.ELDER_VIEW, entity="elder_services")
    q = (select(ElderService, ElderMember.member_no, ElderMember.name)
         .join(ElderMember, ElderMember.id == ElderService.member_id)
         .where(ElderService.day >= first, ElderService.day <= last, ElderService.deleted_at.is_(None),
                member_filter(actor)))
    if kind:
        q = q.where(ElderService.kind == kind)
    if member_id:
        q = q.where(ElderService.member_id == member_id)
    q = q.order_by(ElderService.day.desc(), ElderService.created_at.desc()).limit(limit)
    return [ServiceRow(r.id, r.day, r.member_id, no, name, r.kind, r.minutes, r.staff, r.fee_fen,
                       parse_measures(r.measures), r.notes) for r, no, name in s.execute(q)]


def delete_service(s: Session, actor: Actor, service_id: str) -> None:
    require(actor, Perm.ELDER_MANAGE, entity="elder_services", entity_id=service_id)
    row = s.get(ElderService, service_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("没有这条服务记录")
    row.deleted_at = utcnow()
    s.flush()


def figures(s: Session, actor: Actor, first: date, last: date) -> MonthFigures:
    """Per kind and in total: 人次 (services given) and 人数 (distinct members served)."""
    require(actor, Perm.ELDER_VIEW, entity="elder_services")
    cond = (ElderService.day >= first, ElderService.day <= last, ElderService.deleted_at.is_(None))
    q = (select(ElderService.kind, func.count(ElderService.id), func.count(func.distinct(ElderService.member_id)),
                func.coalesce(func.sum(ElderService.minutes), 0), func.coalesce(func.sum(ElderService.fee_fen), 0))
         .where(*cond).group_by(ElderService.kind))
    got = {k: KindFigure(k, int(n), int(p), int(mi), int(fee)) for k, n, p, mi, fee in s.execute(q)}
    kinds = [got.get(k, KindFigure(k, 0, 0, 0, 0)) for k in SERVICE_KINDS]
    n, p, mi, fee = s.execute(select(func.count(ElderService.id), func.count(func.distinct(ElderService.member_id)),
                                     func.coalesce(func.sum(ElderService.minutes), 0),
                                     func.coalesce(func.sum(ElderService.fee_fen), 0)).where(*cond)).one()
    return MonthFigures(first, last, kinds, KindFigure("合计", int(n), int(p), int(mi), int(fee)))


def month_figures(s: Session, actor: Actor, month: date) -> MonthFigures:
    first = month.replace(day=1)
    return figures(s, actor, first, month.replace(day=calendar.monthrange(month.year, month.month)[1]))
