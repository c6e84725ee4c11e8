"""A year of activities in 凤城街道 (ending a few weeks after today): the elder centre's monthly
集体生日会 and weekly 太极班, the 「夕阳别样红，你我共相融」 series, 129 anti-drug publicity events,
the 6号楼 charity sale 「点燃诚信之火」, and each community's 居民议事会. People come from the roster."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.activities import service as svc
from desktop.activities.common import local_dt
from desktop.activities.models import Activity, Enrollment
from desktop.activities.recurrence import Rule
from desktop.core.clock import utcnow
from desktop.roster.models import Building, Household, Person

CENTRE = "清城区居家养老服务中心"
WEEKS_AHEAD = 3
PUBLICITY_EVENTS = 129
PUBLICITY_PLACES = ["社区广场", "凤城中学", "附城小学", "横荷村委会", "社区文化室", "清城区职业技术学校", "农贸市场门口",
                    "社区戒毒康复服务中心", "公园入口", "新城幼儿园家长会"]
SURNAMES = "陈刘潘李黄王张吴梁何罗谢冯曾邓朱林钟麦区"


class _People:
    """The roster's people by community (ids), elders first when birth dates are known."""

    def __init__(self, s: Session, communities: dict[str, str], today: date) -> None:
        self.by_community: dict[str, list[str]] = {cid: [] for cid in communities.values()}
        self.elders: dict[str, list[str]] = {cid: [] for cid in communities.values()}
        self.building6: list[str] = []
        cutoff = date(today.year - 60, today.month, 1)
        rows = s.execute(select(Person.id, Person.community_id, Person.birth_date, Building.name, Building.estate)
                         .outerjoin(Household, Household.id == Person.household_id)
                         .outerjoin(Building, Building.id == Household.building_id)
                         .where(Person.deleted_at.is_(None)).order_by(Person.id)).all()
        for pid, cid, born, building, estate in rows:
            self.by_community.setdefault(cid, []).append(pid)
            if born is not None and born <= cutoff:
                self.elders.setdefault(cid, []).append(pid)
            if building == "6号楼" and (estate or "").startswith("西湖"):
                self.building6.append(pid)
        self.all = [pid for ids in self.by_community.values() for pid in ids]

    @staticmethod
    def pick(rng: random.Random, pool: list[str], n: int) -> list[str]:
        return rng.sample(pool, min(n, len(pool))) if pool else []

    def elders_or_people(self, cid: str) -> list[str]:
        return self.elders.get(cid) or self.by_community.get(cid) or self.all


def _walk_ins(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.choice(SURNAMES)}{rng.choice(['伯', '姨', '婆', '叔', '大爷', '阿婆'])}{k + 1}" for k in range(n)]


def _attend(s: Session, ctx, aid: str, people: list[str], rng: random.Random, *, share: float = 0.85,  # noqa: ANN001
            walk_ins: int = 0, source: str = "sheet") -> int:
    present = [pid for pid in people if rng.random() < share]
    r = svc.mark_attendance(s, ctx.admin, aid, present, _walk_ins(rng, walk_ins), source=source)
    return r.added + r.walk_ins


def _helpers(s: Session, ctx, aid: str, pool: list[str], rng: random.Random, n: int, minutes: int,  # noqa: ANN001
             role: str = "志愿者") -> None:
    for pid in _People.pick(rng, pool, n):
        svc.add_helper(s, ctx.admin, aid, pid, minutes, role)


def _lighten(s: Session) -> None:
    """Keep the unit of work small: written rows are not needed in memory any more."""
    if len(s.identity_map) > 1500:
        s.flush()
        s.expunge_all()


def _starts(s: Session, aid: str) -> datetime:
    _lighten(s)
    return s.scalar(select(Activity.starts_at).where(Activity.id == aid))  # type: ignore[return-value]


def _enrolled(s: Session, aid: str) -> list[str]:
    return list(s.scalars(select(Enrollment.person_id).where(Enrollment.activity_id == aid,
                                                             Enrollment.status == "enrolled")
                          .order_by(Enrollment.position)))


def load(s: Session, ctx) -> None:  # noqa: ANN001 — DemoContext
    rng = random.Random(ctx.rng.random())
    today: date = ctx.today
    start, end = today - timedelta(days=365), today + timedelta(weeks=WEEKS_AHEAD)
    now = utcnow()
    comms: dict[str, str] = ctx.communities
    xihu = comms.get("西湖社区") or next(iter(comms.values()))
    people = _People(s, comms, today)
    made: dict[str, list[str]] = {}
    person_times = 0

    # 集体生日会: the last Friday of every month at the elder centre, with enrolment and attendance
    ids = svc.create_series(s, ctx.admin, svc.SeriesInput(
        title="集体生日会", community_id=xihu, rule=Rule("monthly", start, end, weekdays=(5,), nth_week=-1),
        start_time=time(15), end_time=time(16, 30), kind="生日会", module="elder", organiser="潘美兰",
        place=f"{CENTRE} 多功能厅", capacity=40, target="当月生日的会员及家属"))
    made["集体生日会"] = ids
    for aid in ids:
        group = people.pick(rng, people.elders_or_people(xihu), rng.randint(30, 46))
        svc.enroll_many(s, ctx.admin, aid, group)
        if _starts(s, aid) < now:
            person_times += _attend(s, ctx, aid, _enrolled(s, aid), rng, share=0.88, walk_ins=rng.randint(0, 4))
            _helpers(s, ctx, aid, people.by_community.get(xihu, []), rng, 3, 150)

    # 每周二 9:00 太极班 (holidays skipped); regulars attend, the next ones take enrolments
    ids = svc.create_series(s, ctx.admin, svc.SeriesInput(
        title="太极班", community_id=xihu, rule=Rule("weekly", start, end, weekdays=(2,), skip_holidays=True),
        start_time=time(9), end_time=time(10, 30), kind="课程", module="elder", organiser="刘淑君",
        place=f"{CENTRE} 舞蹈室", capacity=25, target="会员"))
    made["太极班"] = ids
    regulars = people.pick(rng, people.elders_or_people(xihu), 24)
    for aid in ids:
        if _starts(s, aid) < now:
            person_times += _attend(s, ctx, aid, regulars, rng, share=0.8, walk_ins=rng.randint(0, 2))
        else:
            svc.enroll_many(s, ctx.admin, aid, regulars + people.pick(rng, people.all, 4))

    # 「夕阳别样红，你我共相融」: second Wednesday of the month
    ids = svc.create_series(s, ctx.admin, svc.SeriesInput(
        title="夕阳别样红，你我共相融", community_id=xihu,
        rule=Rule("monthly", start, end, weekdays=(3,), nth_week=2), start_time=time(9, 30),
        end_time=time(11, 30), kind="系列活动", module="elder", organiser="潘美兰", place=CENTRE, capacity=50,
        target="会员：才艺展示、上街做义工、慰问三无和空巢老人"))
    made["夕阳别样红"] = ids
    for aid in ids:
        if _starts(s, aid) < now:
            group = people.pick(rng, people.elders_or_people(xihu), rng.randint(20, 45))
            person_times += _attend(s, ctx, aid, group, rng, share=1.0, walk_ins=rng.randint(0, 3))
            _helpers(s, ctx, aid, people.by_community.get(xihu, []), rng, 2, 180)

    # 129 anti-drug publicity events in the past year across the five communities (people only)
    names = list(comms)
    past_days = sorted(rng.sample(range(1, 365), PUBLICITY_EVENTS))
    made["禁毒宣传"] = []
    for k, back in enumerate(past_days):
        cname = names[k % len(names)]
        cid = comms[cname]
        day = today - timedelta(days=back)
        hour = rng.choice([9, 10, 14, 15, 19])
        place = rng.choice(PUBLICITY_PLACES)
        aid = svc.create_activity(s, ctx.admin, svc.ActivityInput(
            title=f"禁毒宣传：{place}", community_id=cid, starts_at=local_dt(day, time(hour)),
            ends_at=local_dt(day, time(hour + 2)), kind="禁毒宣传", module="rehab", organiser="潘捷",
            place=f"{cname}{place}", target="居民、学生"))
        made["禁毒宣传"].append(aid)
        _lighten(s)
        person_times += _attend(s, ctx, aid, people.pick(rng, people.by_community.get(cid, []), rng.randint(3, 12)),
                                rng, share=1.0, walk_ins=rng.randint(2, 8))
        _helpers(s, ctx, aid, people.by_community.get(cid, []), rng, rng.randint(2, 3), 120, "禁毒志愿者")

    # 「点燃诚信之火」公益诚信义卖 of 西湖花园6号楼: near a hundred residents
    sale_day = today - timedelta(days=150)
    sale_day -= timedelta(days=(sale_day.weekday() - 5) % 7)  # a Saturday
    sale = svc.create_activity(s, ctx.admin, svc.ActivityInput(
        title="「点燃诚信之火」公益诚信义卖", community_id=xihu, starts_at=local_dt(sale_day, time(9)),
        ends_at=local_dt(sale_day, time(12)), kind="义卖", module="duty", organiser="陈富森",
        place="西湖花园6号楼楼下空地", target="6号楼及周边居民",
        notes="义卖物品为志愿者从各家收集的闲置物品、手工艺品，所得款项作为楼栋志愿服务队活动经费。"))
    made["义卖"] = [sale]
    crowd = people.building6 + [p for p in people.pick(rng, people.by_community.get(xihu, []), 120)
                                if p not in people.building6]
    crowd = crowd[:rng.randint(92, 99)]
    person_times += _attend(s, ctx, sale, crowd, rng, share=1.0,
                            walk_ins=max(0, rng.randint(94, 99) - len(crowd)))
    _helpers(s, ctx, sale, people.building6 or people.by_community.get(xihu, []), rng, 8, 240, "义卖志愿者")

    # 居民议事会: every community, the first Thursday of the month
    made["居民议事会"] = []
    for cname, cid in comms.items():
        ids = svc.create_series(s, ctx.admin, svc.SeriesInput(
            title="居民议事会", community_id=cid, rule=Rule("monthly", start, end, weekdays=(4,), nth_week=1),
            start_time=time(19, 30), end_time=time(21), kind="议事会", module="roster", organiser="社区社工",
            place=f"{cname}党群服务中心", capacity=30, target="楼长、居民代表"))
        made["居民议事会"] += ids
        for aid in ids:
            group = people.pick(rng, people.by_community.get(cid, []), rng.randint(12, 30))
            if _starts(s, aid) < now:
                person_times += _attend(s, ctx, aid, group, rng, share=0.9)
            else:
                svc.enroll_many(s, ctx.admin, aid, group)

    ctx.extra["activities"] = made
    total = sum(len(v) for v in made.values())
    who = "" if people.all else "（花名册为空：签到均为现场登记）"
    ctx.summary.append(f"活动 {total} 场（禁毒宣传 {PUBLICITY_EVENTS} 场、集体生日会 {len(made['集体生日会'])} 场、"
                       f"太极班 {len(made['太极班'])} 次、公益诚信义卖 1 场），签到 {person_times} 人次{who}")
