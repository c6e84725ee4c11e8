"""A member's emergency contacts: checked, normalised, kept in order, changed in place (so the audit
trail shows real changes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import ValidationError
from desktop.core.messages import msg
from desktop.core.phone import PhoneError, normalize_phone
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.models import ElderContact
from desktop.elder.scope import live_member


@dataclass
class ContactInput:
    name: str
    relation: str = ""
    phone: str = ""
    id: str = ""                           # an existing contact (from get_member); empty: a new one


def contact_rows(contacts: Sequence[ContactInput], *, strict: bool) -> list[ContactInput]:
    """Trimmed contacts with normalised phones; `strict` refuses a nameless row or an unknown phone."""
    rows: list[ContactInput] = []
    errors: dict[str, str] = {}
    for i, c in enumerate(contacts, 1):
        name, relation, raw = c.name.strip(), c.relation.strip(), c.phone.strip()
        if not name:
            if strict and (relation or raw):
                errors[f"contacts.{i}"] = msg("第 {i} 位紧急联系人没有填写姓名", i=i)
            continue
        if strict and len(name) > 64:
            errors[f"contacts.{i}"] = msg("第 {i} 位紧急联系人的姓名太长", i=i)
        if strict and len(relation) > 16:
            errors[f"contacts.{i}"] = msg("第 {i} 位紧急联系人的关系太长（最多 16 个字）", i=i)
        phone = raw
        if raw:
            try:
                phone = normalize_phone(raw)
            except PhoneError:
                if strict:
                    errors[f"contacts.{i}"] = msg("第 {i} 位紧急联系人（{name}）的电话无法识别：{raw}",
                                                  i=i, name=name, raw=raw)
        rows.append(ContactInput(name, relation, phone[:20], c.id))
    if errors:
        raise ValidationError(errors)
    return rows


def write_contacts(s: Session, member_id: str, contacts: Sequence[ContactInput], *, strict: bool = False) -> None:
    """Make the member's live contacts those given: a contact with an id is changed in place (only the
    fields that differ, so the audit trail shows real changes), a new one is added, a missing one is
    soft-deleted."""
    wanted = contact_rows(contacts, strict=strict)
    live = {row.id: row for row in s.scalars(select(ElderContact).where(ElderContact.member_id == member_id,
                                                                         ElderContact.deleted_at.is_(None)))}
    kept: set[str] = set()
    for position, c in enumerate(wanted):
        row = live.get(c.id) if c.id else None
        if row is None:
            s.add(ElderContact(member_id=member_id, name=c.name, relation=c.relation, phone=c.phone,
                               position=position))
            continue
        kept.add(row.id)
        for attr, value in (("name", c.name), ("relation", c.relation), ("phone", c.phone), ("position", position)):
            if getattr(row, attr) != value:
                setattr(row, attr, value)
    for row_id, row in live.items():
        if row_id not in kept:
            row.deleted_at = utcnow()


def list_contacts(s: Session, actor: Actor, member_id: str) -> list[ContactInput]:
    """The member's live emergency contacts, oldest first (with their ids, for save_contacts)."""
    require(actor, Perm.ELDER_VIEW, entity="elder_contacts", entity_id=member_id)
    live_member(s, member_id, actor, Perm.ELDER_VIEW)
    return contacts_of(s, member_id)


def contacts_of(s: Session, member_id: str) -> list[ContactInput]:
    return [ContactInput(c.name, c.relation, c.phone, c.id) for c in s.scalars(
        select(ElderContact).where(ElderContact.member_id == member_id, ElderContact.deleted_at.is_(None))
        .order_by(ElderContact.position, ElderContact.created_at, ElderContact.id))]


def save_contacts(s: Session, actor: Actor, member_id: str, contacts: Sequence[ContactInput]) -> None:
    """Replace the emergency contacts after registration: listed ones with an id are changed, ones
    without an id added, live ones not listed removed (soft delete). Phones must be recognisable."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_contacts", entity_id=member_id)
    live_member(s, member_id, actor, Perm.ELDER_MANAGE)
    write_contacts(s, member_id, contacts, strict=True)
    s.flush()
