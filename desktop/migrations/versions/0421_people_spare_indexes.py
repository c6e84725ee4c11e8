"""roster: two indexes of `people` no query reads are dropped

- `ix_people_community_id`: every lookup by community alone is served by `ix_people_community_name`
  (community_id, name), whose first column it is;
- `ix_people_name_initials`: the initials are searched through the search keys (`people_keys`, 0050);
  the one LIKE left on the column (the volunteers' register) looks for them inside the text, which no
  B-tree serves.

Each person's row went into both at every insert: a million people's bulk build spent seconds on them.

Revision ID: 0421_people_spare_indexes
Revises: 0420_roster_counts
Create Date: 2026-12-04 18:10:00
"""
from __future__ import annotations

from alembic import op

revision = '0421_people_spare_indexes'
down_revision = '0420_roster_counts'
branch_labels = None
depends_on = None

_DROPPED = (("ix_people_community_id", "community_id"), ("ix_people_name_initials", "name_initials"))


def upgrade() -> None:
    for name, _column in _DROPPED:
        op.drop_index(name, table_name="people")


def downgrade() -> None:
    for name, column in _DROPPED:
        op.create_index(name, "people", [column], unique=False)
