"""Recurrence rules: weekly on some weekdays, or monthly (the Nth day, or the Nth weekday).

Pure functions, no database: `expand(rule, calendar)` lists the dates of the occurrences; holidays come
from the same calendar as the duty rota (desktop.core.holidays), the coordinator's table included when the
caller passes `calendar_for(session, …)`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core.vocabulary import WEEKDAY_NAMES
from desktop.core.holidays import PLAIN, HolidayCalendar
from desktop.core.messages import msg

MAX_OCCURRENCES = 400


@dataclass(frozen=True)
class Rule:
    freq: str                                   # "weekly" | "monthly"
    date_from: date
    date_to: date
    weekdays: tuple[int, ...] = ()              # ISO 1 (Mon) .. 7 (Sun)
    interval: int = 1                           # every N weeks / months
    month_day: int | None = None                # monthly: on this day (clamped to month end)
    nth_week: int | None = None                 # monthly: 1..4 or -1 (last) weekday `weekdays[0]`
    skip_holidays: bool = False                 # skip days off (desktop.core.holidays)
    skip_dates: frozenset[date] = field(default_factory=frozenset)


class RuleError(ValueError):
    """The rule cannot be expanded; str() is a Chinese message."""


def check(rule: Rule) -> None:
    if rule.freq not in ("weekly", "monthly"):
        raise RuleError("重复方式只能是每周或每月")
    if rule.date_to < rule.date_from:
        raise RuleError("结束日期早于开始日期")
    if rule.interval < 1 or rule.interval > 12:
        raise RuleError("间隔应在 1 到 12 之间")
    if any(not 1 <= w <= 7 for w in rule.weekdays):
        raise RuleError("星期应为 1（周一）到 7（周日）")
    if rule.freq == "weekly" and not rule.weekdays:
        raise RuleError("每周重复要选择星期几")
    if rule.freq == "monthly":
        if rule.month_day is None and rule.nth_week is None:
            raise RuleError("每月重复要给出日期或第几个星期几")
        if rule.month_day is not None and not 1 <= rule.month_day <= 31:
            raise RuleError("每月的日期应在 1 到 31 之间")
        if rule.nth_week is not None and (rule.nth_week not in (1, 2, 3, 4, -1) or len(rule.weekdays) != 1):
            raise RuleError("每月第几个星期几：第 1–4 个或最后一个，并选一个星期几")


def _weekly(rule: Rule) -> list[date]:
    out: list[date] = []
    week0 = rule.date_from - timedelta(days=rule.date_from.weekday())
    d = rule.date_from
    wanted = set(rule.weekdays)
    while d <= rule.date_to:
        weeks = (d - week0).days // 7
        if d.isoweekday() in wanted and weeks % rule.interval == 0:
            out.append(d)
        d += timedelta(days=1)
    return out


def _monthly(rule: Rule) -> list[date]:
    out: list[date] = []
    y, m = rule.date_from.year, rule.date_from.month
    k = 0
    while date(y, m, 1) <= rule.date_to:
        if k % rule.interval == 0:
            last = calendar.monthrange(y, m)[1]
            if rule.month_day is not None:
                d = date(y, m, min(rule.month_day, last))
            else:
                wd = rule.weekdays[0] - 1
                if rule.nth_week == -1:
                    d = date(y, m, last)
                    while d.weekday() != wd:
                        d -= timedelta(days=1)
                else:
                    d = date(y, m, 1)
                    while d.weekday() != wd:
                        d += timedelta(days=1)
                    d += timedelta(weeks=(rule.nth_week or 1) - 1)
            if rule.date_from <= d <= rule.date_to:
                out.append(d)
        k += 1
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def expand(rule: Rule, calendar: HolidayCalendar = PLAIN) -> list[date]:
    """The dates of the occurrences, in order; `skip_dates` and (with `skip_holidays`) the calendar's days off
    — official, statutory for a year not published yet, or from the coordinator's table — left out."""
    check(rule)
    dates = _weekly(rule) if rule.freq == "weekly" else _monthly(rule)
    dates = [d for d in dates if d not in rule.skip_dates and not (rule.skip_holidays and calendar.is_holiday(d))]
    if len(dates) > MAX_OCCURRENCES:
        raise RuleError(msg("一次最多生成 {max_occurrences} 次活动，请缩短日期范围", max_occurrences=MAX_OCCURRENCES))
    return dates


def describe(rule: Rule) -> str:
    """每周二 / 每两周一、三 / 每月15日 / 每月最后一个周五."""
    every = "每" if rule.interval == 1 else f"每{rule.interval}"
    if rule.freq == "weekly":
        days = "、".join(WEEKDAY_NAMES[w - 1] for w in sorted(rule.weekdays))
        return f"{every}周{days}" if rule.interval == 1 else f"{every}周的周{days}"
    if rule.month_day is not None:
        return f"{every}月{rule.month_day}日" if rule.interval == 1 else f"{every}个月的{rule.month_day}日"
    nth = "最后一" if rule.nth_week == -1 else str(rule.nth_week)
    return f"{every}月第{nth}个周{WEEKDAY_NAMES[rule.weekdays[0] - 1]}".replace("第最后一", "最后一")
