"""Two rehab workers edit the same case: the second save is refused, never a lost update."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.errors import ConflictError
from desktop.rehab import cases_service as cases
from desktop.rehab.models import RehabCase


def _input(d: cases.CaseDetail, **changes: object) -> cases.CaseInput:
    base = cases.CaseInput(kind=d.kind, decision_date=d.decision_date, start_date=d.start_date, end_date=d.end_date,
                           decision_no=d.decision_no, decision_authority=d.decision_authority,
                           reported_on=d.reported_on, agreement_signed_on=d.agreement_signed_on,
                           police_liaison=d.police_liaison, risk_level=d.risk_level, alias=d.alias, notes=d.notes)
    return replace(base, **changes)


def test_case_saved_from_an_old_snapshot_is_refused(world) -> None:
    w = world
    with w.db.session(w.w1) as s:
        desk_a = cases.get_case(s, w.w1, w.case_id)
    with w.db.session(w.sup) as s:
        desk_b = cases.get_case(s, w.sup, w.case_id)
    with w.db.session(w.w1) as s:
        cases.update_case(s, w.w1, w.case_id, _input(desk_a, police_liaison="李警官 13800001111"),
                          expected_version=desk_a.version)
    with pytest.raises(ConflictError, match="个案已被其他工作台修改"), w.db.session(w.sup) as s:
        cases.update_case(s, w.sup, w.case_id, _input(desk_b, notes="督导意见：加强家访"),
                          expected_version=desk_b.version)
    with w.db.session(w.sup) as s:          # (rehab text is sealed: read with a holder of the key)
        case = s.get(RehabCase, w.case_id)
        assert case.police_liaison == "李警官 13800001111" and case.notes == desk_b.notes


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_edit_case_dialog_offers_to_reload_and_reopens(sworld, qtbot, tmp_path, monkeypatch) -> None:
    from desktop.core.settings_store import MachineSettings
    from desktop.rehab.views import dialogs
    from desktop.rehab.views.rehab_page import RehabPage
    from desktop.ui.context import AppContext
    from desktop.ui.qt import QMessageBox

    w = sworld
    page = RehabPage(AppContext(db=w.db, actor=w.w1, settings=MachineSettings(tmp_path / "m.json"), desk="rehab"))
    qtbot.addWidget(page)
    page.open_case(w.case_id)
    with w.db.session(w.sup) as s:                      # the supervisor saves first, at another desk
        d = cases.get_case(s, w.sup, w.case_id)
        cases.update_case(s, w.sup, w.case_id, _input(d, risk_level="高"), expected_version=d.version)
    opened: list[str] = []

    def run(dlg: dialogs.EditCaseDialog) -> int:
        opened.append(dlg.risk.currentData())
        if len(opened) == 1:                              # the first dialog still shows the old risk level
            dlg.notes.setPlainText("已与家属面谈")
            dlg.accept()                                 # refused: ConflictError → 重新载入
            assert dlg.reload_requested and "已被其他工作台修改" in dlg.error.text()
            return 0
        dlg.notes.setPlainText("已与家属面谈")
        dlg.accept()
        return 1

    monkeypatch.setattr(dialogs.EditCaseDialog, "exec", run)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    page.case_view.edit_case()
    assert opened == ["中", "高"]                         # reopened with the supervisor's value
    with w.db.session(w.sup) as s:          # (rehab text is sealed: read with a holder of the key)
        case = s.get(RehabCase, w.case_id)
        assert case.risk_level == "高" and case.notes == "已与家属面谈"
