"""Save dialogs start in the user's own export folder; a PDF made to be printed is offered for deletion."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.settings_store import MachineSettings
from desktop.ui import export_files, print_actions
from desktop.ui.context import AppContext
from desktop.ui.qt import QMessageBox, QWidget
from tests import helpers

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _prompt(parent: QWidget) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox, "printout-prompt") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


@pytest.mark.parametrize("answer", ["打印好了，删除", "保留文件"])
def test_printout_goes_to_the_export_folder_and_can_be_deleted(qtbot, sqlite_db, tmp_path, monkeypatch,
                                                                _private_data_dir, answer) -> None:
    admin = helpers.admin(sqlite_db)
    ctx = AppContext(db=sqlite_db, actor=admin, settings=MachineSettings(tmp_path / "s.json"))
    parent = QWidget()
    qtbot.addWidget(parent)
    offered: list[str] = []
    monkeypatch.setattr(export_files.QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: offered.append(start) or (start, ""))
    opened: list[str] = []
    monkeypatch.setattr(print_actions.QtGui.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    job = print_actions.print_user_list(ctx, parent)
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    path = job.path
    assert job.outcome == "done" and offered == [str(_private_data_dir / "exports" / "admin" / "账号清单.pdf")]
    assert path == Path(offered[0]) and path.exists() and opened == [str(path)]
    box = _prompt(parent)
    assert "账号清单.pdf" in box.text() and "个人信息" in box.text() and not box.isModal()
    next(b for b in box.buttons() if b.text() == answer).click()
    assert path.exists() == (answer == "保留文件")
