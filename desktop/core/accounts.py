"""Account service: first administrator, sign-in/out, users and their communities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.errors import AuthError, NotFound, ValidationError
from desktop.core.roles import ROLE_LABELS, Perm, Role
from desktop.core.security import Actor, User, UserCommunity, hash_password, needs_rehash, require, verify_password
from desktop.roster.models import Community

MIN_PASSWORD = 6


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


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError({"password": f"密码至少 {MIN_PASSWORD} 位"})


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise ValidationError({"username": "用户名不能为空，也不能含空格"})
    return name


def has_users(s: Session) -> bool:
    return bool(s.scalar(select(func.count()).select_from(User)))


def _community_ids(s: Session, names: list[str]) -> list[str]:
    ids = []
    for name in names:
        cid = s.scalar(select(Community.id).where(Community.name == name, Community.deleted_at.is_(None)))
        if cid is None:
            raise ValidationError({"communities": f"没有这个社区：{name}"})
        ids.append(cid)
    return ids


def _new_user(s: Session, username: str, display_name: str, password: str, role: Role,
              communities: list[str]) -> User:
    username = _check_username(username)
    _check_password(password)
    if s.scalar(select(User.id).where(User.username == username)):
        raise ValidationError({"username": f"用户名 {username} 已存在"})
    user = User(username=username, display_name=display_name.strip() or username,
                password_hash=hash_password(password), role=Role(role).value, active=True)
    user.communities = [UserCommunity(community_id=cid) for cid in _community_ids(s, communities)]
    s.add(user)
    s.flush()
    return user


def create_first_admin(s: Session, username: str, display_name: str, password: str) -> Actor:
    """Only while the database has no user at all (first start)."""
    if has_users(s):
        raise ValidationError({"username": "管理员已经建立，请登录"})
    user = _new_user(s, username, display_name, password, Role.ADMIN, [])
    return Actor.from_user(user)


def create_user(s: Session, actor: Actor, username: str, display_name: str, password: str, role: Role | str,
                communities: list[str] | None = None) -> str:
    require(actor, Perm.USERS_MANAGE, entity="users")
    return _new_user(s, username, display_name, password, Role(role), communities or []).id


def authenticate(s: Session, username: str, password: str, desk: str = "") -> Actor:
    """Check a password; every success and failure is audited."""
    user = s.scalar(select(User).where(User.username == username.strip(), User.deleted_at.is_(None)))
    if user is None or not user.active or not verify_password(user.password_hash, password):
        audit.write_entry(s, action=AuditAction.LOGIN_FAILED, actor_id=user.id if user else None,
                          actor_name=username.strip()[:64], entity="users",
                          detail="停用账号" if user is not None and not user.active else None)
        if user is not None:
            user.failed_logins += 1
        s.commit()  # the failed attempt must stay recorded even though we raise
        raise AuthError("用户名或密码不正确" if user is None or user.active else "此账号已停用")
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    user.failed_logins = 0
    actor = Actor.from_user(user, desk=desk)
    audit.record(s, actor, AuditAction.LOGIN, "users", user.id, detail=desk or None)
    return actor


def sign_out(s: Session, actor: Actor) -> None:
    audit.record(s, actor, AuditAction.LOGOUT, "users", actor.id)


def _get(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username, User.deleted_at.is_(None)))
    if user is None:
        raise NotFound(f"没有用户 {username}")
    return user


def change_password(s: Session, actor: Actor, username: str, new_password: str,
                    old_password: str | None = None) -> None:
    """Users change their own password (with the old one); administrators reset anyone's."""
    user = _get(s, username)
    if actor.id != user.id or old_password is None:
        require(actor, Perm.USERS_MANAGE, entity="users", entity_id=user.id)
    elif not verify_password(user.password_hash, old_password):
        raise ValidationError({"old_password": "原密码不正确"})
    _check_password(new_password)
    user.password_hash = hash_password(new_password)


def set_active(s: Session, actor: Actor, username: str, active: bool) -> None:
    user = _get(s, username)
    require(actor, Perm.USERS_MANAGE, entity="users", entity_id=user.id)
    if not active and user.id == actor.id:
        raise ValidationError({"username": "不能停用自己的账号"})
    user.active = active


def list_users(s: Session, actor: Actor) -> list[UserRow]:
    require(actor, Perm.USERS_MANAGE, entity="users")
    names = {cid: name for cid, name in s.execute(select(Community.id, Community.name))}
    users = s.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.role, User.username)).all()
    return [UserRow(u.id, u.username, u.display_name, u.role, ROLE_LABELS[Role(u.role)],
                    sorted(names.get(c.community_id, "?") for c in u.communities), u.active, u.last_login_at)
            for u in users]
