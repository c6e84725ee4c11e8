"""The models' partial indexes: a SQLite start never loads the PostgreSQL dialect for them, and
PostgreSQL gets the same clause however the dialect and the models come to be loaded."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

REPORT = """
import json, sys
from sqlalchemy import Index
from desktop.models_registry import metadata
def report():
    out = {}
    for table in metadata.tables.values():
        for ix in table.indexes:
            sqlite = ix.dialect_options["sqlite"]["where"]
            if sqlite is not None:
                pg = ix.dialect_options["postgresql"]["where"] if "sqlalchemy.dialects.postgresql" in sys.modules else None
                out[ix.name] = [str(sqlite), None if pg is None else str(pg)]
    return out
"""


def _run(code: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_the_models_load_without_the_postgresql_dialect_which_then_gets_the_same_clauses() -> None:
    got = _run(REPORT + """
before = "sqlalchemy.dialects.postgresql" in sys.modules
sqlite_only = report()
from desktop.core.db import Database
Database("postgresql+psycopg://linli@localhost/linli")          # an engine, no connection
print(json.dumps({"before": before, "sqlite_only": sqlite_only, "both": report()}))
""")
    assert got["before"] is False
    both = got["both"]
    assert isinstance(both, dict) and len(both) >= 5          # people's four and the live check-ins' one
    assert set(both) == set(got["sqlite_only"])               # type: ignore[arg-type]
    for name, (sqlite, pg) in both.items():
        assert pg == sqlite, name


@pytest.mark.parametrize("first", ["sqlalchemy.dialects.postgresql", "alembic.ddl.postgresql"])
def test_models_loaded_after_the_dialect_have_its_clause_at_once(first: str) -> None:
    got = _run(f"import {first}\n" + REPORT + "print(json.dumps(report()))")
    assert got and all(pg == sqlite for sqlite, pg in got.values())     # type: ignore[misc]
