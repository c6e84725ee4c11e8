"""Demo: a dozen cases at 凤城街道社区戒毒康复服务中心 and its 70-strong anti-drug volunteer team.

From the article: 阿杰, 26, after compulsory treatment now helps in his brother's used-car business;
潘捷 is his worker and invites him to volunteer in anti-drug publicity. The centre works in a
network of police, rehab institution, street office, social workers, social organisations and volunteers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.activities import attendance_service as att
from desktop.activities.models import Activity
from desktop.core import audit, crypto, key_store
from desktop.core.audit import AuditAction
from desktop.core.dates import add_years
from desktop.core.idcard import make_id
from desktop.core.like import like_contains
from desktop.core.roles import REHAB_ROLES
from desktop.core.sealed import using_key
from desktop.core.security import Actor, Keys, User
from desktop.demo.core_demo import actor_of
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import plans, referrals, statute
from desktop.roster.models import Person, RosterTag
from desktop.roster import service as roster
from desktop.core.clock import utcnow

VOLUNTEER_TAG = "禁毒志愿者"
TEAM_SIZE = 70
AREA = "441802"   # 清城区
SURNAMES = "陈刘潘李黄王张吴梁何罗谢冯曾邓朱林钟麦区"
GIVEN = ["志强", "俊杰", "家豪", "伟明", "嘉欣", "晓琳", "国华", "少芳", "子健", "美玲", "建新", "丽华", "文杰",
         "海燕", "永康", "秀英", "振宇", "思敏", "树森", "惠贞", "锦荣", "桂芳", "汉生", "雪梅"]
NETWORK = [("公安", "黎警官", "清远市公安局清城分局凤城派出所", "0763-3362110"),
           ("戒毒所", "何管教", "广东省清远强制隔离戒毒所", "0763-3818000"),
           ("镇街", "罗主任", "凤城街道禁毒办", "0763-3377120"),
           ("社会组织", "钟社工", "清远市阳光社会工作服务中心", "0763-3123456"),
           ("志愿者", "麦姨", "凤城街道禁毒志愿者服务队", "13822661234")]


@dataclass(frozen=True)
class DemoCase:
    name: str
    alias: str
    age: int
    kind: str
    months_ago: int            # start of the term
    worker: str                # username
    community: str
    risk: str = "中"
    missed: int = 0            # refused/evaded tests to record
    away_days: int = 0         # one unauthorised absence of this length
    reported: bool = True
    status: str = "在管"
    note: str = ""


CASES = [
    DemoCase("陈俊杰", "阿杰", 26, "社区戒毒", 5, "rehab", "西湖社区", "低",
             note="强制隔离戒毒期满后回到社区，在哥哥开的二手车行帮忙打理生意，已很久不和以前的“毒友”来往。"),
    DemoCase("黄志明", "阿明", 34, "社区康复", 35, "rehab", "后街社区", "低", note="在物流公司做司机，家庭支持较好。"),
    DemoCase("李伟强", "阿强", 29, "社区戒毒", 9, "rehab", "翠湖社区", "高", missed=2,
             note="近两次检测一次拒绝、一次未按约到站。"),
    DemoCase("梁家豪", "阿豪", 23, "社区戒毒", 2, "rehab", "大观社区", "中", away_days=4,
             note="曾未请假去深圳找工作。"),
    DemoCase("王文斌", "阿斌", 41, "社区康复", 20, "rehab", "古城社区", "中"),
    DemoCase("吴少华", "阿华", 38, "社区戒毒", 14, "rehab", "西湖社区", "中"),
    DemoCase("何国荣", "阿荣", 45, "社区康复", 28, "rehab", "后街社区", "低"),
    DemoCase("邓子聪", "阿聪", 27, "社区戒毒", 0, "rehab", "翠湖社区", "中", reported=False,
             note="决定书已送达，尚未到中心报到。"),
    DemoCase("冯永康", "阿康", 31, "社区戒毒", 11, "sw20", "古城社区", "中"),
    DemoCase("罗建新", "阿新", 36, "社区康复", 7, "sw20", "古城社区", "低"),
    DemoCase("朱振宇", "阿宇", 25, "社区戒毒", 16, "sw20", "大观社区", "中", status="转出",
             note="随家人迁居英德市。"),
    DemoCase("林汉生", "阿生", 48, "社区康复", 40, "rehab", "西湖社区", "低", status="期满解除"),
]


def _months_back(today: date, months: int) -> date:
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(y, m + 1, min(today.day, 28))


def _tag(s: Session) -> None:
    if s.scalar(select(RosterTag.id).where(RosterTag.name == VOLUNTEER_TAG)) is None:
        s.add(RosterTag(name=VOLUNTEER_TAG, watch=False, sort_order=50, active=True))
        s.flush()


def _person(s: Session, ctx, name: str, born: date, seq: int, community: str, tags: tuple[str, ...] = (),  # noqa: ANN001
            phone: str = "") -> str:
    number = make_id(AREA, born, seq)
    while roster.find_by_id_number(s, number) is not None:   # keep clear of other demo people
        seq = (seq + 2) % 1000
        number = make_id(AREA, born, seq)
    return roster.save_person(s, ctx.admin, roster.PersonInput(
        name=name, id_number=number, phone=phone, tags=tags,
        community_id=ctx.communities[community], residence_type="户籍"))


def _people(s: Session, ctx, rng: random.Random) -> tuple[list[str], dict[str, str]]:  # noqa: ANN001
    """The volunteer team and the clients, registered together in one shuffled run before any case is
    opened: a client is a resident like any other, and nothing in the order of registration, the ID
    numbers or the fields sets the clients apart from the people around them."""
    names = list(ctx.communities)
    entries = [("team", k) for k in range(TEAM_SIZE)] + [("case", k) for k in range(len(CASES))]
    rng.shuffle(entries)
    team, clients = [], {}
    for n, (what, k) in enumerate(entries):
        phone = f"139{rng.randint(10000000, 99999999)}"
        if what == "team":
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            born = date(ctx.today.year - rng.randint(19, 68), rng.randint(1, 12), rng.randint(1, 28))
            team.append(_person(s, ctx, name, born, 300 + 2 * n + rng.randint(0, 1), names[k % len(names)],
                                (VOLUNTEER_TAG,), phone))
        else:
            c = CASES[k]
            born = add_years(ctx.today, -c.age) - timedelta(days=rng.randint(20, 300))
            tags = (VOLUNTEER_TAG,) if c.alias == "阿杰" else ()
            clients[c.alias] = _person(s, ctx, c.name, born, 301 + 2 * n, c.community, tags, phone)   # men: odd
    return team, clients


def _help_at_events(s: Session, ctx, rng: random.Random, volunteers: list[str], ajie: str) -> int:  # noqa: ANN001
    """The team's part in the past year's publicity events (activities module)."""
    event_ids = (ctx.extra.get("activities") or {}).get("禁毒宣传", [])  # type: ignore[union-attr]
    if not event_ids:
        return 0

    past = s.scalars(select(Activity.id).where(Activity.id.in_(event_ids), Activity.starts_at < utcnow())
                     .order_by(Activity.starts_at)).all()
    n = 0
    for aid in past:
        for pid in rng.sample(volunteers, 3):
            att.add_helper(s, ctx.admin, aid, pid, 120, VOLUNTEER_TAG)
            n += 1
    for aid in past[-3:]:   # 阿杰 joined the last few events after 潘捷 invited him
        att.add_helper(s, ctx.admin, aid, ajie, 120, VOLUNTEER_TAG)
        n += 1
    return n


def _history(s: Session, worker: Actor, case_id: str, start: date, today: date, c: DemoCase,
             rng: random.Random) -> None:
    """Follow-ups by the plan from the start to (nearly) today, tests negative, plus the case's events."""
    rules = list(plans.DEFAULT_RULES)
    on, last_test, n = start + timedelta(days=1), None, 0
    end = today - timedelta(days=rng.choice([0, 1, 2, 3, 12]))   # a few cases are left overdue
    methods = ["到站", "家访", "电话", "约谈"]
    while on <= end:
        test_due = plans.next_test(rules, start, last_test) if last_test else on
        test = on >= test_due - timedelta(days=7)      # tested at the contact nearest its due date
        content = {
            0: "初次面谈：介绍社区戒毒工作和社工的联系方式，签订社区戒毒协议，了解家庭和就业情况。",
        }.get(n, rng.choice([
            "了解近况，情绪稳定，作息规律。", "与家人沟通良好，家属表示会继续支持。", "谈及工作上的压力，做情绪疏导。",
            "提醒按时到站检测，讲解《戒毒条例》相关规定。", "邀请参加禁毒宣传志愿活动。"]))
        if c.alias == "阿杰" and n == 0:
            content = ("你好，我是街道戒毒康复中心的社工。今后生活上、工作上有什么困难，随时可以找我。"
                       "阿杰在哥哥开的二手车行帮忙打理生意，表示已很久没和以前的“毒友”来往，坚决不会再碰毒品；"
                       "邀请他做禁毒志愿者，他说有时间一定参加。")
        fu.add_followup(s, worker, case_id, fu.FollowUpInput(
            on=on, method="到站" if test else rng.choice(methods), content=content,
            test_kind="尿检" if test else "", test_result="阴性" if test else ""))
        if test:
            last_test = on
        n += 1
        on = plans.next_contact(rules, start, on) + timedelta(days=rng.randint(-1, 1))
    for k in range(c.missed):
        fu.add_followup(s, worker, case_id, fu.FollowUpInput(
            on=today - timedelta(days=20 - 9 * k), method="电话", content="通知到站检测未到。",
            test_kind="", test_result=("拒绝", "逃避")[k % 2]))
    if c.away_days:
        back = today - timedelta(days=12)
        fu.add_absence(s, worker, case_id, fu.AbsenceInput(
            from_date=back - timedelta(days=c.away_days - 1), to_date=back, destination="深圳",
            reason="未请假外出找工作，返回后补报"))


def _rehab_key(s: Session, ctx) -> bytes:  # noqa: ANN001
    """The demo's rehab key, sealed to each demo account of a rehab role (set-up grants it, as the first
    supervisor's sign-in would)."""
    key = crypto.new_key()
    for user in s.scalars(select(User).where(User.role.in_([r.value for r in REHAB_ROLES]))):
        key_store.seal_for(s, user.id, key, granted_by=None)
        audit.record(s, ctx.admin, AuditAction.KEY_GRANT, "users", user.id,
                     detail=f"演示数据：建立禁毒数据密钥并授予 {user.username}")
    return key


def load(s: Session, ctx) -> None:  # noqa: ANN001 — DemoContext
    key = _rehab_key(s, ctx)
    with using_key(key):
        _load(s, ctx, key)


def _load(s: Session, ctx, key: bytes) -> None:  # noqa: ANN001
    rng = random.Random(ctx.rng.random())
    today = ctx.today
    _tag(s)
    volunteers, person_of = _people(s, ctx, rng)
    workers = {u: replace(actor_of(s, u), keys=Keys(private=b"", rehab=key)) for u in ("rehab", "sw20")
               if u in ctx.users}
    ids: dict[str, str] = {}
    for k, c in enumerate(CASES):
        worker = workers.get(c.worker) or workers["rehab"]
        pid = person_of[c.alias]
        if c.status == "期满解除":
            start = today - timedelta(days=3 * 365 + 40)
        elif c.months_ago >= 35:
            start = statute.add_years(today, -3) + timedelta(days=40)    # near the end of its term
        else:
            start = _months_back(today, c.months_ago) if c.months_ago else today - timedelta(days=9)
        s.info["actor"] = worker
        cid = cases.create_case(s, worker, cases.CaseInput(
            kind=c.kind, decision_date=start - timedelta(days=rng.randint(3, 10)), start_date=start, person_id=pid,
            decision_no=f"清公(凤)决字〔{start.year}〕{40 + k}号", decision_authority="清远市公安局清城分局",
            agreement_signed_on=start if c.reported else None, reported_on=start if c.reported else None,
            police_liaison="黎警官（凤城派出所）", risk_level=c.risk, alias=c.alias, notes=c.note))
        ids[c.alias] = cid
        for role, name, org, phone in NETWORK:
            cases.add_contact(s, worker, cid, role=role, name=name, organisation=org, phone=phone)
        cases.add_contact(s, worker, cid, role="社工", name=worker.display_name,
                          organisation="凤城街道社区戒毒康复服务中心")
        for stage, days, text in (("接案", 0, "接收决定书，建立档案，完成首次面谈。"),
                                  ("预估", 14, "评估用药史、家庭支持、就业和社会关系，风险等级" + c.risk + "。"),
                                  ("计划", 21, "制定帮扶计划：定期随访和检测，就业支持，家庭关系修复，参加志愿活动。"),
                                  ("介入", 35, "按计划随访，链接就业和家庭支持资源。")):
            if start + timedelta(days=days) <= today:
                cases.add_stage(s, worker, cid, stage=stage, on=start + timedelta(days=days), content=text)
        if c.reported:
            last_day = min(today, statute.term_end(start)) if c.status == "期满解除" else today
            _history(s, worker, cid, start, last_day, c, rng)
        if c.status == "期满解除":
            cases.add_stage(s, worker, cid, stage="结案", on=statute.term_end(start),
                            content="三年期满，经评估解除社区康复。")
            cases.change_status(s, worker, cid, "期满解除", on=statute.term_end(start), reason="期满")
        elif c.status == "转出":
            cases.change_status(s, worker, cid, "转出", on=today - timedelta(days=30), reason="随家人迁居",
                                transfer_to="英德市英城街道社区戒毒（康复）服务中心")
    w = workers["rehab"]
    s.info["actor"] = w
    referrals.add_referral(s, w, ids["阿杰"], kind="就业", to_org="哥哥开办的二手车行",
                           on=_months_back(today, 5) + timedelta(days=10), outcome="已在车行帮忙打理生意")
    referrals.add_referral(s, w, ids["阿杰"], kind="技能培训", to_org="清城区人社局汽车维修培训班",
                           on=_months_back(today, 3), outcome="已报名")
    referrals.add_referral(s, w, ids["阿明"], kind="家庭", to_org="凤城街道家庭综合服务中心",
                           on=_months_back(today, 20), outcome="家庭关系改善")
    referrals.add_referral(s, w, ids["阿强"], kind="医疗", to_org="清远市第三人民医院", on=_months_back(today, 4))
    if "sw20" in workers:
        sw = workers["sw20"]
        s.info["actor"] = sw
        cases.share_case(s, sw, ids["阿康"], w.id)
    s.info["actor"] = ctx.admin
    helped = _help_at_events(s, ctx, rng, volunteers, person_of["阿杰"])
    ctx.extra["rehab_cases"] = ids
    ctx.summary.append(f"戒毒康复个案 {len(CASES)} 个（社工潘捷：rehab；阿杰等），禁毒志愿者 {TEAM_SIZE} 人"
                       f"（花名册标签“{VOLUNTEER_TAG}”），志愿服务 {helped} 人次")


def volunteer_ids(s: Session) -> list[str]:
    """The anti-drug volunteer team (people tagged in the roster)."""
    return list(s.scalars(select(Person.id).where(like_contains(Person.tags, VOLUNTEER_TAG),
                                                  Person.deleted_at.is_(None))))
