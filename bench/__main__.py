"""`make bench`: run every bench/bench_*.py, print a table, write bench/results.json."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.harness import Recorder, write_table  # noqa: E402


def main(argv: list[str]) -> int:
    """`python -m bench [--large] [name …]`: every benchmark, or the named ones. --large (`make
    bench-large`): the 1,000,000-person variants, whose figures join those already in results.json."""
    here = Path(__file__).resolve().parent
    large = "--large" in argv
    only = [a.removeprefix("bench_") for a in argv if a != "--large"]
    if large:
        os.environ["LINLI_BENCH_LARGE"] = "1"
    rec = Recorder()
    every = sorted(p.stem for p in here.glob("bench_*.py"))
    # the named ones in the order named (bench-large: the SQLite build first, which the PostgreSQL one loads)
    finished = False
    try:
        for name in [f"bench_{n}" for n in only if f"bench_{n}" in every] if only else every:
            print(f"… {name}", flush=True)
            with tempfile.TemporaryDirectory(prefix=f"linli-{name}-") as tmp:
                os.environ["LINLI_DATA_DIR"] = tmp
                importlib.import_module(f"bench.{name}").run(rec, Path(tmp))
        finished = True
    finally:                                # after a failure, what was measured joins the figures there
        print(write_table(rec, here / "results.json", keep=large or not finished))
    return 0 if all(rec.passed(n) for n in rec.results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
