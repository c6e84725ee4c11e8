"""The roster import's preview reads the sheet off the window's thread: the window keeps turning, a
progress window counts rows read of the sheet's rows, 取消 leaves the dialog as it was (and nothing of
the stopped reading on disk), closing the dialog stops the reading and waits for it."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desktop.roster.import_store import spill_dir
from desktop.roster.views.import_dialog import ImportDialog
from desktop.ui import background
from desktop.ui.qt import QTimer, Qt, QtGui
from tests.roster.roster_sheets import pid
from tests.ui.previewing import TIMEOUT_MS, ambiguous_world, context_on_copy, estate_chosen, previewed

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOT = Path("/tmp/wip-preview-progress.png")
ROWS = 4000                   # a sheet that takes a few seconds to read and plan
SURNAMES = "陈李黄张梁何罗潘欧"
GIVEN = "美兰素桂英少珍福森"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory):
    return ambiguous_world(tmp_path_factory.mktemp("preview-bg") / "template.db")


@pytest.fixture
def ctx(template, tmp_path: Path, qapp):
    from desktop.ui.look import load_fonts

    load_fonts(qapp)
    yield from context_on_copy(template, tmp_path)


def _sheet(path: Path, n: int, building: str = "") -> Path:
    """`n` new people, each with an ID number of their own; `building`: the flat each lives in."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["姓名", "身份证号码", "联系电话", "楼栋", "房号"])
    for i in range(n):
        ws.append([SURNAMES[i % 9] + GIVEN[(i // 9) % 9] + GIVEN[(i // 81) % 9],
                   pid(date(1940 + i % 50, 1 + i % 12, 1 + i % 28), i % 1000, f"44{1800 + i // 1000:04d}"),
                   f"138{i:08d}", building, f"{1 + i % 6}0{1 + i % 4}" if building else ""])
    wb.save(path)
    return path


def _stores() -> set[Path]:
    return set(spill_dir().glob("import-*.db"))


def _open_files() -> set[str]:
    fds = Path("/proc/self/fd")
    out = set()
    for fd in fds.iterdir():
        try:
            out.add(os.readlink(fd))
        except OSError:
            pass
    return out


def _controls(dlg: ImportDialog) -> list[bool]:
    return [w.isEnabled() for w in (dlg.choose_button, dlg.community, dlg.estate, dlg.import_button)]


def _dialog(qtbot, ctx) -> ImportDialog:
    dlg = ImportDialog(ctx, ctx.community_id)
    qtbot.addWidget(dlg)
    dlg.resize(960, 640)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _grab_with_progress(dlg: ImportDialog) -> None:
    """What a person sees: the dialog and, beside it, the progress window over it."""
    job = dlg.preview_job
    assert job is not None and job.dialog is not None
    job.dialog.resize(420, job.dialog.sizeHint().height())
    back, front = dlg.grab(), job.dialog.grab()
    canvas = QtGui.QPixmap(back.width(), back.height())
    canvas.fill(Qt.GlobalColor.white)
    painter = QtGui.QPainter(canvas)
    painter.drawPixmap(0, 0, back)
    painter.drawPixmap((back.width() - front.width()) // 2, (back.height() - front.height()) // 2, front)
    painter.end()
    canvas.save(str(SHOT))


def test_a_long_sheet_is_read_while_the_window_keeps_turning(qtbot, ctx, tmp_path):
    sheet = _sheet(tmp_path / "大表.xlsx", ROWS)
    dlg = _dialog(qtbot, ctx)
    ticks: list[int] = []
    bars: list[tuple[int, int, str]] = []

    def tick() -> None:
        ticks.append(1)
        job = dlg.preview_job
        if job is not None and job.dialog is not None and job.dialog.isVisible():
            bars.append((job.dialog.maximum(), job.dialog.value(), job.dialog.labelText()))
            if bars[-1][1] > 0 and not SHOT.exists():
                _grab_with_progress(dlg)

    SHOT.unlink(missing_ok=True)
    timer = QTimer(dlg)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT_MS) as ended:
        assert dlg.preview(sheet)
        assert dlg.preview_job is not None and not dlg.preview_job.done        # started, not yet read
        assert _controls(dlg) == [False, False, False, False]
        assert not dlg.preview(sheet)                                           # one at a time
    timer.stop()
    assert ended.args == [True]
    assert len(ticks) > 10, ticks                      # the window's events kept turning while it read
    assert bars, "no progress window for a sheet of a few seconds"
    assert {m for m, _, _ in bars} <= {0, ROWS + 1}    # the sheet's rows, header included (or busy at first)
    moved = [(v, label) for m, v, label in bars if m == ROWS + 1 and v > 0]
    assert moved and moved[-1][0] >= 500 and "正在读取花名册" in moved[-1][1]
    assert f"已读 {moved[-1][0]:,} / {ROWS + 1:,} 行" in moved[-1][1]
    assert dlg.plan is not None and dlg.plan.new_count == ROWS and dlg.plan.refused_count == 0
    assert dlg.summary.text().startswith("预览（大表.xlsx，") and f"新增 {ROWS} 人" in dlg.summary.text()
    assert _controls(dlg) == [True, True, True, True] and dlg.message.text() == ""
    assert SHOT.exists()
    qtbot.waitUntil(lambda: not background._running)


def test_cancel_stops_the_reading_and_leaves_the_dialog_as_it_was(qtbot, ctx, tmp_path):
    dlg = _dialog(qtbot, ctx)
    small = _sheet(tmp_path / "小表.xlsx", 3)
    open_before = _open_files()                    # an earlier test's store not yet collected is not this one's
    assert previewed(qtbot, dlg, small)
    shown, summary = dlg.plan, dlg.summary.text()
    kept = _stores()
    assert kept == {shown.rows.store.path}
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT_MS) as ended:
        assert dlg.preview(_sheet(tmp_path / "大表.xlsx", ROWS))
        job = dlg.preview_job
        qtbot.waitUntil(lambda: job.progress.read()[0] >= 1000, timeout=TIMEOUT_MS)
        reading = _stores() - kept                     # the stopped reading's rows, on disk so far
        assert len(reading) == 1
        job.cancel()                                   # as 取消 does
    assert ended.args == [False] and job.outcome == "cancelled"
    assert dlg.plan is shown and dlg.summary.text() == summary and dlg.file_label.text() == str(small)
    assert dlg.message.text() == "已取消读取花名册。"
    assert _stores() == kept and not reading.pop().exists()
    assert not any("import-" in f and str(shown.rows.store.path) != f for f in _open_files() - open_before)
    assert _controls(dlg) == [True, True, True, True]
    assert previewed(qtbot, dlg, _sheet(tmp_path / "另一张.xlsx", 5))       # usable again
    assert dlg.plan.new_count == 5 and dlg.message.text() == "" and not shown.rows.store.path.exists()


def test_cancel_while_planning_again_for_the_estate_keeps_the_plan_shown(qtbot, ctx, tmp_path, monkeypatch):
    from desktop.roster.views.estate_question import EstateQuestion

    monkeypatch.setattr(EstateQuestion, "exec", lambda self: 0)            # asked, and left for later
    dlg = _dialog(qtbot, ctx)
    assert previewed(qtbot, dlg, _sheet(tmp_path / "三号楼.xlsx", ROWS, building="3号楼"))
    shown = dlg.plan
    assert shown.needs_estate and shown.refused_count == ROWS and dlg.estate.isVisibleTo(dlg)
    dlg.estate.setCurrentIndex(dlg.estate.findData("西湖花园"))
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT_MS) as ended:
        dlg.estate.activated.emit(dlg.estate.currentIndex())
        job = dlg.preview_job
        assert job is not None and not dlg.estate.isEnabled()
        qtbot.waitUntil(lambda: job.progress.read()[0] >= 2000, timeout=TIMEOUT_MS)   # a batch planned
        assert job.progress.read()[1] == ROWS
        job.cancel()
    assert ended.args == [False] and dlg.plan is shown and shown.rows.store.path.is_file()
    assert len(shown.rows) == ROWS and shown.rows[-1].row_number == ROWS + 1     # its rows still read
    assert _stores() == {shown.rows.store.path}
    assert estate_chosen(qtbot, dlg, "西湖花园")
    assert dlg.plan.estate == "西湖花园" and dlg.plan.new_count == ROWS and dlg.plan.refused_count == 0


def test_closing_the_dialog_stops_the_reading_and_waits_for_it(qtbot, ctx, tmp_path):
    dlg = _dialog(qtbot, ctx)
    open_before = _open_files()
    ends: list[bool] = []
    dlg.previewed.connect(ends.append)
    assert dlg.preview(_sheet(tmp_path / "大表.xlsx", ROWS))
    job = dlg.preview_job
    qtbot.waitUntil(lambda: job.progress.read()[0] >= 500, timeout=TIMEOUT_MS)
    dlg.reject()                                        # 关闭 (or Esc, or the window's ×)
    assert job.progress.cancelled and job._worker.isFinished()   # the worker has ended, not left behind
    qtbot.waitUntil(lambda: job.done and not background._running, timeout=TIMEOUT_MS)
    assert job.outcome == "cancelled" and ends == [False]
    assert dlg.plan is None and _stores() == set()
    assert not any("import-" in f for f in _open_files() - open_before)


def test_a_refused_sheet_is_said_in_one_line_and_the_dialog_stays_usable(qtbot, ctx, tmp_path):
    dlg = _dialog(qtbot, ctx)
    old = tmp_path / "旧表.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    assert not previewed(qtbot, dlg, old)
    assert "不能直接读取 .xls 文件" in dlg.message.text() and dlg.plan is None and _stores() == set()
    assert _controls(dlg) == [True, True, True, False]
    assert previewed(qtbot, dlg, _sheet(tmp_path / "小表.xlsx", 2)) and dlg.message.text() == ""
    dlg.community.setCurrentIndex(-1)                   # no community: refused before any reading
    assert not dlg.preview(tmp_path / "小表.xlsx") and dlg.preview_job is None
    assert dlg.message.text() == "先选择导入到哪个社区"
