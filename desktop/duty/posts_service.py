"""Posts (值班室, 巡楼, 交通疏导 …), their patrol round times and shift templates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.duty.models import DutyPost, DutyShiftTemplate

STANDARD_SHIFTS: tuple[tuple[str, time, time], ...] = (
    ("上午", time(8), time(12)), ("下午", time(12), time(18)), ("晚上", time(18), time(22)))


@dataclass(frozen=True)
class TemplateRow:
    id: str
    post_id: str
    name: str
    start_time: time
    end_time: time
    people: int
    on_weekends: bool
    on_holidays: bool

    @property
    def label(self) -> str:
        return f"{self.name} {common.fmt_hm(self.start_time)}–{common.fmt_hm(self.end_time)}".strip()


@dataclass(frozen=True)
class PostRow:
    id: str
    team_id: str
    name: str
    place: str
    rounds: list[time]
    templates: list[TemplateRow] = field(default_factory=list)


def parse_rounds(text: str | Sequence[str]) -> list[time]:
    parts = text.replace("，", ",").replace("、", ",").split(",") if isinstance(text, str) else list(text)
    out = []
    for p in parts:
        if p.strip():
            try:
                out.append(common.parse_hm(p))
            except ValueError as exc:
                raise ValidationError({"rounds": str(exc)}) from exc
    return sorted(set(out))


def save_post(s: Session, actor: Actor, team_id: str, name: str, place: str = "",
              rounds: str | Sequence[str] = "", post_id: str | None = None) -> str:
    common.team(s, actor, team_id, Perm.DUTY_MANAGE)
    name = name.strip()
    if not name:
        raise ValidationError({"name": "请填写岗位名称"})
    times = parse_rounds(rounds)
    if post_id is None:
        if s.scalars(select(DutyPost).where(DutyPost.team_id == team_id, DutyPost.name == name)).first():
            raise ValidationError({"name": msg("已经有岗位「{name}」", name=name)})
        count = len(s.scalars(select(DutyPost.id).where(DutyPost.team_id == team_id)).all())
        p = DutyPost(team_id=team_id, sort_order=count)
        s.add(p)
    else:
        _, p = common.post(s, actor, post_id, Perm.DUTY_MANAGE)
    p.name, p.place, p.rounds = name, place.strip(), ",".join(common.fmt_hm(t) for t in times)
    s.flush()
    return p.id


def save_template(s: Session, actor: Actor, post_id: str, start: time, end: time, *, name: str = "",
                  people: int = 1, on_weekends: bool = True, on_holidays: bool = True,
                  template_id: str | None = None) -> str:
    common.post(s, actor, post_id, Perm.DUTY_MANAGE)
    if start == end:
        raise ValidationError({"end_time": "班次的结束时间不能等于开始时间"})
    if not 1 <= people <= 10:
        raise ValidationError({"people": "每班人数应在 1–10 之间"})
    if template_id is None:
        count = len(s.scalars(select(DutyShiftTemplate.id).where(DutyShiftTemplate.post_id == post_id)).all())
        t = DutyShiftTemplate(post_id=post_id, sort_order=count)
        s.add(t)
    else:
        found = s.get(DutyShiftTemplate, template_id)
        if found is None or found.post_id != post_id:
            raise ValidationError({"template_id": "找不到这个班次模板"})
        t = found
    t.name, t.start_time, t.end_time, t.people = name.strip(), start, end, people
    t.on_weekends, t.on_holidays = on_weekends, on_holidays
    s.flush()
    return t.id


def remove_template(s: Session, actor: Actor, template_id: str) -> None:
    t = s.get(DutyShiftTemplate, template_id)
    if t is None:
        raise ValidationError({"template_id": "找不到这个班次模板"})
    common.post(s, actor, t.post_id, Perm.DUTY_MANAGE)
    t.deleted_at = utcnow()


def list_posts(s: Session, actor: Actor, team_id: str) -> list[PostRow]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    posts = s.scalars(select(DutyPost).where(DutyPost.team_id == team_id, DutyPost.deleted_at.is_(None))
                      .order_by(DutyPost.sort_order, DutyPost.name)).all()
    out = []
    for p in posts:
        tpls = s.scalars(select(DutyShiftTemplate).where(DutyShiftTemplate.post_id == p.id,
                                                         DutyShiftTemplate.deleted_at.is_(None))
                         .order_by(DutyShiftTemplate.sort_order, DutyShiftTemplate.start_time)).all()
        out.append(PostRow(p.id, p.team_id, p.name, p.place, parse_rounds(p.rounds),
                           [TemplateRow(t.id, t.post_id, t.name, t.start_time, t.end_time, t.people,
                                        t.on_weekends, t.on_holidays) for t in tpls]))
    return out
