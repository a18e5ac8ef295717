"""Clerk accounts: who is working the desk, with a role and a password hashed memory-hard.

Roles: ``clerk`` (capture, attach, submit), ``field_staff`` (TPA field verification: photos,
proof of presence), ``supervisor`` (overrides warnings, closes and cancels cases), ``admin``
(users, payers, keys). Passwords are hashed with Argon2id (``cryptography``), a fresh 16-byte
salt per hash, and the parameters (memory, iterations, lanes, salt) are stored beside each hash
so they can be raised later without breaking old accounts (``needs_rehash``). Verification
compares in constant time and costs the same for an unknown user name. Passwords never reach the
audit trail; user changes are audited by user name and field name only.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from app import audit
from offline.errors import BadInput
from offline.keys import KdfParams
from offline.migrations import Migration

if TYPE_CHECKING:
    from offline.store import Store

MIN_PASSWORD_CHARS = 8
USERNAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")
DEFAULT_USER_KDF = KdfParams(memory_kib=65536, iterations=3, lanes=4)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("users", 1, "clerk accounts", """
        CREATE TABLE users (
            username      TEXT PRIMARY KEY,
            display_name  TEXT NOT NULL,
            role          TEXT NOT NULL,
            pw_hash       TEXT NOT NULL,
            kdf           TEXT NOT NULL,
            active        INTEGER NOT NULL DEFAULT 1,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        );
    """),
)


class Role(StrEnum):
    CLERK = "clerk"
    FIELD_STAFF = "field_staff"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


# What each role may do (the UI greys out the rest; commands check it once users log in).
PERMISSIONS: dict[str, frozenset[Role]] = {
    "case.create": frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    "case.edit": frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    "document.add": frozenset(Role),
    "leg.submit": frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    "warnings.override": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "case.cancel": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "case.close": frozenset({Role.SUPERVISOR, Role.ADMIN}),
    "user.manage": frozenset({Role.ADMIN}),
    "payer.manage": frozenset({Role.ADMIN}),
}


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: str
    updated_at: str


def may(user: User, action: str) -> bool:
    """Whether the user's role allows ``action`` (a key of PERMISSIONS); inactive users may
    nothing."""
    allowed = PERMISSIONS.get(action)
    if allowed is None:
        raise KeyError(f"unknown action {action!r}")
    return user.active and user.role in allowed


def require(user: User, action: str) -> None:
    """BadInput (exit 2) when the user's role does not allow ``action``."""
    if not may(user, action):
        roles = ", ".join(sorted(r.value for r in PERMISSIONS[action]))
        raise BadInput(f"user: '{user.username}' ({user.role.value}) may not do {action}; "
                       f"ask someone with the role {roles}")


def _hash(password: str, params: KdfParams) -> str:
    return base64.b64encode(params.derive(password)).decode("ascii")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise BadInput(f"password: use at least {MIN_PASSWORD_CHARS} characters (a few unrelated "
                       "words are easy to remember and hard to guess)")


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.fullmatch(name):
        raise BadInput("username: use 2 to 32 lower-case letters, digits, '.', '_' or '-', "
                       "starting with a letter or digit")
    return name


def _role(role: str | Role) -> Role:
    try:
        return Role(str(role).strip().lower())
    except ValueError as exc:
        raise BadInput(f"role: choose one of {', '.join(r.value for r in Role)}") from exc


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def add_user(store: Store, username: str, password: str, role: str | Role, *,
             display_name: str = "", actor: str, kdf: KdfParams | None = None) -> User:
    """Create an account. BadInput when the name is taken or the password too short."""
    name = _check_username(username)
    chosen = _role(role)
    _check_password(password)
    params = (kdf or DEFAULT_USER_KDF).with_new_salt()
    digest = _hash(password, params)
    now = _now()
    with store.transaction() as conn:
        if conn.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
            raise BadInput(f"username: '{name}' already exists; choose another name")
        conn.execute("INSERT INTO users(username, display_name, role, pw_hash, kdf, active,"
                     " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                     (name, display_name.strip() or name, chosen.value, digest,
                      json.dumps(asdict(params)), now, now))
        audit.record(conn, actor=actor, action="user.added",
                     details={"username": name, "role": chosen.value})
    return get_user(store, name)


def get_user(store: Store, username: str) -> User:
    row = store.conn().execute("SELECT username, display_name, role, active, created_at,"
                               " updated_at FROM users WHERE username = ?",
                               (username.strip().lower(),)).fetchone()
    if row is None:
        raise BadInput(f"username: there is no user '{username.strip()[:32]}'")
    return User(str(row[0]), str(row[1]), Role(row[2]), bool(row[3]), str(row[4]), str(row[5]))


def list_users(store: Store) -> list[User]:
    rows = store.conn().execute("SELECT username, display_name, role, active, created_at,"
                                " updated_at FROM users ORDER BY username").fetchall()
    return [User(str(r[0]), str(r[1]), Role(r[2]), bool(r[3]), str(r[4]), str(r[5]))
            for r in rows]


def verify(store: Store, username: str, password: str) -> User | None:
    """The user when the password is right and the account active; None otherwise (same cost
    for an unknown name)."""
    row = store.conn().execute("SELECT pw_hash, kdf, active FROM users WHERE username = ?",
                               (username.strip().lower(),)).fetchone()
    if row is None:  # spend the same effort, so timing does not reveal which names exist
        d = DEFAULT_USER_KDF
        _hash(password, KdfParams(d.memory_kib, d.iterations, d.lanes,
                                  base64.b64encode(b"\0" * 16).decode()))
        return None
    params = KdfParams(**json.loads(row[1]))
    if not hmac.compare_digest(_hash(password, params), str(row[0])) or not row[2]:
        return None
    return get_user(store, username)


def needs_rehash(store: Store, username: str, current: KdfParams | None = None) -> bool:
    """True when the stored hash used weaker parameters than ``current``."""
    row = store.conn().execute("SELECT kdf FROM users WHERE username = ?",
                               (username.strip().lower(),)).fetchone()
    if row is None:
        return False
    p = json.loads(row[0])
    current = current or DEFAULT_USER_KDF
    return bool(p["memory_kib"] < current.memory_kib or p["iterations"] < current.iterations)


def change_password(store: Store, username: str, old_password: str | None, new_password: str,
                    *, actor: str, kdf: KdfParams | None = None) -> None:
    """Set a new password. ``old_password`` must be right unless None (an admin reset)."""
    name = _check_username(username)
    get_user(store, name)
    if old_password is not None and verify(store, name, old_password) is None:
        raise BadInput("password: the current password is wrong; nothing was changed")
    _check_password(new_password)
    params = (kdf or DEFAULT_USER_KDF).with_new_salt()
    with store.transaction() as conn:
        conn.execute("UPDATE users SET pw_hash = ?, kdf = ?, updated_at = ? WHERE username = ?",
                     (_hash(new_password, params), json.dumps(asdict(params)), _now(), name))
        audit.record(conn, actor=actor, action="user.password_changed",
                     details={"username": name, "reset": old_password is None})


def set_active(store: Store, username: str, active: bool, *, actor: str) -> None:
    """Disable (or re-enable) an account; accounts are never deleted (the audit names them)."""
    name = _check_username(username)
    get_user(store, name)
    with store.transaction() as conn:
        conn.execute("UPDATE users SET active = ?, updated_at = ? WHERE username = ?",
                     (int(active), _now(), name))
        audit.record(conn, actor=actor, action="user.enabled" if active else "user.disabled",
                     details={"username": name})
