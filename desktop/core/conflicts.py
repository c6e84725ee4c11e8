"""Two desks editing the same record: the second save is refused, never silently merged over the first.

Every table of people's data carries a version counter (`SyncMixin.version`, SQLAlchemy's
`version_id_col`). An editor remembers the version it loaded and hands it back with its save; the
service calls `check_version` before changing anything. An UPDATE that races another desk's commit
between that check and the write matches no row at the version it read (SQLAlchemy raises
`StaleDataError`); the session scope turns that into the same `ConflictError`.
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import ConflictError
from desktop.core.messages import msg

MESSAGE = "{what}已被其他工作台修改（在您打开之后），您这次的修改没有保存。请重新载入，看过最新内容后再改。"


def conflict(what: str = "这条记录") -> ConflictError:
    return ConflictError(msg(MESSAGE, what=what))


def check_version(row: Any, expected: int | None, what: str = "这条记录") -> None:
    """Refuse the save when `row` is no longer at the version the editor loaded.

    `expected` None: the caller did not load a snapshot (a command, an import) — nothing to compare.
    `expected` 0: the editor saw no row at all, so any row found now was made by someone else.
    """
    if expected is None:
        return
    current = 0 if row is None else row.version
    if current != expected:
        raise conflict(what)
