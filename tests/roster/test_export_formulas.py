"""Roster exports and the import error report: a name or note that is a formula stays text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from desktop.core.export_cells import xlsx_row
from desktop.core.roles import Role
from desktop.roster import service
from desktop.roster.export_service import export_roster
from desktop.roster.import_report import write_error_report
from desktop.roster.import_service import preview_import
from tests import helpers
from tests.export_checks import FORMULA_NAME, FORMULA_NOTE, assert_csv_safe, assert_xlsx_safe
from tests.roster.roster_sheets import pid


def test_full_id_roster_exports_keep_formulas_as_text(sqlite_db, tmp_path: Path) -> None:  # noqa: ANN001
    cid = helpers.community(sqlite_db)
    worker = helpers.actor(sqlite_db, "sg1", Role.SOCIAL_WORKER, ["西湖社区"])
    with sqlite_db.session(worker) as s:
        service.save_person(s, worker, service.PersonInput(
            community_id=cid, name=FORMULA_NAME, id_number=pid(date(1950, 3, 5), 17), notes=FORMULA_NOTE,
            relation="@户主", ethnicity="-汉"))
    with sqlite_db.session(worker) as s:
        export_roster(s, worker, cid, tmp_path / "r.csv", full_id=True)
        export_roster(s, worker, cid, tmp_path / "r.xlsx", full_id=True)
    assert_csv_safe(tmp_path / "r.csv", FORMULA_NAME, FORMULA_NOTE, "@户主", "-汉")
    values = assert_xlsx_safe(tmp_path / "r.xlsx", FORMULA_NAME, FORMULA_NOTE, "@户主")
    assert pid(date(1950, 3, 5), 17) in values               # column F: the full ID, the formula's target
    ws = load_workbook(tmp_path / "r.xlsx").active
    assert ws["A3"].value == FORMULA_NAME and ws["A3"].data_type == "s" and ws["D3"].data_type == "n"


def test_error_report_keeps_formulas_as_text(sqlite_db, tmp_path: Path) -> None:  # noqa: ANN001
    cid = helpers.community(sqlite_db)
    worker = helpers.actor(sqlite_db, "sg1", Role.SOCIAL_WORKER, ["西湖社区"])
    sheet = tmp_path / "in.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "备注"])
    ws.append(xlsx_row(ws, ["李四", "12345", "=1+1"]))          # refused: bad ID numbers; notes typed as
    ws.append(xlsx_row(ws, ["@王五", "X", FORMULA_NOTE]))       # text ('=1+1 in Excel)
    wb.save(sheet)
    with sqlite_db.session(worker) as s:
        plan = preview_import(s, worker, sheet, cid)
    assert plan.refused_count == 2
    assert write_error_report(plan, tmp_path / "report.xlsx") == 2
    assert_xlsx_safe(tmp_path / "report.xlsx", "=1+1", "@王五", FORMULA_NOTE)
