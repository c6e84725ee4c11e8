"""The one Qt import surface: widgets import Qt names from here, never from PySide6 directly."""

from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import (  # noqa: F401
    QAbstractTableModel, QCoreApplication, QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize,
    Qt, QThread, QTimer, Signal, Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction, QColor, QFont, QFontDatabase, QIcon, QKeyEvent, QKeySequence, QPaintEvent, QPalette, QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView, QApplication, QBoxLayout, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFileDialog, QInputDialog, QTableWidget, QTableWidgetItem,
    QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QMessageBox, QPlainTextEdit, QProgressDialog, QPushButton, QScrollArea,
    QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QStatusBar, QTableView, QTabWidget, QTextEdit,
    QTreeView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop.core import clock


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
