"""Database settings (organisation name, follow-up templates…) in the `app_settings` table, so every
desk sharing the database sees the same value. The declarations and the machine's settings file are
in desktop.core.machine_settings.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.core.orm import Base
from desktop.core.machine_settings import OPTIONS, SETTINGS_VERSION, MachineSettings, Option, coerce

__all__ = ["OPTIONS", "SETTINGS_VERSION", "AppSetting", "MachineSettings", "Option", "db_get", "db_set"]


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


def db_get(s: Session, key: str) -> Any:
    option = OPTIONS[key]
    raw = s.scalar(select(AppSetting.value).where(AppSetting.key == key))
    return option.default if raw is None else coerce(option, json.loads(raw))


def db_set(s: Session, key: str, value: Any) -> None:
    option = OPTIONS[key]
    row = s.get(AppSetting, key)
    text = json.dumps(coerce(option, value), ensure_ascii=False)
    if row is None:
        s.add(AppSetting(key=key, value=text))
    else:
        row.value = text
