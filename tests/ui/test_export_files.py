"""Printing never leaves a file behind and never opens a PDF viewer; a copy the person saves starts in their
own export folder under a meaningful name that does not replace an earlier one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.admin.printing import print_user_list
from desktop.core.clock import today
from desktop.core.settings_store import MachineSettings
from desktop.ui import print_actions
from desktop.ui.context import AppContext
from desktop.ui.qt import QWidget
from tests import helpers
from tests.ui.print_check import Printer, save_dialog, track_temporary_pdfs, wait_saved

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def test_the_user_list_prints_in_one_step_and_leaves_nothing(qtbot, sqlite_db, tmp_path, monkeypatch,
                                                              _private_data_dir) -> None:
    ctx = AppContext(db=sqlite_db, actor=helpers.admin(sqlite_db), settings=MachineSettings(tmp_path / "s.json"))
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = Printer(monkeypatch, tmp_path)
    folder = _private_data_dir / "exports" / "admin"
    assert "admin" in printer.wait(qtbot, print_actions.print_user_list(ctx, parent))
    assert not list(folder.glob("*.pdf")) if folder.exists() else True          # nothing kept


@pytest.mark.date_sensitive
def test_a_saved_copy_is_named_for_what_and_when_and_never_replaces_another(qtbot, sqlite_db, tmp_path, monkeypatch,
                                                                            _private_data_dir) -> None:
    ctx = AppContext(db=sqlite_db, actor=helpers.admin(sqlite_db), settings=MachineSettings(tmp_path / "s.json"))
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = _private_data_dir / "exports" / "admin"
    offered = save_dialog(monkeypatch)
    first = print_actions.print_user_list(ctx, parent, save=True)
    assert "admin" in wait_saved(qtbot, first)
    wait_saved(qtbot, print_actions.print_user_list(ctx, parent, save=True))
    name = f"账号清单 {today().isoformat()}"
    assert offered == [str(folder / f"{name}.pdf"), str(folder / f"{name} (2).pdf")]
    assert first.path == Path(offered[0]) and Path(offered[1]).exists()


def test_a_cancelled_print_dialog_prints_nothing_and_leaves_nothing(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    admin = helpers.admin(sqlite_db)
    ctx = AppContext(db=sqlite_db, actor=admin, settings=MachineSettings(tmp_path / "s.json"))
    parent = QWidget()
    qtbot.addWidget(parent)
    made = track_temporary_pdfs(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: 0)               # 取消 in the system's dialog
    told: list[str] = []
    job = print_actions.print_now(ctx, parent, ["账号清单"], lambda s, p: print_user_list(s, admin, p),
                                  told=told.append)
    qtbot.waitUntil(lambda: job.done and bool(told), timeout=20000)
    assert job.pages == 0 and told == ["没有打印：账号清单"] and made and not made[0].exists()
