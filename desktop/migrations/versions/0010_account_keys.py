"""core: each account's key pair (private key wrapped under its password) and the keys sealed to
accounts (the rehab key, granted by a supervisor)

Revision ID: 0010_account_keys
Revises: 0005_roster_bulk_keys
Create Date: 2026-12-03 08:15:07.916080
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import desktop.core.orm


revision = '0010_account_keys'
down_revision = '0005_roster_bulk_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account_keys',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('kdf', sa.String(length=64), nullable=False),
    sa.Column('salt', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('private_wrapped', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_account_keys_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_keys')),
    sa.UniqueConstraint('user_id', name=op.f('uq_account_keys_user_id'))
    )
    with op.batch_alter_table('account_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_keys_updated_at'), ['updated_at'], unique=False)

    op.create_table('key_grants',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('sealed', sa.Text(), nullable=False),
    sa.Column('granted_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_key_grants_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_grants'))
    )
    with op.batch_alter_table('key_grants', schema=None) as batch_op:
        batch_op.create_index('ix_key_grants_kind_user', ['kind', 'user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_grants_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('key_grants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_grants_updated_at'))
        batch_op.drop_index('ix_key_grants_kind_user')

    op.drop_table('key_grants')
    with op.batch_alter_table('account_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_keys_updated_at'))

    op.drop_table('account_keys')
