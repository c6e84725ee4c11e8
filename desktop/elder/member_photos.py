"""Member photos: only with the member's photo consent; PNG/JPEG bytes (checked by their magic bytes),
at most 2 MB, scaled by the caller; reading one is audited."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.models import ElderMemberPhoto
from desktop.elder.scope import live_member

MAX_PHOTO_BYTES = 2 * 1024 * 1024
PHOTO_TYPES = ("image/jpeg", "image/png")


def photo_type(data: bytes) -> str | None:
    """The photo's type by its magic bytes: "image/png", "image/jpeg", or None for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    return None


def live_photo(s: Session, member_id: str) -> ElderMemberPhoto | None:
    return s.scalar(select(ElderMemberPhoto).where(ElderMemberPhoto.member_id == member_id,
                                                   ElderMemberPhoto.deleted_at.is_(None))
                    .order_by(ElderMemberPhoto.created_at.desc()).limit(1))


def drop_photos(s: Session, member_id: str) -> int:
    rows = list(s.scalars(select(ElderMemberPhoto).where(ElderMemberPhoto.member_id == member_id,
                                                         ElderMemberPhoto.deleted_at.is_(None))))
    for row in rows:
        row.deleted_at = utcnow()
    return len(rows)


def set_photo(s: Session, actor: Actor, member_id: str, data: bytes, mime: str = "") -> None:
    """Set or replace the member's photo: PNG or JPEG (checked by its bytes), at most 2 MB, and only when
    the member has given photo consent. The caller scales it (the desk keeps it within ~400 px)."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_member_photos", entity_id=member_id)
    m = live_member(s, member_id, actor, Perm.ELDER_MANAGE)
    if not m.photo_consent:
        raise UserError(msg("{name} 没有同意使用照片，不能保存照片（请先登记本人同意）", name=m.name))
    data = bytes(data or b"")
    if not data:
        raise ValidationError({"photo": "照片是空文件"})
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError({"photo": "照片太大（超过 2 MB），请换一张或缩小后再试"})
    kind = photo_type(data)
    if kind is None:
        raise ValidationError({"photo": "照片须为 JPEG 或 PNG 图片"})
    if mime and mime.lower().replace("image/jpg", "image/jpeg") != kind:
        raise ValidationError({"photo": msg("文件内容是 {kind}，与所说的类型 {mime} 不符", kind=kind, mime=mime)})
    drop_photos(s, m.id)
    s.add(ElderMemberPhoto(member_id=m.id, mime=kind, size=len(data), content=data))
    s.flush()


def remove_photo(s: Session, actor: Actor, member_id: str) -> bool:
    """Remove the member's photo (soft delete); False when there was none."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_member_photos", entity_id=member_id)
    live_member(s, member_id, actor, Perm.ELDER_MANAGE)
    n = drop_photos(s, member_id)
    s.flush()
    return n > 0


def get_photo(s: Session, actor: Actor, member_id: str) -> tuple[str, bytes] | None:
    """(mime, bytes) of the member's photo, or None; the read is audited."""
    require(actor, Perm.ELDER_VIEW, entity="elder_member_photos", entity_id=member_id)
    m = live_member(s, member_id, actor, Perm.ELDER_VIEW)
    row = live_photo(s, m.id)
    if row is None or not m.photo_consent:
        return None
    audit.record(s, actor, AuditAction.VIEW, "elder_member_photos", m.id, f"会员照片：{m.member_no} {m.name}")
    return row.mime, row.content
