"""The demo world's rehab part: a dozen cases, 阿杰 with 潘捷, warnings and deadlines, the volunteer team."""

from __future__ import annotations


import pytest
from sqlalchemy import func, select

import desktop.demo as demo
from desktop.core import accounts
from desktop.core.clock import today
from desktop.core.db import Database
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import statute
from desktop.rehab.demo import TEAM_SIZE, volunteer_ids
from desktop.rehab.models import RehabCase


@pytest.mark.date_sensitive("leap-day", "month-start")
def test_demo_cases(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "DEMO_MODULES", ["desktop.demo.core_demo", "desktop.rehab.demo"])
    summary = demo.load_demo(sqlite_db, "demo-pass")
    assert any("戒毒康复个案 12 个" in line for line in summary)
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count()).select_from(RehabCase)) == 12
        assert len(volunteer_ids(s)) == TEAM_SIZE + 1          # the team, and 阿杰 who joined it
        pan = accounts.authenticate(s, "rehab", "demo-pass")
        sup = accounts.authenticate(s, "supervisor", "demo-pass")
    on = today()
    with sqlite_db.session(pan) as s:
        rows = {r.label: r for r in cases.list_cases(s, pan)}
        assert "阿杰" in rows and rows["阿杰"].responsible == "潘捷"
        assert "阿康" in rows                                   # shared by 单晓峰
        ajie = cases.get_case(s, pan, rows["阿杰"].id)
        assert ajie.age == 26 and "二手车行" in ajie.notes
        fus = fu.list_followups(s, pan, ajie.id)
        assert len(fus) >= 15 and all(f.test_result in ("", "阴性") for f in fus)
        assert {f.on.month for f in fus} >= {(on.month - k - 1) % 12 + 1 for k in range(1, 4)}
        alerts = statute.statute_alerts(s, pan, on=on)
        assert any(a.label == "阿强" and a.level == "警告" for a in alerts)
        assert any(a.label == "阿明" and a.level == "期限" and "解除材料" in a.message for a in alerts)
        assert fu.due_followups(s, pan, on=on)
    with sqlite_db.session(sup) as s:
        everything = cases.list_cases(s, sup, status=None)
        assert len(everything) == 12 and {r.status for r in everything} >= {"在管", "转出", "期满解除"}
