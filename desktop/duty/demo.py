"""Demo: 西湖花园6号楼志愿服务队 — captain 陈富森 and a dozen neighbours, the posts 值班室 / 巡楼 /
交通疏导, rotas of last month and this month with their check-ins, rounds and duty log, and the
charity sale 「点燃诚信之火」 whose proceeds are the team's activity fund."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import UserError
from desktop.demo.core_demo import actor_of
from desktop.duty import (attendance, common, fund, hours, log_service, posts_service, rounds_service,
                          shifts_service, teams_service)
from desktop.duty.models import DutyMember, DutyShift
from desktop.roster.models import Building, Household, Person
from desktop.volunteers import duty_certificates

TEAM = "西湖花园6号楼志愿服务队"
CAPTAIN = "陈富森"
OUTSIDERS = [("黄师傅", "13922650371"), ("李阿姨", "13829961045"), ("小周", "13602883127"),
             ("何伯", "13763019982"), ("邓姐", "15917752260"), ("罗叔", "13680351146"),
             ("陈同学", "18718490231"), ("梁婶", "13502760413"), ("钟伯", "13926604519"),
             ("吴老师", "13711352086"), ("冯姐", "15119890374")]
LOG_TEXTS = {
    "巡楼": ["巡查1至7楼楼道，消防通道畅通，灯光正常", "5楼楼道堆放纸箱，已提醒住户清理", "天台门已上锁，水箱周边无异常",
             "发现3楼楼梯灯不亮，已报物业维修"],
    "来访": ["快递员送件至502，已登记", "601住户亲戚来访，住户下楼接人", "社区社工刘淑君上门走访独居老人",
             "物业人员检查消防栓，已登记"],
    "事件": ["2楼住户反映楼上漏水，已联系物业和楼上住户协调", "楼下电动车充电线私拉，已劝离并报社区",
             "独居老人家中无人应门，联系家属后确认外出"],
    "交通": ["早高峰门前停车场车辆拥堵，疏导约20分钟", "门前违停货车一辆，劝离", "电动车乱停门口，已整理摆放"],
    "交接": ["交接班：钥匙、值班日志、手电筒已交接，无遗留事项", "交接班：702维修未完成，请下一班留意"],
}
SALE_ITEMS = [("手工布鞋（两双）", 3000, 3500), ("盆栽绿萝", 1500, 1500), ("十字绣挂画", 8000, 6800),
              ("儿童绘本一套", 2500, 2000), ("电饭煲（九成新）", 6000, 5000), ("手织围巾", 3500, 4000),
              ("保温杯", 2000, 1800), ("毛笔字条幅", 5000, 8800), ("象棋一副", 1500, 1500),
              ("旧版词典", 1000, None), ("台灯", 2500, 2200), ("钩针杯垫（六个）", 1200, 1500)]


def _people(s: Session, ctx, community_id: str) -> tuple[str | None, list[Person], Person | None]:  # noqa: ANN001
    """Building 6's id, its adult residents, and the captain, from what the roster demo made."""
    building = s.scalars(select(Building).where(Building.community_id == community_id, Building.name == "6号楼",
                                                Building.deleted_at.is_(None))).first()
    residents: list[Person] = []
    if building is not None:
        residents = list(s.scalars(select(Person).join(Household, Household.id == Person.household_id).where(
            Household.building_id == building.id, Person.deleted_at.is_(None)).order_by(Household.room, Person.name)))
    by_name = ctx.extra.get("people_by_name") or {}
    captain = None
    if isinstance(by_name, dict) and by_name.get(CAPTAIN):
        captain = s.get(Person, by_name[CAPTAIN])
    if captain is None:
        captain = s.scalars(select(Person).where(Person.community_id == community_id, Person.name == CAPTAIN,
                                                 Person.deleted_at.is_(None))).first()
    adults = [p for p in residents if p.birth_date is None or 18 <= (ctx.today - p.birth_date).days // 365 <= 76]
    return (building.id if building else None), [p for p in adults if captain is None or p.id != captain.id], captain


def _members(s: Session, ctx, coord, team_id: str, residents: list[Person], captain: Person | None) -> list[str]:  # noqa: ANN001
    rng = ctx.rng
    duty_user = ctx.users.get("duty")
    ids = [teams_service.save_member(s, coord, team_id, teams_service.MemberInput(
        person_id=captain.id if captain else None, name=CAPTAIN, phone="" if captain else "13509876543",
        is_captain=True, user_id=duty_user, skills=("值班", "交通疏导"), max_per_week=5))]
    chosen = rng.sample(residents, min(11, len(residents)))
    plans = []
    for p in chosen:
        plans.append(teams_service.MemberInput(person_id=p.id))
    for name, phone in OUTSIDERS[: 11 - len(chosen)]:
        plans.append(teams_service.MemberInput(name=name, phone=phone))
    for n, inp in enumerate(plans):
        inp.max_per_week = rng.choice([3, 3, 4, 4])
        inp.skills = tuple(rng.sample(["急救", "电工", "调解", "摄影", "书法", "交通疏导"], 1))
        if n % 5 == 1:                      # works office hours: evenings and weekends only
            inp.avail_from, inp.avail_to = time(18), time(22)
        if n % 7 == 3:
            inp.weekdays = "12345"
        ids.append(teams_service.save_member(s, coord, team_id, inp))
    away_member = ids[3] if len(ids) > 3 else ids[-1]
    teams_service.add_away(s, coord, away_member, ctx.today + timedelta(days=3), ctx.today + timedelta(days=9),
                           "回老家探亲")
    return ids


def _posts(s: Session, coord, team_id: str) -> dict[str, str]:  # noqa: ANN001
    posts = {
        "值班室": posts_service.save_post(s, coord, team_id, "值班室", "6号楼1楼值班室", rounds="10:00,16:00"),
        "巡楼": posts_service.save_post(s, coord, team_id, "巡楼", "6号楼1–7楼及天台", rounds="20:00,21:00"),
        "交通疏导": posts_service.save_post(s, coord, team_id, "交通疏导", "6号楼门前停车场"),
    }
    for name, start, end in posts_service.STANDARD_SHIFTS:
        posts_service.save_template(s, coord, posts["值班室"], start, end, name=name)
    posts_service.save_template(s, coord, posts["巡楼"], time(19, 30), time(21, 30), name="晚巡")
    posts_service.save_template(s, coord, posts["交通疏导"], time(7, 30), time(9, 0), name="早高峰",
                                on_holidays=False)
    posts_service.save_template(s, coord, posts["交通疏导"], time(17, 30), time(19, 0), name="晚高峰",
                                on_holidays=False)
    return posts


def _keep_the_past(s: Session, ctx, desk, team_id: str, posts: dict[str, str], first: date) -> int:  # noqa: ANN001
    """Check-ins and check-outs of the shifts already over, the rounds and the duty log of past weeks."""
    rng = ctx.rng
    now = utcnow()
    past = s.scalars(select(DutyShift).where(DutyShift.team_id == team_id, DutyShift.deleted_at.is_(None),
                                             DutyShift.member_id.is_not(None), DutyShift.end_at < now,
                                             DutyShift.day >= first).order_by(DutyShift.start_at)).all()
    names = {m.id: m.name for m in s.scalars(select(DutyMember).where(DutyMember.team_id == team_id))}
    for sh in past:
        if rng.random() < 0.05:
            continue                                                  # a no-show
        late = rng.choice([0, 0, 1, 2, 3, 5, 6, 8, 0, 15, 25]) if rng.random() < 0.9 else 0
        # Each volunteer starts and ends his own shift at the desk (the desk knows him by his name).
        volunteer = replace(desk, id=None, username="", display_name=names[sh.member_id])
        attendance.start_shift(s, volunteer, sh.id, now=sh.start_at + timedelta(minutes=late - 3))
        attendance.end_shift(s, volunteer, sh.id, now=sh.end_at + timedelta(minutes=rng.randint(-5, 10)))
    day = max(first, ctx.today - timedelta(days=21))
    entries = 0
    while day <= ctx.today:
        for r in rounds_service.rounds_for_day(s, desk, team_id, day, now=now):
            if r.state in (rounds_service.MISSED, rounds_service.PENDING) and rng.random() < 0.92:
                due = common.to_utc(r.due)
                if due + timedelta(minutes=40) < now:
                    rounds_service.check_round(s, desk, r.post_id, r.due,
                                               now=due + timedelta(minutes=rng.randint(-8, 20)))
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(list(LOG_TEXTS))
            at = common.to_utc(datetime.combine(day, time(rng.randint(8, 21), rng.randint(0, 59))))
            if at < now:
                log_service.add_log(s, desk, team_id, kind, rng.choice(LOG_TEXTS[kind]),
                                     post_id=posts["交通疏导"] if kind == "交通" else posts["值班室"], at=at)
                entries += 1
        day += timedelta(days=1)
    return entries


def _fund(s: Session, ctx, coord, team_id: str, community_id: str, building_id: str | None) -> int:  # noqa: ANN001
    start = date(ctx.today.year, 1, 15)
    sale_day = max(start + timedelta(days=30), ctx.today - timedelta(days=45))
    fund.add_entry(s, coord, team_id, start, fund.INCOME, 50000, "社区资助", "西湖社区楼栋自治启动经费")
    fund.add_entry(s, coord, team_id, start + timedelta(days=10), fund.EXPENSE, 16800, "物资",
                   "反光背心12件、手电筒4支")
    sale = fund.create_sale(s, coord, team_id, "点燃诚信之火", sale_day, "6号楼门前",
                            "公益诚信义卖：6号楼志愿者从各家收集的闲置物品、手工艺品，所得款项作楼栋志愿服务队活动经费")
    households = []
    if building_id is not None:
        households = list(s.scalars(select(Household).where(Household.building_id == building_id,
                                                             Household.deleted_at.is_(None)).order_by(Household.room)))
    for n, (name, asking, price) in enumerate(SALE_ITEMS):
        h = households[(n * 3) % len(households)] if households else None
        item = fund.add_item(s, coord, sale, name, asking, household_id=h.id if h else None,
                             donor="" if h else f"6号楼{n + 1}01")
        if price is None:
            fund.return_item(s, coord, item)
        else:
            fund.sell_item(s, coord, item, price, ctx.rng.choice(["", "邻居", "西湖社区居民"]))
    fund.add_entry(s, coord, team_id, sale_day + timedelta(days=5), fund.EXPENSE, 6400, "活动",
                   "义卖答谢：茶水、横幅")
    fund.add_entry(s, coord, team_id, min(ctx.today, sale_day + timedelta(days=20)), fund.EXPENSE, 3500, "物资",
                   "值班室雨衣、雨伞")
    return fund.balance_fen(s, coord, team_id)


def load(s: Session, ctx) -> None:  # noqa: ANN001 — DemoContext
    community_id = ctx.communities.get("西湖社区")
    if community_id is None:
        raise UserError("演示数据缺少西湖社区")
    coord = actor_of(s, "social")
    desk = actor_of(s, "duty")
    building_id, residents, captain = _people(s, ctx, community_id)
    team_id = teams_service.create_team(s, coord, TEAM, community_id, building_id,
                                        "今年年初经社工挨家挨户走访组建，陈富森（陈老伯）被选为队长")
    members = _members(s, ctx, coord, team_id, residents, captain)
    posts = _posts(s, coord, team_id)
    this_month = ctx.today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    for m in (last_month, this_month):
        shifts_service.generate_month(s, coord, team_id, m.year, m.month, seed=ctx.rng.randint(0, 999))
    entries = _keep_the_past(s, ctx, desk, team_id, posts, last_month)
    hours.correct_hours(s, coord, members[0], ctx.today - timedelta(days=12), 90,
                        "义卖当天在现场帮忙摆摊，未排班，队员证实")
    duty_certificates.issue_certificate(s, coord, members[0], last_month, ctx.today - timedelta(days=1),
                            issued_on=ctx.today, content="6号楼值班室值守、巡楼、门前交通疏导、诚信义卖组织")
    balance = _fund(s, ctx, coord, team_id, community_id, building_id)
    ctx.extra["duty_team_id"] = team_id
    ctx.summary.append(f"{TEAM}：队员 {len(members)} 人（队长{CAPTAIN}），岗位 {len(posts)} 个，"
                       f"{last_month.month}月、{this_month.month}月排班，值班日志 {entries} 条，"
                       f"义卖「点燃诚信之火」，经费结余 {common.yuan(balance)} 元")
