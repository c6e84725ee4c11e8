"""The roster import refuses oversized files and cells, and takes invisible characters out of every
imported cell, listing row, field and character in the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.core.plain_text import removed_chars
from desktop.core.roles import Role
from desktop.core.security import SYSTEM
from desktop.core.sheet_limits import SheetLimits
from desktop.roster.import_guard import FIELD_CHARS, guard_cells, read_csv
from desktop.roster.import_service import NEW, REFUSED, apply_import, preview_import
from desktop.roster.import_sheet import read_sheet
from desktop.roster.models import Person
from tests import helpers
from tests import hostile_sheets as hostile


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _sheet(path: Path, rows: list[tuple[str, str]]) -> Path:
    """姓名 and 备注 columns; text may hold Excel's _xHHHH_ escapes for control characters."""
    xml = [hostile.HEADER] + [f'<row r="{i}">{_inline(f"A{i}", a)}{_inline(f"B{i}", b)}</row>'
                              for i, (a, b) in enumerate(rows, start=2)]
    return hostile.write_xlsx(path, xml)


def test_invisible_characters_are_stripped_and_listed(sqlite_db, tmp_path: Path) -> None:  # noqa: ANN001
    cid = helpers.community(sqlite_db)
    worker = helpers.actor(sqlite_db, "sg1", Role.SOCIAL_WORKER, ["西湖社区"])
    path = _sheet(tmp_path / "r.xlsx", [
        ("潘\u202e美兰", "住院"), ("_x0000_张三_x001B_[31m", "门\u200b铃坏了_x001B_"), ("买买提·艾力", "吉𠮷"),
        ("李\ufeff四\u2066", "第一行_x000D__x000A_第二行")])
    with sqlite_db.session(worker) as s:
        plan = preview_import(s, worker, path, cid)
    assert [r.values["name"] for r in plan.rows] == ["潘美兰", "张三", "买买提·艾力", "李四"]
    assert [r.status for r in plan.rows] == [NEW] * 4
    assert [(g.row_number, g.field) for g in plan.stripped] == [(2, "name"), (3, "name"), (3, "notes"), (5, "name")]
    assert plan.stripped[0].chars == ("\u202e",) and plan.stripped[1].chars == ("\x00", "\x1b")
    assert any("第 2 行姓名（U+202E 从右向左覆盖）" in n for n in plan.notes)
    assert "姓名中含不可见字符（U+202E 从右向左覆盖），已去除" in plan.rows[0].messages
    with sqlite_db.session(worker) as s:
        apply_import(s, worker, plan)
    with sqlite_db.session(SYSTEM) as s:
        stored = dict(s.execute(select(Person.name, Person.notes)).all())
    assert stored == {"潘美兰": "住院", "张三": "门铃坏了", "买买提·艾力": "吉𠮷", "李四": "第一行\n第二行"}


def test_a_cell_over_its_field_cap_refuses_the_row(sqlite_db, tmp_path: Path) -> None:  # noqa: ANN001
    cid = helpers.community(sqlite_db)
    worker = helpers.actor(sqlite_db, "sg1", Role.SOCIAL_WORKER, ["西湖社区"])
    path = _sheet(tmp_path / "long.xlsx", [("王五", "长" * 5000), ("赵" * 300, "好"), ("钱七", "长" * 2000)])
    with sqlite_db.session(worker) as s:
        plan = preview_import(s, worker, path, cid)
    assert [r.status for r in plan.rows] == [REFUSED, REFUSED, NEW]
    assert "“备注”一栏有 5000 个字，超过上限 2000 个字" in plan.rows[0].reason
    assert "“姓名”一栏有 300 个字" in plan.rows[1].reason


def test_hostile_workbooks_are_refused_in_one_line(sqlite_db, tmp_path: Path) -> None:  # noqa: ANN001
    cid = helpers.community(sqlite_db)
    worker = helpers.actor(sqlite_db, "sg1", Role.SOCIAL_WORKER, ["西湖社区"])
    far = hostile.far_cell(tmp_path / "far.xlsx", declared=False)
    bomb = hostile.shared_strings_bomb(tmp_path / "bomb.xlsx", megabytes=40)
    for path, words in ((far, "1048576"), (bomb, "32767")):
        with pytest.raises(UserError) as info, sqlite_db.session(worker) as s:
            preview_import(s, worker, path, cid)
        assert words in info.value.message and "\n" not in info.value.message


def test_csv_limits(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("姓名,备注\n" + "张三,好\n" * 1000, encoding="utf-8")
    with pytest.raises(UserError, match="超过 1000 行"):
        read_csv(rows, SheetLimits(rows=1000))
    assert len(read_csv(rows)) == 1001
    wide = tmp_path / "wide.csv"
    wide.write_text("姓名,备注" + ",x" * 300 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match="301 列|302 列"):
        read_sheet(wide)
    cell = tmp_path / "cell.csv"
    cell.write_text("姓名,备注\n张三," + "长" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match="32767"):
        read_sheet(cell)
    huge = tmp_path / "huge.csv"
    huge.write_text("姓名,备注\n张三,\"" + "长" * 200_000 + "\"\n", encoding="utf-8")
    with pytest.raises(UserError, match="CSV 格式有误|32767"):
        read_sheet(huge)


def test_a_csv_with_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("姓名,备注\n\x00潘美兰\x1b[0m,\"第一行\u2028第二行\"\n", encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.rows[0].values["name"] == "潘美兰" and sheet.rows[0].values["notes"] == "第一行\n第二行"
    assert [(g.row_number, g.field) for g in sheet.stripped] == [(2, "name")]


@given(st.text(max_size=150), st.text(max_size=50))
def test_cleaning_of_any_cell(name: str, note: str) -> None:
    cells, errors, warnings, stripped = guard_cells({"name": name, "notes": note}, 7)
    assert not removed_chars(cells["name"]) and not removed_chars(cells["notes"])
    assert (len(name) > FIELD_CHARS["name"]) == bool(errors)
    listed = {g.field: g.chars for g in stripped}
    assert listed.get("name", ()) == tuple(removed_chars(name[:FIELD_CHARS["name"]]))
    assert listed.get("notes", ()) == tuple(removed_chars(note))
    assert len(warnings) == len(stripped) and all(g.row_number == 7 for g in stripped)
