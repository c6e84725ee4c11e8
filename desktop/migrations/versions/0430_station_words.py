"""roster: a relation stored in Chinese again. An English desk saved a person's relation to the head of the
household as its window showed it — "Head", "Son", and "F" for 女 (a daughter, read as a sex) — until the words
were offered in English and kept in Chinese (desktop.ui.word_choices). Those values are put back into the words
the Chinese desks, the reports and the printed forms read (an activity's kind likewise: 0101_activity_kinds).
Each repaired row's version rises, as an edit's does, so a window holding the row is told it changed.

Only the exact words the English desk could save are touched (the glossary's English of the words it
offered); anything else typed is data and stays. Downgrading keeps the repaired words.

Revision ID: 0430_station_words
Revises: 0421_people_spare_indexes
Create Date: 2026-12-04 22:00:00
"""
from __future__ import annotations

from desktop.migrations.frozen.r0430_words import replace_words

revision = '0430_station_words'
down_revision = '0421_people_spare_indexes'
branch_labels = None
depends_on = None

# What the English desk stored → the word it stood for (frozen here: the glossary may change later).
RELATIONS = {"Head": "户主", "Spouse": "配偶", "Son": "子", "F": "女", "Parent": "父母", "Grandchild": "孙子女",
             "Sibling": "兄弟姐妹", "Other": "其他"}


def upgrade() -> None:
    replace_words("people", "relation", RELATIONS)


def downgrade() -> None:
    """The English words were the fault: nothing to put back."""
