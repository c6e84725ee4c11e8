"""Elder centre: reception check-in by card number with 800 members and a year of check-ins
(about 200,000 rows), each check-in its own unit of work; 800 member cards as one PDF."""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from bench.harness import p95
from desktop.core.db import Database, sqlite_url
from desktop.core.migrate import upgrade
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.roster.models import Community

MEMBERS = 800
SURNAMES = "陈李黄张梁何罗潘林刘吴郑谢邓冯曾彭苏卢蔡"
GIVEN = "美兰素妹桂英少珍福森国强秀琼惠玲志明伟雄丽华建平淑芬玉梅家豪"


def _names(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) for _ in range(n)]


def build_world(db: Database, today: date, rng: random.Random) -> list[str]:
    """800 people + members and a year of weekday check-ins; returns the member numbers."""
    from desktop.elder.bulk import bulk_add_checkins, bulk_add_members
    from desktop.roster.bulk import bulk_add_people

    with db.session(SYSTEM) as s:
        c = Community(name="西湖社区", street="凤城街道", district="清城区")
        s.add(c)
        s.flush()
        rows = [dict(community_id=c.id, name=nm, sex=rng.choice("MF"),
                     birth_date=date(rng.randint(1930, 1965), rng.randint(1, 12), rng.randint(1, 28)),
                     phone=f"13{rng.randint(100000000, 999999999)}") for nm in _names(rng, MEMBERS)]
        pids = bulk_add_people(s, SYSTEM, rows, audit_each=False)
        mids = bulk_add_members(s, SYSTEM, [dict(person_id=p, member_no=f"QC{i + 1:06d}", join_date=date(2015, 1, 1))
                                            for i, p in enumerate(pids)])
        checkins = []
        day = today - timedelta(days=365)
        while day < today:
            if day.weekday() < 5:
                at = datetime(day.year, day.month, day.day, 1, 0, tzinfo=timezone.utc)
                for mid in mids:
                    if rng.random() < 0.77:
                        checkins.append((mid, day, at, rng.random() < 0.5))
            day += timedelta(days=1)
        bulk_add_checkins(s, SYSTEM, checkins)
    return [f"QC{i + 1:06d}" for i in range(MEMBERS)]


def _bench_checkin(rec, tmp: Path) -> None:  # noqa: ANN001
    from desktop.elder.checkin_service import CHECKED_IN, checkin
    from desktop.elder.models import ElderCheckin, ElderMember

    rng = random.Random(7)
    db = Database(sqlite_url(tmp / "elder.db"))
    upgrade(db, backups=None)
    today = date(2026, 11, 27)
    numbers = build_world(db, today, rng)
    with db.session(SYSTEM) as s:
        rows = s.query(ElderCheckin).count()
        member_ids = list(s.scalars(select(ElderMember.id)))
    desk = Actor(id=None, username="desk", display_name="前台", role=Role.RECEPTION)
    sample = rng.sample(numbers, 300)
    floor_samples: list[float] = []
    for mid in rng.sample(member_ids, 300):
        t0 = time.perf_counter()
        with db.session(desk) as s:
            s.execute(select(ElderMember).where(ElderMember.id == mid)).scalar_one()
        floor_samples.append((time.perf_counter() - t0) * 1000)
    samples: list[float] = []
    for no in sample:
        t0 = time.perf_counter()
        with db.session(desk) as s:
            r = checkin(s, desk, no, lunch=True, on=today)
        samples.append((time.perf_counter() - t0) * 1000)
        assert r.status == CHECKED_IN, r.message
    assert rows > 150_000, rows
    rec.add("checkin_p95_ms", p95(samples), "ms", floor=p95(floor_samples), limit=20)
    db.dispose()


def _bench_cards(rec, tmp: Path) -> None:  # noqa: ANN001
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.elder.printing import CardLine, render_cards
    from desktop.printing.fonts import PRIMARY, register_fonts

    rng = random.Random(8)
    names = _names(rng, MEMBERS)
    cards = [CardLine(member_no=f"QC{i + 1:06d}", name=n, community="西湖社区") for i, n in enumerate(names)]
    register_fonts()

    def floor() -> None:
        c = canvas.Canvas(str(tmp / "floor.pdf"), pagesize=A4)
        for i, n in enumerate(names):
            if i and i % 10 == 0:
                c.showPage()
            c.setFont(PRIMARY, 12)
            c.rect(20, 20 + (i % 10) * 80, 243, 153)
            c.drawString(30, 40 + (i % 10) * 80, n)
        c.save()

    t0 = time.perf_counter()
    floor()
    floor_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    render_cards(cards, tmp / "cards.pdf", title="会员卡", printed_by="bench")
    rec.add("cards_800_s", time.perf_counter() - t0, "s", floor=floor_s, limit=3)


def run(rec, tmp: Path) -> None:  # noqa: ANN001
    _bench_checkin(rec, tmp)
    try:
        import desktop.elder.printing  # noqa: F401
    except ImportError:
        return
    _bench_cards(rec, tmp)
