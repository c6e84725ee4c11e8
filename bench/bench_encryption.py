"""Encryption at rest.

- open_encrypted_s: sign-in to an encrypted (SQLCipher) demo database — unwrap the data key with the
  password's argon2id key, open, check the schema, sign in, read the first page's count. Floor: the
  same sign-in to the same demo data unencrypted, in the same run (median of 5 each).
- roster_search_encrypted_p95_ms: roster_search_p95_ms's search over 100,000 people, on the same
  database encrypted. Floor: the same queries on the same database unencrypted, in the same run (so the
  ratio is what encryption costs).
"""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

from sqlalchemy import func, select

from bench.bench_roster_search import build, measure, queries
from bench.harness import Recorder, p95
from desktop.core import signin
from desktop.core.db import Database, sqlite_url
from desktop.core.migrate import upgrade

PASSWORD = "Bench-pass-2026"


def _encrypted_copy(plain: Path, target: Path) -> bytes:
    import sqlcipher3

    key = os.urandom(32)
    conn = sqlcipher3.connect(str(plain))
    conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
    conn.execute("SELECT sqlcipher_export('enc')")
    conn.execute("DETACH DATABASE enc")
    conn.close()
    return key


def _sign_in_s(url: str) -> float:
    from desktop.roster.models import Person

    t0 = time.perf_counter()
    done = signin.sign_in(url, "admin", PASSWORD)
    with done.db.session(done.actor) as s:
        s.scalar(select(func.count()).select_from(Person))
    took = time.perf_counter() - t0
    done.db.dispose()
    return took


def run(rec: Recorder, tmp: Path) -> None:
    from desktop.core.encrypt_plain import encrypt_database
    from desktop.demo import load_demo

    os.environ["LINLI_NEW_PASSWORD"] = PASSWORD
    plain = tmp / "demo-plain.db"
    db = Database(sqlite_url(plain))
    upgrade(db, None)
    load_demo(db, PASSWORD)
    db.dispose()
    enc = tmp / "demo-enc.db"
    enc.write_bytes(plain.read_bytes())
    done = signin.sign_in(sqlite_url(enc), "admin", PASSWORD)
    encrypt_database(done.db, done.actor, PASSWORD, tmp / "backups")
    _sign_in_s(sqlite_url(plain)), _sign_in_s(sqlite_url(enc))          # warm the file cache
    plain_s = statistics.median(_sign_in_s(sqlite_url(plain)) for _ in range(5))
    enc_s = statistics.median(_sign_in_s(sqlite_url(enc)) for _ in range(5))
    rec.add("open_encrypted_s", enc_s, "s", floor=plain_s, limit=0.5, ratio_limit=2.0)

    rng = random.Random(6)
    roster = tmp / "roster-100k.db"
    db = Database(sqlite_url(roster))
    upgrade(db, backups=None)
    made = build(db, rng)
    qs = queries(rng, made)
    plain_ms, _ = measure(db, qs)
    db.dispose()
    key = _encrypted_copy(roster, tmp / "roster-100k-enc.db")
    edb = Database(sqlite_url(tmp / "roster-100k-enc.db"), key=key)
    search_ms, _ = measure(edb, qs)
    rec.add("roster_search_encrypted_p95_ms", p95(search_ms), "ms", floor=p95(plain_ms), limit=10)
    edb.dispose()
