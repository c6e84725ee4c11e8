"""The administrator's attack: holding the database's data key (their own password unwraps it) but not
the rehab key, copy the encrypted file, open it with sqlcipher3 alone and look for who the clients are.

The world is the demo's (communities, residents, publicity events, the anti-drug volunteer team with a
client among them, a dozen cases) plus a working day on it: the worker opens, searches, prints and
exports; a social worker merges a client's duplicate record, undoes it and merges it again, and merges
a volunteer's duplicate the same way. Then `encrypt` and the attack. Only the unwrapping of the
administrator's key uses Linli; the rest is raw SQL on every table, audit trail included.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import timedelta
from pathlib import Path


from desktop.core import accounts
from desktop.core.clock import today
from desktop.core.db import Database
from desktop.core.encrypt_plain import encrypt_database
from desktop.core.vault import Vault
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import printing, statute
from desktop.rehab.demo import VOLUNTEER_TAG
from desktop.roster import service as roster
from desktop.roster.models import Person
from desktop.roster.service import PersonInput
from tests import helpers

PASSWORD = helpers.PASSWORD          # the demo world's (tests/demo_world.py): every module's demo


def _sign_in(db: Database, username: str):  # noqa: ANN202
    with db.session() as s:
        return accounts.authenticate(s, username, PASSWORD)


def _duplicate_and_merge(db: Database, social, person_id: str, phone: str) -> None:  # noqa: ANN001
    """A second record of the person (from a sheet), merged into by the social worker, undone, merged again:
    the new record is kept, so a case of the person must follow it."""
    with db.session(social) as s:
        p = s.get(Person, person_id)
        dup = roster.save_person(s, social, PersonInput(name=p.name, community_id=p.community_id, phone=phone))
        merged = roster.merge_people(s, social, dup, person_id)
    with db.session(social) as s:
        roster.undo_merge(s, social, merged.merge_id)
    with db.session(social) as s:
        roster.merge_people(s, social, dup, person_id)


def _working_day(db: Database, tmp: Path) -> dict[str, set[str]]:
    """The day's work; returns what identifies the clients (every record id that ever stood for one)."""
    sup, pan, social = _sign_in(db, "supervisor"), _sign_in(db, "rehab"), _sign_in(db, "social")
    with db.session(sup) as s:
        details = [cases.get_case(s, sup, r.id) for r in cases.list_cases(s, sup, status=None)]
    ajie = next(d for d in details if d.alias == "阿杰")
    with db.session(pan) as s:
        cases.get_case(s, pan, ajie.id)
        assert [r.id for r in cases.list_cases(s, pan, query=ajie.name)] == [ajie.id]
        fu.add_followup(s, pan, ajie.id, fu.FollowUpInput(on=today() - timedelta(days=1), method="到站",
                                                          content="按时到站检测", test_kind="尿检", test_result="阴性"))
        printing.print_case_summary(s, pan, ajie.id, tmp / "summary.pdf")
        fu.export_followups_csv(s, pan, due_before=today() + timedelta(days=7), out=tmp / "due.csv")
        report = next(a.report_id for a in statute.statute_alerts(s, pan, on=today()) if a.report_id)
        printing.print_police_report(s, pan, report, tmp / "report.pdf")       # §21: 逾期未报到
    with db.session(social) as s:
        volunteer = s.query(Person).filter(Person.tags.contains(VOLUNTEER_TAG), Person.deleted_at.is_(None),
                                           Person.community_id == s.get(Person, ajie.person_id).community_id,
                                           Person.id != ajie.person_id).first()
        assert volunteer is not None
        volunteer_id = volunteer.id
    _duplicate_and_merge(db, social, ajie.person_id, "13711112222")
    _duplicate_and_merge(db, social, volunteer_id, "13733334444")
    with db.session(sup) as s:
        after = {d.id: d for d in (cases.get_case(s, sup, r.id) for r in cases.list_cases(s, sup, status=None))}
    assert after[ajie.id].person_id != ajie.person_id and after[ajie.id].phone == "13711112222"   # followed
    return {"ids": {d.person_id for d in details} | {d.person_id for d in after.values()},
            "names": {d.name for d in details}, "numbers": {d.id_number for d in details if d.id_number},
            "volunteer": {volunteer_id}}


def _dump(path: Path, key: bytes) -> dict[str, list[dict[str, object]]]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        cur = conn.execute(f'SELECT * FROM "{name}"')
        cols = [c[0] for c in cur.description]
        out[name] = [dict(zip(cols, row)) for row in cur.fetchall()]
    conn.close()
    return out


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _text(row: dict[str, object]) -> str:
    return "\x1f".join("" if v is None else str(v) for v in row.values())


def _ids_in(row: dict[str, object]) -> set[str]:
    return set(UUID.findall(_text(row)))


def test_the_administrators_data_key_names_no_client(demo_db: Database, tmp_path: Path) -> None:
    sqlite_db = demo_db
    clients = _working_day(sqlite_db, tmp_path)
    admin = _sign_in(sqlite_db, "admin")
    encrypt_database(sqlite_db, admin, PASSWORD, tmp_path / "backups")
    sqlite_db.dispose()

    # --- the attack: the administrator's own password, the key file, sqlcipher3 ---------------------------
    path = sqlite_db.sqlite_path
    assert path is not None
    data_key = Vault.load(path).unlock("admin", PASSWORD).data_key
    tables = _dump(path, data_key)
    people = {r["id"] for r in tables["people"]}
    clients_now = clients["ids"]
    assert clients_now <= people and len(clients_now) >= 13        # twelve cases, one followed through a merge
    person_values = {str(v) for r in tables["people"] for k, v in r.items()
                     if k in ("id", "name", "id_number", "phone") and v} | \
        {r["id"] for r in tables["communities"]}

    # 1. Nothing in a rehab table holds an id, name, ID number or phone of anyone in the roster, or a community.
    for name, rows in tables.items():
        if not name.startswith("rehab_"):
            continue
        for row in rows:
            values = {str(v) for v in row.values() if v is not None}
            assert not values & person_values, (name, values & person_values)
            text = _text(row)
            assert not [n for n in clients["names"] | clients["numbers"] if n in text], name

    # 2. The audit trail: no row about a rehab record mentions a person; no row counts or names a case.
    for row in tables["audit_log"]:
        text = _text(row)
        if str(row["entity"] or "").startswith("rehab_"):
            assert not _ids_in(row) & people, row
            assert not [n for n in clients["names"] | clients["numbers"] | {"社区戒毒", "社区康复"} if n in text], row
        assert "其他记录" not in text, row
    # 3. The merge journal never saw a case.
    for row in tables["person_merges"]:
        assert "rehab" not in str(row["steps"]) and "其他记录" not in str(row["summary"])
        assert all(step[0] != "rehab_cases" for step in json.loads(str(row["steps"])))

    # 4. Wherever a client appears outside the rehab tables, the same kind of row exists for people who are
    # not clients: per (table, column) of a plain id, and per (entity, action, actor) of an audit row.
    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, rows in tables.items():
        for row in rows:
            for col, value in row.items():
                if isinstance(value, str) and value in people:
                    where[(name, col)].add(value)
    for spot, ids in where.items():
        if ids & clients_now:
            assert ids - clients_now, f"{spot} holds only clients"
    audit_kinds: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for row in tables["audit_log"]:
        for pid in _ids_in(row) & people:
            audit_kinds[(row["entity"], row["action"], row["actor_name"])].add(pid)
    for kind, ids in audit_kinds.items():
        if ids & clients_now:
            assert ids - clients_now, f"audit rows {kind} are about clients only"
