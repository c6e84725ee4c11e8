"""Demo of 清城区居家养老服务中心: about 800 members from the five pilot communities (潘美兰 among them,
an organiser member since 2013), the 20 function rooms with bookings, three months of check-ins with
lunches, services and home visits; 罗素妹 (sw21) is among the centre's staff."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core.clock import SHANGHAI, utcnow
from desktop.core.orm import new_id
from desktop.core.security import User
from desktop.elder.birthdays import solar_birthday_in_year
from desktop.elder.bulk import bulk_add_checkins, bulk_add_members
from desktop.elder.models import ElderContact, ElderHealth, ElderService, ElderVisit
from desktop.elder.services_service import format_measures
from desktop.roster import names
from desktop.roster.bulk import bulk_add_households, bulk_add_people
from desktop.roster.models import Building, Person
from desktop.activities.room_service import RoomClash, RoomInput, book_room, create_room

CENTRE = "清城区居家养老服务中心"
MEMBERS = 800
ESTATES = {"西湖社区": "西湖花园", "后街社区": "后街小区", "翠湖社区": "翠湖苑", "大观社区": "大观花园",
           "古城社区": "古城新村"}
ROOMS = [("舞蹈室", 30), ("图书室", 20), ("健康驿站", 8), ("书画室", 16), ("棋牌室", 24), ("多功能厅", 80),
         ("手工室", 16), ("音乐室", 20), ("康复训练室", 10), ("日间休息室", 20), ("餐厅", 60), ("电脑室", 12),
         ("心理咨询室", 4), ("阅览室", 20), ("健身室", 15), ("茶艺室", 12), ("乒乓球室", 8), ("合唱室", 40),
         ("会议室", 20), ("理发室", 3)]
CATEGORIES = [("普通", 0.60), ("空巢", 0.18), ("独居", 0.10), ("特困", 0.04), ("失能", 0.03), ("半失能", 0.05)]
CATEGORY_TAGS = {"空巢": "空巢老人", "独居": "独居老人", "特困": "特困"}
STAFF = ["罗素妹", "刘淑君", "护士 何丽华", "护士 梁惠玲", "护理员 陈秀琼"]
ALLERGIES = ["青霉素过敏", "海鲜过敏", "花粉过敏", "磺胺类过敏"]
CHRONIC = ["高血压", "糖尿病", "冠心病", "慢阻肺", "骨质疏松", "关节炎", "高血脂"]


def _category(rng: random.Random) -> str:
    x = rng.random()
    for cat, share in CATEGORIES:
        if x < share:
            return cat
        x -= share
    return "普通"


def _stamp(row: dict, actor_name: str, now: datetime) -> dict:
    row.update(id=new_id(), created_at=now, updated_at=now, updated_by=actor_name, deleted_at=None, version=1)
    return row


def _households(s: Session, ctx, rng: random.Random) -> dict[str, list[str]]:  # noqa: ANN001
    """Six buildings per community estate, four floors of two flats: community name → household ids."""
    out: dict[str, list[str]] = {}
    for cname, estate in ESTATES.items():
        cid = ctx.communities.get(cname)
        if cid is None:
            continue
        ids: list[str] = []
        for n in range(1, 7):
            b = s.scalar(select(Building).where(Building.community_id == cid, Building.estate == estate,
                                                Building.name == f"{n}号楼"))
            if b is None:
                b = Building(community_id=cid, estate=estate, name=f"{n}号楼", address=f"{estate}{n}号楼")
                s.add(b)
                s.flush()
            rooms = [("", f"{f}0{r}") for f in range(1, 7) for r in (1, 2)]
            ids += list(bulk_add_households(s, ctx.admin, b, rooms).values())
        out[cid] = ids
    return out


def load(s: Session, ctx) -> None:  # noqa: ANN001 — DemoContext
    rng = random.Random(ctx.rng.random())
    today: date = ctx.today
    admin = ctx.admin
    now = utcnow()
    homes = _households(s, ctx, rng)
    if not homes:
        return
    xihu = ctx.communities.get("西湖社区") or next(iter(homes))

    # --- people and members ----------------------------------------------------------------------
    # Elders already on the roster join first; the rest of the ~800 are added to the roster here.
    cutoff = today - timedelta(days=int(60 * 365.25))
    tag_category = {"特困": "特困", "空巢老人": "空巢", "独居老人": "独居"}
    existing = s.execute(select(Person.id, Person.name, Person.tags)
                         .where(Person.deleted_at.is_(None), Person.birth_date <= cutoff,
                                Person.community_id.in_(list(homes)), Person.name != "潘美兰")
                         .order_by(Person.name, Person.id)).all()
    existing = rng.sample(existing, min(len(existing), MEMBERS // 2))
    plan: list[dict] = []
    for pid, _name, tags in existing:
        cat = next((c for tag, c in tag_category.items() if tag in (tags or "").split(",")), None)
        plan.append(dict(person_id=pid, category=cat or _category(rng), young=False,
                         join_date=today - timedelta(days=rng.randint(100, 365 * 10))))
    people: list[dict] = []
    new_plan: list[dict] = []
    community_ids = list(homes)
    reserved = {"潘美兰", "罗素妹"}
    for i in range(MEMBERS - len(plan)):
        cid = xihu if i < 200 else community_ids[i % len(community_ids)]
        sex = "F" if rng.random() < 0.62 else "M"
        cat = _category(rng)
        young = rng.random() < 0.02
        born = names.birth_date(rng, today, 50, 58) if young else names.birth_date(rng, today, 60, 96)
        name = names.person_name(rng, sex)
        while name in reserved:
            name = names.person_name(rng, sex)
        if i == 0:
            name, sex, cat, young = "潘美兰", "F", "普通", True
            born = date(today.year - 58 - (1 if (today.month, today.day) < (3, 12) else 0), 3, 12)
        people.append(dict(community_id=cid, household_id=rng.choice(homes[cid]), name=name, sex=sex,
                           birth_date=born, phone=names.mobile(rng),
                           residence_type=rng.choice(("户籍", "户籍", "常住")),
                           tags=[CATEGORY_TAGS[cat]] if cat in CATEGORY_TAGS else []))
        joined = date(2013, 4, 8) if i == 0 else today - timedelta(days=rng.randint(100, 365 * 10))
        new_plan.append(dict(category=cat, join_date=joined, young=young, pan=i == 0))
    for pid, p in zip(bulk_add_people(s, admin, people), new_plan):
        p["person_id"] = pid
        plan.append(p)
    pids = [p["person_id"] for p in plan]
    order = sorted(range(len(plan)), key=lambda k: (plan[k]["join_date"], k))
    rows = []
    for n, k in enumerate(order, 1):
        p = plan[k]
        status, since, until = "在册", p["join_date"], None
        x = rng.random()
        if x < 0.02:
            status, since = "暂停", today - timedelta(days=rng.randint(5, 60))
        elif x < 0.04:
            status, since = "退会", today - timedelta(days=rng.randint(30, 300))
        elif x < 0.05:
            status, since = "去世", today - timedelta(days=rng.randint(30, 300))
        if rng.random() < 0.15:
            until = today + timedelta(days=rng.randint(-40, 330))
        recheck = solar_birthday_in_year(p["join_date"], today.year)   # the yearly re-check on the join anniversary
        if recheck < today - timedelta(days=20):
            recheck = solar_birthday_in_year(p["join_date"], today.year + 1)
        rows.append(dict(person_id=pids[k], member_no=f"QC{n:06d}", join_date=p["join_date"], status=status,
                         status_since=since, valid_until=until, recheck_date=recheck, category=p["category"],
                         lunar_birthday=rng.random() < 0.3, photo_consent=rng.random() < 0.7,
                         eligibility_exception=("组织者、志愿者会员（带领舞蹈队和义工队）" if p.get("pan") else
                                                "志愿者会员" if p["young"] else "")))
    mids = bulk_add_members(s, admin, rows)
    member_of_person = dict(zip((r["person_id"] for r in rows), mids))
    members = [(mid, r) for mid, r in zip(mids, rows)]

    contacts, health = [], []
    for mid, _r in members:
        if rng.random() < 0.8:
            contacts.append(_stamp(dict(member_id=mid, name=names.person_name(rng, rng.choice("MF")),
                                        relation=rng.choice(("儿子", "女儿", "配偶", "侄子", "邻居")),
                                        phone=names.mobile(rng)), admin.username, now))
        if rng.random() < 0.45:
            health.append(_stamp(dict(member_id=mid, allergies=rng.choice(ALLERGIES) if rng.random() < 0.3 else "",
                                      chronic="、".join(rng.sample(CHRONIC, rng.randint(1, 2))), notes=""),
                                 admin.username, now))
    if contacts:
        s.execute(insert(ElderContact.__table__), contacts)
    if health:
        s.execute(insert(ElderHealth.__table__), health)

    # --- rooms and bookings ----------------------------------------------------------------------
    room_ids = {}
    for name, cap in ROOMS:
        room_ids[name] = create_room(s, admin, RoomInput(name=name, kind="功能室", capacity=cap, community_id=xihu,
                                                         owner_module="elder", place=CENTRE))
    bookings = 0
    regular = [("舞蹈室", time(8, 30), 90, "广场舞队排练"), ("书画室", time(9, 30), 120, "书法兴趣班"),
               ("合唱室", time(14, 30), 90, "夕阳红合唱团"), ("健康驿站", time(9, 0), 60, "血压血糖测量"),
               ("棋牌室", time(14, 0), 150, "象棋友谊赛")]
    for offset in range(-14, 15):
        d = today + timedelta(days=offset)
        if d.weekday() >= 5:
            continue
        for room, start, minutes, purpose in regular:
            if rng.random() < 0.7:
                st = datetime.combine(d, start, SHANGHAI)
                try:
                    book_room(s, admin, room_ids[room], st, st + timedelta(minutes=minutes), purpose=purpose,
                              module="elder")
                    bookings += 1
                except RoomClash:
                    pass

    # --- three months of check-ins, services, visits ---------------------------------------------
    active = [(mid, r) for mid, r in members if r["status"] == "在册"]
    regulars = {mid: rng.uniform(0.35, 0.9) for mid, _ in active}
    home_day = {mid: rng.randrange(5) for mid, _ in active}
    checkins = []
    services = []
    start = today - timedelta(days=91)
    d = start
    while d < today:
        if d.weekday() < 5:
            for mid, r in active:
                if r["join_date"] <= d and rng.random() < regulars[mid] * 0.85:
                    at = datetime.combine(d, time(7, 30), SHANGHAI) + timedelta(minutes=rng.randint(0, 150))
                    lunch = rng.random() < 0.55
                    checkins.append((mid, d, at, lunch))
                    if rng.random() < 0.12:
                        services.append(_service(rng, mid, d, "健康检查", admin.username, now))
                    elif rng.random() < 0.1:
                        services.append(_service(rng, mid, d, rng.choice(("康乐活动", "课程")), admin.username, now))
                    if lunch and rng.random() < 0.25:
                        services.append(_service(rng, mid, d, "日间照料", admin.username, now))
            for mid, r in active:
                if r["category"] in ("失能", "半失能") and d.weekday() == home_day[mid] and rng.random() < 0.8:
                    services.append(_service(rng, mid, d, "上门服务", admin.username, now))
        d += timedelta(days=1)
    bulk_add_checkins(s, admin, checkins)
    for i in range(0, len(services), 2000):
        s.execute(insert(ElderService.__table__), services[i:i + 2000])

    visits = []
    for mid, r in active:
        interval = {"特困": 14, "空巢": 30}.get(r["category"])
        if interval is None:
            continue
        d = start + timedelta(days=rng.randint(0, interval))
        lag = rng.random() < 0.2          # some are behind schedule: they show as overdue
        while d < today - timedelta(days=interval if lag else 0):
            visits.append(_stamp(dict(member_id=mid, day=d, staff=rng.choice(STAFF[:2]), staff_user_id=None,
                                      minutes=rng.choice((30, 40, 45, 60)),
                                      findings=rng.choice(("身体尚可，情绪稳定", "腿脚不便，已协助购药",
                                                           "家中整洁，按时服药", "反映楼道灯坏，已报物业")),
                                      follow_up=rng.choice(("", "", "下次带血压计", "联系家属"))),
                                 admin.username, now))
            d += timedelta(days=interval + rng.randint(-3, 3))
    if visits:
        s.execute(insert(ElderVisit.__table__), visits)

    ctx.extra["elder_members"] = member_of_person
    ctx.extra["elder_rooms"] = room_ids
    staff = s.scalar(select(User.display_name).where(User.username == "sw21"))
    ctx.summary.append(
        f"养老中心：会员 {len(rows)} 位（潘美兰 QC000001，2013 年入会）；功能室 {len(room_ids)} 间、预约 {bookings} 次；"
        f"近三个月签到 {len(checkins)} 人次、服务 {len(services)} 人次、探访 {len(visits)} 次；"
        f"中心社工 {staff or '罗素妹'}（sw21）")


def _service(rng: random.Random, mid: str, d: date, kind: str, who: str, now: datetime) -> dict:
    measures = ""
    minutes = {"健康检查": 10, "日间照料": 240, "上门服务": 60, "康乐活动": 90, "课程": 90}[kind]
    if kind == "健康检查":
        measures = format_measures({"收缩压": rng.randint(110, 165), "舒张压": rng.randint(65, 100),
                                    "心率": rng.randint(58, 96)})
    return _stamp(dict(member_id=mid, day=d, kind=kind, minutes=minutes, staff=rng.choice(STAFF), staff_user_id=None,
                       fee_fen=1500 if kind == "上门服务" else 0, measures=measures, notes=""), who, now)
