"""roster: every reading of a name is searchable; a person's own reading; birth dates known to the month

- people.name_pinyin_override: the reading a person gave for the name when the computed one is wrong
  (it sorts the name and is indexed first);
- people.birth_date_partial: only the year and month of birth are known (日期不全), birth_date holds
  the 1st of that month;
- every person's search fields are rebuilt with the readings of every character (a surname table
  first, then each character's readings in modern use), by the rules frozen in
  desktop/migrations/frozen/r0030_*; the SQLite key table is refilled in one sorted pass.

Revision ID: 0030_roster_readings
Revises: 0040_person_merges
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0030_roster_readings'
down_revision = '0040_person_merges'
branch_labels = None
depends_on = None

CHUNK = 2000
# The update trigger of 0003 (kept as it was), dropped while every row is rewritten and then restored.
_KEYS_NEW = ("SELECT j.value, (SELECT c.rowid FROM communities c WHERE c.id = new.community_id), "
             "new.name_pinyin || char(1) || new.name, new.rowid FROM json_each(new.search_keys) j "
             "WHERE new.deleted_at IS NULL")
_KEYS_OLD = ("SELECT j.value, old.name_pinyin || char(1) || old.name, old.rowid FROM json_each(old.search_keys) j "
             "WHERE old.deleted_at IS NULL")
_FILL = ("INSERT OR IGNORE INTO people_keys(key, community, sort, person) "
         "SELECT j.value, c.rowid, p.name_pinyin || char(1) || p.name, p.rowid "
         "FROM people p JOIN communities c ON c.id = p.community_id, json_each(p.search_keys) j "
         "WHERE p.deleted_at IS NULL ORDER BY 1, 3, 4")


def _trigger_sql(bind: sa.Connection) -> str | None:
    return bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_keys_au'"
                                ).scalar()


def _rebuild(bind: sa.Connection) -> None:
    from desktop.migrations.frozen.r0030_keys import address_forms, search_fields

    households = {}
    for hid, address, unit, room, estate, building in bind.execute(sa.text(
            "SELECT h.id, h.address, h.unit, h.room, b.estate, b.name FROM households h "
            "LEFT JOIN buildings b ON b.id = h.building_id")):
        households[hid] = (address_forms(estate or "", building, unit, room, address) if building is not None
                           else ([address] if address else []))
    people = bind.execute(sa.text("SELECT id, name, name_pinyin_override, phone, phone2, tags, household_id "
                                  "FROM people")).all()
    update = sa.text("UPDATE people SET name_pinyin = :name_pinyin, name_initials = :name_initials, "
                     "search_text = :search_text, search_keys = :search_keys WHERE id = :id")
    for i in range(0, len(people), CHUNK):
        rows = []
        for pid, name, override, phone, phone2, tags, hid in people[i:i + CHUNK]:
            fields = search_fields(name, override or "", (phone, phone2), households.get(hid, []),
                                   [t for t in (tags or "").split(",") if t])
            rows.append(dict(fields, id=pid))
        if rows:
            bind.execute(update, rows)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:           # in place (a batch copy would drop the key triggers and renumber the rowids)
        op.execute("ALTER TABLE people ADD COLUMN name_pinyin_override VARCHAR(200) DEFAULT '' NOT NULL")
        op.execute("ALTER TABLE people ADD COLUMN birth_date_partial BOOLEAN DEFAULT 0 NOT NULL")
    else:
        op.add_column('people', sa.Column('name_pinyin_override', sa.String(length=200), nullable=False,
                                          server_default=''))
        op.add_column('people', sa.Column('birth_date_partial', sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    trigger = _trigger_sql(bind) if sqlite else None
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS people_keys_au")
    _rebuild(bind)
    if sqlite:
        op.execute(trigger or ("CREATE TRIGGER people_keys_au AFTER UPDATE OF search_keys, name, name_pinyin, "
                               "community_id, deleted_at ON people BEGIN "
                               f"DELETE FROM people_keys WHERE (key, sort, person) IN ({_KEYS_OLD}); "
                               f"INSERT OR IGNORE INTO people_keys(key, community, sort, person) {_KEYS_NEW}; END"))
        op.execute("DELETE FROM people_keys")
        op.execute(_FILL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":        # in place: the table keeps its rowids and triggers
        op.execute("ALTER TABLE people DROP COLUMN birth_date_partial")
        op.execute("ALTER TABLE people DROP COLUMN name_pinyin_override")
        return
    op.drop_column('people', 'birth_date_partial')
    op.drop_column('people', 'name_pinyin_override')
