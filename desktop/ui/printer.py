"""Printing in one step: 打印 opens the system's print dialog and prints the document (Qt's printing support);
the PDF it prints from is a private temporary file removed afterwards, so nothing with names and phone
numbers stays on a lobby PC. 另存为 PDF beside it saves a copy under a meaningful, unique name
(`签到表 重阳节茶话会 2026-10-29.pdf`, then `… (2).pdf`) in the user's export folder.

The PDF's pages are drawn by PDFium (pypdfium2) at the printer's resolution, capped at 300 dpi. The
views build the PDF on a worker thread (`print_in_background`); the dialog and the printer run on the
window's thread.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.paths import exports_dir
from desktop.ui.background import Job, run_in_background
from desktop.ui.qt import QDialog, QMessageBox, QtCore, QtGui, QWidget

MAX_DPI = 300
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def meaningful_name(*parts: object, suffix: str = ".pdf") -> str:
    """`签到表 重阳节茶话会 2026-10-29.pdf`: the parts that are not empty, joined, made safe as a file name
    (no separators or characters Windows refuses, at most 80 characters before the suffix)."""
    words = [_UNSAFE.sub(" ", str(p)).strip() for p in parts if p not in (None, "")]
    stem = re.sub(r"\s+", " ", " ".join(w for w in words if w)).strip(" .") or "文档"
    return stem[:80].rstrip(" .") + suffix


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `(3)` … where that is taken: a save never replaces an earlier one."""
    path = folder / name
    n = 2
    while path.exists():
        path = folder / f"{Path(name).stem} ({n}){Path(name).suffix}"
        n += 1
    return path


def save_path(username: str, *parts: object) -> Path:
    """Where 另存为 PDF suggests saving: the user's export folder, a meaningful name that is not taken."""
    return unique_path(exports_dir(username), meaningful_name(*parts))


def printer_for(name: str) -> object:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    return printer


def print_pdf(pdf: Path, printer: object, first: int = 1, last: int = 0) -> int:
    """Draw pages `first`…`last` (1-based; 0 = to the end) of `pdf` on `printer`; returns the pages printed."""
    import pypdfium2 as pdfium  # deferred: loads pypdfium2

    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document)
        last = count if last <= 0 else min(last, count)
        painter = QtGui.QPainter()
        if not painter.begin(printer):
            raise OSError("打印机无法开始打印")
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for index in range(max(1, first) - 1, last):
                if printed:
                    printer.newPage()
                page = document[index]
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
                image = QtGui.QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                                     QtGui.QImage.Format.Format_RGB888)
                area = painter.viewport()
                size = image.size().scaled(area.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QtCore.QRect(area.x(), area.y(), size.width(), size.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        document.close()


def _temporary_pdf() -> Path:
    handle, name = tempfile.mkstemp(prefix="linli-print-", suffix=".pdf")
    os.close(handle)
    return Path(name)


def send_to_printer(parent: QWidget, title: str, pdf: Path, *, ask: Callable[[object], bool] | None = None) -> int:
    """Show the print dialog for `pdf` and print it; the pages printed (0: cancelled). `ask(printer)`
    replaces the dialog (tests)."""
    printer = printer_for(title)
    if ask is None:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(parent.tr("打印：") + title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        first, last = dialog.fromPage(), dialog.toPage()
    else:
        if not ask(printer):
            return 0
        first, last = 1, 0
    return print_pdf(pdf, printer, first or 1, last)


def print_document(parent: QWidget, title: str, render: Callable[[Path], object], *,
                   ask: Callable[[object], bool] | None = None) -> int:
    """打印: render the document into a private temporary PDF, show the print dialog, print, remove the file.
    Returns the pages printed (0 when the dialog was cancelled). `ask(printer)` replaces the dialog (tests)."""
    pdf = _temporary_pdf()
    try:
        render(pdf)
        return send_to_printer(parent, title, pdf, ask=ask)
    finally:
        pdf.unlink(missing_ok=True)


def print_in_background(parent: QWidget, title: str, render: Callable[[Path], object], *,
                        ask: Callable[[object], bool] | None = None,
                        printed: Callable[[int, object], None] | None = None,
                        failed: Callable[[UserError], None] | None = None) -> Job:
    """打印 without holding the window: `render(pdf)` builds the temporary PDF on a worker thread (its own
    unit of work; no widgets), then, back on the window's thread, the print dialog and the printer;
    `printed(pages, what render returned)`. The temporary file is removed however it ends."""
    pdf = _temporary_pdf()

    def done(report: object) -> None:
        try:
            pages = send_to_printer(parent, title, pdf, ask=ask)
        finally:
            pdf.unlink(missing_ok=True)
        job.pages = pages
        if printed is not None:
            printed(pages, report)

    def not_printed(exc: UserError) -> None:
        pdf.unlink(missing_ok=True)
        if failed is not None:
            failed(exc)
        else:
            QMessageBox.warning(parent, parent.tr("提示"), shown(exc))

    job = run_in_background(parent, parent.tr("正在准备打印：%s…") % title, lambda _progress: render(pdf), done,
                            failed=not_printed)
    job.cancelled.connect(lambda: pdf.unlink(missing_ok=True))
    return job


def tell_unprintable(parent: QWidget, report: object) -> None:
    """Where a document had characters no font could print, tell the person which."""
    missing = getattr(report, "unprintable", None)
    if missing:
        QMessageBox.information(parent, parent.tr("请留意"),
                                parent.tr("以下字没有字体可以打印，已用〓代替，请手写补上：%s")
                                % "、".join(sorted(set(missing))))


def print_service(ctx: object, parent: QWidget, title: str, render: Callable[[object, Path], object], *,
                  ask: Callable[[object], bool] | None = None,
                  printed: Callable[[int], None] | None = None,
                  failed: Callable[[UserError], None] | None = None) -> Job:
    """打印 a service's document in one step: `render(session, pdf)` runs in its own unit of work on the
    worker (the service checks the permission and records the print), then the print dialog and the
    printer; the PDF never stays on disk (for what must not: rehab forms). Where the document had
    characters no font could print, the person is told which; then `printed(pages)` (0: cancelled)."""
    def build(pdf: Path) -> object:
        with ctx.db.session(ctx.actor) as s:  # type: ignore[attr-defined]
            return render(s, pdf)

    def sent(pages: int, report: object) -> None:
        if pages:
            tell_unprintable(parent, report)
        if printed is not None:
            printed(pages)
    return print_in_background(parent, title, build, ask=ask, printed=sent, failed=failed)
