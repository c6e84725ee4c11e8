"""What an editor shows when its save is refused because another desk changed the record first."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.errors import ConflictError, UserError
from desktop.core.messages import shown
from desktop.ui.qt import QDialog, QLabel, QMessageBox, QWidget


def offer_reload(parent: QWidget, message: str) -> bool:
    """Show the conflict; True when the person chooses 重新载入 (their unsaved input is dropped), False
    when they keep their input on screen (to copy it, or to compare)."""
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("已被其他工作台修改"), message,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(box.textFormat().PlainText)
    box.setInformativeText(parent.tr("重新载入：显示对方保存的内容，您这次的输入不保存。\n"
                                     "保留我的输入：先留在屏幕上（例如抄下来），稍后再重新载入。"))
    box.button(QMessageBox.StandardButton.Yes).setText(parent.tr("重新载入"))
    box.button(QMessageBox.StandardButton.No).setText(parent.tr("保留我的输入"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def saved_in_dialog(dialog: QDialog, error: QLabel, save: Callable[[], object]) -> bool:
    """An editor dialog's save: True when `save()` went through. A refusal is written in `error`; on a
    conflict the person may choose 重新载入, and the dialog then sets `reload_requested` and closes (its
    opener shows the other desk's version and opens it again)."""
    try:
        save()
    except ConflictError as exc:
        error.setText(shown(exc))
        if offer_reload(dialog, shown(exc)):
            dialog.reload_requested = True              # type: ignore[attr-defined]
            dialog.reject()
        return False
    except UserError as exc:
        error.setText(shown(exc))
        return False
    return True
