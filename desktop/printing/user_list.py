"""用户及角色名单: the list of users with their roles and communities (internal, confidential)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.core.clock import fmt_local
from desktop.printing.fonts import PrintReport, markup, recording
from desktop.printing.tables import data_table, pack_units
from desktop.printing.template import LinliDocument, paragraph_styles

TITLE = "用户及角色名单"
FONT_SIZE = 9.5
HEADERS = ["序号", "用户名", "姓名", "角色", "所属社区", "状态", "最近登录"]


def column_widths(total: float) -> list[float]:
    fixed = [10 * mm, 25 * mm, 30 * mm, 19 * mm, 0.0, 11 * mm, 30 * mm]
    fixed[4] = total - sum(fixed)
    return fixed


def user_rows(users: Sequence[Mapping[str, Any]], community_width: float = float("inf"),
              font_size: float = FONT_SIZE) -> list[list[str]]:
    rows = []
    for n, u in enumerate(users, start=1):
        last = u.get("last_login")
        rows.append([
            str(n), u["username"], u["display_name"], u["role_label"],
            pack_units(u.get("communities") or [], community_width, font_size) or "—",
            "启用" if u.get("active", True) else "停用",
            fmt_local(last) if last else "从未登录",
        ])
    return rows


def user_list_story(doc: LinliDocument, users: Sequence[Mapping[str, Any]]) -> list[Flowable]:
    active = sum(1 for u in users if u.get("active", True))
    summary = f"共 {len(users)} 个用户，其中启用 {active} 个、停用 {len(users) - active} 个。"
    cols = column_widths(doc.width)
    table = data_table(HEADERS, user_rows(users, cols[4]), cols, zebra=True, font_size=FONT_SIZE,
                       align=["center", "left", "left", "center", "left", "center", "center"])
    return [Paragraph(markup(summary), paragraph_styles(10)["body"]), Spacer(0, 3 * mm), table]


def render_user_list(out: Path | BinaryIO, users: list[dict[str, Any]], *, printed_by: str,
                     printed_at: datetime, community: str = "") -> PrintReport:
    """Write the user list (marked 内部资料 注意保密) to `out`; the report names what could not print."""
    doc = LinliDocument(title=TITLE, community=community, printed_by=printed_by,
                        printed_at=printed_at, confidential=True)
    with recording(doc.report):
        story = user_list_story(doc, users)
    return doc.build(story, out)
