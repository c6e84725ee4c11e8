"""Benchmark harness: each bench/bench_*.py has `run(rec: Recorder, tmp: Path) -> None`.

A figure is recorded with the floor it is compared against, measured in the same run on the
same machine (e.g. a bare ReportLab table, a bare Qt window), so the ratio holds when the
machine is faster or slower today.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
import threading


@dataclass
class Recorder:
    results: dict[str, dict[str, float | str | None]] = field(default_factory=dict)

    def add(self, name: str, value: float, unit: str, floor: float | None = None,
            limit: float | None = None, ratio_limit: float | None = None) -> None:
        ratio = (value / floor) if floor else None
        self.results[name] = {"value": round(value, 4), "unit": unit,
                              "floor": round(floor, 4) if floor is not None else None,
                              "ratio": round(ratio, 3) if ratio is not None else None,
                              "limit": limit, "ratio_limit": ratio_limit}

    def passed(self, name: str) -> bool:
        r = self.results[name]
        ok = r["limit"] is None or float(r["value"]) <= float(r["limit"])
        if r["ratio_limit"] is not None and r["ratio"] is not None:
            ok = ok and float(r["ratio"]) <= float(r["ratio_limit"])
        return ok


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def reset_peak_rss() -> bool:
    """Start the process's peak resident memory (VmHWM) again from what it holds now (Linux: writing 5
    to /proc/self/clear_refs); False where it cannot be reset (then the peak is the process's so far)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def peak_rss_mib() -> float:
    """The process's peak resident memory since the last reset_peak_rss, in MiB (VmHWM; elsewhere
    ru_maxrss, the peak since the process started)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2 ** 20 if sys.platform == "darwin" else peak / 1024


def children_cpu_s() -> float:
    """CPU seconds of this process's ended child processes so far (getrusage RUSAGE_CHILDREN)."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


class ChildPeaks:
    """The peak resident memory (VmHWM) of each child process started during the block, read every
    `every` seconds while it lives (a high-water mark: a late reading loses nothing but the last moments).
    `mib`: their sum, as though they all peaked at once. Linux; elsewhere 0."""

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._before: set[int] = set()       # children already there (a database server): not the block's

    @property
    def mib(self) -> float:
        return sum(self.peaks.values())

    def _children(self) -> list[int]:
        pids: list[int] = []
        for task in Path("/proc/self/task").glob("*/children"):
            try:
                pids += [int(p) for p in task.read_text().split()]
            except OSError:
                continue
        return pids

    def _watch(self) -> None:
        while not self._stop.wait(self.every):
            for pid in set(self._children()) - self._before:
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peaks[pid] = max(self.peaks.get(pid, 0.0), int(line.split()[1]) / 1024)
                except OSError:
                    continue

    def __enter__(self) -> "ChildPeaks":
        self._before = set(self._children())
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def rss_mib() -> float:
    """Resident memory now, in MiB (VmRSS), or the peak where the current figure is not available."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mib()


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


LARGE_MARKS = ("_1m", "_200k")


def write_table(rec: Recorder, out: Path, keep: bool = False) -> str:
    """Write the figures to `out` (with `keep`, over the figures already there; without, over the
    million-person ones already there) and return the table."""
    before = dict(json.loads(out.read_text(encoding="utf-8"))) if out.exists() else {}
    # the large figures (a million people, a 200,000-row sheet) come from `make bench-large` only: a
    # default run keeps them
    results = before if keep else {n: r for n, r in before.items() if any(m in n for m in LARGE_MARKS)}
    results.update(rec.results)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = [f"{'name':<28}{'value':>12} {'unit':<6}{'floor':>10}{'ratio':>8}  target      ok"]
    for name, r in rec.results.items():
        target = []
        if r["limit"] is not None:
            target.append(f"≤{r['limit']}")
        if r["ratio_limit"] is not None:
            target.append(f"r≤{r['ratio_limit']}")
        floor = "" if r["floor"] is None else f"{r['floor']:.4g}"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.3g}"
        lines.append(f"{name:<28}{r['value']:>12.4g} {r['unit']:<6}{floor:>10}{ratio:>8}  "
                     f"{' '.join(target):<11} {'yes' if rec.passed(name) else 'NO'}")
    return "\n".join(lines)
