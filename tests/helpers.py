"""Small builders shared by tests: communities and signed-in actors of each role."""

from __future__ import annotations

from desktop.core import accounts
from desktop.core.db import Database
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.roster.models import Community

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
        return accounts.authenticate(s, username, PASSWORD)


def admin(db: Database) -> Actor:
    return actor(db, "admin", Role.ADMIN)
