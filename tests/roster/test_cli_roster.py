"""Headless `import-roster` and `export roster` through desktop.cli.main, as main.py runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.roles import Role
from desktop.roster.models import Person
from tests import helpers
from tests.roster.roster_sheets import (
    EXISTING_ID, copy_database, messy_roster, migrated_template, pid, simple_roster,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_template(tmp_path_factory.mktemp("cli"), (("sg1", Role.SOCIAL_WORKER, ["西湖社区"]),
                                                               ("qt1", Role.RECEPTION, ["西湖社区"])))


@pytest.fixture
def setup(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db = copy_database(template, tmp_path)
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    sheet = tmp_path / "花名册.xlsx"
    messy_roster(sheet, EXISTING_ID)
    yield db, str(db.sqlite_path), sheet
    db.dispose()


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Person))


def test_import_dry_run_then_real_with_report(setup, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db, path, sheet = setup
    code = main(["--db", path, "import-roster", str(sheet), "--community", "西湖社区", "--dry-run", "--user", "sg1"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "试运行（未写入）：导入 6，合并 0，拒绝 5" in out
    assert "跳过 3 行（空行 2，合计行 1）" in out
    assert "第 8 行：身份证号被存成了数字" in err
    assert _count(db) == 0
    report = tmp_path / "out" / "错误.xlsx"
    code = main(["--db", path, "import-roster", str(sheet), "--community", "西湖社区", "--report", str(report),
                 "--user", "sg1"])
    out, err = capsys.readouterr()
    assert code == 1 and "导入 6，合并 0，拒绝 5" in out and f"错误报告：{report}" in out
    assert _count(db) == 6
    rows = list(load_workbook(report)["未导入的行"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[1] for r in rows) == [8, 10, 13, 14, 15]
    # importing the same sheet again merges everyone with an ID; the one without an ID is imported
    # again but flagged as a possible duplicate, never merged silently
    code = main(["--db", path, "import-roster", str(sheet), "--community", "西湖社区", "--user", "sg1"])
    out, _ = capsys.readouterr()
    assert code == 1 and "导入 1，合并 5，拒绝 5" in out and _count(db) == 7
    assert "提示：第 12 行（阿依古丽·买买提）：本社区已有同名" in out


def test_clean_sheet_exits_zero(setup, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db, path, _ = setup
    from datetime import date
    sheet = simple_roster(tmp_path / "ok.xlsx", [["周大", pid(date(1955, 5, 5), 11), "13800138000", "西湖花园6栋501"]])
    assert main(["--db", path, "import-roster", str(sheet), "--community", "西湖社区", "--user", "sg1"]) == 0
    assert "导入 1，合并 0，拒绝 0" in capsys.readouterr().out


def test_errors_are_one_line(setup, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db, path, sheet = setup
    assert main(["--db", path, "import-roster", str(sheet), "--community", "不存在社区", "--user", "sg1"]) == 1
    assert "没有名为“不存在社区”的社区" in capsys.readouterr().err
    assert main(["--db", path, "import-roster", str(sheet), "--community", "西湖社区", "--user", "qt1"]) == 1
    assert "没有此权限" in capsys.readouterr().err
    assert main(["--db", path, "import-roster", str(tmp_path / "nope.xlsx"), "--community", "西湖社区",
                 "--user", "sg1"]) == 1
    assert "找不到文件" in capsys.readouterr().err


def test_export_masked_and_full(setup, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db, path, sheet = setup
    main(["--db", path, "import-roster", str(sheet), "--community", "西湖社区", "--user", "sg1"])
    capsys.readouterr()
    for name in ("r.csv", "r.xlsx", "r.pdf"):
        out = tmp_path / name
        assert main(["--db", path, "export", "roster", "--community", "西湖社区", str(out), "--user", "sg1"]) == 0
        assert f"已导出 6 人到 {out}（身份证号已遮盖）" in capsys.readouterr().out
        assert out.stat().st_size > 0
    csv_text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "𠮷䶮" in csv_text and "44180219500305017X" not in csv_text and "441802********017X" in csv_text
    full = tmp_path / "full.csv"
    assert main(["--db", path, "export", "roster", "--community", "西湖社区", str(full), "--full-id",
                 "--user", "sg1"]) == 0
    assert "44180219500305017X" in full.read_text(encoding="utf-8-sig")
    assert main(["--db", path, "export", "roster", "--community", "西湖社区", str(tmp_path / "q.csv"),
                 "--user", "qt1"]) == 1
    assert "没有此权限" in capsys.readouterr().err
    with db.session() as s:
        details = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")))
        denied = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "denied"))
    assert len(details) == 4 and sum("含完整身份证号" in d for d in details) == 1 and denied >= 1
