"""Cleaning one row of a roster sheet: cell values as the roster stores them, and the row's problems.

Names keep 𠮷, 䶮 and the middle dot; ID numbers in full-width digits, lower-case x or typed as a
number (refused: the digits are lost); dates in many forms; phones; sex from the ID number; addresses
split into estate, building, unit and room. Used by desktop.roster.import_sheet; nothing here reads
a file or the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from desktop.core import clock, idcard
from desktop.core.dates import DateParseError, parse_date
from desktop.core.messages import msg
from desktop.core.phone import PhoneError, split_phones
from desktop.roster.address import AddressError, parse_address

FIELD_LABELS: dict[str, str] = {
    "name": "姓名", "id_number": "身份证号码", "phone": "联系电话", "phone2": "联系电话2", "sex": "性别",
    "birth_date": "出生日期", "ethnicity": "民族", "address": "住址", "building": "楼栋", "unit": "单元",
    "room": "房号", "relation": "与户主关系", "residence_type": "居住类型", "tags": "标签", "notes": "备注",
}

_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
_SPACES = re.compile(r"\s+")
_TAG_SPLIT = re.compile(r"[、,，;；/|\s]+")
_YEAR_MONTH = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?")
_ROOM_NUMBER = re.compile(r"\d+")

SEX_WORDS = {"男": "M", "男性": "M", "m": "M", "male": "M", "女": "F", "女性": "F", "f": "F", "female": "F"}
RESIDENCE_WORDS = (("户籍", "户籍"), ("常住", "常住"), ("流动", "流动"), ("外来", "流动"), ("暂住", "流动"),
                   ("租住", "流动"), ("寄住", "流动"))
TAG_WORDS = {"低保户": "低保", "低保对象": "低保", "特困户": "特困", "特困人员": "特困", "残疾人": "残疾",
             "独居": "独居老人", "空巢": "空巢老人", "孤寡老人": "独居老人", "留守": "留守儿童"}
RELATION_WORDS = {"本人": "户主", "户主本人": "户主"}
MAX_LEN = {"name": 64, "ethnicity": 16, "relation": 16, "unit": 16, "room": 16, "building": 32,
           "estate": 64, "address": 200}
ETHNIC_GROUPS = frozenset(
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
    "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split())


NO_SPACE = re.compile(r"\s+")
_BUILDING_NUMBER = re.compile(r"(\d+)(?:栋|幢|座|号|号楼|楼)")
_UNIT_NUMBER = re.compile(r"(\d+)(?:单元)?")


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a spurious ".0", dates in ISO form, spaces trimmed."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not (value.hour or value.minute) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def is_blank_row(row: Sequence[Any]) -> bool:
    """Every cell empty or only spaces (what cell_text would make "")."""
    return all(v is None or (type(v) is str and not v.strip()) for v in row)


def clean_name(value: Any) -> str:
    """Trim, and drop the spaces offices pad Chinese names with (张  三 → 张三); 𠮷 and · stay."""
    text = cell_text(value)
    text = _CJK_GAP.sub("", text)
    return _SPACES.sub(" ", text)


def _number_text(value: Any) -> str:
    """An integer-valued number cell as digits (a phone or a room typed as a number)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value)


def _clean_id(value: Any, out: dict[str, Any], errors: list[str], warnings: list[str]) -> idcard.IdInfo | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        out["id_number"] = ""
        return None
    if idcard.looks_like_lost_precision(value):
        shown = f"{value:.14E}" if isinstance(value, float) else cell_text(value)
        errors.append(msg("身份证号被存成了数字（{shown}），后几位已丢失，无法确定原号码；"
                          "请把该列设为“文本”格式后重新填写完整号码", shown=shown))
        out["id_number"] = ""
        return None
    text = str(value) if isinstance(value, int) else cell_text(value)
    try:
        info = idcard.parse_id(text)
    except idcard.IdCardError as exc:
        errors.append(msg("身份证号有误：{error}", error=str(exc)))
        out["id_number"] = ""
        return None
    out["id_number"] = info.number
    area = idcard.area_warning(info.number)
    if area:
        warnings.append(area)
    return info


def _birth_value(value: Any) -> tuple[date | None, tuple[int, int] | None, str | None]:
    """(full date, (year, month) when only that is given, error)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None, None
    if isinstance(value, bool):
        return None, None, msg("无法识别的出生日期：{value}", value=str(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 19000101 <= value <= 21001231:
            value = str(int(value))                     # 19500305 typed as a number
        elif 1900 <= value < 2101:
            if float(value).is_integer():
                return None, None, msg("出生日期只有年份（{year}），请补全到日", year=int(value))
            value = f"{value:.2f}"                      # 1950.03 typed as a number
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        try:
            return parse_date(text), None, None
        except DateParseError:
            m = _YEAR_MONTH.fullmatch(NO_SPACE.sub("", text))
            if m and 1 <= int(m.group(2)) <= 12:
                return None, (int(m.group(1)), int(m.group(2))), None
            return None, None, msg("无法识别的出生日期：{value}", value=text)
    try:
        return parse_date(value), None, None
    except DateParseError as exc:
        return None, None, str(exc)


PARTIAL_MARK = "日期不全"     # also written out in the warning below (a message's template is one literal)


def _clean_birth(value: Any, info: idcard.IdInfo | None, out: dict[str, Any], errors: list[str],
                 warnings: list[str]) -> None:
    born, year_month, error = _birth_value(value)
    out["birth_date"] = info.birth_date if info else born
    out["birth_date_partial"] = False
    if error:
        if info:
            warnings.append(msg("{error}；已按身份证号取出生日期", error=error))
        else:
            errors.append(error)
        return
    if born and info and born != info.birth_date:
        errors.append(msg("出生日期（{born}）与身份证号（{from_id}）不符", born=born.isoformat(),
                          from_id=info.birth_date.isoformat()))
    elif year_month and info and year_month != (info.birth_date.year, info.birth_date.month):
        errors.append(msg("出生年月（{year}年{month}月）与身份证号（{id_year}年{id_month}月）不符",
                          year=year_month[0], month=year_month[1], id_year=info.birth_date.year,
                          id_month=info.birth_date.month))
    elif year_month and not info:
        year, month = year_month
        if not 1900 <= year or (year, month) > (clock.today().year, clock.today().month):
            errors.append(msg("出生年月无效：{year}年{month}月", year=year, month=month))
            return
        out["birth_date"], out["birth_date_partial"] = date(year, month, 1), True
        warnings.append(msg("出生日期只写到月（{year}年{month}月），按日期不全导入，日后可补全", year=year, month=month))


def _clean_sex(value: Any, info: idcard.IdInfo | None, out: dict[str, Any], errors: list[str]) -> None:
    text = unicodedata.normalize("NFKC", cell_text(value)).strip().lower()
    sex = SEX_WORDS.get(text, "") if text else ""
    if text and not sex:
        errors.append(msg("性别应为“男”或“女”（表中是“{value}”）", value=cell_text(value)))
    if sex and info and sex != info.sex:
        errors.append(msg("性别（{value}）与身份证号（{from_id}）不符", value=cell_text(value),
                          from_id="男" if info.sex == "M" else "女"))
    out["sex"] = info.sex if info else sex


def _clean_phones(values: list[Any], out: dict[str, Any], errors: list[str]) -> None:
    numbers: list[str] = []
    for value in values:
        text = _number_text(value)
        if not text:
            continue
        try:
            for n in split_phones(text):
                if n not in numbers:
                    numbers.append(n)
        except PhoneError as exc:
            errors.append(str(exc))
    out["phone"] = numbers[0] if numbers else ""
    out["phone2"] = numbers[1] if len(numbers) > 1 else ""
    out["extra_phones"] = numbers[2:]


def _clean_ethnicity(value: Any) -> str:
    text = NO_SPACE.sub("", unicodedata.normalize("NFKC", cell_text(value)))
    if text and not text.endswith("族") and text in ETHNIC_GROUPS:
        return text + "族"
    return text


def _clean_residence(value: Any, errors: list[str]) -> str:
    text = NO_SPACE.sub("", cell_text(value))
    if not text:
        return ""
    for word, kind in RESIDENCE_WORDS:
        if word in text:
            return kind
    errors.append(msg("居住类型应为户籍、常住或流动（表中是“{value}”）", value=text))
    return ""


def split_tags(value: Any) -> list[str]:
    out: list[str] = []
    for piece in _TAG_SPLIT.split(unicodedata.normalize("NFKC", cell_text(value))):
        piece = TAG_WORDS.get(piece, piece)
        if piece and piece not in out:
            out.append(piece)
    return out


def _building_text(value: Any) -> str:
    text = NO_SPACE.sub("", unicodedata.normalize("NFKC", _number_text(value)))
    if text.isdigit():
        return f"{int(text)}号楼"
    m = _BUILDING_NUMBER.fullmatch(text)
    return f"{int(m.group(1))}号楼" if m else text


def _unit_text(value: Any) -> str:
    text = NO_SPACE.sub("", unicodedata.normalize("NFKC", _number_text(value)))
    m = _UNIT_NUMBER.fullmatch(text)
    return str(int(m.group(1))) if m else text


_ADMIN_PREFIX = re.compile(r"^.*(?:街道办事处|街道|社区居委会|居委会|社区)")


def _split_address(text: str, warnings: list[str]) -> tuple[str, str, str, str]:
    try:
        estate, building, unit, room = parse_address(text)
    except AddressError:
        warnings.append(msg("无法从地址“{address}”中认出楼栋和房号，已记入备注，未分到住户", address=text))
        return "", "", "", ""
    return _ADMIN_PREFIX.sub("", estate), building, unit, room


def _place(values: dict[str, Any], raw: dict[str, Any], errors: list[str], warnings: list[str]) -> None:
    address = NO_SPACE.sub("", unicodedata.normalize("NFKC", cell_text(raw.get("address"))))
    estate = building = unit = room = ""
    if address:
        estate, building, unit, room = _split_address(address, warnings)
        if not building:
            values["notes"] = f"{values['notes']}；住址：{address}" if values["notes"] else f"住址：{address}"
    if cell_text(raw.get("building")):
        building = _building_text(raw["building"])
    if cell_text(raw.get("unit")):
        unit = _unit_text(raw["unit"])
    room_text = NO_SPACE.sub("", unicodedata.normalize("NFKC", _number_text(raw.get("room"))))
    if room_text:
        if not _ROOM_NUMBER.fullmatch(room_text):
            e2, b2, u2, r2 = _split_address(room_text, warnings)   # a 房号 column holding 6号楼501
            estate, building, unit = estate or e2, building or b2, unit or u2
            room_text = r2 or room_text
        room = room_text
    if room and not building:
        errors.append("有房号但没有楼栋，无法确定住户；请填写楼栋或完整地址")
    if building and not room:
        errors.append(msg("有楼栋（{building}）但没有房号，无法确定住户；请填写房号", building=building))
    values.update(address=address, estate=estate, building=building, unit=unit, room=room)


def clean_row(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """Cleaned values, errors (the row is refused) and warnings for one row's raw cells by field."""
    values: dict[str, Any] = {}
    errors: list[str] = []
    warnings: list[str] = []
    values["name"] = clean_name(raw.get("name"))
    if not values["name"]:
        errors.append("缺少姓名")
    info = _clean_id(raw.get("id_number"), values, errors, warnings)
    _clean_sex(raw.get("sex"), info, values, errors)
    _clean_birth(raw.get("birth_date"), info, values, errors, warnings)
    _clean_phones([raw.get("phone"), raw.get("phone2")], values, errors)
    values["ethnicity"] = _clean_ethnicity(raw.get("ethnicity"))
    relation = NO_SPACE.sub("", cell_text(raw.get("relation")))
    values["relation"] = RELATION_WORDS.get(relation, relation)
    values["residence_type"] = _clean_residence(raw.get("residence_type"), errors)
    values["tags"] = split_tags(raw.get("tags"))
    values["notes"] = cell_text(raw.get("notes"))
    if values["extra_phones"]:
        extra = "其他电话：" + "、".join(values["extra_phones"])
        values["notes"] = f"{values['notes']}；{extra}" if values["notes"] else extra
    _place(values, raw, errors, warnings)
    for key, limit in MAX_LEN.items():
        if len(values.get(key) or "") > limit:
            errors.append(msg("{field}太长（超过{limit}个字）", field=FIELD_LABELS.get(key, "小区名"), limit=limit))
    return values, errors, warnings
