"""Dialogs by keyboard: the cursor starts in the first field a person types into (not on a button), every
field is named for screen readers, and Ctrl+Enter saves — from a multi-line field too, where Enter types a
new line."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.settings_store import MachineSettings
from desktop.duty.views.desk_log import LogDialog
from desktop.duty.views.holiday_dialog import HolidayDialog
from desktop.elder.views.register_dialog import RegisterDialog
from desktop.rehab.views import dialogs as rehab
from desktop.roster.views.estate_question import EstateQuestion
from desktop.ui import keyboard
from desktop.ui.context import AppContext
from desktop.ui.qt import QAbstractButton, QApplication, QDialog, QPlainTextEdit, Qt
from desktop.ui.user_dialog import UserDialog
from desktop.volunteers.views.dialogs import EntryDialog, OrgDialog
from tests import helpers

pytestmark = pytest.mark.gui
DAY = date(2026, 11, 18)


def _dialogs(ctx: AppContext) -> list[QDialog]:
    return [rehab.FollowUpDialog(None, DAY), rehab.AbsenceDialog(None, DAY), rehab.ReferralDialog(None, DAY),
            rehab.StageDialog(None, DAY), rehab.StatusDialog(None, DAY, "在管"), rehab.SendReportDialog(None),
            rehab.ContactDialog(None), rehab.NewCaseDialog(None, DAY, [("c1", "西湖社区")]),
            LogDialog(None), EstateQuestion(["西湖花园", "凤翔苑"], 12, ["6号楼501"]), UserDialog(ctx),
            RegisterDialog(ctx), HolidayDialog(ctx, 2026), EntryDialog(), OrgDialog(None)]


def _show(qtbot, dialog: QDialog) -> None:  # noqa: ANN001
    keyboard.install()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_every_dialog_starts_in_a_field_names_its_fields_and_has_a_save_key(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001,E501
    ctx = AppContext(db=sqlite_db, actor=helpers.admin(sqlite_db), settings=MachineSettings(tmp_path / "s.json"))
    problems = []
    for dialog in _dialogs(ctx):
        _show(qtbot, dialog)
        name = type(dialog).__name__
        focused = QApplication.focusWidget()
        if keyboard.text_inputs(dialog) and (focused is None or isinstance(focused, QAbstractButton)):
            problems.append(f"{name}: the cursor starts on {type(focused).__name__}")
        problems += [f"{name}: unnamed {type(w).__name__}" for w in keyboard.text_inputs(dialog)
                     if w.isVisibleTo(dialog) and not w.accessibleName()]
        if keyboard.accept_button(dialog) is None:
            problems.append(f"{name}: nothing for Ctrl+Enter to press")
        dialog.close()
    assert not problems, "\n".join(problems)


def test_ctrl_enter_saves_the_follow_up_from_its_text_and_esc_cancels(qtbot) -> None:  # noqa: ANN001
    saved = []
    dialog = rehab.FollowUpDialog(None, DAY)
    dialog.submit = lambda: saved.append(dialog.content.toPlainText())
    _show(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.content            # the text a person writes, not the date
    dialog.content.insertPlainText("到站尿检阴性")                   # (key clicks carry Latin-1 only)
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)             # a new line, not a save
    qtbot.keyClicks(dialog.content, "ok")
    assert saved == []
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved == ["到站尿检阴性\nok"] and dialog.result() == QDialog.DialogCode.Accepted

    other = rehab.ContactDialog(None)
    _show(qtbot, other)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected and not other.isVisible()


def test_ctrl_enter_on_the_desk_log_saves_from_the_text(qtbot) -> None:  # noqa: ANN001
    written = []
    dialog = LogDialog(None, save=lambda kind, text: written.append((kind, text)))
    _show(qtbot, dialog)
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    dialog.text.insertPlainText("6栋天台门已锁")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert written and written[0][1] == "6栋天台门已锁"
