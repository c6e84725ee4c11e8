"""Records linked to two people, built from the metadata alone, for the merge tests.

For every foreign key to `people.id` (and, one level down, to the records hanging from those), each of
the two people gets a few records. Records take "slots": the other columns of the table's unique and
natural keys get the slot's value, so the same slot on both sides is a collision (one membership each,
a check-in on the same day, the same activity). `choose(label, lo, hi)` picks every number (hypothesis
draws them, or a fixed rule), so a table added later is built and merged without anyone listing it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Table, Text, Time, func, select, text
from sqlalchemy.orm import Session

from desktop.core.orm import UTCDateTime
from desktop.core.sealed import SealedText, seal_text
from desktop.roster import merge
from desktop.roster.merge_rules import NATURAL_KEYS

Choose = Callable[[str, int, int], int]
SKIP = frozenset({"audit_log", "person_merges"})       # written by the merge itself
BOOKKEEPING = frozenset({"updated_at", "updated_by", "version"})
COPIES_OF_PERSON = frozenset({"elder_members"})   # columns a trigger copies from `people`
CHOICES = {("activity_enrollments", "status"): ["enrolled", "waiting", "cancelled"],
           ("elder_members", "status"): ["在册", "暂停", "退会"]}


_REHAB_KEY = bytes(range(32))


class World:
    def __init__(self, s: Session, choose: Choose, bystander: str) -> None:
        self.s = s
        self.choose = choose
        self.bystander = bystander               # the person any other required link to people names
        self.classes = merge._classes()
        self.n = itertools.count(1)
        self.pools: dict[tuple[str, int], str] = {}

    # -- values -------------------------------------------------------------------------------------
    def plain(self, table: Table, col: Any, n: int) -> Any:
        t = col.type
        if (table.name, col.name) in CHOICES:
            options = CHOICES[(table.name, col.name)]
            return options[n % len(options)]
        if isinstance(t, UTCDateTime):
            return datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=17 * n)
        if isinstance(t, Date):
            return date(2026, 1, 1) + timedelta(days=n)
        if isinstance(t, Time):
            return time(8 + n % 12, n % 60)
        if isinstance(t, Boolean):
            return bool(n % 2)
        if isinstance(t, Integer):
            return n
        if isinstance(t, LargeBinary):
            return b"x" * (n % 5 + 1)
        if isinstance(t, SealedText):      # rehab content: written sealed, as a rehab worker's desk would
            return seal_text(_REHAB_KEY, f"v{n}")
        if isinstance(t, (String, Text)):
            value = f"v{n}"
            length = getattr(t, "length", None)
            return value[-length:] if length else value
        raise TypeError(f"no value for {table.name}.{col.name} of type {t!r}")

    def parent(self, table: str, k: int) -> str:
        """Pool row #k of `table`, made the first time it is asked for."""
        if table == "people":
            return self.bystander
        if (table, k) not in self.pools:
            self.pools[(table, k)] = self.make(self.classes[table].__table__, {}).id
        return self.pools[(table, k)]

    def make(self, table: Table, fixed: dict[str, Any]) -> Any:
        values: dict[str, Any] = dict(fixed)
        fks = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        for col in table.columns:
            if col.name in values or col.name in ("id", "created_at", "updated_at", "updated_by", "version",
                                                  "deleted_at"):
                continue
            if col.name in fks:
                if not col.nullable:
                    values[col.name] = self.parent(fks[col.name], 0)
            elif not col.nullable or col.unique or any(col.name in k for k in merge.unique_keys(table)):
                values[col.name] = self.plain(table, col, next(self.n))
        row = self.classes[table.name](**values)
        self.s.add(row)
        self.s.flush()
        if table.name in COPIES_OF_PERSON and values.get("person_id"):
            # lookup copies are the person's, as the trigger keeps them (touching the name fires it)
            self.s.execute(text("UPDATE people SET name = name WHERE id = :id"), {"id": values["person_id"]})
            self.s.refresh(row)
        return row

    # -- records on both sides ----------------------------------------------------------------------
    def keyed(self, table: Table, column: str, slot: int) -> dict[str, Any]:
        """The values a record in `slot` takes for the other columns of its keys with `column`."""
        fks = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        keys = [k for k in merge.unique_keys(table) if column in k] + \
            [k for k in NATURAL_KEYS.get(table.name, ()) if column in k]
        out: dict[str, Any] = {}
        for key in keys:
            for c in key:
                if c != column and c not in out:
                    out[c] = self.parent(fks[c], slot) if c in fks else self.plain(table, table.c[c], 1000 + slot)
        return out

    def slots(self, table: Table, column: str, label: str) -> list[int]:
        single = (column,) in merge.unique_keys(table)
        mask = self.choose(f"{label} slots", 0, 1 if single else 7)
        return [k for k in range(3) if mask >> k & 1]

    def hang(self, table: Table, column: str, owners: list[tuple[str, Any]], depth: int) -> list[Any]:
        """Records of `table` linked by `column` to each owner, deleted now and then, with children."""
        made = []
        for side, owner in owners:
            label = f"{table.name}.{column}:{side}"
            for slot in self.slots(table, column, label):
                row = self.make(table, {column: owner.id, **self.keyed(table, column, slot)})
                if self.choose(f"{label}#{slot} deleted", 0, 4) == 0:
                    row.deleted_at = datetime(2026, 2, 1, tzinfo=timezone.utc)
                    self.s.flush()
                made.append(row)
        if depth < 2 and made:
            for child, ccol in merge.links_to(table.name):
                if child.name not in SKIP:
                    self.hang(child, ccol, [(f"{n}", r) for n, r in enumerate(made)], depth + 1)
        return made

    def populate(self, keep: Any, drop: Any) -> None:
        for table, column in merge.links_to("people"):
            if table.name not in SKIP:
                self.hang(table, column, [("keep", keep), ("drop", drop)], 1)


# --- what is compared --------------------------------------------------------------------------------

def dump(s: Session) -> dict[str, list[tuple]]:
    """Every row of every table (but the merge's own journal and the audit trail), bookkeeping aside."""
    from desktop.models_registry import metadata

    out = {}
    for table in metadata.sorted_tables:
        if table.name in SKIP:
            continue
        cols = [c for c in table.columns if c.name not in BOOKKEEPING]
        out[table.name] = sorted((tuple(r) for r in s.execute(select(*cols)).all()), key=repr)
    return out


def counts(s: Session) -> dict[str, int]:
    from desktop.models_registry import metadata

    return {t.name: s.scalar(select(func.count()).select_from(t)) for t in metadata.sorted_tables}


def live_links(s: Session, person_id: str) -> dict[str, int]:
    """Live records still linked to `person_id`, per table.column."""
    out = {}
    for table, column in merge.links_to("people"):
        q = select(func.count()).select_from(table).where(table.c[column] == person_id)
        if "deleted_at" in table.c:
            q = q.where(table.c.deleted_at.is_(None))
        n = s.scalar(q)
        if n:
            out[f"{table.name}.{column}"] = n
    return out
