"""Keyboard and screen-reader habits every window shares, installed once on the application:

- **Ctrl+Enter saves** any dialog (its accept button: 确定/保存/…), even from a multi-line field where Enter
  types a new line; Esc cancels (Qt's own).
- **Focus starts where a person types**: a dialog opens with the cursor in its first empty text field, not
  on a button; a page opened from the keyboard (Ctrl+1…9, or the first page after sign-in) the same.
- **Every input is named for screen readers**: a form row's label becomes its field's buddy (what a reader
  announces, and its Alt+letter then reaches the field); a field without a label takes its placeholder or
  tooltip as its accessible name.

`text_inputs(root)` lists the fields a person types or chooses in; the tests walk every page and dialog
with it.
"""

from __future__ import annotations

from desktop.ui.qt import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QDialogButtonBox, QEvent, QFormLayout,
    QKeyEvent, QLineEdit, QObject, QPlainTextEdit, QTextEdit, Qt, QtWidgets, QWidget,
)

QLabel = QtWidgets.QLabel          # Qt's own class: labels a form layout makes are not our plain-text kind

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ACCEPT_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
                 QDialogButtonBox.ButtonRole.ApplyRole)


def text_inputs(root: QWidget) -> list[QWidget]:
    """The fields under `root` a person types or chooses in (a combo box's own line edit aside)."""
    out = []
    for w in root.findChildren(QWidget):
        if isinstance(w, INPUTS) and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            out.append(w)
    return out


def _label_before(field: QWidget) -> QLabel | None:
    """The label a person reads as the field's name: the form row's label, or the label just before the
    field in its row of widgets (「从」[date] 「到」[date])."""
    parent = field.parentWidget()
    layout = parent.layout() if parent is not None else None
    stack = [layout] if layout is not None else []
    while stack:
        lay = stack.pop()
        if isinstance(lay, QFormLayout):
            row, _role = lay.getWidgetPosition(field)
            if row >= 0:
                item = lay.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                return label if isinstance(label, QLabel) else None
        previous = None
        for i in range(lay.count()):
            item = lay.itemAt(i)
            if item.widget() is field:
                return previous if isinstance(previous, QLabel) and previous.buddy() is None else None
            if item.layout() is not None:
                stack.append(item.layout())
            previous = item.widget() if item.widget() is not None else previous
    return None


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip("：:").strip()


def name_one(field: QWidget) -> bool:
    """Name one input for screen readers (see the module's doc); False if nothing names it."""
    if field.accessibleName():
        return True
    parent = field.parentWidget()
    buddy = next((lab for lab in (parent.findChildren(QLabel) if parent is not None else [])
                  if lab.buddy() is field), None)
    holder = field
    while buddy is None and holder is not None:
        buddy = _label_before(holder)
        # a form row whose field is a small widget of its own (the input, a hint, an error line): the row's
        # label names the first input in it
        parent = holder.parentWidget()
        if buddy is None and parent is not None and parent.parentWidget() is not None \
                and next(iter(text_inputs(parent)), None) is field and not isinstance(parent, QDialog):
            holder = parent
        else:
            break
    if buddy is not None and buddy.buddy() is None and _plain(buddy.text()):
        buddy.setBuddy(field)
    name = _plain(buddy.text()) if buddy is not None else ""
    if not name:
        hint = field.placeholderText() if isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)) else ""
        if not hint and isinstance(field, QComboBox) and field.lineEdit() is not None:
            hint = field.lineEdit().placeholderText()
        name = _plain((hint or field.toolTip()).split("\n")[0])
    if name:
        field.setAccessibleName(name)
    return bool(name)


def name_inputs(root: QWidget) -> list[QWidget]:
    """Name every input under `root`; returns those nothing names."""
    return [w for w in text_inputs(root) if not name_one(w)]


def focus_first(root: QWidget) -> QWidget | None:
    """Put the cursor in the first empty enabled text field under `root` (in tab order), else the first
    enabled one; None if `root` has none."""
    fields = [w for w in text_inputs(root) if w.isEnabled() and w.isVisibleTo(root)
              and w.focusPolicy() != Qt.FocusPolicy.NoFocus
              and not (isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and w.isReadOnly())]
    if not fields:
        return None
    order = _tab_order(root)
    fields.sort(key=lambda w: order.get(id(w), len(order)))
    empty = [w for w in fields if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and not _text_of(w)]
    target = (empty or fields)[0]
    target.setFocus(Qt.FocusReason.TabFocusReason)
    return target


def _text_of(w: QWidget) -> str:
    return w.text() if isinstance(w, QLineEdit) else w.toPlainText()  # type: ignore[attr-defined]


def _tab_order(root: QWidget) -> dict[int, int]:
    order: dict[int, int] = {}
    w = root.nextInFocusChain()
    while w is not None and w is not root and len(order) < 2000:
        order.setdefault(id(w), len(order))
        w = w.nextInFocusChain()
    return order


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    """The button Ctrl+Enter presses: the one the dialog names (`save_button`, where what is saved is a row
    rather than the dialog), else its default button, else its button box's accept button."""
    named = getattr(dialog, "save_button", None)
    if isinstance(named, QAbstractButton):
        return named if named.isEnabled() else None
    for button in dialog.findChildren(QAbstractButton):
        if getattr(button, "isDefault", lambda: False)() and button.isEnabled() and button.isVisibleTo(dialog):
            return button
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in _ACCEPT_ROLES and button.isEnabled() and button.isVisibleTo(dialog):
                return button
    return None


class DeskKeys(QObject):
    """The application-wide filter (one per application)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(obj, QWidget):
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.key() in _ENTER and \
                    key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                dialog = obj.window()
                if isinstance(dialog, QDialog):
                    button = accept_button(dialog)
                    if button is not None:
                        button.click()
                        return True
        elif kind == QEvent.Type.Show and isinstance(obj, INPUTS) and not obj.accessibleName() \
                and not isinstance(obj.parent(), (QComboBox, QAbstractSpinBox)):
            name_one(obj)                                  # a field added after its window was shown
        elif kind == QEvent.Type.Show and isinstance(obj, QDialog) and not obj.property("linli_keys"):
            obj.setProperty("linli_keys", True)
            name_inputs(obj)
            chosen = obj.focusWidget()                    # a dialog that chose its own first field keeps it
            if chosen is None or isinstance(chosen, QAbstractButton):
                focus_first(obj)
        return False


_filter: DeskKeys | None = None


def install(app: QApplication | None = None) -> DeskKeys:
    """Install the filter on the application (once)."""
    global _filter
    app = app or QApplication.instance()  # type: ignore[assignment]
    if _filter is None:
        _filter = DeskKeys()
        app.installEventFilter(_filter)
    return _filter
