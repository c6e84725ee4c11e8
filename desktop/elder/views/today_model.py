"""The day's arrivals at the reception counter as a table model: live check-ins latest first, then the
cancelled ones (greyed, with who undid them and why), which no longer count."""

from __future__ import annotations

from desktop.core.clock import to_local
from desktop.elder.checkin_service import TodayList, TodayRow
from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.ui.qt import QAbstractTableModel, QColor, QCoreApplication, QFont, QModelIndex, Qt

COL_TIME, COL_NO, COL_NAME, COL_CATEGORY, COL_LUNCH, COL_NOTE = range(6)
HEADERS = (QT_TRANSLATE_NOOP("TodayTableModel", "时间"), QT_TRANSLATE_NOOP("TodayTableModel", "会员号"),
           QT_TRANSLATE_NOOP("TodayTableModel", "姓名"), QT_TRANSLATE_NOOP("TodayTableModel", "类别"),
           QT_TRANSLATE_NOOP("TodayTableModel", "午餐"), QT_TRANSLATE_NOOP("TodayTableModel", "提示"))
# Plain ints: data() runs for every painted cell and role, and PySide's Qt.XxxRole look-ups cost
# microseconds each (the whole table's repaint was tens of milliseconds with them).
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_USER = Qt.ItemDataRole.UserRole.value
CHECKIN_ID_ROLE = _USER + 1
CANCELLED_ROLE = _USER + 2
LUNCH_ROLE = _USER + 3
NAME_ROLE = _USER + 4
_HORIZONTAL = Qt.Orientation.Horizontal

_GREY = "#9ca3af"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayTableModel", text)


def _yes() -> str:
    return QCoreApplication.translate("TodayTableModel", "是")


class TodayTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[tuple[tuple[str, ...], str, bool, bool, str]] = []

    def set_day(self, day: TodayList) -> None:
        """One reset per refresh: (cells, check-in id, cancelled, lunch, name) per row."""
        rows = [self._live(r) for r in day.rows]
        for c in day.cancelled:
            note = QCoreApplication.translate("TodayTableModel", "已撤销 %1（%2）：%3") \
                .replace("%1", to_local(c.cancelled_at).strftime("%H:%M")).replace("%2", c.cancelled_by) \
                .replace("%3", c.reason)
            cells = (to_local(c.checked_in_at).strftime("%H:%M"), c.member_no, c.name, "", "", note)
            rows.append((cells, c.checkin_id, True, False, c.name))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @staticmethod
    def _live(r: TodayRow) -> tuple[tuple[str, ...], str, bool, bool, str]:
        cells = (to_local(r.checked_in_at).strftime("%H:%M"), r.member_no, r.name, r.category,
                 _yes() if r.lunch else "", r.flags.replace(",", "、"))
        return cells, r.checkin_id, False, r.lunch, r.name

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex, role: int = _DISPLAY):  # noqa: ANN201
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        cells, checkin_id, cancelled, lunch, name = self._rows[row]
        if role == _DISPLAY:
            return cells[index.column()]
        if role < _USER:
            if cancelled and role == _FOREGROUND:
                return QColor(_GREY)
            if cancelled and role == _FONT and index.column() in (COL_NO, COL_NAME):
                f = QFont()
                f.setStrikeOut(True)
                return f
            return None
        return {CHECKIN_ID_ROLE: checkin_id, CANCELLED_ROLE: cancelled, LUNCH_ROLE: lunch, NAME_ROLE: name}.get(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: ANN201, N802
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def prepend(self, r: TodayRow) -> None:
        """A check-in just made at this desk, on top (no reload of the day)."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, self._live(r))
        self.endInsertRows()

    def set_lunch(self, checkin_id: str) -> bool:
        """Lunch added to a check-in in the list; False when the check-in is not in the list."""
        i = self.row_of(checkin_id)
        if i < 0 or self._rows[i][2]:
            return False
        cells, cid, cancelled, _lunch, name = self._rows[i]
        self._rows[i] = (cells[:COL_LUNCH] + (_yes(),) + cells[COL_LUNCH + 1:], cid, cancelled, True, name)
        self.dataChanged.emit(self.index(i, COL_LUNCH), self.index(i, COL_LUNCH))
        return True

    def live_counts(self) -> tuple[int, int]:
        """(arrivals, lunches) as listed: to check against the database's figures."""
        live = [row for row in self._rows if not row[2]]
        return len(live), sum(1 for row in live if row[3])

    def row_of(self, checkin_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row[1] == checkin_id:
                return i
        return -1
