"""LIKE with a person's text taken literally, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.like import escape_like, like_contains, like_ends, like_starts
from desktop.core.security import SYSTEM
from desktop.roster.models import Person
from tests import helpers

NAMES = ["潘美兰", "潘_兰", "50%折扣", "500元", "a\\b", "ab", "%", "_"]


def test_escaping() -> None:
    assert escape_like("50%_a\\b") == "50\\%\\_a\\\\b"


def test_wildcards_in_what_was_typed_match_only_themselves(db) -> None:  # noqa: ANN001 — both back ends
    cid = helpers.community(db)
    with db.session(SYSTEM) as s:
        s.add_all(Person(community_id=cid, name=n) for n in NAMES)
    with db.session(SYSTEM) as s:
        def names(cond) -> set[str]:  # noqa: ANN001
            return set(s.scalars(select(Person.name).where(cond)))

        assert names(like_contains(Person.name, "潘_兰")) == {"潘_兰"}
        assert names(like_starts(Person.name, "潘_")) == {"潘_兰"}
        assert names(like_contains(Person.name, "50%")) == {"50%折扣"}
        assert names(like_ends(Person.name, "%")) == {"%"}
        assert names(like_contains(Person.name, "_")) == {"潘_兰", "_"}
        assert names(like_contains(Person.name, "a\\b")) == {"a\\b"}
        assert names(like_contains(Person.name, "\\")) == {"a\\b"}
        assert names(like_contains(Person.name, "美")) == {"潘美兰"}
