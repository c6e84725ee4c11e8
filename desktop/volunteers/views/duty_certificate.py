"""开具并打印证明 on the duty page's hours tab: a certificate for the selected member, entered in the
volunteers' register and printed on a worker thread. Added to the duty page through the volunteers'
registration (place "duty.hours"), so the duty page needs no import of this module."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.roles import Perm
from desktop.ui.actions import show_refusal
from desktop.ui.background import Job
from desktop.ui.context import AppContext
from desktop.ui.export_files import ask_save_path
from desktop.ui.print_actions import save_pdf
from desktop.ui.qt import QLabel, QMessageBox, QPushButton, QWidget
from desktop.volunteers import duty_certificates
from desktop.volunteers.certificates import OverlapWarning
from desktop.volunteers.printing import print_certificate


class HoursHost(Protocol):
    """What the hours tab offers the buttons added to it."""
    ctx: AppContext
    status: QLabel

    def period(self) -> tuple[date, date]: ...

    def selected_member(self) -> str | None: ...


class DutyCertificateButton(QPushButton):
    def __init__(self, host: HoursHost) -> None:
        super().__init__()
        self.setText(self.tr("开具并打印证明…"))
        self.host = host
        self.last_job: Job | None = None            # the certificate being printed
        self.setVisible(host.ctx.actor.can(Perm.DUTY_MANAGE))
        self.clicked.connect(self._ask)

    def _ask(self) -> None:
        member_id = self.host.selected_member()
        if member_id is None:
            self.host.status.setText(self.tr("请先选中一位队员"))
            return
        path = ask_save_path(self.host.ctx, self, self.tr("保存证明"), "志愿服务证明.pdf")
        if path:
            self.issue(member_id, path)

    def issue(self, member_id: str, path: Path | str, *, confirm_overlap: bool = False) -> Job | None:
        """Enter a certificate in the volunteers' register and print it (on a worker thread); a period
        overlapping one already issued is named and asked about first."""
        host = self.host
        first, last = host.period()
        actor, serial = host.ctx.actor, []

        def render(s, out: Path) -> object:  # noqa: ANN001
            cert = duty_certificates.issue_certificate(s, actor, member_id, first, last,
                                                       confirm_overlap=confirm_overlap)
            serial.append(cert.serial)
            return print_certificate(s, actor, cert.id, out)

        def printed(out: Path) -> None:
            host.status.setText(self.tr("已开具证明 %1：%2").replace("%1", serial[0]).replace("%2", str(out)))

        def refused(exc: UserError) -> None:
            host.status.setText(shown(exc))
            if not isinstance(exc, OverlapWarning):
                show_refusal(self, exc)
            elif QMessageBox.question(self, self.tr("已开过证明"), shown(exc) + "\n\n" + self.tr("仍要再开一份吗？")) \
                    == QMessageBox.StandardButton.Yes:
                self.last_job = self.issue(member_id, path, confirm_overlap=True)

        parent: QWidget = self
        self.last_job = save_pdf(host.ctx, parent, "", render, path=Path(path), printed=printed, failed=refused,
                                 show=False)
        return self.last_job
