"""Communities (社区): the foundation's unit of scope. Accounts are assigned to them, and every domain's
records belong to one. The roster hangs its buildings and households below them."""

from __future__ import annotations

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.core.orm import Base, SyncMixin
from desktop.core.security import Actor


class Community(SyncMixin, Base):
    __tablename__ = "communities"

    name: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    street: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    district: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")


def desk_community(s: Session, actor: Actor, wanted: str) -> tuple[str, str] | None:
    """The community a desk looks after, as (id, name): the machine's setting by name, else the account's
    only community; None where there is none, or the account may not work in it."""
    row = None
    if wanted:
        row = s.execute(select(Community.id, Community.name).where(Community.name == wanted)).first()
    if row is None and len(actor.community_ids) == 1:
        cid = next(iter(actor.community_ids))
        row = s.execute(select(Community.id, Community.name).where(Community.id == cid)).first()
    if row is None or not actor.in_community(row[0]):
        return None
    return row[0], row[1]
