"""Personal data never reaches a log file or a crash report.

Exception texts can carry what was being written when things went wrong: a database error quotes the
offending key (`Key (id_number)=(44180219560305112X)`), a parsing error quotes the value it could not
read. Before any such text is written or shown it passes through `redact`:

- runs of six or more digits (ID numbers, phones, card numbers, dates written without separators),
  also with spaces or hyphens between them and a final X: `[号码]`;
- Chinese text (names, addresses, notes, health and case records are written in Chinese): `[文字]`;
- what follows `parameters:` in a database error, and the values of `Key (…)=(…)`: `[已隐去]`.

The engines are made with `hide_parameters=True`, so SQLAlchemy leaves statement parameters out of its
errors to begin with. In a traceback only the exception messages are redacted: the program's own
source lines (`File "…", line N` and the code under it) carry no personal data and stay readable.
"""

from __future__ import annotations

import logging
import re
from typing import Any

_DIGITS = re.compile(r"\d(?:[ \-]?\d){5,}(?:[ \-]?[Xx])?")
_CJK = re.compile("[\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf"
                  "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff]"
                  "(?:[\u00b7\u30fb\uff0e\u2022\u3000 ]?[\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff"
                  "\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff])*")
_PARAMETERS = re.compile(r"(parameters:\s*).*$", re.IGNORECASE | re.MULTILINE)
_KEY_VALUE = re.compile(r"(\)=\()[^)]*(\))")
_FRAME = re.compile(r'^\s*File ".*", line \d+')

DIGITS, TEXT, HIDDEN = "[号码]", "[文字]", "[已隐去]"
_HOLD = "\x00"


def redact(text: str) -> str:
    """The text with ID numbers, phones, Chinese text and quoted database values taken out."""
    if not text:
        return text
    text = _PARAMETERS.sub(lambda m: m.group(1) + _HOLD + "]", text)
    text = _KEY_VALUE.sub(lambda m: m.group(1) + _HOLD + m.group(2), text)
    text = _DIGITS.sub(DIGITS, _CJK.sub(TEXT, text))      # in this order: the marks are Chinese too
    return text.replace(_HOLD, HIDDEN)


def redact_traceback(text: str) -> str:
    """A formatted traceback with its messages redacted and its frames (file, line, code) kept."""
    out: list[str] = []
    in_frame = False
    for line in text.splitlines(keepends=True):
        if _FRAME.match(line):
            out.append(_CJK.sub(TEXT, line))         # a path may hold the account's own name
            in_frame = True
        elif in_frame and line.startswith("    "):
            out.append(line)                         # source code and ^^^^ markers under the frame
        else:
            in_frame = False
            out.append(redact(line))
    return "".join(out)


class RedactingFormatter(logging.Formatter):
    """Formats a record as usual, then redacts its message and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.msg, record.args, record.exc_text
        record.msg, record.args = redact(record.getMessage()), None
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.msg, record.args, record.exc_text = saved

    def formatException(self, ei: Any) -> str:  # noqa: N802 — logging's name
        return redact_traceback(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return redact_traceback(stack_info)
