"""The audit trail CSV: details that start like a formula are neutralised."""

from __future__ import annotations

from pathlib import Path

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.audit_export import export_audit_csv
from tests import helpers
from tests.export_checks import FORMULA_NAME, assert_csv_safe


def test_audit_csv_neutralises_formulas(sqlite_db, tmp_path: Path) -> None:  # noqa: ANN001
    admin = helpers.admin(sqlite_db)
    with sqlite_db.session(admin) as s:
        audit.record(s, admin, AuditAction.VIEW, "people", "-1", FORMULA_NAME)
    today = clock.today()
    with sqlite_db.session(admin) as s:
        assert export_audit_csv(s, admin, today, today, tmp_path / "a.csv") >= 1
    assert_csv_safe(tmp_path / "a.csv", FORMULA_NAME, "-1")
