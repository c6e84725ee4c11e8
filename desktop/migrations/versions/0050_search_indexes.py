"""roster: PostgreSQL answers the search box from indexes, with the same answers as SQLite

Until now PostgreSQL matched every query term by substring LIKE over `people.search_text`: two
sequential scans of people per keystroke, and other answers than SQLite's, where a term that is some
living person's search key matches exactly the people holding it ("6号楼501" is the key of room 501 of
building 6, not also of 16/26/36号楼501). PostgreSQL now keeps the same key table:

- `people_keys (key, sort, person, community)`: one row per key of each living person, primary key
  (key, sort, person) as a B-tree with `COLLATE "C"` on key and sort. "C" rather than a
  `text_pattern_ops` index: the key is looked up by equality and the page is read in the order of
  `sort` (name_pinyin, chr(1), name) byte by byte, which is SQLite's order; a "C" B-tree serves both
  (and prefix ranges), while text_pattern_ops cannot serve ORDER BY under the database's own
  collation, and a locale collation would page differently from SQLite. One term gives its people
  already in name order: the first page is a short index range read and the count an index-only
  count, with the same plan for any value of the key, so psycopg's prepared statements (generic
  plans) keep it.
- Filled by statement-level triggers with transition tables (insert, update, delete of people): a
  bulk insert of a thousand people writes their keys in one INSERT … SELECT, not one trigger run per
  row; an update rewrites the keys only of rows whose keys, name, community or deletion changed.
- A word no key holds ("花园6号楼501", a name nobody has) is still matched by substring on
  `search_text`. For that, a `pg_trgm` GIN index on `search_text` (not a B-tree: the word can sit
  anywhere inside the text, and only trigrams serve an infix LIKE, and it keeps serving the LIKE with
  a bound parameter). pg_trgm ships with PostgreSQL's contrib and is a trusted extension (a database
  owner may create it); where a server lacks contrib the index is left out and the search stays
  correct, only slower. `fastupdate = off`: new rows go into the index at once rather than into a
  pending list every search would read until the next vacuum (after a bulk import the planner
  otherwise walks the table). Words of Chinese characters (and digits) are narrowed through
  households and buildings first, as on SQLite (a C-locale server makes no trigrams of Chinese).

SQLite (its key table is 0004/0005): a word no key holds matched every row's search_text with LIKE.
Now `people_text`, an FTS5 table with the trigram tokenizer over people.search_text (external content:
the text stays in people; detail=none: only which rows hold each trigram, the smallest form), kept
by triggers on insert, update of search_text and delete (a bulk insert inside
desktop.roster.search.keys_written_after adds its rows' text in one pass at the end, as their keys).
A word of three characters or more gives the rows holding all its trigrams, a superset the LIKE
then checks. Where the SQLite library lacks FTS5
or the trigram tokenizer (before 3.34) the table is left out and the search stays correct, only slower.

Both back ends: two partial B-trees over living people, (name, birth_date) and (phone, name), from
which possible same-person pairs are read block by block (desktop.roster.records) instead of
comparing every two people of one name.

Revision ID: 0050_search_indexes
Revises: 0030_roster_readings
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0050_search_indexes'
down_revision = '0030_roster_readings'
branch_labels = None
depends_on = None

_SORT = "{t}.name_pinyin || chr(1) || {t}.name"
_KEYS_OF = ("SELECT j.key, {sort} AS sort, {t}.id AS person, {t}.community_id AS community "
            "FROM {rows} {t} CROSS JOIN LATERAL jsonb_array_elements_text({t}.search_keys::jsonb) AS j(key) "
            "WHERE {t}.deleted_at IS NULL")
_CHANGED = ("(o.search_keys, o.name, o.name_pinyin, o.community_id, o.deleted_at) IS DISTINCT FROM "
            "(n.search_keys, n.name, n.name_pinyin, n.community_id, n.deleted_at)")


def _keys_of(rows: str, t: str) -> str:
    return _KEYS_OF.format(rows=rows, t=t, sort=_SORT.format(t=t))


_INSERT = f"INSERT INTO people_keys(key, sort, person, community) {_keys_of('new_rows', 'n')} ON CONFLICT DO NOTHING"
_DELETE_OLD = ("DELETE FROM people_keys k USING ({old}) d "
               "WHERE k.key = d.key AND k.sort = d.sort AND k.person = d.person")

_FUNCTIONS = {
    "people_keys_on_insert": f"BEGIN {_INSERT}; RETURN NULL; END",
    "people_keys_on_update": (
        "BEGIN "
        + _DELETE_OLD.format(old=_keys_of("old_rows", "o") + f" AND EXISTS (SELECT 1 FROM new_rows n "
                                                             f"WHERE n.id = o.id AND {_CHANGED})") + "; "
        + "INSERT INTO people_keys(key, sort, person, community) "
        + _keys_of("new_rows", "n") + f" AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND NOT "
                                      f"{_CHANGED}) ON CONFLICT DO NOTHING; "
        + "RETURN NULL; END"),
    "people_keys_on_delete": "BEGIN " + _DELETE_OLD.format(old=_keys_of("old_rows", "o")) + "; RETURN NULL; END",
}
_TRIGGERS = {
    "people_keys_ai": ("INSERT", "NEW TABLE AS new_rows", "people_keys_on_insert"),
    "people_keys_au": ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows", "people_keys_on_update"),
    "people_keys_ad": ("DELETE", "OLD TABLE AS old_rows", "people_keys_on_delete"),
}


def _has_trgm(bind) -> bool:  # noqa: ANN001
    return bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first() is not None


_PAIR_INDEXES = (("ix_people_name_birth", ["name", "birth_date"], "deleted_at IS NULL AND birth_date IS NOT NULL"),
                 ("ix_people_phone_name", ["phone", "name"], "deleted_at IS NULL AND phone != ''"))


_FTS = ("CREATE VIRTUAL TABLE people_text USING fts5(search_text, content='people', content_rowid='rowid', "
        "tokenize='trigram', detail='none')")
_FTS_TRIGGERS = (
    "CREATE TRIGGER people_text_ai AFTER INSERT ON people "
    "WHEN NOT EXISTS (SELECT 1 FROM people_keys_deferred) BEGIN "
    "INSERT INTO people_text(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER people_text_ad AFTER DELETE ON people BEGIN "
    "INSERT INTO people_text(people_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER people_text_au AFTER UPDATE OF search_text ON people BEGIN "
    "INSERT INTO people_text(people_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO people_text(rowid, search_text) VALUES (new.rowid, new.search_text); END",
)


def _sqlite_text_index(bind) -> None:  # noqa: ANN001
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
        bind.exec_driver_sql("DROP TABLE temp.trigram_probe")
    except sa.exc.OperationalError:
        return                                  # no FTS5 or no trigram tokenizer: LIKE alone, as before
    op.execute(_FTS)
    for trigger in _FTS_TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO people_text(people_text) VALUES ('rebuild')")


def upgrade() -> None:
    bind = op.get_bind()
    for name, columns, where in _PAIR_INDEXES:
        op.create_index(name, "people", columns, unique=False, sqlite_where=sa.text(where),
                        postgresql_where=sa.text(where))
    if bind.dialect.name == "sqlite":
        _sqlite_text_index(bind)
    if bind.dialect.name != "postgresql":
        return
    op.execute('CREATE TABLE people_keys (key TEXT COLLATE "C" NOT NULL, sort TEXT COLLATE "C" NOT NULL, '
               'person VARCHAR(36) NOT NULL, community VARCHAR(36) NOT NULL, PRIMARY KEY (key, sort, person))')
    for name, body in _FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ {body} $$")
    for name, (event, referencing, function) in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON people REFERENCING {referencing} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()")
    op.execute("INSERT INTO people_keys(key, sort, person, community) "
               + _keys_of("people", "p") + " ORDER BY 1, 2, 3 ON CONFLICT DO NOTHING")
    if _has_trgm(bind):
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX people_search_trgm ON people USING gin (search_text gin_trgm_ops) "
                   "WITH (fastupdate = off)")
    op.execute("ANALYZE people_keys")


def downgrade() -> None:
    for name, _columns, _where in _PAIR_INDEXES:
        op.drop_index(name, table_name="people")
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("people_text_ai", "people_text_ad", "people_text_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS people_text")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS people_search_trgm")
    for name, (_event, _referencing, _function) in _TRIGGERS.items():
        op.execute(f"DROP TRIGGER {name} ON people")
    for name in _FUNCTIONS:
        op.execute(f"DROP FUNCTION {name}()")
    op.execute("DROP TABLE people_keys")
