"""The caseload search takes % and _ literally."""

from __future__ import annotations

from desktop.rehab import cases_service as cases
from tests.rehab.conftest import World, new_case


def test_case_search_takes_wildcards_literally(world: World) -> None:
    mei = new_case(world.db, world.w1, world.community_id, "潘美兰", seq=21)
    with world.db.session(world.w1) as s:
        assert cases.list_cases(s, world.w1, query="潘_兰") == []
        assert cases.list_cases(s, world.w1, query="%") == []
        assert [c.id for c in cases.list_cases(s, world.w1, query="美兰")] == [mei]
