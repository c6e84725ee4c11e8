"""Two desks edit the same activity: the second save is refused, never a lost update."""

from __future__ import annotations

import pytest

from desktop.activities import service as svc
from desktop.activities.models import Activity
from desktop.core.errors import ConflictError
from tests.activities.conftest import at


def test_activity_saved_from_an_old_snapshot_is_refused(world) -> None:
    w = world
    with w.db.session(w.admin) as s:
        aid = svc.create_activity(s, w.admin, svc.ActivityInput(
            title="重阳节茶话会", community_id=w.community_id, starts_at=at(1, 9), ends_at=at(1, 11)))
    with w.db.session(w.admin) as s:
        desk_a = svc.activity_detail(s, w.admin, aid)
    with w.db.session(w.admin) as s:
        desk_b = svc.activity_detail(s, w.admin, aid)
    with w.db.session(w.admin) as s:
        svc.update_occurrence(s, w.admin, aid, expected_version=desk_a.version, place="二楼活动室")
    with pytest.raises(ConflictError, match="已被其他工作台修改"), w.db.session(w.admin) as s:
        svc.update_occurrence(s, w.admin, aid, expected_version=desk_b.version, place=desk_b.row.place,
                              capacity=30)
    with w.db.session() as s:
        act = s.get(Activity, aid)
        assert act.place == "二楼活动室" and act.capacity is None
