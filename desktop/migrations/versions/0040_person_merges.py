"""roster: the journal of person merges, so a merge can be undone exactly

A merge of two records of one person moves or folds every record linked to the dropped one; each change
is kept here step by step (desktop.roster.merge).

Revision ID: 0040_person_merges
Revises: 0010_account_keys
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import desktop.core.orm


revision = '0040_person_merges'
down_revision = '0010_account_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('person_merges',
    sa.Column('keep_id', sa.String(length=36), nullable=False),
    sa.Column('drop_id', sa.String(length=36), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('steps', sa.Text(), nullable=False),
    sa.Column('undone_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('undone_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_merges'))
    )
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_merges_drop_id'), ['drop_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merges_keep_id'), ['keep_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merges_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_merges_updated_at'))
        batch_op.drop_index(batch_op.f('ix_person_merges_keep_id'))
        batch_op.drop_index(batch_op.f('ix_person_merges_drop_id'))

    op.drop_table('person_merges')
