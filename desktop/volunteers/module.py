"""The volunteers module's registration (see desktop.core.module_spec)."""

from __future__ import annotations

from desktop.core.module_spec import ModuleSpec, PageSpec
from desktop.core.roles import Perm

MODULE = ModuleSpec(
    name="volunteers",
    perms=(Perm.VOLUNTEER_VIEW, Perm.VOLUNTEER_MANAGE),
    models=("desktop.volunteers.models",),
    pages=(PageSpec("volunteers", "志愿者", Perm.VOLUNTEER_VIEW,
                    "desktop.volunteers.views.volunteers_page:VolunteersPage", 30),),
    demo="desktop.volunteers.demo",
    actions=(("duty.hours", "desktop.volunteers.views.duty_certificate:DutyCertificateButton"),),
)
