"""Member photos (consent, PNG/JPEG by their bytes, 2 MB, soft delete, audit, printed on the card) and
emergency contacts edited after registration."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.elder import members_service as ms
from desktop.elder import member_contacts as contacts
from desktop.elder import member_photos as photos
from desktop.elder import printing
from desktop.elder.models import ElderContact, ElderMemberPhoto
from tests.elder.conftest import ON, World


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (60, 80), color: str = "#2563eb") -> bytes:
    buf = BytesIO()
    Image.new("RGB", size, color).save(buf, fmt)
    return buf.getvalue()


def _xobjects(page) -> list[str]:  # noqa: ANN001
    """Subtypes of the XObjects a page uses, forms opened (the card background is a form)."""
    found: list[str] = []

    def walk(resources) -> None:  # noqa: ANN001
        xobjects = (resources or {}).get("/XObject") or {}
        for ref in xobjects.values():
            x = ref.get_object()
            found.append(str(x.get("/Subtype")))
            if x.get("/Subtype") == "/Form":
                walk(x.get("/Resources"))
    walk(page.get("/Resources"))
    return found


def test_photo_refused_without_consent_and_for_non_images(world: World) -> None:
    no_consent = world.member("陈福森", "13800000001")
    consent = world.member("潘美兰", "13802345678", photo_consent=True)
    png = image_bytes()
    with world.db.session(world.worker) as s:
        with pytest.raises(UserError, match="没有同意使用照片"):
            photos.set_photo(s, world.worker, no_consent, png, "image/png")
    with world.db.session(world.worker) as s:
        for data in (b"GIF89a" + b"\0" * 40, b"%PDF-1.4 not a photo", b""):
            with pytest.raises(ValidationError) as e:
                photos.set_photo(s, world.worker, consent, data, "image/png")
            assert "photo" in e.value.fields
        with pytest.raises(ValidationError, match="2 MB"):
            photos.set_photo(s, world.worker, consent, png + b"\0" * photos.MAX_PHOTO_BYTES, "image/png")
        with pytest.raises(ValidationError, match="不符"):
            photos.set_photo(s, world.worker, consent, png, "image/jpeg")
    with world.db.session(world.reception) as s:
        with pytest.raises(PermissionDenied):
            photos.set_photo(s, world.reception, consent, png, "image/png")
    with world.db.session(world.worker) as s:
        assert s.scalars(select(ElderMemberPhoto)).all() == []
        assert not ms.get_member(s, world.worker, no_consent, on=ON).has_photo
        assert photos.get_photo(s, world.worker, no_consent) is None


def test_photo_set_replace_remove_soft_deleted_and_audited(world: World) -> None:
    mid = world.member("潘美兰", "13802345678", photo_consent=True)
    png, jpeg = image_bytes("PNG"), image_bytes("JPEG", color="#b91c1c")
    with world.db.session(world.worker) as s:
        photos.set_photo(s, world.worker, mid, png, "image/png")
    with world.db.session(world.worker) as s:
        assert ms.get_member(s, world.worker, mid, on=ON).has_photo
        assert photos.get_photo(s, world.worker, mid) == ("image/png", png)
        photos.set_photo(s, world.worker, mid, jpeg, "image/jpg")       # replaced; type taken from the bytes
    with world.db.session(world.worker) as s:
        assert photos.get_photo(s, world.worker, mid) == ("image/jpeg", jpeg)
        rows = s.scalars(select(ElderMemberPhoto).order_by(ElderMemberPhoto.created_at)).all()
        assert [r.deleted_at is None for r in rows] == [False, True]
        assert photos.remove_photo(s, world.worker, mid) is True
        assert photos.remove_photo(s, world.worker, mid) is False
    with world.db.session(world.worker) as s:
        assert photos.get_photo(s, world.worker, mid) is None and not ms.get_member(s, world.worker, mid, on=ON).has_photo
        assert len(s.scalars(select(ElderMemberPhoto)).all()) == 2          # never hard-deleted
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "elder_member_photos")).all()
    actions = [e.action for e in entries]
    assert sorted(actions) == ["create", "create", "delete", "delete", "view", "view"], actions
    assert all(e.actor_name == "sw21" for e in entries)
    assert all(png.hex()[:40] not in (e.changes or "") for e in entries)   # the audit never copies the image
    # Withdrawing consent takes the photo away with it.
    with world.db.session(world.worker) as s:
        photos.set_photo(s, world.worker, mid, png, "image/png")
        ms.update_member(s, world.worker, mid, photo_consent=False)
    with world.db.session(world.worker) as s:
        assert photos.get_photo(s, world.worker, mid) is None
        assert s.scalar(select(ElderMemberPhoto.id).where(ElderMemberPhoto.deleted_at.is_(None))) is None


def test_card_prints_photo_image_only_for_member_with_photo(world: World, tmp_path: Path) -> None:
    with_photo = world.member("潘美兰", "13802345678", photo_consent=True)
    consent_only = world.member("罗桂英", "13802341111", photo_consent=True)
    none = world.member("陈福森", "13800000001")
    with world.db.session(world.worker) as s:
        photos.set_photo(s, world.worker, with_photo, image_bytes("JPEG", (300, 400)), "image/jpeg")
        for mid, name in ((with_photo, "a"), (consent_only, "b"), (none, "c")):
            printing.print_cards(s, world.worker, [mid], tmp_path / f"{name}.pdf")
        printing.print_cards(s, world.worker, None, tmp_path / "all.pdf")
    a, b, c = (PdfReader(tmp_path / f"{n}.pdf").pages[0] for n in "abc")
    assert "/Image" in _xobjects(a) and "潘美兰" in a.extract_text()
    assert "/Image" not in _xobjects(b) and "照片" in b.extract_text()      # the empty box
    assert "/Image" not in _xobjects(c) and "照片" not in c.extract_text()  # no consent: no box
    assert _xobjects(PdfReader(tmp_path / "all.pdf").pages[0]).count("/Image") == 1
    with world.db.session(world.worker) as s:
        prints = s.scalars(select(AuditEntry).where(AuditEntry.action == "print",
                                                    AuditEntry.entity == "elder_members")).all()
    assert len(prints) == 4


def test_render_cards_with_png_photo_and_damaged_photo(tmp_path: Path) -> None:
    png = image_bytes("PNG", (800, 600))
    cards = [printing.CardLine("QC000001", "潘美兰", "西湖社区", True, photo_data=png),
             printing.CardLine("QC000002", "罗桂英", "西湖社区", True, photo_data=b"\x89PNG\r\n\x1a\nbroken")]
    from reportlab import rl_config
    before = rl_config.useA85
    printing.render_cards(cards, tmp_path / "x.pdf")
    assert rl_config.useA85 == before                 # switched off for the cards only
    page = PdfReader(tmp_path / "x.pdf").pages[0]
    assert _xobjects(page).count("/Image") == 1 and "照片" in page.extract_text()


def test_emergency_contacts_listed_added_changed_removed_and_audited(world: World) -> None:
    mid = world.member("潘美兰", "13802345678",
                       contacts=[ms.ContactInput("罗小明", "儿子", "139 0000 1111"),
                                 ms.ContactInput("罗小红", "女儿", "13900002222")])
    with world.db.session(world.worker) as s:
        before = contacts.list_contacts(s, world.worker, mid)
    assert [(c.name, c.relation, c.phone) for c in before] == [("罗小明", "儿子", "13900001111"),
                                                               ("罗小红", "女儿", "13900002222")]
    son, daughter = before
    with world.db.session(world.worker) as s:
        contacts.save_contacts(s, world.worker, mid, [
            ms.ContactInput("罗小明", "儿子", "+86 139-0000-3333", son.id),     # phone changed
            ms.ContactInput("潘阿妹", "妹妹", "0763-3312345")])                  # added; daughter removed
    with world.db.session(world.reception) as s:
        after = ms.get_member(s, world.reception, mid, on=ON).contacts
        assert contacts.list_contacts(s, world.reception, mid) == after
    assert [(c.name, c.relation, c.phone) for c in after] == [("罗小明", "儿子", "13900003333"),
                                                              ("潘阿妹", "妹妹", "0763-3312345")]
    assert after[0].id == son.id
    with world.db.session(world.worker) as s:
        gone = s.get(ElderContact, daughter.id)
        assert gone is not None and gone.deleted_at is not None
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "elder_contacts",
                                                     AuditEntry.entity_id == son.id)).all()
        changed = [e.changes_dict() for e in entries if e.action == "update"]
    assert any("phone" in c for c in changed)
    # Bad input is refused with a message fit to show; nothing changes.
    with world.db.session(world.worker) as s:
        with pytest.raises(ValidationError, match="电话无法识别"):
            contacts.save_contacts(s, world.worker, mid, [ms.ContactInput("罗小明", "儿子", "12345", son.id)])
        with pytest.raises(ValidationError, match="没有填写姓名"):
            ms.update_member(s, world.worker, mid, contacts=[ms.ContactInput("", "邻居", "13900004444")])
    with world.db.session(world.reception) as s:
        with pytest.raises(PermissionDenied):
            contacts.save_contacts(s, world.reception, mid, [])
    with world.db.session(world.worker) as s:
        assert len(contacts.list_contacts(s, world.worker, mid)) == 2
        ms.update_member(s, world.worker, mid, contacts=[])
    with world.db.session(world.worker) as s:
        assert contacts.list_contacts(s, world.worker, mid) == []
