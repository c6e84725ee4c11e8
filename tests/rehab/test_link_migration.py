"""0311_rehab_sealed_links on a database written by the version before: the plain links are kept (no
foreign key) until a rehab key holder signs in, then sealed once, audited; nothing is lost; a merge made
before the upgrade is still followed, and its undo after the upgrade takes the case back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from alembic import command

from desktop.core import accounts
from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.orm import UTCDateTime
from desktop.core.migrate import alembic_config, migration_connection, upgrade
from desktop.core.roles import Role
from desktop.core.sealed import PREFIX, seal_text
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.roster import merge
from desktop.roster import service as roster
from desktop.roster.service import PersonInput
from tests import helpers

T0 = datetime(2026, 5, 1, 2, 0, tzinfo=UTC)
BEFORE = "0310_rehab_sealed"


def _migrate(db: Database, target: str, down: bool = False) -> None:
    with migration_connection(db) as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _table(name: str, *cols: str) -> sa.TableClause:
    return sa.table(name, *[sa.column(c, UTCDateTime()) if c.endswith("_at") else sa.column(c) for c in cols])


STAMP = dict(created_at=T0, updated_at=T0, updated_by="w1", version=1, deleted_at=None)
CASE_COLS = ("id", "person_id", "community_id", "kind", "decision_no", "decision_no_key", "decision_date",
             "decision_authority", "start_date", "end_date", "responsible_user_id", "police_liaison", "status",
             "risk_level", "alias", "transfer_to", "notes", "missed_tests", "unauthorised_absences", "days_away",
             *STAMP)


def _old_case(conn: sa.Connection, case_id: str, person: str, community: str, worker: str, key: bytes,
              alias: str, kind: str) -> None:
    start = date(2026, 3, 2)
    conn.execute(_table("rehab_cases", *CASE_COLS).insert(), [dict(
        id=case_id, person_id=person, community_id=community, kind=kind, decision_no=seal_text(key, "清公决字1号"),
        decision_no_key="", decision_date=start, decision_authority="", start_date=start, end_date=date(2029, 3, 1),
        responsible_user_id=worker, police_liaison="", status="在管", risk_level="中", alias=alias, transfer_to="",
        notes=seal_text(key, "旧版本写的备注"), missed_tests=0, unauthorised_absences=0, days_away=0, **STAMP)])
    conn.execute(_table("rehab_followups", "id", "case_id", "on", "method", "content", "test_kind", "test_result",
                        "next_due", "author_id", *STAMP).insert(),
                 [dict(id=case_id + "-f", case_id=case_id, on=date(2026, 3, 9), method="到站",
                       content=seal_text(key, "初次面谈"), test_kind="", test_result="", next_due=None,
                       author_id=worker, **STAMP)])


def _older_database(db: Database) -> dict:
    """What the version before 0311 left: two cases with plain links, one of them moved by a merge (with
    its journal step, its summary counting it and its audit row), a key holder."""
    west = helpers.community(db)
    admin = helpers.admin(db)
    worker = helpers.direct_account(db, "w1", Role.REHAB_WORKER, [west], "潘捷")
    social = helpers.actor(db, "social", Role.SOCIAL_WORKER, ["西湖社区"])
    with db.session(admin) as s:
        one = roster.save_person(s, admin, PersonInput(name="陈志杰", community_id=west))
        drop = roster.save_person(s, admin, PersonInput(name="梁家豪", community_id=west))
        keep = roster.save_person(s, admin, PersonInput(name="梁家豪", community_id=west, phone="13900000000"))
    with db.session(social) as s:
        merge_id = roster.merge_people(s, social, keep, drop).merge_id
    _migrate(db, BEFORE, down=True)
    key = worker.rehab_key
    assert key is not None
    with db.engine.begin() as conn:
        _old_case(conn, "case-1", one, west, worker.id, key, "阿杰", "社区戒毒")
        _old_case(conn, "case-2", keep, west, worker.id, key, "", "社区康复")      # moved by the merge
        steps = json.loads(conn.execute(sa.text("SELECT steps FROM person_merges WHERE id = :i"),
                                        {"i": merge_id}).scalar())
        steps.insert(0, ["rehab_cases", "case-2", {"person_id": [drop, keep]}])
        conn.execute(sa.text("UPDATE person_merges SET steps = :s, summary = :m WHERE id = :i"),
                     {"s": json.dumps(steps), "m": "移过来：其他记录 1 条", "i": merge_id})
        conn.execute(sa.text("UPDATE audit_log SET detail = :d WHERE entity = 'people' AND detail LIKE '合并：%'"),
                     {"d": "合并：梁家豪 → 梁家豪；移过来：其他记录 1 条"})
        conn.execute(_table("audit_log", "id", "at", "actor_id", "actor_name", "action", "entity", "entity_id",
                            "changes", "detail", "host").insert(),
                     [dict(id="a-move", at=T0, actor_id=social.id, actor_name="social", action="update",
                           entity="rehab_cases", entity_id="case-2", changes=json.dumps({"person_id": ["·", "·"]}),
                           detail=None, host="desk")])
    return dict(one=one, drop=drop, keep=keep, merge_id=merge_id, social=social)  # type: ignore[dict-item]


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def test_links_wait_in_plain_for_a_key_holder_then_are_sealed(db: Database) -> None:
    ids = _older_database(db)
    counts = {t: _rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in ("rehab_cases", "rehab_followups", "people")}
    upgrade(db, backups=None)
    # In between: the links as the older version had them, no foreign key, no token yet.
    with db.engine.connect() as conn:
        fks = sa.inspect(conn).get_foreign_keys("rehab_cases")
        columns = {c["name"] for c in sa.inspect(conn).get_columns("rehab_cases")}
    assert not [fk for fk in fks if fk["referred_table"] in ("people", "communities")]
    assert "person_id" not in columns and "community_id" not in columns
    assert sorted(_rows(db, "SELECT id, person_ref, person_token, kind FROM rehab_cases")) == [
        ("case-1", ids["one"], "", "社区戒毒"), ("case-2", ids["drop"], "", "社区康复")]   # the person before the merge
    assert {t: _rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in counts} == counts
    steps, summary = _rows(db, "SELECT steps, summary FROM person_merges")[0]
    assert "rehab_cases" not in steps and "其他记录" not in summary
    assert not _rows(db, "SELECT id FROM audit_log WHERE id = 'a-move'")
    assert not _rows(db, "SELECT id FROM audit_log WHERE detail LIKE '%其他记录%'")
    # The first sign-in of a key holder seals them.
    with db.session() as s:
        w1 = accounts.authenticate(s, "w1", helpers.PASSWORD)
    stored = _rows(db, "SELECT person_ref, person_token, kind, alias, community_ref FROM rehab_cases ORDER BY id")
    assert all(ref.startswith(PREFIX) and token and kind.startswith(PREFIX) for ref, token, kind, _a, _c in stored)
    assert stored[0][3].startswith(PREFIX) and stored[1][3] == ""         # an empty alias stays empty
    with db.session(w1) as s:
        assert s.query(AuditEntry).filter(AuditEntry.entity == "rehab_cases",
                                          AuditEntry.detail.like("%加密个案与当事人的关联%")).count() == 1
        one = cases.get_case(s, w1, "case-1")
        assert (one.person_id, one.name, one.kind, one.alias, one.notes) == (ids["one"], "陈志杰", "社区戒毒", "阿杰",
                                                                             "旧版本写的备注")
        two = cases.get_case(s, w1, "case-2")
        assert (two.person_id, two.phone, two.kind) == (ids["keep"], "13900000000", "社区康复")
        assert [f.content for f in fu.list_followups(s, w1, "case-2")] == ["初次面谈"]
        assert {r.label for r in cases.list_cases(s, w1, query="梁家豪")} == {"梁**"}
    with db.session() as s:                  # the next sign-in finds nothing left to do
        accounts.authenticate(s, "w1", helpers.PASSWORD)
    assert _rows(db, "SELECT person_ref, person_token, kind, alias, community_ref FROM rehab_cases ORDER BY id") \
        == stored
    # The merge made before the upgrade is undone after it: the case goes back to the other record.
    social = ids["social"]
    with db.session(social) as s:
        merge.undo_merge(s, social, ids["merge_id"])
    with db.session(w1) as s:
        assert cases.get_case(s, w1, "case-2").person_id == ids["drop"]
    with pytest.raises(RuntimeError, match="sealed"):     # no way back without the key
        _migrate(db, BEFORE, down=True)


def test_going_back_before_the_links_are_sealed(sqlite_db: Database) -> None:
    ids = _older_database(sqlite_db)
    upgrade(sqlite_db, backups=None)
    _migrate(sqlite_db, BEFORE, down=True)
    assert sorted(_rows(sqlite_db, "SELECT id, person_id, kind FROM rehab_cases")) == [
        ("case-1", ids["one"], "社区戒毒"), ("case-2", ids["keep"], "社区康复")]   # merges followed
