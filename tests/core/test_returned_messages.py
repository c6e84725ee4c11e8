"""Texts the services *return* (a row's problems, a summary, a notice, a line for a list) reach an English
desk in English: each is a catalogue message (msg(), or a literal with its English), never Chinese built
past the catalogue.

The services' source is read (AST). A Chinese f-string outside msg() — or a Chinese literal returned, appended
to a list of problems or given as a message-like value, without English — fails here unless it is listed
in DATA below with why it is data: a stored value, an address written the way the roster stores it, a
document or sheet that speaks Chinese whatever the desk's language. Raised errors and audit details are
left to tests/core/test_messages.py and the audit log (which stores Chinese) respectively.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.core import messages
from tests.core.test_messages import ERRORS, ROOT, _name, _service_files

CJK = re.compile(r"[\u3400-\u9fff]")

# Where a value names a message (its keyword or the list it is appended to).
MESSAGE_WORDS = re.compile(r"(^|_)(errors?|warnings?|messages?|reasons?|problems?|notes?|notices?|summary|text|hint)$")

# Whole modules that write documents: what they put on paper or in a file is in Chinese at every desk
# (official forms, sign-in sheets, certificates, reports to the police, exported sheets).
DOCUMENTS: dict[str, str] = {
    "desktop/printing/": "the PDF renderers: documents are printed in Chinese",
    "desktop/activities/signin_sheet.py": "the sign-in sheet (a printed document)",
    "desktop/activities/export.py": "the activities' exported workbook: its headers and titles are Chinese",
    "desktop/rehab/police_reports.py": "the article-20/21 reports to the police: official Chinese text",
    "desktop/duty/ics.py": "the calendar file a volunteer imports on a phone: its events are Chinese text",
}

# Single functions whose Chinese is data, each with why.
DATA: dict[tuple[str, str], str] = {
    # Addresses as the roster writes and stores them (6号楼, 1单元501): data, matched by search.
    ("desktop/roster/address.py", "building_name"): "a building's stored name (6号楼, A座)",
    ("desktop/roster/address.py", "household_address"): "a household's stored address",
    ("desktop/roster/search.py", "address_forms"): "the address forms a search key is made of",
    ("desktop/roster/places.py", "roster_tree"): "a household's label in the tree is its address (1单元501)",
    ("desktop/activities/common.py", "short_address"): "an address as the roster writes it",
    ("desktop/roster/import_clean.py", "_building_text"): "a building's name as the roster stores it (6号楼)",
    ("desktop/roster/import_clean.py", "_place"): "an unreadable address kept in the person's notes (stored)",
    ("desktop/roster/import_clean.py", "cell_text"): "a true/false cell read as the sheet's text (是/否)",
    ("desktop/roster/import_plan.py", "_shown_birth"): "a partial date of birth as the preview's value, like "
                                                      "the roster's own 1950年3月（日期不全）",
    # Files whose language is their data's.
    ("desktop/roster/import_report.py", "report_path"): "the error report's file name, beside the Chinese sheet",
    ("desktop/roster/import_report.py", "write_error_report"): "the error report: a sheet to correct and "
                                                               "import again, with the source sheet's headers",
    ("desktop/roster/export_service.py", "export_roster"): "the exported roster's title, above Chinese headers",
    ("desktop/duty/hours.py", "export_hours_xlsx"): "the exported hours sheet's title",
    # Stored values.
    ("desktop/roster/merge_rules.py", "_membership"): "the retired card's note, stored with the kept card",
    ("desktop/elder/birthdays.py", "create_birthday_party"): "the party's title and target: a stored activity",
    ("desktop/elder/members_service.py", "register_member"): "the status change's stored reason (入会)",
    ("desktop/elder/members_service.py", "renew"): "the status change's stored reason (续期恢复)",
    ("desktop/elder/bulk.py", "bulk_add_members"): "the status change's stored reason (入会)",
    ("desktop/activities/recurrence.py", "describe"): "the series' rule in words, stored with the series",
    ("desktop/duty/fund.py", "sell_item"): "the income entry's stored text",
    ("desktop/volunteers/certificates.py", "period_text"): "the period as the certificate prints it",
    ("desktop/volunteers/certificates.py", "_content"): "the certificate's content, stored and printed",
    ("desktop/volunteers/duty_certificates.py", "issue_certificate"): "the certificate's content, stored",
    ("desktop/volunteers/record.py", "_duty_lines"): "a service line's title, printed on the record",
    ("desktop/core/key_grants.py", "record_role_grant"): "part of the audit row's detail",
    ("desktop/core/audit.py", "shown_value"): "a value as the audit row stores it (a sealed one unsaid)",
    ("desktop/roster/import_merge.py", "write_merges"): "the audit row's stored words",
}


def _documents(rel: str) -> bool:
    """Documents, and the shell's windows (they speak through tr, and test_english_walk reads them)."""
    return any(rel.startswith(p) if p.endswith("/") else rel == p for p in DOCUMENTS) \
        or rel.endswith("/printing.py") or rel.startswith("desktop/ui/")


def _skipped(tree: ast.Module) -> set[int]:
    """Nodes that are not returned text: msg() templates and values, raised errors (their own test),
    audit details, log lines, docstrings."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (_name(node) in {"msg", "record", "entry_row", "debug", "info", "warning",
                                                         "exception", "error"} or ERRORS.match(_name(node))):
            out.update(id(n) for n in ast.walk(node))
        elif isinstance(node, ast.keyword) and node.arg == "detail":
            out.update(id(n) for n in ast.walk(node))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            out.add(id(node.body[0].value))
    return out


def _chinese(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(CJK.search(node.value))


def scan(path: Path, data: dict[tuple[str, str], str] = DATA) -> list[str]:
    """`where in func(): text` of every Chinese text the module returns past the catalogue, `data` left out."""
    rel = path.relative_to(ROOT).as_posix()
    if _documents(rel):
        return []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _skipped(tree)
    table = messages.catalogue()
    found: list[str] = []

    def literal(node: ast.AST | None, func: str) -> None:
        """A message position: a literal there must have its English."""
        if node is None or id(node) in skip:
            return
        if isinstance(node, ast.IfExp):
            literal(node.body, func)
            literal(node.orelse, func)
        elif isinstance(node, ast.List | ast.Tuple):
            for e in node.elts:
                literal(e, func)
        elif _chinese(node) and node.value not in table and (rel, func) not in data:  # type: ignore[attr-defined]
            found.append(f"{rel}:{node.lineno} in {func}(): {node.value[:70]!r}")  # type: ignore[attr-defined]

    def walk(node: ast.AST, func: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else func
            if isinstance(child, ast.JoinedStr) and id(child) not in skip:
                if any(_chinese(n) for n in ast.walk(child)) and (rel, name) not in data:
                    found.append(f"{rel}:{child.lineno} in {name}(): {ast.unparse(child)[:70]}")
                skip.update(id(n) for n in ast.walk(child))
                continue
            if isinstance(child, ast.Return):
                literal(child.value, name)
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) \
                    and child.func.attr in ("append", "extend") and child.args \
                    and MESSAGE_WORDS.search(ast.unparse(child.func.value).split(".")[-1]):
                literal(child.args[0], name)
            elif isinstance(child, ast.keyword) and child.arg and MESSAGE_WORDS.search(child.arg):
                literal(child.value, name)
            walk(child, name)

    walk(tree, "")
    return found


def test_no_service_returns_chinese_past_the_catalogue() -> None:
    found = [line for path in _service_files() for line in scan(path)]
    assert not found, (f"{len(found)} texts a service returns in Chinese without English: write "
                       "msg(template, name=value) and give the template its English in "
                       "resources/translations/messages_en.py, or list data in DATA with why:\n" + "\n".join(found))


def test_every_data_entry_is_needed() -> None:
    """An entry no text needs (code moved or converted) would let a new text in that function through unseen."""
    needed = set()
    for rel, _func in DATA:
        for line in scan(ROOT / rel, data={}):
            needed.add((rel, line.split(" in ")[1].split("()")[0]))
    assert not set(DATA) - needed, sorted(set(DATA) - needed)


def test_the_scan_finds_a_planted_text() -> None:
    probe = ROOT / "desktop" / "_probe_returned.py"
    probe.write_text(
        'from desktop.core.messages import msg\n'
        'def summary(n):\n    return f"共 {n} 人"\n'
        'def check(errors):\n    errors.append("这一行没有见过")\n'
        'def fine(n, errors):\n    errors.append("缺少姓名")\n    return msg("导入 {new}，合并 {merged}，拒绝 {refused}", '
        'new=n, merged=0, refused=0)\n', encoding="utf-8")
    try:
        found = scan(probe)
    finally:
        probe.unlink()
    assert len(found) == 2, found
    assert "summary()" in found[0] and "共 {n} 人" in found[0]
    assert "check()" in found[1] and "这一行没有见过" in found[1]
