"""elder centre: the reception's lookup copies (name, initials, phone, phone tail, community) follow the
roster person by every path — an edit in the roster, an import's merge, a person merge — through a trigger,
and the copies that went stale before are refreshed.

The copies exist for the card-scan and phone-tail lookups (indexed columns of `elder_members`); they were
filled only when the membership itself was saved, so a phone changed in the roster left the old tail at the
counter. A trigger covers the bulk paths that write `people` without the ORM.

Revision ID: 0411_elder_member_copies
Revises: 0410_elder_checkin_undo
Create Date: 2026-12-03 11:30:00
"""
from __future__ import annotations

from alembic import op

revision = '0411_elder_member_copies'
down_revision = '0410_elder_checkin_undo'
branch_labels = None
depends_on = None

# Digits of a stored phone: numbers are kept normalised (digits, a dash after an area code), so dashes,
# spaces, brackets and a plus are all there is to remove.
_SQLITE_DIGITS = ("replace(replace(replace(replace(replace(coalesce({p}, ''), '-', ''), ' ', ''), '(', ''), "
                  "')', ''), '+', '')")
_SQLITE_SET = """
    name = NEW.name,
    initials = CASE WHEN NEW.name_initials <> '' THEN NEW.name_initials ELSE elder_members.initials END,
    phone = coalesce(NEW.phone, ''),
    phone_tail = CASE WHEN length({digits}) >= 4 THEN substr({digits}, -4) ELSE '' END,
    community_id = NEW.community_id
""".format(digits=_SQLITE_DIGITS.format(p="NEW.phone"))


PG_REFRESH = r"""UPDATE elder_members m SET
        name = p.name,
        initials = CASE WHEN p.name_initials <> '' THEN p.name_initials ELSE m.initials END,
        phone = coalesce(p.phone, ''),
        phone_tail = CASE WHEN length(regexp_replace(coalesce(p.phone, ''), '\D', '', 'g')) >= 4
                          THEN right(regexp_replace(coalesce(p.phone, ''), '\D', '', 'g'), 4) ELSE '' END,
        community_id = p.community_id
    FROM people p WHERE p.id = m.person_id"""

PG_UP = [
    r"""CREATE FUNCTION people_elder_member_copies() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE digits text := regexp_replace(coalesce(NEW.phone, ''), '\D', '', 'g');
    BEGIN
        UPDATE elder_members SET
            name = NEW.name,
            initials = CASE WHEN NEW.name_initials <> '' THEN NEW.name_initials ELSE elder_members.initials END,
            phone = coalesce(NEW.phone, ''),
            phone_tail = CASE WHEN length(digits) >= 4 THEN right(digits, 4) ELSE '' END,
            community_id = NEW.community_id
        WHERE person_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER people_elder_member_copies AFTER UPDATE OF name, name_initials, phone, community_id
        ON people FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_initials IS DISTINCT FROM NEW.name_initials
              OR OLD.phone IS DISTINCT FROM NEW.phone OR OLD.community_id IS DISTINCT FROM NEW.community_id)
        EXECUTE FUNCTION people_elder_member_copies()""",
    f"""CREATE FUNCTION elder_member_person_copies() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {PG_REFRESH} AND m.id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER elder_member_person_copies AFTER UPDATE OF person_id ON elder_members FOR EACH ROW
        WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id)
        EXECUTE FUNCTION elder_member_person_copies()""",
]


def _refresh_sqlite(where: str = "1") -> str:
    digits = _SQLITE_DIGITS.format(p="p.phone")
    return f"""UPDATE elder_members SET
        name = (SELECT p.name FROM people p WHERE p.id = elder_members.person_id),
        initials = coalesce((SELECT nullif(p.name_initials, '') FROM people p
                             WHERE p.id = elder_members.person_id), initials),
        phone = (SELECT coalesce(p.phone, '') FROM people p WHERE p.id = elder_members.person_id),
        phone_tail = (SELECT CASE WHEN length({digits}) >= 4 THEN substr({digits}, -4) ELSE '' END
                      FROM people p WHERE p.id = elder_members.person_id),
        community_id = (SELECT p.community_id FROM people p WHERE p.id = elder_members.person_id)
    WHERE {where} AND EXISTS (SELECT 1 FROM people p WHERE p.id = elder_members.person_id)"""


SQLITE_UP = [
    f"""CREATE TRIGGER people_elder_member_copies AFTER UPDATE OF name, name_initials, phone, community_id
        ON people FOR EACH ROW BEGIN
        UPDATE elder_members SET {_SQLITE_SET} WHERE person_id = NEW.id;
    END""",
    # a membership moved to another person (a merge, its undo) takes that person's copies
    f"""CREATE TRIGGER elder_member_person_copies AFTER UPDATE OF person_id ON elder_members FOR EACH ROW
        WHEN OLD.person_id IS NOT NEW.person_id BEGIN
        {_refresh_sqlite("elder_members.id = NEW.id")};
    END""",
]




def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UP:
            op.execute(statement)
        op.execute(PG_REFRESH)
    else:
        for statement in SQLITE_UP:
            op.execute(statement)
        op.execute(_refresh_sqlite())


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for trigger, table in (("elder_member_person_copies", "elder_members"), ("people_elder_member_copies", "people")):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {trigger}()")
