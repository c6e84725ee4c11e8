"""What the guard desk may know of the residents: the reason to look in on someone (独居, 空巢, 行动不便;
外出 and 生病住院 come as attention notes), never welfare status (低保, 特困, 留守儿童, 残疾 …); phone
numbers masked, one shown at a time by a click that goes on the audit trail."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.errors import NotFound
from desktop.core.phone import mask_phone
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.models import Person

# Roster tag -> the reason the guard desk shows. Tags not listed here never reach the guard desk.
LOOK_IN_TAGS: dict[str, str] = {
    "独居老人": "独居", "独居": "独居", "孤寡老人": "独居",
    "空巢老人": "空巢", "空巢": "空巢",
    "行动不便": "行动不便", "卧床": "行动不便", "失能": "行动不便",
}


def reasons(tags: list[str]) -> list[str]:
    """The reasons to look in, in the order of the tags, without repeats; welfare tags dropped."""
    return list(dict.fromkeys(LOOK_IN_TAGS[t] for t in tags if t in LOOK_IN_TAGS))


def masked(phone: str) -> str:
    return mask_phone(phone) if phone else ""


def reveal_phone(s: Session, actor: Actor, person_id: str) -> str:
    """The full number of a person listed at the desk; every reveal is recorded."""
    p = s.get(Person, person_id)
    if p is None or p.deleted_at is not None:
        require(actor, Perm.TODAY_VIEW, entity="people", entity_id=person_id)
        raise NotFound("找不到这个人")
    require(actor, Perm.TODAY_VIEW, community_id=p.community_id, entity="people", entity_id=p.id)
    audit.record(s, actor, AuditAction.VIEW, "people", p.id, "值班台查看电话")
    return p.phone or ""
