"""The one Qt import surface: widgets import Qt names from here, never from PySide6 directly.

Two names here are Linli's own, because what they show is data: `QLabel` and `QMessageBox` show their
text as plain text. Qt's own guess "this looks like HTML" would render a name <b>大字</b> bold and have a
note <img src="/dev/zero"> read a device until memory runs out. Tooltips and the few other places where
Qt guesses (QInputDialog labels, item tooltips) take `plain_html(text)`.
"""

import html
from datetime import date
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import (  # noqa: F401
    QAbstractItemModel, QAbstractTableModel, QCoreApplication, QDate, QEvent, QModelIndex, QObject,
    QEventLoop, QPersistentModelIndex, QRect, QSize,
    Qt, QThread, QTimer, Signal, Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction, QColor, QFont, QFontDatabase, QIcon, QKeyEvent, QKeySequence, QPaintEvent, QPalette, QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QBoxLayout, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFileDialog, QInputDialog, QTableWidget, QTableWidgetItem,
    QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QPlainTextEdit, QProgressDialog, QPushButton, QScrollArea,
    QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QStatusBar, QStyledItemDelegate, QTableView, QTabWidget,
    QTextEdit,
    QTreeView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)
from PySide6.QtWidgets import QDateEdit as _QtDateEdit, QLabel as _QtLabel, QMessageBox as _QtMessageBox

from desktop.core import clock


def _answer_the_feature_check_from_bytes() -> None:
    """PySide6 asks of every module imported after it whether its source mentions PySide6 (for the optional
    `__feature__` switches), through `inspect.getsource`: ~450 modules parsed into lines at start-up (a fifth of
    a second) and every file's text kept in `linecache` (22 MiB held from start-up on). The same question is
    answered here by looking for the word in the file's bytes, nothing kept; what is not a plain source file
    goes to PySide6's own check."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover — a PySide6 without the check
        return
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "_linli_fast", False):
        return

    def mentions_pyside(module: Any) -> Any:
        filename = getattr(module, "__file__", None)
        if not filename or not filename.endswith(".py"):
            return check(module)
        try:
            with open(filename, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            return False            # as PySide6's check answers a module whose source cannot be read

    mentions_pyside._linli_fast = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mentions_pyside


_answer_the_feature_check_from_bytes()


def translated(context: str, text: str) -> str:
    """Translate a label held in data (marked with QT_TRANSLATE_NOOP where it is defined)."""
    return QCoreApplication.translate(context, text)


tr = translated  # short alias for code; the translation tools collect only QT_TRANSLATE_NOOP marks


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def qtoday() -> QDate:
    """Today at the desk (Shanghai) as a QDate: Qt's own currentDate() reads the machine's zone."""
    return qdate(clock.today())


ISO_DATE = "yyyy-MM-dd"


class QDateEdit(_QtDateEdit):
    """A date field that shows its date in ISO form (2026-12-03) in either language: the locale's own
    short form would be 3/12/2026 in English. A field that shows less (a month) sets its own format."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setDisplayFormat(ISO_DATE)


def plain_html(text: str) -> str:
    """`text` for a place where Qt guesses rich text (tooltips, QInputDialog labels): shown literally.
    Text without < or & cannot be taken for HTML and is returned as it is."""
    if "<" not in text and "&" not in text:
        return text
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


class QLabel(_QtLabel):
    """A label whose text is plain text (set before the text, so markup is never even parsed).
    A label that needs markup sets Qt.TextFormat.RichText itself and escapes the data it holds."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        text = kwargs.pop("text", "")
        if args and isinstance(args[0], str):
            text, args = args[0], args[1:]
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)


class WrappedLabel(QLabel):
    """A plain-text label that wraps, and claims the height its text needs at the width it is given: a
    form squeezing its row (QFormLayout gives a wrapped label's row the height of fewer lines when its
    column narrows: large type, English) would otherwise cut the text off mid-line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 — Qt's name
        super().setText(text)
        if self.isVisible():             # shown: its width is the layout's (else the first resize claims)
            self._claim(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._claim(event.size().width())

    def _claim(self, width: int) -> None:
        if width < 8 * self.fontMetrics().averageCharWidth():
            return                       # not laid out yet: a few pixels' width would claim a tower of lines
        need = self.heightForWidth(width) if self.text() else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(max(need, 0))


_Button = _QtMessageBox.StandardButton


class QMessageBox(_QtMessageBox):
    """A message box whose text is plain text; the static helpers (information, warning, critical,
    question) build one the same way. `about` keeps Qt's own (its text is ours, never data)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        text = None
        if len(args) >= 3 and isinstance(args[2], str):        # (icon, title, text, …)
            text, args = args[2], (args[0], args[1], "", *args[3:])
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)

    @staticmethod
    def _ask(icon: _QtMessageBox.Icon, parent: Any, title: str, text: str, buttons: Any, default: Any) -> Any:
        box = QMessageBox(parent)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(buttons)
        if default != _Button.NoButton:
            box.setDefaultButton(default)
        return _Button(box.exec())

    @staticmethod
    def information(parent: Any, title: str, text: str, buttons: Any = _Button.Ok,
                    defaultButton: Any = _Button.NoButton) -> Any:  # noqa: N803 — Qt's own keyword
        return QMessageBox._ask(_QtMessageBox.Icon.Information, parent, title, text, buttons, defaultButton)

    @staticmethod
    def warning(parent: Any, title: str, text: str, buttons: Any = _Button.Ok,
                defaultButton: Any = _Button.NoButton) -> Any:  # noqa: N803
        return QMessageBox._ask(_QtMessageBox.Icon.Warning, parent, title, text, buttons, defaultButton)

    @staticmethod
    def critical(parent: Any, title: str, text: str, buttons: Any = _Button.Ok,
                 defaultButton: Any = _Button.NoButton) -> Any:  # noqa: N803
        return QMessageBox._ask(_QtMessageBox.Icon.Critical, parent, title, text, buttons, defaultButton)

    @staticmethod
    def question(parent: Any, title: str, text: str, buttons: Any = _Button.Yes | _Button.No,
                 defaultButton: Any = _Button.NoButton) -> Any:  # noqa: N803
        return QMessageBox._ask(_QtMessageBox.Icon.Question, parent, title, text, buttons, defaultButton)
