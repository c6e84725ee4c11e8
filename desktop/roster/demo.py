"""Demo roster: about 2,000 residents of the five pilot communities of 凤城街道.

西湖花园 6号楼 (7 floors × 4 rooms) holds the article's households: 陈富森, the retired volunteer
captain (about 70); a 6th-floor family away travelling; a 5th-floor auntie whose husband is in
hospital; 刘姨 and her dog; 张阿婆 and her grandson. 潘美兰 (elder centre) and 阿杰 (rehab) are
added by those modules' demos.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.roster import attention, names
from desktop.roster.attention import NoteInput
from desktop.roster.bulk import bulk_add_households, bulk_add_people
from desktop.roster.models import Building

# community -> (estate, buildings, floors)
ESTATES = {
    "西湖社区": [("西湖花园", 8, 7), ("西湖新村", 4, 6)],
    "后街社区": [("后街新村", 6, 6), ("下廓街小区", 3, 5)],
    "翠湖社区": [("翠湖苑", 6, 8)],
    "大观社区": [("大观花园", 6, 7)],
    "古城社区": [("古城北苑", 5, 6), ("凤城旧街", 3, 4)],
}
TARGET = 2000


def _born(today: date, age: int, month: int, day: int) -> date:
    """Birthday (month, day) such that the person is `age` today."""
    year = today.year - age - (1 if (month, day) > (today.month, today.day) else 0)
    while (month, day) == (2, 29) and not calendar.isleap(year):
        year -= 1          # born on 29 February: a leap year, a year or so older
    return date(year, month, day)


class _Maker:
    def __init__(self, ctx) -> None:  # noqa: ANN001
        self.ctx = ctx
        self.rng: random.Random = ctx.rng
        self.today: date = ctx.today
        self.used_ids: set[str] = set()
        self.rows: list[dict] = []
        self.named: dict[str, int] = {}          # name -> index in rows

    def person(self, community_id: str, household_id: str | None, name: str, sex: str, born: date, *,
               relation: str = "", tags: tuple[str, ...] = (), with_id: bool | None = None, phone: str | None = None,
               notes: str = "", ethnicity: str = "汉族", residence: str = "户籍", key: bool = False) -> int:
        rng = self.rng
        age = (self.today - born).days // 365
        if with_id is None:
            with_id = rng.random() < (0.9 if age >= 16 else 0.6)
        if phone is None:
            phone = names.mobile(rng) if 16 <= age <= 85 and rng.random() < 0.85 else ""
        self.rows.append(dict(
            community_id=community_id, household_id=household_id, name=name, sex=sex, birth_date=born,
            id_number=names.id_number(rng, born, sex, self.used_ids) if with_id else None, phone=phone,
            relation=relation, tags=list(tags), notes=notes, ethnicity=ethnicity, residence_type=residence))
        if key:
            self.named[name] = len(self.rows) - 1
        return len(self.rows) - 1

    def family(self, community_id: str, household_id: str) -> None:
        rng, today = self.rng, self.today
        kind = rng.choices(("alone", "couple", "family", "three"), weights=(12, 20, 45, 23))[0]
        surname = rng.choice(names.SURNAMES)
        head_sex = "M" if rng.random() < 0.6 else "F"

        def named(sex: str, same_surname: bool = True) -> str:
            n = names.person_name(rng, sex)
            if same_surname:
                base = n[2:] if n[:2] in ("欧阳", "司徒") else n[1:]
                n = surname + base
            return n

        residence = rng.choices(("户籍", "常住", "流动"), weights=(70, 20, 10))[0]
        if kind == "alone":
            sex = "F" if rng.random() < 0.65 else "M"
            age = rng.randint(66, 92)
            tags = ("独居老人",) + (("特困",) if rng.random() < 0.05 else ())
            self.person(community_id, household_id, named(sex), sex,
                        names.birth_date(rng, today, age, age), relation="户主", tags=tags, residence="户籍")
            return
        if kind == "couple":
            age = rng.randint(60, 85)
            tags = ("空巢老人",) if rng.random() < 0.5 else ()
            self.person(community_id, household_id, named(head_sex), head_sex,
                        names.birth_date(rng, today, age, age), relation="户主", tags=tags, residence=residence)
            other = "F" if head_sex == "M" else "M"
            self.person(community_id, household_id, named(other, False), other,
                        names.birth_date(rng, today, age - 3, age + 2), relation="配偶", tags=tags,
                        residence=residence)
            return
        age = rng.randint(30, 55)
        low = ("低保",) if rng.random() < 0.04 else ()
        self.person(community_id, household_id, named(head_sex), head_sex, names.birth_date(rng, today, age, age),
                    relation="户主", tags=low, residence=residence)
        other = "F" if head_sex == "M" else "M"
        self.person(community_id, household_id, named(other, False), other,
                    names.birth_date(rng, today, age - 4, age + 3), relation="配偶", tags=low, residence=residence)
        for _ in range(rng.choice((1, 1, 2))):
            sex = rng.choice("MF")
            self.person(community_id, household_id, named(sex), sex,
                        names.birth_date(rng, today, max(0, age - 36), max(1, age - 22)),
                        relation="子" if sex == "M" else "女",
                        tags=("残疾",) if rng.random() < 0.02 else (), residence=residence)
        if kind == "three":
            sex = "F" if rng.random() < 0.6 else "M"
            self.person(community_id, household_id, named(sex, sex == "M"), sex,
                        names.birth_date(rng, today, age + 24, age + 34), relation="父亲" if sex == "M" else "母亲",
                        residence=residence)


def _building6(m: _Maker, cid: str, rooms: dict[tuple[str, str], str]) -> None:
    """The article's households of 西湖花园6号楼."""
    today, h = m.today, (lambda room: rooms[("", room)])
    m.person(cid, h("101"), "陈富森", "M", _born(today, 70, 8, 16), relation="户主", phone="13902630518",
             notes="6号楼志愿服务队队长，退休多年，义务在1楼值班室值守", key=True)
    m.person(cid, h("101"), "梁桂英", "F", _born(today, 68, 2, 9), relation="配偶", key=True)
    m.person(cid, h("601"), "黄志明", "M", _born(today, 45, 5, 3), relation="户主", key=True)
    m.person(cid, h("601"), "何丽芳", "F", _born(today, 43, 11, 20), relation="配偶", key=True)
    m.person(cid, h("601"), "黄嘉欣", "F", _born(today, 16, 7, 1), relation="女", key=True)
    m.person(cid, h("502"), "罗淑芬", "F", _born(today, 63, 4, 18), relation="户主", key=True)
    m.person(cid, h("502"), "吴国强", "M", _born(today, 67, 10, 2), relation="配偶", tags=("重点关注",), key=True)
    m.person(cid, h("402"), "刘桂兰", "F", _born(today, 61, 6, 25), relation="户主",
             notes="邻居都叫刘姨；养了一只小狗，出门遛狗请提醒系牵引绳", key=True)
    # 张阿婆's birthday is today, so the desk's 今日 page has one to show.
    m.person(cid, h("203"), "张秀英", "F", _born(today, 76, today.month, today.day), relation="户主",
             notes="邻居都叫张阿婆；白天带小孙子", tags=("空巢老人",), key=True)
    m.person(cid, h("203"), "何子轩", "M", _born(today, 5, 9, 9), relation="孙子", tags=("留守儿童",), key=True)
    m.person(cid, h("703"), "冯妹", "F", _born(today, 84, 1, 30), relation="户主", tags=("独居老人",), with_id=False,
             key=True)


def _special(m: _Maker, c: dict[str, str], homes: dict[str, list[str]]) -> None:
    """Names that must survive every step: Extension B/A characters, a minority name with a dot,
    and one pair the duplicate finder should offer."""
    today, rng = m.today, m.rng
    m.person(c["西湖社区"], rng.choice(homes[c["西湖社区"]]), "林𠮷祥", "M", _born(today, 52, 3, 3), key=True)
    m.person(c["后街社区"], rng.choice(homes[c["后街社区"]]), "𠮷祥", "M", _born(today, 34, 12, 8), key=True)
    m.person(c["大观社区"], rng.choice(homes[c["大观社区"]]), "刘䶮", "M", _born(today, 41, 7, 7), key=True)
    m.person(c["翠湖社区"], rng.choice(homes[c["翠湖社区"]]), "阿依古丽·买买提", "F", _born(today, 29, 5, 20),
             ethnicity="维吾尔族", residence="流动", key=True)
    born = _born(today, 71, 10, 10)
    home = rng.choice(homes[c["古城社区"]])
    m.person(c["古城社区"], home, "李月娥", "F", born, relation="户主", with_id=False, phone="13800138071",
             key=True)
    m.person(c["古城社区"], None, "李月娥", "F", born, with_id=False, phone="",
             notes="2019年表格登记，未填住址")


def _notes(s: Session, ctx, ids: dict[str, str], homes6: dict[tuple[str, str], str],  # noqa: ANN001
           others: list[tuple[str, str]]) -> int:
    today, admin = ctx.today, ctx.admin
    plans = [
        NoteInput("外出", "全家外出旅游，家中无人，请经常到门口看看门窗", today - timedelta(days=3),
                  today + timedelta(days=7), household_id=homes6[("", "601")]),
        NoteInput("生病住院", "生病住院，罗阿姨一人在家照顾，有事该帮就帮一把", today - timedelta(days=12),
                  today + timedelta(days=18), person_id=ids["吴国强"]),
        NoteInput("独居关注", "84岁独居，每天上午敲门问候一次", today - timedelta(days=200), None,
                  person_id=ids["冯妹"]),
        NoteInput("外出", "回老家探亲（已回）", today - timedelta(days=40), today - timedelta(days=20),
                  household_id=homes6[("", "402")]),
    ]
    for text, kind, hid in others:
        plans.append(NoteInput(kind, text, today - timedelta(days=ctx.rng.randint(0, 20)),
                               today + timedelta(days=ctx.rng.randint(3, 30)) if kind != "矛盾调解" else None,
                               household_id=hid))
    for n in plans:
        attention.add_note(s, admin, n)
    return len(plans)


def load(s: Session, ctx) -> None:  # noqa: ANN001 — DemoContext
    admin, rng = ctx.admin, ctx.rng
    m = _Maker(ctx)
    homes: dict[str, list[str]] = {}
    building6_id = ""
    homes6: dict[tuple[str, str], str] = {}
    for community, estates in ESTATES.items():
        cid = ctx.communities[community]
        homes[cid] = []
        for estate, count, floors in estates:
            for n in range(1, count + 1):
                b = Building(community_id=cid, estate=estate, name=f"{n}号楼", floors=floors,
                             address=f"清远市清城区凤城街道{estate}{n}号楼")
                s.add(b)
                s.flush()
                rooms = [("", f"{f}{r:02d}") for f in range(1, floors + 1) for r in range(1, 5)]
                ids = bulk_add_households(s, admin, b, rooms)
                if community == "西湖社区" and estate == "西湖花园" and n == 6:
                    building6_id, homes6 = b.id, ids
                    b.notes = "近20年的老楼，地处商贸繁华区，楼前为大型综合停车场；2018年初成立楼栋志愿服务队"
                else:
                    homes[cid] += list(ids.values())
    west = ctx.communities["西湖社区"]
    _building6(m, west, homes6)
    _special(m, ctx.communities, homes)
    special_homes = {homes6[k] for k in (("", "101"), ("", "601"), ("", "502"), ("", "402"), ("", "203"),
                                         ("", "703"))}
    for _key, hid in sorted(homes6.items()):
        if hid not in special_homes and rng.random() < 0.85:
            m.family(west, hid)
    free = [(cid, hid) for cid, hs in homes.items() for hid in hs]
    rng.shuffle(free)
    for cid, hid in free:
        if len(m.rows) >= TARGET:
            break
        m.family(cid, hid)
    ids = bulk_add_people(s, admin, m.rows)
    by_name = {name: ids[i] for name, i in m.named.items()}
    others = [("邻里因楼上漏水起争执，社工已上门调解，留意后续", "矛盾调解", rng.choice(homes[ctx.communities["后街社区"]])),
              ("外出务工，家中仅老人", "外出", rng.choice(homes[ctx.communities["翠湖社区"]])),
              ("老人髋部骨折住院", "生病住院", rng.choice(homes[ctx.communities["大观社区"]])),
              ("长者外出探亲两周", "外出", rng.choice(homes[ctx.communities["古城社区"]]))]
    notes = _notes(s, ctx, by_name, homes6, others)
    ctx.extra["people_by_name"] = by_name
    ctx.extra["building6_id"] = building6_id
    ctx.extra["building6_households"] = {room: hid for (_unit, room), hid in homes6.items()}
    ctx.extra["roster_people"] = len(ids)
    ctx.summary.append(f"花名册：居民 {len(ids)} 人，楼栋 {sum(c for e in ESTATES.values() for _, c, _ in e)} 栋；"
                       f"西湖花园6号楼（队长陈富森）；关注事项 {notes} 条")
