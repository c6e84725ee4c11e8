"""The centre's other tabs and its 今日 section, on a small world."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import today
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.core.settings_store import MachineSettings
from desktop.elder import services_service as ss
from desktop.elder import visits as vs
from desktop.elder.views.elder_page import ElderPage
from desktop.elder.views.today_section import ElderTodaySection
from desktop.elder.views.tabs import BirthdaysTab, RoomsTab, ServicesTab, VisitsTab
from desktop.ui.context import AppContext
from desktop.ui.qt import QDialog, Qt
from tests.elder.conftest import World

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _ctx(w: World) -> AppContext:
    return AppContext(db=w.db, actor=w.worker, settings=MachineSettings(Path(tempfile.mkdtemp()) / "s.json"),
                      desk="office")


@pytest.mark.date_sensitive
def test_tabs_show_services_birthdays_visits_and_rooms(qtbot, sqlite_world: World) -> None:
    from desktop.activities.room_service import RoomInput, create_room
    w = sqlite_world
    on = today()
    born = date(1950, on.month, min(on.day, 28))
    tk = w.member("何伯", "13800000001", birth=born, category="特困")
    w.member("李阿姨", "13800000002", birth=date(1950, (on.month + 5) % 12 + 1, 5), category="空巢")  # not this month
    with w.db.session(w.worker) as s:
        ss.add_service(s, w.worker, ss.ServiceInput(tk, "健康检查", on, 10, measures={"收缩压": 140}))
        ss.add_service(s, w.worker, ss.ServiceInput(tk, "健康检查", on, 10, measures={"收缩压": 135}))
        vs.add_visit(s, w.worker, vs.VisitInput(tk, on - timedelta(days=20)))
        create_room(s, w.worker, RoomInput(name="舞蹈室", capacity=30, community_id=w.community_id, owner_module="elder"))
    page = ElderPage(_ctx(w))
    qtbot.addWidget(page)
    labels = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert labels == ["前台签到", "会员", "功能室", "服务记录", "生日会", "探访"]
    services = page.findChild(ServicesTab)
    cell = services.figures_model.cell
    figures = {cell(r, 0): (cell(r, 1), cell(r, 2)) for r in range(services.figures_model.rowCount())}
    assert figures["健康检查"] == ("2", "1") and figures["合计"] == ("2", "1")
    births = page.findChild(BirthdaysTab)
    assert births.list_model.column_texts(2) == ["何伯"]
    assert "重阳节" in births.feasts.text()
    visits = page.findChild(VisitsTab)
    assert "逾期 2 位" in visits.summary.text()     # 何伯 (14 days) and 李阿姨 (never visited)
    assert visits.model.cell(0, 5) != "" and visits.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    visits.table.selectRow(visits.model.column_texts(1).index("何伯"))
    visits.findings.setText("精神好")
    visits.add()
    assert "逾期 1 位" in visits.summary.text()
    rooms = page.findChild(RoomsTab)
    assert rooms.rooms.count() == 1 and "舞蹈室" in rooms.rooms.item(0).text()
    rooms.start.setText("10:00")
    rooms.purpose.setText("广场舞排练")
    rooms.book()
    assert rooms.usage_model.column_texts(2) == ["广场舞排练"]
    page.resize(1280, 800)
    page.tabs.setCurrentWidget(services)
    page.grab().save("/tmp/elder-services.png")


def test_the_birthday_list_prints_in_one_step_and_saves_a_named_copy(qtbot, sqlite_world: World, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.print_check import Printer, save_dialog, wait_saved
    w = sqlite_world
    on = today()
    w.member("何伯", "13800000001", birth=date(1950, on.month, 1), category="特困")
    tab = BirthdaysTab(_ctx(w))
    qtbot.addWidget(tab)
    assert "何伯" in Printer(monkeypatch, tmp_path).wait(qtbot, tab.print_list())
    offered = save_dialog(monkeypatch)
    assert "何伯" in wait_saved(qtbot, tab.print_list(save=True))
    assert Path(offered[0]).name == f"生日名单 {on:%Y-%m}.pdf"


@pytest.mark.date_sensitive
def test_today_section_counts_overdue_and_birthdays(qtbot, sqlite_world: World) -> None:
    from desktop.elder import checkin_service as cs
    w = sqlite_world
    on = today()
    m = w.member("何伯", "13800000001", birth=date(1950, on.month, 1), category="特困")
    with w.db.session(w.reception) as s:
        cs.checkin(s, w.reception, "0001", lunch=True, on=on)
    volunteer = Actor(id=None, username="v", display_name="志愿者", role=Role.DUTY_VOLUNTEER)
    assert ElderTodaySection.applies(w.reception) and not ElderTodaySection.applies(volunteer)
    sec = ElderTodaySection(_ctx(w))
    qtbot.addWidget(sec)
    assert (sec.arrivals, sec.lunches) == (1, 1)
    assert [v.member_id for v in sec.overdue] == [m]
    assert [b.name for b in sec.birthdays] == ["何伯"]


def test_register_dialog_and_print_cards_from_members_tab(qtbot, sqlite_world: World, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.elder.views import members_tab
    from desktop.elder.views.register_dialog import RegisterDialog
    from desktop.roster.search_fields import reindex_people
    from tests.ui.print_check import Printer, save_dialog, wait_saved
    w = sqlite_world
    w.person("罗桂英", date(1948, 6, 1), "13811112222")
    with w.db.session(w.worker) as s:
        reindex_people(s)
    tab = members_tab.MembersTab(_ctx(w))
    qtbot.addWidget(tab)
    dlg = RegisterDialog(_ctx(w), tab)
    qtbot.addWidget(dlg)
    dlg.query.setText("罗桂英")
    qtbot.waitUntil(lambda: dlg.people.count() == 1, timeout=3000)   # searched on a worker after a pause
    dlg.category.setCurrentIndex(dlg.category.findData("独居"))
    dlg.contact.setText("罗小明 儿子 13900001111")
    dlg.allergies.setText("青霉素过敏")
    dlg._save()
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.error.text()
    tab.refresh()
    assert tab.model.rowCount() == 1 and tab.model.rows[0].category == "独居"
    tab.resize(1100, 300)
    tab.grab().save("/tmp/elder-members.png")
    printer = Printer(monkeypatch, tmp_path)                           # 打印: to the printer, nothing kept
    text = printer.wait(qtbot, tab.print_doc("cards"))
    assert "罗桂英" in text and "QC000001" in text
    offered = save_dialog(monkeypatch)                                  # 另存为 PDF: named for what and whose
    tab.view.selectRow(0)
    assert "罗桂英" in wait_saved(qtbot, tab.print_doc("cards", save=True))
    assert Path(offered[0]).name.startswith("会员卡 罗桂英 ")


def test_members_search_waits_for_a_pause_runs_on_a_worker_and_the_newest_wins(qtbot, sqlite_world: World) -> None:
    from desktop.elder.views import members_tab
    from tests.ui.typing_check import settle, typed_quickly

    w = sqlite_world
    w.member("罗桂英", "13811112222")
    w.member("罗建华", "13811113333")
    tab = members_tab.MembersTab(_ctx(w))
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 2
    typed_quickly(qtbot, tab.finder, tab.search, ["罗", "罗桂", "罗桂英"], w.db, "elder_members")
    assert [r.name for r in tab.model.rows] == ["罗桂英"] and "1" in tab.count.text()
    tab.search.setText("罗桂英")
    tab.finder.search_now()                           # an older search on its way…
    tab.search.setText("罗建华")
    tab.finder.search_now()                           # …when a newer one starts: only the newer is shown
    settle(qtbot, tab.finder)
    assert [r.name for r in tab.model.rows] == ["罗建华"]
    tab.status.setCurrentIndex(tab.status.count() - 1)   # a filter chosen: searched at once, on the worker
    settle(qtbot, tab.finder)
    assert tab.finder.started >= 4
