"""今日 for supervisors: who was made a rehab worker or supervisor lately, who holds the rehab key, and a
button to grant it. A rehab-role account without the key sees why it sees no case."""

from __future__ import annotations

from desktop.core import key_grants
from desktop.core.clock import fmt_local
from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.roles import REHAB_ROLES, Perm
from desktop.core.security import Actor
from desktop.ui.actions import succeeds
from desktop.ui.context import AppContext
from desktop.ui.qt import QFont, QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget

MAX_EVENTS = 8


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class RehabAccessSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.inner = QVBoxLayout(self.frame)
        self.heading = QLabel(self.tr("禁毒数据访问"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.heading.setFont(big)
        self.inner.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.inner.addLayout(self.body)
        layout.addWidget(self.frame)
        self.grant_buttons: dict[str, QPushButton] = {}
        self.refresh()

    @classmethod
    def applies(cls, actor: Actor) -> bool:
        return actor.role in REHAB_ROLES

    def _clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            elif item.layout() is not None:
                sub = item.layout()
                while sub.count():
                    w = sub.takeAt(0).widget()
                    if w is not None:
                        w.deleteLater()
        self.grant_buttons = {}

    def refresh(self) -> None:
        self._clear()
        actor = self.ctx.actor
        if actor.rehab_key is None:
            self.body.addWidget(_plain(self.tr("您的账号还没有获授禁毒数据访问：请督导在其“今日”页授予。授予前看不到任何个案。")))
            return
        if not actor.can(Perm.REHAB_ALL_CASES):
            self.setVisible(False)
            return
        try:
            with self.ctx.db.session(actor) as s:
                access = key_grants.rehab_access(s, actor)
                events = key_grants.recent_events(s, actor)
        except UserError as exc:
            self.body.addWidget(_plain(shown(exc)))
            return
        waiting = [a for a in access if not a.granted]
        if waiting:
            self.body.addWidget(_plain(self.tr("等待授予（请先确认是本人的账号）：")))
        for row in waiting:
            line = QHBoxLayout()
            line.addWidget(_plain(f"{row.display_name}（{row.username}，{row.role_label}）"), 1)
            button = QPushButton(self.tr("授予"))
            button.clicked.connect(lambda _=False, u=row.username: self._grant(u))
            self.grant_buttons[row.username] = button
            line.addWidget(button)
            self.body.addLayout(line)
        if events:
            self.body.addWidget(_plain(self.tr("近 30 天的授予和变动：")))
            for e in events[:MAX_EVENTS]:
                self.body.addWidget(_plain(f"　{fmt_local(e.at, True)}　{e.by}：{e.what}"))
        if not waiting and not events:
            self.setVisible(False)

    def _grant(self, username: str) -> None:
        if not succeeds(self.ctx, self, lambda s: key_grants.grant_rehab(s, self.ctx.actor, username),
                        refused=lambda exc: self.body.addWidget(_plain(shown(exc)))):
            return
        self.refresh()
