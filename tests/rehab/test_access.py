"""Who may read a rehab case: only the responsible/shared rehab worker and the supervisor.

Every public service function and export of the module is called by each refused role; each call
must raise PermissionDenied, leave one 'denied' row on the audit trail, and change nothing.
"""

from __future__ import annotations

import importlib
import inspect
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import plans, police_reports, statute
from desktop.rehab.models import RehabCase

MODULES = ["desktop.rehab.cases_service", "desktop.rehab.followup_service", "desktop.rehab.statute",
           "desktop.rehab.police_reports",
           "desktop.rehab.plans", "desktop.rehab.referrals", "desktop.rehab.printing", "desktop.rehab.access"]

# Public functions that take no acting user: pure rules, or internals handed an already-checked case.
NOT_SERVICES = {
    "access": {"require_rehab", "require_supervisor", "sees_all", "visible", "mask_name",
               "list_label"},
    "statute": {"add_years", "term_end", "reporting_deadline", "materials_due", "leave_days", "leave_authorised",
                "thresholds", "recount"},
    "police_reports": {"reconcile"},
    "plans": {"validate_rules", "rules_in_force", "month_of_term", "rule_for", "next_contact", "next_test"},
    "followup_service": {"refresh_case"},
    "cases_service": set(),
    "referrals": set(),
    "printing": set(),
}


def service_functions() -> list[tuple[str, Any]]:
    out = []
    for name in MODULES:
        mod = importlib.import_module(name)
        short = name.rsplit(".", 1)[1]
        for fname, fn in inspect.getmembers(mod, inspect.isfunction):
            if fname.startswith("_") or fn.__module__ != name:
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:2] == ["s", "actor"]:
                out.append((f"{short}.{fname}", fn))
            else:
                assert fname in NOT_SERVICES[short], f"{short}.{fname}: public function without (s, actor)"
    return out


def arguments(fn: Any, world: Any, tmp: Path) -> dict[str, Any]:
    """Sensible arguments by parameter name; an unknown required parameter fails the test."""
    today = date(2026, 6, 1)
    case_in = cases.CaseInput(kind="社区戒毒", decision_date=today, start_date=today, person_id=None,
                              new_person=cases.NewPerson(name="王某", community_id=world.community_id))
    by_annotation = {
        "CaseInput": case_in,
        "FollowUpInput": fu.FollowUpInput(on=today, method="电话", content="x"),
        "AbsenceInput": fu.AbsenceInput(from_date=today, to_date=today),
    }
    values = {
        "case_id": world.case_id, "followup_id": world.followup_id, "absence_id": world.absence_id,
        "referral_id": world.referral_id, "contact_id": world.contact_id, "report_id": "r-1",
        "user_id": world.w2.id, "on": today, "due_before": today, "status": "期满解除", "kind": "就业",
        "to_org": "人社所", "outcome": "已就业", "role": "公安", "name": "张三", "stage": "评估",
        "content": "内容", "sent_to": "凤城派出所", "rules": list(plans.DEFAULT_RULES), "reason": "tests",
    }
    args: dict[str, Any] = {}
    for p in list(inspect.signature(fn).parameters.values())[2:]:
        if p.name == "out":
            args["out"] = tmp / f"{fn.__name__}.out"
        elif str(p.annotation) in by_annotation:
            args[p.name] = by_annotation[str(p.annotation)]
        elif p.name in values:
            args[p.name] = values[p.name]
        elif p.default is inspect.Parameter.empty:
            raise AssertionError(f"{fn.__qualname__}: no test value for required parameter {p.name}")
    return args


def test_there_are_many_service_functions() -> None:
    names = {n for n, _ in service_functions()}
    assert {"cases_service.get_case", "followup_service.due_followups", "followup_service.export_followups_csv",
            "statute.statute_alerts"} <= names
    assert len(names) >= 25


def test_other_roles_cannot_reach_a_case_through_any_function(world: Any, tmp_path: Path) -> None:
    funcs = service_functions()
    for role in ("duty", "reception", "social", "admin"):
        who = getattr(world, role)
        for label, fn in funcs:
            with pytest.raises(PermissionDenied):
                with world.db.session(who) as s:
                    fn(s, who, **arguments(fn, world, tmp_path))
            assert not (tmp_path / f"{fn.__name__}.out").exists(), f"{role} {label}: wrote a file"
        with world.db.session() as s:
            denied = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "denied",
                                                                                AuditEntry.actor_id == who.id))
            assert denied == len(funcs), f"{role}: every refusal is on the audit trail"
            touched = s.scalars(select(AuditEntry.entity).where(AuditEntry.actor_id == who.id,
                                                                AuditEntry.action != "denied",
                                                                AuditEntry.entity.like("rehab%"))).all()
            assert touched == [], role
    with world.db.session() as s:
        assert s.scalar(select(func.count()).select_from(RehabCase)) == 1


def test_worker_cannot_read_another_workers_case_until_shared(world: Any, tmp_path: Path) -> None:
    db, w1, w2 = world.db, world.w1, world.w2
    readers = [cases.get_case, cases.list_stages, cases.case_timeline, cases.list_contacts, fu.list_followups,
               fu.list_tests, fu.list_absences, police_reports.list_police_reports]
    for fn in readers:
        with pytest.raises(PermissionDenied):
            with db.session(w2) as s:
                fn(s, w2, world.case_id)
    with db.session(w2) as s:
        assert cases.list_cases(s, w2) == []
        assert fu.due_followups(s, w2, on=date(2026, 12, 1)) == []
        assert statute.statute_alerts(s, w2, on=date(2026, 12, 1)) == []
        assert fu.export_followups_csv(s, w2, due_before=date(2026, 12, 1), out=tmp_path / "x.csv") == 0
    with db.session() as s:
        denied = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "denied", AuditEntry.actor_id == w2.id, AuditEntry.entity_id == world.case_id))
    assert denied == len(readers)

    with pytest.raises(PermissionDenied):  # w2 cannot share himself in
        with db.session(w2) as s:
            cases.share_case(s, w2, world.case_id, w2.id)
    with db.session(w1) as s:
        cases.share_case(s, w1, world.case_id, w2.id)
    with db.session(w2) as s:
        detail = cases.get_case(s, w2, world.case_id)
        assert detail.alias == "阿杰" and "单晓峰" in detail.shared_with
        assert [r.label for r in cases.list_cases(s, w2)] == ["阿杰"]
        assert [r.label for r in fu.due_followups(s, w2, on=date(2026, 12, 1))] == ["阿杰"]
    with db.session(w1) as s:
        cases.unshare_case(s, w1, world.case_id, w2.id)
    with pytest.raises(PermissionDenied):
        with db.session(w2) as s:
            cases.get_case(s, w2, world.case_id)


def test_supervisor_sees_every_case_and_opening_is_audited(world: Any) -> None:
    db = world.db
    with db.session(world.sup) as s:
        rows = cases.list_cases(s, world.sup)
        assert [r.label for r in rows] == ["阿杰"]
        d = cases.get_case(s, world.sup, world.case_id)
        assert len(d.id_number) == 18 and "*" not in d.id_number
    with db.session() as s:
        views = s.scalars(select(AuditEntry).where(AuditEntry.action == "view", AuditEntry.actor_id == world.sup.id,
                                                   AuditEntry.entity_id == world.case_id)).all()
    assert len(views) == 1


def test_lists_show_alias_or_masked_name_never_the_id(world: Any) -> None:
    from tests.rehab.conftest import new_case

    new_case(world.db, world.w1, world.community_id, "欧阳明华", seq=13)
    with world.db.session(world.w1) as s:
        rows = cases.list_cases(s, world.w1)
        labels = sorted(r.label for r in rows)
        assert labels == ["欧***", "阿杰"]
        for r in rows:
            assert "4418" not in repr(r) and "陈志杰" not in repr(r) and "欧阳明华" not in repr(r)
        due = fu.due_followups(s, world.w1, on=date(2026, 12, 1))
        assert all("4418" not in repr(r) for r in due)


def test_edits_are_audited_and_cases_are_never_deleted(world: Any) -> None:
    db, w1 = world.db, world.w1
    with db.session(w1) as s:
        cases.change_status(s, w1, world.case_id, "转出", on=date(2026, 9, 1), reason="迁居",
                            transfer_to="英德市英城街道社区戒毒康复服务中心")
    with db.session(w1) as s:
        d = cases.get_case(s, w1, world.case_id)
        assert d.status == "转出" and d.transfer_to.startswith("英德市")
        assert len(fu.list_followups(s, w1, world.case_id)) == 1      # the whole record stays
        hist = cases.status_history(s, w1, world.case_id)
        assert [h.status for h in hist] == ["在管", "转出"]
        assert cases.list_cases(s, w1) == []                           # no longer in the active caseload
        assert [r.label for r in cases.list_cases(s, w1, status=None)] == ["阿杰"]
    with db.session() as s:
        changes = s.scalars(select(AuditEntry).where(AuditEntry.entity == "rehab_cases",
                                                     AuditEntry.entity_id == world.case_id,
                                                     AuditEntry.action == "update")).all()
        assert any("status" in e.changes_dict() for e in changes)
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.detail == "hard delete")) == 0
    assert not any(n.endswith(("delete_case", "remove_case")) for n, _ in service_functions())
