"""elder centre: member photos, the order of emergency contacts

Revision ID: 0401_elder_photos
Revises: 0400_elder
Create Date: 2026-11-29 10:30:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import desktop.core.orm


revision = '0401_elder_photos'
down_revision = '0400_elder'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('elder_member_photos',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('mime', sa.String(length=16), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['elder_members.id'], name=op.f('fk_elder_member_photos_member_id_elder_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_elder_member_photos'))
    )
    with op.batch_alter_table('elder_member_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_elder_member_photos_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_elder_member_photos_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('elder_contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('elder_contacts', schema=None) as batch_op:
        batch_op.drop_column('position')

    with op.batch_alter_table('elder_member_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_elder_member_photos_updated_at'))
        batch_op.drop_index(batch_op.f('ix_elder_member_photos_member_id'))

    op.drop_table('elder_member_photos')
