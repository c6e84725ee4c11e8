#!/usr/bin/env python3
"""Kill -9 a writer of an encrypted database at random moments; check no acknowledged write is lost.

A child process signs in to a SQLCipher database and writes, one unit of work after another, a community
row (with its audit row), printing `ack N` only after the commit returned. The parent kills it with
SIGKILL at a random moment, then opens the file and checks that every acknowledged row is there and
that `PRAGMA integrity_check` (and SQLCipher's `cipher_integrity_check`) report nothing. Repeated
`--kills` times (default 100). POSIX only.

    .venv/bin/python tools/kill_during_writes.py --kills 100 [--dir /tmp/x]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSWORD = "Kill-test-2026"


def child(db_path: str, round_no: int) -> None:
    from desktop.core import signin
    from desktop.core.db import sqlite_url
    from desktop.roster.models import Community

    done = signin.sign_in(sqlite_url(db_path), "admin", PASSWORD)
    i = 0
    while True:
        with done.db.session(done.actor) as s:
            s.add(Community(name=f"k{round_no}-{i}", street="凤城街道", address="x" * random.randint(0, 200)))
        print(f"ack {i}", flush=True)
        i += 1


def _check(db_path: Path, acked: dict[int, int]) -> tuple[bool, str]:
    from desktop.core.db import connect_sqlcipher
    from desktop.core.vault import Vault

    key = Vault.load(db_path).unlock("admin", PASSWORD).data_key
    conn = connect_sqlcipher(db_path, key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        names = {r[0] for r in conn.execute("SELECT name FROM communities")}
    finally:
        conn.close()
    lost = [f"k{r}-{i}" for r, top in acked.items() for i in range(top + 1) if f"k{r}-{i}" not in names]
    if problems:
        return False, f"integrity: {problems[:3]}"
    if lost:
        return False, f"lost {len(lost)} acknowledged writes, e.g. {lost[:3]}"
    return True, f"{sum(top + 1 for top in acked.values())} acknowledged writes all present"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--dir")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    os.environ.setdefault("LINLI_KEY_KDF", "cheapest")   # durability is the question here, not the KDF cost
    os.environ["LINLI_DATA_DIR"] = work = args.dir or tempfile.mkdtemp(prefix="linli-kill-")
    from desktop.core import signin

    db_path = Path(work) / "kill.db"
    for p in Path(work).glob("kill.db*"):
        p.unlink()
    signin.create_encrypted(db_path, "admin", "管理员", PASSWORD).db.dispose()
    rng = random.Random(args.seed)
    acked: dict[int, int] = {}
    failures = 0
    t0 = time.perf_counter()
    for round_no in range(args.kills):
        proc = subprocess.Popen([sys.executable, __file__, "--child", str(db_path), str(round_no)],
                                stdout=subprocess.PIPE, text=True, env=os.environ)
        last = [-1]

        def read(out=proc.stdout, last=last) -> None:  # noqa: ANN001
            for line in out:
                if line.startswith("ack "):
                    last[0] = int(line.split()[1])

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        while last[0] < 0 and proc.poll() is None:       # signed in and writing
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(timeout=5)
        if last[0] >= 0:
            acked[round_no] = last[0]
        ok, what = _check(db_path, acked)
        if not ok:
            failures += 1
            print(f"round {round_no}: FAILED — {what}", flush=True)
    ok, what = _check(db_path, acked)
    print(f"{args.kills} kills in {time.perf_counter() - t0:.0f} s: {what}; "
          f"{'integrity ok' if ok and not failures else f'{failures} failed rounds'}")
    print(f"{args.kills - failures} passed, {failures} failed")
    return 0 if ok and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
