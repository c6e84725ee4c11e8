"""The PostgreSQL databases the tests receive: one given back and handed out again is as a fresh copy is."""

from __future__ import annotations

import pytest

from desktop.core.db import Database
from desktop.core.roles import Role
from tests import conftest, helpers
from tests.pg_server import DatabasePool, _dirty, _shape

pytestmark = pytest.mark.postgres


def _fill(server, name: str) -> None:  # noqa: ANN001
    db = Database(server.url(name))
    try:
        helpers.community(db, "西湖社区")
        helpers.admin(db)
        helpers.actor(db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
        with db.engine.begin() as c:
            c.exec_driver_sql("UPDATE roster_tags SET name = name || '！'")          # a row of the template's
            for (seq,) in c.exec_driver_sql("select schemaname || '.' || sequencename from pg_sequences"):
                c.exec_driver_sql(f"select nextval('{seq}')")
    finally:
        db.dispose()


def test_a_database_given_back_is_handed_out_again_as_a_new_copy_would_be() -> None:
    server = conftest._pg()
    pool = DatabasePool(server, conftest.pg_template())
    name = pool.take()
    with server.connect(name) as conn:
        fresh = _shape(conn)
    _fill(server, name)
    with server.connect(name) as conn:
        assert _shape(conn) != fresh and len(_dirty(conn, pool.snapshot)) >= 4     # the test's rows are seen
    pool.give_back(name)
    again = pool.take()
    assert again == name and (pool.reused, pool.copied) == (1, 1)
    with server.connect(again) as conn:
        assert _shape(conn) == fresh and _dirty(conn, pool.snapshot) == []
        assert conn.execute("select count(*) from roster_tags where name like '%！'").fetchone()[0] == 0
    pool.give_back(again)
    server.drop_database(again)


@pytest.mark.parametrize("change", ["ANALYZE", "ALTER TABLE people DISABLE TRIGGER USER",
                                    "CREATE INDEX extra ON users (display_name)", "ALTER TABLE users ADD COLUMN x int"])
def test_a_database_whose_schema_or_figures_changed_is_not_handed_out_again(change: str) -> None:
    server = conftest._pg()
    pool = DatabasePool(server, conftest.pg_template())
    name = pool.take()
    _fill(server, name)
    with server.connect(name) as conn:
        conn.execute(change)
    pool.give_back(name)
    assert pool.idle == []
    with server.connect("postgres") as conn:
        assert conn.execute("select count(*) from pg_database where datname = %s", (name,)).fetchone()[0] == 0
