"""What a page needs from the application: the database, who is signed in, settings, the desk."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.db import Database
from desktop.core.security import Actor
from desktop.core.settings_store import MachineSettings


@dataclass
class AppContext:
    db: Database
    actor: Actor
    settings: MachineSettings
    desk: str = ""                       # guard | reception | rehab | office | ""
    community_id: str | None = None      # the desk's community, when it has one
    building_id: str | None = None       # the guard desk's building, when it has one
    extra: dict[str, Any] = field(default_factory=dict)
