"""Rehab records reach only rehab roles holding the rehab key, by every path: the audit trail, the
stored rows, an account the administrator makes, a password the administrator resets."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.core import accounts, clock, key_grants
from desktop.core.audit_export import export_audit_csv
from desktop.core.db import Database
from desktop.core.errors import PermissionDenied, UserError
from desktop.core.roles import Role
from desktop.core.sealed import PREFIX
from desktop.rehab import cases_service as cases
from desktop.rehab.caseload import UNREADABLE
from desktop.rehab import followup_service as fu
from tests import helpers
from tests.rehab.conftest import World, new_case

SECRETS = ("清公(凤)决字〔2026〕77号", "黎警官（凤城派出所）", "在二手车行帮忙", "初次面谈：家人陪同")


def _secret_case(w: World) -> str:
    case_id = new_case(w.db, w.w1, w.community_id, "潘美兰", alias="阿兰", seq=77,
                       police_liaison=SECRETS[1], notes=SECRETS[2])
    with w.db.session(w.w1) as s:
        fu.add_followup(s, w.w1, case_id, fu.FollowUpInput(on=date(2026, 3, 10), method="到站", content=SECRETS[3]))
    return case_id


def test_the_audit_trail_keeps_no_rehab_content(world: World, tmp_path: Path) -> None:
    case_id = _secret_case(world)
    with world.db.session(world.w1) as s:
        person_id = cases.get_case(s, world.w1, case_id).person_id
    out = tmp_path / "audit.csv"
    with world.db.session(world.admin) as s:
        export_audit_csv(s, world.admin, date(2026, 1, 1), clock.today(), out)   # the story's year until now
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    rehab_rows = [r for r in rows if r[3].startswith("rehab_")]
    assert any(r[3] == "rehab_cases" and r[2] == "新建" for r in rehab_rows)     # that it happened …
    for secret in (*SECRETS, person_id, "社区戒毒"):
        assert secret not in "".join(",".join(r) for r in rehab_rows), secret  # … not what


def test_stored_rehab_content_is_sealed_and_reads_back_for_its_worker(sworld: World) -> None:
    case_id = _secret_case(sworld)
    path = sworld.db.sqlite_path
    conn = sqlite3.connect(path)
    try:
        notes = [r[0] for r in conn.execute("SELECT content FROM rehab_followups")]
        case = conn.execute("SELECT decision_no, police_liaison, notes FROM rehab_cases WHERE id = ?",
                            (case_id,)).fetchone()
    finally:
        conn.close()
    assert all(n.startswith(PREFIX) for n in notes if n)
    assert all(v.startswith(PREFIX) for v in case)
    raw = path.read_bytes() + Path(str(path) + "-wal").read_bytes() if Path(str(path) + "-wal").exists() \
        else path.read_bytes()
    for secret in SECRETS:
        assert secret.encode() not in raw
    with sworld.db.session(sworld.w1) as s:
        detail = cases.get_case(s, sworld.w1, case_id)
        assert (detail.decision_no, detail.police_liaison, detail.notes) == (SECRETS[0], SECRETS[1], SECRETS[2])
        assert SECRETS[3] in [f.content for f in fu.list_followups(s, sworld.w1, case_id)]
        # the sealed decision number is still found, by the whole number
        assert [r.id for r in cases.list_cases(s, sworld.w1, query="清公(凤)决字〔2026〕77号")] == [case_id]
        assert [r.id for r in cases.list_cases(s, sworld.w1, query="阿兰")] == [case_id]


def test_an_account_the_admin_makes_reads_no_rehab_until_a_supervisor_grants(world: World) -> None:
    _secret_case(world)
    with world.db.session(world.admin) as s:
        accounts.create_user(s, world.admin, "mole", "新督导", "Mole-pass-2026", Role.SUPERVISOR)
    with world.db.session() as s:
        mole = accounts.authenticate(s, "mole", "Mole-pass-2026")
    assert mole.rehab_key is None
    with pytest.raises(PermissionDenied, match="督导"), world.db.session(mole) as s:
        cases.list_cases(s, mole)
    with world.db.session(world.sup) as s:
        access = {r.username: r.granted for r in key_grants.rehab_access(s, world.sup)}
        events = key_grants.recent_events(s, world.sup)
    assert access["mole"] is False and access["sup"] is True
    assert any("mole" in e.what and "督导" in e.what and e.by == "admin" for e in events)
    with world.db.session(world.sup) as s:
        key_grants.grant_rehab(s, world.sup, "mole")
    with world.db.session() as s:
        mole = accounts.authenticate(s, "mole", "Mole-pass-2026")
    with world.db.session(mole) as s:
        assert any(r.label == "阿兰" for r in cases.list_cases(s, mole))


def test_the_admin_cannot_grant_the_rehab_key(world: World) -> None:
    with pytest.raises(PermissionDenied), world.db.session(world.admin) as s:
        key_grants.grant_rehab(s, world.admin, "w2")


def test_a_password_reset_by_the_admin_takes_the_rehab_key_back(world: World) -> None:
    with world.db.session(world.admin) as s:
        accounts.change_password(s, world.admin, "w1", "Reset-pass-2026")
    with world.db.session() as s:
        w1 = accounts.authenticate(s, "w1", "Reset-pass-2026")
    assert w1.rehab_key is None
    with world.db.session(world.sup) as s:
        assert {r.username: r.granted for r in key_grants.rehab_access(s, world.sup)}["w1"] is False
        key_grants.grant_rehab(s, world.sup, "w1")
    with world.db.session() as s:
        assert accounts.authenticate(s, "w1", "Reset-pass-2026").rehab_key is not None


def test_an_own_password_change_keeps_the_rehab_key(world: World) -> None:
    with world.db.session(world.w1) as s:
        accounts.change_password(s, world.w1, "w1", "Own-new-pass-1", old_password=helpers.PASSWORD)
    with world.db.session() as s:
        assert accounts.authenticate(s, "w1", "Own-new-pass-1").rehab_key == world.w1.rehab_key


def test_a_role_changed_to_rehab_is_shown_and_a_role_changed_away_loses_the_key(world: World) -> None:
    with world.db.session(world.admin) as s:
        accounts.set_role(s, world.admin, "social", Role.REHAB_WORKER)
        accounts.set_role(s, world.admin, "w2", Role.SOCIAL_WORKER)
    with world.db.session(world.sup) as s:
        events = key_grants.recent_events(s, world.sup)
        access = {r.username: r.granted for r in key_grants.rehab_access(s, world.sup)}
    assert any("social" in e.what and "禁毒社工" in e.what for e in events)
    assert any("w2" in e.what and "收回" in e.what for e in events)
    assert access.get("social") is False and "w2" not in access


def test_values_from_before_sealing_are_sealed_when_the_first_key_is_made(sqlite_db: Database) -> None:
    from sqlalchemy import text

    cid = helpers.community(sqlite_db)
    worker = helpers.direct_account(sqlite_db, "w1", Role.REHAB_WORKER, [cid])
    case_id = new_case(sqlite_db, worker, cid, "旧个案", alias="阿旧", seq=31)
    with sqlite_db.session(worker) as s:
        person_id = cases.get_case(s, worker, case_id).person_id
    with sqlite_db.engine.begin() as conn:        # as an older version wrote it: plain text, no key yet
        conn.execute(text("UPDATE rehab_cases SET notes = '旧的备注', decision_no = '清公(凤)决字〔2026〕31号', "
                          "decision_no_key = '', person_ref = :p, person_token = '', kind = '社区戒毒', "
                          "alias = '阿旧' WHERE id = :i"),
                     {"i": case_id, "p": person_id})
        conn.execute(text("DELETE FROM key_grants"))
    with sqlite_db.session() as s:
        fresh = accounts.authenticate(s, "w1", helpers.PASSWORD)
    assert fresh.rehab_key is not None and fresh.rehab_key != worker.rehab_key
    with sqlite_db.engine.connect() as conn:
        stored = conn.execute(text("SELECT notes, decision_no FROM rehab_cases")).one()
    assert stored[0].startswith(PREFIX) and stored[1].startswith(PREFIX)
    with sqlite_db.session(fresh) as s:
        assert cases.get_case(s, fresh, case_id).notes == "旧的备注"
        assert cases.get_case(s, fresh, case_id).person_id == person_id
        assert [r.id for r in cases.list_cases(s, fresh, query="清公(凤)决字〔2026〕31号")] == [case_id]
    with sqlite_db.session(worker) as s:      # the discarded key opens nothing, not even whose case it is
        with pytest.raises(UserError, match="无法读取"):
            cases.get_case(s, worker, case_id)
        assert [r.label for r in cases.list_cases(s, worker)] == [UNREADABLE]
