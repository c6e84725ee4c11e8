"""Helpers for reading back the PDFs the printing tests build."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

# 2026-11-29 06:05 UTC is 14:05 in Shanghai.
PRINTED_AT = datetime(2026, 11, 29, 6, 5, tzinfo=UTC)


@pytest.fixture
def printed_at() -> datetime:
    return PRINTED_AT


@pytest.fixture
def page_texts() -> Callable[[Path], list[str]]:
    def read(path: Path) -> list[str]:
        return [page.extract_text() for page in PdfReader(str(path)).pages]
    return read


@pytest.fixture
def page_fonts() -> Callable[[Path], list[dict[str, Any]]]:
    """Per page: BaseFont name -> resolved font dictionary."""
    def read(path: Path) -> list[dict[str, Any]]:
        out = []
        for page in PdfReader(str(path)).pages:
            fonts = page["/Resources"]["/Font"]
            out.append({str(f.get_object()["/BaseFont"]): f.get_object() for f in fonts.values()})
        return out
    return read


@pytest.fixture
def fonts_of_text() -> Callable[[Path, str], set[str]]:
    """The BaseFont names used to draw any text run containing `needle`."""
    def read(path: Path, needle: str) -> set[str]:
        used: set[str] = set()

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            if needle in text and font is not None:
                used.add(str(font["/BaseFont"]))
        for page in PdfReader(str(path)).pages:
            page.extract_text(visitor_text=visit)
        return used
    return read
