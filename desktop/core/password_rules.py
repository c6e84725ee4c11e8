"""What a new password must be: 8 characters or more, not one of the commonly used passwords (the lists
under resources/passwords, with their source and licence), not the user name."""

from __future__ import annotations

import gzip
from functools import cache

from desktop.core.errors import ValidationError
from desktop.core.messages import msg
from desktop.core.paths import resources_dir

MIN_LENGTH = 8


@cache
def common_passwords() -> frozenset[str]:
    folder = resources_dir() / "passwords"
    with gzip.open(folder / "common-passwords.txt.gz", "rt", encoding="utf-8") as fh:
        words = {line.strip().lower() for line in fh}
    words |= {line.strip().lower() for line in (folder / "common-passwords-cn.txt").read_text(encoding="utf-8")
              .splitlines()}
    words.discard("")
    return frozenset(words)


def check_password(password: str, username: str = "") -> None:
    """Raise ValidationError({"password": …}) with the reason a person can act on."""
    if len(password) < MIN_LENGTH:
        raise ValidationError({"password": msg("密码至少 {min_length} 位", min_length=MIN_LENGTH)})
    if not password.strip():
        raise ValidationError({"password": "密码不能全是空格"})
    lowered = password.lower()
    name = username.strip().lower()
    if name and name in lowered and not any(c.isalpha() for c in lowered.replace(name, "", 1)):
        raise ValidationError({"password": "密码不能是用户名，也不能是用户名加几个数字或符号"})
    if lowered in common_passwords() or len(set(password)) <= 2:
        raise ValidationError({"password": "这个密码太常见，很容易被猜到：请换一个"})
