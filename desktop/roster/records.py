"""A person's change history (from the audit trail) and possible duplicates (merging: desktop.roster.merge)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from desktop.core.messages import msg
from desktop.core.vocabulary import SEX_LABELS
from desktop.core.audit import ACTION_LABELS, AuditAction, AuditEntry
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.models import Household, Person

FIELD_LABELS = {
    "name": "姓名", "sex": "性别", "birth_date": "出生日期", "ethnicity": "民族", "id_number": "身份证号",
    "phone": "电话", "phone2": "电话2", "relation": "与户主关系", "residence_type": "居住类型",
    "tags": "标签", "notes": "备注", "household_id": "住户", "community_id": "社区",
    "deleted_at": "删除", "merged_into_id": "合并到",
}
_INTERNAL = {"name_pinyin", "name_initials", "search_text", "search_keys", "id"}


@dataclass
class HistoryRow:
    at: datetime
    actor_name: str
    action: str          # 新建 / 修改 / 删除 / 恢复 / 合并 …
    field: str           # Chinese label; "" for an entry without fields
    before: str
    after: str


@dataclass
class DuplicatePair:
    a_id: str
    b_id: str
    name: str
    reason: str          # 姓名和出生日期相同 / 姓名和电话相同
    a_summary: str
    b_summary: str


def _shown(key: str, value: object) -> str:
    if value is None:
        return ""
    if key == "sex":
        return SEX_LABELS.get(str(value), str(value))
    if key == "deleted_at":
        return "已删除" if value else ""
    return str(value)


def _bulk_creation(s: Session, p: Person) -> list[AuditEntry]:
    """The summary row of the bulk write (an import, a build) that created `p`: people written in bulk
    get no audit row each, but carry the moment of the write that the summary row is stamped with."""
    return list(s.scalars(select(AuditEntry).where(
        AuditEntry.at == p.created_at, AuditEntry.action == AuditAction.CREATE.value,
        or_(and_(AuditEntry.entity == "people", AuditEntry.entity_id.is_(None)),
            and_(AuditEntry.entity == "roster_import", AuditEntry.entity_id == p.community_id)))
        .order_by(AuditEntry.id).limit(1)))


def person_history(s: Session, actor: Actor, person_id: str) -> list[HistoryRow]:
    """Who changed what and when, field by field, oldest first."""
    p = s.get(Person, person_id)
    require(actor, Perm.ROSTER_VIEW, community_id=p.community_id if p else None, entity="people",
            entity_id=person_id)
    if p is None:
        return []

    rows: list[HistoryRow] = []
    entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "people", AuditEntry.entity_id == person_id,
                                                 AuditEntry.action.in_([a.value for a in (
                                                     AuditAction.CREATE, AuditAction.UPDATE,
                                                     AuditAction.DELETE, AuditAction.RESTORE)]))
                        .order_by(AuditEntry.at, AuditEntry.id)))
    if not any(e.action == AuditAction.CREATE.value for e in entries):
        entries[:0] = _bulk_creation(s, p)
    households: dict[str, str] = {}

    def address(hid: object) -> str:
        if not hid:
            return ""
        if hid not in households:
            h = s.get(Household, str(hid))
            households[str(hid)] = h.address if h else str(hid)
        return households[str(hid)]

    for e in entries:
        label = ACTION_LABELS.get(AuditAction(e.action), e.action)
        if e.detail and e.detail.startswith(("合并", "撤销合并")):
            label = e.detail.split("：")[0]
        changes = {k: v for k, v in e.changes_dict().items() if k not in _INTERNAL}
        if not changes:
            rows.append(HistoryRow(e.at, e.actor_name or "", label, "", "", e.detail or ""))
            continue
        for key, (before, after) in changes.items():
            if key == "household_id":
                before, after = address(before), address(after)
            if key == "community_id" or (before in (None, "") and after in (None, "")):
                continue
            rows.append(HistoryRow(e.at, e.actor_name or "", label, FIELD_LABELS.get(key, key),
                                   _shown(key, before), _shown(key, after)))
    return rows


def _summary(p: Person) -> str:
    """李月娥 女 1955-10-10 13800138071 古城北苑4号楼204 无身份证号 — a message, shown in the window's language
    (an empty part leaves a double space: the view shows single ones)."""
    details = [p.birth_date.isoformat() if p.birth_date else "", p.phone,
               p.household.address if p.household is not None else ""]
    said = dict(name=p.name, sex=SEX_LABELS.get(p.sex, ""), details=" ".join(x for x in details if x))
    return msg("{name} {sex} {details} 有身份证号", **said) if p.id_number else msg("{name} {sex} {details} 无身份证号", **said)


def _pairs(s: Session, block: tuple[Any, ...], where: Any, scope: Any) -> list[tuple[str, str]]:
    """(smaller id, larger id) of living people sharing every column of `block`, where at most one has an
    ID number. The blocks are the groups of more than one in the index over those columns (tiny: one
    name and birth date, one phone and name), so the pairs cost what they are, not the table squared."""
    a, b = aliased(Person), aliased(Person)
    cols = [getattr(Person, c.key) for c in block]
    keys = (select(*cols).where(Person.deleted_at.is_(None), where).group_by(*cols)
            .having(func.count() > 1).subquery())
    on_a = and_(*(getattr(a, c.key) == keys.c[c.key] for c in block))
    on_b = and_(*(getattr(b, c.key) == keys.c[c.key] for c in block))
    stmt = (select(a.id, b.id).select_from(keys)
            .join(a, and_(on_a, a.deleted_at.is_(None)))
            .join(b, and_(on_b, b.deleted_at.is_(None), a.id < b.id))
            .where(or_(a.id_number.is_(None), b.id_number.is_(None))))
    if scope is not None:
        stmt = stmt.where(scope(a, b))
    return [(x, y) for x, y in s.execute(stmt)]


def possible_duplicates(s: Session, actor: Actor, community_id: str | None = None) -> list[DuplicatePair]:
    """Pairs that may be the same person: same name and birth date, or same name and phone,
    where at most one of the two has an ID number (two different ID numbers are two people).
    Read block by block through the indexes ix_people_name_birth and ix_people_phone_name."""
    require(actor, Perm.ROSTER_VIEW, community_id=community_id, entity="people")
    scope: Any = None
    if community_id is not None:
        scope = lambda a, b: or_(a.community_id == community_id, b.community_id == community_id)  # noqa: E731
    elif not actor.all_communities:
        ids = sorted(actor.community_ids)
        scope = lambda a, b: and_(a.community_id.in_(ids), b.community_id.in_(ids))  # noqa: E731
    reasons: dict[tuple[str, str], str] = {}
    # literal conditions, the partial indexes' own (a bound '' would not let the planners use them)
    for pair in _pairs(s, (Person.name, Person.phone), text("people.phone != ''"), scope):
        reasons[pair] = "姓名和电话相同"
    for pair in _pairs(s, (Person.name, Person.birth_date), Person.birth_date.is_not(None), scope):
        reasons[pair] = "姓名和出生日期相同"                        # the birth date wins when both hold
    wanted = sorted({i for pair in reasons for i in pair})
    people: dict[str, Person] = {}
    for i in range(0, len(wanted), 500):
        people.update((p.id, p) for p in s.scalars(select(Person).where(Person.id.in_(wanted[i:i + 500]))))
    out = []
    for x, y in sorted(reasons, key=lambda p: (people[p[0]].name_pinyin, people[p[0]].name, p)):
        pa, pb = people[x], people[y]
        out.append(DuplicatePair(pa.id, pb.id, pa.name, reasons[(x, y)], _summary(pa), _summary(pb)))
    return out
