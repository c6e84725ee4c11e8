"""volunteers: records for every volunteer and one register of certificates

Volunteer organisations, volunteers (a roster person, or standalone), their other service, training, awards
and evaluations, and the register of certificates in the shape of 《志愿服务记录与证明出具办法》. On the duty
branch: the tables refer to duty teams and members, and they take over the duty module's certificates.
The certificates already issued move into the new register with their serial numbers (each duty team with
certificates becomes an organisation, each member a volunteer); duty_certificates is then dropped.

Revision ID: 0230_volunteers
Revises: 0220_duty_holiday_years
Create Date: 2026-12-03
"""
from __future__ import annotations

import uuid

from alembic import op
import sqlalchemy as sa
import desktop.core.orm
from desktop.core.clock import utcnow

revision = '0230_volunteers'
down_revision = '0220_duty_holiday_years'
branch_labels = None
depends_on = None

_T = desktop.core.orm.UTCDateTime
_STAMP = ('created_at', 'updated_at', 'updated_by', 'deleted_at', 'version')


def _table(name: str, *columns: str, **typed: object) -> sa.TableClause:
    cols = [sa.column(c) for c in columns] + [sa.column(c, t) for c, t in typed.items()]
    return sa.table(name, *cols)


def _stamps() -> dict[str, object]:
    return {'created_at': _T(), 'updated_at': _T(), 'deleted_at': _T()}


def _copy_duty_certificates() -> None:
    """Each certificate of the duty register into the volunteers' register, with its serial number."""
    bind = op.get_bind()
    old = _table('duty_certificates', 'id', 'serial', 'year', 'seq', 'member_id', 'period_from', 'period_to',
                 'minutes', 'content', 'organisation', 'issued_on', 'issued_by', 'updated_by', 'version',
                 **_stamps())
    members = _table('duty_members', 'id', 'team_id', 'person_id', 'name', 'phone', 'is_captain', 'deleted_at')
    teams = _table('duty_teams', 'id', 'community_id')
    communities = _table('communities', 'id', 'phone')
    orgs = _table('volunteer_orgs', 'id', 'name', 'community_id', 'duty_team_id', 'responsible', 'contact',
                  'address', 'notes', 'updated_by', 'version', **_stamps())
    vols = _table('volunteers', 'id', 'org_id', 'person_id', 'duty_member_id', 'name', 'sex', 'id_type', 'phone',
                  'volunteer_no', 'platform', 'skills', 'active', 'notes', 'updated_by', 'version', **_stamps())
    certs = _table('volunteer_certificates', 'id', 'serial', 'year', 'seq', 'volunteer_id', 'org_id', 'name',
                   'id_type', 'volunteer_no', 'period_from', 'period_to', 'minutes', 'content', 'organisation',
                   'responsible', 'contact', 'notes', 'issued_on', 'issued_by', 'void_reason', 'updated_by',
                   'version', **_stamps())
    now = utcnow()
    fresh = {'created_at': now, 'updated_at': now, 'deleted_at': None, 'updated_by': 'migration', 'version': 1}
    org_of: dict[str, tuple[str, str, str]] = {}
    volunteer_of: dict[str, str] = {}
    for c in bind.execute(sa.select(old).order_by(old.c.year, old.c.seq)).mappings().all():
        m = bind.execute(sa.select(members).where(members.c.id == c['member_id'])).mappings().one()
        if m['team_id'] not in org_of:
            team = bind.execute(sa.select(teams).where(teams.c.id == m['team_id'])).mappings().one()
            phone = bind.execute(sa.select(communities.c.phone).where(communities.c.id == team['community_id'])
                                 ).scalar() or ''
            captain = bind.execute(sa.select(members.c.name, members.c.phone).where(
                members.c.team_id == m['team_id'], members.c.is_captain.is_(True),
                members.c.deleted_at.is_(None))).first()
            oid = str(uuid.uuid4())
            org_of[m['team_id']] = (oid, captain[0] if captain else '', phone or (captain[1] if captain else ''))
            bind.execute(orgs.insert().values(id=oid, name=c['organisation'], community_id=team['community_id'],
                                              duty_team_id=m['team_id'], responsible=org_of[m['team_id']][1],
                                              contact=org_of[m['team_id']][2], address='', notes='', **fresh))
        oid, responsible, contact = org_of[m['team_id']]
        key = m['person_id'] or m['id']
        if key not in volunteer_of:
            volunteer_of[key] = str(uuid.uuid4())
            bind.execute(vols.insert().values(
                id=volunteer_of[key], org_id=oid, person_id=m['person_id'],
                duty_member_id=None if m['person_id'] else m['id'], name=m['name'], sex='', id_type='居民身份证',
                phone=m['phone'] or '', volunteer_no='', platform='', skills='', active=True, notes='', **fresh))
        bind.execute(certs.insert().values(
            id=c['id'], serial=c['serial'], year=c['year'], seq=c['seq'], volunteer_id=volunteer_of[key], org_id=oid,
            name=m['name'], id_type='居民身份证', volunteer_no='', period_from=c['period_from'],
            period_to=c['period_to'], minutes=c['minutes'], content=c['content'], organisation=c['organisation'],
            responsible=responsible, contact=contact, notes='', issued_on=c['issued_on'], issued_by=c['issued_by'],
            void_reason='', created_at=c['created_at'], updated_at=c['updated_at'], deleted_at=c['deleted_at'],
            updated_by=c['updated_by'], version=c['version']))


def _copy_back() -> None:
    """Certificates of duty team members back into the duty register (those of other volunteers have no
    place there: the backup taken before upgrading keeps them)."""
    bind = op.get_bind()
    certs = _table('volunteer_certificates', 'id', 'serial', 'year', 'seq', 'volunteer_id', 'org_id', 'period_from',
                   'period_to', 'minutes', 'content', 'organisation', 'issued_on', 'issued_by', 'updated_by',
                   'version', **_stamps())
    vols = _table('volunteers', 'id', 'person_id', 'duty_member_id')
    orgs = _table('volunteer_orgs', 'id', 'duty_team_id')
    members = _table('duty_members', 'id', 'team_id', 'person_id')
    old = _table('duty_certificates', 'id', 'serial', 'year', 'seq', 'member_id', 'period_from', 'period_to',
                 'minutes', 'content', 'organisation', 'issued_on', 'issued_by', 'updated_by', 'version',
                 **_stamps())
    for c in bind.execute(sa.select(certs)).mappings().all():
        v = bind.execute(sa.select(vols).where(vols.c.id == c['volunteer_id'])).mappings().one()
        team = bind.execute(sa.select(orgs.c.duty_team_id).where(orgs.c.id == c['org_id'])).scalar()
        member = v['duty_member_id'] or (bind.execute(sa.select(members.c.id).where(
            members.c.team_id == team, members.c.person_id == v['person_id'])).scalar()
            if team and v['person_id'] else None)
        if member is None:
            continue
        bind.execute(old.insert().values(
            member_id=member, **{k: c[k] for k in ('id', 'serial', 'year', 'seq', 'period_from', 'period_to',
                                                   'minutes', 'content', 'organisation', 'issued_on', 'issued_by',
                                                   *_STAMP)}))


def upgrade() -> None:
    op.create_table('volunteer_orgs',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('community_id', sa.String(length=36), nullable=True),
    sa.Column('duty_team_id', sa.String(length=36), nullable=True),
    sa.Column('responsible', sa.String(length=64), nullable=False),
    sa.Column('contact', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['community_id'], ['communities.id'], name=op.f('fk_volunteer_orgs_community_id_communities')),
    sa.ForeignKeyConstraint(['duty_team_id'], ['duty_teams.id'], name=op.f('fk_volunteer_orgs_duty_team_id_duty_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_orgs')),
    sa.UniqueConstraint('duty_team_id', name=op.f('uq_volunteer_orgs_duty_team_id')),
    sa.UniqueConstraint('name', name=op.f('uq_volunteer_orgs_name'))
    )
    with op.batch_alter_table('volunteer_orgs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_orgs_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_orgs_updated_at'), ['updated_at'], unique=False)

    op.create_table('volunteers',
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('duty_member_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('id_type', sa.String(length=16), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('volunteer_no', sa.String(length=32), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('skills', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['duty_member_id'], ['duty_members.id'], name=op.f('fk_volunteers_duty_member_id_duty_members')),
    sa.ForeignKeyConstraint(['org_id'], ['volunteer_orgs.id'], name=op.f('fk_volunteers_org_id_volunteer_orgs')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_volunteers_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteers')),
    sa.UniqueConstraint('person_id', name=op.f('uq_volunteers_person_id'))
    )
    with op.batch_alter_table('volunteers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteers_duty_member_id'), ['duty_member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteers_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteers_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteers_volunteer_no'), ['volunteer_no'], unique=False)

    op.create_table('volunteer_certificates',
    sa.Column('serial', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.String(length=36), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('id_type', sa.String(length=16), nullable=False),
    sa.Column('volunteer_no', sa.String(length=32), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('content', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=100), nullable=False),
    sa.Column('responsible', sa.String(length=64), nullable=False),
    sa.Column('contact', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.String(length=200), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['volunteer_orgs.id'], name=op.f('fk_volunteer_certificates_org_id_volunteer_orgs')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_volunteer_certificates_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_certificates')),
    sa.UniqueConstraint('serial', name=op.f('uq_volunteer_certificates_serial')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_volunteer_certificates_year'))
    )
    with op.batch_alter_table('volunteer_certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_certificates_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_certificates_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_certificates_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_entries',
    sa.Column('volunteer_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('on_day', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('organiser', sa.String(length=100), nullable=False),
    sa.Column('rating', sa.String(length=8), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_volunteer_entries_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_entries'))
    )
    with op.batch_alter_table('volunteer_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_entries_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_entries_volunteer_id'), ['volunteer_id'], unique=False)

    _copy_duty_certificates()
    with op.batch_alter_table('duty_certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_certificates_member_id'))
        batch_op.drop_index(batch_op.f('ix_duty_certificates_updated_at'))

    op.drop_table('duty_certificates')


def downgrade() -> None:
    op.create_table('duty_certificates',
    sa.Column('serial', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('content', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=100), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.core.orm.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('deleted_at', desktop.core.orm.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['duty_members.id'], name=op.f('fk_duty_certificates_member_id_duty_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_certificates')),
    sa.UniqueConstraint('serial', name=op.f('uq_duty_certificates_serial')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_duty_certificates_year'))
    )
    with op.batch_alter_table('duty_certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_certificates_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_certificates_member_id'), ['member_id'], unique=False)

    _copy_back()
    with op.batch_alter_table('volunteer_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_entries_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_entries_updated_at'))

    op.drop_table('volunteer_entries')
    with op.batch_alter_table('volunteer_certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_certificates_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_certificates_updated_at'))
        batch_op.drop_index(batch_op.f('ix_volunteer_certificates_org_id'))

    op.drop_table('volunteer_certificates')
    with op.batch_alter_table('volunteers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteers_volunteer_no'))
        batch_op.drop_index(batch_op.f('ix_volunteers_updated_at'))
        batch_op.drop_index(batch_op.f('ix_volunteers_org_id'))
        batch_op.drop_index(batch_op.f('ix_volunteers_duty_member_id'))

    op.drop_table('volunteers')
    with op.batch_alter_table('volunteer_orgs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_orgs_updated_at'))
        batch_op.drop_index(batch_op.f('ix_volunteer_orgs_community_id'))

    op.drop_table('volunteer_orgs')
