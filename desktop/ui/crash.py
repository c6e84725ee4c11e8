"""Unexpected errors: logged to a rotating file, shown in a dialog with a copyable report. Neither the
log nor the report carries personal data: exception texts pass through desktop.core.redact."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from desktop import __version__
from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.paths import logs_dir
from desktop.core.private_files import make_private
from desktop.core.redact import RedactingFormatter, redact_traceback
from desktop.ui.qt import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from desktop.ui.qt import QMessageBox, QtCore

log = logging.getLogger("linli")


def setup_logging() -> None:
    path = logs_dir() / "linli.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    make_private(path)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def report_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return (f"Linli {__version__} · Python {platform.python_version()} · {platform.platform()}\n\n"
            + redact_traceback("".join(lines)))


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("出错了"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "程序遇到意外错误。已保存的数据不会丢失；正在进行的这一步没有保存。\n"
            "请把下面的报告复制给管理员（也已写入日志文件）。")))
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("复制报告"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(QApplication.activeWindow(), "提示", shown(exc))
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None:
            CrashDialog(report_text(exc_type, exc, tb), QApplication.activeWindow()).exec()
        else:
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook


_QUIET = ("This plugin does not support propagateSizeHints",)


def install_qt_message_log() -> None:
    """Qt's own warnings go to the log file (not the terminal); a known offscreen notice is dropped."""
    levels = {QtCore.QtMsgType.QtDebugMsg: logging.DEBUG, QtCore.QtMsgType.QtInfoMsg: logging.INFO,
              QtCore.QtMsgType.QtWarningMsg: logging.WARNING, QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
              QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL}
    qt_log = logging.getLogger("qt")

    def handler(kind: QtCore.QtMsgType, _context: object, message: str) -> None:
        if not message.startswith(_QUIET):
            qt_log.log(levels.get(kind, logging.WARNING), message)

    QtCore.qInstallMessageHandler(handler)
