"""The activities window, offscreen: calendar and list, detail, roster search to enrol, keys, printing."""

from __future__ import annotations

import os
from datetime import time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.activities import service as svc
from desktop.activities.common import local_dt
from desktop.activities.views.activities_page import ActivitiesPage
from desktop.core.clock import today
from desktop.core.settings_store import MachineSettings
from desktop.roster.service import PersonInput, save_person
from desktop.ui.context import AppContext
from desktop.ui.qt import Qt
from tests.activities.conftest import World

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


def _page(qtbot, w: World, tmp_path: Path) -> tuple[ActivitiesPage, str, dict[str, str]]:  # noqa: ANN001
    day = today()
    with w.db.session(w.admin) as s:
        ids = {name: save_person(s, w.admin, PersonInput(name=name, community_id=w.community_id,
                                                         phone="13812345678"))
               for name in ("欧阳建国", "欧阳秀英", "区少华")}
        aid = svc.create_activity(s, w.admin, svc.ActivityInput(
            title="重阳敬老茶话会", community_id=w.community_id, starts_at=local_dt(day, time(9)),
            ends_at=local_dt(day, time(11)), capacity=1, kind="节日活动",
            place="社区活动室", organiser="刘淑君"))
        svc.create_activity(s, w.admin, svc.ActivityInput(
            title="健康讲座", community_id=w.community_id,
            starts_at=local_dt(day + timedelta(days=40), time(15)),
            ends_at=local_dt(day + timedelta(days=40), time(16))))
    ctx = AppContext(db=w.db, actor=w.social, settings=MachineSettings(tmp_path / "s.json"),
                     community_id=w.community_id)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page, aid, ids


def test_enrol_through_the_roster_search_with_the_keyboard(qtbot, sworld: World, tmp_path: Path) -> None:  # noqa: ANN001
    page, aid, ids = _page(qtbot, sworld, tmp_path)
    assert "重阳敬老茶话会" in [r.title for r in page.list_model.rows]
    assert page.current_id == aid and "重阳敬老茶话会" in page.header.text()
    page.person_search.setText("欧阳建国")  # typed (QTest cannot type CJK)
    assert page.results.count() == 0                                  # searched once typing pauses, on a worker
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=3000)
    assert page.results.item(0).text().startswith("欧阳建国")
    qtbot.keyClick(page.person_search, Qt.Key.Key_Return)
    assert [p.name for p in page.people["enrolled"].rows] == ["欧阳建国"]
    page.person_search.clear()
    page.person_search.setText("欧阳秀英")  # typed (QTest cannot type CJK)
    qtbot.keyClick(page.person_search, Qt.Key.Key_Return)          # before the answer: acted on when it comes
    qtbot.waitUntil(lambda: "候补" in page.status.text(), timeout=3000)
    assert [p.name for p in page.people["waiting"].rows] == ["欧阳秀英"]
    # Delete on the enrolled list withdraws: the waiting person moves up
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.person_search.hasFocus()
    page.tabs.setCurrentIndex(0)
    page.views["enrolled"].setFocus()
    page.views["enrolled"].selectRow(0)
    qtbot.keyClick(page.views["enrolled"], Qt.Key.Key_Delete)
    assert [p.name for p in page.people["enrolled"].rows] == ["欧阳秀英"]
    assert page.people["waiting"].rows == []
    # check in the enrolled person and a walk-in
    page.person_search.clear()
    page.person_search.setText("欧阳秀英")  # typed (QTest cannot type CJK)
    page.check_in_selected()
    qtbot.waitUntil(lambda: not page.people_finder.busy and page._after_search is None, timeout=3000)
    page.walk_in.setText("路过的王伯")  # typed (QTest cannot type CJK)
    qtbot.keyClick(page.walk_in, Qt.Key.Key_Return)
    names = {p.name for p in page.people["attended"].rows}
    assert names == {"欧阳秀英", "路过的王伯"}
    assert page.tabs.tabText(2).endswith("2")
    row = page.list_model.rows[[r.id for r in page.list_model.rows].index(aid)]
    assert (row.enrolled, row.attended) == (1, 2)
    page.grab().save(str(SHOTS / "activities.png"))


@pytest.mark.date_sensitive
def test_print_buttons_and_period_navigation(qtbot, sworld: World, tmp_path: Path) -> None:  # noqa: ANN001
    page, aid, ids = _page(qtbot, sworld, tmp_path)
    with sworld.db.session(sworld.admin) as s:
        svc.enroll(s, sworld.admin, aid, ids["区少华"])
    job = page.print_sheet("sheet", out=tmp_path / "sheet.pdf")
    qtbot.waitUntil(lambda: job.done, timeout=20000)                    # built on a worker thread
    assert job.outcome == "done" and "区少华" in PdfReader(str(job.path)).pages[0].extract_text()
    assert "1 页" in page.status.text() and page.last_output == job.path
    job = page.print_sheet("list", out=tmp_path / "list.pdf")
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert "报名名单" in PdfReader(str(tmp_path / "list.pdf")).pages[0].extract_text()
    month = page.period()
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.period()[0] > month[1]
    page.span.setCurrentIndex(1)      # week
    start, end = page.period()
    assert (end - start).days == 6 and start.weekday() == 0
    page.go_to(today())
    assert aid in [r.id for r in page.list_model.rows]


@pytest.mark.date_sensitive
def test_today_section_lists_todays_activities(qtbot, sworld: World, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.activities.views.today_section import ActivitiesTodaySection

    page, aid, ids = _page(qtbot, sworld, tmp_path)
    ctx = page.ctx
    section = ActivitiesTodaySection(ctx)
    qtbot.addWidget(section)
    assert ActivitiesTodaySection.applies(ctx.actor)
    assert "重阳敬老茶话会" in section.body.text() and "报名 0/1" in section.body.text()
    assert "健康讲座" not in section.body.text()
    section.on = today() + timedelta(days=1)
    section.refresh()
    assert section.body.text() == "今天没有安排活动。"


def test_sheet_entry_ticks_walk_ins_scan_and_helper(qtbot, sworld: World, tmp_path: Path) -> None:  # noqa: ANN001
    page, aid, ids = _page(qtbot, sworld, tmp_path)
    with sworld.db.session(sworld.admin) as s:
        svc.enroll_many(s, sworld.admin, aid, [ids["区少华"], ids["欧阳建国"], ids["欧阳秀英"]])
        svc.check_in(s, sworld.admin, aid, person_id=ids["区少华"])
    page.show_detail(aid)
    dialog = page.sheet_dialog()
    qtbot.addWidget(dialog)
    items = [dialog.names.item(i) for i in range(dialog.names.count())]
    assert [i.text().split("　")[0] for i in items] == ["区少华", "欧阳建国", "欧阳秀英"]
    assert items[0].checkState() == Qt.CheckState.Checked and not items[0].flags() & Qt.ItemFlag.ItemIsEnabled
    items[2].setCheckState(Qt.CheckState.Checked)        # 欧阳秀英 signed; 欧阳建国 did not
    dialog.walk_ins.setPlainText("王伯\n\n李姨\n")
    scan = tmp_path / "scan.png"
    page.grab().save(str(scan))
    dialog.scan.setText(str(scan))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "新增 1 人，现场加入 2 人，扫描件已保存" in dialog.result_text
    page.show_detail(aid)
    attended = {(p.name, p.source) for p in page.people["attended"].rows}
    assert attended == {("区少华", "desk"), ("欧阳秀英", "sheet"), ("王伯", "sheet"), ("李姨", "sheet")}
    assert page.detail is not None and len(page.detail.evidence) == 1
    # a volunteer found through the search, with the activity's length as minutes
    page.person_search.setText("欧阳建国")  # typed (QTest cannot type CJK)
    assert page.helper_minutes.value() == 120
    page.helper_minutes.setValue(150)
    page.add_helper_selected()
    qtbot.waitUntil(lambda: bool(page.people["helpers"].rows), timeout=3000)
    assert [(p.name, p.minutes) for p in page.people["helpers"].rows] == [("欧阳建国", 150)]


def test_edit_one_occurrence_of_a_series_from_the_window(qtbot, sworld: World, tmp_path: Path,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.activities.views.activity_dialog import ActivityDialog

    day = today()
    with sworld.db.session(sworld.admin) as s:
        ids = svc.create_series(s, sworld.admin, svc.SeriesInput(
            title="太极班", community_id=sworld.community_id, start_time=time(9), end_time=time(10),
            rule=svc.Rule("weekly", day, day + timedelta(days=20), weekdays=(day.isoweekday(),),
                          skip_holidays=False)))
    assert len(ids) == 3
    ctx = AppContext(db=sworld.db, actor=sworld.social, settings=MachineSettings(tmp_path / "s.json"),
                     community_id=sworld.community_id)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show_detail(ids[1])
    assert page.detail is not None and page.detail.row.id == ids[1]

    def run_dialog(dialog: ActivityDialog) -> int:
        assert not dialog.repeat.isEnabled()           # one occurrence, not the series
        assert dialog.title.text() == "太极班"
        dialog.start.setTime(dialog.start.time().addSecs(3600))
        dialog.end.setTime(dialog.end.time().addSecs(3600))
        dialog.place.setText("舞蹈室")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ActivityDialog, "exec", run_dialog)
    page.edit_occurrence()
    with sworld.db.session(sworld.admin) as s:
        rows = {r.id: r for r in svc.list_activities(s, sworld.admin, day, day + timedelta(days=21))}
    from desktop.core.clock import to_local
    assert to_local(rows[ids[1]].starts_at).hour == 10 and rows[ids[1]].place == "舞蹈室"
    assert to_local(rows[ids[0]].starts_at).hour == 9 and to_local(rows[ids[2]].starts_at).hour == 9


def test_print_goes_to_the_printer_in_one_step_and_save_names_the_file(qtbot, sworld: World, tmp_path: Path,  # noqa: ANN001
                                                                       monkeypatch) -> None:
    """打印 prints (Qt's printer; a PDF printer stands in for the system's) and leaves no PDF behind;
    另存为 PDF suggests `签到表 <activity> <date>.pdf` in the user's export folder, never an earlier file."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.qt import QFileDialog
    from tests.ui.print_check import track_temporary_pdfs

    page, aid, ids = _page(qtbot, sworld, tmp_path)
    with sworld.db.session(sworld.admin) as s:
        svc.enroll(s, sworld.admin, aid, ids["区少华"])
    page.show_detail(aid)
    printed = tmp_path / "printer-out.pdf"
    made = track_temporary_pdfs(monkeypatch)             # this test's own (others may print in parallel)

    def ask(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    job = page.print_now("sheet", ask=ask)
    qtbot.waitUntil(lambda: job.done, timeout=20000)                # the PDF is built on a worker thread
    assert job.pages == 1 and len(PdfReader(str(printed)).pages) == 1 and "已送打印机" in page.status.text()
    assert made and not any(p.exists() for p in made)
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (offered.append(a[2]), ("", ""))[1])
    assert page.print_sheet("sheet") is None
    title = page.detail.row.title
    assert Path(offered[0]).name.startswith(f"签到表 {title} ") and offered[0].endswith(".pdf")
    Path(offered[0]).parent.mkdir(parents=True, exist_ok=True)
    Path(offered[0]).write_bytes(b"%PDF-1.4")
    page.print_sheet("sheet")
    assert offered[1] != offered[0] and offered[1].endswith("(2).pdf")


def test_people_search_waits_for_a_pause_runs_on_a_worker_and_the_newest_wins(qtbot, sworld: World,  # noqa: ANN001
                                                                             tmp_path: Path) -> None:
    from tests.ui.typing_check import settle, typed_quickly

    page, _aid, _ids = _page(qtbot, sworld, tmp_path)
    typed_quickly(qtbot, page.people_finder, page.person_search, ["欧", "欧阳", "欧阳建", "欧阳建国"], page.ctx.db,
                  "people")
    assert [page.results.item(i).text().split("　")[0] for i in range(page.results.count())] == ["欧阳建国"]
    page.person_search.setText("欧阳秀英")
    page.people_finder.search_now()                   # an older search on its way…
    page.person_search.setText("欧阳建国")
    page.people_finder.search_now()                   # …when a newer one starts: only the newer is shown
    settle(qtbot, page.people_finder)
    assert [page.results.item(i).text().split("　")[0] for i in range(page.results.count())] == ["欧阳建国"]
    # the list's title filter too
    typed_quickly(qtbot, page.title_finder, page.title_filter, ["重", "重阳", "重阳敬老"], page.ctx.db, "title LIKE")
    assert [r.title for r in page.list_model.rows] == ["重阳敬老茶话会"]
    page.title_filter.setText("没有这个活动")
    page.refresh()                                    # read at once: the search typed before it is dropped
    settle(qtbot, page.title_finder)
    assert page.list_model.rows == []
