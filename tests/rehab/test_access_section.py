"""今日's rehab access section: a supervisor sees the account the administrator made and grants it."""

from __future__ import annotations

from pathlib import Path

from desktop.core import accounts
from desktop.core.machine_settings import MachineSettings
from desktop.core.roles import Role
from desktop.rehab.views.access_section import RehabAccessSection
from desktop.ui.context import AppContext
from tests.rehab.conftest import World


def _ctx(world: World, actor, tmp_path: Path) -> AppContext:  # noqa: ANN001
    return AppContext(db=world.db, actor=actor, settings=MachineSettings(tmp_path / "m.json"))


def test_supervisor_sees_the_new_rehab_account_and_grants_it(qtbot, sworld: World, tmp_path: Path) -> None:  # noqa: ANN001
    with sworld.db.session(sworld.admin) as s:
        accounts.create_user(s, sworld.admin, "newrw", "新社工", "Newrw-pass-26", Role.REHAB_WORKER)
    with sworld.db.session() as s:
        newrw = accounts.authenticate(s, "newrw", "Newrw-pass-26")
    waiting = RehabAccessSection(_ctx(sworld, newrw, tmp_path))
    qtbot.addWidget(waiting)
    assert "还没有获授" in " ".join(w.text() for w in waiting.findChildren(type(waiting.heading)))
    section = RehabAccessSection(_ctx(sworld, sworld.sup, tmp_path))
    qtbot.addWidget(section)
    section.resize(640, 360)
    texts = " ".join(w.text() for w in section.findChildren(type(section.heading)))
    assert "新社工（newrw，禁毒社工）" in texts and "admin" in texts and "成为禁毒社工" in texts
    section.grab().save(str(tmp_path / "access.png"))
    section.grant_buttons["newrw"].click()
    assert "newrw" not in section.grant_buttons
    with sworld.db.session() as s:
        assert accounts.authenticate(s, "newrw", "Newrw-pass-26").rehab_key == sworld.sup.rehab_key
