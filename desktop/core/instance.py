"""One running Linli per database: an OS file lock beside the database (released if we crash)."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import IO

from desktop.core.errors import SingleInstanceError
from desktop.core.messages import msg


def lock_path_for(db_label: str, sqlite_path: Path | None, data_dir: Path) -> Path:
    if sqlite_path is not None:
        return sqlite_path.with_name(sqlite_path.name + ".lock")
    digest = hashlib.sha1(db_label.encode()).hexdigest()[:16]
    return data_dir / f"server-{digest}.lock"


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")
        try:
            if sys.platform == "win32":
                import msvcrt  # Windows only
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # POSIX only
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.seek(0)
            other = fh.read().strip()
            fh.close()
            raise SingleInstanceError(
                msg("邻里已经在运行（{other}），同一个数据库只能打开一次。请切换到已打开的窗口。", other=other or '另一个窗口')) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
