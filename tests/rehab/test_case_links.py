"""The link from a case to its person is sealed: stored without a joinable id, found by the rehab roles
through the keyed hash, and followed through merges of people (and their undo) made by roles without
the rehab key."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from desktop.core.db import Database
from desktop.core.errors import ValidationError
from desktop.core.idcard import make_id
from desktop.core.sealed import PREFIX
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import links, referrals, statute
from desktop.rehab.models import RehabCase
from desktop.roster import merge
from desktop.roster import service as roster
from desktop.roster.models import Person
from desktop.roster.service import PersonInput
from tests.rehab.conftest import START, World, new_case


def _raw_case(db: Database, case_id: str) -> dict[str, object]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT * FROM rehab_cases WHERE id = :i"), {"i": case_id}).mappings().one())


def test_the_stored_case_names_no_person(world: World) -> None:
    with world.db.session(world.w1) as s:
        detail = cases.get_case(s, world.w1, world.case_id)
    row = _raw_case(world.db, world.case_id)
    assert "person_id" not in row and "community_id" not in row
    assert all(str(row[c]).startswith(PREFIX) for c in ("person_ref", "community_ref", "kind", "alias"))
    assert detail.person_id not in " ".join(str(v) for v in row.values())
    assert (detail.name, detail.kind, detail.alias) == ("陈志杰", "社区戒毒", "阿杰")
    with world.db.session(world.w1) as s:
        assert row["person_token"] == links.tokens_of(s, detail.person_id)[0]
    # a second case of the same person: a different sealed value (random nonce), the same lookup token
    with world.db.session(world.w1) as s:
        cases.change_status(s, world.w1, world.case_id, "期满解除", on=date(2026, 9, 1))
        again = cases.create_case(s, world.w1, cases.CaseInput(
            kind="社区康复", decision_date=date(2026, 9, 2), start_date=date(2026, 9, 2), person_id=detail.person_id))
        with pytest.raises(ValidationError, match="已有在管个案"):
            cases.create_case(s, world.w1, cases.CaseInput(
                kind="社区康复", decision_date=date(2026, 9, 2), start_date=date(2026, 9, 2),
                person_id=detail.person_id))
    second = _raw_case(world.db, again)
    assert second["person_ref"] != row["person_ref"] and second["person_token"] == row["person_token"]


def test_search_finds_by_name_initials_alias_and_decision_number(world: World) -> None:
    other = new_case(world.db, world.w1, world.community_id, "潘美兰", seq=23)     # no alias: a masked name
    with world.db.session(world.w1) as s:
        def found(q: str) -> set[str]:
            return {r.label for r in cases.list_cases(s, world.w1, query=q)}
        assert found("阿杰") == {"阿杰"} and found("陈志") == {"阿杰"} and found("czj") == {"阿杰"}
        assert found("美兰") == {"潘**"} and found("PML") == {"潘**"}
        assert found("清公(凤)决字〔2026〕23号") == {"潘**"}
        assert found("潘_兰") == set() and found("%") == set()          # typed text is literal
        assert {r.id for r in cases.list_cases(s, world.w1)} == {world.case_id, other}
        assert cases.list_cases(s, world.w2, query="陈志杰") == []       # not w2's case
        due = {r.case_id: r.label for r in fu.due_followups(s, world.w1, on=date(2026, 12, 1))}
        assert due == {world.case_id: "阿杰", other: "潘**"}


def _merge_world(world: World) -> tuple[str, str, str]:
    """陈志杰 registered twice; the case is on the second record. A social worker (no rehab key) merges."""
    with world.db.session(world.w1) as s:
        drop = cases.get_case(s, world.w1, world.case_id).person_id
    social = world.social
    with world.db.session(social) as s:
        keep = roster.save_person(s, social, PersonInput(name="陈志杰", community_id=world.community_id,
                                                         phone="13800138000"))
        result = roster.merge_people(s, social, keep, drop)
    return keep, drop, result.merge_id


def test_a_merge_by_a_social_worker_carries_the_case_to_the_kept_person(world: World) -> None:
    keep, drop, merge_id = _merge_world(world)
    before = _raw_case(world.db, world.case_id)
    with world.db.session(world.w1) as s:
        detail = cases.get_case(s, world.w1, world.case_id)
        assert detail.person_id == keep and detail.phone == "13800138000"
        assert links.cases_of(s, keep) == [world.case_id]            # the record merged into keep counts
        with pytest.raises(ValidationError, match="已有在管个案"):
            cases.create_case(s, world.w1, cases.CaseInput(kind="社区戒毒", decision_date=START, start_date=START,
                                                           person_id=keep))
        assert [r.id for r in cases.list_cases(s, world.w1, query="陈志杰")] == [world.case_id]
    with world.db.session(world.social) as s:
        merges = merge.merges_of(s, world.social, keep)
        assert merges and "其他" not in merges[0].summary            # the journal never saw the case
        roster.undo_merge(s, world.social, merge_id)
    with world.db.session(world.w1) as s:
        assert cases.get_case(s, world.w1, world.case_id).person_id == drop
        assert links.cases_of(s, keep) == [] and links.cases_of(s, drop) == [world.case_id]
    assert _raw_case(world.db, world.case_id)["person_ref"] == before["person_ref"]   # never rewritten


def test_merges_in_a_row_are_followed(sworld: World) -> None:
    w = sworld
    keep, _drop, _ = _merge_world(w)
    with w.db.session(w.social) as s:
        last = roster.save_person(s, w.social, PersonInput(name="陈志杰", community_id=w.community_id,
                                                           phone="13500000000"))
        roster.merge_people(s, w.social, last, keep)
    with w.db.session(w.w1) as s:
        assert cases.get_case(s, w.w1, w.case_id).person_id == last
        assert links.cases_of(s, last) == [w.case_id]
        alerts = statute.statute_alerts(s, w.w1, on=date(2026, 12, 1))
        assert {a.label for a in alerts} <= {"阿杰"}


def test_participation_follows_the_merged_person(sworld: World) -> None:
    from datetime import UTC, datetime

    from desktop.activities.models import Activity, ActivityHelper

    keep, _drop, _ = _merge_world(sworld)
    with sworld.db.session(sworld.social) as s:
        a = Activity(title="禁毒宣传", module="rehab", community_id=sworld.community_id,
                     starts_at=datetime(2026, 6, 1, 2, tzinfo=UTC), ends_at=datetime(2026, 6, 1, 4, tzinfo=UTC))
        s.add(a)
        s.flush()
        s.add(ActivityHelper(activity_id=a.id, person_id=keep, minutes=90, role="禁毒志愿者"))
    with sworld.db.session(sworld.w1) as s:
        assert referrals.participation(s, sworld.w1, sworld.case_id).volunteer_minutes == 90


def test_a_new_worker_registering_an_existing_id_number_links_the_roster_record(sworld: World) -> None:
    w = sworld
    with w.db.session(w.admin) as s:
        pid = roster.save_person(s, w.admin, PersonInput(name="何小东", community_id=w.community_id,
                                                          id_number=make_id("441802", date(2000, 5, 17), 15)))
    case_id = new_case(w.db, w.w2, w.community_id, "何小东", seq=15, start=date(2026, 1, 2))
    with w.db.session(w.w2) as s:
        assert cases.get_case(s, w.w2, case_id).person_id == pid
    with w.db.session(w.admin) as s:                       # one roster record, written by the admin only
        assert [p.updated_by for p in s.scalars(select(Person).where(Person.name == "何小东"))] == ["admin"]
        assert s.scalar(select(RehabCase.person_token).where(RehabCase.id == case_id))


def test_the_link_is_unreadable_without_the_key(sworld: World) -> None:
    w = sworld
    with w.db.session(w.admin) as s:                     # the administrator: no rehab key
        case = s.get(RehabCase, w.case_id)
        assert links.open_ref(_raw_case(w.db, w.case_id)["person_ref"]) is None
        assert links.person_of(s, case) is None
    with w.db.session(w.w1) as s:
        assert links.person_of(s, s.get(RehabCase, w.case_id)) is not None
