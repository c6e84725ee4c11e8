"""按签到表录入: after the activity, tick the names that signed the paper sheet, type the walk-ins
written on its blank rows, and attach the scanned sheet as the evidence."""

from __future__ import annotations

from desktop.activities import service as svc
from desktop.activities.activity_service import PersonLine
from desktop.activities.views.tables import ID_ROLE
from desktop.ui.actions import call
from desktop.ui.context import AppContext
from desktop.ui.qt import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, Qt, QVBoxLayout, QWidget,
)


class SheetEntryDialog(QDialog):
    def __init__(self, ctx: AppContext, activity_id: str, title: str, people: list[PersonLine],
                 already: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.result_text = ""
        self.setWindowTitle(self.tr("按签到表录入：") + title)
        self.resize(560, 640)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("勾选在签到表上签了名的人（空格键勾选/取消）：")))
        self.names = QListWidget()
        for p in people:
            item = QListWidgetItem(f"{p.name}　{p.room}")
            item.setData(ID_ROLE, p.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if p.person_id in already:           # signed in before: shown ticked, undone in the 已签到 list
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setCheckState(Qt.CheckState.Unchecked)
            self.names.addItem(item)
        lay.addWidget(self.names, 1)
        lay.addWidget(QLabel(self.tr("空白行上现场加入的人（每行一个姓名）：")))
        self.walk_ins = QPlainTextEdit()
        self.walk_ins.setMaximumHeight(110)
        lay.addWidget(self.walk_ins)
        row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("签到表扫描件（图片或 PDF，可不填）"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.scan, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.names.setFocus()
        if self.names.count():
            self.names.setCurrentRow(0)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择签到表扫描件"), "",
                                              self.tr("图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)"))
        if path:
            self.scan.setText(path)

    def checked_ids(self) -> list[str]:
        return [self.names.item(i).data(ID_ROLE) for i in range(self.names.count())
                if self.names.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        walk_ins = [line.strip() for line in self.walk_ins.toPlainText().splitlines() if line.strip()]
        ids, scan = self.checked_ids(), self.scan.text().strip() or None
        r = call(self.ctx, self, lambda s: svc.mark_attendance(s, self.ctx.actor, self.activity_id, ids, walk_ins,
                                                               source="sheet", evidence_path=scan),
                 status=self.error, warn=False)
        if r is None:
            return
        self.result_text = self.tr("签到表已录入：新增 %1 人，现场加入 %2 人%3").replace("%1", str(r.added)) \
            .replace("%2", str(r.walk_ins)).replace("%3", self.tr("，扫描件已保存") if r.evidence_id else "")
        self.accept()
