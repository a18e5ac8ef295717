"""The master key: 32 random bytes, kept in the OS keyring or wrapped by passphrase key slots.

Never plaintext on disk. A passphrase slot wraps the master key with AES-256-GCM under a key
derived by Argon2id (memory-hard); the KDF parameters are recorded in the slot so they can be
raised later without breaking old slots. Several slots may exist (one per passphrase).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from offline.errors import BadInput, KeyringUnavailable, Locked, NotAStore
from offline.fsutil import atomic_write_bytes

KEY_BYTES = 32
KEYRING_SERVICE = "TPA Desk"
ENV_KEYRING = "TPADESK_KEYRING"  # "off" forces passphrase slots (locked-down PCs, tests)
MIN_PASSPHRASE_CHARS = 10

PassphraseSource = Callable[[], str | None]


def new_master_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check_value(key: bytes) -> str:
    """A short, one-way fingerprint of the key, so a wrong key is refused before the database
    file is touched (and wrong-key attempts leave every file byte-identical)."""
    return hmac.new(key, b"tpadesk key check v1", hashlib.sha256).hexdigest()[:32]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --------------------------------------------------------------------------- KDF


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; recorded beside every wrapped key."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4
    salt: str = ""  # base64; filled per slot
    name: str = "argon2id"

    def with_new_salt(self) -> KdfParams:
        salt = _b64(secrets.token_bytes(16))
        return KdfParams(self.memory_kib, self.iterations, self.lanes, salt)

    def derive(self, passphrase: str) -> bytes:
        if self.name != "argon2id":
            raise NotAStore(f"Unknown key derivation '{self.name}' in the key slot file.")
        kdf = Argon2id(
            salt=_unb64(self.salt),
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


DEFAULT_KDF = KdfParams()


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise BadInput(
            f"passphrase: it is too short; use at least {MIN_PASSPHRASE_CHARS} characters "
            "(a few unrelated words are easy to remember and hard to guess)."
        )


@dataclass(frozen=True)
class Wrapped:
    """A key wrapped by a passphrase: KDF parameters, nonce and AES-GCM ciphertext."""

    kdf: KdfParams
    nonce: str
    ciphertext: str

    @classmethod
    def seal(cls, key: bytes, passphrase: str, aad: bytes,
             kdf: KdfParams = DEFAULT_KDF) -> Wrapped:
        params = kdf.with_new_salt()
        nonce = secrets.token_bytes(12)
        ct = AESGCM(params.derive(passphrase)).encrypt(nonce, key, aad)
        return cls(params, _b64(nonce), _b64(ct))

    def open(self, passphrase: str, aad: bytes) -> bytes | None:
        try:
            return AESGCM(self.kdf.derive(passphrase)).decrypt(
                _unb64(self.nonce), _unb64(self.ciphertext), aad
            )
        except InvalidTag:
            return None

    def to_json(self) -> dict[str, Any]:
        return {"kdf": asdict(self.kdf), "nonce": self.nonce, "ciphertext": self.ciphertext}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Wrapped:
        return cls(KdfParams(**data["kdf"]), str(data["nonce"]), str(data["ciphertext"]))


# --------------------------------------------------------------------------- slots


@dataclass
class Slot:
    id: str
    label: str
    created_at: str
    wrapped: Wrapped

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "created_at": self.created_at,
            **self.wrapped.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(str(data["id"]), str(data.get("label", "")), str(data["created_at"]),
                   Wrapped.from_json(data))


def _slot_aad(store_id: str, slot_id: str) -> bytes:
    return f"tpadesk-slot:{store_id}:{slot_id}".encode()


@dataclass
class SlotFile:
    """``keyslots.json``: passphrase slots for the current key and, during a key rotation, for
    the pending one."""

    path: Path
    store_id: str
    slots: list[Slot] = field(default_factory=list)
    pending: list[Slot] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path, store_id: str) -> SlotFile:
        if not path.exists():
            return cls(path, store_id)
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("store_id") != store_id:
                raise NotAStore(
                    f"{path.name} belongs to another store; restore the matching file or remove "
                    "it and unlock with the keyring."
                )
            return cls(
                path,
                store_id,
                [Slot.from_json(s) for s in data.get("slots", [])],
                [Slot.from_json(s) for s in data.get("pending", [])],
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise NotAStore(f"{path} is damaged ({exc.__class__.__name__}); restore it from "
                            "a backup.") from exc

    def save(self) -> None:
        data = {
            "format": "tpadesk-keyslots",
            "version": 1,
            "store_id": self.store_id,
            "slots": [s.to_json() for s in self.slots],
            "pending": [s.to_json() for s in self.pending],
        }
        if not self.slots and not self.pending:
            if self.path.exists():
                self.path.unlink()
            return
        atomic_write_bytes(self.path, json.dumps(data, indent=2).encode("utf-8"))

    def make_slot(self, key: bytes, passphrase: str, label: str,
                  kdf: KdfParams = DEFAULT_KDF) -> Slot:
        slot_id = uuid.uuid4().hex[:8]
        wrapped = Wrapped.seal(key, passphrase, _slot_aad(self.store_id, slot_id), kdf)
        return Slot(slot_id, label, datetime.now(UTC).isoformat(timespec="seconds"), wrapped)

    def try_open(self, passphrase: str, *, pending: bool = False) -> tuple[Slot, bytes] | None:
        for slot in self.pending if pending else self.slots:
            key = slot.wrapped.open(passphrase, _slot_aad(self.store_id, slot.id))
            if key is not None:
                return slot, key
        return None


# --------------------------------------------------------------------------- keyring


class KeyringAccess:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service), or none.

    ``TPADESK_KEYRING=off`` turns it off for locked-down PCs (then passphrase slots are used).
    """

    def __init__(self, enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = os.environ.get(ENV_KEYRING, "").strip().lower() not in {"off", "0", "no"}
        self.enabled = enabled

    def _backend(self) -> Any:
        import keyring

        return keyring.get_keyring()

    def unusable_reason(self) -> str | None:
        """Why no keyring can be used here, in plain words (None when one can)."""
        if not self.enabled:
            return f"the keyring is turned off here ({ENV_KEYRING}=off)"
        if not self.usable():
            return ("no system keyring service is running or reachable here (for example a "
                    "server or remote session without the desktop's keyring)")
        return None

    def usable(self) -> bool:
        if not self.enabled:
            return False
        try:
            from keyring.backends import chainer, fail

            kr = self._backend()
            if isinstance(kr, fail.Keyring):
                return False
            if isinstance(kr, chainer.ChainerBackend):
                return bool(kr.backends)
            return float(kr.priority) > 0
        except Exception:
            return False

    @staticmethod
    def _user(store_id: str, pending: bool) -> str:
        return f"store-key/{store_id}" + ("/pending" if pending else "")

    def _call(self, what: str, fn: Callable[[], Any], *, subject: str = "the store key",
              locked_hint: str = " and try again, or use a passphrase.",
              failed_hint: str = " Try again, or use a passphrase (TPADESK_KEYRING=off with "
                                 "--passphrase-file or TPADESK_PASSPHRASE).") -> Any:
        """Run a keyring call; a locked or failing keyring becomes a clear DeskError."""
        import keyring.errors

        try:
            return fn()
        except keyring.errors.KeyringLocked as exc:
            raise Locked(
                f"The system keyring is locked, so {subject} could not be {what}. Unlock the "
                f"keyring (log in to the desktop session){locked_hint}"
            ) from exc
        except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
            raise KeyringUnavailable(
                f"The system keyring failed while {subject} was {what} "
                f"({exc.__class__.__name__}).{failed_hint}"
            ) from exc

    def get(self, store_id: str, *, pending: bool = False) -> bytes | None:
        if not self.usable():
            return None
        import keyring

        value = self._call("read", lambda: keyring.get_password(
            KEYRING_SERVICE, self._user(store_id, pending)))
        if value is None:
            return None
        try:
            key = _unb64(str(value))
        except ValueError:
            return None
        return key if len(key) == KEY_BYTES else None

    def set(self, store_id: str, key: bytes, *, pending: bool = False) -> None:
        if not self.usable():
            raise KeyringUnavailable("No usable system keyring on this computer.")
        import keyring

        self._call("saved", lambda: keyring.set_password(
            KEYRING_SERVICE, self._user(store_id, pending), _b64(key)))

    def delete(self, store_id: str, *, pending: bool = False) -> None:
        if not self.usable():
            return
        import keyring
        import keyring.errors

        def _delete() -> None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, self._user(store_id, pending))

        self._call("removed", _delete)

    # Named secrets (payer passwords, client secrets), beside the store key in the same service.

    @staticmethod
    def _secret_user(name: str) -> str:
        if not name or len(name) > 200:
            raise ValueError("a secret name must be 1..200 characters")
        return f"secret/{name}"

    def _call_secret(self, what: str, fn: Callable[[], Any]) -> Any:
        return self._call(what, fn, subject="a saved payer secret",
                          locked_hint=" and try again.", failed_hint=" Try again.")

    def get_secret(self, name: str) -> str | None:
        """The secret stored under ``name``, or None (also when no keyring is usable)."""
        if not self.usable():
            return None
        import keyring

        value = self._call_secret("read", lambda: keyring.get_password(
            KEYRING_SERVICE, self._secret_user(name)))
        return None if value is None else str(value)

    def set_secret(self, name: str, value: str) -> None:
        """Store ``value`` under ``name``; raises KeyringUnavailable when there is no keyring."""
        if not self.usable():
            raise KeyringUnavailable("No usable system keyring on this computer.")
        import keyring

        self._call_secret("saved", lambda: keyring.set_password(
            KEYRING_SERVICE, self._secret_user(name), value))

    def delete_secret(self, name: str) -> None:
        """Forget the secret under ``name`` (nothing happens when there is none)."""
        if not self.usable():
            return
        import keyring
        import keyring.errors

        def _delete() -> None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, self._secret_user(name))

        self._call_secret("removed", _delete)
