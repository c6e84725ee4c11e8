"""Table models of the activities window: the activity list and the people lists of one activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.activities.activity_service import ActivityRow, PersonLine
from desktop.activities.models import MODULE_LABELS, STATUS_LABELS
from desktop.core.clock import to_local
from desktop.core.phone import mask_phone
from desktop.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, translated

WEEKDAYS = "一二三四五六日"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ActivityListModel(QAbstractTableModel):
    DATE, TIME, TITLE, KIND, COMMUNITY, PLACE, ENROLLED, ATTENDED, STATUS = range(9)
    HEADERS = [
        QT_TRANSLATE_NOOP("ActivitiesPage", "日期"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "时间"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "活动"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "类型"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "社区"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "地点"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "报名/名额"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "到场"),
        QT_TRANSLATE_NOOP("ActivitiesPage", "状态"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ActivityRow] = []

    def set_rows(self, rows: list[ActivityRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("ActivitiesPage", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "cancelled":
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        a, b = to_local(r.starts_at), to_local(r.ends_at)
        col = index.column()
        if col == self.DATE:
            return f"{a:%m-%d} 周{WEEKDAYS[a.weekday()]}"
        if col == self.TIME:
            return f"{a:%H:%M}–{b:%H:%M}"
        if col == self.TITLE:
            return r.title
        if col == self.KIND:
            return r.kind or MODULE_LABELS.get(r.module, "")
        if col == self.COMMUNITY:
            return r.community_name
        if col == self.PLACE:
            return r.room_name or r.place
        if col == self.ENROLLED:
            text = f"{r.enrolled}/{r.capacity}" if r.capacity else str(r.enrolled)
            return text + (f"（候补{r.waiting}）" if r.waiting else "")
        if col == self.ATTENDED:
            return str(r.attended) if r.attended else ""
        if col == self.STATUS:
            return STATUS_LABELS.get(r.status, r.status)
        return None


class PeopleModel(QAbstractTableModel):
    """One list of an activity: enrolled, waiting, attended or helpers (`kind`)."""

    COLUMNS = {
        "enrolled": [
            QT_TRANSLATE_NOOP("ActivitiesPage", "序号"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "姓名"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "房号"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "电话"),
        ],
        "waiting": [
            QT_TRANSLATE_NOOP("ActivitiesPage", "候补"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "姓名"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "房号"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "电话"),
        ],
        "attended": [
            QT_TRANSLATE_NOOP("ActivitiesPage", "姓名"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "房号"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "签到"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "签退"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "方式"),
        ],
        "helpers": [
            QT_TRANSLATE_NOOP("ActivitiesPage", "姓名"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "角色"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "时长（小时）"),
            QT_TRANSLATE_NOOP("ActivitiesPage", "电话"),
        ],
    }

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.rows: list[PersonLine] = []

    def set_rows(self, rows: list[PersonLine]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS[self.kind])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("ActivitiesPage", self.COLUMNS[self.kind][section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == ID_ROLE:
            return p.person_id or p.name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = self._values(index.row(), p)
        return values[index.column()]

    def _values(self, n: int, p: PersonLine) -> list[str]:
        phone = mask_phone(p.phone)
        if self.kind == "enrolled":
            return [str(n + 1), p.name, p.room, phone]
        if self.kind == "waiting":
            return [str(p.position or n + 1), p.name, p.room, phone]
        if self.kind == "attended":
            name = p.name if p.person_id else f"{p.name}（现场）"
            cin = f"{to_local(p.checked_in_at):%H:%M}" if p.checked_in_at else ""
            cout = f"{to_local(p.checked_out_at):%H:%M}" if p.checked_out_at else ""
            return [name, p.room, cin, cout, translated("ActivitiesPage", "纸质签到表" if p.source == "sheet" else "现场")]
        return [p.name, p.role, f"{p.minutes / 60:.1f}", phone]
