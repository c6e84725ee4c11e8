"""roster: search keys for every prefix of a name's pinyin (chenf, ouy …)

Before this, a pinyin typed past a syllable boundary ("ouy" for 欧阳…) was not a key, so the exact-key
search missed most people. This recomputes every person's search fields with the current rules; the
SQLite key table is rebuilt (with its key columns first, see 0003).

Revision ID: 0004_roster_keys
Revises: 0003_roster_more
Create Date: 2026-11-29
"""
from __future__ import annotations

from alembic import op
from sqlalchemy.orm import Session

revision = '0004_roster_keys'
down_revision = '0003_roster_more'
branch_labels = None
depends_on = None


_TABLE = ("CREATE TABLE people_keys (key TEXT NOT NULL, sort TEXT NOT NULL, person INTEGER NOT NULL, "
          "community INTEGER NOT NULL, PRIMARY KEY (key, sort, person)) WITHOUT ROWID")


def upgrade() -> None:
    from desktop.roster.search import rebuild_keys
    from desktop.roster.service import reindex_people

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Databases made before the column order was fixed (see 0003) are rebuilt with it.
        op.execute("DROP TABLE IF EXISTS people_keys")
        op.execute(_TABLE)
    with Session(bind=bind, join_transaction_mode="create_savepoint") as s:
        reindex_people(s)
        s.commit()
    if bind.dialect.name == "sqlite":
        rebuild_keys(bind)


def downgrade() -> None:
    pass  # the extra keys are harmless to an older version
