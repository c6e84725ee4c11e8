"""Waiting for the roster import's preview, which reads the sheet off the window's thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

TIMEOUT_MS = 60000


def previewed(qtbot: Any, dlg: Any, path: Path, estate: str = "", ask: bool = True) -> bool:
    """`dlg.preview(path, …)`, the window's events turning until it has ended (the estate asked and the
    sheet planned again included): True when its plan is shown, False when it was refused or cancelled."""
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT_MS) as ended:
        assert dlg.preview(path, estate, ask), dlg.message.text()
    assert dlg.preview_job is None
    return bool(ended.args[0])


def estate_chosen(qtbot: Any, dlg: Any, estate: str) -> bool:
    """The estate chosen in the dialog's list, as a person does; True when the new plan is shown."""
    dlg.estate.setCurrentIndex(dlg.estate.findData(estate))
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT_MS) as ended:
        dlg.estate.activated.emit(dlg.estate.currentIndex())
    return bool(ended.args[0])
