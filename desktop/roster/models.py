"""Roster tables: (community →) building → household → person.

The roster module owns these; every other module links to `people.id`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

# Community moved to the foundation (accounts are assigned to communities); kept importable from here.
from desktop.core.communities import Community as Community
from desktop.core.orm import Base, SyncMixin, UTCDateTime, partial_index


class Building(SyncMixin, Base):
    __tablename__ = "buildings"

    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    estate: Mapped[str] = mapped_column(String(64), nullable=False, default="")   # 小区, e.g. 西湖花园
    name: Mapped[str] = mapped_column(String(32), nullable=False)                 # e.g. 6号楼
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    floors: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    @property
    def label(self) -> str:
        return f"{self.estate}{self.name}"


class Household(SyncMixin, Base):
    __tablename__ = "households"

    building_id: Mapped[str] = mapped_column(ForeignKey("buildings.id"), nullable=False, index=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    unit: Mapped[str] = mapped_column(String(16), nullable=False, default="")     # 单元, often empty
    room: Mapped[str] = mapped_column(String(16), nullable=False)                 # 房号, e.g. 501
    floor: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # 西湖花园6号楼501
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    building: Mapped[Building] = relationship(lazy="joined")


class Person(SyncMixin, Base):
    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_community_name", "community_id", "name"),
        # The blocks of possible same-person pairs (desktop.roster.records): living people of one name
        # and birth date, of one phone and name — read in index order, never compared across the table.
        partial_index("ix_people_name_birth", "name", "birth_date",
                      where="deleted_at IS NULL AND birth_date IS NOT NULL"),
        partial_index("ix_people_phone_name", "phone", "name", where="deleted_at IS NULL AND phone != ''"),
        # 今日 (migration 0420): the people to look in on are read among those carrying a tag, today's
        # birthdays as an IN over the birth dates that fall today — never a scan of the community.
        partial_index("ix_people_tagged", "community_id", "household_id", where="deleted_at IS NULL AND tags != ''"),
        partial_index("ix_people_birth_community", "birth_date", "community_id", where="deleted_at IS NULL"),
    )

    # looked up by community through ix_people_community_name (community_id, name): no index of its own
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)          # exactly as given (𠮷, ·)
    name_pinyin: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)
    name_initials: Mapped[str] = mapped_column(String(64), nullable=False, default="")  # searched by its keys
    # The reading a person gave for the name ("shan tian fang"), when the computed one is wrong: it
    # sorts the name and is indexed first, with the name's other readings.
    name_pinyin_override: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="")  # M / F / ""
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    # Only the year and month are known (日期不全): birth_date holds the 1st of that month.
    birth_date_partial: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    ethnicity: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True, info={"sensitive": "mask_id"})
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="", index=True)
    phone2: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    relation: Mapped[str] = mapped_column(String(16), nullable=False, default="")      # 与户主关系
    residence_type: Mapped[str] = mapped_column(String(8), nullable=False, default="")  # 户籍/常住/流动
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tags: Mapped[str] = mapped_column(String(200), nullable=False, default="")          # "独居老人,低保"
    # What one search box matches, written by desktop.roster.search on every save: search_text
    # (name, pinyin, initials, phones, address, tags) for substring matching, and search_keys (a
    # JSON list of exact search terms). Triggers keep the key table people_keys (both back ends,
    # migration 0050 for PostgreSQL) and SQLite's trigram table people_text in step.
    # Derived and holding phone numbers: the audit trail notes a change without copying them.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"sensitive": "derived"})
    search_keys: Mapped[str] = mapped_column(Text, nullable=False, default="[]", info={"sensitive": "derived"})
    merged_into_id: Mapped[str | None] = mapped_column(String(36))   # set on the record dropped by a merge

    household: Mapped[Household | None] = relationship(lazy="joined")


# --- Tags, attention notes, moves, search ----------------------------------------------------

DEFAULT_TAGS: tuple[tuple[str, bool], ...] = (
    # (tag, people with it need looking in on at the desk)
    ("独居老人", True), ("空巢老人", True), ("低保", False), ("特困", True), ("残疾", True),
    ("留守儿童", True), ("重点关注", True),
)

NOTE_KINDS: tuple[str, ...] = ("外出", "生病住院", "独居关注", "矛盾调解", "其他")


class RosterTag(SyncMixin, Base):
    """The configurable list of tags a person may carry."""

    __tablename__ = "roster_tags"

    name: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    watch: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)   # 需要上门看望
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class AttentionNote(SyncMixin, Base):
    """关注事项 on a person or a household, shown at the desks of its building and community."""

    __tablename__ = "attention_notes"
    __table_args__ = (
        Index("ix_attention_notes_community_dates", "community_id", "start_date", "end_date"),
    )

    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False)
    building_id: Mapped[str | None] = mapped_column(ForeignKey("buildings.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date | None] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    author_id: Mapped[str | None] = mapped_column(String(36))


class HouseholdMove(SyncMixin, Base):
    """A person left one household for another (either side may be empty)."""

    __tablename__ = "household_moves"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), nullable=False, index=True)
    from_household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    to_household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    moved_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class PersonMerge(SyncMixin, Base):
    """Two records of one person merged (desktop.roster.merge): what changed, step by step, so it can be undone.

    The people are named by plain ids, not foreign keys: a later merge moves every link to a person, and
    must not rewrite the history of an earlier one."""

    __tablename__ = "person_merges"

    keep_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    drop_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # JSON list of [table, row id, {column: [before, after]}], applied in order. Holds the fields the
    # merge moved (an ID number among them): the audit trail notes it without copying.
    steps: Mapped[str] = mapped_column(Text, nullable=False, default="[]", info={"sensitive": "redact"})
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    undone_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
