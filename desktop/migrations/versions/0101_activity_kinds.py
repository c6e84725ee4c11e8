"""activities: a kind stored in Chinese again. An English desk saved an activity's kind as its window showed
it ("Birthday party", "Visits", "Training", "Other") until the kinds were offered in English and kept in
Chinese (desktop.ui.word_choices); those values are put back into the words the Chinese desks, the reports
and the printed forms read (a relation likewise: 0430_station_words). Each repaired row's version rises, as
an edit's does. A kind someone typed is data and stays. Downgrading keeps the repaired words.

Revision ID: 0101_activity_kinds
Revises: 0100_activities
Create Date: 2026-12-04 22:00:00
"""
from __future__ import annotations

from desktop.migrations.frozen.r0430_words import replace_words

revision = '0101_activity_kinds'
down_revision = '0100_activities'
branch_labels = None
depends_on = None

# What the English desk stored → the kind it stood for (frozen here: the glossary may change later).
KINDS = {"Birthday party": "生日会", "Visits": "探访", "Training": "培训", "Other": "其他"}


def upgrade() -> None:
    replace_words("activities", "kind", KINDS)


def downgrade() -> None:
    """The English kinds were the fault: nothing to put back."""
