"""The services' messages: every one has its English, none is built past the catalogue, and the window
shows them in the language it speaks.

The messages are read from the source (AST), so a new refusal without English, or one built from a bare
f-string (its values then cannot be told from its words), fails here rather than showing Chinese in an
English window.
"""

from __future__ import annotations

import ast
import re
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

from desktop.core import messages
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import Msg, msg

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff]")
ERRORS = re.compile(r"^(\w*Error|NotFound|PermissionDenied|DatabaseTooNew|_Refused|SheetTooLarge)$")


def _service_files() -> list[Path]:
    """Every module below the windows: views, commands (their output is Chinese text on a terminal),
    demo data and migrations speak for themselves."""
    out = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if "/views/" in rel or "/migrations/" in rel or rel.startswith(("desktop/cli/", "desktop/demo/")) \
                or rel.endswith(("/cli.py", "/demo.py")):
            continue
        out.append(path)
    return out


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "literal" (a template kept in a constant, such as conflicts.MESSAGE)."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value.value
    return out


def _scan(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(template, where) of every message in the file, and the places that build one past the catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    consts = _constants(tree)
    found: list[tuple[str, str]] = []
    bad: list[str] = []
    rel = path.relative_to(ROOT).as_posix()

    def message(node: ast.AST) -> None:
        """A message position: a literal, a msg(), or a choice between them."""
        where = f"{rel}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if CJK.search(node.value):
                found.append((node.value, where))
        elif isinstance(node, ast.JoinedStr | ast.BinOp) and CJK.search(ast.unparse(node)):
            bad.append(f"{where}: {ast.unparse(node)[:90]}")
        elif isinstance(node, ast.Call) and _name(node) == "format" and CJK.search(ast.unparse(node.func)):
            bad.append(f"{where}: {ast.unparse(node)[:90]}")
        elif isinstance(node, ast.IfExp):
            message(node.body)
            message(node.orelse)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                message(value)
        elif isinstance(node, ast.Dict):
            for value in node.values:
                message(value)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) == "msg" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Name) and first.id in consts:
                found.append((consts[first.id], f"{rel}:{node.lineno}"))
            elif isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((first.value, f"{rel}:{node.lineno}"))
            else:
                bad.append(f"{rel}:{node.lineno}: msg() needs a literal template")
            for kw in node.keywords:             # a fallback value in words (另一个窗口) is English'd too
                message(kw.value) if isinstance(kw.value, ast.Constant) else None
                if isinstance(kw.value, ast.BoolOp | ast.IfExp):
                    message(kw.value)
        elif isinstance(node, ast.Call) and ERRORS.match(_name(node)) and node.args:
            message(node.args[0])
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript) \
                and ast.unparse(node.targets[0].value) == "errors":
            message(node.value)
    return found, bad


@cache
def _all() -> tuple[list[tuple[str, str]], list[str]]:
    found: list[tuple[str, str]] = []
    bad: list[str] = []
    for path in _service_files():
        f, b = _scan(path)
        found += f
        bad += b
    return found, bad


def test_the_scan_sees_the_services_messages() -> None:
    """The collector finds the refusals it is meant to (so the two tests below cannot pass on nothing)."""
    found, _ = _all()
    templates = {t for t, _ in found}
    assert len(templates) > 250
    assert "找不到文件：{path}" in templates                                   # a msg() template
    assert "请选择所在社区" in templates                                       # a ValidationError literal
    assert "{what}已被其他工作台修改（在您打开之后），您这次的修改没有保存。请重新载入，看过最新内容后再改。" in templates


def test_every_service_message_has_english() -> None:
    found, _ = _all()
    table = messages.catalogue()
    missing = sorted({f"{where}: {t}" for t, where in found if t not in table})
    assert not missing, f"{len(missing)} messages have no English in resources/translations/messages_en.py:\n" \
        + "\n".join(missing)


def test_no_message_is_built_from_a_bare_fstring() -> None:
    """An error built from an f-string, `%` or `.format` cannot be translated: write msg(template, name=value)."""
    _, bad = _all()
    assert not bad, "\n".join(bad)


def test_the_scan_catches_an_fstring_refusal(tmp_path: Path) -> None:
    source = tmp_path / "svc.py"
    source.write_text('def f(code):\n    raise UserError(f"找不到编号为 {code} 的成员")\n', encoding="utf-8")
    rel = ROOT / "desktop" / "_probe.py"
    try:
        rel.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        _, bad = _scan(rel)
    finally:
        rel.unlink()
    assert len(bad) == 1 and "找不到编号为" in bad[0]


def test_catalogue_keeps_every_field_of_its_template() -> None:
    """An English template names exactly the values its Chinese one does (a dropped {name} would hide
    whose record was refused; an extra one would fail to format)."""
    wrong = [c for c, e in messages.catalogue().items() if messages.placeholders(c) != messages.placeholders(e)]
    assert not wrong, wrong


def test_english_has_no_chinese_but_examples() -> None:
    """Chinese stays in the English only where it is what the person types or the sheet holds (an address
    such as 6栋1单元501, the header 姓名), i.e. copied from the Chinese message."""
    wrong = [e for c, e in messages.catalogue().items()
             if any(run not in c for run in re.findall(r"[\u3400-\u9fff]+", e))]
    assert not wrong, wrong


def test_a_message_is_its_chinese_and_keeps_its_values() -> None:
    m = msg("找不到文件：{path}", path="名单.xlsx")
    assert m == "找不到文件：名单.xlsx" and isinstance(m, str)
    exc = UserError(m)
    assert exc.message == "找不到文件：名单.xlsx" and str(exc) == "找不到文件：名单.xlsx"
    assert isinstance(str(exc), Msg)                      # what a helper's error passes on keeps its template


@pytest.fixture
def english() -> object:
    messages.use_language("en")
    yield
    messages.use_language("zh")


def test_shown_in_english_keeps_data(english: object) -> None:
    m = msg("找不到文件：{path}", path="西湖花园名单.xlsx")
    assert messages.shown(UserError(m)) == "File not found: 西湖花园名单.xlsx"
    assert messages.shown(UserError("请选择所在社区")) == "Choose the community"
    both = ValidationError({"community_id": "请选择所在社区", "file": m})
    assert messages.shown(both) == "Choose the community; File not found: 西湖花园名单.xlsx"
    assert messages.shown("不在目录里的话") == "不在目录里的话"           # unknown text: shown as it is


def test_format_specs_and_word_values_follow(english: object) -> None:
    m = msg("这个班次已在 {ended:%H:%M} 结束", ended=datetime(2026, 12, 3, 19, 26))
    assert m == "这个班次已在 19:26 结束"
    assert messages.shown(m) == "This shift already ended at 19:26"
    who = msg("这是{who}的班次，只能结束自己的班次", who="别人")
    assert messages.shown(who) == "This is someone else's shift: you can only end your own"


def test_chinese_window_shows_chinese() -> None:
    m = msg("找不到文件：{path}", path="a.xlsx")
    assert messages.shown(UserError(m)) == "找不到文件：a.xlsx"
    assert messages.shown(ValidationError({"a": "请选择所在社区", "b": m})) == "请选择所在社区；找不到文件：a.xlsx"


def test_a_list_of_words_is_joined_in_each_language() -> None:
    text = messages.msg("{name} 签到成功（{flags}）", name="黄少珍", flags=["已过期", "待复核"])
    assert text == "黄少珍 签到成功（已过期、待复核）"
    messages.use_language("en")
    try:
        assert messages.shown(text) == "黄少珍 checked in (expired, due for a review)"
    finally:
        messages.use_language("zh")


def _repeated_keys(source: str) -> list[str]:
    """Keys written twice in the module's dict literals (Python keeps the last silently)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            out += sorted({k for k in keys if keys.count(k) > 1})
    return out


@pytest.mark.parametrize("name", ["messages_en.py", "glossary_en.py"])
def test_no_english_is_written_twice(name: str) -> None:
    """A key written twice keeps only its last English: the first, maybe the right one, is lost unseen."""
    source = (ROOT / "resources" / "translations" / name).read_text(encoding="utf-8")
    assert _repeated_keys(source) == []


def test_a_repeated_key_is_seen() -> None:
    assert _repeated_keys('T = {\n    "选择…": "Choose…",\n    "保存": "Save",\n    "选择…": "Select…",\n}\n') \
        == ["选择…"]


def test_marks_asides_and_labels_take_the_languages_punctuation() -> None:
    """【外出】, （空巢）, 公安：… and ；between clauses in Chinese; "[Away] ", " (Empty nest)", "Police: …", "; "."""
    assert (messages.marked("外出"), messages.aside("空巢"), messages.labelled("公安", "黎警官"),
            messages.listed(["甲", "乙"])) == ("【外出】", "（空巢）", "公安：黎警官", "甲；乙")
    messages.use_language("en")
    try:
        assert (messages.marked(messages.word("外出")), messages.aside(messages.word("空巢")),
                messages.labelled(messages.word("公安"), "黎警官"), messages.listed(["a", "b"])) == \
            ("[Away] ", " (Empty nest)", "Police: 黎警官", "a; b")
    finally:
        messages.use_language("zh")
