"""An unexpected exception is logged and shown with a copyable report; never a silent exit."""

from __future__ import annotations

import logging
import sys

import pytest

from desktop.ui.crash import CrashDialog, report_text, setup_logging
from desktop.ui.qt import QApplication

pytestmark = pytest.mark.gui


def test_crash_report_has_version_and_traceback(qtbot) -> None:
    try:
        raise RuntimeError("盘满了")
    except RuntimeError:
        report = report_text(*sys.exc_info())
    assert "Linli" in report and "RuntimeError: 盘满了" in report and "Traceback" in report
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == report
    from desktop.ui.qt import QDialogButtonBox, QPushButton
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "复制报告")
    button.click()
    assert QApplication.clipboard().text() == report
    assert dialog.findChild(QDialogButtonBox) is not None


def test_errors_go_to_the_rotating_log(_private_data_dir) -> None:
    setup_logging()
    logging.getLogger("linli").error("测试日志行")
    for h in logging.getLogger().handlers:
        h.flush()
    log = (_private_data_dir / "logs" / "linli.log").read_text(encoding="utf-8")
    assert "测试日志行" in log
    from logging.handlers import RotatingFileHandler
    for h in list(logging.getLogger().handlers):
        if isinstance(h, RotatingFileHandler):
            logging.getLogger().removeHandler(h)
            h.close()
