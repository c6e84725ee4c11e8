"""roster: head counts kept by triggers, so the tree, the tag list and 今日 cost what they show

The roster tree (people per community, per household, without a household) and the tag list (people
carrying each tag) counted every living person on each open and after every save. Now
`roster_counts (community_id, household_id, tag, people)` holds them:

- (community, household, '') — living people of the community in that household ('' for none);
- (community, '', tag)       — living people of the community carrying a tag of the tag list.

Triggers on `people` keep it in step whatever writes: the editor, a move, a merge and its undo, a soft
delete, an import's bulk insert, a hand-made UPDATE. SQLite: row triggers that add or take one; a bulk
insert inside desktop.roster.search.keys_written_after adds its rows in one grouped pass at the end, as it
does their search keys. PostgreSQL: statement triggers over transition tables, one grouped upsert per
statement; an update touches the counts only for rows whose community, household, tags or deletion
changed (so editing a phone number locks no count). Tags are matched against the tag list (`roster_tags`);
a tag added to the list is counted once, by a trigger on `roster_tags`.

Two partial indexes serve 今日: living people who carry any tag, by community and household (the
people to look in on are read from these only), and living people by community and birth date (today's
birthdays are an IN over the birth dates that fall today, not a scan of everyone's month and day).

Revision ID: 0420_roster_counts
Revises: 0050_search_indexes
Create Date: 2026-12-03 14:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0420_roster_counts'
down_revision = '0050_search_indexes'   # the roster's chain: it needs people.tags and the deferred-keys table
branch_labels = None
depends_on = None

_TABLE = ("CREATE TABLE roster_counts (community_id VARCHAR(36) NOT NULL, household_id VARCHAR(36) NOT NULL "
          "DEFAULT '', tag VARCHAR(16) NOT NULL DEFAULT '', people INTEGER NOT NULL DEFAULT 0, "
          "PRIMARY KEY (community_id, household_id, tag))")
_UPSERT = " ON CONFLICT (community_id, household_id, tag) DO UPDATE SET people = roster_counts.people + excluded.people"
_INTO = "INSERT INTO roster_counts(community_id, household_id, tag, people) "
_HAS_TAG = "{instr}(',' || {r}.tags || ',', ',' || t.name || ',') > 0"

_INDEXES = (("ix_people_tagged", ["community_id", "household_id"], "deleted_at IS NULL AND tags != ''"),
            ("ix_people_birth_community", ["birth_date", "community_id"], "deleted_at IS NULL"))


def _sqlite_bump(r: str, sign: str) -> list[str]:
    """SQLite: add `sign`1 for row `r` (new/old) to its household's count and its tags' counts."""
    return [
        _INTO + f"SELECT {r}.community_id, coalesce({r}.household_id, ''), '', {sign}1 "
                f"WHERE {r}.deleted_at IS NULL" + _UPSERT + ";",
        _INTO + f"SELECT {r}.community_id, '', t.name, {sign}1 FROM roster_tags t "
                f"WHERE {r}.deleted_at IS NULL AND " + _HAS_TAG.format(instr="instr", r=r) + _UPSERT + ";",
    ]


_SQLITE_CHANGED = ("old.community_id IS NOT new.community_id OR old.household_id IS NOT new.household_id "
                   "OR old.tags IS NOT new.tags OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)")
_SQLITE_TRIGGERS = {
    "roster_counts_ai": "AFTER INSERT ON people WHEN NOT EXISTS (SELECT 1 FROM people_keys_deferred) BEGIN "
                        + " ".join(_sqlite_bump("new", "+")) + " END",
    "roster_counts_ad": "AFTER DELETE ON people BEGIN " + " ".join(_sqlite_bump("old", "-")) + " END",
    "roster_counts_au": (f"AFTER UPDATE OF community_id, household_id, tags, deleted_at ON people "
                         f"WHEN {_SQLITE_CHANGED} BEGIN " + " ".join(_sqlite_bump("old", "-") + _sqlite_bump("new", "+"))
                         + " END"),
    "roster_counts_tag_ai": ("AFTER INSERT ON roster_tags BEGIN " + _INTO
                             + "SELECT p.community_id, '', new.name, count(*) FROM people p "
                               "WHERE p.deleted_at IS NULL AND p.tags != '' AND "
                               "instr(',' || p.tags || ',', ',' || new.name || ',') > 0 GROUP BY p.community_id"
                             + " ON CONFLICT (community_id, household_id, tag) DO UPDATE SET people = excluded.people;"
                             + " END"),
}


def _pg_bump(rows: str, sign: str) -> str:
    """PostgreSQL: the grouped counts of transition table `rows` (already narrowed), added with `sign`."""
    return (_INTO + f"SELECT r.community_id, coalesce(r.household_id, ''), '', {sign}count(*) FROM ({rows}) r "
            f"WHERE r.deleted_at IS NULL GROUP BY 1, 2" + _UPSERT + "; "
            + _INTO + f"SELECT r.community_id, '', t.name, {sign}count(*) FROM ({rows}) r JOIN roster_tags t ON "
            + _HAS_TAG.format(instr="strpos", r="r") + " WHERE r.deleted_at IS NULL AND r.tags <> '' "
            "GROUP BY 1, 3" + _UPSERT + "; ")


_PG_CHANGED = ("(o.community_id, o.household_id, o.tags, o.deleted_at IS NULL) IS DISTINCT FROM "
               "(n.community_id, n.household_id, n.tags, n.deleted_at IS NULL)")
_PG_FUNCTIONS = {
    "roster_counts_on_insert": "BEGIN " + _pg_bump("SELECT * FROM new_rows", "") + "RETURN NULL; END",
    "roster_counts_on_delete": "BEGIN " + _pg_bump("SELECT * FROM old_rows", "-") + "RETURN NULL; END",
    "roster_counts_on_update": (
        "BEGIN "
        + _pg_bump(f"SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {_PG_CHANGED}", "-")
        + _pg_bump(f"SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {_PG_CHANGED}", "")
        + "RETURN NULL; END"),
    "roster_counts_on_tag": (
        "BEGIN " + _INTO + "SELECT p.community_id, '', NEW.name, count(*) FROM people p "
        "WHERE p.deleted_at IS NULL AND p.tags <> '' AND strpos(',' || p.tags || ',', ',' || NEW.name || ',') > 0 "
        "GROUP BY p.community_id ON CONFLICT (community_id, household_id, tag) DO UPDATE SET people = excluded.people; "
        "RETURN NULL; END"),
}
_PG_TRIGGERS = {
    "roster_counts_ai": ("people", "AFTER INSERT", "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
                         "roster_counts_on_insert"),
    "roster_counts_ad": ("people", "AFTER DELETE", "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
                         "roster_counts_on_delete"),
    "roster_counts_au": ("people", "AFTER UPDATE",
                         "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
                         "roster_counts_on_update"),
    "roster_counts_tag_ai": ("roster_tags", "AFTER INSERT", "FOR EACH ROW", "roster_counts_on_tag"),
}

# Every count from the people as they are.
def fill(dialect: str) -> tuple[str, str]:
    return (
        _INTO + "SELECT community_id, coalesce(household_id, ''), '', count(*) FROM people WHERE deleted_at IS NULL "
                "GROUP BY 1, 2",
        _INTO + "SELECT p.community_id, '', t.name, count(*) FROM people p JOIN roster_tags t ON "
        + _HAS_TAG.format(instr="instr" if dialect == "sqlite" else "strpos", r="p")
        + " WHERE p.deleted_at IS NULL AND p.tags != '' GROUP BY 1, 3",
    )


def upgrade() -> None:
    bind = op.get_bind()
    for name, columns, where in _INDEXES:
        op.create_index(name, "people", columns, unique=False, sqlite_where=sa.text(where),
                        postgresql_where=sa.text(where))
    op.execute(_TABLE)
    op.execute("CREATE INDEX ix_roster_counts_tag ON roster_counts (tag, community_id)")   # the tag list's reads
    if bind.dialect.name == "sqlite":
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    elif bind.dialect.name == "postgresql":
        for name, body in _PG_FUNCTIONS.items():
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ {body} $$")
        for name, (table, event, how, function) in _PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {event} ON {table} {how} EXECUTE FUNCTION {function}()")
    for statement in fill(bind.dialect.name):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif bind.dialect.name == "postgresql":
        for name, (table, _event, _how, _function) in _PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in _PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute("DROP TABLE roster_counts")
    for name, _columns, _where in _INDEXES:
        op.drop_index(name, table_name="people")
