"""roster: bulk inserts write their people's search keys in one sorted pass

SQLite: the insert trigger of people_keys now stands aside while `people_keys_deferred` holds a row.
A bulk insert (import, demo) puts one there inside its own transaction, inserts the people, takes it
out and adds all their keys with one INSERT … SELECT in key order (about three times faster than a
trigger run per person). Other connections never see the row: it lives and dies uncommitted.

Revision ID: 0005_roster_bulk_keys
Revises: 0004_roster_keys
Create Date: 2026-11-29
"""
from __future__ import annotations

from alembic import op

revision = '0005_roster_bulk_keys'
down_revision = '0004_roster_keys'
branch_labels = None
depends_on = None

_KEYS_NEW = ("SELECT j.value, (SELECT c.rowid FROM communities c WHERE c.id = new.community_id), "
             "new.name_pinyin || char(1) || new.name, new.rowid FROM json_each(new.search_keys) j "
             "WHERE new.deleted_at IS NULL")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE people_keys_deferred (token INTEGER NOT NULL)")
    op.execute("DROP TRIGGER people_keys_ai")
    op.execute("CREATE TRIGGER people_keys_ai AFTER INSERT ON people "
               "WHEN NOT EXISTS (SELECT 1 FROM people_keys_deferred) BEGIN "
               f"INSERT OR IGNORE INTO people_keys(key, community, sort, person) {_KEYS_NEW}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER people_keys_ai")
    op.execute("CREATE TRIGGER people_keys_ai AFTER INSERT ON people BEGIN "
               f"INSERT OR IGNORE INTO people_keys(key, community, sort, person) {_KEYS_NEW}; END")
    op.execute("DROP TABLE people_keys_deferred")
