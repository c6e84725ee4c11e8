"""An encrypted database's key derived while the rest of a start loads.

Opening an encrypted SQLite file needs its data key, unwrapped with a key argon2id derives from the
password (desktop.core.vault) — about a tenth of a second of one core, and the cost stays: it is the
security setting. argon2-cffi releases the interpreter lock while it works, so when the start already
knows the user name and password (`--user` with LINLI_PASSWORD) the derivation runs on a thread beside
the data layer's imports and the window's first paint; the sign-in (desktop.core.signin.sign_in) then
takes its outcome instead of deriving again. Nothing here touches the database or SQLAlchemy.

The outcome is handed over only for the same file, user name and password, and only after the sign-in's
own checks (the limits on failed attempts) have run: a wrong password is the same refusal, counted the
same way, as without it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.core.plain_text import clean_text
from desktop.core.vault import Unlocked, Vault, is_encrypted


class UnlockAhead:
    """One derivation started now on its own thread; `take` waits for it and hands it over once."""

    def __init__(self, vault: Vault, path: Path, username: str, password: str) -> None:
        self.path = path
        self._username = username
        self._password = password
        self._loaded = vault
        self._vault: Vault | None = None
        self._unlocked: Unlocked | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="unlock-ahead", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, path: Path | None, username: str | None, password: str | None) -> UnlockAhead | None:
        """A derivation for an encrypted SQLite file whose user and password are known; None otherwise,
        and None for an account whose key is still sealed (its first sign-in rewrites the key file: that
        stays with the sign-in, after its checks) or whose key file does not read (the sign-in says why)."""
        if path is None or not username or not password or not is_encrypted(path):
            return None
        try:
            vault = Vault.load(path)
        except Exception:  # noqa: BLE001 — the sign-in reads it again and reports it
            return None
        entry = vault.doc.get("accounts", {}).get(clean_text(username).strip())
        if not isinstance(entry, dict) or "sealed" in entry:
            return None
        return cls(vault, path, username, password)

    def _run(self) -> None:
        try:                            # the name as stored (accounts.clean_username)
            self._unlocked = self._loaded.unlock(clean_text(self._username).strip(), self._password)
            self._vault = self._loaded
        except BaseException as exc:  # noqa: BLE001 — handed to the sign-in, which raises it there
            self._error = exc

    def take(self, path: Path, username: str, password: str) -> tuple[Vault, Unlocked] | None:
        """The key file and its unlocked key for this file, user and password (the failure raised as the
        sign-in would raise it); None when they are not the ones this derivation was started for, or it
        was taken already."""
        self._thread.join()
        same = path.resolve() == self.path.resolve() and username == self._username and password == self._password
        vault, unlocked, error = self._vault, self._unlocked, self._error
        self._vault = self._unlocked = self._error = None
        self._password = ""
        if not same:
            return None
        if error is not None:
            raise error
        if vault is None or unlocked is None:
            return None
        return vault, unlocked
