"""Demo: volunteer records for the street's volunteers, so the 志愿者 page and the register are not empty.

The anti-drug volunteer team of the rehab centre (70-odd people, 阿杰 among them since 潘捷 invited him)
with its trainings, awards and yearly evaluations; 6号楼's duty team (its members' records opened from the
rota); each community's team for the residents who help at its activities; and a few certificates in the
register, one of them void.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.demo.core_demo import actor_of
from desktop.duty.models import DutyMember, DutyTeam
from desktop.rehab.demo import VOLUNTEER_TAG, volunteer_ids
from desktop.roster.models import Person
from desktop.volunteers import certificates, record, service
from desktop.volunteers.certificates import OverlapWarning
from desktop.volunteers.models import Volunteer

ANTI_DRUG = "凤城街道禁毒志愿者服务队"
TRAININGS = [("禁毒知识与宣传技巧培训", "凤城街道禁毒办", 180), ("社区戒毒康复工作志愿者培训", "清远市阳光社会工作服务中心", 120),
             ("应急救护（心肺复苏）培训", "清城区红十字会", 240)]
OTHER_SERVICE = [("陪同社工家访（社区康复人员）", "凤城街道社区戒毒康复服务中心", 120),
                 ("禁毒宣传品分装", "凤城街道社区戒毒康复服务中心", 90),
                 ("“6·26”国际禁毒日广场宣传", "凤城街道禁毒办", 240)]


def _months_ago(today: date, months: int) -> date:
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(y, m + 1, 1)


def _anti_drug(s: Session, ctx, rng: random.Random, worker) -> tuple[str, list[str]]:  # noqa: ANN001
    org_id = service.save_org(s, worker, ANTI_DRUG, community_id=None, responsible="潘捷", contact="0763-3377120",
                              address="凤城街道社区戒毒康复服务中心")
    ids = []
    for n, pid in enumerate(volunteer_ids(s)):
        p = s.get(Person, pid)
        registered = n % 3 != 2
        joined = ctx.today - timedelta(days=rng.randint(60, 900))
        ids.append(service.save_volunteer(s, worker, service.VolunteerInput(
            org_id=org_id, person_id=pid, joined_on=joined, skills=rng.choice(["宣传", "讲解", "摄影", "驾驶", ""]),
            volunteer_no=f"4418{rng.randint(10**9, 10**10 - 1)}" if registered else "",
            platform="全国志愿服务信息系统" if registered else "",
            registered_on=joined if registered else None,
            notes="经社工潘捷邀请加入" if n % 5 == 0 or (p is not None and "俊杰" in p.name) else "")))
    return org_id, ids


def _entries(s: Session, ctx, rng: random.Random, worker, ids: list[str]) -> int:  # noqa: ANN001
    n = 0
    last_year = ctx.today.year - 1
    for k, vid in enumerate(ids):
        title, organiser, minutes = TRAININGS[k % 2]
        record.add_entry(s, worker, vid, "培训", ctx.today - timedelta(days=30 + k % 200), title, minutes=minutes,
                         organiser=organiser, place="凤城街道社区戒毒康复服务中心")
        if k % 4 == 0:
            title, organiser, minutes = OTHER_SERVICE[k % 3]
            record.add_entry(s, worker, vid, "服务", ctx.today - timedelta(days=10 + k % 120), title,
                             minutes=minutes, organiser=organiser)
        record.add_entry(s, worker, vid, "评价", date(last_year, 12, 28), f"{last_year}年度志愿服务评价",
                         organiser="凤城街道禁毒志愿者服务队", rating=rng.choice(["优秀", "良好", "良好", "合格"]))
        n += 2 + (k % 4 == 0)
    for vid in ids[:5]:
        record.add_entry(s, worker, vid, "表彰", date(last_year, 6, 26), f"{last_year}年度优秀禁毒志愿者",
                         organiser="清远市禁毒委员会办公室")
        n += 1
    return n


def _duty_team(s: Session, ctx, coord) -> list[str]:  # noqa: ANN001
    """6号楼's members: their records are opened from the rota; the team took a first-aid course."""
    team = s.scalars(select(DutyTeam).where(DutyTeam.deleted_at.is_(None)).order_by(DutyTeam.created_at)).first()
    if team is None:
        return []
    members = s.scalars(select(DutyMember.id).where(DutyMember.team_id == team.id, DutyMember.deleted_at.is_(None),
                                                    DutyMember.person_id.is_not(None))).all()
    out = [service.ensure_for_member(s, coord, m) for m in members]
    title, organiser, minutes = TRAININGS[2]
    for vid in out:
        record.add_entry(s, coord, vid, "培训", ctx.today - timedelta(days=40), title, minutes=minutes,
                         organiser=organiser, place="西湖社区党群服务中心")
    return out


def _community_teams(s: Session, ctx, admin) -> int:  # noqa: ANN001
    opened = 0
    for name, cid in ctx.communities.items():
        org_id = service.save_org(s, admin, f"凤城街道{name}志愿服务队", community_id=cid, responsible="社区社工站",
                                  contact="0763-3377000", address=f"{name}党群服务中心")
        who = [pid for pid, _ in service.people_who_served(s, admin, cid)]
        opened += service.open_records(s, admin, org_id, who)
    return opened


def _certificates(s: Session, ctx, worker, coord, anti_drug: list[str], duty: list[str]) -> int:  # noqa: ANN001
    today = ctx.today
    start = _months_ago(today, 12)
    issued = 0
    for vid in anti_drug[:12] + duty[:3]:
        actor = coord if vid in duty else worker
        lines = record.service_lines(s, s.get(Volunteer, vid), start, today - timedelta(days=1))
        if not any(line.minutes for line in lines):
            continue
        try:
            c = certificates.issue_certificate(s, actor, vid, start, today - timedelta(days=1), issued_on=today)
        except OverlapWarning:
            continue
        issued += 1
        if issued == 2:
            certificates.void_certificate(s, actor, c.id, "服务内容写错，已重新开具")
            certificates.issue_certificate(s, actor, vid, start, today - timedelta(days=1), issued_on=today,
                                           content="禁毒宣传进社区、进校园志愿服务")
            issued += 1
    return issued


def load(s: Session, ctx) -> None:  # noqa: ANN001 — DemoContext
    rng = random.Random(ctx.rng.random())
    worker = actor_of(s, "rehab") if "rehab" in ctx.users else ctx.admin
    coord = actor_of(s, "social") if "social" in ctx.users else ctx.admin
    _org, anti_drug = _anti_drug(s, ctx, rng, worker)
    entries = _entries(s, ctx, rng, worker, anti_drug)
    duty = _duty_team(s, ctx, coord)
    opened = _community_teams(s, ctx, ctx.admin)
    issued = _certificates(s, ctx, worker, coord, anti_drug, duty)
    ctx.summary.append(f"志愿者档案：{ANTI_DRUG} {len(anti_drug)} 人（花名册标签“{VOLUNTEER_TAG}”），"
                       f"6号楼服务队 {len(duty)} 人，各社区活动志愿者 {opened} 人；培训、表彰、评价等记录 {entries} 条，"
                       f"证明登记簿 {issued} 份")
