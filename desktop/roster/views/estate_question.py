"""Asked once during an import: which estate do the sheet's buildings belong to, where a building's
name (`3号楼`) is not enough to tell one building of the community?"""

from __future__ import annotations

from desktop.ui.qt import QComboBox, QDialog, QDialogButtonBox, QLabel, Qt, QVBoxLayout, QWidget


class EstateQuestion(QDialog):
    """`estate()` after `exec()`: the chosen estate ("" when the user leaves the rows out)."""

    def __init__(self, estates: list[str], rows: int, examples: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("楼栋属于哪个小区？"))
        v = QVBoxLayout(self)
        text = (self.tr("表中有 %1 行只写了楼栋号（如 %2），本社区有几个小区都有同名的楼栋。"
                        "这张表的楼栋属于哪个小区？")
                .replace("%1", str(rows)).replace("%2", "、".join(examples[:3])))
        self.question = QLabel(text)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.question)
        self.choice = QComboBox()
        for e in estates:
            self.choice.addItem(e, e)
        self.choice.addItem(self.tr("都不是：这些行先不导入"), "")
        v.addWidget(self.choice)
        note = QLabel(self.tr("只用于没有写小区名的行；写了小区名的行按表中所写。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        v.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)

    def estate(self) -> str:
        return str(self.choice.currentData() or "")
