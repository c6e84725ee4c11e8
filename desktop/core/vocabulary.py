"""The small vocabulary every module shows or reads: sex, weekdays, residence types, relations to the
head of a household. One place, so a label is never spelt two ways."""

from __future__ import annotations

SEX_LABELS: dict[str, str] = {"M": "男", "F": "女"}
SEX_CODES: dict[str, str] = {"": "", "M": "M", "F": "F", "男": "M", "女": "F"}   # stored code of what was typed

# Monday first, as `date.weekday()` counts: "星期" + WEEKDAY_NAMES[d.weekday()].
WEEKDAY_NAMES: tuple[str, ...] = ("一", "二", "三", "四", "五", "六", "日")

RESIDENCE_TYPES: tuple[str, ...] = ("", "户籍", "常住", "流动")
RELATIONS: tuple[str, ...] = ("", "户主", "配偶", "子", "女", "父母", "孙子女", "兄弟姐妹", "其他")
RELATION = "与户主关系"            # what a relation says (messages.word): 女 is a daughter there


def sex_label(code: str | None) -> str:
    """"男"/"女" for a stored sex code, "" for none or an unknown one."""
    return SEX_LABELS.get(code or "", "")
