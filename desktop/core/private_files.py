"""Files Linli writes are for the signed-in operating-system account only.

On POSIX the process creates files 0600 and folders 0700 (`restrict_new_files`, called once by the
composition root), and the places that copy or may inherit a wider mode (the database and its WAL
and shared-memory files, backups, restored files, the log) are narrowed explicitly with
`make_private`, so an existing installation is tightened too. On Windows the user data folder is
already private to the account (its ACL); nothing is changed there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FILE_MODE, DIR_MODE, UMASK = 0o600, 0o700, 0o077
POSIX = os.name == "posix"
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def restrict_new_files() -> None:
    """From now on this process creates files readable by the account only."""
    if POSIX:
        os.umask(UMASK)


def make_private(path: Path | str) -> None:
    """Narrow one existing file (0600) or folder (0700); a missing path or a foreign owner is left alone."""
    if not POSIX:
        return
    try:
        mode = os.stat(path).st_mode
        wanted = DIR_MODE if stat.S_ISDIR(mode) else FILE_MODE
        if stat.S_IMODE(mode) != wanted:
            os.chmod(path, wanted)
    except OSError:
        pass


def private_dir(path: Path) -> Path:
    """The folder, made if missing, private either way."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    make_private(path)
    return path


def make_database_private(db_file: Path | str) -> None:
    """The SQLite file and the files beside it (SQLite gives new WAL/SHM files the database's mode)."""
    for suffix in SQLITE_SIDE_FILES:
        make_private(f"{db_file}{suffix}")
