"""Entry dialogs of the rehab page. Each collects values and hands them to a `submit` callback that
runs the service; a refused or invalid entry keeps the dialog open with the service's message."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from desktop.core.dates import DateParseError, parse_date
from desktop.core.errors import ValidationError
from desktop.rehab.models import (
    KINDS, METHODS, REFERRAL_KINDS, RISK_LEVELS, STAGES, STATUSES, TEST_KINDS, TEST_RESULTS,
)
from desktop.ui.conflict import saved_in_dialog
from desktop.ui.qt import (
    QComboBox, QDate, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)
from desktop.rehab.followup_service import AbsenceInput, FollowUpInput
from desktop.rehab.cases_service import CaseInput, NewPerson
from desktop.ui.qt import QGridLayout, QPushButton, QSpinBox
from desktop.rehab.plans import Rule
from desktop.rehab.models import CONTACT_ROLES
from desktop.core.messages import word


def date_edit(value: date) -> QDateEdit:
    w = QDateEdit(QDate(value.year, value.month, value.day))
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    return w


def date_of(w: QDateEdit) -> date:
    d = w.date()
    return date(d.year(), d.month(), d.day())


def combo(items: Sequence[str], empty: str | None = None) -> QComboBox:
    c = QComboBox()
    for item in items:
        c.addItem(word(item) if item else (empty or ""), item)   # the value stays Chinese
    return c


class OptionalDate(QLineEdit):
    """A date that may be left empty (2026-03-02, 2026/3/2, 2026年3月2日 …)."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)

    def value(self, field: str) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except DateParseError as exc:
            raise ValidationError({field: str(exc)}) from None


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00000;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.submit: Callable[[], None] | None = None
        self.reload_requested = False    # closed to show another desk's newer version (then opened again)

    def row(self, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def accept(self) -> None:
        if saved_in_dialog(self, self.error, lambda: self.submit() if self.submit is not None else None):
            super().accept()


class FollowUpDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增随访记录"))
        self.on = self.row(self.tr("日期"), date_edit(today))
        self.method = self.row(self.tr("方式"), combo(METHODS))
        self.content = self.row(self.tr("帮扶内容"), QPlainTextEdit())
        self.test_kind = self.row(self.tr("检测方式"), combo(TEST_KINDS, self.tr("（本次未检测）")))
        self.test_result = self.row(self.tr("检测结果"), combo(TEST_RESULTS, self.tr("（无）")))
        self.next_due = self.row(self.tr("下次随访"), OptionalDate(self.tr("留空则按随访计划")))

    def values(self):  # noqa: ANN201 — FollowUpInput
        return FollowUpInput(on=date_of(self.on), method=self.method.currentData(),
                             content=self.content.toPlainText(), test_kind=self.test_kind.currentData(),
                             test_result=self.test_result.currentData(), next_due=self.next_due.value("next_due"))


class AbsenceDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("请假外出"))
        self.from_date = self.row(self.tr("离开日期"), date_edit(today))
        self.to_date = self.row(self.tr("返回日期"), date_edit(today))
        self.destination = self.row(self.tr("去往"), QLineEdit())
        self.reason = self.row(self.tr("事由"), QLineEdit())
        self.requested_on = self.row(self.tr("书面申请日期"), OptionalDate(self.tr("未申请则留空")))
        self.approved_on = self.row(self.tr("批准日期"), OptionalDate(self.tr("未批准则留空")))
        hint = QLabel(self.tr("离开县（市、区）3日以上须书面申请并经批准，否则计为擅自离开。"))
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def values(self):  # noqa: ANN201 — AbsenceInput
        return AbsenceInput(from_date=date_of(self.from_date), to_date=date_of(self.to_date),
                            destination=self.destination.text(), reason=self.reason.text(),
                            requested_on=self.requested_on.value("requested_on"),
                            approved_on=self.approved_on.value("approved_on"))


class ReferralDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转介帮扶"))
        self.kind = self.row(self.tr("类别"), combo(REFERRAL_KINDS))
        self.to_org = self.row(self.tr("转介单位"), QLineEdit())
        self.on = self.row(self.tr("日期"), date_edit(today))
        self.outcome = self.row(self.tr("结果"), QLineEdit())


class StageDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("阶段记录"))
        self.stage = self.row(self.tr("阶段"), combo(STAGES))
        self.on = self.row(self.tr("日期"), date_edit(today))
        self.content = self.row(self.tr("记录"), QPlainTextEdit())


class StatusDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("变更状态"))
        self.status = self.row(self.tr("新状态"), combo([x for x in STATUSES if x != current]))
        self.on = self.row(self.tr("日期"), date_edit(today))
        self.reason = self.row(self.tr("说明"), QLineEdit())
        self.transfer_to = self.row(self.tr("转往（转出时填写）"), QLineEdit())


class SendReportDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记报告送出"))
        self.sent_to = self.row(self.tr("接收的公安机关/民警"), QLineEdit())


class NewCaseDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date, communities: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建个案"))
        self.name = self.row(self.tr("姓名"), QLineEdit())
        self.id_number = self.row(self.tr("身份证号"), QLineEdit())
        self.community = self.row(self.tr("所在社区"), QComboBox())
        for cid, name in communities:
            self.community.addItem(name, cid)
        self.alias = self.row(self.tr("化名（列表中显示）"), QLineEdit())
        self.kind = self.row(self.tr("类别"), combo(KINDS))
        self.decision_no = self.row(self.tr("决定书编号"), QLineEdit())
        self.decision_authority = self.row(self.tr("决定机关"), QLineEdit())
        self.decision_date = self.row(self.tr("决定日期"), date_edit(today))
        self.start_date = self.row(self.tr("执行开始日期"), date_edit(today))
        self.reported_on = self.row(self.tr("报到日期"), OptionalDate(self.tr("未报到则留空")))
        self.risk = self.row(self.tr("风险等级"), combo(RISK_LEVELS))
        self.risk.setCurrentIndex(1)
        self.police = self.row(self.tr("公安联络人"), QLineEdit())

    def values(self):  # noqa: ANN201 — CaseInput
        return CaseInput(
            kind=self.kind.currentData(), decision_date=date_of(self.decision_date),
            start_date=date_of(self.start_date), decision_no=self.decision_no.text(),
            decision_authority=self.decision_authority.text(), reported_on=self.reported_on.value("reported_on"),
            agreement_signed_on=None, police_liaison=self.police.text(), risk_level=self.risk.currentData(),
            alias=self.alias.text(),
            new_person=NewPerson(name=self.name.text(), id_number=self.id_number.text(),
                                 community_id=self.community.currentData()))


class PlanDialog(FormDialog):
    """The follow-up plan template: one row per phase (months, contact every N days, test every N days)."""

    def __init__(self, parent: QWidget | None, rules: Sequence[object], editable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("随访计划模板"))

        self._spin = QSpinBox
        self.grid = QGridLayout()
        for col, head in enumerate((self.tr("从第几月"), self.tr("到第几月"), self.tr("每几天联系"), self.tr("每几天检测"))):
            self.grid.addWidget(QLabel(head), 0, col)
        self.rows: list[list[QSpinBox]] = []
        for r in rules:
            self.add_row(r.from_month, r.to_month, r.contact_days, r.test_days)  # type: ignore[attr-defined]
        self.form.addRow(self.grid)
        self.editable = editable
        if editable:
            add = QPushButton(self.tr("添加阶段"))
            add.clicked.connect(lambda: self.add_row(self.rows[-1][1].value() + 1 if self.rows else 1,
                                                     36, 30, 90))
            drop = QPushButton(self.tr("删除最后阶段"))
            drop.clicked.connect(self.drop_row)
            self.form.addRow(add, drop)
        else:
            self.form.addRow(QLabel(self.tr("随访计划由督导维护，此处仅供查看。")))
        for row in self.rows:
            for w in row:
                w.setEnabled(editable)

    def add_row(self, a: int, b: int, c: int, d: int) -> None:
        row = []
        for col, (value, hi) in enumerate(((a, 120), (b, 120), (c, 365), (d, 365))):
            spin = self._spin()
            spin.setRange(0, hi)
            spin.setValue(value)
            self.grid.addWidget(spin, len(self.rows) + 1, col)
            row.append(spin)
        self.rows.append(row)

    def drop_row(self) -> None:
        if len(self.rows) > 1:
            for w in self.rows.pop():
                self.grid.removeWidget(w)
                w.deleteLater()

    def values(self) -> list[object]:
        return [Rule(*(w.value() for w in row)) for row in self.rows]


class ShareDialog(FormDialog):
    def __init__(self, parent: QWidget | None, workers: Sequence[object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("共享个案"))
        self.worker = self.row(self.tr("共享给禁毒社工"), QComboBox())
        for w in workers:
            self.worker.addItem(f"{w.display_name}（{w.username}）", w.id)  # type: ignore[attr-defined]
        hint = QLabel(self.tr("共享后，对方可以查看和记录这个个案；可随时取消共享。"))
        hint.setWordWrap(True)
        self.form.addRow(hint)


class ContactDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加工作网络联系人"))

        self.role = self.row(self.tr("类别"), combo(CONTACT_ROLES))
        self.name = self.row(self.tr("姓名"), QLineEdit())
        self.organisation = self.row(self.tr("单位"), QLineEdit())
        self.phone = self.row(self.tr("电话"), QLineEdit())


def _text(d: date | None) -> str:
    return d.isoformat() if d else ""


class EditCaseDialog(FormDialog):
    """The case's own facts (the person's details are kept in the roster)."""

    def __init__(self, parent: QWidget | None, d: object) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改个案信息"))
        self.kind = self.row(self.tr("类别"), combo(KINDS))
        self.kind.setCurrentIndex(self.kind.findData(d.kind))  # type: ignore[attr-defined]
        self.alias = self.row(self.tr("化名（列表中显示）"), QLineEdit(d.alias))  # type: ignore[attr-defined]
        self.decision_no = self.row(self.tr("决定书编号"), QLineEdit(d.decision_no))  # type: ignore[attr-defined]
        self.decision_authority = self.row(self.tr("决定机关"), QLineEdit(d.decision_authority))  # type: ignore[attr-defined]
        self.decision_date = self.row(self.tr("决定日期"), date_edit(d.decision_date))  # type: ignore[attr-defined]
        self.start_date = self.row(self.tr("执行开始日期"), date_edit(d.start_date))  # type: ignore[attr-defined]
        self.end_date = self.row(self.tr("期满日期"), OptionalDate(self.tr("留空则为三年")))
        self.end_date.setText(_text(d.end_date))  # type: ignore[attr-defined]
        self.reported_on = self.row(self.tr("报到日期"), OptionalDate(self.tr("未报到则留空")))
        self.reported_on.setText(_text(d.reported_on))  # type: ignore[attr-defined]
        self.agreement = self.row(self.tr("协议签订日期"), OptionalDate(self.tr("未签则留空")))
        self.agreement.setText(_text(d.agreement_signed_on))  # type: ignore[attr-defined]
        self.risk = self.row(self.tr("风险等级"), combo(RISK_LEVELS))
        self.risk.setCurrentIndex(self.risk.findData(d.risk_level))  # type: ignore[attr-defined]
        self.police = self.row(self.tr("公安联络人"), QLineEdit(d.police_liaison))  # type: ignore[attr-defined]
        self.notes = self.row(self.tr("备注"), QPlainTextEdit(d.notes))  # type: ignore[attr-defined]

    def values(self):  # noqa: ANN201 — CaseInput
        return CaseInput(
            kind=self.kind.currentData(), decision_date=date_of(self.decision_date),
            start_date=date_of(self.start_date), end_date=self.end_date.value("end_date"),
            decision_no=self.decision_no.text(), decision_authority=self.decision_authority.text(),
            reported_on=self.reported_on.value("reported_on"),
            agreement_signed_on=self.agreement.value("agreement_signed_on"), police_liaison=self.police.text(),
            risk_level=self.risk.currentData(), alias=self.alias.text(), notes=self.notes.toPlainText())
