"""Fonts and the glyph rule: nothing prints as a silent blank box."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from desktop.printing import fonts
from desktop.printing.fonts import (
    PLACEHOLDER,
    PRIMARY,
    PrintReport,
    UnprintableText,
    check_printable,
    markup,
    missing_glyphs,
    recording,
    register_fonts,
    shipped_font_paths,
    text_runs,
)
from desktop.printing.template import paragraph_styles

EXT_A = "\u4dae"        # 䶮
EXT_B = "\U00020bb7"    # 𠮷
UNPRINTABLE = ["\ue000", "\u0378", "\U0010fffd"]  # private use, unassigned, plane-16 private use


def test_register_fonts_is_cached_and_registers_linli_sans() -> None:
    fs = register_fonts()
    assert register_fonts() is fs
    assert fs.primary.name == PRIMARY
    assert pdfmetrics.getFont(PRIMARY) is not None
    for fb in fs.fallbacks:
        assert pdfmetrics.getFont(fb.name) is not None
    assert len({f.name for f in fs.fonts}) == len(fs.fonts)


def test_shipped_fonts_are_truetype_with_licences() -> None:
    paths = shipped_font_paths()
    assert [p.name for p in paths] == ["wqy-microhei.ttc", "HanaMinA.ttf", "HanaMinB.ttf"]
    root = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    for p in paths:
        assert p.is_relative_to(root)
        assert (p.parent / "COPYRIGHT.txt").is_file()
        TTFont(f"probe-{p.stem}", str(p), subfontIndex=0)  # raises for CFF outlines
    assert "Apache License" in (root / "wqy-microhei" / "LICENSE-Apache-2.0.txt").read_text()
    assert "Hanazono Font License" in (root / "hanazono" / "COPYRIGHT.txt").read_text()


def test_bundled_only_candidates_use_shipped_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINLI_PRINT_FONTS", "bundled")
    cands = fonts._candidates()
    assert [c.paths for c in cands] == [(p,) for p in shipped_font_paths()]
    loaded = [fonts._load(f"bundled-{i}", c) for i, c in enumerate(cands)]
    assert all(f is not None for f in loaded)
    for ch in "凤城街道阿依古丽·买买提" + EXT_A + EXT_B:
        assert any(f is not None and f.has(ch) for f in loaded), ch


def test_markup_escapes_and_uses_fallback_for_ext_a_and_b() -> None:
    out = markup(f"张{EXT_B}田 <王{EXT_A}> & 阿依古丽·买买提")
    fs = register_fonts()
    assert fs.font_for(EXT_A) != PRIMARY and fs.font_for(EXT_B) != PRIMARY
    assert f'<font name="{fs.font_for(EXT_B)}">{EXT_B}</font>' in out
    assert f'<font name="{fs.font_for(EXT_A)}">{EXT_A}</font>' in out
    assert "&lt;王" in out and "&gt; &amp; 阿依古丽·买买提" in out  # middle dot stays in the primary
    assert out.startswith("张<font")


def test_markup_newlines_and_invisible_marks() -> None:
    assert markup("一\n二\r\n三") == "一<br/>二<br/>三"
    assert markup("葛\ufe00\u200d明") == "葛明"  # variation selector / ZWJ: nothing to draw
    assert missing_glyphs("一\n二\t三\ufe0f") == set()


def test_empty_glyphs_in_primary_go_to_a_fallback() -> None:
    # WenQuanYi maps these to empty outlines: they would print blank.
    fs = register_fonts()
    for ch in "ǚǎ℃":
        assert not fs.primary.has(ch)
        assert fs.font_for(ch) not in (None, PRIMARY)


@pytest.mark.parametrize("ch", UNPRINTABLE)
def test_missing_glyphs_reports_what_no_font_has(ch: str) -> None:
    assert missing_glyphs(f"李{ch}明") == {ch}
    with pytest.raises(UnprintableText) as err:
        check_printable(f"李{ch}明")
    assert isinstance(err.value, ValueError)
    assert "无法打印的字" in str(err.value) and f"U+{ord(ch):04X}" in str(err.value)
    assert err.value.chars == {ch}


def test_unprintable_is_shown_as_placeholder_and_recorded() -> None:
    report = PrintReport()
    with recording(report):
        assert markup("李\ue000明") == f"李{PLACEHOLDER}明"
        markup("李\ue000明")
        markup("正常")
    assert report.unprintable == ["李\ue000明"]
    assert report.missing_chars == {"\ue000"}
    assert text_runs("a\ue000") == [(PRIMARY, "a" + PLACEHOLDER)]


def test_check_printable_passes_ordinary_names() -> None:
    check_printable(f"阿依古丽·买买提 欧阳{EXT_A} 张{EXT_B} ǚ 25℃")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_text_makes_valid_paragraph_markup(text: str) -> None:
    para = Paragraph(markup(text), paragraph_styles(10)["body"])
    para.wrap(200, 1000)
    drawn = "".join(chars for _, chars in text_runs(text.replace("\n", "")))
    assert len(drawn) <= len(text)
    if missing_glyphs(text):
        assert PLACEHOLDER in drawn
