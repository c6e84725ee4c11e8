"""Headless: `checkin KEY [--lunch] --user U` exit codes, `export members OUT.csv|xlsx`."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from tests.elder.conftest import World
from tests.helpers import PASSWORD


def test_checkin_exit_codes_and_one_line(sqlite_world: World, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    w = sqlite_world
    w.member("潘美兰", "13802345678")
    w.member("陈福森", "13802341111")
    w.member("陈芳素", "13902341111")
    monkeypatch.setenv("LINLI_PASSWORD", PASSWORD)
    dbfile = str(w.db.sqlite_path)
    w.db.dispose()
    assert main(["--db", dbfile, "checkin", "QC000001", "--lunch", "--user", "desk1"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "QC000001" in out[0] and "潘美兰" in out[0] and "午餐" in out[0]
    assert main(["--db", dbfile, "checkin", "QC000001", "--user", "desk1"]) == 0
    assert "已签到" in capsys.readouterr().out
    assert main(["--db", dbfile, "checkin", "1111", "--user", "desk1"]) == 1
    err = capsys.readouterr().err
    assert "陈福森" in err and "陈芳素" in err and len(err.strip().splitlines()) == 1
    assert main(["--db", dbfile, "checkin", "QC404404", "--user", "desk1"]) == 1
    assert "没有找到" in capsys.readouterr().err


def test_export_members_csv_with_bom_and_xlsx(sqlite_world: World, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    w = sqlite_world
    w.member("潘美兰", "13802345678", allergies="青霉素过敏")
    w.member("陈福森", "13802341111")
    monkeypatch.setenv("LINLI_PASSWORD", PASSWORD)
    dbfile = str(w.db.sqlite_path)
    w.db.dispose()
    out = tmp_path / "m.csv"
    assert main(["--db", dbfile, "export", "members", str(out), "--user", "sw21"]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["会员号", "姓名"] and [r[1] for r in rows[1:]] == ["潘美兰", "陈福森"]
    assert "青霉素" not in raw.decode("utf-8-sig")
    xl = tmp_path / "m.xlsx"
    assert main(["--db", dbfile, "export", "members", str(xl), "--user", "sw21"]) == 0
    ws = load_workbook(xl).active
    assert ws["A2"].value == "QC000001" and ws["B3"].value == "陈福森"
    # The reception may check in but not export.
    assert main(["--db", dbfile, "export", "members", str(tmp_path / "x.csv"), "--user", "desk1"]) == 1
