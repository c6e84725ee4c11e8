"""Where exports and printouts go, and what happens to a PDF made only to be printed.

Save dialogs start in the signed-in user's own export folder (`<data folder>/exports/<username>/`,
private to the account), not in the shared Documents folder; once the person saves somewhere else (a
USB stick, a shared folder), the next save dialogs of that sign-in start there. `ask_save_path` is
the one save dialog of the views. A PDF made only to be printed (sign-in
sheets, lists, cards, forms) is not meant to stay on a lobby PC: once it is made, a small prompt that
does not block the window offers to delete it when the printing is done.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.paths import exports_dir
from desktop.ui.context import AppContext
from desktop.ui.qt import QFileDialog, QMessageBox, Qt, QWidget

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
        from desktop.ui.printer import unique_path

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


def offer_delete_printout(parent: QWidget, path: Path | str) -> QMessageBox:
    """A non-blocking prompt: 打印好了，删除 removes the file; 保留 keeps it. Returns the prompt."""
    path = Path(path)
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("打印后删除"),
                      parent.tr("“%s”只为打印而生成，里面有个人信息。\n打印好后请删除，不要留在这台电脑上。") % path.name,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("printout-prompt")
    delete = box.addButton(parent.tr("打印好了，删除"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(parent.tr("保留文件"), QMessageBox.ButtonRole.RejectRole)
    box.setModal(False)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.finished.connect(box.deleteLater)

    def clicked(button: object) -> None:
        if button is not delete:
            return
        try:
            path.unlink(missing_ok=True)
        except OSError:                                      # e.g. still open in the PDF reader
            note = QMessageBox(QMessageBox.Icon.Warning, parent.tr("无法删除"),
                               parent.tr("无法删除 %s：请先关闭 PDF 阅读器，再到导出文件夹删除。") % path,
                               QMessageBox.StandardButton.Ok, parent)
            note.setModal(False)
            note.finished.connect(note.deleteLater)
            note.show()

    box.buttonClicked.connect(clicked)
    box.show()
    return box
