"""The reports page offers each role its reports and writes them through the services."""

from __future__ import annotations

import csv

import pytest

from desktop.core.roles import Role
from desktop.core.settings_store import MachineSettings
from desktop.ui.context import AppContext
from desktop.ui.reports_page import ReportsPage
from tests import helpers

pytestmark = pytest.mark.gui


def _page(qtbot, db, actor, tmp_path) -> ReportsPage:
    page = ReportsPage(AppContext(db=db, actor=actor, settings=MachineSettings(tmp_path / "s.json")))
    qtbot.addWidget(page)
    return page


def test_each_role_sees_its_reports(qtbot, sqlite_db, tmp_path) -> None:
    helpers.community(sqlite_db)
    admin = helpers.admin(sqlite_db)
    rehab = helpers.actor(sqlite_db, "rehab", Role.REHAB_WORKER, ["西湖社区"])
    admin_labels = [r.label for r in _page(qtbot, sqlite_db, admin, tmp_path).actions]
    rehab_labels = [r.label for r in _page(qtbot, sqlite_db, rehab, tmp_path).actions]
    assert "审计记录导出（CSV）" in admin_labels and not any("随访" in x for x in admin_labels)
    assert any("随访" in x for x in rehab_labels) and "账号清单（PDF）" not in rehab_labels


@pytest.mark.date_sensitive
def test_audit_export_runs_from_the_page(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:
    admin = helpers.admin(sqlite_db)
    page = _page(qtbot, sqlite_db, admin, tmp_path)
    out = tmp_path / "audit.csv"
    monkeypatch.setattr("desktop.ui.export_files.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.reports_page.QMessageBox.information", lambda *a: shown.append(a[2]))
    page.list.setCurrentRow(next(i for i, r in enumerate(page.actions) if "审计" in r.label))
    page.generate()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)              # written on a worker thread
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "时间" and len(rows) > 1 and "audit.csv" in shown[0]


def test_a_printed_report_prints_in_one_step_or_saves_a_named_copy(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:
    """打印 and 另存为 PDF for the printed reports, 生成… for the exports; nothing kept by 打印."""
    from tests.ui.print_check import Printer, save_dialog, wait_saved

    page = _page(qtbot, sqlite_db, helpers.admin(sqlite_db), tmp_path)
    page.list.setCurrentRow(next(i for i, r in enumerate(page.actions) if "审计" in r.label))
    assert page.go_button.isEnabled() and not page.print_button.isEnabled()
    page.list.setCurrentRow(next(i for i, r in enumerate(page.actions) if r.label == "账号清单（PDF）"))
    assert page.print_button.isEnabled() and page.save_button.isEnabled() and not page.go_button.isEnabled()
    printer = Printer(monkeypatch, tmp_path)
    assert "admin" in printer.wait(qtbot, page.generate())
    offered = save_dialog(monkeypatch)
    assert "admin" in wait_saved(qtbot, page.generate(save=True)) and "账号清单 " in offered[0]
