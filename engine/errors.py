"""Domain exceptions. They carry no HTTP codes: webapp/errors.py maps them once."""
from __future__ import annotations


class DocrouteError(Exception):
    """Base of every error the engine raises on purpose."""


class NotFound(DocrouteError):
    """The thing asked for does not exist."""


class Forbidden(DocrouteError):
    """The caller may not see or do this."""


class Conflict(DocrouteError):
    """The state changed under the caller (task already completed, duplicate…)."""


class DuplicateDocument(Conflict):
    """A document with the same issuer, number and date is already registered.

    ``existing`` describes the earlier registration (id, register, year, incoming number, arrival date)
    so that the answer can point at it.
    """

    def __init__(self, message: str, existing_id: int, existing: dict | None = None):
        super().__init__(message)
        self.existing_id = existing_id
        self.existing = existing or {"id": existing_id}


class ValidationFailed(DocrouteError):
    """Bad input; ``errors`` maps each field to its messages (Vietnamese, for the user)."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{k}: {', '.join(v)}" for k, v in errors.items()))
        self.errors = errors


class PayloadTooLarge(DocrouteError):
    """An uploaded file is larger than the configured limit (``field`` names the form field)."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.errors = {field: [message]}
