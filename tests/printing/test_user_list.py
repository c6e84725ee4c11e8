"""The user list with roles: multi-page, confidential, every name printed or reported."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.printing.fonts import PLACEHOLDER, register_fonts
from desktop.printing.template import CONFIDENTIAL
from desktop.printing.user_list import HEADERS, render_user_list

JI = "\U00020bb7"   # 𠮷 (Ext-B)
YAN = "\u4dae"      # 䶮 (Ext-A)


def squash(text: str) -> str:
    """Extracted text without the line breaks and spaces pypdf puts between table cells."""
    return "".join(text.split())


SPECIAL = [f"{JI}田雅", f"王{YAN}", "阿依古丽·买买提", "李\ue000明"]


def _users(n: int, printed_at: datetime) -> list[dict[str, Any]]:
    roles = ["管理员", "社工", "网格员", "志愿者"]
    comms = ["城南社区", "城北社区", "凤鸣社区", "东城社区"]
    users = []
    for i in range(n):
        users.append({
            "username": f"user{i:03d}",
            "display_name": SPECIAL[i] if i < len(SPECIAL) else f"居民{i}号",
            "role_label": roles[i % 4], "communities": comms[: i % 4 + 1], "active": i % 5 != 1,
            "last_login": None if i % 7 == 3 else printed_at - timedelta(days=i, hours=1),
        })
    return users


def test_many_users_span_pages(tmp_path: Path, printed_at: datetime, page_texts: Callable) -> None:
    out = tmp_path / "users.pdf"
    report = render_user_list(out, _users(120, printed_at), printed_by="管理员 周敏", printed_at=printed_at)
    texts = page_texts(out)
    assert report.pages == len(texts) >= 3
    for i, text in enumerate(texts, start=1):
        assert f"第 {i} 页 / 共 {len(texts)} 页" in text
        assert "用户及角色名单" in text and CONFIDENTIAL in text and "打印人：管理员 周敏" in text
        assert "".join(HEADERS) in squash(text)  # header row repeated
    everything = "\n".join(texts)
    for i in range(4, 120):
        assert f"居民{i}号" in everything and f"user{i:03d}" in everything
    assert "共 120 个用户，其中启用 96 个、停用 24 个。" in texts[0]


def test_special_names_print_with_fallback_font(tmp_path: Path, printed_at: datetime, page_texts: Callable,
                                                fonts_of_text: Callable, page_fonts: Callable) -> None:
    out = tmp_path / "users.pdf"
    report = render_user_list(out, _users(6, printed_at), printed_by="周敏", printed_at=printed_at)
    (fonts,) = page_fonts(out)
    assert {name.split("+")[1].split("-")[0] for name in fonts} == {"WenQuanYiMicroHei", "HanaMinA"}
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts.values())
    text = page_texts(out)[0]
    assert f"{JI}田雅" in text and f"王{YAN}" in text and "阿依古丽·买买提" in text
    primary = register_fonts().primary
    for ch in (JI, YAN):
        used = fonts_of_text(out, ch)
        assert used and all("HanaMin" in name for name in used), used
    assert any("WenQuanYi" in name for name in fonts_of_text(out, "阿依古丽·买买提"))
    assert primary.has("·")
    # No font has U+E000: printed as a visible 〓 and reported, never a silent blank.
    assert f"李{PLACEHOLDER}明" in text
    assert report.unprintable == ["李\ue000明"] and report.missing_chars == {"\ue000"}


def test_row_contents(tmp_path: Path, printed_at: datetime, page_texts: Callable) -> None:
    out = tmp_path / "users.pdf"
    render_user_list(out, _users(5, printed_at), printed_by="周敏", printed_at=printed_at,
                     community="凤城街道")
    text = page_texts(out)[0]
    assert "社区：凤城街道" in text
    flat = squash(text)
    assert "1user000" in flat and "管理员" in flat and "城南社区" in flat
    assert "停用" in text and "启用" in text and "从未登录" in text  # user003 never signed in
    assert "2026-11-28 13:05" in text  # user001: one day and an hour before 14:05 Shanghai
    assert "城南社区、城北社区、凤鸣社区、东城社区" in flat


def test_empty_list_and_byte_stability(tmp_path: Path, printed_at: datetime, page_texts: Callable) -> None:
    out = tmp_path / "empty.pdf"
    render_user_list(out, [], printed_by="周敏", printed_at=printed_at)
    assert "共 0 个用户" in page_texts(out)[0]
    first, second = io.BytesIO(), io.BytesIO()
    render_user_list(first, _users(50, printed_at), printed_by="周敏", printed_at=printed_at)
    render_user_list(second, _users(50, printed_at), printed_by="周敏", printed_at=printed_at)
    assert first.getvalue() == second.getvalue()
