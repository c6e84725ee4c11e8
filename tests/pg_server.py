"""A throwaway PostgreSQL server for the test session (real server, loopback only)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


def find_pg_bin() -> Path | None:
    env = os.environ.get("LINLI_PG_BIN")
    candidates = [env] if env else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="linli-pg-"))
        self.data = self.root / "data"
        self._as_user: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            user = "postgres"
            try:
                pw = pwd.getpwnam(user)
            except KeyError as exc:
                raise RuntimeError("running as root and no 'postgres' user to run the server") from exc
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self._as_user = ["runuser", "-u", user, "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as_user, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "linli", "-A", "trust",
                  "-E", "UTF8", "--locale=C")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.root / "log"),
                  "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
                  " -c autovacuum=off", "start")

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://linli@127.0.0.1:{self.port}/{dbname}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=linli dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def connect(self, dbname: str):  # noqa: ANN201 — a psycopg connection (autocommit)
        import psycopg

        return psycopg.connect(f"host=127.0.0.1 port={self.port} user=linli dbname={dbname}", autocommit=True)

    def create_database(self, name: str) -> str:
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


# What a test may change in a database besides its rows: the schema (tables, columns, indexes, triggers and
# whether they fire, functions, constraints, extensions), the size of each file and the planner's figures,
# the statistics and analyses, the sequences, the database's settings.
_SHAPE = """
select md5(coalesce(string_agg(x, ',' order by x), '')) from (
  select 'c:' || c.relname || ':' || c.relkind::text || ':' || c.relpages || ':' || c.reltuples || ':'
         || c.relallvisible || ':' || pg_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and c.relkind <> 't'
  union all
  select 'a:' || a.attrelid::regclass::text || ':' || a.attname || ':' || format_type(a.atttypid, a.atttypmod)
         || ':' || a.attnotnull::text || ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
   where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and a.attnum > 0 and not a.attisdropped
  union all
  select 'i:' || indexrelid::regclass::text || ':' || pg_get_indexdef(indexrelid) from pg_index i
    join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
  union all
  select 't:' || t.tgname || ':' || t.tgenabled::text || ':' || pg_get_triggerdef(t.oid) from pg_trigger t
    join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
  union all
  select 'k:' || conrelid::regclass::text || ':' || conname || ':' || pg_get_constraintdef(k.oid) from pg_constraint k
    join pg_namespace n on n.oid = k.connamespace where n.nspname not in ('pg_catalog', 'information_schema')
  union all
  select 'p:' || n.nspname || '.' || p.proname || ':' || md5(p.prosrc) from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace where n.nspname not in ('pg_catalog', 'information_schema')
  union all select 'e:' || extname || ':' || extversion from pg_extension
  union all select 'n:' || nspname from pg_namespace
  union all select 's:' || s.starelid::regclass::text || ':' || s.staattnum || ':' || s.stadistinct || ':'
         || s.stawidth || ':' || s.stanullfrac from pg_statistic s join pg_class c on c.oid = s.starelid
    join pg_namespace n on n.oid = c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
  union all select 'v:' || coalesce(sum(autovacuum_count + analyze_count + autoanalyze_count), 0)
    from pg_stat_user_tables
  union all select 'q:' || schemaname || '.' || sequencename || ':' || coalesce(last_value, 0) from pg_sequences
  union all select 'd:' || coalesce(array_to_string(setconfig, ','), '') from pg_db_role_setting
) q(x)
"""


@dataclass
class _Snapshot:
    """A migrated template as a test receives it: its shape, and the rows of each table that holds any."""

    shape: str
    tables: list[str]                   # every table of the public schema, quoted
    rows: dict[str, bytes]              # table -> its rows (COPY text), for the tables that hold any
    digest: dict[str, str]              # table -> md5 of its rows
    figures: list[tuple]                # (relation, relpages, reltuples, relallvisible): what the planner reads
    sequences: list[tuple]              # (sequence, last_value, is_called)


class DatabasePool:
    """Fresh databases of one template, handed out one at a time.

    Copying a template (CREATE DATABASE … TEMPLATE) costs the server a good part of a second; a database
    given back is instead put back as the template was — the tables it wrote to emptied, their files shrunk
    (VACUUM, REINDEX), the template's rows copied back — and handed out again only if then nothing tells it
    from a fresh copy: the same schema, file sizes, planner figures, statistics, sequences and rows. Anything
    else (a test that changed the schema or ran ANALYZE) and it is dropped: the next test gets a new copy.
    """

    def __init__(self, server: PgServer, template: str) -> None:
        self.server, self.template = server, template
        self.idle: list[str] = []
        self.snapshot: _Snapshot | None = None
        self.reused = self.copied = 0

    def take(self) -> str:
        if self.idle:
            self.reused += 1
            return self.idle.pop()
        name = "t_" + uuid.uuid4().hex[:12]
        self.server._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.copied += 1
        if self.snapshot is None:
            with self.server.connect(name) as conn:
                self.snapshot = _snapshot(conn)
        return name

    def give_back(self, name: str) -> None:
        try:
            if self.snapshot is not None and self._reset(name):
                self.idle.append(name)
                return
        except Exception:   # noqa: BLE001 — a database that cannot be put back is dropped, whatever the cause
            pass
        self.server.drop_database(name)

    def _reset(self, name: str) -> bool:
        """Put the database back as the template was; True if nothing then tells it from a fresh copy."""
        snap = self.snapshot
        assert snap is not None
        self.server._admin("select pg_terminate_backend(pid) from pg_stat_activity "
                           f"where datname = '{name}' and pid <> pg_backend_pid()")
        with self.server.connect(name) as conn:
            dirty = _dirty(conn, snap)
            with conn.transaction():
                conn.execute("set local session_replication_role = replica")   # no foreign-key order, no triggers
                for table in dirty:
                    conn.execute(f"DELETE FROM {table}")
            for table in dirty:                 # the files emptied as a fresh copy's (dead rows and pages gone)
                conn.execute(f"VACUUM {table}")
            with conn.transaction():
                conn.execute("set local session_replication_role = replica")
                for table in dirty:
                    if table in snap.rows:
                        with conn.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                            copy.write(snap.rows[table])
                for seq, value, called in snap.sequences:
                    conn.execute("select setval(%s, %s, %s)", (seq, value, called))
            for table in dirty:
                conn.execute(f"REINDEX TABLE {table}")
            _restore_figures(conn, snap)
            return _shape(conn) == snap.shape and not _dirty(conn, snap)


def _shape(conn) -> str:  # noqa: ANN001
    return conn.execute(_SHAPE).fetchone()[0]


def _digest(conn, table: str) -> str:  # noqa: ANN001
    return conn.execute(f"select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from {table} x"
                        ).fetchone()[0]


def _dirty(conn, snap: _Snapshot) -> list[str]:  # noqa: ANN001
    """The tables whose rows are not the template's."""
    parts = [f"select {i}, (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from {t} x)"
             if t in snap.rows else f"select {i}, case when exists (select from {t}) then 'rows' else '' end"
             for i, t in enumerate(snap.tables)]
    found = conn.execute(" union all ".join(parts)).fetchall()
    return [snap.tables[i] for i, d in found if d != snap.digest.get(snap.tables[i], "")]


_FIGURES = """select c.oid::regclass::text, c.relpages, c.reltuples, c.relallvisible from pg_class c
  join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'i', 'm', 'p')"""


def _restore_figures(conn, snap: _Snapshot) -> None:  # noqa: ANN001
    """VACUUM and REINDEX set the planner's figures of what they touch: put back the template's (they are
    what the planner of a fresh copy reads)."""
    rel, pages, tuples, visible = (list(col) for col in zip(*snap.figures))
    conn.execute("update pg_class c set relpages = v.p, reltuples = v.t, relallvisible = v.a "
                 "from unnest(%s::text[], %s::int[], %s::real[], %s::int[]) v(r, p, t, a) "
                 "where c.oid = v.r::regclass and (c.relpages, c.reltuples, c.relallvisible) <> (v.p, v.t, v.a)",
                 (rel, pages, tuples, visible))


def _snapshot(conn) -> _Snapshot:  # noqa: ANN001
    tables = [r[0] for r in conn.execute(
        "select format('%I', tablename) from pg_tables where schemaname = 'public' order by 1")]
    rows: dict[str, bytes] = {}
    digest: dict[str, str] = {}
    for t in tables:
        if conn.execute(f"select exists (select from {t})").fetchone()[0]:
            buf = bytearray()
            with conn.cursor().copy(f"COPY {t} TO STDOUT") as copy:
                for chunk in copy:
                    buf += chunk
            rows[t] = bytes(buf)
            digest[t] = _digest(conn, t)
    sequences = []
    for (seq,) in conn.execute("select format('%I.%I', schemaname, sequencename) from pg_sequences").fetchall():
        value, called = conn.execute(f"select last_value, is_called from {seq}").fetchone()
        sequences.append((seq, value, called))
    return _Snapshot(_shape(conn), tables, rows, digest, conn.execute(_FIGURES).fetchall(), sequences)
