"""roster: search keys for every prefix of a name's pinyin (chenf, ouy …)

Before this, a pinyin typed past a syllable boundary ("ouy" for 欧阳…) was not a key, so the exact-key
search missed most people. The SQLite key table is rebuilt (with its key columns first, see 0003).
It used to recompute every person's search fields with the live service, which stops working as
soon as the people model gains a column; 0030_roster_readings now recomputes them (with rules
frozen at that revision) and refills the key table, so this one only reshapes the table.

Revision ID: 0004_roster_keys
Revises: 0003_roster_more
Create Date: 2026-11-29
"""
from __future__ import annotations

from alembic import op

revision = '0004_roster_keys'
down_revision = '0003_roster_more'
branch_labels = None
depends_on = None


_TABLE = ("CREATE TABLE people_keys (key TEXT NOT NULL, sort TEXT NOT NULL, person INTEGER NOT NULL, "
          "community INTEGER NOT NULL, PRIMARY KEY (key, sort, person)) WITHOUT ROWID")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Databases made before the column order was fixed (see 0003) are rebuilt with it; 0030 fills it.
        op.execute("DROP TABLE IF EXISTS people_keys")
        op.execute(_TABLE)


def downgrade() -> None:
    pass  # the extra keys are harmless to an older version
