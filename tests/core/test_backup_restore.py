"""Backups while others write, restore only by an administrator, never of a newer database."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.backup import backup_sqlite, check_copy
from desktop.core.db import Database
from tests import helpers

WRITER = """
import os, sqlite3, sys, time, uuid
conn = sqlite3.connect(sys.argv[1], timeout=10)
conn.execute("PRAGMA journal_mode=WAL")
end, n = time.monotonic() + 30, 0
while time.monotonic() < end and not os.path.exists(sys.argv[2]):
    conn.execute("INSERT INTO audit_log(id, at, action, detail) VALUES (?, '2026-01-01 00:00:00', 'view', ?)",
                 (str(uuid.uuid4()), "x" * 500))
    conn.commit()
    n += 1
    if n == 1:
        print("writing", flush=True)
print(n, flush=True)
"""


def test_backup_succeeds_while_another_process_writes(sqlite_db: Database, tmp_path: Path) -> None:
    helpers.admin(sqlite_db)
    path = sqlite_db.sqlite_path
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(stop)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"   # it has committed once
        results = [backup_sqlite(path, tmp_path / "bk") for _ in range(5)]
    finally:
        stop.touch()                                  # the writer stops once the backups are done
        out, _ = writer.communicate(timeout=30)
    assert writer.returncode == 0 and int(out) > 1
    assert len(results) == 5 and all(r.path.exists() and r.rows > 0 for r in results)
    for r in results:
        assert check_copy(r.path).tables["users"] == 1
    assert not list((tmp_path / "bk").glob("*.partial"))


@pytest.fixture
def plain(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> Path:
    helpers.admin(sqlite_db)
    sqlite_db.dispose()
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    return sqlite_db.sqlite_path  # type: ignore[return-value]


def test_restore_of_a_newer_database_touches_nothing(plain: Path, tmp_path: Path, capsys) -> None:
    assert main(["--db", str(plain), "backup", "--to", str(tmp_path / "bk"), "--user", "admin"]) == 0
    newer = next((tmp_path / "bk").glob("*.db"))
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(plain)                        # the live file settled (its WAL folded in)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before_backup, before_db = newer.read_bytes(), plain.read_bytes()
    assert main(["--db", str(plain), "restore", str(newer), "--user", "admin"]) == 1
    err = capsys.readouterr().err
    assert "更新版本" in err and "什么都没有改动" in err
    assert newer.read_bytes() == before_backup
    assert plain.read_bytes() == before_db
    assert not Path(str(newer) + "-wal").exists() and not Path(str(newer) + "-shm").exists()
    assert not list(plain.parent.glob("*-before-restore-*"))
    assert main(["--db", str(plain), "backup", "--verify", str(newer)]) == 1
    assert main(["--db", str(newer), "check"]) == 1                 # opened directly: still untouched
    assert "比本程序新" in capsys.readouterr().err
    assert newer.read_bytes() == before_backup and not Path(str(newer) + "-wal").exists()


def test_restore_needs_an_administrator_and_a_linli_database(plain: Path, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    assert main(["--db", str(plain), "restore", str(empty), "--user", "admin"]) == 1
    assert "不是邻里的数据库" in capsys.readouterr().err
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    assert main(["--db", str(plain), "restore", str(other), "--user", "admin"]) == 1
    assert "缺少" in capsys.readouterr().err
    assert main(["--db", str(plain), "backup", "--to", str(tmp_path / "bk"), "--user", "admin"]) == 0
    copy = next((tmp_path / "bk").glob("*.db"))
    assert main(["--db", str(plain), "restore", str(copy)]) == 1
    assert "管理员" in capsys.readouterr().err
    db = Database(f"sqlite:///{plain}")
    helpers.actor(db, "rec", helpers.Role.RECEPTION)
    db.dispose()
    assert main(["--db", str(plain), "backup", "--to", str(tmp_path / "bk2"), "--user", "admin"]) == 0
    copy2 = next((tmp_path / "bk2").glob("*.db"))
    assert main(["--db", str(plain), "restore", str(copy2), "--user", "rec"]) == 1
    assert "不是这份备份里的管理员" in capsys.readouterr().err
    assert main(["--db", str(plain), "backup", "--verify", str(copy2)]) == 0
    assert "备份可用" in capsys.readouterr().out
    assert main(["--db", str(plain), "restore", str(copy2), "--user", "admin"]) == 0
