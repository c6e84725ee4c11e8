"""Follow-ups due (CSV): an alias that is a formula is neutralised."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.rehab import followup_service as fu
from tests.export_checks import FORMULA_NAME, assert_csv_safe
from tests.rehab.conftest import World, new_case


def test_followups_csv_neutralises_formulas(sworld: World, tmp_path: Path) -> None:
    new_case(sworld.db, sworld.w1, sworld.community_id, "潘美兰", alias=FORMULA_NAME, seq=23)
    with sworld.db.session(sworld.w1) as s:
        assert fu.export_followups_csv(s, sworld.w1, due_before=date(2027, 12, 31), out=tmp_path / "f.csv") >= 1
    assert_csv_safe(tmp_path / "f.csv", FORMULA_NAME)
