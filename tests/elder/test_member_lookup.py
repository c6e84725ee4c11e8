"""Who a reception key means: member numbers however typed, long lists cut with the full count and a way
to narrow them, age and flat to tell namesakes apart, hostile keys refused quietly."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from desktop.core.pinyin import name_pinyin
from desktop.core.security import SYSTEM
from desktop.elder import checkin_service as cs
from desktop.elder.bulk import bulk_add_members
from desktop.elder.member_lookup import MAX_CANDIDATES, lookup, member_numbers, normalize_key
from desktop.roster.models import Building, Household, Person
from tests.elder.conftest import ON, World

_FULL = str.maketrans("0123456789QCqc-", "０１２３４５６７８９ＱＣｑｃ－")


@given(n=st.integers(min_value=1, max_value=999_999), lower=st.booleans(), full=st.booleans(),
       sep=st.sampled_from(["", "-", " ", "－", "—", " - "]), pad=st.booleans())
def test_member_numbers_are_read_however_typed_or_printed(n: int, lower: bool, full: bool, sep: str,
                                                          pad: bool) -> None:
    digits = f"{n:06d}" if pad else str(n)
    typed = f"QC{sep}{digits}"
    if lower:
        typed = typed.lower()
    if full:
        typed = typed.translate(_FULL)
    assert f"QC{n:06d}" in member_numbers(typed)
    assert member_numbers(f"  {typed}\u200b ")[0] == member_numbers(typed)[0]   # invisible characters dropped


def test_keys_that_are_not_numbers_stay_what_they_are() -> None:
    assert member_numbers("cfs") == () and member_numbers("1234") == () and member_numbers("") == ()
    assert normalize_key("李 桂英") == "李桂英"
    assert normalize_key("阿依古丽·买买提") == "阿依古丽·买买提"            # the middle dot of a name stays
    assert normalize_key("138-0234 5678") == "13802345678"
    assert len(normalize_key("9" * 500)) <= 40


def _people(w: World, rows: list[tuple[str, date, str, str]]) -> list[str]:
    """(name, birth, phone, room in 6号楼) → member ids, numbered QC000101 … in order."""
    with w.db.session(SYSTEM) as s:
        b = Building(community_id=w.community_id, estate="西湖花园", name="6号楼")
        s.add(b)
        s.flush()
        pids = []
        for name, birth, phone, room in rows:
            h = Household(building_id=b.id, community_id=w.community_id, room=room, address=f"西湖花园6号楼{room}")
            s.add(h)
            s.flush()
            p = Person(community_id=w.community_id, household_id=h.id, name=name, name_pinyin=name_pinyin(name)[0],
                       name_initials=name_pinyin(name)[1], birth_date=birth, phone=phone, sex="F")
            s.add(p)
            s.flush()
            pids.append(p.id)
        return bulk_add_members(s, SYSTEM, [dict(person_id=p, member_no=f"QC{101 + i:06d}", join_date=date(2020, 1, 1))
                                            for i, p in enumerate(pids)])


def test_member_number_typed_with_dash_space_full_width_or_lower_case(world: World) -> None:
    mid = world.member("潘美兰", "13802345678", member_no="QC000010")
    for typed in ("QC-000010", "qc000010", "ＱＣ０００１０", "qc 000010", "QC10", "ｑｃ－０００００１０"):
        with world.db.session(world.reception) as s:
            found = lookup(s, typed, ON)
        assert [m.id for m in found.members] == [mid], typed
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, "QC-000010", on=ON)
        assert r.status == cs.CHECKED_IN and r.member.member_no == "QC000010"
        missing = cs.checkin(s, world.reception, "qc-000011", on=ON)
    assert missing.status == cs.NOT_FOUND and missing.message == "没有找到会员号：QC000011"


def test_namesakes_show_age_and_flat(world: World) -> None:
    a, b = _people(world, [("李桂英", date(1940, 2, 1), "13700001111", "501"),
                           ("李桂英", date(1952, 8, 9), "13700002222", "302")])
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, "李桂英", on=ON)
    assert r.status == cs.CANDIDATES and r.message == "找到 2 位会员，请选择" and r.total == 2
    seen = {m.id: (m.age, m.flat) for m in r.candidates}
    assert seen == {a: (86, "西湖花园6号楼501"), b: (74, "西湖花园6号楼302")}


def test_a_cut_list_says_how_many_and_how_to_narrow(world: World) -> None:
    rows = [("李桂" + "英云月艳燕玉银勇远元"[i % 10], date(1945, 1, 1 + i % 28), f"1370000{i:04d}", f"{100 + i}")
            for i in range(46)]
    ids = _people(world, rows)
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, "LGY", on=ON)
        assert r.status == cs.CANDIDATES
        assert len(r.candidates) == MAX_CANDIDATES and r.total == 46
        assert r.message.startswith(f"显示前 {MAX_CANDIDATES} 位，共 46 位，请再输入")
        assert "手机尾号" in r.message
        assert [m.member_no for m in r.candidates] == sorted(m.member_no for m in r.candidates)
        # Narrowed as the message says: initials and the phone tail, with or without a space.
        narrowed = cs.checkin(s, world.reception, "lgy 0045", lunch=True, on=ON)
        assert narrowed.status == cs.CHECKED_IN and narrowed.member.id == ids[45]
        names = cs.checkin(s, world.reception, "李桂", on=ON)
        assert names.status == cs.CANDIDATES and names.total == 46 and "共 46 位" in names.message
        one = cs.checkin(s, world.reception, "李桂云0001", on=ON)
        assert one.status == cs.CHECKED_IN and one.member.id == ids[1]
        exact = cs.checkin(s, world.reception, "李桂英", on=ON)       # five 李桂英: not cut, no hint
        assert exact.status == cs.CANDIDATES and exact.total == 5 and exact.message == "找到 5 位会员，请选择"


def test_hostile_keys_find_nobody_without_failing(world: World) -> None:
    world.member("潘美兰", "13802345678")
    with world.db.session(world.reception) as s:
        for key in ("%", "_", "%%%%", "<b>潘</b>", "'; DROP TABLE elder_members; --", "\x00\x1b[2J", "\u202e1234",
                    "潘" * 5000, "9" * 5000):
            r = cs.checkin(s, world.reception, key, on=ON)
            assert r.status == cs.NOT_FOUND, key
            assert len(r.message) < 80
        assert cs.today_list(s, world.reception, ON).arrivals == 0


def test_a_card_retired_by_a_merge_still_checks_its_holder_in(world: World) -> None:
    """李月娥 registered twice: after the roster merge keeps one card, the other card, still in her purse,
    checks in the member that was kept and says so."""
    from desktop.elder.models import ElderMember
    from desktop.roster import merge

    kept = world.member("李月娥", "13902631111", member_no="QC000208")
    other = world.member("李月娥", "13902632222", member_no="QC000576")
    with world.db.session(world.admin) as s:
        keep_person = s.get(ElderMember, kept).person_id
        drop_person = s.get(ElderMember, other).person_id
        merge.merge_people(s, world.admin, keep_person, drop_person)
    with world.db.session(world.reception) as s:
        result = cs.checkin(s, world.reception, "QC-000576", on=ON)
    assert result.status == cs.CHECKED_IN and result.member.member_no == "QC000208"
    assert "QC000576 已并入 QC000208" in result.message
    with world.db.session(world.reception) as s:
        assert cs.checkin(s, world.reception, "qc000208", on=ON).status == cs.ALREADY
        assert cs.checkin(s, world.reception, "QC000999", on=ON).status == cs.NOT_FOUND
