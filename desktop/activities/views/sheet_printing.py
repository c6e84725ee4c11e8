"""Printing from the activities page: 打印 sends the sign-in sheet (with or without times), the participant
list or a blank sheet to the printer in one step; 另存为 PDF keeps a copy under a meaningful name. Either
way the PDF is built on a worker thread.

`SheetPrinting` is mixed into `ActivitiesPage`, which provides `ctx`, `current_id`, `detail`, `status`,
`sheet_order` and `last_output`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.activities.signin_sheet import render_blank_sheet, render_participant_list, render_signin_sheet
from desktop.activities.activity_service import ActivityDetail
from desktop.core.clock import to_local
from desktop.printing.fonts import PrintReport
from desktop.ui.background import Job
from desktop.ui.export_files import ask_save_path
from desktop.ui.print_actions import save_pdf
from desktop.ui.printer import meaningful_name, print_in_background

SHEETS = {"sheet": "签到表", "times": "签到表", "list": "报名名单", "blank": "空白签到表"}


class SheetPrinting:
    ctx: Any
    current_id: str | None
    detail: ActivityDetail | None
    last_output: Path | None

    def _renderer(self, kind: str) -> Callable[[Session, Path], PrintReport]:
        """What builds the `kind` of sheet, with the choices read now (it runs on a worker thread)."""
        actor, activity_id, order = self.ctx.actor, self.current_id, self.sheet_order.currentData()

        def render(s: Session, out: Path) -> PrintReport:
            if kind == "list":
                return render_participant_list(out, s, actor, activity_id)
            if kind == "blank":
                return render_blank_sheet(out, s, actor, activity_id)
            return render_signin_sheet(out, s, actor, activity_id, with_times=kind == "times", order=order)
        return render

    def _document_name(self, kind: str) -> list[object]:
        """签到表 重阳节茶话会 2026-10-29 — what the file and the print job are called."""
        row = self.detail.row if self.detail is not None and self.current_id else None
        when = to_local(row.starts_at).date().isoformat() if row is not None else ""
        return [SHEETS[kind], row.title if row is not None else "", when]

    def _told(self, report: Any, where: str) -> None:
        msg = where.replace("%2", str(report.pages))
        if report.unprintable:
            msg += self.tr("；以下姓名请手写补上：") + "、".join(report.unprintable)
        self.status.setText(msg)

    def _chosen(self, kind: str) -> bool:
        if self.current_id is None and kind != "blank":
            self.status.setText(self.tr("请先选择一个活动"))
            return False
        return True

    def print_now(self, kind: str, ask: Any = None) -> Job | None:
        """打印 in one step: the PDF is built on a worker thread, then the print dialog and the printer; no
        PDF is left behind. The job's `pages` are the pages printed."""
        if not self._chosen(kind):
            return None
        title = meaningful_name(*self._document_name(kind), suffix="")
        render, ctx = self._renderer(kind), self.ctx

        def build(pdf: Path) -> PrintReport:
            with ctx.db.session(ctx.actor) as s:
                return render(s, pdf)

        def printed(pages: int, report: Any) -> None:
            if pages:
                self._told(report, self.tr("已送打印机：%1（%2 页）").replace("%1", title))
        return print_in_background(self, title, build, ask=ask, printed=printed)

    def print_sheet(self, kind: str, out: Path | None = None) -> Job | None:
        """另存为 PDF: a copy under a meaningful name in the user's folder, never replacing an earlier one
        (`out`: no dialog); built on a worker thread."""
        if not self._chosen(kind):
            return None
        if out is None:
            out = ask_save_path(self.ctx, self, self.tr("另存为 PDF"), meaningful_name(*self._document_name(kind)),
                                keep_earlier=True)
            if out is None:
                return None

        def saved(path: Path) -> None:
            self._told(job.result, self.tr("已保存 %1（%2 页）").replace("%1", str(path)))
            self.last_output = path
        job = save_pdf(self.ctx, self, "", self._renderer(kind), path=out, printed=saved)
        return job
