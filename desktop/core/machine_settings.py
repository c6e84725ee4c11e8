"""Settings: each declared once (key, type, default, label), and the machine's own settings file.

Machine settings (language, last desk) live in a JSON file in the user data folder; database settings
(organisation name …) in the `app_settings` table (desktop.core.settings_store). This module needs no
database code, so the window can read the machine's settings before the data layer has loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SETTINGS_VERSION = 1


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
    Option("backup_copy_dir", str, "", "备份的第二个位置（U 盘或网络文件夹）", "machine"),
    Option("org_name", str, "凤城街道社工站", "机构名称", "database"),
    # Minutes without input before the window locks, per desk: the guard desk in a lobby shortest.
    Option("idle_lock.guard", int, 3, "值班室：无操作自动锁屏（分钟）", "machine"),
    Option("idle_lock.reception", int, 5, "中心前台：无操作自动锁屏（分钟）", "machine"),
    Option("idle_lock.rehab", int, 5, "康复中心：无操作自动锁屏（分钟）", "machine"),
    Option("idle_lock.office", int, 10, "社工办公室：无操作自动锁屏（分钟）", "machine"),
)}
IDLE_LOCK_RANGE = (1, 60)


def idle_lock_minutes(settings: MachineSettings, desk: str) -> int:
    """This desk's idle time before the lock, within IDLE_LOCK_RANGE (no desk: the office's)."""
    key = f"idle_lock.{desk}" if f"idle_lock.{desk}" in OPTIONS else "idle_lock.office"
    low, high = IDLE_LOCK_RANGE
    return min(high, max(low, int(settings.get(key))))


def coerce(option: Option, value: Any) -> Any:
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
        return coerce(option, self._data.get(key, option.default))

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        self._data[key] = coerce(option, value)
        self._data["_version"] = SETTINGS_VERSION
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)
