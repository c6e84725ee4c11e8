"""What autogenerate must not compare: tables that live outside the models (search indexes)."""

from __future__ import annotations

# The roster's search key table (SQLite only, filled by triggers; see desktop.roster.search).
_INDEX_TABLES = ("people_keys",)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table" and name is not None:
        return not any(name == t or name.startswith(t + "_") for t in _INDEX_TABLES)
    return True
