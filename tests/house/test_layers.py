"""The layers point one way and no module imports itself in a circle — read from the source (every
import, also those inside functions; not those under TYPE_CHECKING), so a deferred import cannot hide
a cycle or an upward dependency.

    foundation   desktop.core's vocabulary (clock, orm, roles, module_spec), then the registrations
                 (desktop.modules, desktop.<domain>.module: dotted paths only), then the rest of desktop.core
                 (sessions, audit, accounts, keys — which may ask the registrations for every table)
    printing     desktop.printing: pure, data → PDF
    admin        desktop.admin: the foundation's services that print
    domains      desktop.<domain> services, each above the ones before it in DOMAINS
    interface    desktop.ui (the shell: no domain), then desktop.<domain>.views in DOMAINS order
    entry        commands, demo data, the table registry, migrations
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = ("roster", "activities", "duty", "volunteers", "rehab", "elder")
FOUNDATION, PRINTING, ADMIN, SERVICES, INTERFACE, ENTRY = range(6)
# What a registration is written in: below the registrations, importing nothing else of ours.
CORE_VOCABULARY = ("desktop.core.clock", "desktop.core.orm", "desktop.core.roles", "desktop.core.module_spec")


def _modules() -> dict[str, Path]:
    out = {}
    for path in (ROOT / "desktop").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


MODULES = _modules()


def _imports(path: Path) -> list[tuple[str, int]]:
    """(module imported, line) of every desktop import in the file, outside `if TYPE_CHECKING:`."""
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.extend((a.name, child.lineno) for a in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                for a in child.names:
                    full = f"{child.module}.{a.name}"
                    found.append((full if full in MODULES else child.module, child.lineno))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return [(m, line) for m, line in found if m == "desktop" or m.startswith("desktop.")]


def place(module: str) -> tuple[int, int, str]:
    """(layer, order within the layer, group): a module may import its own group, any lower layer,
    and a lower order of its own layer."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    if module in CORE_VOCABULARY:
        return FOUNDATION, 0, "core.vocabulary"
    if module == "desktop.modules" or (top in DOMAINS and parts[2:] == ["module"]):
        return FOUNDATION, 1, "registrations"
    if top == "core":
        return FOUNDATION, 2, "core"
    if top == "printing":
        return PRINTING, 0, "printing"
    if top == "admin":
        return ADMIN, 0, "admin"
    if top == "ui":
        return INTERFACE, 0, "ui"
    if top in DOMAINS:
        order = DOMAINS.index(top) + 1
        if len(parts) > 2 and parts[2] == "views":
            return INTERFACE, order, f"{top}.views"
        if len(parts) > 2 and parts[2] in ("cli", "demo"):
            return ENTRY, 0, module
        return SERVICES, order, top
    return ENTRY, 0, module           # desktop.cli, desktop.demo, desktop.models_registry, migrations


def allowed(src: str, dst: str) -> bool:
    if dst == "desktop":               # the package itself: the name and version
        return True
    (sl, so, sg), (dl, do, dg) = place(src), place(dst)
    if sg == dg or sl == ENTRY:
        return True
    if sl == INTERFACE and dl == SERVICES:     # the shell knows no domain; a page its own and earlier ones
        return 0 < do <= so
    return dl < sl or (dl == sl and do < so)


def edges() -> list[tuple[str, str, int]]:
    return [(src, dst, line) for src, path in sorted(MODULES.items()) for dst, line in _imports(path)
            if dst != src]


def test_layers_point_one_way() -> None:
    wrong = [f"{src}:{line} imports {dst}" for src, dst, line in edges() if not allowed(src, dst)]
    assert not wrong, "imports against the layers (see the docstring of this test):\n" + "\n".join(wrong)


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for src, dst, _line in edges():
        if dst in graph:
            graph[src].add(dst)
    cycles = _cycles(graph)
    assert not cycles, "modules that import each other (directly or round a loop):\n" + "\n".join(
        " → ".join(sorted(c)) for c in cycles)


def test_migrations_use_only_frozen_code() -> None:
    """A migration's effect must not change when the live code does: it may use the column types and
    the clock, and copies frozen under desktop/migrations/frozen — nothing else of ours."""
    ok = ("desktop.core.orm", "desktop.core.clock", "desktop.migrations.frozen")
    wrong = [f"{src}:{line} imports {dst}" for src, dst, line in edges()
             if src.startswith("desktop.migrations.versions.") and not dst.startswith(ok)]
    assert not wrong, "\n".join(wrong)


def test_the_rules_can_fail() -> None:
    assert not allowed("desktop.core.accounts", "desktop.roster.models")           # foundation → domain
    assert not allowed("desktop.printing.tables", "desktop.roster.service")        # printing → a service
    assert not allowed("desktop.roster.service", "desktop.ui.qt")                  # service → Qt
    assert not allowed("desktop.roster.service", "desktop.elder.models")           # domain → a later one
    assert not allowed("desktop.ui.pages", "desktop.roster.views.roster_page")     # shell → a page
    assert not allowed("desktop.ui.reports_page", "desktop.roster.export_service")  # shell → a domain
    assert not allowed("desktop.roster.views.tree", "desktop.elder.models")         # page → a later domain
    assert not allowed("desktop.roster.module", "desktop.roster.service")          # registration → code
    assert allowed("desktop.elder.visits", "desktop.roster.models")
    assert allowed("desktop.elder.views.tabs", "desktop.ui.qt")
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def test_imports_inside_functions_say_why() -> None:
    """An import inside a function is there for a reason (start-up, a heavy library, a platform) and says
    so on its line (`# deferred: …`); any other belongs at the top of its module."""
    silent = []
    for module, path in sorted(MODULES.items()):
        if module.startswith("desktop.migrations."):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(fn):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and \
                        not any("#" in lines[n - 1] for n in range(node.lineno, node.end_lineno + 1)):
                    silent.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
    assert not silent, "imports inside functions without a reason (move them to the top):\n" + "\n".join(
        sorted(set(silent)))
