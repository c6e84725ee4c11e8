"""What a person sees: the editor's reading field (shown, corrected, saved) and 日期不全, the import
dialog's file chooser and its one question about the estate."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desktop.roster import service
from desktop.roster.views.person_editor import PersonEditor
from desktop.ui.qt import Qt
from tests.ui.previewing import ambiguous_world, context_on_copy, estate_chosen, previewed
from tests.roster.roster_sheets import simple_roster

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory):
    return ambiguous_world(tmp_path_factory.mktemp("readings-ui") / "template.db")


@pytest.fixture
def ctx(template, tmp_path: Path, qapp):
    from desktop.ui.look import load_fonts

    load_fonts(qapp)                       # as the app does: the grabs below must show Chinese, not boxes
    yield from context_on_copy(template, tmp_path)


def test_editor_shows_the_reading_lets_it_be_corrected_and_keeps_a_partial_date(qtbot, ctx):
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(560, 760)
    editor.new(ctx.community_id, None)
    editor.show()
    editor.edits["name"].setText("张朝阳")
    editor.edits["name"].textEdited.emit("张朝阳")              # as typing it does
    assert editor.edits["reading"].text() == "zhang zhao yang"          # follows the name
    editor.edits["reading"].setText("zhang chao yang")
    editor.edits["reading"].setModified(True)
    editor.edits["birth_date"].setText("1940-03")
    editor.partial_box.setChecked(True)
    editor.grab().save(str(SHOTS / "person-editor-reading.png"))
    pid = editor.save()
    assert pid
    with ctx.db.session(ctx.actor) as s:
        d = service.get_person(s, ctx.actor, pid)
    assert d.reading_override == "zhang chao yang" and d.birth_date == date(1940, 3, 1) and d.birth_date_partial
    assert editor.edits["reading"].text() == "zhang chao yang" and editor.partial_box.isChecked()
    assert editor.edits["birth_date"].text() == "1940-03"
    editor.edits["reading"].setText("zhang")
    editor.edits["reading"].setModified(True)
    assert editor.save() is None and "音节" in editor.errors["reading"].text()


def test_import_offers_every_sheet_kind_and_asks_the_estate_once(qtbot, ctx, tmp_path, monkeypatch):
    from desktop.roster.views import import_dialog
    from desktop.roster.views.estate_question import EstateQuestion

    sheet = simple_roster(tmp_path / "花名册.xlsx", [["陈富森", "", "1940年3月", "3号楼", "501"],
                                                    ["潘美兰", "", "1941-05-02", "3", "502"]],
                          ["姓名", "身份证号码", "出生日期", "楼栋", "房号"])
    filters: list[str] = []
    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName",
                        lambda *a: (filters.append(a[3]), ("", ""))[1])
    asked: list[EstateQuestion] = []

    def answer(self: EstateQuestion) -> int:
        asked.append(self)
        self.resize(460, 180)
        self.grab().save(str(SHOTS / "import-estate-question.png"))
        self.choice.setCurrentIndex(self.choice.findData("西湖花园"))
        return 1

    monkeypatch.setattr(EstateQuestion, "exec", answer)
    dlg = import_dialog.ImportDialog(ctx, ctx.community_id)
    qtbot.addWidget(dlg)
    dlg.choose_file()
    assert all(k in filters[0] for k in ("*.xlsx", "*.xls", "*.csv", "(*)"))
    assert previewed(qtbot, dlg, sheet)
    assert len(asked) == 1 and "2 行" in asked[0].question.text()
    assert dlg.plan is not None and dlg.plan.estate == "西湖花园" and dlg.plan.refused_count == 0
    assert dlg.estate.isVisibleTo(dlg) and dlg.estate.currentData() == "西湖花园"
    assert dlg.partial.topLevelItemCount() == 1 and dlg.partial.topLevelItem(0).text(2) == "1940年3月"
    dlg.tabs.setCurrentIndex(3)
    dlg.grab().save(str(SHOTS / "import-dialog-estate.png"))


def test_import_preview_shows_the_sorting_reading_and_takes_a_correction(qtbot, ctx, tmp_path, monkeypatch):
    from desktop.roster.views import import_dialog
    from desktop.roster.views.estate_question import EstateQuestion
    from desktop.roster.views.import_readings import NAME, OTHERS, READING

    sheet = simple_roster(tmp_path / "花名册.xlsx", [["张朝阳", "", "1950-05-06", "", ""],
                                                    ["王小明", "", "1951-01-02", "", ""],
                                                    ["单田芳", "", "1934-12-12", "3号楼", "501"]],
                          ["姓名", "身份证号码", "出生日期", "楼栋", "房号"])
    monkeypatch.setattr(EstateQuestion, "exec", lambda self: 0)          # asked, and left for later
    dlg = import_dialog.ImportDialog(ctx, ctx.community_id)
    qtbot.addWidget(dlg)
    dlg.resize(960, 640)
    assert previewed(qtbot, dlg, sheet) and dlg.plan.needs_estate
    panel = dlg.readings
    assert dlg.tabs.tabText(4) == "读音（1）"          # 单田芳 waits for the estate, 王小明 has one reading
    item = panel.item_for(2)
    assert item.text(NAME) == "张朝阳" and item.text(READING) == "zhang zhao yang"
    assert "zhang chao yang" in item.text(OTHERS)
    assert item.flags() & Qt.ItemFlag.ItemIsEditable
    item.setText(READING, "zhang chao")                                  # as the cell editor commits it
    assert "音节" in panel.message.text() and "张朝阳" in panel.message.text()
    assert item.text(READING) == "zhang zhao yang" and dlg.plan.readings == {}
    item.setText(READING, "Zhāng Cháoyáng")
    assert panel.message.text() == "" and item.text(READING) == "zhang chao yang" and item.font(READING).bold()
    assert dlg.plan.readings == {2: "zhang chao yang"}
    panel.only_choices.setChecked(False)
    assert panel.list.topLevelItemCount() == 2 and panel.item_for(3).text(READING) == "wang xiao ming"
    panel.only_choices.setChecked(True)
    assert estate_chosen(qtbot, dlg, "西湖花园")                          # the plan is made again
    assert dlg.plan.estate == "西湖花园" and dlg.plan.readings == {2: "zhang chao yang"}
    assert dlg.tabs.tabText(4) == "读音（2）" and panel.item_for(2).text(READING) == "zhang chao yang"
    assert panel.item_for(4).text(READING) == "shan tian fang"
    dlg.tabs.setCurrentWidget(panel)
    dlg.grab().save(str(SHOTS / "import-dialog-readings.png"))
    dlg.start_import()
    assert not panel.isEnabled()
    qtbot.waitUntil(lambda: dlg.imported and dlg.worker is None, timeout=15000)
    assert dlg.result.imported == 3
    with ctx.db.session(ctx.actor) as s:
        assert service.count_people(s, ctx.actor, "zhangchaoyang") == 1
        assert service.count_people(s, ctx.actor, "zhangzhaoyang") == 1
        row = service.search_people(s, ctx.actor, "张朝阳")[0]
        assert service.get_person(s, ctx.actor, row.id).reading_override == "zhang chao yang"


def test_the_readings_tab_of_a_long_sheet_works_out_a_page_at_a_time(qtbot, ctx, tmp_path):
    """The names worth a look are flagged as the plan is made; the tab counts them from the plan and
    works out the readings of the rows it shows, a page at a time, as the list is scrolled."""
    from desktop.core.pinyin import name_readings
    from desktop.roster.views import import_dialog
    from desktop.roster.views.import_readings import NAME, OTHERS, READING
    from desktop.roster.views.paged_list import PAGE

    given = "朝长重乐行"                               # each has more than one reading in a name
    names = [f"{s}{given[i % 5]}{given[(i // 5) % 5]}" for i, s in enumerate("张王李赵刘陈杨黄周吴" * 45)]
    sheet = simple_roster(tmp_path / "花名册.xlsx", [[n, "", f"19{50 + i % 40}-01-02"] for i, n in enumerate(names)]
                          + [["王小明", "", "1951-01-02"]], ["姓名", "身份证号码", "出生日期"])
    dlg = import_dialog.ImportDialog(ctx, ctx.community_id)
    qtbot.addWidget(dlg)
    dlg.resize(960, 640)
    assert previewed(qtbot, dlg, sheet)
    panel = dlg.readings
    assert dlg.tabs.tabText(4) == f"读音（{len(names)}）"           # counted from the plan, 王小明 not among them
    before = name_readings.cache_info()
    panel.refill()
    asked = name_readings.cache_info()
    assert (asked.hits + asked.misses) - (before.hits + before.misses) <= PAGE   # only the page shown
    assert panel.list.topLevelItemCount() == PAGE and panel.list.more
    dlg.show()
    dlg.tabs.setCurrentWidget(panel)
    qtbot.waitExposed(dlg)
    bar = panel.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())                                 # scrolled to the end: the next page
    assert panel.list.topLevelItemCount() == 2 * PAGE
    while panel.list.more:
        qtbot.waitUntil(lambda: bar.value() < bar.maximum())
        bar.setValue(bar.maximum())
    assert panel.list.topLevelItemCount() == len(names)
    last = panel.list.topLevelItem(len(names) - 1)
    assert last.text(NAME) == names[-1] and int(last.text(0)) == len(names) + 1
    other = last.text(OTHERS).split("、")[0]
    last.setText(READING, other)                                # a row of the last page takes a correction
    assert panel.message.text() == "" and last.font(READING).bold() and last.text(READING) == other
    assert dlg.plan.readings == {len(names) + 1: other}
    dlg.grab().save(str(SHOTS / "import-dialog-readings-long.png"))
    panel.only_choices.setChecked(False)
    assert dlg.tabs.tabText(4) == f"读音（{len(names) + 1}）" and panel.list.topLevelItemCount() == PAGE
