"""For the tests of 打印 and 另存为 PDF in the views: the system's print dialog answered as a person would (OK,
the printer being a PDF file here), the temporary folder watched for leftovers, and no PDF viewer opened."""

from __future__ import annotations

import glob
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader


class Printer:
    """Patches QPrintDialog.exec: each 打印 prints to `printed-N.pdf` under `folder`; `texts` are the
    documents' text as sent to the printer, in order. Any attempt to open a file in a viewer is recorded in `opened`."""

    def __init__(self, monkeypatch: Any, folder: Path) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.qt import QtGui

        self.folder, self.outputs, self.opened = folder, [], []
        self.temporary = track_temporary_pdfs(monkeypatch)

        def accept(dialog: QPrintDialog) -> int:
            out = folder / f"printed-{len(self.outputs) + 1}.pdf"
            dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer().setOutputFileName(str(out))
            self.outputs.append(out)
            return 1
        monkeypatch.setattr(QPrintDialog, "exec", accept)
        from desktop.ui import printer as printing

        real, self.texts = printing.print_pdf, []

        def print_pdf(pdf: Path, *args: Any) -> int:    # what was sent: the printer gets pictures of the pages
            self.texts.append("".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
            return real(pdf, *args)
        monkeypatch.setattr(printing, "print_pdf", print_pdf)
        monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", lambda url: self.opened.append(url) or True)

    @staticmethod
    def leftovers() -> set[str]:
        """Every temporary print file now in the temporary folder (other tests' too, when run in parallel)."""
        return set(glob.glob(f"{tempfile.gettempdir()}/linli-print-*"))

    def wait(self, qtbot: Any, job: Any) -> str:
        """Wait for a 打印 job; check a page was printed and nothing stayed behind; the printed text."""
        assert job is not None
        qtbot.waitUntil(lambda: job.done, timeout=20000)               # built on a worker thread
        assert job.outcome == "done" and job.pages >= 1, (job.outcome, job.error)
        assert self.temporary and not any(p.exists() for p in self.temporary) and not self.opened
        assert len(PdfReader(str(self.outputs[-1])).pages) == job.pages
        return self.texts[-1]


def track_temporary_pdfs(monkeypatch: Any) -> list[Path]:
    """The temporary PDFs 打印 makes from now on, in this process (a list that fills as they are made)."""
    from desktop.ui import printer as printing

    made: list[Path] = []
    real = printing._temporary_pdf

    def temporary() -> Path:
        made.append(real())
        return made[-1]
    monkeypatch.setattr(printing, "_temporary_pdf", temporary)
    return made


def save_dialog(monkeypatch: Any) -> list[str]:
    """Patches the save dialog to accept what it suggests; returns the suggestions made."""
    offered: list[str] = []

    def answer(_parent: Any, _title: str, start: str, _filters: str = "") -> tuple[str, str]:
        offered.append(start)
        Path(start).parent.mkdir(parents=True, exist_ok=True)
        return start, ""
    monkeypatch.setattr("desktop.ui.export_files.QFileDialog.getSaveFileName", answer)
    return offered


def wait_saved(qtbot: Any, job: Any) -> str:
    """Wait for a 另存为 PDF job; the saved document's text."""
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert job.outcome == "done", (job.outcome, job.error)
    return "".join(p.extract_text() for p in PdfReader(str(job.path)).pages)
