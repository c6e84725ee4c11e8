"""Merging two records of one person moves or folds every linked record, never crashes, and undoes exactly.

The records are built from the metadata (tests/roster/merge_world.py): every foreign key to people, and
one level down, on both sides, colliding where the keys allow. A table added later is covered unasked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.idcard import make_id
from desktop.core.roles import Role
from desktop.roster import merge, merge_rules, service
from desktop.roster.models import Person, PersonMerge
from desktop.roster.service import PersonInput
from tests import helpers
from tests.roster.merge_world import World, counts, dump, live_links

BORN = date(1946, 5, 9)


def _pair(s, admin, west: str) -> tuple[str, str, str]:  # noqa: ANN001
    keep = service.save_person(s, admin, PersonInput(name="李月娥", birth_date=BORN, phone="13800138071",
                                                      community_id=west, tags=["独居老人"]))
    drop = service.save_person(s, admin, PersonInput(name="李月娥", birth_date=BORN, community_id=west,
                                                      id_number=make_id("441802", BORN, 22), tags=["低保"],
                                                      notes="2019年表格登记"))
    other = service.save_person(s, admin, PersonInput(name="旁人", community_id=west))
    return keep, drop, other


def _check_merged(s, keep: str, drop: str, before_counts: dict[str, int]) -> None:  # noqa: ANN001
    after = counts(s)
    assert {t: n for t, n in after.items() if t not in ("audit_log", "person_merges")} == \
        {t: n for t, n in before_counts.items() if t not in ("audit_log", "person_merges")}, "a record was lost"
    assert live_links(s, drop) == {}, "a live record still points at the dropped person"
    d = s.get(Person, drop)
    assert d.deleted_at is not None and d.merged_into_id == keep
    # Nothing live hangs from a record the merge retired (except what stays with it by rule).
    for table, column in merge.links_to("people"):
        retired = s.scalars(select(table.c.id).where(table.c[column] == drop)).all()
        for child, ccol in merge.links_to(table.name):
            if (child.name, ccol) in merge_rules.STAYS or not retired:
                continue
            q = select(child.c.id).where(child.c[ccol].in_(retired))
            if "deleted_at" in child.c:
                q = q.where(child.c.deleted_at.is_(None))
            assert s.scalars(q).all() == [], f"{child.name}.{ccol} left on a retired {table.name}"


def _everything(label: str, lo: int, hi: int) -> int:
    """Every slot on both sides (so everything collides), nothing deleted."""
    return hi


def test_every_link_to_people_is_handled(db: Database) -> None:
    """Each foreign key to people in the metadata, with a counterpart on both sides, merges and undoes."""
    west = helpers.community(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        keep, drop, other = _pair(s, admin, west)
        world = World(s, _everything, other)
        world.populate(s.get(Person, keep), s.get(Person, drop))
        links = merge.links_to("people")
        assert {f"{t.name}.{c}" for t, c in links} >= {
            "elder_members.person_id", "activity_enrollments.person_id",
            "activity_attendance.person_id", "activity_helpers.person_id", "duty_members.person_id",
            "attention_notes.person_id", "household_moves.person_id", "volunteers.person_id"}
        assert not [t.name for t, _c in links if t.name.startswith("rehab_")]   # a case's person is sealed
        built = {f"{t.name}.{c}" for t, c in links if live_links(s, drop).get(f"{t.name}.{c}")}
        assert built == {f"{t.name}.{c}" for t, c in links}, "the builder made no record for some link"
        before, before_counts = dump(s), counts(s)
    with db.session(admin) as s:
        result = service.merge_people(s, admin, keep, drop)
        _check_merged(s, keep, drop, before_counts)
        assert "养老中心会员卡" in result.summary and result.links > 0
        assert "其他记录" not in result.summary and "rehab" not in result.summary  # nor counted
    with db.session(admin) as s:
        service.undo_merge(s, admin, result.merge_id)
    with db.session(admin) as s:
        assert dump(s) == before
        assert s.get(PersonMerge, result.merge_id).undone_at is not None
        assert {"合并", "撤销合并"} <= {h.action for h in service.person_history(s, admin, keep)}
        with pytest.raises(UserError, match="已经撤销"):
            service.undo_merge(s, admin, result.merge_id)


def test_rules_name_only_what_exists() -> None:
    from desktop.models_registry import metadata

    tables = metadata.tables
    for name in list(merge_rules.TABLE_LABELS) + list(merge_rules.NATURAL_KEYS) + list(merge_rules.COMBINE):
        assert name in tables, name
    for name, keys in merge_rules.NATURAL_KEYS.items():
        assert all(c in tables[name].c for k in keys for c in k), name
    for name, cols in merge_rules.COMBINE_COLUMNS.items():
        assert name in merge_rules.COMBINE and all(c in tables[name].c for c in cols), name
    for name, col in merge_rules.STAYS:
        assert col in tables[name].c and tables[name].c[col].foreign_keys, (name, col)


@pytest.fixture(scope="module")
def merge_db(tmp_path_factory: pytest.TempPathFactory, _sqlite_template) -> Iterator[tuple[Database, object, str]]:  # noqa: ANN001
    import shutil

    from desktop.core.db import sqlite_url

    path = tmp_path_factory.mktemp("merge") / "merge.db"
    shutil.copy(_sqlite_template, path)
    db = Database(sqlite_url(path))
    west = helpers.community(db)
    yield db, helpers.admin(db), west
    db.dispose()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_merge_loses_nothing_and_undo_is_exact(merge_db, data) -> None:  # noqa: ANN001
    """Random records on both sides (some colliding, some deleted): after the merge no live record points
    at the dropped person and no row is gone; after the undo every row is as it was."""
    db, admin, west = merge_db

    def choose(label: str, lo: int, hi: int) -> int:
        return data.draw(st.integers(lo, hi), label=label)

    with db.session(admin) as s:
        outer = s.begin_nested()
        keep, drop, other = _pair(s, admin, west)
        if data.draw(st.booleans(), label="swap"):
            keep, drop = drop, keep
        World(s, choose, other).populate(s.get(Person, keep), s.get(Person, drop))
        before, before_counts = dump(s), counts(s)
        try:
            result = service.merge_people(s, admin, keep, drop)
        except UserError as exc:
            assert "不能自动合并" in exc.message
            assert dump(s) == before                     # a refusal changes nothing
        else:
            _check_merged(s, keep, drop, before_counts)
            service.undo_merge(s, admin, result.merge_id)
            assert dump(s) == before
        outer.rollback()


def test_merge_refuses_a_live_card_against_a_deleted_one_and_changes_nothing(sqlite_db: Database) -> None:
    from desktop.elder.models import ElderMember

    west = helpers.community(sqlite_db)
    admin = helpers.admin(sqlite_db)
    with sqlite_db.session(admin) as s:
        keep, drop, _ = _pair(s, admin, west)
        for pid, no, deleted in ((keep, "QC000208", True), (drop, "QC000576", False)):
            m = ElderMember(person_id=pid, community_id=west, member_no=no, name="李月娥", join_date=BORN,
                            status_since=BORN)
            s.add(m)
            s.flush()
            if deleted:
                m.deleted_at = m.created_at
        s.flush()
        before = dump(s)
        with pytest.raises(UserError, match="养老中心会员.*已删除.*不能自动合并"):
            service.merge_people(s, admin, keep, drop)
        assert dump(s) == before
        # keeping the other record (the live card) is what the message suggests, and it works
        result = service.merge_people(s, admin, drop, keep)
        assert result.folded and s.get(Person, keep).merged_into_id == drop


def test_undo_refused_after_a_later_change_and_needs_roster_rights(sqlite_db: Database) -> None:
    west = helpers.community(sqlite_db)
    admin = helpers.admin(sqlite_db)
    reception = helpers.actor(sqlite_db, "desk", Role.RECEPTION, ["西湖社区"])
    with sqlite_db.session(admin) as s:
        keep, drop, _ = _pair(s, admin, west)
        result = service.merge_people(s, admin, keep, drop)
        assert [m.id for m in merge.merges_of(s, admin, drop)] == [result.merge_id]
    with sqlite_db.session(admin) as s:
        p = s.get(Person, keep)
        p.phone = "13900000000"                          # the merge filled nothing here, so undo still fits
        s.flush()
    with pytest.raises(UserError), sqlite_db.session(reception) as s:
        service.undo_merge(s, reception, result.merge_id)
    with sqlite_db.session(admin) as s:
        s.get(Person, keep).tags = "空巢老人"               # the merge joined the tags: now it cannot undo blindly
        s.flush()
    with sqlite_db.session(admin) as s, pytest.raises(UserError, match="又有改动"):
        service.undo_merge(s, admin, result.merge_id)
