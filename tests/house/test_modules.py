"""One registration per module (desktop.modules) and nothing kept beside it; no in-tree module treated
as optional; no module reaching into another's private names."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop import modules
from desktop.core.module_spec import load
from desktop.core.roles import Perm
from desktop.ui.pages import DESK_PAGES, PAGES, TODAY_SECTIONS

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"

# Private names still imported from another module, each with its reason (the list only shrinks).
KNOWN_PRIVATE: dict[tuple[str, str], str] = {}


def test_every_permission_belongs_to_one_module() -> None:
    owners: dict[Perm, list[str]] = {}
    for m in modules.MODULES:
        for perm in m.perms:
            owners.setdefault(perm, []).append(m.name)
    assert {p: o for p, o in owners.items() if len(o) > 1} == {}
    assert set(Perm) - set(owners) == set()


def test_every_registered_path_loads() -> None:
    for m in modules.MODULES:
        for page in m.pages:
            assert page.load().__name__ == page.factory.rpartition(":")[2]
        for path in (*(s.factory for s in m.today_sections), *(r.action for r in m.reports)):
            assert callable(load(path)), path
        if m.cli:
            assert callable(load(m.cli).register)
        if m.demo:
            assert callable(load(m.demo).load)
        for models in m.models:
            load(models)


def test_the_lists_come_from_the_registrations() -> None:
    assert [p.key for p in PAGES] == ["today", "roster", "duty", "volunteers", "rehab", "elder", "activities",
                                      "reports", "settings"]
    assert len({p.key for p in PAGES}) == len(PAGES)
    assert set(DESK_PAGES.values()) <= {p.key for p in PAGES}
    assert TODAY_SECTIONS == modules.today_sections()
    from desktop.demo import DEMO_MODULES
    assert DEMO_MODULES == modules.demo_modules()


def test_every_domain_is_registered() -> None:
    """A module's cli, demo, models and today section are found by their file names: each one on disk
    is in a registration, so a new one cannot be forgotten."""
    registered = {path for m in modules.MODULES
                  for path in (m.cli, m.demo, *m.models, *(s.factory.partition(":")[0] for s in m.today_sections))
                  if path}
    on_disk = {".".join(p.relative_to(ROOT).with_suffix("").parts)
               for pattern in ("*/cli.py", "*/demo.py", "*/models.py", "*/views/today_section.py")
               for p in DESKTOP.glob(pattern) if p.parent.name not in ("cli", "demo")}
    assert on_disk - registered == set()


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def test_no_in_tree_module_is_optional() -> None:
    wrong = []
    for path in DESKTOP.rglob("*.py"):
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Try):
                continue
            catches = any("ImportError" in ast.unparse(h.type) for h in node.handlers if h.type is not None)
            ours = any(isinstance(n, ast.ImportFrom) and (n.module or "").startswith("desktop")
                       or isinstance(n, ast.Import) and any(a.name.startswith("desktop") for a in n.names)
                       or isinstance(n, ast.Call) and "import_module" in ast.unparse(n.func)
                       and "desktop" in ast.unparse(n.args[:1])
                       for stmt in node.body for n in ast.walk(stmt))
            if catches and ours:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


def test_no_module_imports_another_modules_private_names() -> None:
    found = {}
    for path in DESKTOP.rglob("*.py"):
        rel = str(path.relative_to(ROOT))
        if "/migrations/" in rel:
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop"):
                for a in node.names:
                    if a.name.startswith("_") and not a.name.startswith("__"):
                        found[(rel, a.name)] = node.lineno
    new = sorted(f"{rel}:{line} imports {name}" for (rel, name), line in found.items()
                 if (rel, name) not in KNOWN_PRIVATE)
    assert new == []
    assert sorted(set(KNOWN_PRIVATE) - set(found)) == []


def test_a_today_section_is_gated_by_its_registration() -> None:
    """The 今日 page loads a section's module only when the registration says the person may see it: for
    every role, the registration's gate and the section's own `applies` give the same answer."""
    from desktop.core.roles import Role
    from desktop.core.security import Actor, Keys

    for section in TODAY_SECTIONS:
        cls = load(section.factory)
        for role in Role:
            for keys in (None, Keys(private=b"p"), Keys(private=b"p", rehab=b"r")):   # with and without the rehab key
                actor = Actor(id="x", username="x", display_name="x", role=role, keys=keys)
                assert section.may_apply(actor) == cls.applies(actor), (section.factory, role, keys)
