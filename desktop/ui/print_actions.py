"""Saving a printed document: choose where, render through the service, open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.errors import UserError
from desktop.ui.context import AppContext
from desktop.ui.export_files import export_start, offer_delete_printout
from desktop.ui.qt import QFileDialog, QMessageBox, QtCore, QtGui, QWidget


def save_pdf(ctx: AppContext, parent: QWidget, suggested: str, render: Callable[[Session, Path], object]) -> Path | None:
    """Ask for a file name (in the user's export folder), run `render(session, path)` in one unit of work,
    open the PDF, offer to delete it once printed."""
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("保存 PDF"), export_start(ctx, suggested), "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        with ctx.db.session(ctx.actor) as s:
            report = render(s, path)
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("提示"), exc.message)
        return None
    missing = getattr(report, "unprintable", None)
    if missing:
        QMessageBox.information(parent, parent.tr("请留意"), parent.tr("以下字没有字体可以打印，已用〓代替，请手写补上：%s")
                                % "、".join(sorted(set(missing))))
    QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))
    offer_delete_printout(parent, path)
    return path


def print_user_list(ctx: AppContext, parent: QWidget) -> Path | None:
    from desktop.admin.printing import print_user_list as job  # deferred: ReportLab loads with the first print

    return save_pdf(ctx, parent, "账号清单.pdf", lambda s, p: job(s, ctx.actor, p))
