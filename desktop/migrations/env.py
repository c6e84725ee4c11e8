"""Alembic environment, shipped inside the package. Run through desktop.core.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop.core.orm import server_forms
from desktop.migrations.filters import include_name
from desktop.models_registry import metadata

config = context.config


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    if type_ == "type" and type(obj).__name__ == "UTCDateTime":
        return "desktop.core.orm.UTCDateTime()"
    return False


def _configure(connection: object) -> None:
    if getattr(getattr(connection, "dialect", None), "name", "") == "postgresql":
        server_forms()            # the models' partial indexes in PostgreSQL's form (desktop.core.orm)
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
        include_name=include_name,
    )


connection = config.attributes.get("connection")
if connection is not None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"), hide_parameters=True)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
