"""Roles and what each may do. One table, read by services (enforcement) and the UI (what to show)."""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    SOCIAL_WORKER = "social_worker"
    REHAB_WORKER = "rehab_worker"
    RECEPTION = "reception"
    DUTY_VOLUNTEER = "duty_volunteer"


ROLE_LABELS = {
    Role.ADMIN: "管理员",
    Role.SUPERVISOR: "督导",
    Role.SOCIAL_WORKER: "社区社工",
    Role.REHAB_WORKER: "禁毒社工",
    Role.RECEPTION: "中心前台",
    Role.DUTY_VOLUNTEER: "值班志愿者",
}


class Perm(str, enum.Enum):
    TODAY_VIEW = "today.view"
    ROSTER_VIEW = "roster.view"
    ROSTER_EDIT = "roster.edit"
    ID_FULL = "roster.id_full"          # see and export full ID numbers
    ROSTER_IMPORT = "roster.import"
    ROSTER_EXPORT = "roster.export"
    DUTY_VIEW = "duty.view"
    DUTY_DESK = "duty.desk"             # start/end shift, patrols, duty log
    DUTY_MANAGE = "duty.manage"         # teams, rotas, hours corrections, fund
    REHAB_VIEW = "rehab.view"
    REHAB_EDIT = "rehab.edit"
    REHAB_ALL_CASES = "rehab.all_cases"  # supervisor: every case, not only own/shared
    ELDER_VIEW = "elder.view"
    ELDER_CHECKIN = "elder.checkin"
    ELDER_MANAGE = "elder.manage"
    HEALTH_VIEW = "elder.health"
    VOLUNTEER_VIEW = "volunteer.view"   # volunteer records and the register of certificates
    VOLUNTEER_MANAGE = "volunteer.manage"  # keep the records, issue and void certificates
    ACTIVITY_VIEW = "activity.view"
    ACTIVITY_EDIT = "activity.edit"
    REPORTS_VIEW = "reports.view"
    SETTINGS_VIEW = "settings.view"
    USERS_MANAGE = "users.manage"
    AUDIT_EXPORT = "audit.export"
    BACKUP = "backup"


P = Perm
ROLE_PERMS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(set(Perm) - {P.REHAB_VIEW, P.REHAB_EDIT, P.REHAB_ALL_CASES}),
    Role.SUPERVISOR: frozenset(set(Perm) - {P.USERS_MANAGE}),
    Role.SOCIAL_WORKER: frozenset({
        P.TODAY_VIEW, P.ROSTER_VIEW, P.ROSTER_EDIT, P.ID_FULL, P.ROSTER_IMPORT, P.ROSTER_EXPORT,
        P.DUTY_VIEW, P.DUTY_DESK, P.DUTY_MANAGE, P.ELDER_VIEW, P.ELDER_CHECKIN, P.ELDER_MANAGE,
        P.HEALTH_VIEW, P.ACTIVITY_VIEW, P.ACTIVITY_EDIT, P.REPORTS_VIEW, P.SETTINGS_VIEW,
        P.VOLUNTEER_VIEW, P.VOLUNTEER_MANAGE}),
    Role.REHAB_WORKER: frozenset({
        P.TODAY_VIEW, P.ROSTER_VIEW, P.ID_FULL, P.REHAB_VIEW, P.REHAB_EDIT, P.ACTIVITY_VIEW,
        P.ACTIVITY_EDIT, P.DUTY_VIEW, P.REPORTS_VIEW, P.SETTINGS_VIEW,
        P.VOLUNTEER_VIEW, P.VOLUNTEER_MANAGE}),   # the street's anti-drug volunteer team
    Role.RECEPTION: frozenset({
        P.TODAY_VIEW, P.ROSTER_VIEW, P.ELDER_VIEW, P.ELDER_CHECKIN, P.ACTIVITY_VIEW, P.ACTIVITY_EDIT,
        P.SETTINGS_VIEW}),
    Role.DUTY_VOLUNTEER: frozenset({P.TODAY_VIEW, P.DUTY_VIEW, P.DUTY_DESK, P.SETTINGS_VIEW}),
}

# Roles that see every community without being assigned to each.
ALL_COMMUNITY_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR})


def role_has(role: Role | str, perm: Perm) -> bool:
    return perm in ROLE_PERMS[Role(role)]


# Permissions over rehab records: a role grants them only together with the rehab key, which a
# supervisor holding it grants to each account (desktop.core.key_store) — never by the role alone.
REHAB_PERMS = frozenset({P.REHAB_VIEW, P.REHAB_EDIT, P.REHAB_ALL_CASES})
REHAB_ROLES = frozenset(r for r in Role if P.REHAB_VIEW in ROLE_PERMS[r])
