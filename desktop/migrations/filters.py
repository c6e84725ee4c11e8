"""What autogenerate must not compare: tables that live outside the models (search indexes)."""

from __future__ import annotations

# The roster's search key table (filled by triggers; see desktop.roster.search), SQLite's trigram
# table (with its FTS5 shadow tables) and PostgreSQL's trigram index over people's search text
# (0050_search_indexes); the head counts kept by triggers (0420_roster_counts, desktop.roster.counts).
_INDEX_TABLES = ("people_keys", "people_text", "roster_counts")
_SEARCH_INDEXES = ("people_search_trgm",)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table" and name is not None:
        return not any(name == t or name.startswith(t + "_") for t in _INDEX_TABLES)
    if type_ == "index" and name is not None:
        return name not in _SEARCH_INDEXES
    return True
