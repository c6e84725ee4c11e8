"""Imports every module that defines tables (the modules' registrations, desktop.modules), so
`Base.metadata` is complete. Alembic's environment and the tests use this."""

from __future__ import annotations

import importlib

from desktop.core.orm import Base
from desktop.modules import model_modules

for _path in model_modules():
    importlib.import_module(_path)

metadata = Base.metadata
