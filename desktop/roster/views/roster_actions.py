"""What the roster page does beyond finding and editing people: delete with undo, import a sheet, look at
suspected duplicates, print lists and cards.

`RosterActions` is mixed into `RosterPage`, whose layout provides `table`, `model`, `tree`, `editor`,
`search`, `message`, `undo_bar`, `undo_label` and whose search provides `current_person_id()`,
`select_person()`, `refresh_counts()`, `run_search()`, `_update_count()`, `_show_message()`.
"""

from __future__ import annotations

from typing import Any

from desktop.core.clock import today
from desktop.core.messages import shown
from desktop.core.roles import Perm
from desktop.roster import service
from desktop.roster.views.people_model import COL_NAME, PersonRowRole
from desktop.ui.actions import succeeds
from desktop.ui.background import Job
from desktop.ui.print_actions import print_or_save
from desktop.ui.qt import QLineEdit, QtWidgets
from desktop.roster.views.duplicates_dialog import DuplicatesDialog


class RosterActions:
    ctx: Any
    _undo: tuple[str, str] | None
    not_duplicates: set[frozenset[str]]
    duplicates_dialog: Any

    # -- delete & undo ------------------------------------------------------------------------------
    def delete_current(self) -> None:
        pid = self.current_person_id()
        if pid:
            self.delete_person(pid)

    def delete_person(self, person_id: str) -> None:
        if not self.ctx.actor.can(Perm.ROSTER_EDIT):
            return
        row = self.model.row_of(person_id)
        name = self.model.data(self.model.index(row, COL_NAME)) if row >= 0 else self.editor.title.text()
        if not succeeds(self.ctx, self, lambda s: service.delete_person(s, self.ctx.actor, person_id), warn=False,
                        status=self.message):
            self.message.show()
            return
        if self.editor.person_id == person_id:
            self.editor.clear()
        self._undo = (person_id, name or "")
        self.undo_label.setText(self.tr("已删除 %1。").replace("%1", name or ""))
        self.undo_bar.show()
        self.refresh_counts()
        self.model.reload()
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.table.setFocus()

    def _undo_shortcut(self) -> None:
        focus = QtWidgets.QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QtWidgets.QPlainTextEdit)) and focus is not self.search:
            if focus.isUndoAvailable():
                focus.undo()
                return
        self.undo_delete()

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        person_id, _name = self._undo
        if not succeeds(self.ctx, self, lambda s: service.restore_person(s, self.ctx.actor, person_id), warn=False,
                        status=self.message):
            self.message.show()
            return
        self._undo = None
        self.undo_bar.hide()
        self.refresh_counts()
        self.model.reload()
        self._update_count()
        self.select_person(person_id)
        self.table.setFocus()

    # -- import & printing --------------------------------------------------------------------------
    def open_import(self) -> None:
        from desktop.roster.views.import_dialog import ImportDialog  # deferred: loads openpyxl, PIL

        scope = self.tree.scope()
        dlg = ImportDialog(self.ctx, scope.community_id or self.ctx.community_id, self)
        dlg.exec()
        if dlg.imported:
            self.refresh()

    def open_duplicates(self) -> Any:
        """疑似重复…: the pairs of the selected community (or all the user may see), never merged silently."""
        dlg = DuplicatesDialog(self.ctx, self.tree.scope().community_id, self.not_duplicates, self)
        dlg.merged.connect(self._merged)
        self.duplicates_dialog = dlg
        dlg.open()
        return dlg

    def _merged(self, keep_id: str, drop_id: str) -> None:
        if self.editor.person_id in (keep_id, drop_id):
            self.editor.load(keep_id)
        self.refresh_counts()
        self.run_search()
        self._update_count()

    def print_document(self, kind: str, save: bool = False, *, out: Any = None, ask: Any = None) -> Job | None:
        """打印 (`save` False) the building list, household card or attention list in one step, or 另存为 PDF
        under a meaningful name (`楼栋住户一览表 西湖花园6号楼 2026-11-18.pdf`; `out`: no dialog); built by
        the roster printing functions on a worker thread. Returns the job (None when nothing is printed)."""
        from desktop.roster import printing  # deferred: ReportLab loads with the first print

        scope, actor = self.tree.scope(), self.ctx.actor
        row = self.model.data(self.table.currentIndex(), PersonRowRole)
        on = today()
        if kind == "building":
            if not scope.building_id:
                self._show_message(self.tr("先在左边选一栋楼"))
                return None
            what, render = [self.tr("楼栋住户一览表"), scope.label], (
                lambda s, out: printing.print_building_list(s, actor, scope.building_id, out))
        elif kind == "household":
            household_id = scope.household_id or (row.household_id if row is not None else None)
            if not household_id:
                self._show_message(self.tr("先选一户（或该户的一个人）"))
                return None
            place = scope.label if scope.household_id else (row.address if row is not None else "")
            what, render = [self.tr("户卡"), place], (
                lambda s, out: printing.print_household_card(s, actor, household_id, out))
        else:
            community_id = scope.community_id or self.ctx.community_id
            building_id = scope.building_id or self.ctx.building_id
            what, render = [self.tr("关注事项清单"), scope.label if scope.community_id else ""], (
                lambda s, out: printing.print_attention_notes(s, actor, out, community_id=community_id,
                                                              building_id=building_id, on=on))
        return print_or_save(self.ctx, self, [*what, on.isoformat()], render, save=save, out=out, ask=ask,
                             told=self._show_message, failed=lambda exc: self._show_message(shown(exc)))
