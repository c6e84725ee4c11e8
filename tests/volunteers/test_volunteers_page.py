"""The 志愿者 page: volunteers with their hours, a record, certificates with the overlap question, the
register (search, void, reprint, print), records opened for residents who served; who sees the page."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core import clock
from desktop.core.settings_store import MachineSettings
from desktop.ui.context import AppContext
from desktop.ui.pages import pages_for
from desktop.ui.qt import QMessageBox, qdate
from desktop.volunteers.views.volunteers_page import VolunteersPage
from tests.ui.print_check import Printer, save_dialog
from tests.volunteers.conftest import World

pytestmark = [pytest.mark.gui]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


@pytest.fixture
def cjk_font(qapp):
    """The shipped Chinese font, as the app loads it, so a grabbed screen shows characters, not boxes."""
    from desktop.ui.look import load_fonts

    before = qapp.font()
    load_fonts(qapp)
    yield
    qapp.setFont(before)


def _page(qtbot, w: World, actor, tmp_path: Path) -> VolunteersPage:  # noqa: ANN001
    ctx = AppContext(db=w.db, actor=actor, settings=MachineSettings(tmp_path / "m.json"),
                     community_id=w.duty.community_id)
    page = VolunteersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.first.setDate(qdate(date(2025, 1, 1)))       # the world's records (2026) inside the period, whatever today is
    return page


def _finish(qtbot, job) -> object:
    """Wait for a PDF built on the worker thread; its result."""
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert job.outcome == "done", job.error
    return job.result


def _select(page: VolunteersPage, name: str) -> None:
    row = next(n for n, r in enumerate(page.people.rows) if r.name == name)
    page.table.selectRow(row)


def test_page_records_certificates_and_register(qtbot, cjk_font, world: World, tmp_path: Path, monkeypatch) -> None:
    w = world
    year = clock.today().year               # certificates issued today carry this year
    page = _page(qtbot, w, w.rehab, tmp_path)
    orgs = [page.org.itemText(i) for i in range(page.org.count())]
    assert orgs[0] == "全部组织" and any(o.startswith("凤城街道禁毒志愿者服务队") for o in orgs)
    assert {r.name for r in page.people.rows} >= {"陈俊杰", "李秀英"}
    _select(page, "陈俊杰")
    assert "44180212345678" in page.basic.text() and "441802********0015" in page.basic.text()
    assert [x.source for x in page.lines.rows] == ["其他服务"]
    assert {e.kind for e in page.others.rows} == {"培训", "表彰", "评价"}
    assert page.add_entry(dict(kind="服务", on_day=date(2026, 11, 16), title="禁毒宣传进校园（清远市第二中学）",
                               minutes=150, place="清远市第二中学", organiser="潘捷", rating=""))
    assert page.lines.rowCount() == 2 and "已添加服务记录" in page.status.text()
    values = dict(org_id=w.anti_drug_org, first=date(2026, 1, 1), last=date(2026, 11, 17), content="", notes="",
                  full_id=False)
    job = page.issue(values, str(tmp_path / "cert.pdf"))
    _finish(qtbot, job)
    serial = job.serial[0]
    assert serial == f"FCZY-{year}-00001" and (tmp_path / "cert.pdf").exists()
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr("desktop.volunteers.views.volunteers_page.QMessageBox.question",
                        lambda _p, _t, text: asked.append(text) or answer[0])
    job = page.issue(values, str(tmp_path / "again.pdf"))
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert job.outcome == "refused" and page.last_job is job and serial in asked[-1]
    assert "2026-01-01 至 2026-11-17" in page.status.text() and not (tmp_path / "again.pdf").exists()
    answer[0] = QMessageBox.StandardButton.Yes
    job = page.issue(values, str(tmp_path / "again.pdf"))
    qtbot.waitUntil(lambda: job.done and page.last_job is not job, timeout=20000)   # asked, then issued
    _finish(qtbot, page.last_job)
    assert page.last_job.serial == [f"FCZY-{year}-00002"] and f"FCZY-{year}-00002" in page.status.text()
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "again.pdf")).pages)
    assert "6.5 小时" in text and "禁毒宣传进校园" in text
    page.grab().save(str(SHOTS / "volunteers-record.png"))
    # the register
    page.tabs.setCurrentWidget(page.register)
    reg = page.register
    assert [r.serial for r in reg.model.rows] == [f"FCZY-{year}-00001", f"FCZY-{year}-00002"]
    reg.table.selectRow(1)
    assert reg.void("重复开具") and reg.model.rows[1].voided and "作废 1 份" in reg.count.text()
    reg.search.setText("00001")
    reg.reload()
    assert [r.serial for r in reg.model.rows] == [f"FCZY-{year}-00001"]
    reg.table.selectRow(0)
    _finish(qtbot, reg.reprint(str(tmp_path / "reprint.pdf")))
    assert (tmp_path / "reprint.pdf").exists() and "reprint.pdf" in reg.status.text()
    reg.search.clear()
    reg.reload()
    _finish(qtbot, reg.print_list(str(tmp_path / "register.pdf")))
    assert (tmp_path / "register.pdf").exists()
    printer = Printer(monkeypatch, tmp_path)                  # 打印 in one step: the print dialog, nothing kept
    assert f"FCZY-{year}-00001" in printer.wait(qtbot, reg.print_list())
    reg.table.selectRow(0)
    assert f"FCZY-{year}-00001" in printer.wait(qtbot, reg.reprint()) and "已送打印机" in reg.status.text()
    offered = save_dialog(monkeypatch)
    _finish(qtbot, reg.reprint(save=True))
    assert Path(offered[0]).name.startswith(f"志愿服务记录证明 FCZY-{year}-00001 ")
    page.grab().save(str(SHOTS / "volunteers-register.png"))


def test_records_opened_for_residents_who_served_and_who_sees_the_page(qtbot, world: World, tmp_path: Path,
                                                                       monkeypatch) -> None:
    w = world
    c = w.duty.coordinator
    page = _page(qtbot, w, c, tmp_path)
    names = {r.name for r in page.people.rows}
    assert "李秀英" in names and "王建国" not in names
    team_org = next(page.org.itemData(i) for i in range(page.org.count())
                    if "6号楼" in page.org.itemText(i))
    page.org.setCurrentIndex(page.org.findData(team_org))
    assert page.open_records() == 7                       # the team's other roster members
    assert "王建国" in {r.name for r in page.people.rows}
    assert page.open_records() == 0
    _select(page, "李秀英")
    _finish(qtbot, page.print_record(str(tmp_path / "record.pdf")))
    assert (tmp_path / "record.pdf").exists()
    assert "李秀英" in Printer(monkeypatch, tmp_path).wait(qtbot, page.print_record())     # 打印 in one step
    assert "volunteers" in {p.key for p in pages_for(c)} and "volunteers" in {p.key for p in pages_for(w.rehab)}
    assert "volunteers" not in {p.key for p in pages_for(w.duty.reception)}
    assert "volunteers" not in {p.key for p in pages_for(w.duty.volunteer)}


def test_search_boxes_wait_for_a_pause_run_on_a_worker_and_the_newest_wins(qtbot, world: World,  # noqa: ANN001
                                                                          tmp_path: Path) -> None:
    from tests.ui.typing_check import settle, typed_quickly

    page = _page(qtbot, world, world.rehab, tmp_path)
    names = sorted({r.name for r in page.people.rows})
    assert len(names) >= 2
    one, other = names[0], names[-1]
    typed_quickly(qtbot, page.finder, page.search, [one[:1], one], page.ctx.db, "name_initials LIKE")
    assert {r.name for r in page.people.rows} == {one}
    page.search.setText(one)
    page.finder.search_now()                          # an older search on its way…
    page.search.setText(other)
    page.finder.search_now()                          # …when a newer one starts: only the newer is shown
    settle(qtbot, page.finder)
    assert {r.name for r in page.people.rows} == {other}
    reg = page.register
    reg.reload()
    serials = [r.serial for r in reg.model.rows]
    if serials:
        typed_quickly(qtbot, reg.finder, reg.search, [serials[0][-2:], serials[0][-5:]], page.ctx.db, "volunteer_certificates")
        assert [r.serial for r in reg.model.rows] == [serials[0]]
