"""Payer certificates from the exchange's participant registry, cached in the encrypted store.

A message is sealed to the *recipient's* certificate, which the exchange's participant registry
publishes (``encryption_cert``: the PEM itself or an https URL to it). Certificates rotate, so a
cached one is used for at most 24 hours, and it is fetched again at once when the payer reports it
could not decrypt a message (``ERR_INVALID_ENCRYPTION``). A certificate that is not RSA-2048+, not
yet valid or expired is refused with a clear error rather than used.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.hcx.headers import ERR_INVALID_ENCRYPTION
from app.hcx.jwe import JweError, load_public_key
from offline.errors import DeskError
from offline.store import Store

Clock = Callable[[], datetime]
MAX_AGE = timedelta(hours=24)


class RegistryError(DeskError):
    """No usable certificate for a participant: not registered, inactive, or a bad certificate."""

    exit_code = 2


class RegistrySource(Protocol):
    """Where registry entries come from (the exchange client implements it)."""

    def search_participants(self, codes: Sequence[str]) -> list[dict[str, Any]]: ...

    def fetch_certificate(self, url: str) -> bytes: ...


@dataclass(frozen=True)
class Participant:
    """A cached registry entry: the participant's certificate and the rest of its record."""

    code: str
    certificate_pem: bytes
    details: dict[str, Any]
    fetched_at: datetime


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ParticipantRegistry:
    """Certificates of the participants the desk writes to, fetched on demand and cached for at
    most ``max_age`` (24 h). ``clock`` is injectable for tests."""

    def __init__(self, store: Store, source: RegistrySource, *, clock: Clock = _utcnow,
                 max_age: timedelta = MAX_AGE) -> None:
        if max_age > MAX_AGE:
            raise ValueError("certificates may be cached for at most 24 hours")
        self.store = store
        self.source = source
        self.clock = clock
        self.max_age = max_age

    # ------------------------------------------------------------------ reading

    def cached(self, code: str) -> Participant | None:
        """The cached entry for ``code`` (fresh or not), or None."""
        row = self.store.conn().execute(
            "SELECT certificate_pem, details, fetched_at FROM hcx_participant"
            " WHERE participant_code = ?", (code,)).fetchone()
        if row is None:
            return None
        return Participant(code, str(row[0]).encode("ascii"), json.loads(row[1]),
                           datetime.fromisoformat(str(row[2])))

    def is_fresh(self, entry: Participant) -> bool:
        age = self.clock() - entry.fetched_at
        return timedelta(0) <= age < self.max_age

    def certificate(self, code: str) -> bytes:
        """The certificate (PEM) to seal messages to ``code``: cached if fetched less than
        ``max_age`` ago, otherwise fetched from the registry now."""
        entry = self.cached(code)
        if entry is not None and self.is_fresh(entry):
            return entry.certificate_pem
        return self.refresh(code).certificate_pem

    # ------------------------------------------------------------------ fetching

    def refresh(self, code: str) -> Participant:
        """Fetch ``code``'s entry from the registry now and cache it."""
        found = [p for p in self.source.search_participants([code])
                 if p.get("participant_code") == code]
        if not found:
            raise RegistryError(f"Participant '{code}' is not in the exchange's registry; check "
                                "the payer's participant code.")
        record = found[0]
        status = record.get("status")
        statuses = status if isinstance(status, list) else [status] if status else []
        if any(str(s).lower() in ("inactive", "blocked") for s in statuses):
            raise RegistryError(f"Participant '{code}' is {statuses[0]} in the exchange's "
                                "registry; messages cannot be sent to it.")
        cert_ref = record.get("encryption_cert")
        if not isinstance(cert_ref, str) or not cert_ref.strip():
            raise RegistryError(f"Participant '{code}' has no encryption certificate in the "
                                "registry.")
        pem = cert_ref.encode("ascii", "replace") if "BEGIN" in cert_ref \
            else self.source.fetch_certificate(cert_ref.strip())
        pem = self._check_certificate(code, pem)
        now = self.clock()
        details = {k: v for k, v in record.items() if k != "encryption_cert"}
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO hcx_participant(participant_code, certificate_pem, details,"
                " fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT(participant_code) DO UPDATE SET"
                " certificate_pem = excluded.certificate_pem, details = excluded.details,"
                " fetched_at = excluded.fetched_at",
                (code, pem.decode("ascii"), json.dumps(details), now.isoformat()))
        return Participant(code, pem, details, now)

    def _check_certificate(self, code: str, pem: bytes) -> bytes:
        """The certificate (or bare public key) in canonical PEM, after checking it is usable."""
        try:
            key = load_public_key(pem)
        except JweError as exc:
            raise RegistryError(f"The certificate of '{code}' cannot be used: {exc}") from exc
        if b"BEGIN CERTIFICATE" not in pem:  # a bare public key: no validity dates to check
            return key.public_bytes(serialization.Encoding.PEM,
                                    serialization.PublicFormat.SubjectPublicKeyInfo)
        cert = x509.load_pem_x509_certificate(pem)
        now = self.clock()
        if now < cert.not_valid_before_utc:
            raise RegistryError(f"The certificate of '{code}' is not valid before "
                                f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC.")
        if now > cert.not_valid_after_utc:
            raise RegistryError(f"The certificate of '{code}' expired on "
                                f"{cert.not_valid_after_utc:%Y-%m-%d}; the payer must publish "
                                "a new one.")
        return cert.public_bytes(serialization.Encoding.PEM)

    def invalidate(self, code: str) -> None:
        """Forget ``code``'s cached certificate (the next message fetches it again)."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM hcx_participant WHERE participant_code = ?", (code,))

    def note_error(self, code: str, error_code: str | None) -> bool:
        """Tell the registry that ``code`` answered ``error_code``. On ERR_INVALID_ENCRYPTION the
        cached certificate is dropped (it probably rotated) and True is returned: re-seal and
        send again with the certificate fetched afresh."""
        if error_code == ERR_INVALID_ENCRYPTION:
            self.invalidate(code)
            return True
        return False
