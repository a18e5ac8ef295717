"""The desk's own HCX identity: an RSA-2048 key pair and a self-signed X.509 certificate.

Generated once, when the store is created (:func:`ensure_identity` is called by ``Desk.create``),
and kept in the encrypted store (table ``hcx_identity``), never in a plain file. Payers and the
relay seal answers to this certificate; the desk opens them with the private key. The certificate
is exported (PEM) to register the desk with an exchange (``tpadesk cert export --out FILE``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import uuid
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from app.hcx.jwe import JweMisaddressed, JweWrongKey, Opened, open_jwe
from offline.errors import BadInput
from offline.store import Store, now_utc

KEY_BITS = 2048
CERT_VALID_DAYS = 825
ORGANISATION = "TPA Desk"


@dataclass(frozen=True)
class Identity:
    """The desk's key pair: ``private_key_pem`` never leaves the encrypted store."""

    key_id: str
    private_key_pem: bytes
    certificate_pem: bytes
    created_at: str

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate (DER), hex with colons: read it out to the exchange."""
        return certificate_fingerprint(self.certificate_pem)


def certificate_fingerprint(certificate_pem: bytes) -> str:
    cert = x509.load_pem_x509_certificate(certificate_pem)
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def self_signed_certificate(key: rsa.RSAPrivateKey, common_name: str, *,
                            days: int = CERT_VALID_DAYS,
                            now: _dt.datetime | None = None) -> bytes:
    """A self-signed certificate (PEM) for ``key``, naming ``common_name`` (a participant code or
    a desk label); for key encipherment (JWE) and digital signatures."""
    now = now or _dt.datetime.now(_dt.UTC)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
    ])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _dt.timedelta(minutes=5))
        .not_valid_after(now + _dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=True,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def generate_identity(common_name: str) -> Identity:
    """A fresh RSA-2048 key pair with its self-signed certificate (not yet stored)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return Identity(uuid.uuid4().hex, pem, self_signed_certificate(key, common_name), now_utc())


def _row_to_identity(row: tuple[object, ...]) -> Identity:
    return Identity(str(row[0]), str(row[1]).encode("ascii"), str(row[2]).encode("ascii"),
                    str(row[3]))


def load_identity(store: Store) -> Identity | None:
    """The desk's current identity, or None when none was generated yet."""
    row = store.conn().execute(
        "SELECT key_id, private_key_pem, certificate_pem, created_at FROM hcx_identity"
        " WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1").fetchone()
    return None if row is None else _row_to_identity(tuple(row))


def all_identities(store: Store) -> list[Identity]:
    """Current and retired identities, newest first (answers sealed to an older certificate
    can still be opened after a rotation)."""
    rows = store.conn().execute(
        "SELECT key_id, private_key_pem, certificate_pem, created_at FROM hcx_identity"
        " ORDER BY retired_at IS NOT NULL, created_at DESC").fetchall()
    return [_row_to_identity(tuple(r)) for r in rows]


def _insert(store: Store, identity: Identity) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO hcx_identity(key_id, private_key_pem, certificate_pem, created_at)"
            " VALUES (?, ?, ?, ?)",
            (identity.key_id, identity.private_key_pem.decode("ascii"),
             identity.certificate_pem.decode("ascii"), identity.created_at))


def ensure_identity(store: Store) -> Identity:
    """The desk's identity, generated and stored on first call (idempotent)."""
    current = load_identity(store)
    if current is not None:
        return current
    label = f"tpadesk-{store.info('store_id') or uuid.uuid4().hex}"
    identity = generate_identity(label)
    with store.transaction():
        again = load_identity(store)  # another thread may have won the race
        if again is not None:
            return again
        _insert(store, identity)
    return identity


def rotate_identity(store: Store) -> Identity:
    """Retire the current key pair and make a new one (register the new certificate)."""
    identity = generate_identity(f"tpadesk-{store.info('store_id') or uuid.uuid4().hex}")
    with store.transaction() as conn:
        conn.execute("UPDATE hcx_identity SET retired_at = ? WHERE retired_at IS NULL",
                     (now_utc(),))
        _insert(store, identity)
    return identity


def export_certificate(store: Store) -> bytes:
    """The desk's certificate (PEM), for registration with an exchange. Never the private key."""
    identity = load_identity(store)
    if identity is None:
        raise BadInput("This desk has no HCX key pair yet; it is made by 'tpadesk init'. "
                       "Run 'tpadesk cert export' again after opening the desk once.")
    return identity.certificate_pem


def open_for_desk(store: Store, token: str, *,
                  expected_recipient: str | None = None) -> Opened:
    """Open a JWE addressed to this desk with its current key, or a retired one (an answer sealed
    before a key rotation). Raises the :mod:`app.hcx.jwe` error of the current key when none
    opens it (:class:`JweWrongKey`, :class:`JweTampered`, :class:`JweAlgorithmRejected`...)."""
    identities = all_identities(store)
    if not identities:
        raise BadInput("This desk has no HCX key pair; it cannot open answers.")
    first_error: JweWrongKey | None = None
    for identity in identities:
        try:
            return open_jwe(token, identity.private_key_pem,
                            expected_recipient=expected_recipient)
        except JweMisaddressed:
            raise
        except JweWrongKey as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error
