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
    assert "Linli" in report and "Traceback" in report
    # The message is redacted (it may carry a name or a note); the code that raised it is shown.
    assert "RuntimeError: [文字]" in report and 'raise RuntimeError("盘满了")' in report
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
    logging.getLogger("linli").error("backup failed: disk full")
    for h in logging.getLogger().handlers:
        h.flush()
    log = (_private_data_dir / "logs" / "linli.log").read_text(encoding="utf-8")
    assert "ERROR linli: backup failed: disk full" in log
    from logging.handlers import RotatingFileHandler
    for h in list(logging.getLogger().handlers):
        if isinstance(h, RotatingFileHandler):
            logging.getLogger().removeHandler(h)
            h.close()


ID_NUMBER, PHONE, NOTE, NAME = "44180219560305112X", "13812345678", "乳腺癌术后，每周透析两次", "陈富森"


def _provoke(db) -> tuple:  # noqa: ANN001
    """A real failure carrying personal data: two people saved with the same ID number (the database
    quotes the key on PostgreSQL), wrapped by code that names the person, the phone and a health note."""
    from desktop.core.security import SYSTEM
    from desktop.roster.models import Person
    from tests import helpers

    cid = helpers.community(db)
    try:
        try:
            with db.session(SYSTEM) as s:
                for _ in range(2):
                    s.add(Person(community_id=cid, name=NAME, id_number=ID_NUMBER, phone=PHONE, notes=NOTE))
                s.flush()
        except Exception as exc:
            raise RuntimeError(f"保存{NAME}（{ID_NUMBER}，电话 {PHONE}）失败：{NOTE}") from exc
    except RuntimeError:
        return sys.exc_info()
    raise AssertionError("the duplicate ID number was not refused")


def test_crash_report_and_log_carry_no_personal_data(qtbot, db, _private_data_dir, monkeypatch) -> None:
    from desktop.ui import crash

    exc_info = _provoke(db)
    raw = "".join(__import__("traceback").format_exception(*exc_info))
    assert ID_NUMBER in raw and PHONE in raw and NOTE in raw       # what would have been written before
    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self.text.toPlainText()) or 0)
    saved_hook = sys.excepthook
    crash.setup_logging()
    try:
        crash.install_excepthook()
        sys.excepthook(*exc_info)
    finally:
        sys.excepthook = saved_hook
        from logging.handlers import RotatingFileHandler
        for h in list(logging.getLogger().handlers):
            if isinstance(h, RotatingFileHandler):
                h.flush()
                logging.getLogger().removeHandler(h)
                h.close()
    log = (_private_data_dir / "logs" / "linli.log").read_text(encoding="utf-8")
    assert len(shown) == 1
    for text in (shown[0], log):
        for secret in (ID_NUMBER, ID_NUMBER[:17], PHONE, NOTE, NAME, "透析", "13812"):
            assert secret not in text
        # Still a useful report: what failed, where, in which code.
        assert "IntegrityError" in text and "RuntimeError" in text and "Traceback" in text
        assert "test_crash.py" in text and "s.flush()" in text and "[号码]" in text
    import os
    import stat
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(_private_data_dir / "logs" / "linli.log").st_mode) == 0o600
