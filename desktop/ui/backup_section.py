"""今日 for whoever keeps the backups (administrator, supervisor): how old the last good backup is,
and a warning when it is more than two days old."""

from __future__ import annotations

from desktop.core.backup_schedule import last_backup
from desktop.core.clock import fmt_local, utcnow
from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.ui.context import AppContext
from desktop.ui.qt import QFont, QFrame, QLabel, Qt, QVBoxLayout, QWidget


class BackupTodaySection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        self.heading = QLabel(self.tr("备份"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.heading.setFont(big)
        inner.addWidget(self.heading)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        inner.addWidget(self.body)
        layout.addWidget(frame)
        self.overdue = False
        self.refresh()

    @classmethod
    def applies(cls, actor: Actor) -> bool:
        return actor.can(Perm.BACKUP)

    def refresh(self) -> None:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                age = last_backup(s, self.ctx.actor)
        except UserError as exc:
            self.body.setText(shown(exc))
            return
        self.overdue = age.overdue
        second = self.ctx.settings.get("backup_copy_dir")
        if age.last is None:
            text = self.tr("还没有任何备份！请在“设置”中立即备份。")
        else:
            days = (utcnow() - age.last).days
            hours = int((utcnow() - age.last).total_seconds() // 3600)
            when = self.tr("%1 天前").replace("%1", str(days)) if days else \
                self.tr("%1 小时前").replace("%1", str(hours))
            text = self.tr("上次成功备份：%1（%2）").replace("%1", when).replace("%2", fmt_local(age.last))
            if age.overdue:
                text = self.tr("注意：已超过两天没有成功备份。") + "\n" + text
        text += "\n" + (self.tr("第二份副本：%1").replace("%1", second) if second
                        else self.tr("第二份副本：未设置（可在“设置”中选 U 盘或网络文件夹）"))
        self.body.setText(text)
        self.body.setStyleSheet("color: #b00020;" if age.overdue else "")
