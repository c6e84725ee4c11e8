"""The roster import's two long steps as work for a worker thread (desktop.ui.background): reading and
planning the sheet (the preview, which writes nothing) and writing the plan (the import). Each opens its
own unit of work and reads no widget: what it needs is handed to it before it starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.progress import Cancelled, Progress
from desktop.core.security import Actor
from desktop.roster import import_service
from desktop.roster.import_service import ImportCancelled, ImportPlan, ImportResult
from desktop.roster.import_sheet import ParsedSheet


@contextmanager
def _stopped_as_cancelled(progress: Progress) -> Iterator[None]:
    """The service stopping on 取消 (ImportCancelled), or refusing after 取消 was pressed, ends the work
    as cancelled (nothing said); a refusal otherwise goes up as it is."""
    try:
        yield
    except ImportCancelled:
        raise Cancelled() from None
    except UserError:
        if progress.cancelled:
            raise Cancelled() from None
        raise


def import_work(db: Database, actor: Actor, plan: ImportPlan) -> Callable[[Progress], ImportResult]:
    """The import as background work: `apply_import` in one transaction; cancelled (even after the last
    row) or failed, nothing is kept."""
    def work(progress: Progress) -> ImportResult:
        try:
            with _stopped_as_cancelled(progress), db.session(actor) as s:
                result = import_service.apply_import(s, actor, plan, progress=progress.keep_going)
                if progress.cancelled:          # cancelled after the last row: still nothing is kept
                    raise ImportCancelled()
        except (Cancelled, UserError):
            raise
        except Exception as exc:  # shown to the user; the transaction is already rolled back
            raise UserError(f"{type(exc).__name__}: {exc}") from exc
        return result
    return work


def discard(plan: ImportPlan, shown: ImportPlan | ParsedSheet | None) -> None:
    """Remove the rows of a plan that will not be shown, unless they are the rows of `shown` (the plan
    shown, or the sheet it was planned again from: the same store)."""
    rows = getattr(shown, "rows", None)
    if plan.rows.store is not getattr(rows, "store", None):
        plan.close()


def preview_work(db: Database, actor: Actor, path: Path, community_id: str, *, estate: str,
                 parsed: ParsedSheet | None, counting: str) -> Callable[[Progress], ImportPlan]:
    """The preview as background work: `preview_import` in its own unit of work, reporting rows read of
    the sheet's rows (`counting`: "… %1 … %2 …", the words around the two numbers); 取消 stops it at
    the next few hundred rows and leaves no rows of it on disk (`parsed`'s rows stay: they are shown)."""
    def work(progress: Progress) -> ImportPlan:
        def tell(done: int, total: int) -> bool:
            progress.note(done, total, counting.replace("%1", f"{done:,}").replace("%2", f"{total:,}"))
            return not progress.cancelled
        with _stopped_as_cancelled(progress), db.session(actor) as s:
            plan = import_service.preview_import(s, actor, path, community_id, estate=estate, parsed=parsed,
                                                 progress=tell)
        if progress.cancelled:                  # 取消 as the last rows were read: not shown, not kept
            discard(plan, parsed)
            raise Cancelled()
        return plan
    return work
