"""Where Linli keeps its files. One place, overridable for tests and portable installs.

Order: explicit argument > LINLI_DATA_DIR environment variable > platform user data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from desktop import APP_NAME, ORG_NAME


def data_dir() -> Path:
    override = os.environ.get("LINLI_DATA_DIR")
    base = Path(override) if override else Path(PlatformDirs(APP_NAME, ORG_NAME).user_data_dir)
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_db_path() -> Path:
    return data_dir() / "linli.db"


def backups_dir() -> Path:
    d = data_dir() / "backups"
    d.mkdir(parents=True, exist_ok=True)
    return d


def logs_dir() -> Path:
    d = data_dir() / "logs"
    d.mkdir(parents=True, exist_ok=True)
    return d


def settings_file() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The shipped resources (fonts, translations), also inside a frozen PyInstaller build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
