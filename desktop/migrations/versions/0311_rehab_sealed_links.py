"""rehab: the link from a case to its person is sealed (no foreign key to people); kind, alias and
community are sealed content

- `person_ref` (sealed person id) and `person_token` (keyed hash for "the cases of this person")
  replace `person_id` and its foreign key; `community_ref` replaces `community_id`; `kind` and `alias`
  become sealed text.
- A migration holds no rehab key, so it copies the plain values into the new columns and the sealing
  happens at the first sign-in of a rehab key holder afterwards (desktop.core.key_grants.seal_pending,
  audited; the file is compacted then). In between the database holds the links in plain as the older
  version did, only no longer as a foreign key, and `person_token` is empty: that is how the sign-in
  knows there is something to seal. Nothing is dropped before its copy is written.
- Merges made before: a merge moved `person_id` to the kept person and journalled it. The link now
  names the person it was written for and is resolved through `people.merged_into_id` at read time
  (desktop.rehab.links), which a merge's undo clears; so the link goes back to the person before the
  first merge still standing, the journal steps that moved it are taken out (an undo has nothing to
  move back), "其他记录 N 条" (how such a summary counted cases) leaves the merge summaries, and the
  audit rows that recorded the move of a case's person — at the very moment of a merge of two people —
  are removed: each said which person had a case.

Revision ID: 0311_rehab_sealed_links
Revises: 0310_rehab_sealed
Create Date: 2026-12-10
"""
from __future__ import annotations

import json

from alembic import op
import sqlalchemy as sa


revision = '0311_rehab_sealed_links'
down_revision = '0310_rehab_sealed'
branch_labels = None
depends_on = None

REHAB_COUNT = "其他记录 "


def scrub_summary(text: str) -> str:
    """A merge summary without the count of rehab records ("移过来：活动报名 2 条，其他记录 1 条")."""
    out = []
    for part in (text or "").split("；"):
        if part.startswith("移过来："):
            items = [i for i in part[len("移过来："):].split("，") if not i.startswith(REHAB_COUNT)]
            if items:
                out.append("移过来：" + "，".join(items))
        elif not part.startswith("其他记录"):
            out.append(part)
    return "；".join(out)


def _merged_links(conn: sa.Connection) -> None:
    # Not a dependency on the merge journal's revision (0040_person_merges, roster chain): a database
    # whose journal is not there yet has no journalled merge to read.
    if "person_merges" not in sa.inspect(conn).get_table_names():
        return
    original: dict[str, str] = {}
    merges = conn.execute(sa.text("SELECT id, steps, summary, undone_at FROM person_merges ORDER BY created_at")).all()
    for merge_id, steps_text, summary, undone_at in merges:
        try:
            steps = json.loads(steps_text or "[]")
        except ValueError:
            continue
        kept = []
        for step in steps:
            table, row_id, diff = step
            if table == "rehab_cases":
                before = (diff.get("person_id") or [None])[0]
                if undone_at is None and before and row_id not in original:
                    original[row_id] = before
                continue
            kept.append(step)
        if len(kept) != len(steps) or REHAB_COUNT in (summary or ""):
            conn.execute(sa.text("UPDATE person_merges SET steps = :s, summary = :m WHERE id = :i"),
                         {"s": json.dumps(kept, ensure_ascii=False), "m": scrub_summary(summary), "i": merge_id})
    for case_id, person_id in original.items():
        conn.execute(sa.text("UPDATE rehab_cases SET person_ref = :p WHERE id = :i"), {"p": person_id, "i": case_id})


def _merge_audit(conn: sa.Connection) -> None:
    rows = conn.execute(sa.text("SELECT id, detail FROM audit_log WHERE entity = 'people' AND detail LIKE :d"),
                        {"d": "%" + REHAB_COUNT + "%"}).all()
    for row_id, detail in rows:
        if detail.startswith("合并："):
            conn.execute(sa.text("UPDATE audit_log SET detail = :d WHERE id = :i"),
                         {"d": scrub_summary(detail), "i": row_id})
    moved = conn.execute(sa.text("SELECT id, changes FROM audit_log WHERE entity = 'rehab_cases' "
                                 "AND action = 'update' AND changes IS NOT NULL")).all()
    for row_id, changes in moved:
        try:
            fields = set(json.loads(changes))
        except ValueError:
            continue
        if fields == {"person_id"}:
            conn.execute(sa.text("DELETE FROM audit_log WHERE id = :i"), {"i": row_id})


def upgrade() -> None:
    with op.batch_alter_table('rehab_cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('person_ref', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('person_token', sa.String(length=32), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('community_ref', sa.Text(), nullable=False, server_default=''))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE rehab_cases SET person_ref = person_id, community_ref = COALESCE(community_id, '')"))
    _merged_links(conn)
    _merge_audit(conn)
    with op.batch_alter_table('rehab_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rehab_cases_person_id'))
        batch_op.drop_constraint(batch_op.f('fk_rehab_cases_person_id_people'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_rehab_cases_community_id_communities'), type_='foreignkey')
        batch_op.drop_column('person_id')
        batch_op.drop_column('community_id')
        batch_op.alter_column('kind', existing_type=sa.VARCHAR(length=8), type_=sa.Text(), existing_nullable=False)
        batch_op.alter_column('alias', existing_type=sa.VARCHAR(length=32), type_=sa.Text(), existing_nullable=False)
        batch_op.create_index(batch_op.f('ix_rehab_cases_person_token'), ['person_token'], unique=False)


def _merged_into(conn: sa.Connection) -> dict[str, str]:
    return dict(conn.execute(sa.text("SELECT id, merged_into_id FROM people WHERE merged_into_id IS NOT NULL "
                                     "AND deleted_at IS NOT NULL")).all())


def downgrade() -> None:
    """Back to a plain link: possible only while the links are not sealed yet (no rehab key here)."""
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT count(*) FROM rehab_cases WHERE person_ref LIKE :p OR kind LIKE :p "
                            "OR alias LIKE :p OR community_ref LIKE :p"), {"p": "\u03c11:%"}).scalar():
        raise RuntimeError("rehab links are sealed: going back needs the rehab key (restore the pre-upgrade backup)")
    with op.batch_alter_table('rehab_cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('person_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('community_id', sa.String(length=36), nullable=True))
    merged = _merged_into(conn)
    for case_id, ref, community in conn.execute(sa.text("SELECT id, person_ref, community_ref FROM rehab_cases")).all():
        person, hops = ref, 0
        while person in merged and hops < 20:
            person, hops = merged[person], hops + 1
        conn.execute(sa.text("UPDATE rehab_cases SET person_id = :p, community_id = :c WHERE id = :i"),
                     {"p": person, "c": community or None, "i": case_id})
    with op.batch_alter_table('rehab_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rehab_cases_person_token'))
        batch_op.alter_column('person_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_rehab_cases_person_id_people'), 'people', ['person_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_rehab_cases_community_id_communities'), 'communities',
                                    ['community_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_rehab_cases_person_id'), ['person_id'], unique=False)
        batch_op.alter_column('kind', existing_type=sa.Text(), type_=sa.VARCHAR(length=8), existing_nullable=False)
        batch_op.alter_column('alias', existing_type=sa.Text(), type_=sa.VARCHAR(length=32), existing_nullable=False)
        batch_op.drop_column('person_token')
        batch_op.drop_column('person_ref')
        batch_op.drop_column('community_ref')
