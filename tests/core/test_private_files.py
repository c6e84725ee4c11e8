"""Files Linli writes are the account's own on POSIX: the database and its WAL/SHM, backups, restored
files, exports and the log are 0600, their folders 0700 — also where an older installation made them
world-readable (0644) or a copy would carry the source's mode."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.backup import backup_sqlite, restore_sqlite
from desktop.core.db import Database, sqlite_url
from desktop.core.paths import exports_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows keeps the profile ACL")
ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_run_of_the_program_leaves_nothing_readable_by_others(tmp_path: Path) -> None:
    """The composition root (main.py) at work: user add, backup and two exports in one process."""
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    old = data / "backups" / "linli-backup-old.db"
    old.write_bytes(b"an older copy")
    for path, m in ((data, 0o755), (data / "backups", 0o755), (old, 0o644)):
        path.chmod(m)
    db, out = tmp_path / "desk" / "linli.db", tmp_path / "out"
    script = textwrap.dedent(f"""
        import os, sys
        os.umask(0o022)                                   # the usual default of a desktop session
        from desktop.cli import main
        db = {str(db)!r}
        for argv in (["--db", db, "user", "add", "admin", "--role", "admin"],
                     ["--db", db, "backup", "--user", "admin"],
                     ["--db", db, "export", "members", {str(out / 'members.csv')!r}, "--user", "admin"],
                     ["--db", db, "export", "audit", "--from", "2026-01-01", "--to", "2026-12-31",
                      {str(out / 'audit.csv')!r}, "--user", "admin"]):
            assert main(argv) == 0, argv
    """)
    env = dict(os.environ, LINLI_DATA_DIR=str(data), LINLI_PASSWORD="test-pass-1",
               LINLI_NEW_PASSWORD="test-pass-1", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    files = [db, *[p for p in (Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()],
             *(data / "backups").iterdir(), out / "members.csv", out / "audit.csv"]
    assert len(list((data / "backups").glob("*.db"))) == 2      # (and the new copy's key file beside it)
    for f in files:
        assert mode(f) == 0o600, f
    for d in (data, data / "backups", out):
        assert mode(d) == 0o700, d


def test_database_backup_restore_and_export_folder_are_private_whatever_the_umask(tmp_path: Path) -> None:
    saved = os.umask(0o022)
    try:
        db_file = tmp_path / "linli.db"
        db = Database(sqlite_url(db_file))
        with db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
            conn.exec_driver_sql("INSERT INTO t VALUES ('陈富森')")
            for table in ("alembic_version(version_num TEXT)", "users(id TEXT)", "audit_log(id TEXT)"):
                conn.exec_driver_sql(f"CREATE TABLE {table}")   # restore takes only a Linli database
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0001')")
            conn.exec_driver_sql("INSERT INTO users VALUES ('u1')")
        assert mode(db_file) == 0o600 and mode(Path(f"{db_file}-wal")) == 0o600
        copy = backup_sqlite(db_file, tmp_path / "backups").path
        assert mode(copy) == 0o600
        db.dispose()
        copy.chmod(0o644)                                 # e.g. brought back from a USB stick
        target = tmp_path / "restored.db"
        restore_sqlite(copy, target)
        assert mode(target) == 0o600
        folder = exports_dir("../曾生")                    # a user name is never a path
        assert folder.parent.name == "exports" and folder.name == "_曾生"
        assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    finally:
        os.umask(saved)
