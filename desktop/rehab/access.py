"""The one place deciding who may see and change a rehab case.

- supervisor (REHAB_ALL_CASES): every case;
- rehab_worker (REHAB_VIEW/REHAB_EDIT): cases where they are the responsible worker, or shared with them;
- everyone else: PermissionDenied — raised here, recorded in the audit trail by the session scope
  (`Database.session`) after the rollback, so every refusal is on the trail.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, PermissionDenied
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.rehab.models import CaseShare, RehabCase

ENTITY = "rehab_cases"


def require_rehab(actor: Actor | None, *, edit: bool = False, entity: str = ENTITY,
                  entity_id: str | None = None) -> Actor:
    """The role check every rehab service function makes first."""
    require(actor, Perm.REHAB_VIEW, entity=entity, entity_id=entity_id)
    if edit:
        require(actor, Perm.REHAB_EDIT, entity=entity, entity_id=entity_id)
    return actor  # type: ignore[return-value]


def require_supervisor(actor: Actor | None, *, entity: str = ENTITY, entity_id: str | None = None) -> Actor:
    require_rehab(actor, entity=entity, entity_id=entity_id)
    return require(actor, Perm.REHAB_ALL_CASES, entity=entity, entity_id=entity_id)


def sees_all(actor: Actor) -> bool:
    return actor.can(Perm.REHAB_ALL_CASES)


def visible(actor: Actor) -> ColumnElement[bool]:
    """SQL condition on RehabCase: the cases `actor` may see (call require_rehab first)."""
    if sees_all(actor):
        return true()
    shared = select(CaseShare.case_id).where(CaseShare.user_id == actor.id, CaseShare.deleted_at.is_(None))
    return or_(RehabCase.responsible_user_id == actor.id, RehabCase.id.in_(shared))


def _may_see(s: Session, actor: Actor, case: RehabCase) -> bool:
    if sees_all(actor) or case.responsible_user_id == actor.id:
        return True
    return s.scalar(select(CaseShare.id).where(CaseShare.case_id == case.id, CaseShare.user_id == actor.id,
                                                CaseShare.deleted_at.is_(None))) is not None


def case_for(s: Session, actor: Actor | None, case_id: str, *, edit: bool = False,
             entity: str = ENTITY) -> RehabCase:
    """The case, if `actor` may see it (and edit it when `edit`); refuses otherwise."""
    require_rehab(actor, edit=edit, entity=entity, entity_id=case_id)
    assert actor is not None
    case = s.get(RehabCase, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("没有这个个案")
    if not _may_see(s, actor, case):
        raise PermissionDenied("这个个案不由您负责，也没有共享给您", permission=Perm.REHAB_VIEW.value,
                               actor_id=actor.id, actor_name=actor.username, entity=ENTITY,
                               entity_id=case_id)
    return case


def mask_name(name: str) -> str:
    """陈** style: the surname stays, the rest is starred (one star per character)."""
    if not name:
        return ""
    chars = list(name)
    return chars[0] + "*" * max(len(chars) - 1, 1)


def list_label(alias: str, name: str) -> str:
    """What lists show for a person: the alias, or the masked name."""
    return alias or mask_name(name)
