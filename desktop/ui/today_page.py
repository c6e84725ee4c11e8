"""今日: the date, and each module's section for today (attention notes, shifts, due visits…)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.clock import today
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.ui.pages import TODAY_SECTIONS
from desktop.ui.qt import QFont, QLabel, QPaintEvent, QScrollArea, QShowEvent, QTimer, QVBoxLayout, QWidget, Signal

WEEKDAYS = [QT_TRANSLATE_NOOP("TodayPage", "星期一"), QT_TRANSLATE_NOOP("TodayPage", "星期二"),
            QT_TRANSLATE_NOOP("TodayPage", "星期三"), QT_TRANSLATE_NOOP("TodayPage", "星期四"),
            QT_TRANSLATE_NOOP("TodayPage", "星期五"), QT_TRANSLATE_NOOP("TodayPage", "星期六"),
            QT_TRANSLATE_NOOP("TodayPage", "星期日")]


def _load(path: str) -> type:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class TodayPage(Page):
    ready = Signal()  # the sections have read their data
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.heading.setFont(big)
        outer.addWidget(self.heading)
        self.greeting = QLabel()
        mid = QFont(self.font())
        mid.setPointSizeF(mid.pointSizeF() * 1.4)
        self.greeting.setFont(mid)
        outer.addWidget(self.greeting)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.sections_layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.sections: list[QWidget] = []
        self.loaded = False
        self.empty = QLabel(self.tr("正在读取今天的事项…"))
        self.empty.setFont(mid)
        self.sections_layout.addWidget(self.empty)
        self.sections_layout.addStretch(1)
        self._show_heading()
        self._scheduled = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 — Qt's name
        """The window paints first; the modules' sections (each reads the database) follow at once."""
        super().paintEvent(event)
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._load_sections)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._scheduled and not self.isVisible():
            self._load_sections()

    def _load_sections(self) -> None:
        if self.loaded:
            return
        actor = self.ctx.actor
        for section in TODAY_SECTIONS:
            if not section.may_apply(actor):
                continue                # nobody here may see it: its module is not even loaded
            cls = _load(section.factory)
            if cls.applies(actor):
                widget = cls(self.ctx)
                self.sections.append(widget)
                self.sections_layout.insertWidget(self.sections_layout.count() - 2, widget)
        self.loaded = True
        self.empty.setText(self.tr("今天没有需要特别注意的事项。"))
        self._show_heading()
        self.ready.emit()

    def _show_heading(self) -> None:
        d = today()
        self.heading.setText(f"{d.isoformat()} {self.tr(WEEKDAYS[d.weekday()])}")      # ISO in either language
        self.greeting.setText(self.tr("%s，您好。") % self.ctx.actor.display_name)
        self.empty.setVisible(not self.sections or not self.loaded)

    def refresh(self) -> None:
        self._show_heading()
        for section in self.sections:
            if hasattr(section, "refresh"):
                section.refresh()
        self.empty.setVisible(not self.sections)
