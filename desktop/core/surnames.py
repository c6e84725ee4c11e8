"""Family names read otherwise than their characters' everyday reading.

Each surname maps to its readings as a surname, the usual one first (it sorts the roster); a
character's other readings in modern use are added after these by desktop.core.pinyin, so a person
who types the everyday reading (dan for 单, cha for 查) still finds the name.

Sources: 《现代汉语词典》第7版 (商务印书馆, 2016), the senses marked 姓 and the compound surnames
under their first character, and CC-CEDICT's "surname" entries; where they differ (盖 gě/gài,
郗 xī/chī) the dictionary's comes first and the other is still indexed. Compound surnames are spelt
joined, as GB/T 28039-2011 《中国人名汉语拼音字母拼写规则》 asks. tests/core/test_surnames.py checks
every surname of the 《百家姓》 (tests/core/baijiaxing.txt) against CC-CEDICT and lists where we
read one otherwise, and why.
"""

from __future__ import annotations

# Surname → readings ("syllable syllable" for compound surnames), the usual one first.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    # compound surnames whose reading differs from their characters' everyday one
    "万俟": ("mo qi",), "尉迟": ("yu chi",), "长孙": ("zhang sun",), "单于": ("chan yu",),
    "澹台": ("tan tai",), "令狐": ("ling hu",), "乐正": ("yue zheng",), "仲长": ("zhong chang",),
    "亓官": ("qi guan",), "宰父": ("zai fu",), "谷梁": ("gu liang",), "段干": ("duan gan",),
    "夹谷": ("jia gu",), "召南": ("shao nan",),
    # single surnames
    "薄": ("bo",), "佴": ("nai",), "祭": ("zhai",), "能": ("nai",), "谌": ("chen", "shen"),
    "曾": ("zeng",), "仇": ("qiu",), "解": ("xie",), "区": ("ou",), "查": ("zha",), "朴": ("piao",),
    "盖": ("ge",), "缪": ("miao",), "覃": ("qin", "tan"), "单": ("shan",), "乐": ("yue", "le"),
    "员": ("yun",), "翟": ("zhai", "di"), "尉": ("wei",), "种": ("chong",), "秘": ("bi",),
    "繁": ("po",), "重": ("chong",), "教": ("jiao",), "那": ("na", "nuo"), "黑": ("he",), "折": ("she",),
    "句": ("gou",), "纪": ("ji",), "褚": ("chu",), "藏": ("zang",), "隗": ("wei", "kui"), "蔚": ("yu",),
    "宁": ("ning",), "沈": ("shen",), "车": ("che",), "华": ("hua",), "任": ("ren",), "召": ("shao",),
    "洗": ("xian",), "冼": ("xian",), "牟": ("mou", "mu"), "阚": ("kan",), "过": ("guo",),
    "訾": ("zi",), "粘": ("nian",), "都": ("du",), "长": ("chang",), "朝": ("chao",),
    "曲": ("qu",), "相": ("xiang",), "占": ("zhan",), "燕": ("yan",), "葛": ("ge",), "晁": ("chao",),
    "俱": ("ju",), "干": ("gan",), "盛": ("sheng",), "贲": ("ben",), "宓": ("mi", "fu"),
    "郇": ("xun", "huan"), "蕃": ("pi",), "亓": ("qi",), "乜": ("nie",), "佘": ("she",),
    "恽": ("yun",), "仉": ("zhang",), "逄": ("pang",), "郗": ("xi", "chi"), "应": ("ying",),
    "厍": ("she",), "卜": ("bu",), "柏": ("bai",), "适": ("kuo",), "行": ("xing", "hang"),
    "角": ("jue",), "石": ("shi",), "舍": ("she",), "殷": ("yin",), "贾": ("jia",),
    "莘": ("shen",), "颉": ("xie", "jie"), "阿": ("a",), "家": ("jia",), "蒯": ("kuai",),
    "郜": ("gao",), "缑": ("gou",), "亢": ("kang",), "广": ("guang",), "强": ("qiang",),
    "和": ("he",), "少": ("shao",), "从": ("cong",),
}
