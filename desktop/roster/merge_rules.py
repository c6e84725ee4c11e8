"""What a merge of two people does with records that cannot simply be moved over.

The merge (desktop.roster.merge) finds every link to a person from the metadata and moves it. A record
cannot move where the kept person already has its counterpart: a unique key of the table (one elder
membership per person, one enrolment per activity) or one of the natural keys below (one place per team).
Then the two are folded into one: the kept person's record stays, takes over what the other adds (the
rules here), the other's own records move to it, and the other is soft-deleted where it was, still
pointing at the dropped person, so nothing is lost and the merge can be undone.

The rules name tables and columns as text so this module imports no other module; a test checks that
every name here exists in the metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.messages import msg

# Shown in the merge's summary; tables without a label are shown by their name.
TABLE_LABELS: dict[str, str] = {
    "attention_notes": "关注事项", "household_moves": "迁入迁出记录",
    "activity_enrollments": "活动报名", "activity_attendance": "活动签到", "activity_helpers": "活动志愿服务",
    "duty_members": "服务队队员", "duty_shifts": "值班班次", "duty_requests": "换班代班申请",
    "duty_round_checks": "巡楼打卡", "duty_hours_corrections": "时长更正", "duty_away": "请假",
    "elder_members": "养老中心会员", "elder_checkins": "中心签到", "elder_services": "服务记录",
    "elder_visits": "上门走访", "elder_contacts": "紧急联系人", "elder_health": "健康信息",
    "volunteers": "志愿者档案", "volunteer_entries": "志愿服务记录", "volunteer_certificates": "志愿服务证明",
}

# Tables whose very existence for a person is confidential to some roles: summaries count them
# without naming them.
RESTRICTED_PREFIXES = ("rehab_",)

# Keys the database does not enforce but the module does, among live rows: (table, columns).
NATURAL_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "duty_members": (("team_id", "person_id"),),           # one place per team (teams_service)
    "activity_attendance": (("activity_id", "person_id"),),  # one check-in per activity (attendance_service)
}

# Links that stay with a folded record instead of moving to the kept one: a retired membership card keeps
# its own status history, renewals and photo; its check-ins, services and visits are the person's and move.
STAYS: frozenset[tuple[str, str]] = frozenset({
    ("elder_status_changes", "member_id"), ("elder_renewals", "member_id"), ("elder_member_photos", "member_id"),
})

Row = Any
Combine = Callable[[Row, Row], dict[str, Any]]


def _empty(value: object) -> bool:
    return value is None or value == ""


def _joined(a: str, b: str, sep: str = "；") -> str:
    parts = [p for p in (a or "", b or "") if p.strip()]
    if len(parts) == 2 and parts[1] in parts[0]:
        return parts[0]
    return sep.join(parts)


def fill_empty(*columns: str) -> Combine:
    """The kept record's empty fields are filled from the other."""
    def combine(kept: Row, dropped: Row) -> dict[str, Any]:
        return {c: getattr(dropped, c) for c in columns if _empty(getattr(kept, c)) and not _empty(getattr(dropped, c))}
    return combine


def join_texts(*columns: str) -> Combine:
    def combine(kept: Row, dropped: Row) -> dict[str, Any]:
        out = {c: _joined(getattr(kept, c), getattr(dropped, c)) for c in columns}
        return {c: v for c, v in out.items() if v != getattr(kept, c)}
    return combine


_ENROL_RANK = {"enrolled": 0, "waiting": 1, "cancelled": 2}


def _better_enrolment(kept: Row, dropped: Row) -> dict[str, Any]:
    """Enrolled beats waiting beats cancelled: the person keeps the better of the two places."""
    if _ENROL_RANK.get(dropped.status, 3) < _ENROL_RANK.get(kept.status, 3):
        return {c: getattr(dropped, c) for c in ("status", "position", "enrolled_at", "cancelled_at")}
    return {}


def _longer_help(kept: Row, dropped: Row) -> dict[str, Any]:
    """The same help entered twice under two records: the longer entry stands (never the sum)."""
    return {"minutes": dropped.minutes} if (dropped.minutes or 0) > (kept.minutes or 0) else {}


def _team_place(kept: Row, dropped: Row) -> dict[str, Any]:
    out = fill_empty("phone", "avail_from", "avail_to", "joined_on", "user_id")(kept, dropped)
    if dropped.is_captain and not kept.is_captain:
        out["is_captain"] = True
    skills = _joined(kept.skills, dropped.skills, ",")
    if skills != kept.skills:
        out["skills"] = ",".join(dict.fromkeys(x for x in skills.split(",") if x))
    return out


def _membership(kept: Row, dropped: Row) -> dict[str, Any]:
    note = f"合并重复会员卡：{dropped.member_no}（{dropped.status}，{dropped.join_date}入会）已停用"
    return {"notes": _joined(kept.notes, note, "\n")}


def _volunteer(kept: Row, dropped: Row) -> dict[str, Any]:
    out = fill_empty("volunteer_no", "platform", "registered_on", "phone", "id_type", "id_number", "skills",
                     "joined_on", "duty_member_id")(kept, dropped)
    notes = _joined(kept.notes, dropped.notes, "\n")
    if notes != kept.notes:
        out["notes"] = notes
    return out


COMBINE: dict[str, Combine] = {
    "activity_enrollments": _better_enrolment,
    "activity_helpers": _longer_help,
    "activity_attendance": fill_empty("checked_out_at", "evidence_id"),
    "duty_members": _team_place,
    "elder_members": _membership,
    "elder_checkins": lambda kept, dropped: {"lunch": True} if dropped.lunch and not kept.lunch else {},
    "elder_health": join_texts("allergies", "chronic", "notes"),
    "volunteers": _volunteer,
}

# The columns each rule reads or writes (checked against the metadata by a test).
COMBINE_COLUMNS: dict[str, tuple[str, ...]] = {
    "activity_enrollments": ("status", "position", "enrolled_at", "cancelled_at"),
    "activity_helpers": ("minutes",),
    "activity_attendance": ("checked_out_at", "evidence_id"),
    "duty_members": ("phone", "avail_from", "avail_to", "joined_on", "user_id", "is_captain", "skills"),
    "elder_members": ("notes", "member_no", "status", "join_date"),
    "elder_checkins": ("lunch",),
    "elder_health": ("allergies", "chronic", "notes"),
    "volunteers": ("volunteer_no", "platform", "registered_on", "phone", "id_type", "id_number", "skills",
                   "joined_on", "duty_member_id", "notes"),
}


def describe(table: str, kept: Row, dropped: Row) -> str:
    """One line for the person merging: what became of the pair."""
    if table == "elder_checkins":
        return "同一天两张卡都签到的，只算一次（用过午餐的照记）"
    if table == "elder_members":
        return msg("两条记录各有一张养老中心会员卡：保留 {kept}（{kept_status}），{dropped}（{dropped_status}）停用，"
                   "它的签到、服务和走访记录并入 {kept}", kept=kept.member_no, kept_status=kept.status,
                   dropped=dropped.member_no, dropped_status=dropped.status)
    return msg("{records}两条记录都有的，合并为一条", records=label_of(table))


def label_of(table: str) -> str:
    if table.startswith(RESTRICTED_PREFIXES):
        return "其他记录"
    return TABLE_LABELS.get(table, table)
