"""The member dialog: photo chosen from a file (consent first, scaled to 400 px, previewed, saved,
removed) and the emergency contacts listed, added, changed and removed."""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.settings_store import MachineSettings
from desktop.elder import members_service as ms
from desktop.elder import member_photos as photos
from desktop.elder.views import member_dialog
from desktop.ui.context import AppContext
from desktop.ui.qt import QDialog
from tests.elder.conftest import ON, World

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _ctx(w: World, actor=None) -> AppContext:  # noqa: ANN001
    return AppContext(db=w.db, actor=actor or w.worker,
                      settings=MachineSettings(Path(tempfile.mkdtemp()) / "s.json"), desk="office")


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(member_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_member_dialog_photo_and_contacts(qtbot, sqlite_world: World, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    w = sqlite_world
    mid = w.member("潘美兰", "13802345678", contacts=[ms.ContactInput("罗小明", "儿子", "13900001111"),
                                                      ms.ContactInput("罗小红", "女儿", "13900002222")])
    big = tmp_path / "big.png"
    Image.new("RGB", (1200, 1600), "#2563eb").save(big)
    not_image = tmp_path / "notes.png"
    not_image.write_bytes(b"this is not a picture")
    _pick(monkeypatch, big)

    dlg = member_dialog.MemberDialog(_ctx(w), mid)
    qtbot.addWidget(dlg)
    assert dlg.contacts.rowCount() == 2 and dlg.contacts.item(1, 0).text() == "罗小红"
    assert dlg.photo_view.text() == "无照片" and not dlg.drop_photo.isEnabled()
    # No consent yet: refused in the dialog, with the reason.
    dlg.pick_photo()
    assert "没有同意使用照片" in dlg.error.text() and dlg._photo is None
    dlg.consent.setChecked(True)
    _pick(monkeypatch, not_image)
    dlg.pick_photo()
    assert "无法读取" in dlg.error.text() and dlg._photo is None
    _pick(monkeypatch, big)
    dlg.pick_photo()
    assert dlg.error.text() == "" and not dlg.photo_view.pixmap().isNull() and dlg.drop_photo.isEnabled()
    # Contacts: change the son's phone, drop the daughter, add a neighbour.
    dlg.contacts.item(0, 2).setText("139-0000-3333")
    dlg.contacts.setCurrentCell(1, 0)
    dlg.remove_contact()
    dlg.add_contact_btn.click()
    assert dlg.contacts.rowCount() == 2
    dlg.contacts.item(1, 0).setText("陈阿姨")
    dlg.contacts.item(1, 1).setText("邻居")
    dlg.contacts.item(1, 2).setText("0763 3312345")
    dlg._save()
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.error.text()

    with w.db.session(w.worker) as s:
        d = ms.get_member(s, w.worker, mid, on=ON)
        mime, data = photos.get_photo(s, w.worker, mid)
    assert d.photo_consent and d.has_photo and mime == "image/jpeg"
    assert max(Image.open(BytesIO(data)).size) == member_dialog.PHOTO_MAX_SIDE
    assert [(c.name, c.relation, c.phone) for c in d.contacts] == [("罗小明", "儿子", "13900003333"),
                                                                   ("陈阿姨", "邻居", "0763-3312345")]

    # Reopened: the stored photo is previewed; a bad phone is refused and shown; then the photo is removed.
    again = member_dialog.MemberDialog(_ctx(w), mid)
    qtbot.addWidget(again)
    assert not again.photo_view.pixmap().isNull() and again.drop_photo.isEnabled()
    again.contacts.item(1, 2).setText("12345")
    again._save()
    assert again.result() != QDialog.DialogCode.Accepted and "电话无法识别" in again.error.text()
    again.contacts.item(1, 2).setText("0763-3312345")
    again.drop_photo.click()
    assert again.photo_view.text() == "无照片"
    again._save()
    assert again.result() == QDialog.DialogCode.Accepted, again.error.text()
    with w.db.session(w.worker) as s:
        assert photos.get_photo(s, w.worker, mid) is None
        assert len(ms.get_member(s, w.worker, mid, on=ON).contacts) == 2

    # Reception sees the contacts but cannot change them or the photo.
    ro = member_dialog.MemberDialog(_ctx(w, w.reception), mid)
    qtbot.addWidget(ro)
    assert ro.contacts.rowCount() == 2
    assert not any(b.isEnabled() for b in (ro.choose_photo, ro.drop_photo, ro.add_contact_btn, ro.consent))
    dlg.resize(640, 900)
    dlg.grab().save("/tmp/elder-member-dialog.png")


def test_small_photo_is_kept_as_given(qtbot, tmp_path: Path) -> None:
    small = tmp_path / "small.png"
    Image.new("RGB", (90, 120), "#b91c1c").save(small)
    data, mime = member_dialog.photo_bytes(str(small))
    assert (data, mime) == (small.read_bytes(), "image/png")
