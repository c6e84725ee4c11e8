"""Settings: each declared once (key, type, default, label); stored per machine or per database.

Machine settings (language, last desk) live in a JSON file in the user data folder;
database settings (organisation name, follow-up templates…) in the `app_settings` table so
every desk sharing the database sees the same value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.core.db import Base

SETTINGS_VERSION = 1


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: str
    scope: str  # "machine" | "database"


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("language", str, "zh_CN", "界面语言", "machine"),
    Option("font_scale", float, 1.0, "字体放大", "machine"),
    Option("last_desk", str, "", "上次使用的工作台", "machine"),
    Option("last_user", str, "", "上次登录的用户", "machine"),
    Option("desk_community", str, "", "本机所在社区", "machine"),
    Option("desk_building", str, "", "本机值守的楼栋（如 西湖花园6号楼）", "machine"),
    Option("org_name", str, "凤城街道社工站", "机构名称", "database"),
)}


def _coerce(option: Option, value: Any) -> Any:
    try:
        return option.type(value)
    except (TypeError, ValueError):
        return option.default


class MachineSettings:
    """The JSON file of this machine's settings, with a version for later upgrades."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, Any] = {}
        if path.exists():
            try:
                self._data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._data = {}

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        return _coerce(option, self._data.get(key, option.default))

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        self._data[key] = _coerce(option, value)
        self._data["_version"] = SETTINGS_VERSION
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)


def db_get(s: Session, key: str) -> Any:
    option = OPTIONS[key]
    raw = s.scalar(select(AppSetting.value).where(AppSetting.key == key))
    return option.default if raw is None else _coerce(option, json.loads(raw))


def db_set(s: Session, key: str, value: Any) -> None:
    option = OPTIONS[key]
    row = s.get(AppSetting, key)
    text = json.dumps(_coerce(option, value), ensure_ascii=False)
    if row is None:
        s.add(AppSetting(key=key, value=text))
    else:
        row.value = text
