"""Base class of the pages the main window navigates between."""

from __future__ import annotations

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.ui.context import AppContext
from desktop.ui.qt import QMessageBox, QWidget


class Page(QWidget):
    """A navigation page. Built lazily the first time it is shown; `refresh()` reloads its data.

    Pages call services with a short session per action: `with self.ctx.db.session(self.ctx.actor) as s:`.
    They keep no session between actions and hold no business rules.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload from the database (called when the page is shown again)."""

    def show_error(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("提示"), shown(exc))
