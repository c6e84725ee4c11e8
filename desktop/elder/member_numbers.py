"""Member numbers and desk keys as people type them or scanners send them.

`QC-000010`, `qc 000010`, `ＱＣ０００１０` and `QC10` all mean QC000010: full-width characters are made
half-width, invisible and control characters dropped, spaces and dashes inside numbers removed, letters
upper-cased and the digits read as a number (the centre numbers members with six digits).
"""

from __future__ import annotations

import re
import unicodedata

NUMBER_WIDTH = 6                       # QC000010: the prefix and six digits (members_service.next_member_no)
MAX_KEY = 40

_MEMBER_NO = re.compile(r"([A-Z]{1,4})(\d{1,12})")
# Dashes and spaces people type or scanners send inside a number (NFKC has already made full-width ASCII).
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_.·/]+")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


def normalize_key(key: str) -> str:
    """Full-width to half-width, without control or invisible characters, and without the spaces and
    dashes people put inside numbers. At most MAX_KEY characters are read."""
    k = unicodedata.normalize("NFKC", (key or "")[:MAX_KEY * 2])
    k = "".join(ch for ch in k if not unicodedata.category(ch).startswith("C")).strip()[:MAX_KEY]
    # Keep the middle dot of minority names (阿依古丽·买买提): only spaces go from a key with a name in it.
    if _HAN.search(k):
        return re.sub(r"\s+", "", k)
    return _SEPARATORS.sub("", k)


def member_numbers(key: str) -> tuple[str, ...]:
    """The member numbers a key may be, exact first: `qc10` → ("QC10", "QC000010")."""
    m = _MEMBER_NO.fullmatch(normalize_key(key).upper())
    if m is None:
        return ()
    prefix, digits = m.groups()
    exact = prefix + digits
    padded = prefix + str(int(digits)).zfill(NUMBER_WIDTH)
    return (exact,) if padded == exact else (exact, padded)
