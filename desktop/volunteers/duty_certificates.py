"""Certificates a duty team issues to its members (志愿服务证明). The team is the issuing organisation
in the volunteers' register and the member's volunteer record is opened the first time; the team's
coordinator issues them from the duty page (its 时长 tab, through `desktop.volunteers.views.duty_certificate`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.volunteers import certificates, service
from desktop.volunteers.models import VolunteerOrg


def issue_certificate(s: Session, actor: Actor, member_id: str, first: date, last: date, *, content: str = "",
                      issued_on: date | None = None, confirm_overlap: bool = False) -> certificates.CertificateRow:
    """A certificate for a duty member, issued by the member's team. Raises OverlapWarning like the
    register when a certificate for an overlapping period is in force and `confirm_overlap` is not set."""
    team, m = common.member(s, actor, member_id, Perm.DUTY_MANAGE)
    volunteer_id = service.ensure_for_member(s, actor, m.id)
    org_id = service.org_for_team(s, actor, team.id)
    return certificates.issue_certificate(s, actor, volunteer_id, first, last, org_id=org_id, issued_on=issued_on,
                                          content=content or f"{team.name}值班、巡楼、交通疏导等志愿服务",
                                          confirm_overlap=confirm_overlap)


def team_register(s: Session, actor: Actor, team_id: str) -> list[certificates.CertificateRow]:
    """The certificates the team has issued."""
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    org_id = s.scalar(select(VolunteerOrg.id).where(VolunteerOrg.duty_team_id == team_id))
    return certificates.register(s, actor, org_id=org_id) if org_id else []
