"""Tests for desktop.core.pinyin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.pinyin import SURNAME_READINGS, is_initials_query, name_pinyin, search_keys


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("陈福森", "chenfusen", "cfs"),
        ("王小明", "wangxiaoming", "wxm"),
        ("吕布", "lvbu", "lb"),
        ("曾国藩", "zengguofan", "zgf"),
        ("单田芳", "shantianfang", "stf"),
        ("解缙", "xiejin", "xj"),
        ("覃小红", "qinxiaohong", "qxh"),
        ("区家明", "oujiaming", "ojm"),
        ("仇英", "qiuying", "qy"),
        ("查良镛", "zhaliangyong", "zly"),
        ("朴成", "piaocheng", "pc"),
        ("翟明", "zhaiming", "zm"),
        ("盖聂", "genie", "gn"),
        ("缪娟", "miaojuan", "mj"),
        ("尉缭", "weiliao", "wl"),        # 尉 alone reads wèi as a surname (现代汉语词典); yù only in 尉迟
        ("乐嘉", "yuejia", "yj"),
        ("种师道", "chongshidao", "csd"),
        ("繁钦", "poqin", "pq"),
        ("万俟卨", "moqixie", "mqx"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("重阳", "chongyang", "cy"),
        ("黑明", "heming", "hm"),
        ("折克行", "shekexing", "skx"),
        ("召忠", "shaozhong", "sz"),
        ("冼星海", "xianxinghai", "xxh"),
        ("谌容", "chenrong", "cr"),       # chén first (现代汉语词典); shèn is indexed too
        ("都明", "duming", "dm"),
        ("长江", "changjiang", "cj"),  # 长 alone is not a surname entry; 长孙 is
    ],
)
def test_name_pinyin(name: str, full: str, initials: str) -> None:
    assert name_pinyin(name) == (full, initials)


def test_surname_table_is_consistent() -> None:
    for surname, readings in SURNAME_READINGS.items():
        for reading in readings:
            syllables = reading.split()
            assert len(syllables) == len(surname)
            assert all(r.isascii() and r.isalpha() and r.islower() for r in syllables)
        full, initials = name_pinyin(surname)
        assert full == "".join(readings[0].split())
        assert initials == "".join(r[0] for r in readings[0].split())


def test_surname_only_applies_at_start() -> None:
    assert name_pinyin("李单") == ("lidan", "ld")
    assert name_pinyin("单单") == ("shandan", "sd")


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("阿卜杜·热合曼", "abodureheman", "abdrhm"),
        ("迪丽·热巴", "dilireba", "dlrb"),
        ("玛丽・安", "malian", "mla"),
        ("  王 小 明  ", "wangxiaoming", "wxm"),
        ("　区家明", "oujiaming", "ojm"),
        ("李Tom", "litom", "ltom"),
        ("张ＡＢ", "zhangab", "zab"),
        ("王2号", "wang2hao", "w2h"),
        ("𠮷田", "jitian", "jt"),
        ("王\U0002ffff明", "wangming", "wm"),
        ("·", "", ""),
        ("·曾国藩", "zengguofan", "zgf"),
        (" 「单田芳」", "shantianfang", "stf"),
        ("", "", ""),
        ("   ", "", ""),
        ("Anna", "anna", "anna"),
    ],
)
def test_non_han_and_punctuation(name: str, full: str, initials: str) -> None:
    assert name_pinyin(name) == (full, initials)


def test_search_keys() -> None:
    assert search_keys("陈福森") == "chenfusen cfs"
    assert search_keys("曾国藩") == "zengguofan zgf"
    assert search_keys("") == ""


@pytest.mark.parametrize(
    ("q", "expected"),
    [("cfs", True), ("CFS", True), (" wxm ", True), ("", False), ("c f", False), ("陈", False),
     ("cfs1", False), ("ｃｆｓ", False)],
)
def test_is_initials_query(q: str, expected: bool) -> None:
    assert is_initials_query(q) is expected


cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
any_name = st.text(max_size=12)


@given(any_name)
def test_never_crashes_and_output_is_plain_ascii(name: str) -> None:
    full, initials = name_pinyin(name)
    for part in (full, initials):
        assert part == "" or (part.isascii() and part.isalnum())
        assert part == part.lower()
    assert len(initials) <= len(full)
    assert search_keys(name) == f"{full} {initials}".strip()


COMMON = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭萧田董袁潘蒋蔡余杜叶程苏魏吕丁" \
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美淑惠珠翠雅芝玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛" \
    "福森国建平志文辉金德春生海东波"


@given(st.text(cjk, min_size=1, max_size=4))
def test_han_names_have_at_most_one_initial_per_character(name: str) -> None:
    full, initials = name_pinyin(name)
    assert len(initials) <= len(name)  # characters pypinyin cannot read are skipped
    assert full[:1] == initials[:1]


@given(st.text(st.sampled_from(COMMON), min_size=1, max_size=4))
def test_common_names_have_one_initial_per_character(name: str) -> None:
    full, initials = name_pinyin(name)
    assert len(initials) == len(name)
    assert full.startswith(initials[0])


@given(st.sampled_from(sorted(SURNAME_READINGS)), st.text(cjk, min_size=1, max_size=3))
def test_surname_reading_always_used(surname: str, given_name: str) -> None:
    full, initials = name_pinyin(surname + given_name)
    compound = [s for s in SURNAME_READINGS if len(s) > 1 and (surname + given_name).startswith(s)]
    readings = SURNAME_READINGS[compound[0] if compound else surname][0].split()
    assert full.startswith("".join(readings))
    assert initials.startswith("".join(r[0] for r in readings))


seps = st.text(st.sampled_from([" ", "·", "・", "\u3000", "-", ".", "\t"]), max_size=3)


single_surnames = st.sampled_from([s for s in SURNAME_READINGS if len(s) == 1] + ["王", "李", "陈"])


@given(single_surnames, st.text(cjk, min_size=1, max_size=3), seps, seps, seps)
def test_separators_are_ignored(surname: str, given_name: str, before: str, middle: str, after: str) -> None:
    plain = surname + given_name
    assert name_pinyin(before + surname + middle + given_name + after) == name_pinyin(plain)


@given(st.text(st.characters(categories=["Ll", "Lu"]).filter(str.isascii), min_size=1, max_size=10))
def test_initials_query_accepts_ascii_letters(q: str) -> None:
    assert is_initials_query(q)


POLYPHONES = "长重行乐单曾朝解查区仇华强家子少思和种都传藏朴柏"


@given(st.text(st.one_of(cjk, st.sampled_from(POLYPHONES + COMMON), st.sampled_from("·𠮷䶮aB1 ")),
               min_size=1, max_size=5))
def test_reading_character_by_character_gives_what_the_pypinyin_pass_gives(text: str) -> None:
    from desktop.core.pinyin import _pypinyin_pass, _syllables

    assert _syllables(text) == _pypinyin_pass(text)


def test_a_phrase_still_chooses_the_reading() -> None:
    from desktop.core.pinyin import _syllables

    assert [r for r, _ in _syllables("长春")] == ["chang", "chun"]        # not zhang
    assert [r for r, _ in _syllables("重庆")] == ["chong", "qing"]        # not zhong
