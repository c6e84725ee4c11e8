"""Labels held in tables outside widgets, marked so the translation tools collect them."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

NAVIGATION = [
    QT_TRANSLATE_NOOP("Navigation", "今日"), QT_TRANSLATE_NOOP("Navigation", "花名册"),
    QT_TRANSLATE_NOOP("Navigation", "志愿值班"), QT_TRANSLATE_NOOP("Navigation", "戒毒康复"),
    QT_TRANSLATE_NOOP("Navigation", "养老中心"), QT_TRANSLATE_NOOP("Navigation", "活动"),
    QT_TRANSLATE_NOOP("Navigation", "报表"), QT_TRANSLATE_NOOP("Navigation", "设置"),
    QT_TRANSLATE_NOOP("Navigation", "志愿者"),
]
ROLES = [
    QT_TRANSLATE_NOOP("Roles", "管理员"), QT_TRANSLATE_NOOP("Roles", "督导"),
    QT_TRANSLATE_NOOP("Roles", "社区社工"), QT_TRANSLATE_NOOP("Roles", "禁毒社工"),
    QT_TRANSLATE_NOOP("Roles", "中心前台"), QT_TRANSLATE_NOOP("Roles", "值班志愿者"),
]
DESKS = [
    QT_TRANSLATE_NOOP("Desks", "值班室"), QT_TRANSLATE_NOOP("Desks", "中心前台"),
    QT_TRANSLATE_NOOP("Desks", "康复中心"), QT_TRANSLATE_NOOP("Desks", "社工办公室"),
]
