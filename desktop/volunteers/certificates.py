"""志愿服务记录证明 and their register, in the shape of 《志愿服务记录与证明出具办法（试行）》 (民政部, in force
2021-02-01): the volunteer's name, ID type and number and volunteer number; the period, hours and content of
the service; the issuing organisation, its responsible person and contact; the date and a serial number
entered in the register. A second certificate whose period overlaps one already issued is refused with a
warning naming it (serial, period) unless the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.messages import Clauses, msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.volunteers import record, service
from desktop.volunteers.models import Volunteer, VolunteerCertificate, VolunteerOrg

SERIAL_PREFIX = "FCZY"      # 凤城志愿
MAX_PERIOD_DAYS = 366 * 10


@dataclass(frozen=True)
class CertificateRow:
    id: str
    serial: str
    volunteer_id: str
    name: str
    id_type: str
    id_shown: str               # masked unless the role may see it in full
    volunteer_no: str
    org_id: str
    organisation: str
    responsible: str
    contact: str
    period_from: date
    period_to: date
    minutes: int
    content: str
    notes: str
    issued_on: date
    issued_by: str
    void_reason: str
    voided: bool

    @property
    def hours_text(self) -> str:
        return record.hours_text(self.minutes)

    @property
    def period_text(self) -> str:
        return f"{self.period_from:%Y年%m月%d日}至{self.period_to:%Y年%m月%d日}"


class OverlapWarning(UserError):
    """A certificate for an overlapping period exists; `existing` says which."""

    def __init__(self, existing: list[CertificateRow]) -> None:
        listed = Clauses(msg("{serial}（{first} 至 {last}，{hours} 小时）", serial=c.serial, first=c.period_from,
                             last=c.period_to, hours=c.hours_text) for c in existing)
        super().__init__(msg("这段时间已开过证明：{listed}。同一段服务不应重复证明；如证明遗失，请在登记簿里补打原证明。",
                             listed=listed))
        self.existing = tuple(existing)


def _row(s: Session, actor: Actor, c: VolunteerCertificate, full_id: bool = False) -> CertificateRow:
    v = s.get(Volunteer, c.volunteer_id)
    number = service.id_number_of(s, v) if v is not None else ""
    return CertificateRow(c.id, c.serial, c.volunteer_id, c.name, c.id_type, service.shown_id(actor, number, full_id),
                          c.volunteer_no, c.org_id, c.organisation, c.responsible, c.contact, c.period_from,
                          c.period_to, c.minutes, c.content, c.notes, c.issued_on, c.issued_by, c.void_reason,
                          c.deleted_at is not None)


def overlapping(s: Session, actor: Actor, volunteer_id: str, first: date, last: date) -> list[CertificateRow]:
    """Certificates in force for this volunteer whose period shares a day with first…last."""
    service.volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_VIEW)
    rows = s.scalars(select(VolunteerCertificate).where(
        VolunteerCertificate.volunteer_id == volunteer_id, VolunteerCertificate.deleted_at.is_(None),
        VolunteerCertificate.period_from <= last, VolunteerCertificate.period_to >= first)
        .order_by(VolunteerCertificate.period_from)).all()
    return [_row(s, actor, c) for c in rows]


def _content(lines: list[record.ServiceLine]) -> str:
    """What the service was, from the record: the duty teams, the kinds of activity with how many times
    (禁毒宣传：凤城中学 and 禁毒宣传：附城小学 are 禁毒宣传 twice), the other service by name."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.minutes <= 0:
            continue
        if line.source == record.DUTY:
            key = f"{line.organiser}值班"
        elif line.source == record.ACTIVITY:
            key = line.title.split("（")[0].split("：")[0]
        else:
            key = line.title
        counts[key] = counts.get(key, 0) + 1
    parts = [f"{key}（{n} 次）" if n > 1 and not key.endswith("值班") else key for key, n in counts.items()]
    text = "、".join(parts[:4]) + ("等" if len(parts) > 4 else "") + "志愿服务"
    return text[:200]


def issue_certificate(s: Session, actor: Actor, volunteer_id: str, first: date, last: date, *, content: str = "",
                      notes: str = "", org_id: str | None = None, issued_on: date | None = None,
                      confirm_overlap: bool = False) -> CertificateRow:
    """Enter a certificate in the register: the next serial number of the year, the hours of the period.
    An overlapping certificate in force raises `OverlapWarning` unless `confirm_overlap`."""
    home, v = service.volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_MANAGE)
    issuer = service.org(s, actor, org_id, Perm.VOLUNTEER_MANAGE) if org_id else home
    issued_on = issued_on or clock.today()
    errors = {}
    if last < first or (last - first).days > MAX_PERIOD_DAYS:
        errors["period"] = "服务期间不对：结束日期不能早于开始日期，最长十年"
    if last > issued_on:
        errors["period"] = "服务期间不能晚于出具日期"
    if not issuer.responsible or not issuer.contact:
        errors["org"] = msg("请先填写「{name}」的负责人和联系电话（证明上须写明）", name=issuer.name)
    if len(content) > 200 or len(notes) > 200:
        errors["content"] = "服务内容或说明最多 200 字"
    if errors:
        raise ValidationError(errors)
    existing = overlapping(s, actor, v.id, first, last)
    if existing and not confirm_overlap:
        raise OverlapWarning(existing)
    lines = record.service_lines(s, v, first, last)
    minutes = sum(line.minutes for line in lines)
    if minutes <= 0:
        raise ValidationError({"period": "这段时间没有志愿服务时长，不能开具证明"})
    year = issued_on.year
    seq = (s.scalar(select(func.max(VolunteerCertificate.seq)).where(VolunteerCertificate.year == year)) or 0) + 1
    c = VolunteerCertificate(
        serial=f"{SERIAL_PREFIX}-{year}-{seq:05d}", year=year, seq=seq, volunteer_id=v.id, org_id=issuer.id,
        name=v.name, id_type=v.id_type, volunteer_no=v.volunteer_no, period_from=first, period_to=last,
        minutes=minutes, content=content.strip() or _content(lines), organisation=issuer.name,
        responsible=issuer.responsible, contact=issuer.contact, notes=notes.strip(), issued_on=issued_on,
        issued_by=actor.display_name)
    s.add(c)
    s.flush()
    if existing:
        audit.record(s, actor, AuditAction.CREATE, "volunteer_certificates", c.id,
                     "时间重叠，经确认仍开具；已有 " + "、".join(x.serial for x in existing))
    return _row(s, actor, c)


def certificate(s: Session, actor: Actor, certificate_id: str, *, full_id: bool = False) -> CertificateRow:
    """One certificate (the ID number masked; in full on request, for roles with roster.id_full)."""
    c = s.get(VolunteerCertificate, certificate_id)
    if c is None:
        require(actor, Perm.VOLUNTEER_VIEW, entity="volunteer_certificates", entity_id=certificate_id)
        raise NotFound("找不到这份证明")
    service.org(s, actor, c.org_id, Perm.VOLUNTEER_VIEW)
    row = _row(s, actor, c, full_id)
    audit.record(s, actor, AuditAction.VIEW, "volunteer_certificates", c.id,
                 c.serial + ("（含完整证件号码）" if full_id else ""))
    return row


def void_certificate(s: Session, actor: Actor, certificate_id: str, reason: str) -> None:
    """作废: the serial stays taken and the certificate stays in the register, marked void."""
    c = s.get(VolunteerCertificate, certificate_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("找不到这份证明，或已作废")
    service.org(s, actor, c.org_id, Perm.VOLUNTEER_MANAGE)
    reason = reason.strip()
    if not reason or len(reason) > 200:
        raise ValidationError({"reason": "作废须写明原因（最多 200 字）"})
    c.void_reason, c.deleted_at = reason, clock.utcnow()
    s.flush()


def register(s: Session, actor: Actor, *, query: str = "", year: int | None = None, org_id: str | None = None,
             include_void: bool = True, limit: int = 2000) -> list[CertificateRow]:
    """The register of the organisations the user may see: by serial, name, volunteer number, content or
    organisation; by year; in serial order."""
    require(actor, Perm.VOLUNTEER_VIEW, entity="volunteer_certificates")
    q = select(VolunteerCertificate).join(VolunteerOrg, VolunteerOrg.id == VolunteerCertificate.org_id).where(
        service.visible(actor))
    if org_id:
        service.org(s, actor, org_id, Perm.VOLUNTEER_VIEW)
        q = q.where(VolunteerCertificate.org_id == org_id)
    if year:
        q = q.where(VolunteerCertificate.year == year)
    if not include_void:
        q = q.where(VolunteerCertificate.deleted_at.is_(None))
    text = query.strip()[:40].replace("%", "").replace("_", "")
    if text:
        like = f"%{text}%"
        q = q.where(or_(VolunteerCertificate.serial.like(like), VolunteerCertificate.name.like(like),
                        VolunteerCertificate.volunteer_no.like(like), VolunteerCertificate.content.like(like),
                        VolunteerCertificate.organisation.like(like)))
    rows = s.scalars(q.order_by(VolunteerCertificate.year, VolunteerCertificate.seq).limit(limit)).all()
    return [_row(s, actor, c) for c in rows]


def certificates_of(s: Session, actor: Actor, volunteer_id: str) -> list[CertificateRow]:
    service.volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_VIEW)
    rows = s.scalars(select(VolunteerCertificate).where(VolunteerCertificate.volunteer_id == volunteer_id)
                     .order_by(VolunteerCertificate.year, VolunteerCertificate.seq)).all()
    return [_row(s, actor, c) for c in rows]
