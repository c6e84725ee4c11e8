"""Account service: first administrator, sign-in/out, users and their communities."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import audit, crypto, key_grants, key_store
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.errors import AuthError, NotFound, ValidationError
from desktop.core.password_rules import MIN_LENGTH, check_password
from desktop.core.plain_text import clean_text
from desktop.core.roles import REHAB_ROLES, ROLE_LABELS, Perm, Role
from desktop.core.security import Actor, Keys, User, UserCommunity, require, verify_password
from desktop.core.security import hash_password  # noqa: F401  (tests and legacy callers import it here)
from desktop.core.communities import Community
from desktop.core.messages import msg

# The password hash column of an account whose password is checked by its key pair (key_store.unlock):
# no second argon2 per sign-in, and nothing left to verify an old password against.
KEYS_CHECK = "account-keys"

MIN_PASSWORD = MIN_LENGTH


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    role_label: str
    communities: list[str]
    active: bool
    last_login: datetime | None


def _check_password(password: str, username: str = "") -> None:
    check_password(password, username)


def clean_username(username: str) -> str:
    """A user name as stored: invisible characters out (desktop.core.plain_text), so `admin` with a
    zero-width space is `admin` — checked, looked up and made unique as such."""
    return clean_text(username).strip()


def _check_username(username: str) -> str:
    name = clean_username(username)
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise ValidationError({"username": "用户名不能为空，也不能含空格"})
    return name


def check_new_account(username: str, password: str) -> None:
    """The checks of a new account that need no database (first start, before the file exists)."""
    _check_password(password, _check_username(username))


def has_users(s: Session) -> bool:
    return bool(s.scalar(select(func.count()).select_from(User)))


def _community_ids(s: Session, names: list[str]) -> list[str]:
    ids = []
    for name in names:
        cid = s.scalar(select(Community.id).where(Community.name == name, Community.deleted_at.is_(None)))
        if cid is None:
            raise ValidationError({"communities": msg("没有这个社区：{name}", name=name)})
        ids.append(cid)
    return ids


def _new_user(s: Session, username: str, display_name: str, password: str, role: Role,
              communities: list[str], derived: key_store.Derived | None = None) -> tuple[User, Keys]:
    username = _check_username(username)
    _check_password(password, username)
    if s.scalar(select(User.id).where(User.username == username)):
        raise ValidationError({"username": msg("用户名 {username} 已存在", username=username)})
    user = User(username=username, display_name=display_name.strip() or username,
                password_hash=KEYS_CHECK, role=Role(role).value, active=True)
    user.communities = [UserCommunity(community_id=cid) for cid in _community_ids(s, communities)]
    s.add(user)
    s.flush()
    derived = derived or key_store.derive(password)
    keys = key_store.create_for(s, user, derived=derived)
    _after_commit(s, lambda: _vault_set(s, user.username, derived))
    return user, keys


def _vault_set(s: Session, username: str, derived: key_store.Derived) -> None:
    """An encrypted database's data key wrapped for this password too (desktop.core.vault)."""
    vault = s.info.get("vault")
    if vault is not None:
        vault.add_account(username, derived)


def _after_commit(s: Session, fn: Callable[[], object]) -> None:
    s.info.setdefault("after_commit", []).append(fn)


def create_first_admin(s: Session, username: str, display_name: str, password: str,
                       derived: key_store.Derived | None = None) -> Actor:
    """Only while the database has no user at all (first start)."""
    if has_users(s):
        raise ValidationError({"username": "管理员已经建立，请登录"})
    user, keys = _new_user(s, username, display_name, password, Role.ADMIN, [], derived)
    return Actor.from_user(user, keys=keys)


def create_user(s: Session, actor: Actor, username: str, display_name: str, password: str, role: Role | str,
                communities: list[str] | None = None) -> str:
    require(actor, Perm.USERS_MANAGE, entity="users")
    user, _keys = _new_user(s, username, display_name, password, Role(role), communities or [])
    if Role(role) in REHAB_ROLES:
        key_grants.record_role_grant(s, actor, user, None)
    return user.id


def _unlock(s: Session, user: User, password: str, derived: key_store.Derived | None) -> Keys | None:
    keys = key_store.unlock(s, user, password, derived)
    if keys is None and key_store.row_for(s, user.id) is None and verify_password(user.password_hash, password):
        # An account from before key pairs: its pair is made at its first sign-in.
        keys = key_store.create_for(s, user, password, derived if derived and derived.salt else None)
        user.password_hash = KEYS_CHECK
    return keys


def authenticate(s: Session, username: str, password: str, desk: str = "",
                 derived: key_store.Derived | None = None) -> Actor:
    """Check a password (by opening the account's keys); every success and failure is audited.
    `derived`: the password's key already derived to open an encrypted database (one derivation)."""
    user = s.scalar(select(User).where(User.username == clean_username(username), User.deleted_at.is_(None)))
    keys = _unlock(s, user, password, derived) if user is not None and user.active else None
    if keys is None:
        audit.write_entry(s, action=AuditAction.LOGIN_FAILED, actor_id=user.id if user else None,
                          actor_name=clean_username(username)[:64], entity="users",
                          detail="停用账号" if user is not None and not user.active else None)
        if user is not None:
            user.failed_logins += 1
        s.commit()  # the failed attempt must stay recorded even though we raise
        raise AuthError("用户名或密码不正确" if user is None or user.active else "此账号已停用")
    assert user is not None
    if Role(user.role) in REHAB_ROLES and keys.rehab is None:
        keys = key_grants.first_rehab_key(s, user, keys)
    if keys.rehab is not None:
        key_grants.seal_pending(s, user, keys.rehab)
    user.last_login_at = utcnow()
    user.failed_logins = 0
    actor = Actor.from_user(user, desk=desk, keys=keys)
    audit.record(s, actor, AuditAction.LOGIN, "users", user.id, detail=desk or None)
    return actor


def sign_out(s: Session, actor: Actor) -> None:
    audit.record(s, actor, AuditAction.LOGOUT, "users", actor.id)


def _get(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == clean_username(username), User.deleted_at.is_(None)))
    if user is None:
        raise NotFound(msg("没有用户 {username}", username=username))
    return user


def change_password(s: Session, actor: Actor, username: str, new_password: str,
                    old_password: str | None = None) -> None:
    """Users change their own password (with the old one): their keys are wrapped again under it.
    Administrators reset anyone's: the account gets a new key pair, so a rehab key granted to it must
    be granted again by a supervisor (the administrator cannot pass it on)."""
    user = _get(s, username)
    keys = None
    if actor.id != user.id or old_password is None:
        require(actor, Perm.USERS_MANAGE, entity="users", entity_id=user.id)
    else:
        keys = _unlock(s, user, old_password, None)
        if keys is None:
            raise ValidationError({"old_password": "原密码不正确"})
    _check_password(new_password, user.username)
    derived = key_store.derive(new_password)
    if keys is not None:
        key_store.rewrap(s, user, keys, derived)
    else:
        key_store.create_for(s, user, derived=derived)
        if key_store.revoke(s, user.id):
            audit.record(s, actor, AuditAction.KEY_REVOKE, "users", user.id,
                         detail=f"重设 {user.username} 的密码：禁毒数据访问需督导重新授予")
    user.password_hash = KEYS_CHECK
    user.failed_logins = 0
    _after_commit(s, lambda: _vault_set(s, user.username, derived))


def set_role(s: Session, actor: Actor, username: str, role: Role | str) -> None:
    """Change an account's role. Into a rehab role: audited and shown to supervisors, and the account
    reads no rehab record until a supervisor grants it the key. Out of one: the key is taken back."""
    user = _get(s, username)
    require(actor, Perm.USERS_MANAGE, entity="users", entity_id=user.id)
    new = Role(role)
    old = Role(user.role)
    if new == old:
        return
    if user.id == actor.id:
        raise ValidationError({"role": "不能改变自己的角色"})
    user.role = new.value
    if new in REHAB_ROLES:
        key_grants.record_role_grant(s, actor, user, old)
    if old in REHAB_ROLES and new not in REHAB_ROLES and key_store.revoke(s, user.id):
        audit.record(s, actor, AuditAction.KEY_REVOKE, "users", user.id,
                     detail=f"{user.username} 不再是{ROLE_LABELS[old]}：收回禁毒数据访问")


def set_active(s: Session, actor: Actor, username: str, active: bool) -> str:
    """Disable or enable an account. Returns what to tell the administrator ("" when nothing more).

    On an encrypted database a disabled account's password stops opening the file (its wrap of the data
    key is removed). Enabling it again gives the data key back sealed to the account's own key pair, as
    `encrypt` does, so its own password opens the file again; an account without a key pair (from before
    them, never signed in since) needs a password reset, and the message says so."""
    user = _get(s, username)
    require(actor, Perm.USERS_MANAGE, entity="users", entity_id=user.id)
    if not active and user.id == actor.id:
        raise ValidationError({"username": "不能停用自己的账号"})
    user.active = active
    vault = s.info.get("vault")
    if vault is None:
        return ""
    name = user.username
    if not active:
        # The disabled account's password no longer opens the encrypted file, even outside Linli.
        _after_commit(s, lambda: vault.remove_account(name))
        return ""
    if vault.has_account(name):
        return ""
    row = key_store.row_for(s, user.id)
    if row is None:
        return msg("{name} 已启用。数据库已加密，这个账号还没有自己的密钥：请为其重设密码，之后才能登录。", name=name)
    sealed = (name, user.id, row.kdf, row.salt, row.private_wrapped, crypto.unb64(row.public_key))

    def give_back() -> None:
        vault.add_sealed(*sealed)
        vault.save()

    _after_commit(s, give_back)
    return msg("{name} 已启用，可以用原来的密码登录。", name=name)


def list_users(s: Session, actor: Actor) -> list[UserRow]:
    require(actor, Perm.USERS_MANAGE, entity="users")
    names = {cid: name for cid, name in s.execute(select(Community.id, Community.name))}
    users = s.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.role, User.username)).all()
    return [UserRow(u.id, u.username, u.display_name, u.role, ROLE_LABELS[Role(u.role)],
                    sorted(names.get(c.community_id, "?") for c in u.communities), u.active, u.last_login_at)
            for u in users]
