"""Every module's tables in one metadata (the model modules the registrations name, desktop.modules):
what Alembic's environment, the key sealing at sign-in and the tests read."""

from __future__ import annotations

from desktop.modules import all_tables

metadata = all_tables()
