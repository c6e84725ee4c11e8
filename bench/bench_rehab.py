"""rehab_due_list_ms: a worker's due-this-week + overdue list over 5,000 cases and 200,000 follow-ups.

The cases are stored as the program stores them: person link, kind and alias sealed under the rehab
key, which the worker holds. Floor: a bare `SELECT count(*) FROM rehab_followups` in the same database
and run.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, text

from bench.harness import Recorder, best_of
from desktop.core.clock import utcnow
from desktop.core.db import Database, sqlite_url
from desktop.core.migrate import upgrade
from desktop.core.roles import Role
from desktop.core.crypto import new_key
from desktop.core.sealed import link_token, seal_text
from desktop.core.security import SYSTEM, Actor, Keys, User
from desktop.rehab import followup_service as fu
from desktop.rehab import plans, statute
from desktop.rehab.models import CaseShare, FollowUp, RehabCase
from desktop.core.communities import Community
from desktop.roster.models import Person

CASES = 5_000
FOLLOWUPS = 200_000
WORKERS = 60
TODAY = date(2026, 11, 30)


def _sync(now: object) -> dict[str, object]:
    return {"id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "version": 1}


def build(db: Database) -> tuple[Actor, Actor]:
    rng = random.Random(6)
    key = new_key()
    now = utcnow()
    rules = list(plans.DEFAULT_RULES)
    with db.session(SYSTEM) as s:
        community = Community(name="西湖社区", street="凤城街道")
        s.add(community)
        s.flush()
        cid = community.id
        users = [dict(_sync(now), username=f"rw{i:02d}", display_name=f"禁毒社工{i:02d}", password_hash="x",
                      role=Role.REHAB_WORKER.value, active=True, phone="", failed_logins=0) for i in range(WORKERS)]
        sup = dict(_sync(now), username="sup", display_name="督导", password_hash="x", role=Role.SUPERVISOR.value,
                   active=True, phone="", failed_logins=0)
        s.execute(insert(User), [*users, sup])
        people, cases, follows = [], [], []
        per_case = FOLLOWUPS // CASES
        for n in range(CASES):
            p = dict(_sync(now), community_id=cid, name=f"陈{n:04d}", name_pinyin="", name_initials="", sex="M",
                     ethnicity="", phone="", phone2="", relation="", residence_type="", notes="")
            people.append(p)
            start = TODAY - timedelta(days=rng.randint(30, 1000))
            case = dict(_sync(now), person_ref=seal_text(key, p["id"]), person_token=link_token(key, p["id"]),
                        community_ref=seal_text(key, cid), kind=seal_text(key, "社区戒毒"), decision_no="",
                        decision_date=start, decision_authority="", start_date=start, end_date=statute.term_end(start),
                        reported_on=start, responsible_user_id=users[n % WORKERS]["id"], police_liaison="",
                        status="在管" if n % 10 else "期满解除", status_since=start, risk_level="中",
                        alias=seal_text(key, f"阿{n}") if n % 3 else "",     # a third without an alias
                        transfer_to="", notes="", missed_tests=0, unauthorised_absences=0, days_away=0)
            span = max((TODAY - start).days - 1, per_case)
            days = sorted(rng.sample(range(span), per_case))
            last = last_test = None
            for k, d in enumerate(days):
                on = start + timedelta(days=d)
                tested = k % 4 == 0
                follows.append(dict(_sync(now), case_id=case["id"], on=on, method="电话", content="",
                                    test_kind="尿检" if tested else "", test_result="阴性" if tested else "",
                                    next_due=plans.next_contact(rules, start, on)))
                last = on
                last_test = on if tested else last_test
            case.update(last_contact_on=last, last_test_on=last_test,
                        next_contact_due=plans.next_contact(rules, start, last),
                        next_test_due=plans.next_test(rules, start, last_test))
            case["next_due"] = min(case["next_contact_due"], case["next_test_due"])
            cases.append(case)
        s.execute(insert(Person), people)
        s.execute(insert(RehabCase), cases)
        for i in range(0, len(follows), 20_000):
            s.execute(insert(FollowUp), follows[i:i + 20_000])
        shares = [dict(_sync(now), case_id=cases[k]["id"], user_id=users[0]["id"]) for k in range(1, 6)]
        s.execute(insert(CaseShare), shares)
    keys = Keys(private=b"", rehab=key)
    worker = Actor(id=users[0]["id"], username="rw00", display_name="禁毒社工00", role=Role.REHAB_WORKER, keys=keys)
    supervisor = Actor(id=sup["id"], username="sup", display_name="督导", role=Role.SUPERVISOR, keys=keys)
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("ANALYZE"))
    return worker, supervisor


def run(rec: Recorder, tmp: Path) -> None:
    db = Database(sqlite_url(tmp / "rehab-bench.db"))
    upgrade(db, backups=None)
    worker, supervisor = build(db)
    with db.session(worker) as s:
        assert s.scalar(text("SELECT count(*) FROM rehab_followups")) == FOLLOWUPS
        rows = fu.due_followups(s, worker, on=TODAY)
        assert rows and all(r.due <= TODAY + timedelta(days=7) for r in rows)
        assert all(r.label.startswith("阿") or r.label.startswith("陈*") for r in rows)   # opened: alias or name

        def due() -> None:
            fu.due_followups(s, worker, on=TODAY)

        def due_all() -> None:
            fu.due_followups(s, supervisor, on=TODAY)

        def floor() -> None:
            s.execute(text("SELECT count(*) FROM rehab_followups")).scalar()

        floor_s = best_of(floor, repeat=7)
        rec.add("rehab_due_list_ms", best_of(due, repeat=15) * 1000, "ms", floor=floor_s * 1000, limit=50)
        rec.add("rehab_due_list_all_ms", best_of(due_all, repeat=7) * 1000, "ms", floor=floor_s * 1000)
    db.dispose()
