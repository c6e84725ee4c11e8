"""elder centre: a wrong check-in is cancelled (with who, when and why), not deleted

The row stays as the record; only live (uncancelled) check-ins are unique per member and day, so the
member can be checked in again after a cancellation. Downgrading fails while a cancelled check-in
shares its member and day with a live one (nothing is deleted to make it fit).

Revision ID: 0410_elder_checkin_undo
Revises: 0401_elder_photos
Create Date: 2026-12-03 08:14:05
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import desktop.core.orm


revision = '0410_elder_checkin_undo'
down_revision = '0401_elder_photos'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('elder_checkins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled_at', desktop.core.orm.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('cancelled_by', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('cancel_reason', sa.String(length=100), server_default='', nullable=False))
        batch_op.drop_constraint(batch_op.f('uq_elder_checkins_member_day'), type_='unique')
        batch_op.create_index('uq_elder_checkins_member_day_live', ['member_id', 'day'], unique=True, sqlite_where=sa.text('cancelled_at IS NULL'), postgresql_where=sa.text('cancelled_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('elder_checkins', schema=None) as batch_op:
        batch_op.drop_index('uq_elder_checkins_member_day_live', sqlite_where=sa.text('cancelled_at IS NULL'), postgresql_where=sa.text('cancelled_at IS NULL'))
        batch_op.create_unique_constraint(batch_op.f('uq_elder_checkins_member_day'), ['member_id', 'day'])
        batch_op.drop_column('cancel_reason')
        batch_op.drop_column('cancelled_by')
        batch_op.drop_column('cancelled_at')
