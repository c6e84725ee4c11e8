"""Running a service call from a widget: one unit of work, and a refusal shown to the person.

Every button that calls a service does it the same way::

    rows = call(self.ctx, self, lambda s: service.list_things(s, self.ctx.actor))
    if rows is None:                         # refused: the message was shown
        return

A `UserError` (a refusal, a validation message, a conflict) rolls the unit of work back and is shown
in a warning box, or in the widget's status label when one is given (`status=`, `warn=False` for the
label alone), or handed to `refused(exc)` when the widget says it its own way. Anything else is a
defect and propagates to the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.ui.context import AppContext
from desktop.ui.qt import QLabel, QMessageBox, QWidget

T = TypeVar("T")


def show_refusal(parent: QWidget, exc: UserError, *, status: QLabel | None = None, warn: bool = True,
                 refused: Callable[[UserError], None] | None = None) -> None:
    """Tell the person why their action was refused: through `refused(exc)` when given, else in `status`
    when given and in a warning box when `warn`."""
    if refused is not None:
        refused(exc)
        return
    if status is not None:
        status.setText(shown(exc))
    if warn:
        QMessageBox.warning(parent, parent.tr("提示"), shown(exc))


def call(ctx: AppContext, parent: QWidget, fn: Callable[[Session], T], *, status: QLabel | None = None,
         warn: bool = True, refused: Callable[[UserError], None] | None = None) -> T | None:
    """`fn(session)` in one unit of work as the signed-in person; None (and the message shown) when refused."""
    try:
        with ctx.db.session(ctx.actor) as s:
            return fn(s)
    except UserError as exc:
        show_refusal(parent, exc, status=status, warn=warn, refused=refused)
        return None


def succeeds(ctx: AppContext, parent: QWidget, fn: Callable[[Session], object], *, status: QLabel | None = None,
             warn: bool = True, refused: Callable[[UserError], None] | None = None) -> bool:
    """Like `call`, for actions whose result does not matter: True when the unit of work was committed."""
    try:
        with ctx.db.session(ctx.actor) as s:
            fn(s)
    except UserError as exc:
        show_refusal(parent, exc, status=status, warn=warn, refused=refused)
        return False
    return True


def show_in(status: QLabel) -> Callable[[UserError], None]:
    """A refusal handler that writes the message in a status label (for work run in the background)."""
    return lambda exc: status.setText(shown(exc))
