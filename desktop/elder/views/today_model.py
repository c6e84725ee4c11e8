"""The day's arrivals at the reception counter as a table model: live check-ins latest first, then the
cancelled ones (greyed, with who undid them and why), which no longer count."""

from __future__ import annotations

from desktop.core.clock import to_local
from desktop.elder.checkin_service import TodayList
from desktop.ui.qt import QAbstractTableModel, QColor, QCoreApplication, QFont, QModelIndex, Qt

COL_TIME, COL_NO, COL_NAME, COL_CATEGORY, COL_LUNCH, COL_NOTE = range(6)
HEADERS = ("时间", "会员号", "姓名", "类别", "午餐", "提示")
CHECKIN_ID_ROLE = Qt.UserRole + 1
CANCELLED_ROLE = Qt.UserRole + 2
LUNCH_ROLE = Qt.UserRole + 3
NAME_ROLE = Qt.UserRole + 4

_GREY = "#9ca3af"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayTableModel", text)


class TodayTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[tuple[tuple[str, ...], str, bool, bool, str]] = []

    def set_day(self, day: TodayList) -> None:
        """One reset per refresh: (cells, check-in id, cancelled, lunch, name) per row."""
        rows = []
        for r in day.rows:
            cells = (to_local(r.checked_in_at).strftime("%H:%M"), r.member_no, r.name, r.category,
                     _tr("是") if r.lunch else "", r.flags.replace(",", "、"))
            rows.append((cells, r.checkin_id, False, r.lunch, r.name))
        for c in day.cancelled:
            note = _tr("已撤销 %1（%2）：%3").replace("%1", to_local(c.cancelled_at).strftime("%H:%M")) \
                .replace("%2", c.cancelled_by).replace("%3", c.reason)
            cells = (to_local(c.checked_in_at).strftime("%H:%M"), c.member_no, c.name, "", "", note)
            rows.append((cells, c.checkin_id, True, False, c.name))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells, checkin_id, cancelled, lunch, name = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return cells[index.column()]
        if role == Qt.ForegroundRole and cancelled:
            return QColor(_GREY)
        if role == Qt.FontRole and cancelled and index.column() in (COL_NO, COL_NAME):
            f = QFont()
            f.setStrikeOut(True)
            return f
        if role == CHECKIN_ID_ROLE:
            return checkin_id
        if role == CANCELLED_ROLE:
            return cancelled
        if role == LUNCH_ROLE:
            return lunch
        if role == NAME_ROLE:
            return name
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: ANN201, N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def row_of(self, checkin_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row[1] == checkin_id:
                return i
        return -1
