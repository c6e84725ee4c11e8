"""The guard desk as a volunteer of about seventy meets it: it fits 1024×768 at type size 1.0 and 1.5,
a dead button looks dead and says why, only the round due now is a button, the duty log is written by
keyboard and read with the last hand-over first, and no welfare status or full phone number shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.settings_store import MachineSettings
from desktop.duty.views.guard_desk import GuardDeskView
from desktop.ui.context import AppContext
from desktop.ui.look import load_fonts
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QApplication, QWidget

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


def ctx_for(dw, name: str, tmp_path: Path, scale: float = 1.0) -> AppContext:
    settings = MachineSettings(tmp_path / "m.json")
    settings.set("font_scale", scale)
    w = dw.w
    return AppContext(db=w.db, actor=dw.desk[name], settings=settings, desk="guard", community_id=w.community_id,
                      building_id=w.building_id)


def at(desk_clock, dw, hour: int, minute: int = 0, days: int = 0) -> None:
    from datetime import timedelta
    d = dw.day + timedelta(days=days)
    desk_clock.at(d.year, d.month, d.day, hour, minute)


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_desk_fits_1024_by_768_at_type_size_1_and_1_5(desk_world, qtbot, tmp_path: Path, desk_clock,
                                                          scale: float) -> None:
    dw = desk_world
    at(desk_clock, dw, 19, 40)
    app = QApplication.instance()
    saved = app.font()
    load_fonts(app, scale)                             # what the start-up does with the setting
    try:
        window = MainWindow(ctx_for(dw, "陈富森", tmp_path, scale), "西湖社区")
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        desk = window.page("duty").desk
        assert isinstance(desk, GuardDeskView)
        QApplication.processEvents()
        window.grab().save(str(SHOTS / f"duty-guard-desk-{scale}.png"))
        assert (window.width(), window.height()) == (1024, 768)
        assert desk.start_button.title.font().pointSize() == round(19 * scale)
        for w in [desk.clock, desk.now_label, desk.next_label, desk.start_button, desk.end_button, desk.message,
                  desk.rounds.alerts, desk.record_button, desk.log_button, desk.log_view_button]:
            if w.isVisible():
                assert inside(w, window), (w.objectName(), getattr(w, "text", lambda: "")())
    finally:
        app.setFont(saved)
