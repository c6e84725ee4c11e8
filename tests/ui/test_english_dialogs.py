"""The dialogs the page walk does not open, in English, on the demo world: each is made as its page makes it
(the page's own service calls for what it is given) and read like the pages — what a person reads is English
but for data (tests/ui/test_english_walk.py says what counts as data)."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.activities import activity_service
from desktop.activities.models import Attendance
from desktop.activities.views.activity_dialog import ActivityDialog
from desktop.activities.views.sheet_dialog import SheetEntryDialog
from desktop.core import accounts, clock
from desktop.core.messages import Msg
from desktop.core.settings_store import MachineSettings
from desktop.duty import shifts_service, teams_service
from desktop.duty.views.day_record import DayRecordDialog
from desktop.duty.views.desk_log import LogViewer
from desktop.duty.views.desk_style import DeskLook
from desktop.duty.views.member_dialog import MemberDialog as DutyMemberDialog
from desktop.duty.views.requests_dialog import RequestDialog
from desktop.elder import members_service
from desktop.elder.views.member_dialog import MemberDialog as ElderMemberDialog
from desktop.rehab import cases_service, caseload, plans
from desktop.rehab.views import dialogs as rehab
from desktop.roster.models import AttentionNote, Person
from desktop.roster.views.duplicates_dialog import DuplicatesDialog
from desktop.roster.views.move_dialog import MoveDialog
from desktop.ui.context import AppContext
from desktop.ui.crash import CrashDialog
from desktop.ui.login_dialog import FirstAdminDialog, LoginDialog, RecoveryCodeDialog
from desktop.ui.qt import QApplication, QDialog, QWidget
from desktop.volunteers import service as volunteers
from desktop.volunteers.views.dialogs import CertificateDialog, VolunteerDialog
from tests import helpers
from desktop.ui.look import install_translators, load_fonts
from tests.ui import desk_walk
from tests.ui.clipping import every_tab
from tests.ui.test_dialog_keys import _dialogs
from tests.ui.test_english_walk import CJK, Leftovers, data_values, texts, vocabularies


def _ctx(db, username: str, desk: str, tmp_path: Path) -> AppContext:  # noqa: ANN001
    with db.session() as s:
        actor = accounts.authenticate(s, username, helpers.PASSWORD, desk=desk)
    return AppContext(db=db, actor=actor, settings=MachineSettings(tmp_path / f"{username}.json"), desk=desk)


def _office(db, ctx: AppContext) -> list[QDialog]:  # noqa: ANN001
    today = clock.today()
    with db.session(ctx.actor) as s:
        person = s.query(Person).filter(Person.household_id.is_not(None), Person.deleted_at.is_(None)).first()
        member = members_service.search_members(s, ctx.actor, limit=1)[0]
        team = teams_service.list_teams(s, ctx.actor)[0]
        duty_member = teams_service.list_members(s, ctx.actor, team.id)[0]
        shifts = shifts_service.list_shifts(s, ctx.actor, team.id, today, today + timedelta(days=6))
        held = next(a for a in activity_service.list_activities(s, ctx.actor, today - timedelta(days=60), today)
                    if a.status != "cancelled")
        detail = activity_service.activity_detail(s, ctx.actor, held.id)
        orgs = volunteers.list_orgs(s, ctx.actor)
    assert person is not None and shifts and orgs
    look = DeskLook()
    return [CrashDialog("Traceback …"), LoginDialog(db), FirstAdminDialog(None),
            RecoveryCodeDialog("MATK-URA7-V9SK-GY4K", Path("demo.db")),
            ElderMemberDialog(ctx, member.id), DuplicatesDialog(ctx, None),
            MoveDialog(ctx, person.id, person.name, person.household_id, person.community_id, "西湖花园6号楼501"),
            DutyMemberDialog(ctx, duty_member), LogViewer(ctx, team.id, look), DayRecordDialog(ctx, team.id, look),
            RequestDialog(ctx, team.id, shifts), RequestDialog(ctx, team.id, shifts, kind="换班"),
            SheetEntryDialog(ctx, held.id, held.title, detail.enrolled, set()),
            ActivityDialog(ctx, [(person.community_id, "西湖社区")], [], today),
            CertificateDialog(orgs, orgs[0].id, today - timedelta(days=30), today, may_print_full_id=True),
            VolunteerDialog(orgs, orgs[0].id)]


def _rehab(db, ctx: AppContext) -> list[QDialog]:  # noqa: ANN001
    with db.session(ctx.actor) as s:
        rules = plans.list_plan_rules(s, ctx.actor)
        workers = cases_service.rehab_workers(s, ctx.actor)
        case = caseload.list_cases(s, ctx.actor, status=None, limit=1)[0]
        detail = cases_service.get_case(s, ctx.actor, case.id)
    return [rehab.PlanDialog(None, rules, True), rehab.ShareDialog(None, workers), rehab.EditCaseDialog(None, detail)]


def test_the_other_dialogs_speak_english_but_data(qtbot, demo_db, tmp_path: Path, english_app) -> None:  # noqa: ANN001
    left = Leftovers(data_values(demo_db) | {"西湖花园6号楼501", "西湖社区"})
    seen = 0
    for dialogs in (_office(demo_db, _ctx(demo_db, "admin", "office", tmp_path)),
                    _rehab(demo_db, _ctx(demo_db, "rehab", "rehab", tmp_path))):
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            left.check(type(dialog).__name__, texts(dialog))
            dialog.close()
            seen += 1
    assert seen == 19 and left.read > 100
    assert not left.found, f"{len(left.found)} texts in Chinese that are not data:\n" + "\n".join(
        f"    {k!r}: {where}" for k, where in sorted(left.found.items(), key=lambda kv: kv[1]))


def _case_values(db, actor, case_ids: list[str]) -> set[str]:  # noqa: ANN001
    """What the opened cases hold, as their services read it (sealed in the file: the walk's data has none of
    it), the code's words left out."""
    from desktop.rehab import followup_service as fu
    from desktop.rehab import police_reports, referrals

    out: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, Msg):
            walk(list(value.params.values()))
        elif isinstance(value, str):
            if CJK.search(value):
                out.add(value.strip())
                out.update(p for p in re.split(r"[,，、；;\n]", value) if CJK.search(p))
        elif is_dataclass(value):
            walk([getattr(value, f.name) for f in fields(value)])
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    with db.session(actor) as s:
        for cid in case_ids:
            walk([cases_service.get_case(s, actor, cid), cases_service.case_timeline(s, actor, cid),
                  fu.list_followups(s, actor, cid), fu.list_tests(s, actor, cid), fu.list_absences(s, actor, cid),
                  referrals.list_referrals(s, actor, cid), cases_service.list_stages(s, actor, cid),
                  police_reports.list_police_reports(s, actor, cid)])
    return out - vocabularies()


def _opened_tabs(left: Leftovers, where: str, root: QWidget) -> int:
    """Every tab under `root` opened in turn and read; how many were."""
    n = 0
    for tab, tabs in desk_walk.tabs(root):
        left.check(f"{where}/{tab}", texts(tabs.currentWidget()))
        n += 1
    return n


def test_what_a_person_opens_speaks_english_but_data(qtbot, demo_db, tmp_path: Path, english_app) -> None:  # noqa: ANN001
    """A case with its timeline, follow-ups and tests; a resident with notes and history; an activity with
    sign-ins and helpers: the page walk sees them empty (nothing opened)."""
    with demo_db.session() as s:
        noted = s.scalars(sa.select(AttentionNote.person_id).where(AttentionNote.person_id.is_not(None))).first()
        came = s.scalars(sa.select(Attendance.activity_id).where(Attendance.person_id.is_(None))).first()
    rehab_worker = _ctx(demo_db, "rehab", "rehab", tmp_path).actor
    with demo_db.session(rehab_worker) as s:
        cases = [r.id for r in caseload.list_cases(s, rehab_worker, status=None, limit=4)]
    left = Leftovers(data_values(demo_db) | _case_values(demo_db, rehab_worker, cases))
    opened = 0
    for username, window in desk_walk.windows(demo_db, qtbot, tmp_path, ("rehab", "admin")):
        if username == "rehab":
            window.open_page("rehab")
            page = window.page("rehab")
            desk_walk.settle(QApplication.instance(), page)
            assert len(cases) == 4
            for case_id in cases:
                page.open_case(case_id)
                opened += _opened_tabs(left, f"rehab/case {case_id[:4]}", page.case_view)
        else:
            window.open_page("roster")
            roster_page = window.page("roster")
            desk_walk.settle(QApplication.instance(), roster_page)
            assert roster_page.select_person(noted)
            opened += _opened_tabs(left, "admin/person", roster_page.editor)
            window.open_page("activities")
            activities = window.page("activities")
            activities.show_detail(came)
            opened += _opened_tabs(left, "admin/activity", activities)
            window.open_page("volunteers")
            volunteers = window.page("volunteers")
            desk_walk.settle(QApplication.instance(), volunteers)
            for row in range(min(3, volunteers.people.rowCount())):     # a volunteer's record, line by line
                volunteers.table.selectRow(row)
                desk_walk.settle(QApplication.instance(), volunteers)
                left.check(f"admin/volunteer {row}", texts(volunteers))
    assert opened >= 20 and left.read > 200
    assert not left.found, f"{len(left.found)} texts in Chinese that are not data:\n" + "\n".join(
        f"    {k!r}: {where}" for k, where in sorted(left.found.items(), key=lambda kv: kv[1]))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_dialog_shows_its_texts_whole_at_large_type(qtbot, demo_db, tmp_path: Path, language: str) -> None:  # noqa: ANN001,E501
    """Each dialog at the size Qt opens it on a 1024×768 desk (tests/desk-screen.json), type 1.5, in both
    languages: no title, label, column head or tab cut."""
    app = QApplication.instance()
    assert (app.primaryScreen().size().width(), app.primaryScreen().size().height()) == (1024, 768)
    font = app.font()
    install_translators(app, language)
    load_fonts(app, 1.5)
    cut: list[str] = []
    try:
        admin = _ctx(demo_db, "admin", "office", tmp_path)
        made = [*_dialogs(admin), *_office(demo_db, admin), *_rehab(demo_db, _ctx(demo_db, "rehab", "rehab", tmp_path))]
        for dialog in made:
            qtbot.addWidget(dialog)
            dialog.show()
            desk_walk.settle(app, dialog)
            cut += every_tab(dialog, app, type(dialog).__name__)
            dialog.close()
    finally:
        install_translators(app, "zh_CN")
        app.setFont(font)
    assert len(made) == 34
    assert not cut, "\n".join(cut)
