"""Messages the services give a person, in Chinese, and their English at the window.

Services write Chinese. A message with values in it is a template and its named values::

    raise UserError(msg("找不到编号为 {code} 的成员", code=code))

`msg` returns a `Msg`: a `str` holding the formatted Chinese (so `exc.message`, logs and tests read
as before) that also keeps the template and the values. A message without values stays a plain
literal. The window shows either through `english()`/`shown()`, which look the Chinese template up
in the English catalogue (resources/translations/messages_en.py) when the desk speaks English; the
values are data and stay as they are, unless a value is itself a message of the catalogue (a state
such as 已批准); a list of words is joined with 、 in Chinese and, each word translated, with commas in
English; several messages said in one line (`Clauses`) are joined with ；, in English with "; ". Anything
not in the catalogue is shown in Chinese rather than not at all.

`tests/core/test_messages.py` reads every service's source: each literal given to an error, to an
`errors[...]` field or to `msg()` must have its English here, and no error may be built from a bare
f-string.
"""

from __future__ import annotations

import importlib.util
import string
from collections.abc import Iterable
from typing import Any

from desktop.core.errors import UserError, ValidationError
from desktop.core.paths import resources_dir

_FIELDS = string.Formatter()


class Msg(str):
    """The formatted Chinese of a message, with its template and values kept for translation."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Msg:
        self = super().__new__(cls, template.format(**{k: _joined(v, "、") for k, v in params.items()}))
        self.template = template
        self.params = params
        return self

    def __str__(self) -> str:
        return self          # str(exc) of an error raised with a message keeps its template

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its template and values (an import's planned rows are kept on disk)."""
        return _rebuilt, (type(self), str.__str__(self), self.template, self.params)


def _rebuilt(cls: type[Msg], text: str, template: str, params: dict[str, Any]) -> Msg:
    self = str.__new__(cls, text)
    self.template = template
    self.params = params
    return self


def _joined(value: Any, sep: str) -> Any:  # noqa: ANN401 - any value a message names
    """A list of words is shown joined (、 in Chinese; in English each word translated, joined by commas)."""
    return sep.join(str(v) for v in value) if isinstance(value, (list, tuple)) else value


class Clauses(Msg):
    """Several messages said one after another (a row's reasons, what a merge will do): joined with ；
    in Chinese and, each translated, with "; " in English."""

    def __new__(cls, parts: Iterable[str]) -> Clauses:
        said = [p for p in parts if p]
        self = str.__new__(cls, "；".join(str(p) for p in said))
        self.template = "{clauses}"
        self.params = {"clauses": said}
        return self


def msg(template: str, /, **params: Any) -> Msg:  # noqa: ANN401 - the values are any data a message names
    """A Chinese message from `template` ({name} fields, str.format syntax) and its named values."""
    return Msg(template, params)


_language = "zh"
_catalogue: dict[str, str] | None = None


def use_language(language: str) -> None:
    """The language the window speaks ("zh" or "en"); set where the translators are installed."""
    global _language
    _language = "en" if language == "en" else "zh"


def language() -> str:
    return _language


def catalogue() -> dict[str, str]:
    """Chinese template → English template, read once from resources/translations/messages_en.py."""
    global _catalogue
    if _catalogue is None:
        path = resources_dir() / "translations" / "messages_en.py"
        spec = importlib.util.spec_from_file_location("linli_messages_en", path)
        table: dict[str, str] = {}
        if spec is not None and spec.loader is not None and path.exists():
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            table = dict(module.MESSAGES)
        _catalogue = table
    return _catalogue


def english(text: object) -> str:
    """The English of a service's message: a `Msg` by its template, a plain literal by itself; text
    not in the catalogue (data, an unknown message) is returned unchanged."""
    if not isinstance(text, str):
        return str(text)
    if isinstance(text, Clauses):
        return "; ".join(english(p) for p in text.params["clauses"])
    table = catalogue()
    if isinstance(text, Msg):
        template = table.get(text.template)
        if template is None:
            return str(text)
        values = {k: ", ".join(english(w) for w in v) if isinstance(v, (list, tuple))
                  else english(v) if isinstance(v, Msg) or (isinstance(v, str) and v in table) else v
                  for k, v in text.params.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return str(text)
    return table.get(text, text)


def shown(text: object) -> str:
    """A service's message (a str, a `Msg` or a `UserError`) in the language the window speaks."""
    if isinstance(text, ValidationError):
        if _language != "en":
            return text.message
        return "; ".join(english(v) for v in text.fields.values())
    if isinstance(text, UserError):
        text = text.message
    if _language != "en":
        return str(text)
    return english(text)


def word(value: str, of: str = "") -> str:
    """A word of the code's fixed vocabularies (a note's kind, a member's status, a follow-up's method) as the
    window shows it: the stored value is Chinese and stays so; in English the catalogue's word, capitalised
    as a label is. A value the catalogue does not hold (data) is shown as it is. `of`: what the word says,
    where one word says two things (女 of 与户主关系 is a daughter, not "female"): the catalogue's
    "女（与户主关系）" first."""
    if _language != "en" or not value:
        return value
    table = catalogue()
    english_word = (table.get(f"{value}（{of}）") if of else None) or table.get(value, value)
    return english_word[:1].upper() + english_word[1:]


def marked(tag: str) -> str:
    """A line's mark: 【外出】 — in English "[Away] "."""
    return f"[{tag}] " if _language == "en" else f"【{tag}】"


def aside(text: str) -> str:
    """A word said in passing: （空巢） — in English " (Empty nest)"."""
    return f" ({text})" if _language == "en" else f"（{text}）"


def labelled(label: str, value: str) -> str:
    """公安：黎警官 — in English "Police: 黎警官"."""
    return f"{label}: {value}" if _language == "en" else f"{label}：{value}"


def listed(items: Iterable[str]) -> str:
    """Clauses one after another: ；-separated — in English "; "."""
    return ("; " if _language == "en" else "；").join(items)


def words(values: Iterable[str]) -> str:
    """Several such words as one label: 暂停、已过期 — in English "Suspended, Expired"."""
    return (", " if _language == "en" else "、").join(word(v) for v in values if v)


def placeholders(template: str) -> set[str]:
    """The field names a template uses (the catalogue's test compares the two languages' sets)."""
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in _FIELDS.parse(template) if field}
