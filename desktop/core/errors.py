"""Typed errors raised by services. A UserError carries a message fit to show a person."""

from __future__ import annotations


class UserError(Exception):
    """Something the person at the desk can understand and act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    """The acting user's role or community scope does not allow the action.

    `audit` holds what the session scope records after rolling back, so a refused
    attempt is on the audit trail even though the unit of work failed.
    """

    def __init__(self, message: str, *, permission: str, actor_id: str | None,
                 actor_name: str | None, entity: str | None = None, entity_id: str | None = None) -> None:
        super().__init__(message)
        self.permission = permission
        self.actor_id = actor_id
        self.actor_name = actor_name
        self.entity = entity
        self.entity_id = entity_id


class ValidationError(UserError):
    """Bad input. `fields` maps a field name to the message shown next to it."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("；".join(fields.values()))
        self.fields = dict(fields)


class ConflictError(UserError):
    """Another desk changed the same record first."""


class AuthError(UserError):
    """Sign-in failed."""


class DatabaseTooNew(UserError):
    """The database was written by a newer Linli; it is left untouched."""


class SingleInstanceError(UserError):
    pass
