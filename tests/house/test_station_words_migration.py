"""0430_station_words and 0101_activity_kinds: what an English desk saved as its window showed it (an activity's kind, a relation) is
put back into the station's words on upgrade; what someone typed stays as typed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from desktop.activities import activity_service
from desktop.core import clock
from desktop.core.migrate import alembic_config, upgrade
from desktop.roster import service as roster
from tests import helpers
from tests.demo_world import migrated_db


def test_an_english_desks_words_go_back_into_chinese_and_typed_ones_stay(tmp_path: Path) -> None:
    db = migrated_db(tmp_path / "station.db")
    admin = helpers.admin(db)
    cid = helpers.community(db)
    start = clock.utcnow() + timedelta(days=1)
    people, activities = {}, {}
    with db.session(admin) as s:
        for name, relation in (("黄丽华", "F"), ("黄志强", "Head"), ("黄小明", "朋友"), ("黄婷", "女")):
            people[name] = roster.save_person(s, admin, roster.PersonInput(name=name, relation=relation,
                                                                            community_id=cid))
        for title, kind in (("集体生日会", "Birthday party"), ("手工课", "手工课"), ("探访", "Visits")):
            activities[title] = activity_service.create_activity(s, admin, activity_service.ActivityInput(
                title=title, community_id=cid, starts_at=start, ends_at=start + timedelta(hours=1), kind=kind))
    with db.engine.begin() as conn:                       # as the file was before the revision
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0421_people_spare_indexes")
        command.downgrade(cfg, "0100_activities")
        before = dict(conn.execute(sa.text("SELECT id, version FROM people")).all())
    upgrade(db, backups=tmp_path / "backups")
    with db.engine.connect() as conn:
        relation = dict(conn.execute(sa.text("SELECT id, relation FROM people")).all())
        version = dict(conn.execute(sa.text("SELECT id, version FROM people")).all())
        kind = dict(conn.execute(sa.text("SELECT id, kind FROM activities")).all())
    assert [relation[people[n]] for n in ("黄丽华", "黄志强", "黄小明", "黄婷")] == ["女", "户主", "朋友", "女"]
    assert [kind[activities[t]] for t in ("集体生日会", "手工课", "探访")] == ["生日会", "手工课", "探访"]
    assert version[people["黄丽华"]] == before[people["黄丽华"]] + 1         # an edit, as far as any window knows
    assert version[people["黄小明"]] == before[people["黄小明"]]              # untouched
    db.dispose()
