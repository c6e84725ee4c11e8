"""Where exports and saved PDFs go.

Save dialogs start in the signed-in user's own export folder (`<data folder>/exports/<username>/`,
private to the account), not in the shared Documents folder; once the person saves somewhere else (a
USB stick, a shared folder), the next save dialogs of that sign-in start there. `ask_save_path` is
the one save dialog of the views. Printing never goes through a saved file (desktop.ui.print_actions):
a PDF on disk is only ever one the person chose to keep.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.paths import exports_dir
from desktop.ui.context import AppContext
from desktop.ui.qt import QFileDialog, QWidget
from desktop.ui.printer import unique_path

PDF = "PDF (*.pdf)"
_LAST_FOLDER = "save_folder"                 # in AppContext.extra: where this sign-in last saved


def export_start(ctx: AppContext, file_name: str) -> str:
    """The path a save dialog suggests: the file name in the folder this user last saved in, at first
    their own export folder."""
    folder = ctx.extra.get(_LAST_FOLDER)
    if folder is None or not folder.is_dir():
        folder = exports_dir(ctx.actor.username)
    return str(folder / Path(file_name).name)


def ask_save_path(ctx: AppContext, parent: QWidget, title: str, suggested: str, filters: str = PDF, *,
                  keep_earlier: bool = False, folder: Path | None = None) -> Path | None:
    """The save dialog: starts at `suggested` in the user's folder (or in `folder`, e.g. beside the sheet a
    report is about); None when cancelled. A name typed without one of the suffixes of `filters` gets the
    suggested name's; the folder is remembered. With `keep_earlier` the suggestion never names a file
    already there (`… (2).pdf`)."""
    start = str(folder / Path(suggested).name) if folder is not None else export_start(ctx, suggested)
    if keep_earlier:
        start = str(unique_path(Path(start).parent, Path(start).name))
    name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not name:
        return None
    path = Path(name)
    allowed = [x.lower() for x in re.findall(r"\*(\.\w+)", filters)] or [Path(suggested).suffix.lower()]
    if allowed[0] and path.suffix.lower() not in allowed:       # typed without (or with another) suffix
        path = path.with_name(path.name + (Path(suggested).suffix or allowed[0]))
    ctx.extra[_LAST_FOLDER] = path.parent
    return path
