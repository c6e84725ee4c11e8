"""Demo communities and accounts: admin, one account per role, the 21 social workers."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy import select

from desktop.core import accounts
from desktop.core.roles import Role
from desktop.core.security import Actor, User
from desktop.core.communities import Community

STREET = "凤城街道"
DISTRICT = "清远市清城区"
COMMUNITIES = ["西湖社区", "后街社区", "翠湖社区", "大观社区", "古城社区"]

# (username, name, role, communities). The first six are the documented demo accounts.
DEMO_ACCOUNTS = [
    ("supervisor", "曾生", Role.SUPERVISOR, []),
    ("social", "刘淑君", Role.SOCIAL_WORKER, ["西湖社区"]),
    ("rehab", "潘捷", Role.REHAB_WORKER, COMMUNITIES),
    ("reception", "刘振华", Role.RECEPTION, ["西湖社区"]),
    ("duty", "陈富森", Role.DUTY_VOLUNTEER, ["西湖社区"]),
]

# The street's own team of 21 social workers, spread over the five pilot communities.
SOCIAL_WORKERS = [
    ("刘淑君", "西湖社区"), ("黄嘉欣", "西湖社区"), ("李颖", "西湖社区"), ("陈晓彤", "西湖社区"),
    ("吴思敏", "后街社区"), ("梁志豪", "后街社区"), ("何晓琳", "后街社区"), ("罗嘉怡", "后街社区"),
    ("谢雅婷", "翠湖社区"), ("冯子健", "翠湖社区"), ("曾美玲", "翠湖社区"), ("区少华", "翠湖社区"),
    ("邓丽芳", "大观社区"), ("朱文杰", "大观社区"), ("林佩珊", "大观社区"), ("覃海燕", "大观社区"),
    ("钟国强", "古城社区"), ("麦小燕", "古城社区"), ("潘捷", "古城社区"), ("单晓峰", "古城社区"),
    ("罗素妹", "西湖社区"),
]


def load(s: Session, ctx) -> None:  # noqa: ANN001 — DemoContext, avoids an import cycle
    for name in COMMUNITIES:
        c = Community(name=name, street=STREET, district=DISTRICT, address=f"{DISTRICT}{STREET}{name}")
        s.add(c)
        s.flush()
        ctx.communities[name] = c.id
    admin = ctx.admin if ctx.admin.id is not None else accounts.create_first_admin(s, "admin", "系统管理员",
                                                                                  ctx.password)
    ctx.admin = admin
    s.info["actor"] = admin
    ctx.users["admin"] = admin.id
    for username, display, role, comms in DEMO_ACCOUNTS:
        ctx.users[username] = accounts.create_user(s, admin, username, display, ctx.password, role, comms)
    taken = {"刘淑君", "潘捷"}
    for i, (name, community) in enumerate(SOCIAL_WORKERS, start=1):
        if name in taken:
            continue
        role = Role.REHAB_WORKER if name == "单晓峰" else Role.SOCIAL_WORKER
        ctx.users[f"sw{i:02d}"] = accounts.create_user(s, admin, f"sw{i:02d}", name, ctx.password, role,
                                                       [community])
    user_count = s.query(User).count()
    ctx.extra["social_worker_names"] = [n for n, _ in SOCIAL_WORKERS]
    ctx.summary.append(f"社区 {len(COMMUNITIES)} 个；账号 {user_count} 个（admin、supervisor、social、rehab、"
                       f"reception、duty，密码同管理员密码）")


def actor_of(s: Session, username: str) -> Actor:
    return Actor.from_user(s.scalar(select(User).where(User.username == username)))
