"""rehab: sealed content (columns that hold ciphertext become TEXT; a keyed hash of the decision
number for search), and the audit trail keeps no values of rehab records

Rows written before: their values are sealed when the database's first rehab key is made
(desktop.core.key_grants.first_rehab_key); their audit rows lose their values here.

Revision ID: 0310_rehab_sealed
Revises: 0320_rehab_report_events
Create Date: 2026-12-03
"""
from __future__ import annotations

import json

from alembic import op
import sqlalchemy as sa


revision = '0310_rehab_sealed'
down_revision = '0320_rehab_report_events'
branch_labels = None
depends_on = None


def _audit_fields_only() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, changes FROM audit_log WHERE entity LIKE 'rehab!_%' ESCAPE '!' "
                                "AND changes IS NOT NULL")).all()
    for row_id, changes in rows:
        try:
            fields = list(json.loads(changes))
        except (TypeError, ValueError):
            fields = []
        kept = json.dumps({k: ["\u00b7", "\u00b7"] for k in fields}, ensure_ascii=False) if fields else None
        conn.execute(sa.text("UPDATE audit_log SET changes = :c WHERE id = :i"), {"c": kept, "i": row_id})


def upgrade() -> None:
    with op.batch_alter_table('rehab_absences', schema=None) as batch_op:
        batch_op.alter_column('destination',
               existing_type=sa.VARCHAR(length=100),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('rehab_cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision_no_key', sa.String(length=32), nullable=False, server_default=''))
        batch_op.alter_column('decision_no',
               existing_type=sa.VARCHAR(length=64),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('decision_authority',
               existing_type=sa.VARCHAR(length=100),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('police_liaison',
               existing_type=sa.VARCHAR(length=100),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('transfer_to',
               existing_type=sa.VARCHAR(length=200),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.create_index(batch_op.f('ix_rehab_cases_decision_no_key'), ['decision_no_key'], unique=False)

    with op.batch_alter_table('rehab_contacts', schema=None) as batch_op:
        batch_op.alter_column('name',
               existing_type=sa.VARCHAR(length=64),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('organisation',
               existing_type=sa.VARCHAR(length=100),
               type_=sa.Text(),
               existing_nullable=False)
        batch_op.alter_column('phone',
               existing_type=sa.VARCHAR(length=40),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('rehab_police_reports', schema=None) as batch_op:
        batch_op.alter_column('sent_to',
               existing_type=sa.VARCHAR(length=100),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('rehab_referrals', schema=None) as batch_op:
        batch_op.alter_column('to_org',
               existing_type=sa.VARCHAR(length=100),
               type_=sa.Text(),
               existing_nullable=False)

    with op.batch_alter_table('rehab_status_changes', schema=None) as batch_op:
        batch_op.alter_column('transfer_to',
               existing_type=sa.VARCHAR(length=200),
               type_=sa.Text(),
               existing_nullable=False)

    _audit_fields_only()


def downgrade() -> None:
    for table, columns in (("rehab_cases", (("decision_no", 64), ("decision_authority", 100),
                                            ("police_liaison", 100), ("transfer_to", 200))),
                           ("rehab_contacts", (("name", 64), ("organisation", 100), ("phone", 40))),
                           ("rehab_absences", (("destination", 100),)), ("rehab_referrals", (("to_org", 100),)),
                           ("rehab_police_reports", (("sent_to", 100),)),
                           ("rehab_status_changes", (("transfer_to", 200),))):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "rehab_cases":
                batch_op.drop_index(batch_op.f('ix_rehab_cases_decision_no_key'))
                batch_op.drop_column('decision_no_key')
            for name, length in columns:
                batch_op.alter_column(name, existing_type=sa.Text(), type_=sa.VARCHAR(length=length),
                                      existing_nullable=False)
