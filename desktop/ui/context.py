"""What a page needs from the application: the database, who is signed in, settings, the desk."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:                       # the window is built before the data layer is imported
    from desktop.core.db import Database
    from desktop.core.machine_settings import MachineSettings
    from desktop.core.security import Actor


@dataclass
class AppContext:
    db: Database
    actor: Actor
    settings: MachineSettings
    desk: str = ""                       # guard | reception | rehab | office | ""
    community_id: str | None = None      # the desk's community, when it has one
    building_id: str | None = None       # the guard desk's building, when it has one
    extra: dict[str, Any] = field(default_factory=dict)
