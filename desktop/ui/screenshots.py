"""`main.py screenshots OUTDIR`: every page each demo account may see, rendered offscreen to PNG — in the
language, type size and screen size asked (`--lang en --type-size 1.5 --size 1366x768`), as a desk with
those settings would show them."""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop.core import accounts
from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.paths import settings_file
from desktop.core.machine_settings import MachineSettings
from desktop.core.messages import msg
from desktop.ui.app import desk_context
from desktop.ui.crash import install_qt_message_log
from desktop.ui.look import install_translators, load_fonts
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QApplication

DEFAULT_VIEWS = [("admin", "office"), ("duty", "guard"), ("reception", "reception"), ("rehab", "rehab")]


def parse_size(text: str) -> tuple[int, int]:
    """"1366x768" → (1366, 768); a one-line refusal for anything else."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise UserError(msg("屏幕大小要写成 宽x高，如 1366x768：{text}", text=text[:40]))
    size = int(width), int(height)
    if not (640 <= size[0] <= 7680 and 480 <= size[1] <= 4320):
        raise UserError(msg("屏幕大小超出范围（640x480 至 7680x4320）：{text}", text=text[:40]))
    return size


def render_screenshots(db: Database, outdir: Path, username: str | None = None, *, language: str | None = None,
                       type_size: float | None = None, size: tuple[int, int] = (1280, 800)) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    password = os.environ.get("LINLI_PASSWORD")
    if not password:
        raise UserError("截图需要以某个账号登录：请设置环境变量 LINLI_PASSWORD")
    app = QApplication.instance() or QApplication(["linli"])
    install_qt_message_log()
    settings = MachineSettings(settings_file())
    if type_size is not None and not 0.8 <= type_size <= 2.0:
        raise UserError(msg("字体放大倍数应在 0.8 至 2.0 之间：{type_size}", type_size=type_size))
    install_translators(app, language or settings.get("language"))
    load_fonts(app, type_size if type_size is not None else settings.get("font_scale"))
    outdir.mkdir(parents=True, exist_ok=True)
    views = [(username, "office")] if username and username != "admin" else DEFAULT_VIEWS
    written: list[Path] = []
    opening = MainWindow(desk="guard", db_label=db.describe())   # what a start shows before sign-in
    opening.resize(*size)
    opening.show()
    app.processEvents()
    written.append(outdir / "start.png")
    opening.grab().save(str(written[-1]))
    opening.close()
    opening.deleteLater()
    for user, desk in views:
        try:
            with db.session() as s:
                actor = accounts.authenticate(s, user, password, desk=desk)
        except UserError:
            continue
        ctx, community = desk_context(db, actor, settings, desk)
        window = MainWindow(ctx, community)
        window.resize(*size)
        window.show()
        for key in window.keys():
            window.open_page(key)
            app.processEvents()
            page = window.page(key)
            waited = 0
            while not getattr(page, "loaded", True) and waited < 200:   # 今日 reads its sections after painting
                app.processEvents()
                time.sleep(0.01)
                waited += 1
            for _ in range(5):                       # lay out and paint what it read
                app.processEvents()
            path = outdir / f"{user}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    if len(written) == 1:
        raise UserError("没有账号能以 LINLI_PASSWORD 登录，未生成截图")
    return written
