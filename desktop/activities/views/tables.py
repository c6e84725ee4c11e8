"""Table models of the activities window: the activity list and the people lists of one activity, as
read-only row tables with named columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.activities.activity_service import ActivityRow, PersonLine
from desktop.activities.models import MODULE_LABELS, STATUS_LABELS
from desktop.core.clock import to_local
from desktop.core.messages import word
from desktop.core.phone import mask_phone
from desktop.ui.qt import Qt, translated
from desktop.ui.rows_model import Column, RowsTableModel

WEEKDAYS = "一二三四五六日"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _header(text: str) -> str:
    return translated("ActivitiesPage", text)


def _grey_when_cancelled(r: ActivityRow) -> object:
    return Qt.GlobalColor.gray if r.status == "cancelled" else None


def _enrolled(r: ActivityRow) -> str:
    text = f"{r.enrolled}/{r.capacity}" if r.capacity else str(r.enrolled)
    return text + (_header("（候补%1）").replace("%1", str(r.waiting)) if r.waiting else "")


_ACTIVITY_COLUMNS = [
    (QT_TRANSLATE_NOOP("ActivitiesPage", "日期"),
     lambda r: f"{to_local(r.starts_at):%m-%d} " + _header("周" + WEEKDAYS[to_local(r.starts_at).weekday()])),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "时间"), lambda r: f"{to_local(r.starts_at):%H:%M}–{to_local(r.ends_at):%H:%M}"),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "活动"), lambda r: r.title),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "类型"), lambda r: word(r.kind) or _header(MODULE_LABELS.get(r.module, ""))),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "社区"), lambda r: r.community_name),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "地点"), lambda r: r.room_name or r.place),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "报名/名额"), _enrolled),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "到场"), lambda r: str(r.attended) if r.attended else ""),
    (QT_TRANSLATE_NOOP("ActivitiesPage", "状态"), lambda r: _header(STATUS_LABELS.get(r.status, r.status))),
]


def activity_list_model() -> RowsTableModel:
    """The activities of the period; cancelled ones in grey."""
    return RowsTableModel([Column(_header(h), value, tint=_grey_when_cancelled) for h, value in _ACTIVITY_COLUMNS])


def _phone(p: PersonLine) -> str:
    return mask_phone(p.phone)


def _time(at: object) -> str:
    return f"{to_local(at):%H:%M}" if at else ""                      # type: ignore[arg-type]


_AT_DESK = QT_TRANSLATE_NOOP("ActivitiesPage", "现场")
_SOURCE_LABELS = {"sheet": QT_TRANSLATE_NOOP("ActivitiesPage", "纸质签到表"), "desk": _AT_DESK}
_WALK_IN = QT_TRANSLATE_NOOP("ActivitiesPage", "%1（现场）")       # a walk-in, by the name given at the door


def _attendee(p: PersonLine) -> str:
    return p.name if p.person_id else _header(_WALK_IN).replace("%1", p.name)


_NAME = QT_TRANSLATE_NOOP("ActivitiesPage", "姓名")
_ROOM = QT_TRANSLATE_NOOP("ActivitiesPage", "房号")
_PHONE = QT_TRANSLATE_NOOP("ActivitiesPage", "电话")
_PEOPLE_COLUMNS: dict[str, list[tuple[str, Callable[..., object], bool]]] = {    # (header, value, numbered)
    "enrolled": [(QT_TRANSLATE_NOOP("ActivitiesPage", "序号"), lambda _p, n: n + 1, True),
                 (_NAME, lambda p: p.name, False), (_ROOM, lambda p: p.room, False), (_PHONE, _phone, False)],
    "waiting": [(QT_TRANSLATE_NOOP("ActivitiesPage", "候补"), lambda p, n: p.position or n + 1, True),
                (_NAME, lambda p: p.name, False), (_ROOM, lambda p: p.room, False), (_PHONE, _phone, False)],
    "attended": [(_NAME, _attendee, False),
                 (_ROOM, lambda p: p.room, False),
                 (QT_TRANSLATE_NOOP("ActivitiesPage", "签到"), lambda p: _time(p.checked_in_at), False),
                 (QT_TRANSLATE_NOOP("ActivitiesPage", "签退"), lambda p: _time(p.checked_out_at), False),
                 (QT_TRANSLATE_NOOP("ActivitiesPage", "方式"),
                  lambda p: _header(_SOURCE_LABELS.get(p.source, _AT_DESK)), False)],
    "helpers": [(_NAME, lambda p: p.name, False), (QT_TRANSLATE_NOOP("ActivitiesPage", "角色"), lambda p: word(p.role), False),
                (QT_TRANSLATE_NOOP("ActivitiesPage", "时长（小时）"), lambda p: f"{p.minutes / 60:.1f}", False),
                (_PHONE, _phone, False)],
}


def people_model(kind: str) -> RowsTableModel:
    """One list of an activity: enrolled, waiting, attended or helpers (`kind`)."""
    return RowsTableModel([Column(_header(h), value, numbered=numbered) for h, value, numbered in _PEOPLE_COLUMNS[kind]])
