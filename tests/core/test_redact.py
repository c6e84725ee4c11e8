"""Redaction of exception texts and log lines: no ID number, phone or Chinese text survives."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.idcard import make_id
from desktop.core.redact import redact, redact_traceback


def test_database_errors_lose_their_values() -> None:
    assert redact('DETAIL:  Key (id_number)=(44180219560305112X) already exists.') == \
        "DETAIL:  Key (id_number)=([已隐去]) already exists."
    assert redact("[parameters: ('陈富森', 'Chen Fusen', '138 1234 5678')]") == "[parameters: [已隐去]]"
    assert redact("UNIQUE constraint failed: people.id_number") == "UNIQUE constraint failed: people.id_number"


def test_numbers_and_chinese_text_in_any_spelling() -> None:
    for raw in ("441802 19560305 112x", "４４１８０２１９５６０３０５１１２Ｘ", "0763-3381234", "+86 138-1234-5678"):
        assert not any(c.isdigit() for c in redact(raw)), raw
    assert redact("阿依古丽·买买提，住𠮷野家 6号楼 601") == "[文字]，[文字] 6[文字] 601"
    assert redact("KeyError: 'phone'") == "KeyError: 'phone'"          # program words stay


def test_traceback_keeps_code_and_redacts_messages() -> None:
    tb = ('Traceback (most recent call last):\n'
          '  File "/app/desktop/roster/service.py", line 310, in save_person\n'
          '    raise ValueError(f"无法保存 {name}")\n'
          '    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
          'ValueError: 无法保存 陈富森 13812345678\n'
          '    continued note 高血压\n')
    out = redact_traceback(tb)
    assert 'raise ValueError(f"无法保存 {name}")' in out and "line 310, in save_person" in out
    assert "陈富森" not in out and "13812345678" not in out and "高血压" not in out


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1900, 1, 1), date(2025, 12, 31)), st.integers(0, 999), st.text(max_size=20))
def test_any_valid_id_number_is_removed(birth: date, seq: int, around: str) -> None:
    number = make_id("441802", birth, seq)
    out = redact(f"{around}{number}{around}")
    assert number not in out and number[:17] not in out
