"""What a person opens fits too: a rehab case with its whole work network, a resident with notes, an activity
with sign-ins — in both languages, on the small screen at normal type and the larger one at large type. The
page walk (test_layout_fit) sees them closed."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.activities.models import Attendance
from desktop.rehab import caseload, cases_service
from desktop.roster.models import AttentionNote
from desktop.ui.look import install_translators, load_fonts
from desktop.ui.qt import QApplication
from tests.ui import desk_walk
from tests.ui.clipping import every_tab
from tests.ui.test_layout_fit import SCREENS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _most_contacts(db, actor) -> str:  # noqa: ANN001
    """The case whose work network is longest: the most text its details show."""
    with db.session(actor) as s:
        ids = [r.id for r in caseload.list_cases(s, actor, status=None, limit=50)]
        return max(ids, key=lambda cid: len(cases_service.get_case(s, actor, cid).contacts))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize(("type_size", "screen"), SCREENS, ids=lambda v: str(v))
def test_an_opened_case_resident_and_activity_fit(qtbot, demo_db, tmp_path, language, type_size, screen) -> None:  # noqa: ANN001,E501
    with demo_db.session() as s:
        noted = s.scalars(sa.select(AttentionNote.person_id).where(AttentionNote.person_id.is_not(None))).first()
        came = s.scalars(sa.select(Attendance.activity_id).where(Attendance.person_id.is_(None))).first()
    app = QApplication.instance()
    font = app.font()
    install_translators(app, language)
    load_fonts(app, type_size)
    cut: list[str] = []
    try:
        for username, window in desk_walk.windows(demo_db, qtbot, tmp_path, ("rehab", "admin")):
            window.resize(*screen)
            if username == "rehab":
                window.open_page("rehab")
                page = window.page("rehab")
                desk_walk.settle(app, page)
                page.open_case(_most_contacts(demo_db, window.ctx.actor))
                desk_walk.settle(app, page)
                cut += every_tab(page.case_view, app, "rehab/case")
            else:
                window.open_page("roster")
                roster = window.page("roster")
                desk_walk.settle(app, roster)
                assert roster.select_person(noted)
                desk_walk.settle(app, roster)
                cut += every_tab(roster.editor, app, "admin/person")
                window.open_page("activities")
                activities = window.page("activities")
                activities.show_detail(came)
                desk_walk.settle(app, activities)
                cut += every_tab(activities, app, "admin/activity")
    finally:
        install_translators(app, "zh_CN")
        app.setFont(font)
    assert not cut, "\n".join(cut)
