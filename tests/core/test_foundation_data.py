"""The data layer on both back ends: sync columns, audit of changes, permissions, migrations."""

from __future__ import annotations

from datetime import timezone

import pytest
from sqlalchemy import select

from desktop.core import accounts
from desktop.core.audit import AuditEntry
from desktop.core.errors import AuthError, PermissionDenied, ValidationError
from desktop.core.roles import Perm, Role
from desktop.core.security import SYSTEM, Actor, require
from desktop.core.communities import Community


def _admin(db) -> Actor:
    with db.session() as s:
        return accounts.create_first_admin(s, "admin", "管理员", "Secret-9x7")


def test_sync_columns_and_field_level_audit(db) -> None:
    admin = _admin(db)
    with db.session(admin) as s:
        c = Community(name="西湖社区", street="凤城街道")
        s.add(c)
    assert c.version == 1 and c.created_at.tzinfo == timezone.utc and len(c.id) == 36
    with db.session(admin) as s:
        c2 = s.get(Community, c.id)
        c2.phone = "0763-3312345"
    with db.session(admin) as s:
        c3 = s.get(Community, c.id)
        assert c3.version == 2 and c3.updated_by == "admin"
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == c.id).order_by(AuditEntry.at)).all()
        assert [r.action for r in rows] == ["create", "update"]
        assert rows[1].changes_dict() == {"phone": ["", "0763-3312345"]}
        assert rows[1].actor_name == "admin"


def test_soft_delete_is_audited_as_delete_and_restore(db) -> None:
    admin = _admin(db)
    from desktop.core.clock import utcnow
    with db.session(admin) as s:
        c = Community(name="后街社区")
        s.add(c)
    with db.session(admin) as s:
        s.get(Community, c.id).deleted_at = utcnow()
    with db.session(admin) as s:
        s.get(Community, c.id).deleted_at = None
    with db.session(admin) as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == c.id)
                            .order_by(AuditEntry.at)).all()
    assert actions == ["create", "delete", "restore"]


def test_stale_edit_from_another_desk_is_refused(db) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    with db.session(SYSTEM) as s:
        c = Community(name="翠湖社区")
        s.add(c)
    with db.session(SYSTEM) as s1:
        a = s1.get(Community, c.id)
        with db.session(SYSTEM) as s2:
            s2.get(Community, c.id).phone = "1"
        a.phone = "2"
        with pytest.raises(StaleDataError):
            s1.flush()
        s1.rollback()


def test_sign_in_success_and_failure_are_audited(db) -> None:
    _admin(db)
    with pytest.raises(AuthError):
        with db.session() as s:
            accounts.authenticate(s, "admin", "wrong-password")
    with db.session() as s:
        actor = accounts.authenticate(s, "admin", "Secret-9x7", desk="office")
    assert actor.role == Role.ADMIN
    with db.session(actor) as s:
        accounts.sign_out(s, actor)
    with db.session() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "users")).all()
    assert actions.count("login_failed") == 1 and "login" in actions and "logout" in actions


def test_password_is_argon2_hashed_and_never_audited_in_clear(db) -> None:
    admin = _admin(db)
    with db.session(admin) as s:
        accounts.create_user(s, admin, "duty", "值班员", "duty-pass", Role.DUTY_VOLUNTEER)
    with db.session() as s:
        from desktop.core.key_store import AccountKey
        from desktop.core.security import User
        u = s.scalar(select(User).where(User.username == "duty"))
        keys = s.scalar(select(AccountKey).where(AccountKey.user_id == u.id))
        assert keys.kdf.startswith("argon2id:") and u.password_hash == accounts.KEYS_CHECK
        text = " ".join(filter(None, s.scalars(select(AuditEntry.changes)).all()))
    assert "duty-pass" not in text and keys.private_wrapped not in text


def test_denied_attempt_is_refused_and_audited_after_rollback(db) -> None:
    admin = _admin(db)
    with db.session(admin) as s:
        accounts.create_user(s, admin, "duty", "值班员", "duty-pass", Role.DUTY_VOLUNTEER)
    with db.session() as s:
        duty = accounts.authenticate(s, "duty", "duty-pass")
    with pytest.raises(PermissionDenied):
        with db.session(duty) as s:
            s.add(Community(name="不应保存"))
            s.flush()
            require(duty, Perm.REHAB_VIEW, entity="rehab_cases", entity_id="x")
    with db.session() as s:
        assert s.scalar(select(Community).where(Community.name == "不应保存")) is None
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "denied")).all()
    assert len(denied) == 1 and denied[0].actor_name == "duty" and "rehab.view" in denied[0].detail


def test_community_scope(db) -> None:
    admin = _admin(db)
    with db.session(admin) as s:
        s.add_all([Community(name="西湖社区"), Community(name="古城社区")])
    with db.session(admin) as s:
        accounts.create_user(s, admin, "sw", "刘淑君", "Pass-1234x", Role.SOCIAL_WORKER, ["西湖社区"])
        xihu = s.scalar(select(Community.id).where(Community.name == "西湖社区"))
        gucheng = s.scalar(select(Community.id).where(Community.name == "古城社区"))
    with db.session() as s:
        sw = accounts.authenticate(s, "sw", "Pass-1234x")
    require(sw, Perm.ROSTER_EDIT, community_id=xihu)
    with pytest.raises(PermissionDenied):
        require(sw, Perm.ROSTER_EDIT, community_id=gucheng)


def test_user_management_rules(db) -> None:
    admin = _admin(db)
    with db.session(admin) as s:
        with pytest.raises(ValidationError):
            accounts.create_user(s, admin, "x", "x", "123", Role.RECEPTION)
        with pytest.raises(ValidationError):
            accounts.create_user(s, admin, "admin", "x", "Rec-pass-2026", Role.RECEPTION)
        with pytest.raises(ValidationError):
            accounts.set_active(s, admin, "admin", False)
        for weak in ("123456", "12345678", "password1", "      ", "aaaaaaaaaa", "rec-2026", "qq5201314"):
            with pytest.raises(ValidationError):    # short, common, the user name, one character
                accounts.create_user(s, admin, "rec", "前台", weak, Role.RECEPTION)
        accounts.create_user(s, admin, "rec", "前台", "Rec-pass-2026", Role.RECEPTION)
        accounts.set_active(s, admin, "rec", False)
    with pytest.raises(AuthError, match="停用"):
        with db.session() as s:
            accounts.authenticate(s, "rec", "Rec-pass-2026")
    with db.session(admin) as s:
        rows = accounts.list_users(s, admin)
    assert [r.username for r in rows] == ["admin", "rec"] and rows[1].active is False


def test_test_helpers_make_scoped_actors(db) -> None:
    from tests import helpers

    helpers.community(db, "大观社区")
    sw = helpers.actor(db, "sw", Role.SOCIAL_WORKER, ["大观社区"])
    assert sw.role == Role.SOCIAL_WORKER and len(sw.community_ids) == 1


def test_production_hash_cost_and_rehash_of_other_hashes(monkeypatch) -> None:
    from argon2 import PasswordHasher

    from desktop.core import security

    cheap = security.hash_password("pw-123456")
    library_default = PasswordHasher().hash("pw-123456")      # what earlier versions stored
    monkeypatch.delenv("LINLI_PASSWORD_HASH")
    real = security.hash_password("pw-123456")
    assert "$argon2id$v=19$m=19456,t=2,p=1$" in real and security.verify_password(real, "pw-123456")
    assert not security.verify_password(real, "pw-1234567")
    for other in (cheap, library_default):
        assert security.verify_password(other, "pw-123456") and security.needs_rehash(other)
    assert not security.needs_rehash(real)
