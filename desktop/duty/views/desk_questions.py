"""The questions the guard desk asks before it acts: which shift to cover and whether to (naming the
shift's member), and how a shift ended long after its scheduled end. Mixed into GuardDeskView; tests
answer them by patching these methods."""

from __future__ import annotations

from desktop.core.clock import local_now
from desktop.duty.desk_service import line
from desktop.core.messages import shown
from desktop.duty.shifts_service import ShiftRow
from desktop.ui.qt import QInputDialog, QMessageBox


class DeskQuestions:
    """Uses the view's `info` (the board) and Qt's `tr`."""

    def ask_end(self, shift: ShiftRow) -> str | None:
        """After a long overtime: "now" (值到现在), "scheduled" (按时结束) or None (cancel)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("结束值班"))
        box.setText(self.tr("这个班 %1 已经结束，现在是 %2。\n您是值到现在，还是 %1 就离开了？")
                    .replace("%1", f"{shift.end:%H:%M}").replace("%2", f"{local_now():%H:%M}"))
        until_now = box.addButton(self.tr("值到现在"), QMessageBox.ButtonRole.AcceptRole)
        on_time = box.addButton(self.tr("按 %1 结束").replace("%1", f"{shift.end:%H:%M}"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "now" if clicked is until_now else "scheduled" if clicked is on_time else None

    def choose_cover(self, covers: list[ShiftRow]) -> ShiftRow | None:
        if len(covers) == 1:
            return covers[0]
        labels = [shown(line(r)) for r in covers]
        text, ok = QInputDialog.getItem(self, self.tr("代班"), self.tr("替哪个班次值班？"), labels, 0, False)
        return covers[labels.index(text)] if ok and text in labels else None

    def ask_cover(self, shift: ShiftRow) -> bool:
        me = self.info.member_name if self.info else ""
        if shift.member_id is None:
            question = self.tr("%1 这个班次空缺。\n由您（%2）来值这个班吗？时长记在您的名下。")
        else:
            question = self.tr("这是 %3 的班次（%1），%3 还没有开始。\n由您（%2）代 %3 值这个班吗？时长记在您的名下。")
        text = (question.replace("%1", f"{shift.post_name} {shift.label}").replace("%2", me)
                .replace("%3", shift.member_name))
        answer = QMessageBox.question(self, self.tr("代班"), text)
        return answer == QMessageBox.StandardButton.Yes
