"""data_table: Paragraph cells with fallback fonts, header repeated on each page, blank rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from desktop.printing.tables import blank_rows, data_table, pack_units, widths
from desktop.printing.template import LinliDocument


def test_header_repeats_on_every_page(tmp_path: Path, printed_at: datetime, page_texts: Callable) -> None:
    rows = [[str(i), f"居民{i}", "城南社区"] for i in range(150)]
    table = data_table(["序号", "姓名", "社区"], rows, widths(180 * mm, 1, 3, 3), zebra=True)
    assert table.repeatRows == 1
    out = tmp_path / "t.pdf"
    LinliDocument(title="表格", printed_by="周敏", printed_at=printed_at).build([table], out)
    texts = page_texts(out)
    assert len(texts) >= 3
    for text in texts:
        assert "序号" in text and "姓名" in text
    assert "居民149" in texts[-1]


def test_cells_are_paragraphs_with_markup() -> None:
    table = data_table(["姓名"], [["<张\U00020bb7>"], [None], [3]], [50 * mm])
    cells = [row[0] for row in table._cellvalues]
    assert all(isinstance(c, Paragraph) for c in cells)
    assert "&lt;张<font name=" in cells[1].text
    assert cells[2].text == "" and cells[3].text == "3"


def test_blank_rows_get_minimum_height() -> None:
    assert blank_rows(3, 2) == [["", ""], ["", ""], ["", ""]]
    table = data_table(["时间", "情况记录"], blank_rows(18, 2) + [["", "长" * 200]], [20 * mm, 60 * mm],
                       min_row_height=10 * mm)
    table.wrap(80 * mm, 1000 * mm)
    heights = table._rowHeights
    assert len(heights) == 20
    assert all(h == pytest.approx(10 * mm) for h in heights[1:19])
    assert heights[19] > 10 * mm  # long text grows its row instead of overflowing


def test_rows_must_match_columns() -> None:
    with pytest.raises(ValueError):
        data_table(["a", "b"], [["1"]], [10, 10])


def test_pack_units_breaks_only_between_items() -> None:
    items = ["城南社区", "城北社区", "凤鸣社区"]
    assert pack_units(items, 1000) == "城南社区、城北社区、凤鸣社区"
    assert pack_units(items, 50 * mm, 10) == "城南社区、城北社区、\n凤鸣社区"
    assert pack_units([], 100) == ""
