"""Which duty team a desk shows: read by the duty page and by its 今日 section (which must not load the
whole page to know it)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.duty import teams_service
from desktop.duty.models import DutyTeam
from desktop.ui.context import AppContext


def desk_team_id(ctx: AppContext) -> str | None:
    """The team of the desk: the building's team, else the signed-in member's, else the first one."""
    try:
        with ctx.db.session(ctx.actor) as s:
            found = teams_service.desk_teams(s, ctx.actor, ctx.community_id)
            if ctx.building_id:
                for team_id, building_id in found.teams:
                    if building_id == ctx.building_id:
                        return team_id
            for team_id, _ in found.teams:
                if team_id in found.mine:
                    return team_id
            wanted = ctx.extra.get("duty_team_id")
            if wanted and s.scalars(select(DutyTeam.id).where(DutyTeam.id == wanted)).first():
                return str(wanted)
    except UserError:
        return None
    return found.teams[0][0] if found.teams else None
