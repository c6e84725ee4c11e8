"""Activities: the 800-name sign-in sheet against a bare ReportLab table of the same rows and font."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from bench.harness import Recorder, best_of
from desktop.core.clock import SHANGHAI
from desktop.core.db import Database, sqlite_url
from desktop.core.orm import new_id
from desktop.core.migrate import upgrade
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor

ROWS = 800
SURNAMES = "陈刘潘李黄王张吴梁何罗谢冯曾邓朱林钟麦区"
GIVEN = ["富森", "淑君", "美兰", "汉森", "嘉欣", "志豪", "晓琳", "雅婷", "子健", "丽芳", "文杰", "国强"]


def _setup(tmp: Path) -> tuple[Database, Actor, str, list[list[str]]]:
    from desktop.activities import service as svc
    from desktop.activities.models import Enrollment
    from desktop.core.clock import utcnow
    from desktop.core.phone import mask_phone
    from desktop.core.communities import Community
    from desktop.roster.models import Building, Household, Person

    db = Database(sqlite_url(tmp / "bench-activities.db"))
    upgrade(db, backups=None)
    admin = Actor(id=new_id(), username="admin", display_name="管理员", role=Role.ADMIN)
    plain: list[list[str]] = []
    with db.session(SYSTEM) as s:
        c = Community(name="西湖社区", street="凤城街道", district="清远市清城区")
        s.add(c)
        s.flush()
        b = Building(community_id=c.id, estate="西湖花园", name="6号楼")
        s.add(b)
        s.flush()
        start = datetime(2026, 11, 3, 9, tzinfo=SHANGHAI)
        aid = svc.create_activity(s, admin, svc.ActivityInput(
            title="集体生日会", community_id=c.id, starts_at=start, ends_at=start + timedelta(hours=2),
            place="清城区居家养老服务中心", organiser="刘淑君"))
        now = utcnow()
        people = []
        for i in range(ROWS):
            hh = Household(id=new_id(), building_id=b.id, community_id=c.id, room=f"{i // 8 + 1}0{i % 8 + 1}")
            name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
            phone = f"139{i:08d}"
            p = Person(id=new_id(), community_id=c.id, household_id=hh.id, name=name, phone=phone)
            s.add(hh)
            people.append(p)
            plain.append([str(i + 1), name, f"6号楼{hh.room}", mask_phone(phone), "", ""])
        s.flush()
        s.add_all(people)
        s.flush()
        s.add_all([Enrollment(activity_id=aid, person_id=p.id, status="enrolled", position=i + 1, enrolled_at=now)
                   for i, p in enumerate(people)])
    return db, admin, aid, plain


def _bare_table(rows: list[list[str]]) -> None:
    """The floor: a bare ReportLab Table of the same rows, same font and grid, no template."""
    from desktop.printing.fonts import PRIMARY

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    headers = ["序号", "姓名", "房号或会员号", "电话", "签名", "备注"]
    t = Table([headers, *rows], colWidths=[11 * mm, 30 * mm, 27 * mm, 28 * mm, 62 * mm, 24 * mm],
              rowHeights=[8 * mm] + [10 * mm] * len(rows), repeatRows=1)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PRIMARY), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([t])


def run(rec: Recorder, tmp: Path) -> None:
    from desktop.activities.signin_sheet import render_signin_sheet
    from desktop.printing.fonts import register_fonts

    register_fonts()
    db, admin, aid, plain = _setup(tmp)

    def sheet() -> None:
        with db.session(admin) as s:
            render_signin_sheet(io.BytesIO(), s, admin, aid, blank_rows=10)

    sheet()  # warm: styles, font subsets
    floor = best_of(lambda: _bare_table(plain), repeat=3)
    value = best_of(sheet, repeat=3)
    rec.add("signin_800_s", value, "s", floor=floor, limit=1.0, ratio_limit=3.0)
    db.dispose()
