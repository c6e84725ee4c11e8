"""The member list export: a name that is a formula stays text, ages stay numbers."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop.elder.export import export_members
from tests.elder.conftest import World
from tests.export_checks import FORMULA_NAME, assert_csv_safe, assert_xlsx_safe


def test_member_exports_keep_formulas_as_text(sqlite_world: World, tmp_path: Path) -> None:
    w = sqlite_world
    w.member(FORMULA_NAME, "13802345678")
    w.member("@张三", "13802341111")
    with w.db.session(w.worker) as s:
        assert export_members(s, w.worker, tmp_path / "m.csv") == 2
        export_members(s, w.worker, tmp_path / "m.xlsx")
    assert_csv_safe(tmp_path / "m.csv", FORMULA_NAME, "@张三")
    assert_xlsx_safe(tmp_path / "m.xlsx", FORMULA_NAME, "@张三")
    ws = load_workbook(tmp_path / "m.xlsx").active
    assert ws["D2"].data_type == "n"                              # the age column is numeric
