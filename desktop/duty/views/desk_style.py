"""The guard desk's look: big type scaled by the machine's type-size setting (设置 → 字体放大), a live
button that looks pressable and a dead one that plainly does not (grey, dashed, its reason on it)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.ui.context import AppContext
from desktop.ui.qt import QLabel, QPushButton, QSize, QSizePolicy, Qt, QVBoxLayout, QWidget

# Sizes in points at type size 1.0; the setting multiplies them.
TEXT_PT = 15
HEAD_PT = 17
BIG_PT = 19
CLOCK_PT = 24


@dataclass(frozen=True)
class DeskLook:
    scale: float = 1.0

    def pt(self, base: float) -> int:
        return max(8, round(base * self.scale))

    @property
    def text_pt(self) -> int:
        return self.pt(TEXT_PT)

    @property
    def head_pt(self) -> int:
        return self.pt(HEAD_PT)

    @property
    def big_pt(self) -> int:
        return self.pt(BIG_PT)

    def dialog_size(self, columns: int, rows: int) -> QSize:
        """A dialog of so many 40-point cells, never larger than a 1024×768 screen leaves room for."""
        cell = self.pt(40)
        return QSize(min(cell * columns, 1000), min(cell * rows, 700))

    @property
    def style(self) -> str:
        pad_v, pad_h = self.pt(6), self.pt(14)
        return f"""
QWidget {{ font-size: {self.text_pt}pt; }}
QLabel#deskClock {{ font-size: {self.pt(CLOCK_PT)}pt; font-weight: bold; }}
QLabel#deskHead {{ font-size: {self.head_pt}pt; font-weight: bold; color: #1d4e89; }}
QLabel#deskAlert {{ color: #9b0015; font-weight: bold; }}
QLabel#deskMessage {{ color: #1b3d1b; }}
QLabel#deskHandover {{ background: #fff4cc; border: 1px solid #b08800; padding: 4px; }}
QPushButton {{ padding: {pad_v}px {pad_h}px; border: 2px solid #5a6b7b; border-radius: 6px;
              background: #f3f6f9; color: #111111; }}
QPushButton:focus {{ border: 3px solid #1d4e89; }}
QPushButton#deskBig {{ min-height: {self.pt(36)}px; }}
QPushButton#deskBig QLabel {{ background: transparent; color: white; }}
QPushButton#deskBig QLabel#bigTitle {{ font-size: {self.big_pt}pt; font-weight: bold; }}
QPushButton#deskBig[role="start"] {{ background: #2e7d32; border-color: #1b5e20; }}
QPushButton#deskBig[role="end"] {{ background: #c62828; border-color: #8e0000; }}
QPushButton#deskBig[role="cover"] {{ background: #ef6c00; border-color: #a84b00; }}
QPushButton#deskBig[dead="true"] QLabel {{ color: #555555; }}
QPushButton#deskBig[dead="true"] QLabel#bigTitle {{ font-weight: normal; }}
QPushButton#deskRound {{ font-size: {self.big_pt}pt; font-weight: bold; background: #1565c0;
                         border-color: #0d3c78; color: white; }}
QPushButton[dead="true"], QPushButton#deskBig[dead="true"] {{ background: #e4e4e4; color: #555555;
              border: 2px dashed #9a9a9a; font-weight: normal; }}
"""


def look_for(ctx: AppContext) -> DeskLook:
    try:
        scale = float(ctx.settings.get("font_scale"))
    except (KeyError, TypeError, ValueError):
        scale = 1.0
    return DeskLook(min(2.0, max(0.8, scale)))


def set_dead(button: QPushButton, dead: bool, reason: str = "") -> None:
    """A dead button stays pressable (pressing it says why) but looks plainly unavailable."""
    button.setProperty("dead", "true" if dead else "false")
    button.setToolTip(reason if dead else "")
    button.setAccessibleDescription(reason if dead else "")
    restyle(button)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property its selectors read has changed (children too)."""
    for w in [widget, *widget.findChildren(QWidget)]:
        style = w.style()
        style.unpolish(w)
        style.polish(w)
        w.update()


class BigButton(QPushButton):
    """开始值班 / 结束值班 / 代班: the action in big bold type, under it what it acts on or why it is dead
    (smaller, wrapping), both part of one button that is pressed as a whole."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskBig")
        self.setProperty("role", role)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)   # narrower than its one-line text: the detail wraps
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("bigTitle")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for label in (self.title, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(label)

    def set_texts(self, title: str, detail: str) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{title} {detail}".strip())
        self.updateGeometry()

    def text(self) -> str:                    # what the button says, for tests and screen readers
        return f"{self.title.text()}\n{self.detail.text()}" if self.detail.text() else self.title.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(self.title.minimumSizeHint().width() + 24, hint.height())


def is_dead(button: QPushButton) -> bool:
    return button.property("dead") == "true"
