"""Whose members an actor sees. The centre's reception serves every community (members come from all
five), as do the supervisor and the administrator; a community social worker sees the members of the
communities they are assigned to — in lists, searches, exports, printouts and check-in lookups alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import true
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, PermissionDenied
from desktop.core.roles import Perm, Role
from desktop.core.security import Actor
from desktop.elder.models import ElderMember

CENTRE_WIDE_ROLES = frozenset({Role.RECEPTION})


def communities_seen(actor: Actor) -> frozenset[str] | None:
    """None: every community; else the community ids whose members the actor sees."""
    if actor.all_communities or actor.role in CENTRE_WIDE_ROLES:
        return None
    return actor.community_ids


def member_filter(actor: Actor, column: Any = ElderMember.community_id) -> Any:
    """A WHERE clause keeping the members `actor` may see (a no-op for centre-wide roles)."""
    ids = communities_seen(actor)
    return true() if ids is None else column.in_(sorted(ids))


def require_member(actor: Actor, member: ElderMember, perm: Perm = Perm.ELDER_VIEW) -> None:
    """PermissionDenied (audited) when the member belongs to a community the actor does not serve."""
    ids = communities_seen(actor)
    if ids is not None and member.community_id not in ids:
        raise PermissionDenied("这位会员属于其他社区，不能查看或修改", permission=perm.value, actor_id=actor.id,
                               actor_name=actor.username, entity="elder_members", entity_id=member.id)


def live_member(s: Session, member_id: str, actor: Actor | None = None, perm: Perm = Perm.ELDER_VIEW) -> ElderMember:
    """The live member; with `actor`, only one of a community the actor serves (see elder.scope)."""
    m = s.get(ElderMember, member_id)
    if m is None or m.deleted_at is not None:
        raise NotFound("没有这个会员")
    if actor is not None:
        require_member(actor, m, perm)
    return m
