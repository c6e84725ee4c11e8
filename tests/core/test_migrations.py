"""Schema is only changed by migrations; a newer database is refused; a backup comes first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.core.backup import verify_sqlite
from desktop.core.db import Database, sqlite_url
from desktop.core.errors import DatabaseTooNew
from desktop.core.migrate import alembic_config, schema_state, upgrade
from desktop.migrations.filters import include_name
from desktop.models_registry import metadata


def test_autogenerate_finds_no_difference_after_migrating(db: Database) -> None:
    with db.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diff == []
    assert schema_state(db).up_to_date


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    db = Database(sqlite_url(path))
    upgrade(db, backups=None)
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version(version_num) VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    db = Database(sqlite_url(path))
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        upgrade(db, backups=tmp_path / "backups")
    db.dispose()
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_pending_migration_takes_a_verified_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(sqlite_url(path))
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("INSERT INTO app_settings(key, value) VALUES ('org_name', '\"x\"')")
    state = schema_state(db)
    if state.up_to_date:
        pytest.skip("only one migration so far: nothing pending to test against")
    copy = upgrade(db, backups=tmp_path / "backups")
    assert copy is not None and copy.exists()
    assert verify_sqlite(copy)["app_settings"] == 1
    assert schema_state(db).up_to_date


def test_fast_revision_reading_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from desktop.core.migrate import _revision_graph

    scripts = ScriptDirectory.from_config(alembic_config())
    known, heads = _revision_graph()
    assert known == {r.revision for r in scripts.walk_revisions()}
    assert heads == set(scripts.get_heads())


def test_a_roster_database_passes_the_check_and_backs_up(tmp_path: Path) -> None:
    """People and their search keys must not trip the integrity check that guards every backup."""
    from desktop.core.backup import backup_sqlite
    from desktop.core.security import SYSTEM
    from desktop.roster import service
    from desktop.core.communities import Community

    path = tmp_path / "roster.db"
    db = Database(sqlite_url(path))
    upgrade(db, backups=None)
    with db.session(SYSTEM) as s:
        c = Community(name="西湖社区")
        s.add(c)
        s.flush()
        service.save_person(s, SYSTEM, service.PersonInput(name="陈富森", community_id=c.id, phone="13812345678"))
    db.dispose()
    counts = verify_sqlite(path)
    assert counts["people"] == 1 and counts["people_keys"] > 5
    copy = backup_sqlite(path, tmp_path / "bk")
    assert copy.path.exists() and not Path(str(copy.path) + "-wal").exists()


def test_one_head_per_module_chain() -> None:
    """Parallel work that chains two migrations on the same parent leaves a chain with two heads: the
    foundation and each module (activities, duty, rehab, elder, …) must end in exactly one revision."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    chain_of: dict[str, str] = {}
    for rev in reversed(list(scripts.walk_revisions())):      # base first
        labels = set(rev.branch_labels or ())
        parents = rev._all_down_revisions
        chain_of[rev.revision] = (sorted(labels)[0] if labels
                                  else chain_of[parents[0]] if parents else "foundation")
    heads = [chain_of[h] for h in scripts.get_heads()]
    assert sorted(heads) == sorted(set(heads)), f"a chain with several heads: {sorted(scripts.get_heads())}"
