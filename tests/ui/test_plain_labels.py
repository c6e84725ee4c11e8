"""The Qt surface's labels and message boxes take data as plain text; plain_html escapes for the
places where Qt guesses (tooltips, input dialog labels)."""

from __future__ import annotations

import pytest

from desktop.ui.qt import QLabel, QMessageBox, Qt, QtGui, QtWidgets, plain_html

pytestmark = pytest.mark.gui

IMG = '<img src="/dev/zero">'


def test_labels_are_plain_from_the_start(qtbot) -> None:
    for label in (QLabel(IMG), QLabel(text="<b>大字</b>"), QLabel(IMG, None)):
        qtbot.addWidget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText
        label.adjustSize()                                  # a layout pass: nothing is loaded or rendered
    empty = QLabel()
    empty.setText("<b>大字</b>")
    assert empty.textFormat() == Qt.TextFormat.PlainText and empty.text() == "<b>大字</b>"


@pytest.mark.parametrize("kind", ["information", "warning", "critical", "question"])
def test_message_boxes_are_plain(qtbot, monkeypatch, kind: str) -> None:
    boxes: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Yes.value)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    result = getattr(QMessageBox, kind)(None, "提示", f"已签到：{IMG}")
    box = boxes[0]
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == f"已签到：{IMG}"
    inner = [w for w in box.findChildren(QtWidgets.QLabel) if IMG in w.text()]
    assert inner and all(w.textFormat() == Qt.TextFormat.PlainText for w in inner)
    assert result == QMessageBox.StandardButton.Yes
    if kind == "question":
        assert box.standardButtons() == QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No


def test_plain_html_shows_the_text_as_typed() -> None:
    for text in (IMG, "<b>大字</b>\n第二行", "A&B", "a &lt; b"):
        shown = plain_html(text)
        doc = QtGui.QTextDocument()
        doc.setHtml(shown)
        assert QtGui.Qt.mightBeRichText(shown) and doc.toPlainText() == text
    assert plain_html("张三") == "张三"
