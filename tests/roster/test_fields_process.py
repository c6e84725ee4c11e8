"""A large bulk write makes its people's search fields in a second process: the same fields, the same
stored keys and text as made here, cancel still between whole batches, and a second process that dies
costs nothing but time (the fields are made here again)."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from desktop.core.db import Database
from desktop.roster import service
from desktop.roster.bulk import BulkCancelled, stream_people
from desktop.roster.fields_process import FieldsMaker, fields_of
from desktop.roster.models import Person
from tests import helpers

NAMES = ["陈福森", "单雄信", "欧阳娜娜", "买买提·艾力", "𠮷田一", "曾乐乐", "Anna", "尉迟恭", "覃朗", "长孙无忌"]


def _rows(cid: str, n: int, pulled: list[int] | None = None) -> Iterator[dict[str, Any]]:
    for i in range(n):
        if pulled is not None:
            pulled[0] += 1
        yield dict(community_id=cid, name=NAMES[i % len(NAMES)] + "美兰素"[i % 3], sex="MF"[i % 2],
                   phone=f"138{i:08d}" if i % 4 else "", phone2="020-8123 4567" if i % 5 == 0 else "",
                   name_pinyin_override="shan xiong xin lan" if i % 30 == 1 else "",   # 单雄信兰
                   tags=["独居老人", "低保"] if i % 7 == 0 else [])


def _fields(db: Database, cid: str) -> list[tuple[str, ...]]:
    with db.engine.connect() as c:
        return [tuple(r) for r in c.execute(text(
            "SELECT name, name_pinyin, name_initials, search_text, search_keys FROM people "
            "WHERE community_id = :c ORDER BY rowid"), {"c": cid})]


def test_the_second_process_stores_what_this_one_stores(sqlite_db: Database) -> None:
    db = sqlite_db
    admin = helpers.admin(db)
    here, there = helpers.community(db, "这里社区"), helpers.community(db, "那里社区")
    children: list[int] = []
    with db.session(admin) as s:
        stream_people(s, admin, _rows(here, 120), batch=10, second_process_after=None)
        stream_people(s, admin, _rows(there, 120), batch=10, second_process_after=20,
                      on_batch=lambda ids: children.append(len(multiprocessing.active_children())))
    assert children[0] == 0 and min(children[1:]) == 1     # batches 1–2 made here, 3–12 in the second process
    assert not multiprocessing.active_children()                  # and ended with the write
    made_here, made_there = _fields(db, here), _fields(db, there)
    assert len(made_there) == 120 and made_there == made_here
    with db.session(admin) as s:                                  # found alike by their keys and their text
        for q in ("shanxiongxin", "sxxl", "买买提艾力", "oynn", "4567", "独居", "00000119", "𠮷田"):
            counts = [service.count_people(s, admin, q, community_id=c) for c in (here, there)]
            assert counts[0] == counts[1] > 0, q


def test_cancel_stops_between_whole_batches_with_the_second_process(sqlite_db: Database) -> None:
    db = sqlite_db
    admin = helpers.admin(db)
    cid = helpers.community(db)
    stop = threading.Event()
    pulled = [0]

    def progress(written: int) -> None:
        if written >= 50:
            stop.set()

    with db.session(admin) as s:
        with pytest.raises(BulkCancelled) as cancelled:
            stream_people(s, admin, _rows(cid, 200, pulled), batch=10, progress=progress, cancel=stop,
                          second_process_after=10)
        s.commit()                                                 # keep what was written
    assert cancelled.value.written == 50
    assert pulled[0] <= 70          # at most two batches made past the written ones: neither was written
    assert not multiprocessing.active_children()
    with db.session(admin) as s:
        assert len(s.scalars(select(Person.id)).all()) == 50
        assert service.count_people(s, admin, "00000049") == 1 and service.count_people(s, admin, "00000050") == 0


def test_a_second_process_that_dies_costs_only_time() -> None:
    people = [(f"{n}{i}", "", (f"1390000{i:04d}",), ["西湖花园6号楼"], ["独居老人"]) for i, n in enumerate(NAMES * 30)]
    with FieldsMaker(after=0) as maker:
        first = maker.submit(people)
        assert not first.here and first.result() == fields_of(people)
        for child in multiprocessing.active_children():
            child.kill()
            child.join()
        again = maker.submit(people)
        assert again.result() == fields_of(people)
        assert maker.failed and maker.submit(people).here         # made here from then on
    assert not multiprocessing.active_children()


def test_the_second_process_imports_nothing_of_the_window() -> None:
    """A spawned process imports main.py (as __mp_main__) before its work: the application stays out."""
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", "import runpy, sys; runpy.run_path('main.py', run_name='__mp_main__'); "
                          "print(sorted(m for m in sys.modules if m.split('.')[0] in ('desktop', 'PySide6', 'sqlalchemy')))"],
                         cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
