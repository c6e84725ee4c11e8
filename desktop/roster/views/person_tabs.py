"""The person editor's tabs beside the form: the change history, and the attention notes of the
person and the household (listed, added, ended)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.clock import fmt_local, today
from desktop.core.dates import DateParseError, parse_date
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import shown as in_language, word
from desktop.core.roles import Perm
from desktop.roster import attention
from desktop.ui.context import AppContext
from desktop.ui.actions import call, succeeds
from desktop.ui.qt import plain_html
from desktop.roster.models import NOTE_KINDS
from desktop.ui.qt import (
    QAbstractItemView, QColor, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

ERROR_STYLE = "color: #b00020;"


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return getattr(obj, name, default) if obj is not None else default


def shown(v: Any) -> str:
    """A stored value as the tabs show it (dates ISO, lists joined with 、)."""
    if v is None:
        return ""
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "、".join(str(x) for x in v)
    return str(v)


class HistoryList(QTreeWidget):
    """变更记录: who changed which field when, from what to what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("项目"),
                              self.tr("原来"), self.tr("改为")])
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_rows(self, rows: list[Any]) -> None:
        self.clear()
        for r in rows:
            at = _get(r, "at")
            at_text = fmt_local(at) if hasattr(at, "tzinfo") and at is not None else str(at or "")
            self.addTopLevelItem(QTreeWidgetItem([
                at_text, str(_get(r, "actor_name", "") or ""), str(_get(r, "action", "") or ""),
                str(_get(r, "field", "") or ""), shown(_get(r, "before")), shown(_get(r, "after"))]))


class AttentionNotes(QWidget):
    """关注事项 of one person and their household: the list, a form to add one, ending the selected one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self.household_id: str | None = None
        v = QVBoxLayout(self)
        self.notes_list = QTreeWidget()
        self.notes_list.setRootIsDecorated(False)
        self.notes_list.setHeaderLabels([self.tr("类别"), self.tr("内容"), self.tr("起"), self.tr("止"),
                                         self.tr("记录人")])
        self.notes_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.notes_list.header()
        header.setStretchLastSection(False)
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        v.addWidget(self.notes_list, 1)
        add = QFormLayout()
        self.note_kind = QComboBox()
        for k in NOTE_KINDS:
            self.note_kind.addItem(word(k), k)
        self.note_text = QLineEdit()
        self.note_text.setPlaceholderText(self.tr("如：一家外出旅游，下周回来"))
        self.note_target = QComboBox()
        self.note_target.addItem(self.tr("本人"), "person")
        self.note_target.addItem(self.tr("全户"), "household")
        self.note_start = QLineEdit()
        self.note_end = QLineEdit()
        self.note_end.setPlaceholderText(self.tr("可留空：直到结束"))
        add.addRow(self.tr("类别"), self.note_kind)
        add.addRow(self.tr("关于"), self.note_target)
        add.addRow(self.tr("内容"), self.note_text)
        add.addRow(self.tr("开始"), self.note_start)
        add.addRow(self.tr("结束"), self.note_end)
        self.note_error = QLabel()
        self.note_error.setStyleSheet(ERROR_STYLE)
        self.note_error.setWordWrap(True)
        add.addRow(self.note_error)
        row = QHBoxLayout()
        self.note_add = QPushButton(self.tr("添加关注事项"))
        self.note_end_button = QPushButton(self.tr("结束所选事项"))
        row.addWidget(self.note_add)
        row.addWidget(self.note_end_button)
        row.addStretch(1)
        add.addRow(row)
        v.addLayout(add)
        can_edit = self.ctx.actor.can(Perm.ROSTER_EDIT)
        self.note_add.setEnabled(can_edit)
        self.note_end_button.setEnabled(can_edit)
        self.note_add.clicked.connect(self.add_note)
        self.note_end_button.clicked.connect(self.end_selected_note)

    def set_person(self, person_id: str | None, household_id: str | None) -> None:
        """Show the notes of this person and household (none for None)."""
        self.person_id, self.household_id = person_id, household_id
        self.reload()

    def reset_inputs(self) -> None:
        self.note_start.setText(today().isoformat())
        self.note_end.clear()
        self.note_text.clear()
        self.note_error.clear()

    def reload(self) -> None:
        self.notes_list.clear()
        if not self.person_id:
            return
        person_id, household_id = self.person_id, self.household_id
        rows = call(self.ctx, self, lambda s: attention.notes_for(s, self.ctx.actor, person_id=person_id) + (
            attention.notes_for(s, self.ctx.actor, household_id=household_id) if household_id else []),
            status=self.note_error, warn=False)
        if rows is None:
            return
        on = today()
        unique = {n.id: n for n in rows}.values()          # a person's note also belongs to the household
        for n in sorted(unique, key=lambda n: n.start_date, reverse=True):
            active = n.start_date <= on and (n.end_date is None or n.end_date >= on)
            item = QTreeWidgetItem([
                self.tr(n.kind), n.text if n.person_id else self.tr("（全户）") + n.text, shown(n.start_date),
                shown(n.end_date), n.author])
            item.setData(0, Qt.ItemDataRole.UserRole, n.id)
            item.setToolTip(1, plain_html(n.text))
            if not active:
                for c in range(5):
                    item.setForeground(c, QColor("#666666"))
            self.notes_list.addTopLevelItem(item)

    def add_note(self) -> str | None:
        if not self.person_id:
            return None
        try:
            start = parse_date(self.note_start.text()) if self.note_start.text().strip() else today()
            end = parse_date(self.note_end.text()) if self.note_end.text().strip() else None
        except DateParseError as exc:
            self.note_error.setText(in_language(exc))
            return None
        whole_household = self.note_target.currentData() == "household" and self.household_id
        inp = attention.NoteInput(
            person_id=None if whole_household else self.person_id,
            household_id=self.household_id if whole_household else None,
            kind=str(self.note_kind.currentData()), text=self.note_text.text().strip(),
            start_date=start, end_date=end)
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                nid = attention.add_note(s, self.ctx.actor, inp)
        except ValidationError as exc:
            self.note_error.setText(in_language(exc))
            return None
        except UserError as exc:
            self.note_error.setText(in_language(exc))
            return None
        self.note_error.clear()
        self.note_text.clear()
        self.note_end.clear()
        self.reload()
        return nid

    def end_selected_note(self) -> None:
        item = self.notes_list.currentItem()
        if item is None:
            self.note_error.setText(self.tr("先在上面选一条事项"))
            return
        note_id = item.data(0, Qt.ItemDataRole.UserRole)
        if not succeeds(self.ctx, self, lambda s: attention.end_note(s, self.ctx.actor, note_id, on=today()),
                        status=self.note_error, warn=False):
            return
        self.note_error.clear()
        self.reload()
