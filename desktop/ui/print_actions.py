"""Saving a printed document: choose where, render through the service on a worker thread, open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.ui.background import Job, run_in_background
from desktop.ui.context import AppContext
from desktop.ui.export_files import ask_save_path, offer_delete_printout
from desktop.ui.qt import QMessageBox, QtCore, QtGui, QWidget


def save_pdf(ctx: AppContext, parent: QWidget, suggested: str, render: Callable[[Session, Path], object], *,
             path: Path | None = None, title: str | None = None,
             printed: Callable[[Path], None] | None = None, failed: Callable[[UserError], None] | None = None,
             show: bool = True) -> Job | None:
    """Ask for a file name (in the user's export folder) unless `path` is given; then, on a worker thread,
    run `render(session, path)` in a unit of work of its own; back on the window's thread open the PDF,
    offer to delete it once printed (unless not `show`), and call `printed(path)`; a refusal goes to
    `failed(exc)`, by default a warning. `render` must not read widgets: take the values before. Returns
    the job (None when no file was chosen); `job.path` is the file."""
    if path is None:
        path = ask_save_path(ctx, parent, title or parent.tr("保存 PDF"), suggested)
        if path is None:
            return None

    def work(_progress: Progress) -> object:
        with ctx.db.session(ctx.actor) as s:
            return render(s, path)

    def done(report: object) -> None:
        if show:
            show_printout(parent, path, report)
        if printed is not None:
            printed(path)

    job = run_in_background(parent, parent.tr("正在生成 %s…") % path.name, work, done, failed=failed)
    job.path = path
    return job


def show_printout(parent: QWidget, path: Path, report: object = None) -> None:
    """A PDF was written: name the characters no font could print, open it, offer to delete it later."""
    missing = getattr(report, "unprintable", None)
    if missing:
        QMessageBox.information(parent, parent.tr("请留意"), parent.tr("以下字没有字体可以打印，已用〓代替，请手写补上：%s")
                                % "、".join(sorted(set(missing))))
    QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))
    offer_delete_printout(parent, path)


def print_user_list(ctx: AppContext, parent: QWidget) -> Job | None:
    from desktop.admin.printing import print_user_list as job  # deferred: ReportLab loads with the first print

    return save_pdf(ctx, parent, "账号清单.pdf", lambda s, p: job(s, ctx.actor, p))
