"""0230_volunteers: certificates of the duty register move into the volunteers' register, serials kept."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from desktop.core.db import Database, sqlite_url
from desktop.core.orm import UTCDateTime
from desktop.core.migrate import alembic_config, upgrade
from desktop.core.security import SYSTEM
from desktop.volunteers import certificates

T0 = datetime(2026, 7, 1, 2, 0, tzinfo=UTC)


def _table(name: str, *cols: str) -> sa.TableClause:
    return sa.table(name, *[sa.column(c, UTCDateTime()) if c.endswith("_at") else sa.column(c) for c in cols])


def _rows(conn: sa.Connection) -> None:
    stamp = dict(created_at=T0, updated_at=T0, updated_by="sw", version=1, deleted_at=None)
    conn.execute(_table("communities", "id", "name", "street", "district", "address", "phone", *stamp).insert(),
                 [dict(id="c1", name="西湖社区", street="凤城街道", district="清城区", address="", phone="0763-3300000",
                       **stamp)])
    conn.execute(_table("people", "id", "community_id", "name", "name_pinyin", "name_initials", "sex", "ethnicity",
                        "id_number", "phone", "phone2", "relation", "residence_type", "notes", *stamp).insert(),
                 [dict(id="p1", community_id="c1", name="李秀英", name_pinyin="lixiuying", name_initials="lxy", sex="F",
                       ethnicity="", id_number=None, phone="", phone2="", relation="", residence_type="", notes="",
                       **stamp)])
    conn.execute(_table("duty_teams", "id", "community_id", "name", "notes", *stamp).insert(),
                 [dict(id="t1", community_id="c1", name="6号楼志愿服务队", notes="", **stamp)])
    members = _table("duty_members", "id", "team_id", "person_id", "name", "phone", "is_captain", "skills", "weekdays",
                     "max_per_week", "active", *stamp)
    base = dict(team_id="t1", skills="", weekdays="1234567", max_per_week=3, active=True, **stamp)
    conn.execute(members.insert(), [dict(id="m1", person_id="p1", name="李秀英", phone="", is_captain=False, **base),
                                    dict(id="m2", person_id=None, name="赵师傅", phone="13902201234", is_captain=False,
                                         **base),
                                    dict(id="m3", person_id=None, name="陈富森", phone="13800000000", is_captain=True,
                                         **base)])
    certs = _table("duty_certificates", "id", "serial", "year", "seq", "member_id", "period_from", "period_to",
                   "minutes", "content", "organisation", "issued_on", "issued_by", *stamp)
    row = dict(year=2026, period_from=date(2026, 6, 1), period_to=date(2026, 6, 30), content="值班",
               organisation="凤城街道西湖社区6号楼志愿服务队", issued_on=date(2026, 7, 1), issued_by="何社工")
    conn.execute(certs.insert(), [
        dict(id="k1", serial="FCZY-2026-00001", seq=1, member_id="m1", minutes=300, **row, **stamp),
        dict(id="k2", serial="FCZY-2026-00002", seq=2, member_id="m2", minutes=120, **row, **stamp),
        dict(id="k3", serial="FCZY-2026-00003", seq=3, member_id="m1", minutes=60, **row,
             **{**stamp, "deleted_at": T0})])


def test_duty_certificates_move_into_the_register(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "old.db"))
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0200_duty")
        _rows(conn)
    upgrade(db, backups=tmp_path / "backups")
    with db.session(SYSTEM) as s:
        rows = {r.serial: r for r in certificates.register(s, SYSTEM)}
        assert sorted(rows) == ["FCZY-2026-00001", "FCZY-2026-00002", "FCZY-2026-00003"]
        one, two, three = (rows[f"FCZY-2026-0000{n}"] for n in (1, 2, 3))
        assert (one.id, one.name, one.minutes, one.organisation) == ("k1", "李秀英", 300, "凤城街道西湖社区6号楼志愿服务队")
        assert one.responsible == "陈富森" and one.contact == "0763-3300000"      # the captain; the community's phone
        assert two.name == "赵师傅" and three.voided and three.volunteer_id == one.volunteer_id
        # the register goes on from where the duty register stopped
        vols = s.execute(sa.text("SELECT person_id, duty_member_id FROM volunteers ORDER BY name")).all()
        assert sorted(vols, key=str) == sorted([("p1", None), (None, "m2")], key=str)
    db.dispose()
    with db.engine.begin() as conn:                         # and back: the duty register is rebuilt
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0220_duty_holiday_years")
        back = conn.execute(sa.text("SELECT serial, member_id FROM duty_certificates ORDER BY serial")).all()
    assert back == [("FCZY-2026-00001", "m1"), ("FCZY-2026-00002", "m2"), ("FCZY-2026-00003", "m1")]
