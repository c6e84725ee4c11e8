"""Choices among the code's fixed words in a combo box: each word shown in the window's language
(messages.word), the word itself kept as the item's data and stored. Where the box is editable, a typed
text is data and is stored as typed; a text that reads as one of the offered words stores that word, so an
English desk records 生日会, not "Birthday party"."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.messages import word
from desktop.ui.qt import QComboBox, Qt


def offer(box: QComboBox, words: Iterable[str], of: str = "") -> None:
    """`of`: what the words say, where a word says two things (messages.word)."""
    for value in words:
        box.addItem(word(value, of), value)


def show(box: QComboBox, value: str) -> None:
    """Select `value` (a stored word, or text typed once); an editable box shows text it does not offer."""
    at = box.findData(value)
    if at >= 0:
        box.setCurrentIndex(at)
    elif box.isEditable():
        box.setCurrentText(value)


def chosen(box: QComboBox) -> str:
    """The stored word of the text the box shows: an offered word by its data, a typed text as it is."""
    text = box.currentText()
    at = box.findText(text, Qt.MatchFlag.MatchExactly)
    data = box.itemData(at) if at >= 0 else None
    return data if isinstance(data, str) else text
