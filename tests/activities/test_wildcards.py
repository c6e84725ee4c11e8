"""The activity search takes % and _ literally."""

from __future__ import annotations

from desktop.activities import activity_service as svc
from tests.activities.conftest import World, at


def test_activity_search_takes_wildcards_literally(world: World) -> None:
    with world.db.session(world.social) as s:
        for title in ("满50%减免讲座", "500人健步走", "书法_进阶班"):
            svc.create_activity(s, world.social, svc.ActivityInput(title=title, community_id=world.community_id,
                                                                  starts_at=at(1), ends_at=at(1, 11)))
    day = at(1).date()
    with world.db.session(world.social) as s:
        def titles(q: str) -> list[str]:
            return [r.title for r in svc.list_activities(s, world.social, day, day, query=q)]
        assert titles("50%") == ["满50%减免讲座"]
        assert titles("_") == ["书法_进阶班"]
        assert titles("%") == ["满50%减免讲座"]
