"""Small builders shared by tests: communities and signed-in actors of each role."""

from __future__ import annotations

from desktop.core import accounts, key_store
from desktop.core.db import Database
from desktop.core.roles import REHAB_ROLES, Role
from desktop.core.security import SYSTEM, Actor, User
from desktop.core.communities import Community

PASSWORD = "test-pass-1"


def community(db: Database, name: str = "西湖社区") -> str:
    with db.session(SYSTEM) as s:
        c = Community(name=name, street="凤城街道", district="清远市清城区")
        s.add(c)
        s.flush()
        return c.id


def actor(db: Database, username: str, role: Role, communities: list[str] | None = None,
          display_name: str | None = None) -> Actor:
    """Create (first time: the admin first) and sign in a user of `role` scoped to `communities` (names)."""
    with db.session() as s:
        if not accounts.has_users(s):
            accounts.create_first_admin(s, "admin", "管理员", PASSWORD)
        admin = accounts.authenticate(s, "admin", PASSWORD)
    if username != "admin":
        with db.session(admin) as s:
            accounts.create_user(s, admin, username, display_name or username, PASSWORD, role, communities or [])
    with db.session() as s:
        signed_in = accounts.authenticate(s, username, PASSWORD)
    return with_rehab_key(db, signed_in, PASSWORD)


def with_rehab_key(db: Database, actor: Actor, password: str) -> Actor:
    """A rehab-capable test account gets the rehab key as a supervisor would grant it (the first one
    signing in made the key; its holder is remembered on the test's Database object)."""
    if actor.role not in REHAB_ROLES:
        return actor
    if actor.rehab_key is not None:
        db.test_rehab_key = actor.rehab_key  # type: ignore[attr-defined]
        return actor
    key = getattr(db, "test_rehab_key", None)
    assert key is not None, "no rehab key holder in this test database"
    with db.session(SYSTEM) as s:
        key_store.seal_for(s, actor.id, key, granted_by=None)
    with db.session() as s:
        return accounts.authenticate(s, actor.username, password)


def direct_account(db: Database, username: str, role: Role, community_ids: tuple[str, ...] | list[str] = (),
                   display_name: str = "") -> Actor:
    """An active account of `role` made without an administrator, signed in (with the rehab key for rehab
    roles)."""
    from desktop.core.security import UserCommunity

    with db.session(SYSTEM) as s:
        user = User(username=username, display_name=display_name or username, password_hash=accounts.KEYS_CHECK,
                    role=role.value, active=True)
        user.communities = [UserCommunity(community_id=c) for c in community_ids]
        s.add(user)
        s.flush()
        key_store.create_for(s, user, PASSWORD)
    with db.session() as s:
        signed_in = accounts.authenticate(s, username, PASSWORD)
    return with_rehab_key(db, signed_in, PASSWORD)


def admin(db: Database) -> Actor:
    return actor(db, "admin", Role.ADMIN)
