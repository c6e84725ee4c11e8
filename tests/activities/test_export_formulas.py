"""The activity statistics workbook: titles, places and organisers that are formulas stay text."""

from __future__ import annotations

from pathlib import Path

from desktop.activities import activity_service as svc
from desktop.activities.export import export_activities
from tests.activities.conftest import World, at
from tests.export_checks import FORMULA_NAME, assert_xlsx_safe


def test_activity_workbook_keeps_formulas_as_text(sworld: World, tmp_path: Path) -> None:
    w = sworld
    with w.db.session(w.social) as s:
        svc.create_activity(s, w.social, svc.ActivityInput(
            title=FORMULA_NAME, community_id=w.community_id, starts_at=at(1), ends_at=at(1, 11),
            kind="-讲座", place="@活动室", organiser="+刘社工"))
    day = at(1).date()
    with w.db.session(w.social) as s:
        assert export_activities(s, w.social, day, day, tmp_path / "a.xlsx") == 1
    assert_xlsx_safe(tmp_path / "a.xlsx", FORMULA_NAME, "-讲座", "@活动室", "+刘社工")
