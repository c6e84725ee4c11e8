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


CLOSING = "closing"       # the window is closed; the exit's backup is being made
# Windows locks byte ranges, and a locked byte cannot be read by another process: the lock is taken on a
# byte far past the holder's text (locking past the end of a file is allowed), so a second start can read
# whose lock it is and whether that window is closing.
WINDOWS_LOCK_AT = 1 << 20


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
                fh.seek(0)                  # where earlier versions held theirs: probed, let go
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
                fh.seek(WINDOWS_LOCK_AT)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # POSIX only
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            try:
                fh.seek(0)
                other = fh.read().strip()
            except OSError:                 # unreadable (a lock file of an older version on Windows)
                other = ""
            fh.close()
            pid, _, state = other.partition(" · ")
            if state == CLOSING:
                raise SingleInstanceError(msg("上次打开的邻里（{pid}）窗口已关闭，正在退出前备份数据库，请稍候片刻再打开。",
                                              pid=pid)) from exc
            raise SingleInstanceError(
                msg("邻里已经在运行（{other}），同一个数据库只能打开一次。请切换到已打开的窗口。", other=pid or '另一个窗口')) from exc
        self._fh = fh
        self.mark("")

    def mark(self, state: str) -> None:
        """What a second start is told besides the holder's pid: CLOSING while the exit's copy is made."""
        if self._fh is None:
            return
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(f"pid {os.getpid()}" + (f" · {state}" if state else ""))
        self._fh.flush()

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
