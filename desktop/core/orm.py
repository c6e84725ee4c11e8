"""The declarative base every table uses, the aware-UTC column type and the sync-ready mixin.

Kept apart from `desktop.core.db` (engines and sessions) so that the tables the session hook writes
(the audit log) sit below the session code that writes them.
"""

from __future__ import annotations

import sys
import uuid
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import DateTime, Index, Integer, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from desktop.core.clock import utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always hands back an aware UTC datetime (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    return str(uuid.uuid4())


class SyncMixin:
    """Columns every table of people's data carries, so desks can merge later.

    `version` is SQLAlchemy's version counter: it rises by one on every UPDATE and an
    UPDATE against a stale version fails instead of silently overwriting another desk's edit.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


# Partial indexes and the clause each covers: PostgreSQL's form of the clause is added once its dialect is
# loaded (see `partial_index`).
_PARTIAL: list[tuple[Index, str]] = []
_PG = "sqlalchemy.dialects.postgresql"


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """An index over the rows `where` holds, the same clause on SQLite and PostgreSQL. Naming
    `postgresql_where` in a model makes SQLAlchemy load the PostgreSQL dialect to check the word — a
    twentieth of a second of every start on SQLite — so that form is added when the dialect is loaded
    (a server database opened: `server_forms`), or at once if it is loaded already."""
    index = Index(name, *columns, unique=unique, sqlite_where=text(where))
    _PARTIAL.append((index, where))
    if _PG in sys.modules:
        _add_server_form(index, where)
    return index


def _add_server_form(index: Index, where: str) -> None:
    if index.dialect_options["postgresql"]["where"] is None:
        index.dialect_kwargs["postgresql_where"] = text(where)


def server_forms() -> None:
    """PostgreSQL's clause on every partial index made so far: called when a server database is opened
    (desktop.core.db) and when migrations run on one (their metadata is compared with the database)."""
    for index, where in _PARTIAL:
        _add_server_form(index, where)
