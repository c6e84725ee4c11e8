"""The rehab page and the 今日 section, offscreen: masked lists, audited opens, entry through the services."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.core.audit import AuditEntry
from desktop.core.settings_store import MachineSettings
from desktop.rehab import followup_service as fu
from desktop.rehab.views import dialogs
from desktop.rehab.views.rehab_page import RehabPage
from desktop.rehab.views.today_section import RehabTodaySection
from desktop.ui.context import AppContext
from desktop.ui.qt import QDate

pytestmark = pytest.mark.gui


def _ctx(world: Any, actor: Any, tmp_path: Path) -> AppContext:
    return AppContext(db=world.db, actor=actor, settings=MachineSettings(tmp_path / "m.json"), desk="rehab")


def _views(world: Any, actor: Any) -> int:
    with world.db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "view", AuditEntry.actor_id == actor.id, AuditEntry.entity == "rehab_cases",
            AuditEntry.entity_id == world.case_id))


def test_caseload_shows_alias_and_opening_is_audited(sworld: Any, qtbot: Any, tmp_path: Path) -> None:
    page = RehabPage(_ctx(sworld, sworld.w1, tmp_path))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    assert [r.label for r in page.cases.rows] == ["阿杰"]
    shown = [page.cases.index(0, c).data() for c in range(page.cases.columnCount())]
    assert "阿杰" in shown and "陈志杰" not in shown
    assert _views(sworld, sworld.w1) == 0          # listing is not opening
    page.case_table.setFocus()
    page.case_table.setCurrentIndex(page.cases.index(0, 0))
    page.case_table.activated.emit(page.cases.index(0, 0))
    assert page.case_view.detail is not None and page.case_view.detail.name == "陈志杰"
    assert page.case_view.info_labels["id_number"].text().startswith("441802200005")
    assert _views(sworld, sworld.w1) == 1
    assert page.case_view.followups.rowCount() == 1 and page.case_view.timeline.rowCount() >= 4
    page.grab().save(str(tmp_path / "rehab-page.png"))


def test_followup_entered_through_the_dialog(sworld: Any, qtbot: Any, tmp_path: Path) -> None:
    page = RehabPage(_ctx(sworld, sworld.w1, tmp_path))
    qtbot.addWidget(page)
    page.open_case(sworld.case_id)
    dlg = dialogs.FollowUpDialog(page.case_view, date(2026, 3, 16))
    qtbot.addWidget(dlg)
    dlg.method.setCurrentIndex(dlg.method.findData("家访"))
    dlg.content.setPlainText("家访：在车行帮忙，状态稳定")
    dlg.next_due.setText("2026年3月1日")        # before the visit: refused, dialog stays open
    ran: list[str] = []

    def submit() -> None:
        with sworld.db.session(sworld.w1) as s:
            ran.append(fu.add_followup(s, sworld.w1, sworld.case_id, dlg.values()))
    dlg.submit = submit
    dlg.accept()
    assert not ran and "下次随访日期应晚于本次" in dlg.error.text()
    dlg.next_due.setText("")
    dlg.on.setDate(QDate(2026, 3, 16))
    dlg.accept()
    assert ran
    page.case_view.reload()
    assert page.case_view.followups.row(0).content == "家访：在车行帮忙，状态稳定"


def test_other_worker_sees_nothing_and_today_section(sworld: Any, qtbot: Any, tmp_path: Path) -> None:
    page = RehabPage(_ctx(sworld, sworld.w2, tmp_path))
    qtbot.addWidget(page)
    assert page.cases.rowCount() == 0 and page.due.rowCount() == 0
    assert not RehabTodaySection.applies(sworld.duty)
    assert not RehabTodaySection.applies(sworld.social)
    assert RehabTodaySection.applies(sworld.w1)
    section = RehabTodaySection(_ctx(sworld, sworld.w1, tmp_path), on=date(2026, 3, 20))
    qtbot.addWidget(section)
    text = section.body.text()
    assert "逾期 1 个" in text and "阿杰" in text and "陈志杰" not in text


def test_plan_dialog_saves_for_the_supervisor_only(sworld: Any, qtbot: Any) -> None:
    from desktop.rehab import plans

    with sworld.db.session(sworld.sup) as s:
        rules = plans.list_plan_rules(s, sworld.sup)
    dlg = dialogs.PlanDialog(None, rules, editable=True)
    qtbot.addWidget(dlg)
    dlg.rows[0][2].setValue(5)              # months 1–6: contact every 5 days
    dlg.drop_row()
    dlg.rows[-1][1].setValue(36)
    assert dlg.values() == [plans.Rule(1, 6, 5, 30), plans.Rule(7, 36, 14, 60)]
    with sworld.db.session(sworld.sup) as s:
        plans.save_plan_rules(s, sworld.sup, dlg.values())
    with sworld.db.session(sworld.w1) as s:
        assert plans.list_plan_rules(s, sworld.w1)[0].contact_days == 5
    viewer = dialogs.PlanDialog(None, rules, editable=False)
    qtbot.addWidget(viewer)
    assert not viewer.rows[0][0].isEnabled()


def test_share_dialog_lists_other_workers(sworld: Any, qtbot: Any, tmp_path: Path) -> None:
    from desktop.rehab import cases_service as cases

    with sworld.db.session(sworld.w1) as s:
        workers = [w for w in cases.rehab_workers(s, sworld.w1) if w.id != sworld.w1.id]
    dlg = dialogs.ShareDialog(None, workers)
    qtbot.addWidget(dlg)
    assert dlg.worker.findData(sworld.w2.id) >= 0
    dlg.worker.setCurrentIndex(dlg.worker.findData(sworld.w2.id))

    def submit() -> None:
        with sworld.db.session(sworld.w1) as s:
            cases.share_case(s, sworld.w1, sworld.case_id, dlg.worker.currentData())
    dlg.submit = submit
    dlg.accept()
    page = RehabPage(_ctx(sworld, sworld.w2, tmp_path))
    qtbot.addWidget(page)
    assert [r.label for r in page.cases.rows] == ["阿杰"]


def test_edit_case_dialog_round_trips(sworld: Any, qtbot: Any, tmp_path: Path) -> None:
    from desktop.rehab import cases_service as cases

    page = RehabPage(_ctx(sworld, sworld.w1, tmp_path))
    qtbot.addWidget(page)
    page.open_case(sworld.case_id)
    dlg = dialogs.EditCaseDialog(page.case_view, page.case_view.detail)
    qtbot.addWidget(dlg)
    dlg.risk.setCurrentIndex(dlg.risk.findData("高"))
    dlg.agreement.setText("2026-03-03")

    def submit() -> None:
        with sworld.db.session(sworld.w1) as s:
            cases.update_case(s, sworld.w1, sworld.case_id, dlg.values())
    dlg.submit = submit
    dlg.accept()
    page.case_view.reload()
    d = page.case_view.detail
    assert (d.risk_level, d.agreement_signed_on, d.alias, d.end_date) == ("高", date(2026, 3, 3), "阿杰",
                                                                           date(2029, 3, 1))


def test_rehab_forms_print_in_one_step_and_leave_no_file(sworld: Any, qtbot: Any, tmp_path: Path,
                                                         monkeypatch: Any) -> None:
    """A case's follow-up record goes to the printer through the print dialog and is never saved: no PDF of
    a rehab case stays in the export folder or the temporary folder (they used to land in Documents)."""
    import glob
    import tempfile

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop.core.paths import exports_dir

    printed = tmp_path / "printer.pdf"

    def accept(dialog: QPrintDialog) -> int:           # the person presses 打印 in the system's dialog
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return 1
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    before = set(glob.glob(f"{tempfile.gettempdir()}/linli-print-*"))
    page = RehabPage(_ctx(sworld, sworld.w1, tmp_path))
    qtbot.addWidget(page)
    page.open_case(sworld.case_id)
    page.case_view.print_record()
    qtbot.waitUntil(lambda: page.case_view.last_job.done, timeout=60000)
    assert page.case_view.last_job.outcome == "done" and page.case_view.last_job.pages >= 1
    assert len(PdfReader(str(printed)).pages) >= 1
    assert set(glob.glob(f"{tempfile.gettempdir()}/linli-print-*")) == before
    folder = exports_dir(sworld.w1.username)
    assert not list(folder.glob("*.pdf")) if folder.exists() else True
    with sworld.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "print", AuditEntry.entity_id == sworld.case_id)) == 1
