"""`make bench`: run every bench/bench_*.py, print a table, write bench/results.json.

Each benchmark runs in a process of its own, as a desk starts one job: the memory a previous one left
behind (a 200,000-row import's readings and arenas) never counts toward the next one's peak, and what
one imports does not make another's start look cheaper."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.harness import Recorder, write_table  # noqa: E402

HERE = Path(__file__).resolve().parent


def run_one(name: str, out: Path) -> int:
    """`python -m bench --one NAME --out FILE`: the benchmark `name` here, its figures written to `out`
    (those measured before a failure too)."""
    rec = Recorder()
    try:
        with tempfile.TemporaryDirectory(prefix=f"linli-{name}-") as tmp:
            os.environ["LINLI_DATA_DIR"] = tmp
            importlib.import_module(f"bench.{name}").run(rec, Path(tmp))
    finally:
        out.write_text(json.dumps(rec.results, ensure_ascii=False), encoding="utf-8")
    return 0


def _in_own_process(name: str, large: bool, rec: Recorder) -> None:
    """Run `name` in a new process; its figures join `rec` (what it measured, even if it then failed)."""
    with tempfile.TemporaryDirectory(prefix="linli-bench-") as tmp:
        out = Path(tmp) / "figures.json"
        cmd = [sys.executable, "-m", "bench", "--one", name, "--out", str(out)] + (["--large"] if large else [])
        done = subprocess.run(cmd, cwd=HERE.parent, check=False)
        if out.exists():
            rec.results.update(json.loads(out.read_text(encoding="utf-8")))
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed (exit {done.returncode})")


def main(argv: list[str]) -> int:
    """`python -m bench [--large] [name …]`: every benchmark, or the named ones, each in its own process.
    --large (`make bench-large`): the 1,000,000-person variants, whose figures join those already in
    results.json."""
    large = "--large" in argv
    if large:
        os.environ["LINLI_BENCH_LARGE"] = "1"
    if "--one" in argv:
        return run_one(argv[argv.index("--one") + 1], Path(argv[argv.index("--out") + 1]))
    only = [a.removeprefix("bench_") for a in argv if a != "--large"]
    rec = Recorder()
    every = sorted(p.stem for p in HERE.glob("bench_*.py"))
    # the named ones in the order named (bench-large: the SQLite build first, which the PostgreSQL one loads)
    finished = False
    try:
        for name in [f"bench_{n}" for n in only if f"bench_{n}" in every] if only else every:
            print(f"… {name}", flush=True)
            _in_own_process(name, large, rec)
        finished = True
    finally:                                # after a failure, what was measured joins the figures there
        print(write_table(rec, HERE / "results.json", keep=large or not finished))
    return 0 if all(rec.passed(n) for n in rec.results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
