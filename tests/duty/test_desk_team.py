"""Which team a desk shows (its 今日 section and the duty page): read in two statements, the same choice
as the full team list and one member lookup per team."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import PermissionDenied
from desktop.core.machine_settings import MachineSettings
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.duty import teams_service
from desktop.duty.views.desk_team import desk_team_id
from desktop.ui.context import AppContext
from tests.duty.conftest import World
from tests.duty.desk_helpers import quick_actor


def _second_team(w: World) -> str:
    """A team without a building, listed after building 6's (by name), with the coordinator a member by
    name only and the volunteer not a member."""
    with w.db.session(w.coordinator) as s:
        tid = teams_service.create_team(s, w.coordinator, "阿姨巡逻队", w.community_id)
        teams_service.save_member(s, w.coordinator, tid, teams_service.MemberInput(name=w.coordinator.display_name))
        teams_service.save_member(s, w.coordinator, tid, teams_service.MemberInput(name="刘阿姨"))
        return tid


def _by_full_rows(w: World, actor: Actor, community_id: str | None) -> tuple[list[tuple[str, str | None]], set[str]]:
    with w.db.session(actor) as s:
        teams = teams_service.list_teams(s, actor, community_id)
        mine = {t.id for t in teams if teams_service.member_for_user(s, actor, t.id) is not None}
        return [(t.id, t.building_id) for t in teams], mine


def test_desk_teams_match_the_full_team_list_for_every_actor(world: World) -> None:
    _second_team(world)
    for actor in (world.coordinator, world.volunteer, world.reception, world.outsider_worker):
        for community_id in (world.community_id, None):
            try:
                expected = _by_full_rows(world, actor, community_id)
            except PermissionDenied:
                with pytest.raises(PermissionDenied), world.db.session(actor) as s:
                    teams_service.desk_teams(s, actor, community_id)
                continue
            with world.db.session(actor) as s:
                got = teams_service.desk_teams(s, actor, community_id)
            assert (list(got.teams), set(got.mine)) == expected, (actor.username, community_id)


def test_the_desk_shows_its_building_then_its_member_then_the_first_team(sqlite_world: World, tmp_path: Path) -> None:
    w = sqlite_world
    second = _second_team(w)
    settings = MachineSettings(tmp_path / "m.json")

    def ctx(actor: Actor, building_id: str | None = None) -> AppContext:
        return AppContext(db=w.db, actor=actor, settings=settings, desk="guard", community_id=w.community_id,
                          building_id=building_id)

    other = quick_actor(w.db, "sw3", Role.SOCIAL_WORKER, w.community_id, "孙社工")
    assert desk_team_id(ctx(w.coordinator, w.building_id)) == w.team_id      # the building's team first
    assert desk_team_id(ctx(w.coordinator)) == second                         # then the one he is a member of
    assert desk_team_id(ctx(w.volunteer)) == w.team_id                        # (linked by account)
    assert desk_team_id(ctx(other)) == w.team_id                              # else the first by name
    assert desk_team_id(ctx(w.reception)) is None                             # the reception sees no team
