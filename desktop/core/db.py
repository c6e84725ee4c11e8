"""Engine, sessions and the declarative base with the sync-ready mixin.

The `Database` object is made once in the composition root (main.py / tests) and passed on;
nothing here runs at import time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.types import TypeDecorator

from desktop.core.clock import utcnow
from desktop.core.errors import PermissionDenied

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
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


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def resolve_url(db: str | None, default_path: Path) -> str:
    """`--db` accepts a file path or a full SQLAlchemy URL."""
    if not db:
        return sqlite_url(default_path)
    if "://" in db:
        url = make_url(db)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return sqlite_url(db)


def connect_sqlcipher(path: str | Path, key: bytes, *, readonly: bool = False) -> Any:
    """A SQLCipher connection keyed with the raw 256-bit data key (no passphrase derivation: the key is
    already random), refused at once if the key does not open the file."""
    import sqlcipher3

    target = f"file:{Path(path)}?mode=ro" if readonly else str(path)
    conn = sqlcipher3.connect(target, uri=readonly, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
TLS_MODES = ("verify-full", "verify-ca")


def check_tls(url: str) -> None:
    """A server database on another machine is reached only over TLS that checks the server
    (`?sslmode=verify-full&sslrootcert=ca.pem` in the --db URL, passed through to libpq). A Unix socket
    or a loopback address needs none. LINLI_ALLOW_PLAIN_PG=1 overrides (a test network only)."""
    import os

    from desktop.core.errors import UserError

    u = make_url(url)
    if u.get_backend_name() != "postgresql" or os.environ.get("LINLI_ALLOW_PLAIN_PG") == "1":
        return
    host = (u.host or "").strip("[]")
    if host in _LOCAL_HOSTS or host.startswith("127.") or host.startswith("/"):
        return
    if u.query.get("sslmode") not in TLS_MODES:
        raise UserError("连接其他电脑上的数据库必须用 TLS 并核对服务器证书：请在 --db 网址末尾加上 "
                        "?sslmode=verify-full&sslrootcert=服务器CA证书.pem")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache: large rosters and their search keys
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


class Database:
    """The engine and session factory for one database, made once per process."""

    def __init__(self, url: str, *, echo: bool = False, key: bytes | None = None) -> None:
        """`key`: the data key of a SQLCipher-encrypted SQLite file (desktop.core.vault)."""
        self.url = url
        self.key = key
        check_tls(url)
        # hide_parameters: a failed statement's values (ID numbers, notes …) stay out of error texts and logs.
        kwargs: dict[str, Any] = {"echo": echo, "future": True, "hide_parameters": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False}
        if key is not None:
            import sqlcipher3

            path = make_url(url).database
            kwargs["module"] = sqlcipher3
            kwargs["creator"] = lambda: connect_sqlcipher(path, key)
        self.engine: Engine = create_engine(url, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            if self.sqlite_path is not None:      # the file and its WAL/SHM: the account's own (0600)
                from desktop.core.private_files import make_database_private

                event.listen(self.engine, "connect", lambda *_: make_database_private(self.sqlite_path))
        self._factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        self.vault: Any = None   # desktop.core.vault.Vault of an encrypted SQLite file
        from desktop.core.audit import track_changes
        from desktop.core.text_columns import clean_text_columns

        event.listen(self._factory, "before_flush", clean_text_columns)   # first: the audit sees stored text
        event.listen(self._factory, "before_flush", track_changes)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = make_url(self.url).database
        return Path(name) if name and name != ":memory:" else None

    def describe(self) -> str:
        """A short label for the status bar (no password)."""
        if self.sqlite_path:
            return str(self.sqlite_path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self, actor: Any = None) -> Iterator[Session]:
        """One unit of work: committed as a whole, or rolled back as a whole.

        A refused attempt (PermissionDenied) is written to the audit trail in its own
        transaction after the rollback, so the refusal itself is never lost.
        """
        from desktop.core.sealed import using_key

        s = self._factory()
        s.info["actor"] = actor
        s.info["vault"] = self.vault
        try:
            with using_key(getattr(actor, "rehab_key", None)):
                yield s
                s.commit()
            for fn in s.info.pop("after_commit", []):
                fn()
        except PermissionDenied as exc:
            s.rollback()
            self._record_denial(exc)
            raise
        except StaleDataError as exc:       # another desk saved the same row between our read and write
            s.rollback()
            from desktop.core.conflicts import conflict

            raise conflict() from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def _record_denial(self, exc: PermissionDenied) -> None:
        from desktop.core.audit import AuditAction, write_entry

        with self._factory() as s, s.begin():
            write_entry(s, action=AuditAction.DENIED, actor_id=exc.actor_id, actor_name=exc.actor_name,
                        entity=exc.entity, entity_id=exc.entity_id, detail=f"{exc.permission}: {exc.message}")

    def dispose(self) -> None:
        self.engine.dispose()
