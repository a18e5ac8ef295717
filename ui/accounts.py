"""Clerk accounts for login, as the desk sees them.

Uses ``app.users`` when it provides ``create_user``, ``authenticate`` and ``list_users``.
Until that lands, accounts are kept in ``<data dir>/desk-users.json``: user names, roles and
scrypt password hashes only (never a patient's data, never a password).
"""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROLES = ("clerk", "field_staff", "supervisor", "admin")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


@dataclass(frozen=True)
class Account:
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class AccountError(Exception):
    """Something the clerk can fix (wrong password, name taken); the message says what."""


def _users_module() -> Any | None:
    try:
        module = importlib.import_module("app.users")
    except ImportError:
        return None
    needed = ("create_user", "authenticate", "list_users")
    return module if all(hasattr(module, n) for n in needed) else None


class Accounts:
    """Create, list and check accounts (call from a background thread: hashing is slow)."""

    def __init__(self, data_dir: Path, store: Any = None) -> None:
        self.path = Path(data_dir) / "desk-users.json"
        self.store = store
        self._core = _users_module() if store is not None else None

    def _load(self) -> dict[str, dict[str, str]]:
        if not self.path.is_file():
            return {}
        data = json.loads(self.path.read_text("utf-8"))
        return dict(data.get("users", {}))

    def _save(self, users: dict[str, dict[str, str]]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"users": users}, indent=1), "utf-8")
        os.replace(tmp, self.path)

    def list(self) -> list[Account]:
        if self._core is not None:
            return [Account(str(getattr(u, "name", u)), str(getattr(u, "role", "clerk")))
                    for u in self._core.list_users(self.store)]
        return [Account(n, u["role"]) for n, u in sorted(self._load().items())]

    def any(self) -> bool:
        return bool(self.list())

    def create(self, name: str, password: str, role: str = "clerk") -> Account:
        name = name.strip()
        if not name:
            raise AccountError("Give a user name (for example: priya).")
        if len(password) < 8:
            raise AccountError("Use a password of at least 8 characters.")
        if role not in ROLES:
            raise AccountError(f"Choose a role: {', '.join(ROLES)}.")
        if self._core is not None:
            self._core.create_user(self.store, name, password, role=role, actor=name)
            return Account(name, role)
        users = self._load()
        if name.lower() in (n.lower() for n in users):
            raise AccountError(f"There is already a user called {name}.")
        salt = os.urandom(16)
        digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
        users[name] = {"role": role, "salt": salt.hex(), "hash": digest.hex()}
        self._save(users)
        return Account(name, role)

    def verify(self, name: str, password: str) -> Account:
        """The account when the password is right; AccountError otherwise."""
        wrong = AccountError("The user name or password is not right. Try again.")
        if self._core is not None:
            user = self._core.authenticate(self.store, name.strip(), password)
            if not user:
                raise wrong
            return Account(str(getattr(user, "name", name)), str(getattr(user, "role", "clerk")))
        users = self._load()
        entry = next((u | {"name": n} for n, u in users.items()
                      if n.lower() == name.strip().lower()), None)
        if entry is None:
            hashlib.scrypt(password.encode(), salt=b"0" * 16, **_SCRYPT)  # same time either way
            raise wrong
        digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(entry["salt"]), **_SCRYPT)
        if not hmac.compare_digest(digest.hex(), entry["hash"]):
            raise wrong
        return Account(entry["name"], entry["role"])
