"""duty desk: early start, check-out state, covers, late rounds, hand-over acks

Revision ID: 0210_duty_desk
Revises: 0230_volunteers
Create Date: 2026-12-03 08:14:44
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import desktop.core.orm


revision = '0210_duty_desk'
down_revision = '0230_volunteers'     # after the duty chain's holiday years and volunteers
branch_labels = None
depends_on = None


# Columns are added and dropped in place (recreate='never'; SQLite 3.35+ drops a column itself): rebuilding
# duty_teams or duty_shifts would drop the table first, which the rows that reference it forbid.


def upgrade() -> None:
    op.create_table('duty_log_acks',
    sa.Column('entry_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['duty_log.id'], name=op.f('fk_duty_log_acks_entry_id_duty_log')),
    sa.ForeignKeyConstraint(['member_id'], ['duty_members.id'], name=op.f('fk_duty_log_acks_member_id_duty_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_log_acks')),
    sa.UniqueConstraint('entry_id', 'user_id', name=op.f('uq_duty_log_acks_entry_id'))
    )
    with op.batch_alter_table('duty_log_acks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_log_acks_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_log_acks_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('duty_round_checks', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('entered_late', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('note', sa.String(length=200), server_default='', nullable=False))

    with op.batch_alter_table('duty_shifts', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('checked_in_by_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('checked_out_by', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('checkout_state', sa.String(length=8), server_default='', nullable=False))
        batch_op.add_column(sa.Column('checkout_note', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('covered_member_id', sa.String(length=36), nullable=True))

    with op.batch_alter_table('duty_teams', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('early_start_minutes', sa.Integer(), server_default='30', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('duty_teams', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('early_start_minutes')

    with op.batch_alter_table('duty_shifts', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('covered_member_id')
        batch_op.drop_column('checkout_note')
        batch_op.drop_column('checkout_state')
        batch_op.drop_column('checked_out_by')
        batch_op.drop_column('checked_in_by_id')

    with op.batch_alter_table('duty_round_checks', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('note')
        batch_op.drop_column('entered_late')

    with op.batch_alter_table('duty_log_acks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_log_acks_updated_at'))
        batch_op.drop_index(batch_op.f('ix_duty_log_acks_entry_id'))

    op.drop_table('duty_log_acks')
