"""Waiting for the roster import's preview, which reads the sheet off the window's thread; and the small
world the import dialog's tests open it on."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.db import Database, sqlite_url
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.core.settings_store import MachineSettings
from desktop.roster.models import Building
from desktop.ui.context import AppContext
from tests import helpers
from tests.demo_world import migrated_db

TIMEOUT_MS = 60000


def previewed(qtbot: Any, dlg: Any, path: Path, estate: str = "", ask: bool = True) -> bool:
    """`dlg.preview(path, …)`, the window's events turning until it has ended (the estate asked and the
    sheet planned again included): True when its plan is shown, False when it was refused or cancelled."""
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT_MS) as ended:
        assert dlg.preview(path, estate, ask), dlg.message.text()
    assert dlg.preview_job is None
    return bool(ended.args[0])


def estate_chosen(qtbot: Any, dlg: Any, estate: str) -> bool:
    """The estate chosen in the dialog's list, as a person does; True when the new plan is shown."""
    dlg.estate.setCurrentIndex(dlg.estate.findData(estate))
    with qtbot.waitSignal(dlg.previewed, timeout=TIMEOUT_MS) as ended:
        dlg.estate.activated.emit(dlg.estate.currentIndex())
    return bool(ended.args[0])


def ambiguous_world(path: Path) -> tuple[Path, Actor, str]:
    """A migrated file at `path`: 西湖社区, where "3号楼" alone is ambiguous (西湖新村 and 西湖花园 both have
    one), and its social worker 李社工. Returns (path, the worker, the community's id)."""
    db = migrated_db(path)
    cid = helpers.community(db, "西湖社区")
    with db.session(SYSTEM) as s:
        for estate in ("西湖新村", "西湖花园"):
            s.add(Building(community_id=cid, estate=estate, name="3号楼", address=f"{estate}3号楼"))
    worker = helpers.actor(db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
    db.dispose()
    return path, worker, cid


def context_on_copy(world: tuple[Path, Actor, str], tmp_path: Path) -> Iterator[AppContext]:
    """The worker's context on a copy of the world's file (for a fixture to yield from)."""
    path, worker, cid = world
    copy = tmp_path / "linli.db"
    shutil.copyfile(path, copy)
    db = Database(sqlite_url(copy))
    yield AppContext(db=db, actor=worker, settings=MachineSettings(tmp_path / "m.json"), community_id=cid)
    db.dispose()
