"""Volunteer hours: a member named like a formula stays text; hours stay numbers."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop.core import clock
from desktop.duty import teams_service
from desktop.duty.hours import export_hours_xlsx
from tests.duty.conftest import World
from tests.export_checks import FORMULA_NAME, assert_xlsx_safe


def test_hours_workbook_keeps_formulas_as_text(sqlite_world: World, tmp_path: Path) -> None:
    w = sqlite_world
    with w.db.session(w.coordinator) as s:
        teams_service.save_member(s, w.coordinator, w.team_id,
                                  teams_service.MemberInput(name=FORMULA_NAME, phone="13902201299"))
    today = clock.today()
    with w.db.session(w.coordinator) as s:
        export_hours_xlsx(s, w.coordinator, w.team_id, today.replace(day=1), today, tmp_path / "h.xlsx")
    assert_xlsx_safe(tmp_path / "h.xlsx", FORMULA_NAME)
    ws = load_workbook(tmp_path / "h.xlsx").active
    assert all(ws.cell(row=r, column=2).data_type == "n" for r in range(3, ws.max_row + 1))
