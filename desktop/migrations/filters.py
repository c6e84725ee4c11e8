"""What autogenerate must not compare: tables that live outside the models (search indexes)."""

from __future__ import annotations

# SQLite FTS5 creates the virtual table and its shadow tables (_data, _idx, _content, _docsize, _config).
_FTS_TABLES = ("people_fts", "people_keys")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table" and name is not None:
        return not any(name == t or name.startswith(t + "_") for t in _FTS_TABLES)
    return True
