"""Engine and sessions (the declarative base and column types are in `desktop.core.orm`).

The `Database` object is made once in the composition root (main.py / tests) and passed on;
nothing here runs at import time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.audit import AuditAction, track_changes, write_entry
from desktop.core.conflicts import conflict
from desktop.core.errors import PermissionDenied, UserError
from desktop.core.orm import server_forms
from desktop.core.private_files import make_database_private
from desktop.core.sealed import using_key
from desktop.core.text_columns import clean_text_columns


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for another server or an in-memory database)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


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
    import sqlcipher3  # deferred: start-up (only an encrypted file loads the SQLCipher library)

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
            import sqlcipher3  # deferred: start-up (only an encrypted file loads the SQLCipher library)

            path = make_url(url).database
            assert path is not None                  # a key is given for a SQLite file only
            kwargs["module"] = sqlcipher3
            kwargs["creator"] = lambda: connect_sqlcipher(path, key)
        self.engine: Engine = create_engine(url, **kwargs)
        if self.engine.dialect.name == "postgresql":
            server_forms()                        # the partial indexes' clauses in PostgreSQL's form
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            private = self.sqlite_path
            if private is not None:               # the file and its WAL/SHM: the account's own (0600)
                event.listen(self.engine, "connect", lambda *_: make_database_private(private))
        self._factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        self.vault: Any = None   # desktop.core.vault.Vault of an encrypted SQLite file
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
            raise conflict() from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def _record_denial(self, exc: PermissionDenied) -> None:
        with self._factory() as s, s.begin():
            write_entry(s, action=AuditAction.DENIED, actor_id=exc.actor_id, actor_name=exc.actor_name,
                        entity=exc.entity, entity_id=exc.entity_id, detail=f"{exc.permission}: {exc.message}")

    def dispose(self) -> None:
        self.engine.dispose()
