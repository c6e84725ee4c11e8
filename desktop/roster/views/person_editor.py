"""The detail editor of one person: a form with each field's message next to it, the change history,
and the attention notes of the person and the household.

Nothing typed is lost on bad input: the service's messages are shown and the fields keep their text.
Ctrl+S saves, Esc puts the fields back as they were (or drops a new, unsaved person).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.clock import fmt_local, today
from desktop.core.dates import DateParseError, parse_date
from desktop.core.errors import ConflictError, UserError, ValidationError
from desktop.core.roles import Perm
from desktop.roster import attention, service
from desktop.roster.service import PersonInput
from desktop.roster.views.move_dialog import MoveDialog, MovesList
from desktop.ui.conflict import offer_reload
from desktop.ui.context import AppContext
from desktop.ui.qt import plain_html
from desktop.ui.qt import (
    QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QKeySequence, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QShortcut, Qt, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget, Signal, QCheckBox, QColor,
)

ERROR_STYLE = "color: #b00020;"

# Form fields in order: key (PersonInput attribute), label.
FIELDS = [
    ("name", "姓名"),
    ("sex", "性别"),
    ("birth_date", "出生日期"),
    ("ethnicity", "民族"),
    ("id_number", "身份证号"),
    ("phone", "电话"),
    ("phone2", "电话2"),
    ("relation", "与户主关系"),
    ("residence_type", "居住类型"),
    ("tags", "标签"),
    ("notes", "备注"),
]

SEXES = [("", ""), ("M", "男"), ("F", "女")]
RELATIONS = ["", "户主", "配偶", "子", "女", "父母", "孙子女", "兄弟姐妹", "其他"]
RESIDENCE_TYPES = ["", "户籍", "常住", "流动"]
NOTE_KINDS = ["外出", "生病住院", "独居关注", "矛盾调解", "其他"]


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return getattr(obj, name, default) if obj is not None else default


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
        self._tag_boxes: dict[str, QCheckBox] = {}
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
            edit = self._make_edit(key)
            edit.setEnabled(can_edit)
            err = QLabel()
            err.setStyleSheet(ERROR_STYLE)
            err.setWordWrap(True)
            err.setObjectName(f"error_{key}")
            err.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(edit)
            box.addWidget(err)
            self.form.addRow(self.tr(label), cell)
            self.edits[key] = edit
            self.errors[key] = err
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("取消 (Esc)"))
        self.delete_button = QPushButton(self.tr("删除 (Delete)"))
        self.move_button = QPushButton(self.tr("搬迁到其他户…"))
        for b in (self.save_button, self.cancel_button, self.delete_button, self.move_button):
            b.setEnabled(can_edit)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        self.form_message = QLabel()
        self.form_message.setStyleSheet(ERROR_STYLE)
        self.form_message.setWordWrap(True)
        self.form.addRow(self.form_message)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self._ask_delete)
        self.move_button.clicked.connect(self.open_move)
        self.move_dialog: MoveDialog | None = None
        self.tabs.addTab(form_page, self.tr("基本信息"))

        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("项目"),
                                      self.tr("原来"), self.tr("改为")])
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.history, self.tr("变更记录"))

        self.tabs.addTab(self._build_notes(), self.tr("关注事项"))
        self.moves = MovesList()
        self.tabs.addTab(self.moves, self.tr("迁入/迁出 记录"))

        self._save_sc = QShortcut(QKeySequence.StandardKey.Save, self)
        self._save_sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._save_sc.activated.connect(self.save)

    def _make_edit(self, key: str) -> QWidget:
        if key == "sex":
            w = QComboBox()
            for code, label in SEXES:
                w.addItem(self.tr(label) if label else "", code)
            return w
        if key in ("relation", "residence_type"):
            w = QComboBox()
            w.setEditable(key == "relation")
            for v in (RELATIONS if key == "relation" else RESIDENCE_TYPES):
                w.addItem(self.tr(v) if v else "", v)
            return w
        if key == "tags":
            w = QWidget()
            grid = QGridLayout(w)
            grid.setContentsMargins(0, 0, 0, 0)
            for i, tag in enumerate(self._tag_names()):
                box = QCheckBox(tag)
                self._tag_boxes[tag] = box
                grid.addWidget(box, i // 3, i % 3)
            return w
        if key == "notes":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(60)
            return w
        w = QLineEdit()
        if key == "birth_date":
            w.setPlaceholderText(self.tr("如 1950-03-05，可由身份证号得出"))
        if key == "id_number":
            w.setPlaceholderText(self.tr("18 位，可留空"))
        return w

    def _tag_names(self) -> list[str]:
        with self.ctx.db.session(self.ctx.actor) as s:
            return service.known_tags(s)

    def _build_notes(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
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
            self.note_kind.addItem(self.tr(k), k)
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
        return page

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
        self.notes_list.clear()
        self.moves.clear()
        self.setEnabled(False)

    def load(self, person_id: str) -> bool:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                d = service.get_person(s, self.ctx.actor, person_id)
                hist = service.person_history(s, self.ctx.actor, person_id)
        except UserError as exc:
            self.form_message.setText(exc.message)
            return False
        self.setEnabled(True)
        self.person_id = person_id
        self._household_id = _get(d, "household_id")
        self._community_id = _get(d, "community_id")
        values = {key: _get(d, key, "") for key, _ in FIELDS}
        values["tags"] = list(_get(d, "tags", []) or [])
        self._id_shown_masked = "" if _get(d, "id_full", True) else (values.get("id_number") or "")
        self._loaded = values
        self._version = _get(d, "version")
        self.title.setText(_get(d, "name", ""))
        self.place.setText(" · ".join(x for x in (_get(d, "community_name", ""), _get(d, "address", "")) if x))
        self._fill(values)
        self._set_editable(self.ctx.actor.can(Perm.ROSTER_EDIT) and not self._id_shown_masked)
        if self._id_shown_masked:
            self.form_message.setText(self.tr("身份证号只显示部分：没有修改此人的权限"))
        self._show_history(hist)
        self.moves.set_moves(_get(d, "moves", []) or [])
        self.reload_notes()
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
        self.notes_list.clear()
        self.moves.clear()
        self.tabs.setCurrentIndex(0)
        self.edits["name"].setFocus()

    def _set_editable(self, on: bool) -> None:
        for key, w in self.edits.items():
            w.setEnabled(on)
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
                w.setText(v.isoformat() if isinstance(v, date) else (v or ""))
        self.show_errors({})
        self.form_message.clear()
        self.note_start.setText(today().isoformat())
        self.note_end.clear()
        self.note_text.clear()
        self.note_error.clear()

    def _show_history(self, rows: list[Any]) -> None:
        self.history.clear()
        for r in rows:
            at = _get(r, "at")
            at_text = fmt_local(at) if hasattr(at, "tzinfo") and at is not None else str(at or "")
            self.history.addTopLevelItem(QTreeWidgetItem([
                at_text, str(_get(r, "actor_name", "") or ""), str(_get(r, "action", "") or ""),
                str(_get(r, "field", "") or ""), _text(_get(r, "before")), _text(_get(r, "after"))]))

    # -- editing ------------------------------------------------------------------------------------
    def is_editing(self) -> bool:
        return self.isEnabled() and (self.person_id is not None or self._community_id is not None)

    def collect(self) -> tuple[PersonInput, dict[str, str]]:
        """The form as a PersonInput, or the messages of fields that cannot even be read."""
        problems: dict[str, str] = {}
        text = {k: w.text() for k, w in self.edits.items() if isinstance(w, QLineEdit)}
        birth: date | None = None
        if text["birth_date"].strip():
            try:
                birth = parse_date(text["birth_date"])
            except DateParseError as exc:
                problems["birth_date"] = str(exc)
        id_number = text["id_number"].strip()
        relation_w = self.edits["relation"]
        assert isinstance(relation_w, QComboBox)
        notes_w = self.edits["notes"]
        assert isinstance(notes_w, QPlainTextEdit)
        kwargs: dict[str, Any] = dict(
            name=text["name"], sex=self._combo("sex"), birth_date=birth, ethnicity=text["ethnicity"],
            phone=text["phone"], phone2=text["phone2"], relation=relation_w.currentText().strip(),
            residence_type=self._combo("residence_type"),
            tags=tuple(t for t, b in self._tag_boxes.items() if b.isChecked()),
            notes=notes_w.toPlainText(), household_id=self._household_id, community_id=self._community_id)
        inp = PersonInput(id_number=id_number, **kwargs)
        return inp, problems

    def _combo(self, key: str) -> str:
        w = self.edits[key]
        assert isinstance(w, QComboBox)
        return str(w.currentData() or "")

    def show_errors(self, fields: dict[str, str]) -> None:
        for key, label in self.errors.items():
            msg = fields.get(key, "")
            label.setText(msg)
            label.setVisible(bool(msg))
        other = [m for k, m in fields.items() if k not in self.errors]
        self.form_message.setText("；".join(other))

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
            self.form_message.setText(exc.message)
            if self.person_id and offer_reload(self, exc.message):
                self.load(self.person_id)
            return None
        except ValidationError as exc:
            self.show_errors(exc.fields)
            self._focus_first_error(exc.fields)
            return None
        except UserError as exc:
            self.show_errors({})
            self.form_message.setText(exc.message)
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

    # -- attention notes ----------------------------------------------------------------------------
    def reload_notes(self) -> None:
        self.notes_list.clear()
        if not self.person_id:
            return
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                rows = attention.notes_for(s, self.ctx.actor, person_id=self.person_id)
                if self._household_id:
                    rows += attention.notes_for(s, self.ctx.actor, household_id=self._household_id)
        except UserError as exc:
            self.note_error.setText(exc.message)
            return
        on = today()
        unique = {n.id: n for n in rows}.values()          # a person's note also belongs to the household
        for n in sorted(unique, key=lambda n: n.start_date, reverse=True):
            active = n.start_date <= on and (n.end_date is None or n.end_date >= on)
            item = QTreeWidgetItem([
                self.tr(n.kind), n.text if n.person_id else self.tr("（全户）") + n.text, _text(n.start_date),
                _text(n.end_date), n.author])
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
            self.note_error.setText(str(exc))
            return None
        whole_household = self.note_target.currentData() == "household" and self._household_id
        inp = attention.NoteInput(
            person_id=None if whole_household else self.person_id,
            household_id=self._household_id if whole_household else None,
            kind=str(self.note_kind.currentData()), text=self.note_text.text().strip(),
            start_date=start, end_date=end)
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                nid = attention.add_note(s, self.ctx.actor, inp)
        except ValidationError as exc:
            self.note_error.setText("；".join(exc.fields.values()))
            return None
        except UserError as exc:
            self.note_error.setText(exc.message)
            return None
        self.note_error.clear()
        self.note_text.clear()
        self.note_end.clear()
        self.reload_notes()
        return nid

    def end_selected_note(self) -> None:
        item = self.notes_list.currentItem()
        if item is None:
            self.note_error.setText(self.tr("先在上面选一条事项"))
            return
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                attention.end_note(s, self.ctx.actor, item.data(0, Qt.ItemDataRole.UserRole), on=today())
        except UserError as exc:
            self.note_error.setText(exc.message)
            return
        self.note_error.clear()
        self.reload_notes()


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "、".join(str(x) for x in v)
    return str(v)
