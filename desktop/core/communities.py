"""Communities (社区): the foundation's unit of scope. Accounts are assigned to them, and every domain's
records belong to one. The roster hangs its buildings and households below them."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.orm import Base, SyncMixin


class Community(SyncMixin, Base):
    __tablename__ = "communities"

    name: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    street: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    district: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
