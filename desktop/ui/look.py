"""Fonts and translations for the Qt side: the shipped CJK font, Qt's own zh_CN strings, English."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from desktop.core import messages
from desktop.core.paths import resources_dir
from desktop.ui.qt import QApplication, QFont, QFontDatabase, QtCore

log = logging.getLogger(__name__)

# Families tried in order; Qt falls back per glyph through this list (Ext-A/B names included).
FAMILIES = ["WenQuanYi Micro Hei", "Microsoft YaHei", "HanaMinA", "HanaMinB", "Droid Sans Fallback"]


def load_fonts(app: QApplication, scale: float = 1.0) -> list[str]:
    loaded: list[str] = []
    fonts = resources_dir() / "fonts"
    for path in sorted(fonts.rglob("*")):
        if path.suffix.lower() in (".ttf", ".ttc", ".otf"):
            fid = QFontDatabase.addApplicationFont(str(path))
            if fid >= 0:
                loaded.extend(QFontDatabase.applicationFontFamilies(fid))
            else:
                log.warning("could not load font %s", path)
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BASE_PT * scale)
    app.setFont(font)
    return loaded


BASE_PT = 10.5          # the type size at 1.0


def type_scale() -> float:
    """The type size chosen for this desk (1.0, 1.5 …) as the application's font carries it: widgets that
    set their own larger type (the check-in field) multiply by it."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if app is not None else BASE_PT
    return max(0.8, min(2.0, size / BASE_PT)) if size > 0 else 1.0


_installed: list[QtCore.QTranslator] = []


class GlossaryTranslator(QtCore.QTranslator):
    """English for a source text by the text alone, from resources/translations/glossary_en.py: asked after
    linli_en.qm, it answers where the compiled file has no entry under the caller's context — a label kept
    in a list and shown with tr(label), a mixin's string looked up under the class that uses it."""

    def __init__(self, parent: QtCore.QObject, table: dict[str, str | tuple[str, str]]) -> None:
        super().__init__(parent)
        self._table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                  n: int = -1) -> str | None:
        english = self._table.get(source)
        if isinstance(english, tuple):
            return english[0] if n == 1 else english[1]
        return english          # None: not known here, Qt asks the next translator or keeps the source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._table


def glossary() -> dict[str, str | tuple[str, str]]:
    path = resources_dir() / "translations" / "glossary_en.py"
    spec = importlib.util.spec_from_file_location("linli_glossary_en", path)
    if spec is None or spec.loader is None or not path.exists():
        log.warning("English glossary missing: %s", path)
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.GLOSSARY)


def install_translators(app: QApplication, language: str) -> None:
    """Chinese is the source language; English comes from resources/translations/linli_en.qm.
    Qt's own dialogs (file chooser, message box buttons) and calendar get qtbase_zh_CN in Chinese,
    qtbase_en in English; the services' messages follow through `messages.use_language`."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        words = GlossaryTranslator(app, glossary())      # installed first: asked last
        app.installTranslator(words)
        _installed.append(words)
        mine = QtCore.QTranslator(app)
        qm = resources_dir() / "translations" / "linli_en.qm"
        if mine.load(str(qm)):
            app.installTranslator(mine)
            _installed.append(mine)
        else:
            log.warning("English translation missing: %s", qm)
        qt = QtCore.QTranslator(app)
        if qt.load("qtbase_en", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
        QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedKingdom))
    else:
        qt = QtCore.QTranslator(app)
        if qt.load("qtbase_zh_CN", qt_dir) or qt.load(str(Path(qt_dir) / "qt_zh_CN")):
            app.installTranslator(qt)
            _installed.append(qt)
        QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.Chinese, QtCore.QLocale.Country.China))
    messages.use_language(language)
