"""The audit trail: sign-ins, every change with field-level before/after, sensitive reads.

Changes are captured in one `before_flush` hook on the session factory, so no service can
forget to audit a write. Reads, prints and exports of sensitive records are recorded by the
services through `record_access`.
"""

from __future__ import annotations

import enum
import json
import socket
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Index, String, Text, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.attributes import get_history

from desktop.core.clock import utcnow
from desktop.core.orm import Base, SyncMixin, UTCDateTime, new_id


class AuditAction(str, enum.Enum):
    LOGIN = "login"
    LOGOUT = "logout"
    LOGIN_FAILED = "login_failed"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"
    DENIED = "denied"
    BACKUP = "backup"
    RESTORE_DB = "restore_db"
    ROLE_GRANT = "role_grant"
    KEY_GRANT = "key_grant"
    KEY_REVOKE = "key_revoke"


ACTION_LABELS = {
    AuditAction.LOGIN: "登录", AuditAction.LOGOUT: "退出", AuditAction.LOGIN_FAILED: "登录失败",
    AuditAction.CREATE: "新建", AuditAction.UPDATE: "修改", AuditAction.DELETE: "删除",
    AuditAction.RESTORE: "恢复", AuditAction.VIEW: "查看", AuditAction.PRINT: "打印",
    AuditAction.EXPORT: "导出", AuditAction.DENIED: "拒绝访问", AuditAction.BACKUP: "备份",
    AuditAction.RESTORE_DB: "还原数据库", AuditAction.ROLE_GRANT: "授予禁毒角色",
    AuditAction.KEY_GRANT: "授予禁毒数据访问", AuditAction.KEY_REVOKE: "收回禁毒数据访问",
}


class AuditEntry(Base):
    """Append-only. Never updated, never deleted by the application."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    actor_name: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    changes: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str | None] = mapped_column(String(64))

    def changes_dict(self) -> dict[str, list[Any]]:
        return json.loads(self.changes) if self.changes else {}


HOST = socket.gethostname()[:64]


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    return str(value)


def shown_value(column: Any, value: Any) -> Any:
    """Sensitive columns are never copied into the audit trail in full."""
    rule = column.info.get("sensitive") if column is not None else None
    if value is None or not rule:
        return _plain(value)
    if rule == "mask_id":
        from desktop.core.idcard import mask_id  # deferred: not needed at start-up
        return mask_id(str(value))
    return "（已记录，内容保密）"


def write_entry(session: Session, *, action: AuditAction | str, actor_id: str | None = None,
                actor_name: str | None = None, entity: str | None = None, entity_id: str | None = None,
                changes: dict[str, Any] | None = None, detail: str | None = None) -> AuditEntry:
    entry = AuditEntry(
        action=AuditAction(action).value, actor_id=actor_id, actor_name=actor_name, entity=entity,
        entity_id=entity_id, changes=json.dumps(changes, ensure_ascii=False) if changes else None,
        detail=detail, host=HOST, at=utcnow(),
    )
    session.add(entry)
    return entry


def entry_row(actor: Any, action: AuditAction | str, entity: str, entity_id: str | None,
              changes: dict[str, Any] | None, *, at: datetime, detail: str | None = None) -> dict[str, Any]:
    """One audit row as plain values, for bulk writes (desktop.core.bulk_insert.insert_rows): the same
    columns, JSON and host label as the rows the session hook writes."""
    return dict(id=new_id(), at=at, actor_id=getattr(actor, "id", None), actor_name=getattr(actor, "username", None),
                action=AuditAction(action).value, entity=entity, entity_id=entity_id,
                changes=json.dumps(changes, ensure_ascii=False) if changes else None, detail=detail, host=HOST)


def record(session: Session, actor: Any, action: AuditAction | str, entity: str | None = None,
           entity_id: str | None = None, detail: str | None = None) -> AuditEntry:
    """Record an action of `actor` (an Actor or None) — used for views, prints, exports, sign-ins."""
    return write_entry(session, action=action, actor_id=getattr(actor, "id", None),
                       actor_name=getattr(actor, "username", None), entity=entity,
                       entity_id=entity_id, detail=detail)


def _column_changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    touched = state.committed_state          # only attributes set since the load can have changed
    out: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key not in touched or key in ("updated_at", "updated_by", "version"):
            continue
        hist = get_history(obj, key)
        if not hist.has_changes():
            continue
        column = attr.columns[0]
        before = hist.deleted[0] if hist.deleted else None
        after = hist.added[0] if hist.added else None
        if before == after:
            continue
        out[key] = [shown_value(column, before), shown_value(column, after)]
    return out


def _table_of(obj: Any) -> str:
    name: str = obj.__tablename__
    return name


def _initial_values(obj: Any) -> dict[str, list[Any]]:
    mapper = inspect(obj).mapper
    out: dict[str, list[Any]] = {}
    for attr in mapper.column_attrs:
        if attr.key in ("created_at", "updated_at", "updated_by", "version", "deleted_at"):
            continue
        value = getattr(obj, attr.key)
        if value is not None:
            out[attr.key] = [None, shown_value(attr.columns[0], value)]
    return out


REHAB_PREFIX = "rehab_"
NOT_KEPT = "·"


def is_rehab(entity: str | None) -> bool:
    return bool(entity) and entity.startswith(REHAB_PREFIX)  # type: ignore[union-attr]


def fields_only(changes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """What the trail keeps of a change to a rehab record: which fields, not their values. The values
    are the case's own records (sealed under the rehab key); a copy here would be readable by every
    role that reads the trail, and by anyone holding the database's data key."""
    return {key: [NOT_KEPT, NOT_KEPT] for key in changes}


def track_changes(session: Session, _flush_context: Any, _instances: Any) -> None:
    """before_flush hook: stamp updated_at/by and write one audit row per changed record."""
    actor = session.info.get("actor")
    actor_id = getattr(actor, "id", None)
    actor_name = getattr(actor, "username", None)
    now = utcnow()
    pending: list[dict[str, Any]] = []
    for obj in list(session.new):
        if not isinstance(obj, SyncMixin):
            continue
        if obj.id is None:
            obj.id = new_id()
        obj.updated_by = actor_name
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        pending.append(dict(action=AuditAction.CREATE, entity=_table_of(obj), entity_id=obj.id,
                            changes=_initial_values(obj)))
    for obj in list(session.dirty):
        if not isinstance(obj, SyncMixin) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _column_changes(obj)
        if not changes:
            continue
        action = AuditAction.UPDATE
        if "deleted_at" in changes:
            action = AuditAction.DELETE if changes["deleted_at"][1] else AuditAction.RESTORE
        obj.updated_at = now
        obj.updated_by = actor_name
        pending.append(dict(action=action, entity=_table_of(obj), entity_id=obj.id, changes=changes))
    for obj in list(session.deleted):
        if isinstance(obj, SyncMixin):
            pending.append(dict(action=AuditAction.DELETE, entity=_table_of(obj), entity_id=obj.id,
                                detail="hard delete"))
    for item in pending:
        if is_rehab(item["entity"]) and item.get("changes"):
            item["changes"] = fields_only(item["changes"])
        write_entry(session, actor_id=actor_id, actor_name=actor_name, **item)
