"""Reading messy roster sheets: header detection, synonyms, merged cells, cleaning, skipped rows."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop.core.errors import UserError
from desktop.roster.import_sheet import SYNONYMS, ImportCancelled, clean_row, field_for_header, read_sheet
from tests.roster.roster_sheets import FULL_WIDTH, messy_roster, pid, pid_with_x, simple_roster


def test_messy_sheet_rows(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    e = messy_roster(path, pid(date(1960, 1, 2), 71))
    sheet = read_sheet(path)
    assert sheet.header_row == 3 and sheet.sheet == "花名册"
    rows = {r.row_number: r for r in sheet.rows}
    assert set(rows) == {4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15}
    assert [(k.row_number, k.reason) for k in sheet.skipped] == [(7, "空行"), (16, "空行"), (17, "合计行")]
    for n, number in e.ids.items():
        assert rows[n].values["id_number"] == number
    for n, born in e.births.items():
        assert rows[n].values["birth_date"] == born
    assert rows[4].values["name"] == "陈富森" and rows[5].values["name"] == "李秀英"
    assert rows[11].values["name"] == "𠮷䶮" and rows[12].values["name"] == "阿依古丽·买买提"
    assert rows[4].values["phone"] == "13812345678"
    assert rows[5].values["building"] == "6号楼"            # from the merged cell above
    assert rows[5].values["sex"] == "F" and rows[4].values["sex"] == "M"
    assert rows[8].errors and "4.41802199001011E+17" in rows[8].errors[0]
    assert rows[4].cells[1] == " 陈富森 "                  # the original cell is kept for the report


@pytest.mark.parametrize("value", [4.41802199001011e17, 441802199001011000, "4.41802199001011E+17",
                                   "441802199001011000", "4.41802E+17"])
def test_id_that_went_through_a_number_is_refused(value: object) -> None:
    values, errors, _ = clean_row({"name": "张三", "id_number": value})
    assert values["id_number"] == "" and errors and "丢失" in errors[0]


@pytest.mark.parametrize("raw,born", [
    ("1950.3.5", date(1950, 3, 5)), ("1950年3月5日", date(1950, 3, 5)), (19500305, date(1950, 3, 5)),
    ("19500305", date(1950, 3, 5)), (datetime(1950, 3, 5), date(1950, 3, 5)), (18327, date(1950, 3, 5)),
    ("1950-03-05 00:00:00", date(1950, 3, 5)), ("１９５０／３／５", date(1950, 3, 5)), (18327.0, date(1950, 3, 5)),
])
def test_birth_dates_in_many_forms(raw: object, born: date) -> None:
    values, errors, _ = clean_row({"name": "张三", "birth_date": raw})
    assert not errors and values["birth_date"] == born


@pytest.mark.parametrize("raw", ["1950.3", "1950年3月", 1950.03])
def test_year_month_alone_is_kept_as_a_partial_date(raw: object) -> None:
    values, errors, warnings = clean_row({"name": "张三", "birth_date": raw})
    assert not errors and values["birth_date"] == date(1950, 3, 1) and values["birth_date_partial"]
    assert any("日期不全" in w for w in warnings)
    number = pid(date(1950, 3, 5), 11)
    values, errors, _ = clean_row({"name": "张三", "birth_date": raw, "id_number": number})
    assert not errors and values["birth_date"] == date(1950, 3, 5)
    _, errors, _ = clean_row({"name": "张三", "birth_date": raw, "id_number": pid(date(1951, 3, 5), 11)})
    assert errors and "不符" in errors[0]


def test_id_cleaning_and_agreement() -> None:
    x = pid_with_x(date(1948, 7, 1))
    for raw in (x.lower(), f" {x[:6]} {x[6:14]} {x[14:]} ", x.translate(FULL_WIDTH)):
        values, errors, _ = clean_row({"name": "吴玉珍", "id_number": raw, "sex": "女"})
        assert not errors and values["id_number"] == x and values["sex"] == "F"
    _, errors, _ = clean_row({"name": "吴玉珍", "id_number": x, "birth_date": "1948-07-02"})
    assert errors and "不符" in errors[0]
    old = "441802480701031"                                   # 15-digit first-generation number
    values, errors, _ = clean_row({"name": "老号", "id_number": int(old)})
    assert not errors and values["id_number"] == "441802194807010314"[:17] + values["id_number"][17]
    assert values["birth_date"] == date(1948, 7, 1)


def test_names_phones_places_tags() -> None:
    values, errors, warnings = clean_row({
        "name": " 张\u3000 三 ", "phone": 13812345678.0, "phone2": "0763-3312345 / 13900001111",
        "address": "凤城街道西湖社区西湖花园 6号楼 1单元 501", "tags": "低保户、独居;重点关注",
        "residence_type": "流动人口", "relation": "本人", "ethnicity": "壮", "notes": "  有狗 "})
    assert not errors and not warnings
    assert values["name"] == "张三"
    assert (values["phone"], values["phone2"]) == ("13812345678", "0763-3312345")
    assert "其他电话：13900001111" in values["notes"] and values["notes"].startswith("有狗")
    assert (values["estate"], values["building"], values["unit"], values["room"]) == ("西湖花园", "6号楼", "1", "501")
    assert values["tags"] == ["低保", "独居老人", "重点关注"]
    assert (values["residence_type"], values["relation"], values["ethnicity"]) == ("流动", "户主", "壮族")
    values, errors, _ = clean_row({"name": "Mary  Smith", "building": "6栋", "unit": 2, "room": 502.0})
    assert not errors and values["name"] == "Mary Smith"
    assert (values["building"], values["unit"], values["room"]) == ("6号楼", "2", "502")
    values, errors, warnings = clean_row({"name": "李四", "address": "凤城街道西湖社区"})
    assert not errors and warnings and values["building"] == "" and "住址：凤城街道西湖社区" in values["notes"]
    _, errors, _ = clean_row({"name": "李四", "room": "501"})
    assert errors and "楼栋" in errors[0]
    _, errors, _ = clean_row({"name": "李四", "sex": "未知", "residence_type": "旅居", "phone": "12345"})
    assert len(errors) == 3


def test_header_synonyms() -> None:
    for fld, names in SYNONYMS.items():
        for n in names:
            assert field_for_header(n) == fld
    assert field_for_header(" 身份证号码（18位） ") == "id_number"
    assert field_for_header("*姓 名") == "name"
    assert field_for_header("序号") is None


def test_sheet_without_header_is_refused(tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "x.xlsx", [["a", "b"]], header=["甲", "乙"])
    with pytest.raises(UserError, match="找不到表头"):
        read_sheet(path)
    (tmp_path / "x.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match="另存为"):
        read_sheet(tmp_path / "x.xls")


def test_csv_in_gbk_and_utf8(tmp_path: Path) -> None:
    number = pid(date(1960, 1, 2), 71)
    text = f"居民名单\n姓名,身份证号,电话\n王建国,{number},13700002222\n,,\n合计,1人,\n"
    for enc in ("utf-8-sig", "gb18030"):
        path = tmp_path / f"{enc}.csv"
        path.write_bytes(text.encode(enc))
        sheet = read_sheet(path)
        assert [r.values["id_number"] for r in sheet.rows] == [number]
        assert [k.reason for k in sheet.skipped] == ["空行", "合计行"]


def test_repeated_header_and_footer_rows_are_skipped(tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "r.xlsx", [
        ["王一", None, "13700000001", "6栋101"], ["姓名", "身份证号码", "联系电话", "住址"],
        ["王二", None, "13700000002", "6栋102"], [None, None, None, None], ["制表人：李社工", None, None, None],
    ], title_rows=2)
    sheet = read_sheet(path)
    assert [r.values["name"] for r in sheet.rows] == ["王一", "王二"]
    assert [(k.row_number, k.reason) for k in sheet.skipped] == [(5, "重复的表头"), (7, "空行"), (8, "表尾说明")]


# --- property: any arrangement of the same people maps the same -----------------------------------

PEOPLE = [
    ("陈富森", pid(date(1950, 3, 5), 17), "13812345678", "6号楼1单元501", "1950.3.5"),
    ("李秀英", pid(date(1952, 8, 9), 22), "13912345678", "6号楼1单元501", "1952年8月9日"),
    ("𠮷䶮", pid(date(1990, 1, 1), 31), "", "6号楼3单元701", 32874),
    ("阿依古丽·买买提", "", "13611112222", "6号楼3单元702", "1985-06-07"),
    ("黄志强", 4.41802199001011e17, "13800001111", "6号楼1单元302", ""),
    ("", pid(date(1971, 6, 6), 51), "", "6号楼1单元403", ""),
]
FIELDS = ["name", "id_number", "phone", "address", "birth_date"]


@st.composite
def arrangements(draw: st.DrawFn) -> tuple[list[str], list[int], int, list[int], bool, bool]:
    headers = [draw(st.sampled_from(SYNONYMS[f])) for f in FIELDS]
    order = draw(st.permutations(range(len(FIELDS))))
    titles = draw(st.integers(0, 4))
    blanks = draw(st.lists(st.integers(0, len(PEOPLE) - 1), max_size=4))
    totals = draw(st.booleans())
    spaces = draw(st.booleans())
    return headers, list(order), titles, blanks, totals, spaces


def _write(path: Path, arr: tuple[list[str], list[int], int, list[int], bool, bool]) -> int:
    headers, order, titles, blanks, totals, spaces = arr
    wb = Workbook()
    ws = wb.active
    for t in range(titles):
        ws.append([f"凤城街道西湖社区花名册（第{t + 1}行标题）"])
        if t == 0:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(FIELDS))
    ws.append([(" " + headers[i] + " ") if spaces else headers[i] for i in order])
    for n, person in enumerate(PEOPLE):
        ws.append([(f" {person[i]} " if spaces and isinstance(person[i], str) and person[i] else person[i])
                   for i in order])
        if n in blanks:
            ws.append([None] * len(FIELDS))
    if totals:
        ws.append(["合计", f"{len(PEOPLE)}人"])
    wb.save(path)
    return titles + 1


def _signature(sheet) -> list[tuple]:
    return sorted((repr(r.values.get("name")), r.values.get("id_number"), r.values.get("phone"),
                   r.values.get("building"), r.values.get("room"), r.values.get("birth_date"),
                   tuple(r.errors)) for r in sheet.rows)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(arr=arrangements())
def test_any_arrangement_maps_the_same(tmp_path: Path, arr) -> None:
    path = tmp_path / f"p{random.random()}.xlsx"
    header_row = _write(path, arr)
    sheet = read_sheet(path)
    assert sheet.header_row == header_row
    assert {c.field for c in sheet.columns} == set(FIELDS)
    reference = tmp_path / "ref.xlsx"
    _write(reference, ([SYNONYMS[f][0] for f in FIELDS], list(range(len(FIELDS))), 0, [], False, False))
    assert _signature(sheet) == _signature(read_sheet(reference))
    # nothing is dropped silently: every person row is a data row, the rest are skipped with a reason
    assert len(sheet.rows) == len(PEOPLE)
    assert len(sheet.skipped) == len(set(b for b in arr[3] if b < len(PEOPLE) - 1 or arr[4])) + arr[4]
    assert sum(1 for r in sheet.rows if r.errors) == 2


def test_reading_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    path = simple_roster(tmp_path / "big.xlsx", [[f"居民{n}", None, f"138{n:08d}", f"6栋{n % 30 + 101}"]
                                                 for n in range(1200)])
    seen: list[tuple[int, int]] = []
    sheet = read_sheet(path, progress=lambda done, total: seen.append((done, total)) or True)
    assert len(sheet.rows) == 1200 and seen == [(500, 1201), (1000, 1201)]
    with pytest.raises(ImportCancelled):
        read_sheet(path, progress=lambda done, total: done < 1000)


def test_other_roster_sheets_are_named_not_skipped_silently(tmp_path: Path) -> None:
    wb = Workbook()
    first = wb.active
    first.title = "说明"
    first.append(["本表为西湖社区各楼栋居民名单"])
    for title, name in (("6号楼", "王一"), ("7号楼", "王二")):
        ws = wb.create_sheet(title)
        ws.append(["姓名", "联系电话", "住址", "姓名"])
        ws.append([name, "13700000001", f"{title}101", "重复列"])
    wb.create_sheet("空表").append(["姓名", "电话"])
    path = tmp_path / "multi.xlsx"
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.sheet == "6号楼" and [r.values["name"] for r in sheet.rows] == ["王一"]
    assert sheet.other_sheets == ["7号楼"] and "“7号楼”" in sheet.notes[0]
    assert sheet.columns[3].field is None and "重复" in sheet.columns[3].note
