"""The roster import's preview at an English desk: what the import service finds in a sheet (refusals and
their fixes, notes about columns, skipped rows, a move between flats, characters taken out) reads in English;
only the sheet's own cells stay as they are.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop.core import messages
from desktop.core.idcard import make_id
from desktop.core.roles import Role
from desktop.roster import service
from desktop.roster.service import PersonInput
from desktop.roster.views.import_dialog import ImportDialog
from desktop.ui.context import AppContext
from desktop.ui.qt import QtWidgets
from desktop.core.settings_store import MachineSettings
from tests import helpers
from tests.ui.previewing import previewed

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u3400-\u9fff]")
KEPT_ID = make_id("441802", date(1950, 8, 9), 1)
NEW_ID = make_id("441802", date(1956, 3, 17), 2)
# The sheet's own words, which stay in Chinese in any language (男 and 女: what the sex column must hold).
SHEET_WORDS = ("男", "女", "黄丽华", "马阿姨", "罗建国", "陈福生", "刘芳", "周强", "郑红", "未知", "生日不详", "西湖花园",
               "6号楼", "70", "501", "601", "花名册", "Sheet", "合计", "8人", "姓名", "身份证号码", "性别",
               "出生日期", "住址")


def _sheet(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "性别", "出生日期", "住址", "姓名"])
    ws.append(["黄丽华", NEW_ID, "女", "", "西湖花园6号楼701", ""])
    ws.append(["马阿姨", 4.41802195603e17, "", "", "西湖花园6号楼702", ""])         # the digits are lost
    ws.append(["罗建国", "", "未知", "", "", ""])                                      # not a sex
    ws.append(["刘芳", "", "", "生日不详", "", ""])                                    # not a date
    ws.append(["周强", NEW_ID, "", "", "", ""])                                        # row 2's ID number
    ws.append(["", "", "", "", "西湖花园6号楼703", ""])                                # no name
    ws.append(["陈福生", KEPT_ID, "", "", "西湖花园6号楼601", ""])                   # moves to another flat
    ws.append(["郑\u200b红", "", "", "", "", ""])                                      # an invisible character
    ws.append(["合计", "8人"])
    wb.save(path)
    return path


def _rows(tree: QtWidgets.QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def _words(text: str) -> str:
    """The Chinese left in `text` once the sheet's own words are out."""
    for word in SHEET_WORDS:
        text = text.replace(word, "")
    return "".join(CJK.findall(text))


def test_import_preview_reads_in_english(qtbot, sqlite_db, tmp_path: Path, english_app) -> None:  # noqa: ANN001
    cid = helpers.community(sqlite_db)
    worker = helpers.actor(sqlite_db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
    with sqlite_db.session(worker) as s:
        b6 = service.ensure_building(s, worker, cid, "西湖花园", "6号楼")
        h501 = service.ensure_household(s, worker, b6, "", "501")
        service.save_person(s, worker, PersonInput(name="陈福生", sex="M", birth_date=date(1950, 8, 9),
                                                   id_number=KEPT_ID, community_id=cid, household_id=h501))
    assert messages.language() == "en"
    ctx = AppContext(db=sqlite_db, actor=worker, settings=MachineSettings(tmp_path / "m.json"), community_id=cid)
    dlg = ImportDialog(ctx, cid)
    qtbot.addWidget(dlg)
    assert previewed(qtbot, dlg, _sheet(tmp_path / "花名册.xlsx"))

    reasons = {row[0]: row[2] for row in _rows(dlg.problems)}
    assert reasons["3"].startswith("The ID number was stored as a number (4.41802195603000E+17)")
    assert reasons["3"].endswith("set the column's format to “text” and type the whole number again")
    assert reasons["4"] == "Sex should be 男 or 女 (the sheet has “未知”)"
    assert reasons["5"] == "Not a date of birth: 生日不详"
    assert reasons["6"] == "Same ID number as row 2"
    assert reasons["7"] == "The name is missing"
    assert [_words(r) for r in reasons.values()] == ["", "", "", "", ""], reasons
    assert dlg.problems.topLevelItem(0).toolTip(2).startswith("The ID number was stored")

    assert _rows(dlg.merges) == [["8", "陈福生", "Moves: Address", "西湖花园6号楼501", "西湖花园6号楼601"]]
    assert _rows(dlg.skipped) == [["10", "Totals row"]]
    assert _rows(dlg.stripped) == [["9", "Name", "U+200B zero-width space"]]
    notes = dlg.notes.text().splitlines()
    assert notes == ["Invisible characters (control, text direction, zero-width) were removed from cells: "
                     "Row 9, Name (U+200B zero-width space)",
                     "Column “F 姓名”: Same as the “Name” column before it: not imported"]
    targets = [dlg.mapping.topLevelItem(i).text(1) for i in range(dlg.mapping.topLevelItemCount())]
    assert targets[:2] == ["Name", "ID number"] and targets[-1] == "(not imported) (Same as the “Name” column " \
        "before it: not imported)"
    shown = [dlg.summary.text(), dlg.notes.text(), *targets,
             *(cell for tree in (dlg.problems, dlg.merges, dlg.skipped, dlg.stripped) for row in _rows(tree)
               for cell in row)]
    assert [t for t in shown if _words(t)] == []

    messages.use_language("zh")                # the same plan at a Chinese desk: the service's own words
    try:
        refused = {r.row_number: messages.shown(r.reason) for r in dlg.plan.refused}
    finally:
        messages.use_language("en")
    assert refused[4] == "性别应为“男”或“女”（表中是“未知”）"
    assert refused[6] == "与第 2 行的身份证号重复"


def _cut_cells(tree: QtWidgets.QTreeWidget) -> list[str]:
    """Cells whose text needs more height, wrapped at their column's width, than their row has."""
    from desktop.ui.qt import QtCore, QtGui

    fm = QtGui.QFontMetrics(tree.font())
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        for col in range(tree.columnCount()):
            rect = tree.visualRect(tree.indexFromItem(item, col))
            need = fm.boundingRect(QtCore.QRect(0, 0, rect.width() - 8, 1 << 16),
                                   QtCore.Qt.TextFlag.TextWordWrap, item.text(col)).height()
            if item.text(col) and need > rect.height():
                out.append(f"row {i} col {col}: {need} > {rect.height()}: {item.text(col)[:30]}")
    return out


@pytest.mark.parametrize("width", [1000, 760])
def test_reasons_and_values_wrap_in_full(qtbot, sqlite_db, tmp_path: Path, english_app, width: int) -> None:  # noqa: ANN001
    """A reason whose fix is at its end and a row's values from the sheet are shown whole, wrapped at their
    column's width — also after the dialog is made narrower — and the column mapping's headers are not cut."""
    from tests.ui.clipping import clipped

    cid = helpers.community(sqlite_db)
    worker = helpers.actor(sqlite_db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
    ctx = AppContext(db=sqlite_db, actor=worker, settings=MachineSettings(tmp_path / "m.json"), community_id=cid)
    dlg = ImportDialog(ctx, cid)
    qtbot.addWidget(dlg)
    dlg.resize(1000, 700)
    dlg.show()
    assert previewed(qtbot, dlg, _sheet(tmp_path / "花名册.xlsx"))
    dlg.resize(width, 700)
    qtbot.wait(20)
    assert "set the column's format" in dlg.problems.topLevelItem(0).text(2)
    assert _cut_cells(dlg.problems) == []
    assert dlg.problems.visualRect(dlg.problems.indexFromItem(dlg.problems.topLevelItem(0), 2)).height() > \
        2 * dlg.problems.visualRect(dlg.problems.indexFromItem(dlg.problems.topLevelItem(1), 2)).height()
    dlg.tabs.setCurrentWidget(dlg.merges)
    qtbot.wait(20)
    assert _cut_cells(dlg.merges) == []
    assert clipped("import", dlg.mapping) == []
