"""Where Linli keeps its files. One place, overridable for tests and portable installs.

Order: explicit argument > LINLI_DATA_DIR environment variable > platform user data folder.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from desktop import APP_NAME, ORG_NAME
from desktop.core.private_files import make_private, private_dir


def _private(d: Path) -> Path:
    """Made private (0700 on POSIX) when it is made; start-up tightens an existing one (tighten_data_dir)."""
    if not d.is_dir():
        private_dir(d)
    return d


def data_dir() -> Path:
    override = os.environ.get("LINLI_DATA_DIR")
    return _private(Path(override) if override else Path(PlatformDirs(APP_NAME, ORG_NAME).user_data_dir))


def default_db_path() -> Path:
    return data_dir() / "linli.db"


def backups_dir() -> Path:
    return _private(data_dir() / "backups")


def logs_dir() -> Path:
    return _private(data_dir() / "logs")


def exports_dir(username: str) -> Path:
    """Where this user's exports and printouts are saved (the save dialogs start here): a folder of
    their own under the data folder, private to the account."""
    safe = re.sub(r"[^\w.-]", "_", username).lstrip(".") or "_"
    return _private(_private(data_dir() / "exports") / safe)


def tighten_data_dir() -> None:
    """Start-up: an installation made before files were private gets its folders and files narrowed."""
    base = data_dir()
    make_private(base)
    for sub in ("backups", "logs", "exports"):
        folder = base / sub
        if folder.is_dir():
            make_private(folder)
            for child in folder.rglob("*"):
                make_private(child)
    for child in base.iterdir():
        if child.is_file():
            make_private(child)


def settings_file() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The shipped resources (fonts, translations), also inside a frozen PyInstaller build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
