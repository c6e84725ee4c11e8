"""What the window tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.ui.look import install_translators, load_fonts
from desktop.ui.qt import QApplication


@pytest.fixture
def english_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application speaking English for one test (fonts loaded), Chinese again after it."""
    load_fonts(qapp)
    install_translators(qapp, "en")
    try:
        yield qapp
    finally:
        install_translators(qapp, "zh_CN")
