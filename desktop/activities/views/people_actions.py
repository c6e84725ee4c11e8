"""What the activities page does with the chosen activity's people: find them in the roster, enrol, check
in, add a walk-in or a helper, withdraw or untick, enter a paper sign-in sheet, attach its scan.

`PeopleActions` is mixed into `ActivitiesPage`, whose layout provides the widgets named below
(`person_search`, `results`, `walk_in`, `tabs`, `views`, `people`, `helper_minutes`, `status`) and
`current_id`, `detail`, `show_detail()`, `refresh()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.messages import labelled
from desktop.activities import service as svc
from desktop.activities.views.sheet_dialog import SheetEntryDialog
from desktop.activities.views.tables import ID_ROLE
from desktop.ui.actions import succeeds
from desktop.ui.typing_search import TypingSearch
from desktop.ui.rows_model import selected_row
from desktop.ui.qt import QFileDialog, QListWidgetItem, Qt, QtGui, QTableView, Signal
from desktop.roster.service import search_people

TABS = ["enrolled", "waiting", "attended", "helpers"]
TAB_LABELS = {"enrolled": "已报名", "waiting": "候补", "attended": "已签到", "helpers": "志愿者"}


class PeopleView(QTableView):
    """A people list: Delete withdraws / unticks the current row."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def find_people(s: Session, actor: Any, text: str) -> list[Any]:
    """The roster people a text finds (on the people finder's worker)."""
    return search_people(s, actor, text, limit=20) if text else []


class PeopleActions:
    ctx: Any
    current_id: str | None
    detail: svc.ActivityDetail | None
    people_finder: TypingSearch
    _after_search: Callable[[], None] | None

    # -- people of the chosen activity -------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.person_search.setFocus()
        self.person_search.selectAll()

    def search_people(self, text: str) -> None:
        """Typed into the box: the roster is searched on a worker once typing pauses (people_finder)."""
        self.results.clear()
        self.people_finder.typed(text.strip())

    def _people_found(self, text: str, found: list[Any]) -> None:
        self.results.clear()
        for p in found:
            age = f"{p.age}岁" if p.age is not None else ""
            item = QListWidgetItem(f"{p.name}　{age}　{p.address}　{p.community_name}")
            item.setData(ID_ROLE, p.id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        action, self._after_search = self._after_search, None
        if action is not None:
            action()

    def _when_found(self, action: Callable[[], None]) -> bool:
        """True when the results answer what the box holds now; else `action` runs once they do (Enter
        pressed before the search of the last keystroke came back)."""
        if not self.people_finder.busy:
            return True
        self._after_search = action
        self.people_finder.search_now()
        return False

    def _chosen_person(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _act(self, fn: Callable[[Session], object], done: str) -> bool:
        """`fn(session)` on the chosen activity; its text (or `done`) in the status line, the lists reloaded."""
        if self.current_id is None:
            self.status.setText(self.tr("请先选择一个活动"))
            return False
        got: list[object] = []
        if not succeeds(self.ctx, self, lambda s: got.append(fn(s)), status=self.status, warn=False):
            return False
        self.status.setText(got[0] if isinstance(got[0], str) else done)
        self.show_detail(self.current_id)
        self._refresh_list_counts()
        return True

    def _refresh_list_counts(self) -> None:
        keep = self.current_id
        self.refresh()
        self.current_id = keep

    def enroll_selected(self) -> None:
        if not self._when_found(self.enroll_selected):
            return
        pid = self._chosen_person()
        if pid is None:
            return
        name = self.results.currentItem().text().split("　")[0]
        labels = {"enrolled": self.tr("已报名"), "waiting": self.tr("名额已满，已进入候补")}

        def run(s):  # noqa: ANN001, ANN202
            return labelled(name, labels[svc.enroll(s, self.ctx.actor, self.current_id, pid)])

        if self._act(run, ""):
            self.person_search.selectAll()

    def check_in_selected(self) -> None:
        if not self._when_found(self.check_in_selected):
            return
        pid = self._chosen_person()
        focus_tab = self.tabs.currentIndex()
        if pid is None and focus_tab in (0, 1):
            pid = self._selected_in_tab()
        if pid is None:
            return
        self._act(lambda s: svc.check_in(s, self.ctx.actor, self.current_id, person_id=pid) and None,
                  self.tr("已签到"))

    def add_walk_in(self) -> None:
        name = self.walk_in.text().strip()
        if name and self._act(lambda s: svc.mark_attendance(s, self.ctx.actor, self.current_id, [], [name],
                                                            source="desk") and None, self.tr("已登记现场加入")):
            self.walk_in.clear()

    def _selected_in_tab(self) -> str | None:
        p = selected_row(self.views[TABS[self.tabs.currentIndex()]])
        return None if p is None else p.person_id or p.name

    def remove_current(self) -> None:
        key = TABS[self.tabs.currentIndex()]
        target = self._selected_in_tab()
        if target is None:
            return
        if key in ("enrolled", "waiting"):
            self._act(lambda s: svc.cancel_enrollment(s, self.ctx.actor, self.current_id, target) and None,
                      self.tr("已取消报名"))
        elif key == "attended":
            row = self.people[key].rows[self.views[key].currentIndex().row()]
            self._act(lambda s: svc.unmark_attendance(
                s, self.ctx.actor, self.current_id, person_id=row.person_id,
                walk_in_name=None if row.person_id else row.name), self.tr("已撤销签到"))
        else:
            self._act(lambda s: svc.remove_helper(s, self.ctx.actor, self.current_id, target), self.tr("已移除"))

    def sheet_dialog(self) -> SheetEntryDialog | None:
        if self.current_id is None or self.detail is None:
            self.status.setText(self.tr("请先选择一个活动"))
            return None
        d = self.detail
        already = {p.person_id for p in d.attended if p.person_id}
        return SheetEntryDialog(self.ctx, self.current_id, d.row.title, d.enrolled + d.waiting, already, self)

    def enter_sheet(self) -> None:
        dialog = self.sheet_dialog()
        if dialog is not None and dialog.exec():
            self.status.setText(dialog.result_text)
            self._refresh_list_counts()

    def add_helper_selected(self) -> None:
        if not self._when_found(self.add_helper_selected):
            return
        pid = self._chosen_person()
        if pid is None:
            self.status.setText(self.tr("先在上面找到这位志愿者"))
            return
        minutes = self.helper_minutes.value()
        self._act(lambda s: svc.add_helper(s, self.ctx.actor, self.current_id, pid, minutes) and None,
                  self.tr("已记录志愿服务时长"))

    def attach_scan(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择签到表扫描件"), "",
                                                  self.tr("图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)"))
        if path:
            self._act(lambda s: svc.attach_evidence(s, self.ctx.actor, self.current_id, path) and None,
                      self.tr("扫描件已保存"))
