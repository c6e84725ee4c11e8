"""The roster's tag list: the tags people may carry, which of them the desk watches, how many carry each.

Tags are never deleted: people keep the ones they carry; an inactive tag is just no longer offered.
Re-exported by desktop.roster.service.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.plain_text import clean_text
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.counts import tag_counts
from desktop.roster.models import RosterTag


def known_tags(s: Session) -> list[str]:
    """The tags offered (active), in the list's order."""
    return list(s.scalars(select(RosterTag.name).where(RosterTag.deleted_at.is_(None), RosterTag.active)
                          .order_by(RosterTag.sort_order, RosterTag.name)))


@dataclass
class TagRow:
    id: str
    name: str
    watch: bool          # people with it are listed on the desk's 今日 page to look in on
    active: bool
    people: int


def list_tags(s: Session, actor: Actor, include_inactive: bool = False) -> list[TagRow]:
    """The configurable tag list, with how many living people (that the actor may see) carry each (kept
    by triggers, desktop.roster.counts: one read of as many rows as tags × communities)."""
    require(actor, Perm.ROSTER_VIEW, entity="roster_tags")
    q = select(RosterTag).where(RosterTag.deleted_at.is_(None)).order_by(RosterTag.sort_order, RosterTag.name)
    if not include_inactive:
        q = q.where(RosterTag.active)
    tags = list(s.scalars(q))
    counts = tag_counts(s, [t.name for t in tags], None if actor.all_communities else actor.community_ids)
    return [TagRow(t.id, t.name, t.watch, t.active, counts.get(t.name, 0)) for t in tags]


def save_tag(s: Session, actor: Actor, name: str, *, watch: bool = False, active: bool = True) -> str:
    """Add a tag to the list, or change whether it is watched / offered. Tags are never deleted:
    people keep the ones they carry; an inactive tag is just no longer offered."""
    require(actor, Perm.ROSTER_EDIT, entity="roster_tags")
    name = clean_text(name or "").strip()          # as stored: the uniqueness check must see the same
    if not name or len(name) > 16 or "," in name:
        raise ValidationError({"name": "标签名应为1到16个字，且不含逗号"})
    tag = s.scalar(select(RosterTag).where(RosterTag.name == name))
    if tag is None:
        order = s.scalar(select(func.max(RosterTag.sort_order))) or 0
        tag = RosterTag(name=name, sort_order=order + 1)
        s.add(tag)
    tag.watch, tag.active, tag.deleted_at = watch, active, None
    s.flush()
    return tag.id


def watch_tags(s: Session) -> list[str]:
    return list(s.scalars(select(RosterTag.name).where(RosterTag.deleted_at.is_(None), RosterTag.active,
                                                        RosterTag.watch).order_by(RosterTag.sort_order)))
