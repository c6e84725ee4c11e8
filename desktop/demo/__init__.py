"""The demo world of 凤城街道 (Qingyuan), from the 2018 article: five pilot communities,
21 social workers, 西湖花园 6号楼 and its volunteer team, the rehab centre, the elder centre.

Each module adds its own part through `desktop.<module>.demo.load(s, ctx)`, in DEMO_MODULES order.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import accounts
from desktop.core.clock import today
from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.security import SYSTEM, Actor, User
from desktop.modules import demo_modules

DEMO_MODULES: list[str] = demo_modules()   # the registrations' order (desktop.modules)


@dataclass
class DemoContext:
    rng: random.Random
    today: date
    admin: Actor
    password: str
    communities: dict[str, str] = field(default_factory=dict)   # name -> id
    users: dict[str, str] = field(default_factory=dict)         # username -> id
    extra: dict[str, object] = field(default_factory=dict)      # modules share what they made
    summary: list[str] = field(default_factory=list)


def load_demo(db: Database, admin_password: str, seed: int = 20180606, admin: Actor | None = None) -> list[str]:
    """Into an empty database, or one holding only its first administrator `admin` (a new encrypted
    database is made with it)."""
    accounts.check_new_account("admin", admin_password)
    with db.session() as s:
        users = s.scalar(select(func.count()).select_from(User))
    if users > (1 if admin is not None else 0):
        raise UserError("这个数据库已经有数据：演示数据只装进空数据库（换一个 --db 文件）")
    ctx = DemoContext(rng=random.Random(seed), today=today(), admin=admin or SYSTEM, password=admin_password)
    for name in DEMO_MODULES:
        module = importlib.import_module(name)
        with db.session(ctx.admin) as s:
            module.load(s, ctx)
    return ctx.summary


def session_for(s: Session, ctx: DemoContext) -> Session:
    s.info["actor"] = ctx.admin
    return s
