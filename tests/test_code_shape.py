"""The shape the code keeps: few repeated blocks and no module past 450 lines (migrations aside).

The repeated blocks are counted by `tools/repeated_blocks.py` (anyone can run it: `python
tools/repeated_blocks.py --list`); these tests hold the counts and check the counter itself.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_REPEATED_PAIRS = 30          # blocks of 6+ alike lines found in two places
MAX_MODULE_LINES = 450


def _counter():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("repeated_blocks", ROOT / "tools" / "repeated_blocks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_few_repeated_blocks_in_the_code() -> None:
    rb = _counter()
    pairs = rb.repeated_pairs(rb.python_files([ROOT / "desktop"]), 6)
    listing = "\n".join(f"{n} lines: {a.relative_to(ROOT)}:{la} and {b.relative_to(ROOT)}:{lb}"
                        for n, a, la, b, lb in pairs)
    assert len(pairs) <= MAX_REPEATED_PAIRS, f"{len(pairs)} repeated blocks:\n{listing}"


def test_no_module_is_too_long() -> None:
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.parts}
    long = {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES}
    assert not long, f"split these by what they hold: {long}"


BLOCK = """\
def f(rows):
    total = 0
    for r in rows:
        if r.ok:
            total += r.value
    print(total)
    return total
"""


def test_the_counter_finds_copies_and_only_copies(tmp_path: Path) -> None:
    rb = _counter()
    pkg = tmp_path / "pkg"
    (pkg / "migrations").mkdir(parents=True)
    (pkg / "a.py").write_text('"""A module."""\nimport os\n\n' + BLOCK, encoding="utf-8")
    indented = "".join(f"    {line}\n" for line in BLOCK.splitlines())
    (pkg / "b.py").write_text("class C:\n    # indented, commented\n" + indented, encoding="utf-8")
    (pkg / "c.py").write_text(BLOCK.replace("print(total)", "log(total)"), encoding="utf-8")
    (pkg / "migrations" / "m.py").write_text(BLOCK, encoding="utf-8")
    files = rb.python_files([pkg])
    assert [f.name for f in files] == ["a.py", "b.py", "c.py"]                 # migrations aside

    def found() -> list[tuple[int, str, int, str, int]]:
        pairs = rb.repeated_pairs(rb.python_files([pkg]), 6)
        return [(n, a.name, la, b.name, lb) for n, a, la, b, lb in pairs]

    # a and b share all 7 lines (docstring, import, comment and indentation do not count); c has only 5
    # alike lines in a row with either (its 6th differs), which is not a block
    assert found() == [(7, "a.py", 4, "b.py", 3)]
    (pkg / "c.py").write_text(BLOCK, encoding="utf-8")                          # a third copy: three pairs
    assert sorted((a, b) for _n, a, _la, b, _lb in found()) == [("a.py", "b.py"), ("a.py", "c.py"),
                                                                 ("b.py", "c.py")]
    (pkg / "b.py").unlink()
    (pkg / "c.py").write_text(BLOCK + "\n\n" + BLOCK.replace("def f", "def g"), encoding="utf-8")
    # within one file: the body repeats (the def lines differ), and each copy pairs with a.py
    assert sorted(found()) == [(6, "a.py", 5, "c.py", 11), (6, "c.py", 2, "c.py", 11),
                               (7, "a.py", 4, "c.py", 1)]
