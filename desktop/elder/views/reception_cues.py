"""How the reception counter tells one outcome from another at a glance and by ear.

Each outcome of a scan has a cue: a colour, a sign in front of the message (so the difference never rests
on colour alone) and a sound. "Needs confirmation" must never look or sound like the harmless "already
checked in", nor like "not found". Sounds: on Windows the system's own distinct sounds (MessageBeep types,
through the standard library); elsewhere Qt's beep, a different number of times per cue.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from desktop.ui.qt import QApplication, QObject, QTimer, Signal

OK = "ok"                    # checked in
ALREADY = "already"          # checked in earlier today: nothing to do
CONFIRM = "confirm"          # expired/suspended: the desk must answer
NOT_FOUND = "not_found"      # no such member
REFUSED = "refused"          # withdrawn or deceased
CANDIDATES = "candidates"    # several members: choose one
UNDONE = "undone"            # a check-in or lunch taken back
IDLE = "idle"


@dataclass(frozen=True)
class Cue:
    sign: str
    style: str                 # the flash label's colours
    beeps: int                 # Qt beeps where there is no system sound
    system_sound: int | None   # winsound.MessageBeep type on Windows (None: silent)


# MessageBeep types: 0 = MB_OK (default), 0x10 = MB_ICONHAND (stop), 0x30 = MB_ICONEXCLAMATION,
# 0x40 = MB_ICONASTERISK (information).
CUES: dict[str, Cue] = {
    OK: Cue("✓", "background:#e3f4e1;color:#1b5e20;border:2px solid #43a047;", 1, 0x0),
    ALREADY: Cue("ⓘ", "background:#e8f1fb;color:#0d3c78;border:2px solid #64a0e0;", 2, 0x40),
    CONFIRM: Cue("？", "background:#ff9800;color:#000000;border:4px solid #b35c00;font-weight:bold;", 3, 0x30),
    NOT_FOUND: Cue("✗", "background:#fde7e7;color:#9b1c1c;border:3px solid #d32f2f;", 4, 0x10),
    REFUSED: Cue("⛔", "background:#fde7e7;color:#9b1c1c;border:3px solid #d32f2f;", 4, 0x10),
    CANDIDATES: Cue("☰", "background:#f3ecfb;color:#4a2a7a;border:2px solid #9c7cd0;", 0, None),
    UNDONE: Cue("↶", "background:#eceff1;color:#263238;border:2px solid #78909c;", 1, 0x40),
    IDLE: Cue("", "background:#f3f4f6;color:#374151;border:2px solid #d1d5db;", 0, None),
}


def flash_style(cue: str) -> str:
    return "QLabel{padding:8px;border-radius:8px;%s}" % CUES[cue].style


class CueSound(QObject):
    """Plays a cue's sound and reports it (`played`), so a test can hear what the desk would."""

    played = Signal(str)

    def __init__(self, parent: QObject | None = None, *, enabled: bool = True) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.history: list[str] = []

    def play(self, cue: str) -> None:
        self.history.append(cue)
        del self.history[:-50]
        self.played.emit(cue)
        c = CUES[cue]
        if not self.enabled:
            return
        if sys.platform == "win32" and c.system_sound is not None:
            import winsound  # Windows only
            winsound.MessageBeep(c.system_sound)
            return
        for i in range(c.beeps):
            QTimer.singleShot(i * 160, QApplication.beep)
