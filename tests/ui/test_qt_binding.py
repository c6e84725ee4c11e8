"""The Qt binding must not leak or drop references: PySide6 6.12.0 on Python 3.11 dropped one reference to
None for every void call (setText, clear, processEvents …) and one to True for every signal emitted, and the
interpreter aborted after a few thousand — a reception desk would have crashed within a morning's scans."""

from __future__ import annotations

import sys

from desktop.ui.qt import QLabel, QObject, Signal


class _Pinger(QObject):
    ping = Signal(int)


def test_void_calls_and_signals_keep_the_reference_counts(qapp) -> None:
    label, pinger = QLabel(), _Pinger()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(500):
        label.setText(str(i))
        label.clear()
        qapp.processEvents()
        pinger.ping.emit(i)
    assert sys.getrefcount(None) - none_before > -50
    assert sys.getrefcount(True) - true_before > -50
