"""roster_import_10k_s: preview + apply of a 10,000-row office sheet with its problems (title rows,
header synonyms, merged cells, full-width digits, lower-case x, dates in many forms, IDs typed as
numbers, blank rows, a totals row, people already on the roster) into a database that already
holds people. The sheet gives building numbers only (`3号楼`) and the community has two estates with
buildings of those numbers (西湖新村, 西湖花园): the import is told the estate once (`--estate`).
Floor: openpyxl reading the same sheet with read_only=True in the same run.

roster_import_200k_peak_mib (`--large`): the process's peak resident memory while a 200,000-row sheet
(the largest the import accepts, the same kinds of rows) is previewed and applied, the rows kept on disk
and planned and written a batch at a time; floor: what the process held before. Its time is
roster_import_200k_s."""

from __future__ import annotations

import os
import random
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

from bench.harness import Recorder, peak_rss_mib, reset_peak_rss, rss_mib
from desktop.core.db import Database, sqlite_url
from desktop.core.idcard import make_id
from desktop.core.migrate import upgrade
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.roster.bulk import bulk_add_people
from desktop.roster.import_service import apply_import, preview_import
from desktop.core.communities import Community
from desktop.roster.models import Building

ROWS = 10_000
LARGE_ROWS = 200_000 - 3     # with the title, the header and the totals row: the sheet's row limit
EXISTING = 20_000
IN_SHEET = 1_000          # existing people who appear in the sheet again (merged)
SURNAMES = "陈李王张刘黄吴赵周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤"
GIVEN = "富森秀英玉珍建国志强海燕丽华明芳文军伟霞红梅桂兰国庆春生金凤德华永康淑珍少华家豪子涵雨轩思远嘉怡"
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


_USED: set[str] = set()


def _person(rng: random.Random, n: int) -> tuple[str, str, date]:
    while True:
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 80 * 365))
        number = make_id(rng.choice(["441802", "441803", "441821", "440106"]), born, rng.randrange(1000))
        if number not in _USED:
            _USED.add(number)
            break
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return name, number, born


def _sheet(path: Path, rng: random.Random, existing: list[tuple[str, str, date]], rows: int = ROWS) -> None:
    """The office's sheet; a large one written as it goes (openpyxl's write-only mode: no merged title)."""
    large = rows > ROWS
    wb = Workbook(write_only=large)
    ws = wb.create_sheet("花名册") if large else wb.active
    ws.append(["凤城街道西湖社区居民花名册"])
    if not large:
        ws.merge_cells("A1:L1")
    if not large:
        ws.append(["填报单位：西湖社区居委会", None, None, None, None, None, None, "填报日期：2026年11月"])
    ws.append(["序号", "姓  名", "公民身份号码", "性别", "出生年月", "民族", "楼栋", "单元", "门牌", "手机号码",
               "与户主关系", "人员类别"])
    merged = set(rng.sample(range(rows), IN_SHEET))
    fresh = 0
    for i in range(rows):
        if i in merged:
            name, number, born = existing.pop()
        else:
            name, number, born = _person(rng, 500_000 + i)
            fresh += 1
        roll = rng.random()
        id_cell: object = number
        if roll < 0.01:
            id_cell = float(number[:15] + "000")                       # typed as a number
        elif roll < 0.05:
            id_cell = number.translate(FULL_WIDTH)
        elif roll < 0.10:
            id_cell = f" {number.lower()} "
        form = rng.randrange(5)
        born_cell: object = (f"{born.year}.{born.month}.{born.day}", f"{born.year}年{born.month}月{born.day}日",
                             int(born.strftime("%Y%m%d")), born, (born - date(1899, 12, 30)).days)[form]
        sex = "男" if int(number[16]) % 2 else "女"
        ws.append([i + 1, f" {name} " if roll > 0.97 else name, id_cell, sex, born_cell, "汉",
                   1 + (i // 400) % 26, 1 + (i // 100) % 4, f"{1 + (i // 4) % 25}0{1 + i % 4}",
                   f"13{rng.randrange(10 ** 9):09d}", "户主" if i % 4 == 0 else "家属",
                   rng.choice(["", "", "", "低保", "独居老人", "空巢"])])
        if i % 997 == 0 and not large:
            ws.append([None] * 12)
    ws.append(["合计", None, f"共 {rows} 人"])
    wb.save(path)


def _world(tmp: Path, rng: random.Random) -> tuple[Database, Actor, str, list[tuple[str, str, date]]]:
    db = Database(sqlite_url(tmp / "import.db"))
    upgrade(db, backups=None)
    admin = Actor(id=None, username="bench", display_name="bench", role=Role.ADMIN)
    with db.session(admin) as s:
        c = Community(name="西湖社区", street="凤城街道")
        s.add(c)
        s.flush()
        cid = c.id
        for estate in ("西湖新村", "西湖花园"):           # the same building numbers in both estates
            for n in range(1, 1 + ROWS // 400 + 1):
                s.add(Building(community_id=cid, estate=estate, name=f"{n}号楼", address=f"{estate}{n}号楼"))
    people = [_person(rng, n) for n in range(EXISTING)]
    with db.session(admin) as s:
        bulk_add_people(s, admin, [dict(community_id=cid, name=n, id_number=num, birth_date=b, phone="")
                                   for n, num, b in people])
    return db, admin, cid, people


def run(rec: Recorder, tmp: Path) -> None:
    _run_10k(rec, tmp)
    if os.environ.get("LINLI_BENCH_LARGE"):
        _run_200k(rec, tmp / "large")


def _run_200k(rec: Recorder, tmp: Path) -> None:
    tmp.mkdir()
    rng = random.Random(20181102)
    _USED.clear()
    db, admin, cid, people = _world(tmp, rng)
    sheet = tmp / "roster-200k.xlsx"
    _sheet(sheet, rng, people[:IN_SHEET][::-1], LARGE_ROWS)
    before = rss_mib()
    reset_peak_rss()
    t0 = time.perf_counter()
    with db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid, estate="西湖花园")
        result = apply_import(s, admin, plan)
    elapsed = time.perf_counter() - t0
    peak = peak_rss_mib()
    assert result.imported + result.merged + result.refused == len(plan.rows) == LARGE_ROWS, result
    assert result.merged >= IN_SHEET * 0.98 and result.refused < LARGE_ROWS * 0.05, result
    plan.close()
    rec.add("roster_import_200k_peak_mib", peak, "MiB", floor=before, limit=1024)
    rec.add("roster_import_200k_s", elapsed, "s", limit=None)
    db.dispose()


def _run_10k(rec: Recorder, tmp: Path) -> None:
    rng = random.Random(20181101)
    _USED.clear()
    db, admin, cid, people = _world(tmp, rng)
    sheet = tmp / "roster-10k.xlsx"
    _sheet(sheet, rng, people[:IN_SHEET][::-1])

    t0 = time.perf_counter()
    wb = load_workbook(sheet, read_only=True, data_only=True)
    for _ in wb.active.iter_rows(values_only=True):
        pass
    wb.close()
    floor = time.perf_counter() - t0

    t0 = time.perf_counter()
    with db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid, estate="西湖花园")
        result = apply_import(s, admin, plan)
    elapsed = time.perf_counter() - t0
    assert result.imported + result.merged + result.refused == len(plan.rows) == ROWS, result
    assert result.merged >= IN_SHEET * 0.98 and result.refused >= ROWS * 0.005, result
    assert plan.ambiguous_count == 0 and result.refused < ROWS * 0.05, result
    rec.add("roster_import_10k_s", elapsed, "s", floor=floor, limit=10)
    db.dispose()
