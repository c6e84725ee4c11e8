"""The detail editor of one person: a form with each field's message next to it, the change history,
and the attention notes of the person and the household.

Nothing typed is lost on bad input: the service's messages are shown and the fields keep their text.
Ctrl+S saves, Esc puts the fields back as they were (or drops a new, unsaved person). The fields
and their widgets are in person_fields, the history and attention-note tabs in person_tabs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.errors import ConflictError, UserError, ValidationError
from desktop.core.messages import Clauses, shown
from desktop.core.roles import Perm
from desktop.roster import service
from desktop.roster.service import PersonInput
from desktop.roster.views.move_dialog import MoveDialog, MovesList
from desktop.roster.views.person_fields import ERROR_STYLE, FIELDS, WARNING_STYLE, FieldMaker, birth_date, wrapped_check
from desktop.roster.views.person_tabs import AttentionNotes, HistoryList
from desktop.ui import word_choices
from desktop.ui.conflict import offer_reload
from desktop.ui.context import AppContext
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.actions import call
from desktop.ui.qt import (
    QComboBox, QFormLayout, QFrame, QKeySequence, QLabel, QScrollArea, QSize,
    QLineEdit, QPlainTextEdit, QPushButton, QShortcut, Qt, QTabWidget, QVBoxLayout, QWidget, Signal, QCheckBox,
    WrappedLabel,
)

def _get(obj: Any, name: str, default: Any = None) -> Any:
    return getattr(obj, name, default) if obj is not None else default


class _FormScroll(QScrollArea):
    """The form scrolls up and down on its own where the screen is short (large type): the table beside it
    keeps its place, and the wrapping hints get the height their width needs. Never sideways: it is as
    wide as the form needs at least."""

    def __init__(self, form: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(form)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), self.widget().minimumSizeHint().width() + bar), hint.height())


class PersonEditor(QWidget):
    """Edits one person. Signals: `saved(person_id)`, `cancelled()`, `delete_requested(person_id)`."""

    saved = Signal(str)
    cancelled = Signal()
    delete_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str | None = None
        self._household_id: str | None = None
        self._community_id: str | None = None
        self._loaded: dict[str, Any] = {}
        self._version: int | None = None    # the version loaded: a save against a newer one is refused
        self._id_shown_masked = ""
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        with self.ctx.db.session(self.ctx.actor) as s:
            self._fields = FieldMaker(service.known_tags(s))
        self._tag_boxes = self._fields.tag_boxes
        self._build()
        self.clear()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel()
        f = self.title.font()
        f.setPointSize(f.pointSize() + 3)
        f.setBold(True)
        self.title.setFont(f)
        self.place = QLabel()
        self.place.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.place)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        form_page = QWidget()
        page_box = QVBoxLayout(form_page)
        page_box.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        page_box.addLayout(self.form)
        page_box.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        can_edit = self.ctx.actor.can(Perm.ROSTER_EDIT)
        for key, label in FIELDS:
            edit = self._fields.make(key)
            edit.setEnabled(can_edit)
            err = WrappedLabel()
            err.setStyleSheet(ERROR_STYLE)
            err.setObjectName(f"error_{key}")
            err.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(edit)
            if key == "birth_date":
                self.partial_box = QCheckBox()
                self.partial_box.setEnabled(can_edit)
                box.addLayout(wrapped_check(self.partial_box, self.tr("日期不全（只知道年月，如 1940-03）")))
            if key == "reading":
                self.reading_hint = WrappedLabel(self.tr("按这个读音排序和查找；读错了可以改，如“单”作姓读 shan"))
                self.reading_hint.setStyleSheet("color: #555;")    # a narrow editor (large type, English) wraps it
                box.addWidget(self.reading_hint)
            if key == "id_number":
                self.id_warning = WrappedLabel()
                self.id_warning.setStyleSheet(WARNING_STYLE)
                self.id_warning.hide()
                box.addWidget(self.id_warning)
            box.addWidget(err)
            self.form.addRow(self.tr(label), cell)
            self.edits[key] = edit
            self.errors[key] = err
        buttons = FlowLayout()      # two lines where the editor is narrow
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("取消 (Esc)"))
        self.delete_button = QPushButton(self.tr("删除 (Delete)"))
        self.move_button = QPushButton(self.tr("搬迁到其他户…"))
        for b in (self.save_button, self.cancel_button, self.delete_button, self.move_button):
            b.setEnabled(can_edit)
            buttons.addWidget(b)
        self.form.addRow(buttons)
        self.form_message = WrappedLabel()
        self.form_message.setStyleSheet(ERROR_STYLE)
        self.form.addRow(self.form_message)
        self.save_button.clicked.connect(self.save)
        name_edit = self.edits["name"]
        assert isinstance(name_edit, QLineEdit)
        name_edit.textEdited.connect(self._name_edited)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self._ask_delete)
        self.move_button.clicked.connect(self.open_move)
        self.move_dialog: MoveDialog | None = None
        self.tabs.addTab(_FormScroll(form_page), self.tr("基本信息"))

        self.history = HistoryList()
        self.tabs.addTab(self.history, self.tr("变更记录"))
        self.notes = AttentionNotes(self.ctx)
        self.tabs.addTab(self.notes, self.tr("关注事项"))
        self.moves = MovesList()
        self.tabs.addTab(self.moves, self.tr("迁入/迁出 记录"))

        self._save_sc = QShortcut(QKeySequence.StandardKey.Save, self)
        self._save_sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._save_sc.activated.connect(self.save)

    def _name_edited(self, name: str) -> None:
        """The reading follows the name until someone sets it by hand."""
        reading = self.edits["reading"]
        assert isinstance(reading, QLineEdit)
        if not reading.isModified():
            reading.setText(service.name_reading(name))

    # -- loading ------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.person_id = None
        self._household_id = None
        self._community_id = None
        self._loaded = {}
        self._version = None
        self.title.setText(self.tr("未选择"))
        self.place.setText(self.tr("在表格中选一个人，按 Enter 编辑；Ctrl+N 新增"))
        self._fill({})
        self.history.clear()
        self.notes.set_person(None, None)
        self.moves.clear()
        self.setEnabled(False)

    def load(self, person_id: str) -> bool:
        got = call(self.ctx, self, lambda s: (service.get_person(s, self.ctx.actor, person_id),
                                              service.person_history(s, self.ctx.actor, person_id)),
                   status=self.form_message, warn=False)
        if got is None:
            return False
        d, hist = got
        self.setEnabled(True)
        self.person_id = person_id
        self._household_id = _get(d, "household_id")
        self._community_id = _get(d, "community_id")
        values = {key: _get(d, key, "") for key, _ in FIELDS}
        values["tags"] = list(_get(d, "tags", []) or [])
        values["birth_date_partial"] = bool(_get(d, "birth_date_partial", False))
        self._id_shown_masked = "" if _get(d, "id_full", True) else (values.get("id_number") or "")
        self._loaded = values
        self._version = _get(d, "version")
        self.title.setText(_get(d, "name", ""))
        self.place.setText(" · ".join(x for x in (_get(d, "community_name", ""), _get(d, "address", "")) if x))
        self._fill(values)
        warnings = list(_get(d, "warnings", []) or [])
        self.id_warning.setText(shown(Clauses(warnings)))
        self.id_warning.setVisible(bool(warnings))
        self._set_editable(self.ctx.actor.can(Perm.ROSTER_EDIT) and not self._id_shown_masked)
        if self._id_shown_masked:
            self.form_message.setText(self.tr("身份证号只显示部分：没有修改此人的权限"))
        self.history.set_rows(hist)
        self.moves.set_moves(_get(d, "moves", []) or [])
        self.notes.set_person(person_id, self._household_id)
        return True

    def new(self, community_id: str | None, household_id: str | None, place: str = "") -> None:
        self.setEnabled(True)
        self.person_id = None
        self._household_id = household_id
        self._community_id = community_id
        self._loaded = {}
        self._version = None
        self._id_shown_masked = ""
        self._set_editable(self.ctx.actor.can(Perm.ROSTER_EDIT))
        self.title.setText(self.tr("新增居民"))
        self.place.setText(place)
        self._fill({})
        self.history.clear()
        self.notes.set_person(None, None)
        self.moves.clear()
        self.tabs.setCurrentIndex(0)
        self.edits["name"].setFocus()

    def _set_editable(self, on: bool) -> None:
        for key, w in self.edits.items():
            w.setEnabled(on)
        self.partial_box.setEnabled(on)
        for b in (self.save_button, self.cancel_button, self.delete_button):
            b.setEnabled(on)
        self.move_button.setEnabled(on and self.person_id is not None)

    def _fill(self, values: dict[str, Any]) -> None:
        for key, _ in FIELDS:
            w = self.edits[key]
            v = values.get(key)
            if key == "tags":
                chosen = set(v or [])
                for tag, box in self._tag_boxes.items():
                    box.setChecked(tag in chosen)
            elif isinstance(w, QComboBox):
                i = w.findData(v or "")
                if i < 0 and w.isEditable():
                    w.setEditText(v or "")
                else:
                    w.setCurrentIndex(max(i, 0))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(v or "")
            elif isinstance(w, QLineEdit):
                partial = key == "birth_date" and values.get("birth_date_partial") and isinstance(v, date)
                w.setText(f"{v:%Y-%m}" if partial else v.isoformat() if isinstance(v, date) else (v or ""))
                w.setModified(False)
        self.partial_box.setChecked(bool(values.get("birth_date_partial")))
        if not values:
            self.id_warning.hide()
        self.show_errors({})
        self.form_message.clear()
        self.notes.reset_inputs()

    # -- editing ------------------------------------------------------------------------------------
    def is_editing(self) -> bool:
        return self.isEnabled() and (self.person_id is not None or self._community_id is not None)

    def collect(self) -> tuple[PersonInput, dict[str, str]]:
        """The form as a PersonInput, or the messages of fields that cannot even be read."""
        problems: dict[str, str] = {}
        text = {k: w.text() for k, w in self.edits.items() if isinstance(w, QLineEdit)}
        partial = self.partial_box.isChecked()
        birth, problem = birth_date(text["birth_date"], partial)
        if problem:
            problems["birth_date"] = problem
        reading = text["reading"].strip()
        if reading and reading == service.name_reading(text["name"]):
            reading = ""                                  # the computed one: nothing to keep
        id_number = text["id_number"].strip()
        relation_w = self.edits["relation"]
        assert isinstance(relation_w, QComboBox)
        notes_w = self.edits["notes"]
        assert isinstance(notes_w, QPlainTextEdit)
        kwargs: dict[str, Any] = dict(
            name=text["name"], sex=self._combo("sex"), birth_date=birth, ethnicity=text["ethnicity"],
            phone=text["phone"], phone2=text["phone2"], relation=word_choices.chosen(relation_w).strip(),
            residence_type=self._combo("residence_type"),
            tags=tuple(t for t, b in self._tag_boxes.items() if b.isChecked()),
            notes=notes_w.toPlainText(), household_id=self._household_id, community_id=self._community_id,
            reading=reading, birth_date_partial=partial)
        inp = PersonInput(id_number=id_number, **kwargs)
        return inp, problems

    def _combo(self, key: str) -> str:
        w = self.edits[key]
        assert isinstance(w, QComboBox)
        return str(w.currentData() or "")

    def show_errors(self, fields: dict[str, str]) -> None:
        for key, label in self.errors.items():
            msg = shown(fields.get(key, ""))
            label.setText(msg)
            label.setVisible(bool(msg))
        other = [shown(m) for k, m in fields.items() if k not in self.errors]
        self.form_message.setText(self.tr("；").join(other))

    def save(self) -> str | None:
        if not self.is_editing() or not self.save_button.isEnabled():
            return None
        inp, problems = self.collect()
        problems = {**service.validate_person(inp), **problems}
        if problems:
            self.show_errors(problems)
            self._focus_first_error(problems)
            return None
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                pid = service.save_person(s, self.ctx.actor, inp, self.person_id,
                                          expected_version=self._version if self.person_id else None)
        except ConflictError as exc:
            self.show_errors({})
            self.form_message.setText(shown(exc))
            if self.person_id and offer_reload(self, shown(exc)):
                self.load(self.person_id)
            return None
        except ValidationError as exc:
            self.show_errors(exc.fields)
            self._focus_first_error(exc.fields)
            return None
        except UserError as exc:
            self.show_errors({})
            self.form_message.setText(shown(exc))
            return None
        self.load(pid)
        self.saved.emit(pid)
        return pid

    def _focus_first_error(self, fields: dict[str, str]) -> None:
        for key, _ in FIELDS:
            if key in fields:
                self.tabs.setCurrentIndex(0)
                self.edits[key].setFocus()
                return

    def cancel(self) -> None:
        """Esc: put back what was loaded; a new unsaved person is dropped."""
        if self.person_id is None:
            self.clear()
        else:
            self._fill(self._loaded)
        self.cancelled.emit()

    def _ask_delete(self) -> None:
        if self.person_id:
            self.delete_requested.emit(self.person_id)

    def open_move(self) -> MoveDialog | None:
        """搬迁到其他户…: the dialog (non-blocking); when the move is saved the editor reloads the person."""
        if not self.person_id or not self.move_button.isEnabled():
            return None
        self.move_dialog = MoveDialog(self.ctx, self.person_id, self.title.text(), self._household_id,
                                      self._community_id, self.place.text(), self)
        self.move_dialog.moved.connect(self._moved)
        self.move_dialog.open()
        return self.move_dialog

    def _moved(self, person_id: str) -> None:
        if self.load(person_id):
            self.tabs.setCurrentWidget(self.moves)
            self.saved.emit(person_id)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)
