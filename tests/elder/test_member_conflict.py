"""Two desks edit the same member: the second save is refused (已被其他工作台修改), never a lost update."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.errors import ConflictError
from desktop.core.settings_store import MachineSettings
from desktop.elder import members_service as ms
from desktop.elder.models import ElderHealth, ElderMember
from desktop.ui.context import AppContext
from desktop.ui.qt import QMessageBox
from tests.elder.conftest import World


def test_member_and_health_saved_from_an_old_snapshot_are_refused(world: World) -> None:
    w = world
    mid = w.member("潘美兰", "13802345678", chronic="高血压")
    with w.db.session(w.worker) as s:
        desk_a = ms.get_member(s, w.worker, mid)
    with w.db.session(w.worker) as s:
        desk_b = ms.get_member(s, w.worker, mid)
    with w.db.session(w.worker) as s:
        ms.update_member(s, w.worker, mid, category="独居", expected_version=desk_a.version)
        ms.save_health(s, w.worker, mid, allergies="青霉素", chronic="高血压",
                       expected_version=desk_a.health_version)
    with pytest.raises(ConflictError, match="已被其他工作台修改"), w.db.session(w.worker) as s:
        ms.update_member(s, w.worker, mid, category=desk_b.category, notes="喜欢下棋",
                         expected_version=desk_b.version)
    with pytest.raises(ConflictError, match="健康信息已被其他工作台修改"), w.db.session(w.worker) as s:
        ms.save_health(s, w.worker, mid, allergies="", chronic="高血压、糖尿病",
                       expected_version=desk_b.health_version)
    with w.db.session() as s:
        m = s.get(ElderMember, mid)
        h = s.scalar(select(ElderHealth).where(ElderHealth.member_id == mid))
        assert m.category == "独居" and m.notes == ""
        assert h.allergies == "青霉素" and h.chronic == "高血压"


def test_health_first_written_at_another_desk_is_not_overwritten(world: World) -> None:
    w = world
    mid = w.member("罗桂英")
    with w.db.session(w.worker) as s:
        loaded = ms.get_member(s, w.worker, mid)
    assert loaded.health_version == 0
    with w.db.session(w.worker) as s:
        ms.save_health(s, w.worker, mid, allergies="海鲜", chronic="")
    with pytest.raises(ConflictError), w.db.session(w.worker) as s:
        ms.save_health(s, w.worker, mid, allergies="", chronic="", expected_version=loaded.health_version)


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_member_dialog_offers_to_reload(qtbot, sqlite_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.elder.views import member_dialog

    w = sqlite_world
    mid = w.member("潘美兰", "13802345678")
    ctx = AppContext(db=w.db, actor=w.worker, settings=MachineSettings(Path(tempfile.mkdtemp()) / "s.json"))
    dlg = member_dialog.MemberDialog(ctx, mid)
    qtbot.addWidget(dlg)
    with w.db.session(w.worker) as s:                       # another desk, meanwhile
        ms.update_member(s, w.worker, mid, category="空巢")
    dlg.lunar.setChecked(True)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes)
    dlg._save()
    assert asked and "已被其他工作台修改" in asked[0]
    assert dlg.reload_requested and dlg.result() == 0
    with w.db.session() as s:
        m = s.get(ElderMember, mid)
        assert m.category == "空巢" and not m.lunar_birthday
    again = member_dialog.MemberDialog(ctx, mid)          # what the list opens after 重新载入
    qtbot.addWidget(again)
    assert again.category.currentData() == "空巢"
    again.lunar.setChecked(True)
    again._save()
    assert again.result() == 1
