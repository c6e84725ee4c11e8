"""Imports every module that defines tables, so `Base.metadata` is complete.

Alembic's environment and the tests use this; add each new domain's models here.
"""

from __future__ import annotations

from desktop.core import audit, communities, holiday_table, key_store, security, settings_store  # noqa: F401
from desktop.core.orm import Base
from desktop.roster import models as roster_models  # noqa: F401
from desktop.activities import models as activities_models  # noqa: F401
from desktop.duty import models as duty_models  # noqa: F401
from desktop.rehab import models as rehab_models  # noqa: F401
from desktop.elder import models as elder_models  # noqa: F401
from desktop.volunteers import models as volunteers_models  # noqa: F401

metadata = Base.metadata
