"""The roster's part of the 今日 page: who is away or ill, who needs looking in on, whose birthday it is.

Read at the guard desk by volunteers of about seventy: large type (times the machine's type size at the
desk), dark on white, few words. At the guard desk (and for anyone who may not read the roster) a person
is listed by the reason to look in, never by welfare status, and a phone number shows only when its
看号码 button is pressed (recorded). Signed out or locked, the window shows none of it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desktop.core.clock import today
from desktop.core.errors import UserError
from desktop.core.messages import aside, marked, shown, word
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.roster import attention, look_in
from desktop.ui.context import AppContext
from desktop.ui.actions import call
from desktop.ui.qt import QFont, QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget

ITEM_PT = 18
HEADING_PT = 22
MAX_ITEMS = 12          # per block; the rest is counted, not listed (big type, short lists)

_STYLE = """
RosterTodaySection { background: #ffffff; }
QLabel { color: #111111; }
QLabel#todayHeading { color: #000000; }
QLabel#todayEmpty { color: #333333; }
QFrame#todayBlock { border: 2px solid #444444; border-radius: 6px; background: #ffffff; }
QLabel#todayKind { color: #ffffff; background: #8a1c00; padding: 0 6px; border-radius: 4px; }
"""


def _get(obj: Any, *names: str, default: Any = "") -> Any:
    for n in names:
        v = getattr(obj, n, None)
        if v not in (None, ""):
            return v
    return default


_BUILDING_PREFIX = re.compile(r"^.*?\d+\s*[号]?[楼栋幢座]")


def _short_date(d: date | None) -> str:
    return d.isoformat() if d else ""


class RosterTodaySection(QWidget):
    """今日: attention notes, people to look in on, birthdays — for the desk's building or community."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, on: date | None = None,
                 guard: bool = False, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on = on
        self.guard = guard or ctx.desk == "guard" or not ctx.actor.can(Perm.ROSTER_VIEW)
        self.scale = scale
        self.phone_buttons: dict[str, QPushButton] = {}
        self.setObjectName("RosterTodaySection")
        self.setStyleSheet(_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(14)
        self.info: Any = None
        self.refresh()

    @classmethod
    def applies(cls, actor: Actor) -> bool:
        return actor.can(Perm.ROSTER_VIEW) or actor.can(Perm.TODAY_VIEW)

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()  # removed now; deleteLater alone would leave it painted until the loop turns
                w.deleteLater()
        on = self.on or today()
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                self.info = attention.today_for_desk(s, self.ctx.actor, community_id=self.ctx.community_id,
                                                     building_id=self.ctx.building_id, on=on, guard=self.guard)
        except UserError as exc:
            self.info = None
            self._layout.addWidget(self._label(shown(exc), ITEM_PT, name="todayEmpty"))
            return
        self.phone_buttons = {}
        notes = list(_get(self.info, "notes", default=[]) or [])
        watch = list(_get(self.info, "watch_people", default=[]) or [])
        births = list(_get(self.info, "birthdays", default=[]) or [])
        self._block(self.tr("关注事项"), self.tr("今天没有关注事项"), [self._note_text(n) for n in notes],
                    kinds=[word(_get(n, "kind")) for n in notes])
        self._block(self.tr("需要多看望"), self.tr("没有需要看望的人"), [self._watch_text(p) for p in watch],
                    people=watch)
        self._block(self.tr("今天过生日"), self.tr("今天没有人过生日"), [self._birthday_text(p) for p in births])
        self._layout.addStretch(1)

    def _place(self, address: str) -> str:
        """At a building's desk 西湖花园6号楼501 is simply 501."""
        if self.ctx.building_id and address:
            return _BUILDING_PREFIX.sub("", address) or address
        return address

    def _note_text(self, n: Any) -> str:
        who = _get(n, "person_name")
        where = self._place(_get(n, "address"))
        head = " ".join(x for x in (where, who) if x)
        end = _get(n, "end_date", default=None)
        until = self.tr("到 %1").replace("%1", _short_date(end)) if end else ""
        return "　".join(x for x in (head, _get(n, "text"), until) if x)

    def _watch_text(self, p: Any) -> str:
        age = _get(p, "age", default=None)
        tags = _get(p, "tags", default=[])
        tag_text = "、".join(tags) if isinstance(tags, (list, tuple)) else str(tags)
        parts = [self._place(_get(p, "address")), _get(p, "name"),
                 self.tr("%1岁").replace("%1", str(age)) if age is not None else "", tag_text,
                 _get(p, "phone")]
        return "　".join(x for x in parts if x)

    def _birthday_text(self, p: Any) -> str:
        age = _get(p, "age", default=None)
        parts = [self._place(_get(p, "address")), _get(p, "name"),
                 self.tr("%1岁生日").replace("%1", str(age)) if age is not None else self.tr("生日")]
        return "　".join(x for x in parts if x)

    # -- widgets ------------------------------------------------------------------------------------
    def _label(self, text: str, pt: int, *, bold: bool = False, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)          # names and notes are data, never markup
        f = QFont(label.font())
        f.setPointSize(max(8, round(pt * self.scale)))
        f.setBold(bold)
        label.setFont(f)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        return label

    def _block(self, heading: str, empty: str, lines: list[str], kinds: list[str] | None = None,
               people: list[Any] | None = None) -> None:
        frame = QFrame()
        frame.setObjectName("todayBlock")
        v = QVBoxLayout(frame)
        v.setContentsMargins(14, 10, 14, 12)
        v.setSpacing(8)
        title = heading if not lines else heading + aside(str(len(lines)))
        v.addWidget(self._label(title, HEADING_PT, bold=True, name="todayHeading"))
        if not lines:
            v.addWidget(self._label(empty, ITEM_PT, name="todayEmpty"))
        for i, line in enumerate(lines[:MAX_ITEMS]):
            kind = kinds[i] if kinds else ""
            label = self._label(marked(kind) + line if kind else line, ITEM_PT)
            person = people[i] if people else None
            if person is not None and _get(person, "phone_masked", default=False):
                v.addLayout(self._with_phone_button(label, person))
            else:
                v.addWidget(label)
        if len(lines) > MAX_ITEMS:
            more = self.tr("还有 %1 条，请在花名册中查看").replace("%1", str(len(lines) - MAX_ITEMS))
            v.addWidget(self._label(more, ITEM_PT, name="todayEmpty"))
        self._layout.addWidget(frame)

    def _with_phone_button(self, label: QLabel, person: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label, 1)
        button = QPushButton(self.tr("看号码"))
        f = QFont(button.font())
        f.setPointSize(max(8, round(ITEM_PT * 0.8 * self.scale)))
        button.setFont(f)
        button.clicked.connect(lambda _=False, pid=person.id, lab=label: self.reveal_phone(pid, lab))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.phone_buttons[person.id] = button
        return row

    def reveal_phone(self, person_id: str, label: QLabel | None = None) -> str:
        """The full number of one person, on the audit trail; shown in place of the masked one."""
        phone = call(self.ctx, self, lambda s: look_in.reveal_phone(s, self.ctx.actor, person_id), status=label,
                     warn=False)
        if phone is None:
            return ""
        person = next((p for p in _get(self.info, "watch_people", default=[]) if p.id == person_id), None)
        if label is not None and person is not None:
            label.setText(self._watch_text(person).replace(person.phone, phone) if person.phone else label.text())
        button = self.phone_buttons.get(person_id)
        if button is not None:
            button.hide()
        return phone

    def texts(self) -> list[str]:
        """Every line shown, in order (what a reader sees)."""
        return [w.text() for w in self.findChildren(QLabel) if w.isVisibleTo(self)]
