"""`export followups --due-before DATE OUT.csv --user U`: works for a rehab worker, refused (one line,
non-zero exit, audited) for anyone else."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.audit import AuditEntry
from tests import helpers


def _run(sworld: Any, user: str, out: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    return main(["--db", str(sworld.db.sqlite_path), "export", "followups", "--due-before", "2026-12-31",
                 str(out), "--user", user])


def test_worker_exports_due_followups(sworld: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "due.csv"
    assert _run(sworld, "w1", out, monkeypatch) == 0
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][:2] == ["个案", "类别"] and rows[1][0] == "阿杰" and len(rows) == 2
    assert "4418" not in out.read_text(encoding="utf-8-sig") and "陈志杰" not in out.read_text(encoding="utf-8-sig")
    assert "已导出 1 条" in capsys.readouterr().out
    with sworld.db.session() as s:
        assert s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "export",
                                                        AuditEntry.actor_id == sworld.w1.id)).startswith("到期随访 1 条")


@pytest.mark.parametrize("user", ["duty", "reception", "social"])
def test_others_are_refused_in_one_line_and_audited(sworld: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str], user: str) -> None:
    out = tmp_path / "due.csv"
    assert _run(sworld, user, out, monkeypatch) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "没有此权限" in err
    assert not out.exists()
    who = getattr(sworld, user)
    with sworld.db.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "denied", AuditEntry.actor_id == who.id)).all()
    assert len(denied) == 1 and denied[0].entity == "rehab_followups"
