"""The dialogs the page walk does not open, in English, on the demo world: each is made as its page makes it
(the page's own service calls for what it is given) and read like the pages — what a person reads is English
but for data (tests/ui/test_english_walk.py says what counts as data)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktop.activities import activity_service
from desktop.activities.views.activity_dialog import ActivityDialog
from desktop.activities.views.sheet_dialog import SheetEntryDialog
from desktop.core import accounts, clock
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
from desktop.roster.models import Person
from desktop.roster.views.duplicates_dialog import DuplicatesDialog
from desktop.roster.views.move_dialog import MoveDialog
from desktop.ui.context import AppContext
from desktop.ui.crash import CrashDialog
from desktop.ui.login_dialog import FirstAdminDialog, LoginDialog, RecoveryCodeDialog
from desktop.ui.qt import QDialog
from desktop.volunteers import service as volunteers
from desktop.volunteers.views.dialogs import CertificateDialog, VolunteerDialog
from tests import helpers
from tests.ui.test_english_walk import Leftovers, data_values, texts


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
