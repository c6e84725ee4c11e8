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


def test_modules_imported_after_qt_leave_no_source_text_behind(tmp_path, monkeypatch) -> None:
    """PySide6 reads each newly imported module's source to see whether it uses PySide6; the text must not
    stay in memory (it held 22 MiB at start-up), and the answer must still be recorded."""
    import linecache

    from shibokensupport import feature

    (tmp_path / "linli_probe_plain.py").write_text("VALUE = 1\n" + "# padding\n" * 2000, encoding="utf-8")
    (tmp_path / "linli_probe_qt.py").write_text("import PySide6.QtCore\nVALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("linli_probe_plain", "linli_probe_qt"):
        module = __import__(name)                  # an import statement: PySide6 watches those
        assert module.__file__ not in linecache.cache
        monkeypatch.delitem(sys.modules, name)
    assert feature.pyside_feature_dict.get("linli_probe_plain") == -1       # "ignore this module"
    assert feature.pyside_feature_dict.get("linli_probe_qt") == 0          # "uses PySide, no feature"
