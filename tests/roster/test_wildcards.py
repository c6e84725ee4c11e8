"""The roster search box and the tag filters take % and _ literally, on SQLite and PostgreSQL."""

from __future__ import annotations

from desktop.core.roles import Role
from desktop.core.security import SYSTEM
from desktop.roster import service
from desktop.roster.models import Person
from tests import helpers


def test_people_search_takes_wildcards_literally(db) -> None:  # noqa: ANN001
    cid = helpers.community(db)
    worker = helpers.actor(db, "sg1", Role.SOCIAL_WORKER, ["西湖社区"])
    admin = helpers.admin(db)
    with db.session(admin) as s:
        service.save_tag(s, admin, "低X保")
        service.save_tag(s, admin, "低_保")
    with db.session(worker) as s:
        for name, tag in (("潘美兰", "低X保"), ("潘_兰", "低_保"), ("百分之50%", "")):
            service.save_person(s, worker, service.PersonInput(community_id=cid, name=name, tags=[tag] if tag else []))
    with db.session(worker) as s:
        def names(q: str) -> set[str]:
            return {r.name for r in service.search_people(s, worker, q, community_id=cid)}
        assert names("潘_兰") == {"潘_兰"}
        assert names("_") == {"潘_兰"}
        assert names("%") == {"百分之50%"}
        assert names("潘") == {"潘美兰", "潘_兰"}
        assert {r.name for r in service.search_people(s, worker, community_id=cid, tags=["低_保"])} == {"潘_兰"}
    with db.session(SYSTEM) as s:
        assert s.query(Person).count() == 3
