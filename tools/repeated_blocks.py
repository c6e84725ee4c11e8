"""Count blocks of N or more alike lines that appear in two places of the code (migrations aside).

    python tools/repeated_blocks.py [--min 6] [--list] [root ...]

tests/test_code_shape.py holds the count for desktop/ (at most 30 pairs).

Lines are compared stripped of indentation; blank lines, comment lines, docstring-only lines and import
lines are left out (as pylint's similarity check does). A pair is two places whose alike run is maximal
(it cannot be extended upward); a block found in k places makes k·(k-1)/2 pairs. Prints the count, and
with --list each pair with its length.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path


def _docstring_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                lines.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    return lines


def _import_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return lines


def significant_lines(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    skip = _docstring_lines(tree) | _import_lines(tree)
    out = []
    for n, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or n in skip:
            continue
        out.append((n, line))
    return out


def python_files(roots: list[Path]) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        for p in sorted(root.rglob("*.py")):
            if "migrations" not in p.parts:
                files.append(p)
    return files


def repeated_pairs(files: list[Path], minimum: int = 6) -> list[tuple[int, Path, int, Path, int]]:
    """(length, file a, line a, file b, line b) for each maximal alike run of at least `minimum` lines."""
    texts = {f: significant_lines(f) for f in files}
    windows: dict[tuple[str, ...], list[tuple[Path, int]]] = defaultdict(list)
    for f, lines in texts.items():
        for i in range(len(lines) - minimum + 1):
            windows[tuple(t for _, t in lines[i:i + minimum])].append((f, i))
    pairs = []
    for places in windows.values():
        if len(places) < 2:
            continue
        for a in range(len(places)):
            for b in range(a + 1, len(places)):
                (fa, ia), (fb, ib) = places[a], places[b]
                la, lb = texts[fa], texts[fb]
                if fa == fb and abs(ia - ib) < minimum:
                    continue                                    # a run overlapping itself
                if ia > 0 and ib > 0 and la[ia - 1][1] == lb[ib - 1][1]:
                    continue                                    # not the start of the alike run
                n = minimum
                while ia + n < len(la) and ib + n < len(lb) and la[ia + n][1] == lb[ib + n][1] \
                        and not (fa == fb and ia + n == ib):
                    n += 1
                pairs.append((n, fa, la[ia][0], fb, lb[ib][0]))
    return sorted(pairs, key=lambda p: (-p[0], str(p[1]), p[2]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", default=["desktop"])
    parser.add_argument("--min", type=int, default=6)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    pairs = repeated_pairs(python_files([Path(r) for r in args.roots]), args.min)
    if args.list:
        for n, fa, a, fb, b in pairs:
            print(f"{n:3d}  {fa}:{a}  {fb}:{b}")
    print(f"{len(pairs)} pairs of {args.min}+ alike lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
