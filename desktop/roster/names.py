"""Plausible Qingyuan (Cantonese-area) names and numbers for demo and benchmark rosters."""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.core.idcard import make_id

# Weighted roughly like the Pearl River Delta: 陈 李 黄 梁 … with the local 区 覃 冼 (one character each).
SURNAMES = ("陈" * 12 + "李" * 8 + "黄" * 8 + "梁" * 6 + "何" * 5 + "罗" * 5 + "刘" * 5 + "张" * 5
            + "林" * 5 + "吴" * 4 + "冯" * 3 + "邓" * 4 + "曾" * 3 + "区" * 2 + "覃" * 2 + "钟" * 3
            + "谢" * 3 + "朱" * 3 + "潘" * 3 + "麦" * 2 + "冼" + "苏" * 2 + "周" * 2 + "叶" * 2
            + "郑" * 2 + "杨" * 2 + "赖" + "温" + "邱" + "卢" * 2 + "莫")     # single characters; 欧阳/司徒 are drawn apart
GIVEN_MALE = ("伟 强 军 华 明 杰 俊 辉 志 文 国 建 荣 海 永 德 家 嘉 浩 子 锦 耀 祖 炳 富 森 添 坤 "
              "泽 伦 昌 基 成 柏 洪 汉 宏 健 振 达 广 东 标 灿 铭 宇 晨 轩 皓 天 乐").split()
GIVEN_FEMALE = ("芳 丽 敏 静 燕 红 霞 玲 婷 娟 英 秀 美 兰 凤 嫦 娣 妹 群 惠 好 珍 彩 金 银 淑 桂 "
                "琼 雪 梅 萍 莉 倩 欣 怡 颖 诗 晓 慧 思 嘉 雅 琳 彤 月 容 爱").split()
RARE_NAMES = ("𠮷祥", "𠮷利", "䶮辉")  # given names with an Extension B / Extension A character
AREA = "441802"                        # 清远市清城区
# The article's people: made once, on purpose, by the demos; random names never repeat them.
RESERVED = frozenset({"陈富森", "潘美兰", "陈俊杰", "潘捷", "刘桂兰", "张秀英", "罗淑芬", "吴国强", "李月娥"})


def person_name(rng: random.Random, sex: str) -> str:
    while True:
        surname = rng.choice(SURNAMES) if rng.random() > 0.02 else rng.choice(("欧阳", "司徒"))
        pool = GIVEN_MALE if sex == "M" else GIVEN_FEMALE
        given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.8 else "")
        if surname + given not in RESERVED:
            return surname + given


def birth_date(rng: random.Random, today: date, age_min: int = 0, age_max: int = 95) -> date:
    age_days = rng.randint(age_min * 365 + 1, age_max * 365 + 300)
    return today - timedelta(days=age_days)


def id_number(rng: random.Random, born: date, sex: str, used: set[str]) -> str:
    """A fictional valid number (area 441802); odd sequence for men, even for women; unique in `used`."""
    while True:
        seq = rng.randrange(1 if sex == "M" else 0, 1000, 2)
        number = make_id(AREA, born, seq)
        if number not in used:
            used.add(number)
            return number


def mobile(rng: random.Random) -> str:
    return rng.choice(("138", "139", "137", "135", "136", "150", "159", "188", "189", "133", "180")) + \
        f"{rng.randrange(10**8):08d}"
