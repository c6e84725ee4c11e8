"""Table helpers: every cell is a Paragraph built with markup(), so fallback fonts apply."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.printing.fonts import PRIMARY, markup, text_width
from desktop.printing.template import paragraph_styles

HEADER_BG = colors.Color(0.86, 0.86, 0.86)
ZEBRA_BG = colors.Color(0.95, 0.95, 0.95)
PAD_X, PAD_TOP, PAD_BOTTOM = 3.0, 2.5, 3.5


def cell(value: object, *, font_size: float = 10, head: bool = False,
         align: str = "left") -> Flowable:
    """A table cell: Flowables pass through, None is empty, anything else is printed as text."""
    if isinstance(value, Flowable):
        return value
    style = paragraph_styles(font_size)["head" if head else "cell"]
    if not head and align != "left":
        style = style.clone(f"cell-{align}", alignment={"center": 1, "right": 2}[align])
    return Paragraph(markup("" if value is None else str(value)), style)


def blank_rows(count: int, columns: int) -> list[list[str]]:
    """`count` empty rows (pair with min_row_height for room to write by hand)."""
    return [[""] * columns for _ in range(count)]


def pack_units(items: Sequence[str], width: float, font_size: float = 10, sep: str = "、") -> str:
    """Join `items` with `sep`, breaking lines only between items so that each line fits
    `width` (cell width incl. padding); an item too long for a line still wraps inside it."""
    room = width - 2 * PAD_X
    lines: list[str] = []
    for item in items:
        if lines and text_width(lines[-1] + sep + item, font_size) <= room:
            lines[-1] += sep + item
        else:
            if lines:
                lines[-1] += sep
            lines.append(item)
    return "\n".join(lines)


def widths(total: float, *weights: float) -> list[float]:
    """Split `total` width in proportion to `weights`."""
    scale = total / sum(weights)
    return [w * scale for w in weights]


def data_table(headers: Sequence[object], rows: Sequence[Sequence[object]], col_widths: Sequence[float],
               *, repeat_header: bool = True, zebra: bool = False, min_row_height: float | None = None,
               font_size: float = 10, align: Sequence[str] | None = None) -> Table:
    """A gridded table with a shaded header row repeated on every page it spans.

    `align` gives per-column alignment ("left"/"center"/"right") for the body cells.
    """
    ncols = len(col_widths)
    if len(headers) != ncols or any(len(r) != ncols for r in rows):
        raise ValueError("every row needs one value per column")
    aligns = list(align) if align else ["left"] * ncols
    head = [cell(h, font_size=font_size, head=True) for h in headers]
    body = [[cell(v, font_size=font_size, align=a) for v, a in zip(r, aligns)] for r in rows]
    heights: list[float | None] | None = None
    if min_row_height is not None:
        heights = [None] + [max(min_row_height, _needed(r, col_widths)) for r in body]
    table = Table([head, *body], colWidths=list(col_widths), rowHeights=heights,
                  repeatRows=1 if repeat_header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), PRIMARY),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
    ]
    if zebra and rows:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_BG]))
    table.setStyle(TableStyle(commands))
    return table


def _needed(row: Sequence[Flowable], col_widths: Sequence[float]) -> float:
    tallest = 0.0
    for flowable, width in zip(row, col_widths):
        _, h = flowable.wrap(width - 2 * PAD_X, 10_000)
        tallest = max(tallest, h)
    return tallest + PAD_TOP + PAD_BOTTOM
