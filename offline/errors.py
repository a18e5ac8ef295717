"""Errors the user can act on, each carrying the command-line exit code it maps to.

Exit codes (architecture.md section 6): 0 done; 2 bad input or a problem the user can fix
(nothing written); 3 the store is locked or the key is wrong (nothing written); 1 a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


class DeskError(Exception):
    """Base for errors a person can understand and act on. ``str(err)`` is the message."""

    exit_code = 1


class BadInput(DeskError):
    """Wrong input: the message names what is wrong and what to do. Nothing was written."""

    exit_code = 2


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``path`` like ``patient.dob``; ``message`` says what to do."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationFailed(BadInput):
    """Several field errors at once; all of them are reported, none written."""

    def __init__(self, errors: list[FieldError], what: str = "The input") -> None:
        self.errors = list(errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{what} has {count} {noun}; nothing was saved:\n{lines}")


class NotAStore(BadInput):
    """The folder or file is not a TPA Desk store."""


class StoreMissing(BadInput):
    """No store exists in the data folder yet."""


class StoreExists(BadInput):
    """``init`` was asked to create a store where one already exists."""


class StoreTooNew(BadInput):
    """The store was written by a newer TPA Desk; this version must not touch it."""


class StoreDamaged(BadInput):
    """The store failed an integrity check or a blob failed its SHA-256 check."""


class DiskFull(BadInput):
    """The disk (or the store's size limit) is full; the change was rolled back."""


class Locked(DeskError):
    """The store cannot be unlocked: key missing, keyring locked, or no passphrase given."""

    exit_code = 3


class WrongKey(Locked):
    """The key or passphrase given does not open this store."""


class KeyringUnavailable(Locked):
    """No usable OS keyring backend."""
