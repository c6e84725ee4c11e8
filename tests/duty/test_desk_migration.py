"""0210_duty_desk on a database with duty already in use: the columns come in place (the shifts that
requests and rounds refer to are not rebuilt), old shifts read as ended by their volunteer, and back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from desktop.core.db import Database, sqlite_url
from desktop.core.migrate import alembic_config, upgrade

T0 = "2026-07-01 02:00:00.000000"


def _insert(conn: sa.Connection, table: str, **values: object) -> None:
    stamp = dict(created_at=T0, updated_at=T0, updated_by="sw", version=1)
    values = {**stamp, **values}
    conn.execute(sa.text(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join(':' + k for k in values)})"),
                 values)


def _duty_in_use(conn: sa.Connection) -> None:
    _insert(conn, "communities", id="c1", name="西湖社区", street="凤城街道", district="清城区", address="", phone="")
    _insert(conn, "duty_teams", id="t1", community_id="c1", name="6号楼志愿服务队", notes="")
    _insert(conn, "duty_members", id="m1", team_id="t1", name="李秀英", phone="", is_captain=True, skills="",
            weekdays="1234567", max_per_week=3, active=True)
    _insert(conn, "duty_posts", id="p1", team_id="t1", name="值班室", place="", rounds="10:00", sort_order=0)
    for sid in ("s1", "s2"):
        _insert(conn, "duty_shifts", id=sid, team_id="t1", post_id="p1", day=date(2026, 7, 1).isoformat(), slot=0,
                start_at=T0, end_at="2026-07-01 06:00:00.000000", member_id="m1", check_in_at=T0,
                check_out_at="2026-07-01 06:00:00.000000", checked_in_by="李秀英", note="")
    _insert(conn, "duty_requests", id="r1", shift_id="s1", kind="代班", to_member_id="m1", other_shift_id="s2",
            reason="", state="待批", asked_by="李秀英", asked_at=T0, decided_by="")
    _insert(conn, "duty_round_checks", id="k1", post_id="p1", due_at=T0, done_at=T0, member_id="m1", author="李秀英")


def test_the_desk_columns_come_in_place_on_a_database_in_use(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "in-use.db"))
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0230_volunteers")
        _duty_in_use(conn)
    upgrade(db, backups=tmp_path / "backups")
    with db.engine.connect() as conn:
        team = conn.execute(sa.text("SELECT early_start_minutes FROM duty_teams")).scalar_one()
        shifts = conn.execute(sa.text("SELECT id, checkout_state, checked_out_by, covered_member_id FROM duty_shifts"
                                      " ORDER BY id")).all()
        rounds = conn.execute(sa.text("SELECT entered_late, note FROM duty_round_checks")).all()
        assert conn.execute(sa.text("SELECT shift_id FROM duty_requests")).scalar_one() == "s1"
    assert team == 30 and [tuple(r) for r in shifts] == [("s1", "", "", None), ("s2", "", "", None)]
    assert [tuple(r) for r in rounds] == [(0, "")]
    with db.engine.begin() as conn:                     # and back, the rows kept
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0230_volunteers")
        columns = {c["name"] for c in sa.inspect(conn).get_columns("duty_shifts")}
        assert "checkout_state" not in columns and "duty_log_acks" not in sa.inspect(conn).get_table_names()
        assert conn.execute(sa.text("SELECT count(*) FROM duty_shifts")).scalar_one() == 2
    db.dispose()
