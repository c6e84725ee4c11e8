"""The reading each new person's name will sort by, shown in an import's preview and corrected there.

A new person's name sorts by its computed reading (desktop.core.pinyin: the surname table, then the
phrase table and each character's reading) unless someone corrects it in the preview. A correction
is checked as the person editor's 读音 field checks it (pinyin only, one syllable per character),
kept in the plan by sheet row (so it survives the plan being made again, e.g. after choosing the
estate), and written on apply as the new person's name_pinyin_override: it sorts the name and is
indexed first, with the name's other readings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.pinyin import name_readings, parse_reading, reading_text
from desktop.roster.import_plan import NEW, ImportPlan, PlanRow, has_choice
from desktop.roster.import_store import StoredRows

MAX_OTHERS = 3          # other readings shown beside the sorting one


@dataclass(frozen=True)
class ReadingRow:
    row_number: int                  # the sheet's row
    name: str
    reading: str                     # what the name will sort by, syllables apart ("zhang chao yang")
    others: tuple[str, ...]          # other readings the name is also found by
    corrected: bool                  # set in this preview (else computed)

    @property
    def has_choice(self) -> bool:
        """Does the name have more than one plausible reading (the names worth a look)?"""
        return bool(self.others) or self.corrected


def _text(tokens: Any) -> str:
    return " ".join(t for t, _ in tokens)


def _row(plan: ImportPlan, r: PlanRow) -> ReadingRow:
    name = str(r.values.get("name") or "")
    own = plan.readings.get(r.row_number, "")
    readings = [_text(t) for t in name_readings(name, own)]
    return ReadingRow(r.row_number, name, readings[0], tuple(readings[1:1 + MAX_OTHERS]), bool(own))


def listed(plan: ImportPlan, *, every: bool = False) -> StoredRows[PlanRow]:
    """The new people the readings list shows, in sheet order, read a page at a time: those whose name
    has more than one plausible reading or whose reading was corrected here (flagged as the plan was
    made), or (`every`) all of them."""
    return plan.rows.where(status=NEW) if every else plan.rows.where(status=NEW, choice=1)


def reading_row(plan: ImportPlan, r: PlanRow) -> ReadingRow:
    """The reading the new person on `r` will sort by, and the others (worked out when asked: a page at a time)."""
    return _row(plan, r)


def reading_rows(plan: ImportPlan, *, every: bool = False) -> list[ReadingRow]:
    """`listed` with each row's readings, all at once (a small sheet, or a test)."""
    return [_row(plan, r) for r in listed(plan, every=every) if r.values.get("name")]


def _new_row(plan: ImportPlan, row_number: int) -> PlanRow:
    r = plan.rows.by_row_number(row_number)
    if r is None:
        raise UserError(msg("预览中没有第 {row_number} 行", row_number=row_number))
    if r.status != NEW:
        raise UserError(msg("第 {row_number} 行不是新增的居民，读音请在花名册中修改", row_number=row_number))
    return r


def set_reading(plan: ImportPlan, row_number: int, text: str) -> ReadingRow:
    """Correct the reading of the new person on sheet row `row_number` ("Zhāng Cháoyáng", "zhang chao
    yang", "zhangchaoyang"); an empty text, or the computed reading, puts the computed one back.
    Raises ReadingError (the editor's messages) when the reading does not fit the name."""
    r = _new_row(plan, row_number)
    name = str(r.values.get("name") or "")
    stored = " ".join(parse_reading(name, text)) if (text or "").strip() else ""
    if stored and stored != reading_text(name):
        plan.readings[row_number] = stored
    else:
        plan.readings.pop(row_number, None)
    _flag(plan, r)
    return _row(plan, r)


def _flag(plan: ImportPlan, r: PlanRow) -> None:
    """Keep the row listed among the names worth a look while its reading is corrected."""
    plan.rows.store.set_choice(plan.rows.gen, r.row_number, r.row_number in plan.readings or has_choice(r))


def carry_readings(old: ImportPlan | None, new: ImportPlan) -> int:
    """Keep the corrections made in `old` where `new` (the same sheet planned again) has the same new
    person on the same row; returns how many were kept."""
    if old is None or old is new or old.path != new.path:
        return 0
    kept = 0
    for row_number, reading in old.readings.items():     # the corrections only (a few), looked up by row
        now, was = new.rows.by_row_number(row_number), old.rows.by_row_number(row_number)
        if now is not None and now.status == NEW and was is not None \
                and now.values.get("name") is not None and now.values.get("name") == was.values.get("name"):
            new.readings[row_number] = reading
            _flag(new, now)
            kept += 1
    return kept


def apply_readings(plan: ImportPlan, rows: Iterable[PlanRow]) -> None:
    """Put the plan's corrected readings into the values of its new people (as planned for apply)."""
    for r in rows:
        if r.status == NEW:
            r.values["name_pinyin_override"] = plan.readings.get(r.row_number, "")
