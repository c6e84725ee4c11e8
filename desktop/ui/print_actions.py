"""打印 and 另存为 PDF for every printed document of the views.

- **打印** (`print_now`): the service renders the document on a worker thread into a private temporary PDF,
  the system's print dialog opens, the pages go to the printer and the file is removed — nothing with
  names, addresses or phone numbers stays on the desk's PC, and no PDF viewer is involved.
- **另存为 PDF** (`save_copy`): the save dialog suggests a meaningful name (what, whose, the date) that does
  not replace an earlier file, in the folder this sign-in last saved in (at first the user's export folder).

`print_buttons` makes the pair of buttons (a menu each where one place prints several documents);
`print_menu_button` one button whose menu holds both, for a crowded bar.
`save_pdf` is the plain building block: render into a chosen file on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.ui.background import Job, run_in_background
from desktop.ui.context import AppContext
from desktop.ui.export_files import ask_save_path
from desktop.ui.printer import meaningful_name, print_service, tell_unprintable
from desktop.ui.qt import QPushButton, QtWidgets, QWidget
from desktop.core.clock import today

Render = Callable[[Session, Path], object]
Told = Callable[[str], None]


def save_pdf(ctx: AppContext, parent: QWidget, suggested: str, render: Render, *,
             path: Path | None = None, title: str | None = None,
             printed: Callable[[Path], None] | None = None,
             failed: Callable[[UserError], None] | None = None) -> Job | None:
    """Ask for a file name (in the user's export folder) unless `path` is given; then, on a worker thread,
    run `render(session, path)` in a unit of work of its own; back on the window's thread call
    `printed(path)`; a refusal goes to `failed(exc)`, by default a warning. `render` must not read
    widgets: take the values before. Returns the job (None when no file was chosen); `job.path` is the
    file, `job.result` what `render` returned."""
    if path is None:
        path = ask_save_path(ctx, parent, title or parent.tr("保存 PDF"), suggested)
        if path is None:
            return None

    def work(_progress: Progress) -> object:
        with ctx.db.session(ctx.actor) as s:
            return render(s, path)

    def done(_report: object) -> None:
        if printed is not None:
            printed(path)

    job = run_in_background(parent, parent.tr("正在生成 %s…") % path.name, work, done, failed=failed)
    job.path = path
    return job


def print_now(ctx: AppContext, parent: QWidget, what: Sequence[object], render: Render, *,
              ask: Callable[[object], bool] | None = None, told: Told | None = None,
              failed: Callable[[UserError], None] | None = None) -> Job:
    """打印 in one step: `what` names the print job (`值班排班表 西湖花园6号楼 2026-11`); `told(text)` hears
    how many pages went to the printer (or that the print dialog was cancelled). `ask(printer)` stands in for the print dialog (tests)."""
    title = meaningful_name(*what, suffix="")

    def printed(pages: int) -> None:
        if told is not None and pages:
            told(parent.tr("已送打印机：%1（%2 页）").replace("%1", title).replace("%2", str(pages)))
        elif told is not None:
            told(parent.tr("没有打印：%1").replace("%1", title))
    return print_service(ctx, parent, title, render, ask=ask, printed=printed, failed=failed)


def save_copy(ctx: AppContext, parent: QWidget, what: Sequence[object], render: Render, *,
              out: Path | None = None, told: Told | None = None,
              failed: Callable[[UserError], None] | None = None) -> Job | None:
    """另存为 PDF: the save dialog suggests `<what…>.pdf`, never an earlier file's name (`out`: no dialog);
    the PDF is built on a worker thread and not opened. None when no file was chosen."""
    if out is None:
        out = ask_save_path(ctx, parent, parent.tr("另存为 PDF"), meaningful_name(*what), keep_earlier=True)
        if out is None:
            return None

    def saved(path: Path) -> None:
        tell_unprintable(parent, job.result)
        if told is not None:
            told(parent.tr("已保存：%1").replace("%1", str(path)))
    job = save_pdf(ctx, parent, "", render, path=out, printed=saved, failed=failed)
    assert job is not None
    return job


def print_or_save(ctx: AppContext, parent: QWidget, what: Sequence[object], render: Render, *, save: bool,
                  out: Path | None = None, ask: Callable[[object], bool] | None = None, told: Told | None = None,
                  failed: Callable[[UserError], None] | None = None) -> Job | None:
    """`save_copy` when `save`, else `print_now`."""
    if save:
        return save_copy(ctx, parent, what, render, out=out, told=told, failed=failed)
    return print_now(ctx, parent, what, render, ask=ask, told=told, failed=failed)


def print_buttons(print_text: str, save_text: str,
                  items: Sequence[tuple[str, Callable[[bool], object]]]) -> tuple[QPushButton, QPushButton]:
    """打印 and 另存为 PDF… buttons for `items` (label, `act(save)`): one item, plain buttons; several, a menu
    on each listing them. The texts come translated from the view."""
    print_button, save_button = QPushButton(print_text), QPushButton(save_text)
    if len(items) == 1:
        act = items[0][1]
        print_button.clicked.connect(lambda _c=False: act(False))
        save_button.clicked.connect(lambda _c=False: act(True))
        return print_button, save_button
    for button, save in ((print_button, False), (save_button, True)):
        menu = QtWidgets.QMenu(button)
        for label, act in items:
            menu.addAction(label, lambda a=act, s=save: a(s))
        button.setMenu(menu)
    return print_button, save_button


def print_menu_button(print_text: str, save_text: str,
                      items: Sequence[tuple[str, Callable[[bool], object]]]) -> QPushButton:
    """One 打印 button for a crowded bar: its menu lists `items` to print, then 另存为 PDF with the same items
    (`act(save)`)."""
    button = QPushButton(print_text)
    menu = QtWidgets.QMenu(button)
    for label, act in items:
        menu.addAction(label, lambda a=act: a(False))
    menu.addSeparator()
    saves = menu.addMenu(save_text)
    for label, act in items:
        saves.addAction(label, lambda a=act: a(True))
    button.setMenu(menu)
    return button


def print_user_list(ctx: AppContext, parent: QWidget, save: bool = False, *,
                    ask: Callable[[object], bool] | None = None, out: Path | None = None) -> Job | None:
    from desktop.admin.printing import print_user_list as job  # deferred: ReportLab loads with the first print

    return print_or_save(ctx, parent, [parent.tr("账号清单"), today().isoformat()],
                         lambda s, p: job(s, ctx.actor, p), save=save, ask=ask, out=out)
