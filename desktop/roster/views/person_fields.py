"""The person form's fields: which, in what order, the widget that edits each, and reading a birth
date typed as a whole date or (日期不全) as a year and month."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from desktop.core.dates import DateParseError, parse_date
from desktop.core.messages import shown, word
from desktop.core.vocabulary import RELATION, RELATIONS, RESIDENCE_TYPES
from desktop.ui import word_choices
from desktop.ui.qt import (
    QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QObject, QPlainTextEdit, Qt, QWidget, WrappedLabel,
)
from desktop.ui.flow_layout import FlowLayout

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"



class _BoxLabel(WrappedLabel):
    """A check box's text as a label that wraps (a check box's own text never does); a click on it
    ticks the box, as a click on the box's own text would."""

    def __init__(self, box: QCheckBox, text: str) -> None:
        super().__init__(text)
        self.box = box
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: object) -> None:  # noqa: N802
        if self.box.isEnabled():
            self.box.toggle()


def wrapped_check(box: QCheckBox, text: str) -> QHBoxLayout:
    """`box` with `text` beside it, wrapping where the form is narrow (large type, English)."""
    box.setAccessibleName(text)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(_BoxLabel(box, text), 1)
    return row


# Form fields in order: key (PersonInput attribute), label.
FIELDS = [
    ("name", "姓名"),
    ("reading", "读音"),
    ("sex", "性别"),
    ("birth_date", "出生日期"),
    ("ethnicity", "民族"),
    ("id_number", "身份证号"),
    ("phone", "电话"),
    ("phone2", "电话2"),
    ("relation", "与户主关系"),
    ("residence_type", "居住类型"),
    ("tags", "标签"),
    ("notes", "备注"),
]

SEXES = [("", ""), ("M", "男"), ("F", "女")]
_YEAR_MONTH = re.compile(r"\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?\s*")


def birth_date(text: str, partial: bool) -> tuple[date | None, str]:
    """(the date, "") or (None, the message) for what was typed; with `partial` a year and month
    ("1940-03", "1940年3月") stands for the 1st of that month."""
    year_month = _YEAR_MONTH.fullmatch(text) if partial else None
    if year_month and 1 <= int(year_month.group(2)) <= 12:
        return date(int(year_month.group(1)), int(year_month.group(2)), 1), ""
    if not text.strip():
        return None, ""
    try:
        return parse_date(text), ""
    except DateParseError as exc:
        return None, shown(exc)


class FieldMaker(QObject):
    """Makes the editing widget of each field; the tag check boxes are kept in `tag_boxes`."""

    def __init__(self, tags: Sequence[str]) -> None:
        super().__init__()
        self.tags = list(tags)
        self.tag_boxes: dict[str, QCheckBox] = {}

    def make(self, key: str) -> QWidget:
        if key == "sex":
            w = QComboBox()
            for code, label in SEXES:
                w.addItem(word(label), code)
            return w
        if key in ("relation", "residence_type"):
            w = QComboBox()
            w.setEditable(key == "relation")
            if key == "relation":
                word_choices.offer(w, RELATIONS, RELATION)
            else:
                word_choices.offer(w, RESIDENCE_TYPES)
            return w
        if key == "tags":
            w = QWidget()
            flow = FlowLayout(w)    # as many to a line as the editor's width holds: a narrow editor wraps them
            for tag in self.tags:
                box = QCheckBox(tag)
                self.tag_boxes[tag] = box
                flow.addWidget(box)
            return w
        if key == "notes":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(60)
            return w
        w = QLineEdit()
        if key == "birth_date":
            w.setPlaceholderText(self.tr("如 1950-03-05，可由身份证号得出"))
        if key == "id_number":
            w.setPlaceholderText(self.tr("18 位，可留空"))
        if key == "reading":
            w.setPlaceholderText(self.tr("拼音，每字一个音节，如 shan tian fang"))
        return w
