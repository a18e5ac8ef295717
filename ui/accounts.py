"""Clerk accounts as the desk's windows see them: a thin wrapper over :mod:`app.users`.

Every method hashes or reads the store, so windows call them through the background executor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from offline.errors import BadInput

ROLES = ("clerk", "field_staff", "supervisor", "admin")  # app.users.Role, in order


@dataclass(frozen=True)
class Account:
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may(self, action: str) -> bool:
        """Whether this role may do ``action`` (a key of ``app.users.PERMISSIONS``)."""
        from app import users

        allowed = users.PERMISSIONS.get(action)
        return allowed is not None and self.role in {r.value for r in allowed}


class AccountError(Exception):
    """Something the clerk can fix (wrong password, name taken); the message says what."""


class Accounts:
    """Create, list and check the desk's accounts (app/users.py does the work)."""

    def __init__(self, data_dir: Path, store: Any, *, kdf: Any = None) -> None:
        self.data_dir = Path(data_dir)
        self.store = store
        self.kdf = kdf  # tests pass cheap KDF parameters; the desk uses app/users' default

    def list(self) -> list[Account]:
        from app import users

        return [Account(u.username, u.role.value) for u in users.list_users(self.store)
                if u.active]

    def all(self) -> list[tuple[Account, bool]]:
        """Every account with whether it is active (disabled ones too: accounts are never
        deleted, the audit trail names them)."""
        from app import users

        return [(Account(u.username, u.role.value), u.active)
                for u in users.list_users(self.store)]

    def set_active(self, name: str, active: bool, *, actor: str) -> None:
        """Disable (or enable again) an account; recorded under ``actor``."""
        from app import users

        if not active and name.strip().lower() == actor.strip().lower():
            raise AccountError("You cannot disable your own account while you are signed in.")
        try:
            users.set_active(self.store, name, active, actor=actor)
        except BadInput as exc:
            raise AccountError(str(exc)) from exc

    def any(self) -> bool:
        return bool(self.list())

    def create(self, name: str, password: str, role: str = "clerk", *,
               actor: str | None = None) -> Account:
        from app import users

        try:
            user = users.add_user(self.store, name, password, role, actor=actor or name.strip(),
                                  kdf=self.kdf)
        except BadInput as exc:
            raise AccountError(str(exc)) from exc
        return Account(user.username, user.role.value)

    def verify(self, name: str, password: str) -> Account:
        """The account when the password is right; AccountError otherwise."""
        from app import users

        user = users.verify(self.store, name, password)
        if user is None:
            raise AccountError("The user name or password is not right. Try again.")
        return Account(user.username, user.role.value)
