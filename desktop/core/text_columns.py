"""Every text column is cleaned on its way into the database (desktop.core.plain_text): the session
hook covers every ORM write of every module, `cleaner_for` the core bulk inserts.

String columns are one-line fields (a line break becomes a space); Text columns are notes (line breaks
stay). A column may opt out with `info={"text": "raw"}` (none needs to today: derived search columns
and JSON are built from cleaned values).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import String, Text, inspect
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import Mapper, Session

from desktop.core.plain_text import clean_text

_BY_MAPPER: dict[Mapper[Any], tuple[tuple[str, bool], ...]] = {}


def base_type(column_type: Any) -> Any:
    """A TypeDecorator (e.g. sealed rehab text) is cleaned as what it stores: the clean text is sealed."""
    return column_type.impl if isinstance(column_type, TypeDecorator) else column_type


def _text_attrs(mapper: Mapper[Any]) -> tuple[tuple[str, bool], ...]:
    """(attribute key, multiline) of the mapper's text columns, worked out once per class."""
    found = _BY_MAPPER.get(mapper)
    if found is None:
        found = tuple((attr.key, isinstance(base_type(attr.columns[0].type), Text))
                      for attr in mapper.column_attrs
                      if isinstance(base_type(attr.columns[0].type), String) and attr.columns[0].info.get("text") != "raw")
        _BY_MAPPER[mapper] = found
    return found


def clean_text_columns(session: Session, _flush_context: Any, _instances: Any) -> None:
    """before_flush hook (registered before the audit hook, so the audit trail records what is stored):
    clean the text columns of new objects and the changed ones of dirty objects."""
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        values = state.dict
        changed = None if state.pending else state.committed_state
        for key, multiline in _text_attrs(state.mapper):
            if changed is not None and key not in changed:
                continue
            value = values.get(key)
            if type(value) is str:
                cleaned = clean_text(value, multiline=multiline)
                if cleaned != value:
                    setattr(obj, key, cleaned)


def cleaner_for(column: Any) -> Callable[[Any], Any] | None:
    """For bulk inserts: the function that cleans values bound for `column`, or None (not text)."""
    if not isinstance(base_type(column.type), String) or column.info.get("text") == "raw":
        return None
    return partial(_clean_value, multiline=isinstance(base_type(column.type), Text))


def _clean_value(value: Any, *, multiline: bool) -> Any:
    return clean_text(value, multiline=multiline) if type(value) is str else value
