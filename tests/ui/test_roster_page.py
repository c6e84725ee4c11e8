"""The roster window with the keyboard: search, Enter to edit, field messages, Ctrl+N, Delete + undo,
SQL sorting, paging in."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.core import clock
from desktop.core.db import Database, sqlite_url
from tests.demo_world import migrated_db
from desktop.core.roles import Role
from desktop.core.settings_store import MachineSettings
from desktop.roster import service
from desktop.roster.bulk import bulk_add_people
from desktop.roster.service import PersonInput
from desktop.roster.views.people_model import COL_AGE, COL_NAME, PersonIdRole
from desktop.roster.views.roster_page import RosterPage
from desktop.ui.context import AppContext
from desktop.ui.qt import QApplication, QLabel, QLineEdit, Qt
from tests import helpers
from tests.ui.previewing import previewed

# The offscreen platform cannot resize windows to fit word-wrapped labels and says so; that is not ours.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory):
    """The roster once per module (migrating and signing in are slow); each test works on a copy."""
    path = tmp_path_factory.mktemp("roster-page") / "template.db"
    db = migrated_db(path)
    cid = helpers.community(db, "西湖社区")
    helpers.community(db, "后街社区")
    worker = helpers.actor(db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
    with db.session(worker) as s:
        b6 = service.ensure_building(s, worker, cid, "西湖花园", "6号楼")
        h501 = service.ensure_household(s, worker, b6, "", "501")
        h601 = service.ensure_household(s, worker, b6, "", "601")
        ids = {}
        ids["张桂兰"] = service.save_person(s, worker, PersonInput(
            name="张桂兰", sex="F", birth_date=date(1944, 5, 2), tags=("独居老人",), community_id=cid,
            household_id=h501, phone="13902345678"))
        ids["陈福生"] = service.save_person(s, worker, PersonInput(
            name="陈福生", sex="M", birth_date=date(1950, 8, 9), community_id=cid, household_id=h601,
            phone="13800138000", relation="户主"))
        ids["陈小明"] = service.save_person(s, worker, PersonInput(
            name="陈小明", sex="M", birth_date=date(2012, 3, 1), community_id=cid, household_id=h601,
            relation="子"))
        bulk_add_people(s, worker, [dict(name=f"居民{i:03d}", sex="MF"[i % 2],
                                         birth_date=date(1940 + i % 60, 1 + i % 12, 3), community_id=cid)
                                    for i in range(150)])
    db.dispose()
    return path, worker, {"cid": cid, "b6": b6, "h501": h501, "h601": h601, **ids}


@pytest.fixture
def world(template, tmp_path: Path):
    path, worker, ids = template
    copy = tmp_path / "linli.db"
    shutil.copyfile(path, copy)
    db = Database(sqlite_url(copy))
    ctx = AppContext(db=db, actor=worker, settings=MachineSettings(tmp_path / "m.json"),
                     community_id=ids["cid"])
    yield ctx, ids
    db.dispose()


@pytest.fixture
def page(qtbot, world):
    ctx, _ = world
    p = RosterPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def _names(p: RosterPage) -> list[str]:
    return [p.model.data(p.model.index(r, COL_NAME)) for r in range(p.model.rowCount())]


def test_typing_filters_after_debounce(qtbot, page):
    assert page.model.total == 153
    page.search.setFocus()
    qtbot.keyClicks(page.search, "cfs")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert _names(page) == ["陈福生"]
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 人", timeout=2000)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)        # clears the box
    assert page.search.text() == ""
    qtbot.waitUntil(lambda: page.model.total == 153, timeout=2000)


def test_enter_searches_at_once_then_enter_opens_editor(qtbot, page, world):
    _ctx, ids = world
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.search.setText("6号楼501")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)         # no waiting for the debounce
    assert _names(page) == ["张桂兰"]
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor.person_id == ids["张桂兰"]
    assert page.editor.edits["name"].text() == "张桂兰"
    assert page.editor.edits["name"].hasFocus()
    page.grab().save(str(SHOTS / "roster-page.png"))


def test_bad_id_number_message_next_to_field_and_input_kept(qtbot, page, world):
    _ctx, ids = world
    page.search.setText("陈福生")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    id_edit = page.editor.edits["id_number"]
    assert isinstance(id_edit, QLineEdit)
    id_edit.setText("44180219500809123")                   # 17 digits
    page.editor.edits["phone"].setText("13800138001")
    qtbot.keyClick(page.editor.edits["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    err = page.editor.errors["id_number"]
    assert err.isVisible() and err.text()
    assert id_edit.text() == "44180219500809123"             # nothing typed is lost
    assert page.editor.edits["phone"].text() == "13800138001"
    assert not page.editor.errors["name"].isVisible()
    page.editor.grab().save(str(SHOTS / "roster-editor-error.png"))
    with page.ctx.db.session(page.ctx.actor) as s:            # and nothing was saved
        assert service.get_person(s, page.ctx.actor, ids["陈福生"]).phone == "13800138000"
    # Esc puts the loaded values back
    qtbot.keyClick(id_edit, Qt.Key.Key_Escape)
    assert id_edit.text() == ""
    assert page.editor.edits["phone"].text() == "13800138000"
    assert not err.isVisible()


def test_edit_and_save_with_ctrl_s(qtbot, page, world):
    _ctx, ids = world
    page.search.setText("张桂兰")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.editor.edits["phone"].setText("13902345679")
    qtbot.keyClick(page.editor.edits["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with page.ctx.db.session(page.ctx.actor) as s:
        assert service.get_person(s, page.ctx.actor, ids["张桂兰"]).phone == "13902345679"
    assert page.editor.history.topLevelItemCount() >= 1       # the change is in 变更记录


def test_ctrl_n_creates_in_selected_household(qtbot, page, world):
    _ctx, ids = world
    assert page.tree.select_household(ids["h601"])
    assert page.model.total == 2
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.person_id is None and page.editor.is_editing()
    assert page.editor.edits["name"].hasFocus()
    page.editor.edits["name"].insert("陈𠮷·阿依")       # QTest types ASCII only (an input method types this)
    qtbot.keyClick(page.editor.edits["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.person_id is not None
    assert page.model.total == 3
    assert "陈𠮷·阿依" in _names(page)
    with page.ctx.db.session(page.ctx.actor) as s:
        d = service.get_person(s, page.ctx.actor, page.editor.person_id)
    assert d.household_id == ids["h601"] and d.name == "陈𠮷·阿依"


def test_delete_then_undo_restores(qtbot, page, world):
    _ctx, ids = world
    page.search.setText("陈小明")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.current_person_id() == ids["陈小明"]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.total == 0
    assert page.undo_bar.isVisible() and "陈小明" in page.undo_label.text()
    page.grab().save(str(SHOTS / "roster-undo.png"))
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.undo_bar.isVisible()
    assert _names(page) == ["陈小明"]
    assert page.current_person_id() == ids["陈小明"]


def test_header_click_sorts_in_sql(qtbot, page):
    before = page.model.queries
    page.table.horizontalHeader().setSortIndicator(COL_AGE, Qt.SortOrder.DescendingOrder)
    assert page.model.queries > before
    assert page.model.sort_key == ("age", True)
    ages = [int(page.model.data(page.model.index(r, COL_AGE))) for r in range(page.model.rowCount())]
    assert ages == sorted(ages, reverse=True)
    with page.ctx.db.session(page.ctx.actor) as s:
        everyone = service.search_people(s, page.ctx.actor, "", limit=1000)
    assert ages[0] == max(r.age for r in everyone)
    assert page.table.horizontalHeader().sortIndicatorSection() == COL_AGE


def test_scrolling_pages_in(qtbot, page):
    assert page.model.rowCount() == 100 and page.model.canFetchMore()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() > 100, timeout=2000)
    page.table.scrollToBottom()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.model.rowCount() == 153, timeout=2000)
    ids = {page.model.data(page.model.index(r, 0), PersonIdRole) for r in range(page.model.rowCount())}
    assert len(ids) == 153


def test_filters_tag_age_and_tree(qtbot, page, world):
    _ctx, ids = world
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("独居老人"))
    assert _names(page) == ["张桂兰"]
    page.tag_combo.setCurrentIndex(0)
    page.age_combo.setCurrentIndex(1)                     # 0-18岁
    assert "陈小明" in _names(page) and "陈福生" not in _names(page)
    page.age_combo.setCurrentIndex(0)
    page.tree.select_household(ids["h501"])
    assert _names(page) == ["张桂兰"]


def test_other_community_is_not_listed(qtbot, page):
    labels = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert any("西湖社区" in t for t in labels)
    assert not any("后街社区" in t for t in labels)
    assert page.findChildren(QLabel)


def _sheet(path: Path) -> Path:
    from openpyxl import Workbook

    from desktop.core.idcard import make_id

    wb = Workbook()
    ws = wb.active
    ws.append(["西湖社区居民花名册"])
    ws.append([])
    ws.append(["序号", "姓名", "身份证号码", "联系电话", "住址"])
    ws.append([1, "黄丽华", make_id("441802", date(1956, 3, 17), 2).lower(), "13711112222", "西湖花园6号楼701"])
    ws.append([2, "马阿姨", 4.41802195603e17, "13711113333", "西湖花园6号楼702"])   # precision lost
    ws.append([3, " 罗建国 ", "", "１３７１１１１４４４４", "西湖花园6号楼703"])
    ws.append(["合计", "3人"])
    wb.save(path)
    return path


def test_import_preview_confirm_and_error_report(qtbot, world, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from desktop.roster.views.import_dialog import ImportDialog

    ctx, ids = world
    dlg = ImportDialog(ctx, ids["cid"])
    qtbot.addWidget(dlg)
    assert previewed(qtbot, dlg, _sheet(tmp_path / "花名册.xlsx"))
    mapping = {dlg.mapping.topLevelItem(i).text(0): dlg.mapping.topLevelItem(i).text(1)
               for i in range(dlg.mapping.topLevelItemCount())}
    assert any("身份证号码" in k and "身份证" in v for k, v in mapping.items())
    assert dlg.problems.topLevelItemCount() == 1
    assert dlg.problems.topLevelItem(0).text(1) == "马阿姨"
    assert dlg.problems.topLevelItem(0).text(0) == "5"          # the row number in the sheet
    with ctx.db.session(ctx.actor) as s:                          # the preview wrote nothing
        assert service.count_people(s, ctx.actor, "黄丽华") == 0
    dlg.resize(960, 640)
    dlg.grab().save(str(SHOTS / "roster-import.png"))
    dlg.start_import()
    qtbot.waitUntil(lambda: dlg.imported and dlg.worker is None, timeout=10000)
    assert dlg.result.imported == 2 and dlg.result.refused == 1
    assert "新增 2 人" in dlg.summary.text()
    with ctx.db.session(ctx.actor) as s:
        assert service.count_people(s, ctx.actor, "黄丽华") == 1
        assert service.count_people(s, ctx.actor, "罗建国") == 1
    out = tmp_path / "errors.xlsx"
    monkeypatch.setattr("desktop.ui.export_files.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    assert dlg.report_button.isEnabled()
    assert dlg.save_report() == out
    cells = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row]
    assert "马阿姨" in cells and 5 in cells


def test_import_cancel_writes_nothing(qtbot, world, tmp_path, monkeypatch):
    from desktop.core.progress import Progress
    from desktop.roster.views.import_dialog import ImportDialog

    ctx, ids = world
    p = Progress()
    assert p.keep_going(0, 10) is True
    p.cancel()
    assert p.keep_going(1, 10) is False          # the service is told to stop at its next step
    dlg = ImportDialog(ctx, ids["cid"])
    qtbot.addWidget(dlg)
    assert previewed(qtbot, dlg, _sheet(tmp_path / "花名册.xlsx"))
    dlg.start_import()
    dlg.worker.cancel()                           # 取消 at once: the import stops at its next row
    qtbot.waitUntil(lambda: dlg.worker is None, timeout=10000)
    assert not dlg.imported
    assert "已取消" in dlg.summary.text()
    with ctx.db.session(ctx.actor) as s:
        assert service.count_people(s, ctx.actor, "黄丽华") == 0


def test_attention_note_added_and_ended_in_editor(qtbot, page, world):
    _ctx, ids = world
    page.search.setText("张桂兰")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    ed = page.editor
    ed.tabs.setCurrentIndex(2)
    ed.notes.note_kind.setCurrentIndex(ed.notes.note_kind.findData("生病住院"))
    ed.notes.note_text.setText("老伴住院")
    assert ed.notes.add_note()
    assert ed.notes.notes_list.topLevelItemCount() == 1
    assert ed.notes.notes_list.topLevelItem(0).text(1) == "老伴住院"
    ed.notes.note_end.setText("明天")                                 # not a date: message, nothing added
    ed.notes.note_text.setText("再一条")
    assert ed.notes.add_note() is None and ed.notes.note_error.text()
    assert ed.notes.notes_list.topLevelItemCount() == 1
    ed.notes.notes_list.setCurrentItem(ed.notes.notes_list.topLevelItem(0))
    ed.notes.end_selected_note()
    assert ed.notes.notes_list.topLevelItem(0).text(3) != ""          # it has an end date now
    page.editor.grab().save(str(SHOTS / "roster-editor-notes.png"))


def test_roster_prints_in_one_step_and_saves_a_named_copy(qtbot, page, world, tmp_path, monkeypatch):
    """打印 sends the building list, household card and attention list to the printer and leaves no file;
    另存为 PDF suggests `楼栋住户一览表 <building> <date>.pdf` in the export folder, never an earlier name."""
    from desktop.core.clock import today
    from desktop.core.paths import exports_dir
    from tests.ui.print_check import Printer, save_dialog, wait_saved

    _ctx, ids = world
    printer = Printer(monkeypatch, tmp_path)
    page.tree.setCurrentItem(page.tree.topLevelItem(0))                            # 全部: which building?
    assert page.print_document("building") is None and page.message.isVisible()
    page.tree.select_household(ids["h501"])                                        # the building of 501
    text = printer.wait(qtbot, page.print_document("building"))
    assert "张桂兰" in text and "陈福生" in text and "已送打印机" in page.message.text()
    page.tree.select_household(ids["h601"])
    assert "陈小明" in printer.wait(qtbot, page.print_document("household"))
    assert printer.wait(qtbot, page.print_document("attention"))
    offered = save_dialog(monkeypatch)
    page.tree.select_household(ids["h501"])
    place = page.tree.scope().label
    first = page.print_document("household", save=True)
    text = wait_saved(qtbot, first)
    assert "张桂兰" in text
    wait_saved(qtbot, page.print_document("household", save=True))
    name = Path(offered[0]).name
    assert name == f"户卡 {place} {today().isoformat()}.pdf"
    assert Path(offered[0]).parent == exports_dir(_ctx.actor.username)
    assert Path(offered[1]).name == name.replace(".pdf", " (2).pdf") and first.path.exists()
    assert not printer.opened


def test_import_preview_lists_each_change_and_a_move_waits_for_its_confirmation(qtbot, world, tmp_path,
                                                                                monkeypatch):
    """One row per change with old → new; moving a resident to another flat is said to be a move and must be
    confirmed before 确认导入; a refusal shows the reason whole and the value it is about; the error report
    is offered beside the sheet, named with the date and time."""
    from openpyxl import Workbook

    from desktop.core.idcard import make_id
    from desktop.roster.views.import_dialog import ImportDialog

    ctx, ids = world
    first = ImportDialog(ctx, ids["cid"])
    qtbot.addWidget(first)
    assert previewed(qtbot, first, _sheet(tmp_path / "花名册.xlsx"))
    first.start_import()
    qtbot.waitUntil(lambda: first.imported and first.worker is None, timeout=10000)
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "联系电话", "住址"])
    ws.append(["黄丽华", make_id("441802", date(1956, 3, 17), 2), "13711119999", "西湖花园6号楼501"])
    ws.append(["马阿姨", 4.41802195603e17, "13711113333", "西湖花园6号楼702"])
    wb.save(tmp_path / "更新.xlsx")
    dlg = ImportDialog(ctx, ids["cid"])
    qtbot.addWidget(dlg)
    assert previewed(qtbot, dlg, tmp_path / "更新.xlsx")
    rows = [[dlg.merges.topLevelItem(i).text(c) for c in range(5)] for i in range(dlg.merges.topLevelItemCount())]
    assert ["2", "黄丽华", "搬家：住址", "西湖花园6号楼701", "西湖花园6号楼501"] in rows, rows
    assert ["2", "黄丽华", "联系电话", "13711112222", "13711119999"] in rows
    assert dlg.confirm_moves.isVisibleTo(dlg) and "1 位居民" in dlg.confirm_moves.text()
    assert not dlg.import_button.isEnabled()                     # not until the move is confirmed
    dlg.confirm_moves.setChecked(True)
    assert dlg.import_button.isEnabled()
    dlg.tabs.setCurrentWidget(dlg.merges)
    dlg.resize(960, 640)
    dlg.grab().save(str(SHOTS / "roster-import-moves.png"))
    problem = dlg.problems.topLevelItem(0)
    assert "身份证号" in problem.text(2) and "4.41802195603" in problem.text(3) and "身份证号码" in problem.text(3)
    assert dlg.problems.wordWrap() and dlg.problems.textElideMode() == Qt.TextElideMode.ElideNone
    offered = []
    monkeypatch.setattr("desktop.roster.views.import_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (offered.append(a[2]), ("", ""))[1])
    dlg.save_report()
    suggested = Path(offered[0])
    assert suggested.parent == tmp_path and suggested.name.startswith(f"更新 导入错误报告 {clock.today():%Y%m%d}")
    assert suggested.suffix == ".xlsx"


def test_import_preview_pages_a_large_sheet(qtbot, world, tmp_path):
    """The preview's lists make items for a page of the plan and fetch the next as they are scrolled to
    the end; the counts are the whole sheet's; closing the dialog removes the rows from disk."""
    import csv

    from desktop.roster.views.import_dialog import ImportDialog
    from desktop.roster.views.paged_list import PAGE

    ctx, ids = world
    sheet = tmp_path / "大表.csv"
    with sheet.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "身份证号码", "出生日期"])
        for i in range(450):              # a bad check digit on every row; every third a year and month only
            w.writerow([f"居民{i:03d}", f"44180219500101{i:03d}" + "Y", "1950年3月" if i % 3 == 0 else ""])
        for i in range(30):
            w.writerow([f"新人{i:02d}", "", "1960年5月"])
    dlg = ImportDialog(ctx, ids["cid"])
    qtbot.addWidget(dlg)
    dlg.resize(960, 640)
    dlg.show()
    assert previewed(qtbot, dlg, sheet)
    assert dlg.plan is not None and dlg.plan.refused_count == 450
    store = dlg.plan.rows.store
    assert dlg.tabs.tabText(0) == "有问题的行（450）"
    assert dlg.problems.topLevelItemCount() == PAGE and dlg.problems.more
    assert dlg.problems.topLevelItem(PAGE - 1).text(0) == str(PAGE + 1)          # sheet rows 2 …
    dlg.problems.scrollToBottom()
    assert dlg.problems.topLevelItemCount() == 2 * PAGE
    dlg.problems.scrollToBottom()
    assert dlg.problems.topLevelItemCount() == 450 and not dlg.problems.more
    assert dlg.problems.topLevelItem(449).text(1) == "居民449"
    assert dlg.partial.topLevelItemCount() == 30 and dlg.tabs.tabText(3) == "日期不全（30）"
    dlg.grab().save(str(SHOTS / "roster-import-pages.png"))
    dlg.reject()
    assert dlg.plan is None and not store.path.exists()
