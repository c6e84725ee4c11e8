"""The one way views do the common things: a service call with its refusal shown, the save dialog, long
work on a worker thread (progress, cancel, results back on the window's thread), the read-only table."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.errors import UserError
from desktop.core.progress import Cancelled, step
from desktop.core.settings_store import MachineSettings, db_get, db_set
from desktop.ui import actions, background, export_files, print_actions
from desktop.ui.context import AppContext
from desktop.ui.qt import QLabel, QMessageBox, QProgressDialog, QPushButton, QWidget
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table, selected_row
from tests import helpers

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def ctx(sqlite_db, tmp_path) -> AppContext:
    return AppContext(db=sqlite_db, actor=helpers.admin(sqlite_db), settings=MachineSettings(tmp_path / "s.json"))


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def _warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def test_call_commits_or_shows_the_refusal_and_rolls_back(ctx, parent, monkeypatch) -> None:
    shown = _warnings(monkeypatch)
    assert actions.call(ctx, parent, lambda s: db_set(s, "org_name", "凤城") or 7) == 7

    def refused(s) -> None:
        db_set(s, "org_name", "半途")
        raise UserError("不能这样做")

    status = QLabel()
    assert actions.call(ctx, parent, refused, status=status) is None
    assert shown == ["不能这样做"] and status.text() == "不能这样做"
    assert not actions.succeeds(ctx, parent, refused, status=status, warn=False) and len(shown) == 1
    assert actions.succeeds(ctx, parent, lambda s: None)
    with ctx.db.session(ctx.actor) as s:
        assert db_get(s, "org_name") == "凤城"


def test_save_dialog_starts_in_the_users_folder_then_where_they_saved(ctx, parent, monkeypatch, tmp_path,
                                                                      _private_data_dir) -> None:
    answers = [str(tmp_path / "u盘" / "名单"), ""]
    starts: list[str] = []
    monkeypatch.setattr(export_files.QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: starts.append(start) or (answers.pop(0), ""))
    (tmp_path / "u盘").mkdir()
    assert export_files.ask_save_path(ctx, parent, "保存", "名单.pdf") == tmp_path / "u盘" / "名单.pdf"
    assert export_files.ask_save_path(ctx, parent, "保存", "卡.xlsx") is None
    assert starts == [str(_private_data_dir / "exports" / "admin" / "名单.pdf"), str(tmp_path / "u盘" / "卡.xlsx")]


def test_background_work_runs_off_the_window_thread_and_reports_back_on_it(qtbot, parent) -> None:
    seen: dict[str, object] = {}

    def work(progress) -> int:
        seen["worker"] = threading.current_thread()
        progress.step(1, 2)
        return 42

    job = background.run_in_background(parent, "计算", work, lambda r: seen.update(result=r,
                                                                                  done=threading.current_thread()))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["result"] == 42 == job.result and job.outcome == "done"
    assert seen["worker"] is not threading.main_thread() and seen["done"] is threading.main_thread()


def test_long_work_shows_progress_and_cancel_stops_it(qtbot, parent) -> None:
    started = threading.Event()
    reached: list[int] = []

    def work(_progress) -> None:
        started.set()
        for n in range(1_000_000):
            step(n, 1_000_000, f"第 {n} 行")               # deep inside the work, through the module
            reached.append(n)
            threading.Event().wait(0.002)

    job = background.run_in_background(parent, "导出", work)
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: job.dialog.value() > 0, timeout=5000)
    assert job.dialog.maximum() == 1_000_000 and "第" in job.dialog.labelText()
    assert not job.dialog.isModal()
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        next(b for b in job.dialog.findChildren(QPushButton) if b.text() == "取消").click()
    assert job.outcome == "cancelled" and job.done and len(reached) < 1_000_000
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_quitting_cancels_and_waits_for_work_still_running(qtbot, parent) -> None:
    started, stopped = threading.Event(), []

    def work(progress) -> None:
        started.set()
        while True:
            try:
                progress.step(1, 0)
            except Cancelled:
                stopped.append(True)
                raise
            threading.Event().wait(0.01)

    job = background.run_in_background(parent, "导入", work)
    assert started.wait(5)
    background.wait_for_all()                 # what the application runs when it quits
    assert stopped == [True] and not job._worker.isRunning()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert job.outcome == "cancelled"


def test_a_refusal_on_the_worker_is_shown_on_the_window(qtbot, parent, monkeypatch) -> None:
    shown = _warnings(monkeypatch)

    def work(_progress) -> None:
        raise UserError("没有权限")

    job = background.run_in_background(parent, "打印", work)
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass
    assert shown == ["没有权限"] and job.outcome == "refused" and job.error.message == "没有权限"
    assert issubclass(Cancelled, Exception)


def test_a_pdf_is_built_on_a_worker_in_its_own_session(qtbot, ctx, parent, monkeypatch, tmp_path) -> None:
    threads: list[threading.Thread] = []

    def render(s, path: Path) -> None:
        threads.append(threading.current_thread())
        from desktop.admin.printing import print_user_list

        return print_user_list(s, ctx.actor, path)

    job = print_actions.save_pdf(ctx, parent, "x.pdf", render, path=tmp_path / "账号.pdf")
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    assert threads[0] is not threading.main_thread()
    assert "admin" in PdfReader(job.path).pages[0].extract_text()


@dataclass(frozen=True)
class _Row:
    name: str
    age: int


def test_read_only_table_shows_named_columns_and_gives_back_the_row(qtbot) -> None:
    model = RowsTableModel([Column("姓名", lambda r: r.name), Column("年龄", lambda r: r.age)])
    view = read_only_table(model)
    qtbot.addWidget(view)
    model.set_rows([_Row("张三", 70), _Row("李四", 81)])
    assert [model.headerData(c, view.horizontalHeader().orientation()) for c in range(2)] == ["姓名", "年龄"]
    assert selected_row(view) is None
    view.selectRow(1)
    assert selected_row(view) == _Row("李四", 81) and model.index(1, 1).data() == "81"
    assert view.editTriggers() == view.EditTrigger.NoEditTriggers
