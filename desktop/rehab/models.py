"""Community drug rehabilitation (社区戒毒 / 社区康复) case records: the most sensitive data in Linli.

Every table is sync-ready and never hard-deleted. What could name or describe a client beyond the
roster — decision numbers, liaisons, notes, contacts, follow-up content, destinations, outcomes — is a
`SealedText` column: encrypted under the rehab key, which the administrator does not hold (see
desktop.core.sealed and key_grants).

Which person a case is about is sealed too: `person_ref` holds the person's id under the rehab key (a
random nonce each time, so two cases of one person do not even look alike) and `person_token` a keyed
hash of it for "the cases of this person" (desktop.rehab.links). There is no foreign key from a rehab
table to `people`: a copy of the file opened with the database's data key lists cases, dates and
counters, but nothing that says whose. The kind of order (社区戒毒/社区康复), the alias and the community
are sealed with it. Dates, statuses, risk levels and counters stay plain for the due lists: without the
link they describe an anonymous case. A case carries counters and its next due date, kept up to date on
every write (desktop.rehab.followup_service), so the worker's lists are answered from the indexed case
table without reading the follow-ups.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.orm import Base, SyncMixin, UTCDateTime
from desktop.core.sealed import SealedText

KINDS = ("社区戒毒", "社区康复")
STATUSES = ("在管", "期满解除", "严重违反协议", "转出", "死亡", "其他")
ACTIVE = "在管"
RISK_LEVELS = ("低", "中", "高")
CONTACT_ROLES = ("公安", "戒毒所", "镇街", "社工", "社会组织", "志愿者")
STAGES = ("接案", "预估", "计划", "介入", "评估", "结案")          # MZ/T 094-2017
METHODS = ("家访", "约谈", "电话", "到站")
TEST_KINDS = ("", "尿检", "毛发")
TEST_RESULTS = ("", "阴性", "阳性", "拒绝", "逃避", "未检")
MISSED_RESULTS = ("拒绝", "逃避")
REFERRAL_KINDS = ("就业", "家庭", "医疗", "低保", "技能培训")
REPORT_REASONS = {                     # 《戒毒条例》第二十一条: what is reported to the police
    "relapse": "在社区戒毒期间又吸食、注射毒品",
    "refused_test": "拒绝接受检测",
    "not_reported": "逾期未报到，视为拒绝接受社区戒毒",
    "tests": "逃避或者拒绝接受检测3次以上",
    "absences": "擅自离开社区戒毒执行地所在县（市、区）3次以上",
    "days_away": "擅自离开社区戒毒执行地所在县（市、区）累计超过30日",
}


class RehabCase(SyncMixin, Base):
    __tablename__ = "rehab_cases"
    __table_args__ = (
        Index("ix_rehab_cases_worker_due", "responsible_user_id", "status", "next_due"),
        Index("ix_rehab_cases_status_due", "status", "next_due"),
    )

    # The person, sealed (desktop.rehab.links): never a plain id, never a foreign key.
    person_ref: Mapped[str] = mapped_column(SealedText, nullable=False, default="",
                                            info={"search_column": "person_token", "token": "link"})
    person_token: Mapped[str] = mapped_column(String(32), nullable=False, default="", index=True)
    community_ref: Mapped[str] = mapped_column(SealedText, nullable=False, default="")   # when opened
    kind: Mapped[str] = mapped_column(SealedText, nullable=False)
    decision_no: Mapped[str] = mapped_column(SealedText, nullable=False, default="",
                                             info={"search_column": "decision_no_key"})
    decision_no_key: Mapped[str] = mapped_column(String(32), nullable=False, default="", index=True)
    decision_date: Mapped[date] = mapped_column(Date, nullable=False)
    decision_authority: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    reported_on: Mapped[date | None] = mapped_column(Date)
    responsible_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    police_liaison: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=ACTIVE)
    status_since: Mapped[date | None] = mapped_column(Date)
    risk_level: Mapped[str] = mapped_column(String(4), nullable=False, default="中")
    alias: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    transfer_to: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    notes: Mapped[str] = mapped_column(SealedText, nullable=False, default="", info={"sensitive": "redact"})
    # Maintained on every write of a follow-up, test or absence:
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    last_test_on: Mapped[date | None] = mapped_column(Date)
    next_contact_due: Mapped[date | None] = mapped_column(Date)
    next_test_due: Mapped[date | None] = mapped_column(Date)
    next_due: Mapped[date | None] = mapped_column(Date)
    missed_tests: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unauthorised_absences: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    days_away: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class CaseShare(SyncMixin, Base):
    """A case shared with another rehab worker (revoked by soft delete)."""

    __tablename__ = "rehab_case_shares"
    __table_args__ = (UniqueConstraint("case_id", "user_id"), Index("ix_rehab_case_shares_user", "user_id"))

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)


class CaseContact(SyncMixin, Base):
    """The case's network: 公安/戒毒所/镇街/社工/社会组织/志愿者."""

    __tablename__ = "rehab_contacts"

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(8), nullable=False)
    name: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    organisation: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    phone: Mapped[str] = mapped_column(SealedText, nullable=False, default="")


class CaseStatusChange(SyncMixin, Base):
    __tablename__ = "rehab_status_changes"

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    transfer_to: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    author_id: Mapped[str | None] = mapped_column(String(36))


class CaseStage(SyncMixin, Base):
    __tablename__ = "rehab_stages"

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False, index=True)
    stage: Mapped[str] = mapped_column(String(8), nullable=False)
    on: Mapped[date] = mapped_column(Date, nullable=False)
    content: Mapped[str] = mapped_column(SealedText, nullable=False, default="", info={"sensitive": "redact"})
    author_id: Mapped[str | None] = mapped_column(String(36))


class FollowUp(SyncMixin, Base):
    __tablename__ = "rehab_followups"
    __table_args__ = (Index("ix_rehab_followups_case_on", "case_id", "on"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False)
    on: Mapped[date] = mapped_column(Date, nullable=False)
    method: Mapped[str] = mapped_column(String(8), nullable=False)
    content: Mapped[str] = mapped_column(SealedText, nullable=False, default="", info={"sensitive": "redact"})
    test_kind: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    test_result: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    next_due: Mapped[date | None] = mapped_column(Date)
    author_id: Mapped[str | None] = mapped_column(String(36))


class Absence(SyncMixin, Base):
    """Leave from the county (请假外出) or an absence found afterwards (擅自离开)."""

    __tablename__ = "rehab_absences"

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False, index=True)
    from_date: Mapped[date] = mapped_column(Date, nullable=False)
    to_date: Mapped[date] = mapped_column(Date, nullable=False)
    days: Mapped[int] = mapped_column(Integer, nullable=False)
    destination: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    reason: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    requested_on: Mapped[date | None] = mapped_column(Date)     # written request received
    approved_on: Mapped[date | None] = mapped_column(Date)      # approval given
    authorised: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    author_id: Mapped[str | None] = mapped_column(String(36))


class Referral(SyncMixin, Base):
    __tablename__ = "rehab_referrals"

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    to_org: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    on: Mapped[date] = mapped_column(Date, nullable=False)
    outcome: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    author_id: Mapped[str | None] = mapped_column(String(36))


class PoliceReport(SyncMixin, Base):
    """The article-21 report to the police: a relapse, a refused test, a failure to report (报到) or an
    article-20 threshold. Drafted by the program; a draft whose facts no longer hold is withdrawn (soft
    deleted with the reason), a sent one is never touched."""

    __tablename__ = "rehab_police_reports"

    case_id: Mapped[str] = mapped_column(ForeignKey("rehab_cases.id"), nullable=False, index=True)
    reason: Mapped[str] = mapped_column(String(16), nullable=False)   # key of REPORT_REASONS
    facts: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    drafted_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_by: Mapped[str | None] = mapped_column(String(64))
    sent_to: Mapped[str] = mapped_column(SealedText, nullable=False, default="")
    event_on: Mapped[date | None] = mapped_column(Date)             # the day of the (latest) fact reported
    source_id: Mapped[str | None] = mapped_column(String(36))       # the follow-up of a relapse / refused test
    withdrawn_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class PlanRule(SyncMixin, Base):
    """One phase of the follow-up plan template (owned by a supervisor)."""

    __tablename__ = "rehab_plan_rules"

    from_month: Mapped[int] = mapped_column(Integer, nullable=False)   # 1-based month of the term
    to_month: Mapped[int] = mapped_column(Integer, nullable=False)
    contact_days: Mapped[int] = mapped_column(Integer, nullable=False)
    test_days: Mapped[int] = mapped_column(Integer, nullable=False)
