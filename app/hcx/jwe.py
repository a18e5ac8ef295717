"""Compact JWE envelopes for HCX / NHCX (RFC 7516), built on jwcrypto.

What the protocol needs (domain.md section 6):

- **seal** a payload to the *recipient's* RSA public key (from its X.509 certificate), with the
  routing headers (``x-hcx-*``) in the *protected* header, so that they travel in clear but are
  authenticated as AAD. Default ``alg`` RSA-OAEP-256 and ``enc`` A256GCM; both configurable per
  payer (the spec text says RSA-OAEP; we send OAEP-256 unless a payer needs otherwise).
- **open** with the desk's private key, accepting only RSA-OAEP and RSA-OAEP-256 key management
  and AES-GCM content encryption. Anything else (RSA1_5, ``dir``, ``none``, PBES2, ...) is refused
  before any key is used, with an error that names the algorithm.
- **peek** at the protected header without a key (the relay and the sandbox route on it).

Errors are :class:`JweError` subclasses (exit code 2 in the CLI); their messages are meant for a
person and never contain the payload.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from jwcrypto import jwe as _jwe
from jwcrypto import jwk as _jwk
from jwcrypto.common import JWException

from offline.errors import BadInput

ALG_RSA_OAEP = "RSA-OAEP"
ALG_RSA_OAEP_256 = "RSA-OAEP-256"
ENC_A256GCM = "A256GCM"
DEFAULT_ALG = ALG_RSA_OAEP_256
DEFAULT_ENC = ENC_A256GCM

#: Key-management algorithms accepted when sealing and opening.
ALLOWED_ALGS: tuple[str, ...] = (ALG_RSA_OAEP, ALG_RSA_OAEP_256)
#: Content-encryption algorithms accepted when sealing and opening (authenticated AES-GCM).
ALLOWED_ENCS: tuple[str, ...] = ("A256GCM", "A192GCM", "A128GCM")
MIN_RSA_BITS = 2048
#: Header names the caller may not set: they describe the encryption itself.
RESERVED_HEADERS = frozenset({"alg", "enc", "zip", "crit", "jku", "jwk", "x5u", "x5c", "epk"})


class JweError(BadInput):
    """A JWE could not be sealed, read or opened. The message says why, without the payload."""


class JweMalformed(JweError):
    """The text is not a compact JWE (five base64url parts with a JSON protected header)."""


class JweAlgorithmRejected(JweError):
    """The JWE uses an algorithm outside the allowed list (for example RSA1_5, dir or none)."""


class JweWrongKey(JweError):
    """The JWE was sealed to another key (it is not addressed to this desk)."""


class JweMisaddressed(JweWrongKey):
    """The JWE's ``x-hcx-recipient_code`` names another participant."""


class JweTampered(JweError):
    """The JWE was altered on the way: its authentication tag does not match."""


@dataclass(frozen=True)
class Opened:
    """An opened JWE: its protected header (``alg``, ``enc`` and the x-hcx headers) and payload."""

    headers: dict[str, Any] = field(default_factory=dict)
    payload: bytes = b""

    def json(self) -> Any:
        """The payload parsed as JSON (FHIR bundles are JSON)."""
        try:
            return json.loads(self.payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise JweError(f"The JWE payload is not JSON ({exc.__class__.__name__}).") from exc


# --------------------------------------------------------------------------- helpers


def _b64url_decode(part: str, what: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError) as exc:
        raise JweMalformed(f"The JWE's {what} is not base64url text.") from exc


def _split_compact(token: str) -> list[str]:
    if not isinstance(token, str):
        raise JweMalformed("A JWE must be text (compact serialization).")
    token = token.strip()
    parts = token.split(".")
    if len(parts) != 5:
        raise JweMalformed(
            f"Not a compact JWE: expected 5 dot-separated parts, found {len(parts)}."
        )
    for part in parts:
        if part and not set(part) <= _B64URL_CHARS:
            raise JweMalformed("Not a compact JWE: a part holds characters outside base64url.")
    return parts


_B64URL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def peek_headers(token: str) -> dict[str, Any]:
    """The protected header of a compact JWE, read without any key.

    The header is authenticated only when the JWE is opened: route on it, but trust it only after
    :func:`open_jwe` succeeded.
    """
    parts = _split_compact(token)
    raw = _b64url_decode(parts[0], "protected header")
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise JweMalformed("The JWE's protected header is not JSON.") from exc
    if not isinstance(header, dict):
        raise JweMalformed("The JWE's protected header is not a JSON object.")
    return header


def check_algorithms(alg: object, enc: object) -> None:
    """Refuse any key-management or content-encryption algorithm outside the allowed lists."""
    if alg not in ALLOWED_ALGS:
        raise JweAlgorithmRejected(
            f"JWE algorithm {alg!r} is not accepted; only {' and '.join(ALLOWED_ALGS)} are "
            "(RSA1_5, dir, none and the others are refused)."
        )
    if enc not in ALLOWED_ENCS:
        raise JweAlgorithmRejected(
            f"JWE content encryption {enc!r} is not accepted; only "
            f"{', '.join(ALLOWED_ENCS)} are."
        )


def load_public_key(pem: bytes) -> rsa.RSAPublicKey:
    """The RSA public key in a PEM X.509 certificate or a PEM public key."""
    data = pem if isinstance(pem, bytes) else str(pem).encode("ascii")
    key: Any
    try:
        if b"BEGIN CERTIFICATE" in data:
            key = x509.load_pem_x509_certificate(data).public_key()
        else:
            key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise JweError("The recipient's certificate or public key could not be read "
                       "(expected PEM).") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise JweError("The recipient's key is not an RSA key; HCX needs RSA.")
    if key.key_size < MIN_RSA_BITS:
        raise JweError(f"The recipient's RSA key has {key.key_size} bits; at least "
                       f"{MIN_RSA_BITS} are required.")
    return key


def load_private_key(pem: bytes) -> rsa.RSAPrivateKey:
    """The desk's RSA private key from unencrypted PEM (it lives in the encrypted store).

    Reading a PEM key checks the RSA key, which takes tens of milliseconds (holding the GIL, so
    the desk's window would stall while answers are opened): the last few keys read are kept
    loaded in this process, as the open store keeps its own key."""
    return _load_private_key(bytes(pem))


@functools.lru_cache(maxsize=8)
def _load_private_key(pem: bytes) -> rsa.RSAPrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise JweError("The private key could not be read (expected unencrypted PEM).") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise JweError("The private key is not an RSA key; HCX needs RSA.")
    return key


# --------------------------------------------------------------------------- seal / open


def seal(payload: bytes | str | Mapping[str, Any], headers: Mapping[str, Any],
         recipient_cert_pem: bytes | rsa.RSAPublicKey, alg: str = DEFAULT_ALG,
         enc: str = DEFAULT_ENC) -> str:
    """Encrypt ``payload`` to the recipient's certificate (or public key) as a compact JWE.
    ``recipient_cert_pem`` is PEM (a certificate or a public key) or an already loaded key.

    ``headers`` (the x-hcx routing headers) go into the protected header next to ``alg`` and
    ``enc``; they must be JSON values and may not redefine the encryption (``alg``, ``enc``,
    ``zip``, ...). A mapping payload is encoded as compact UTF-8 JSON.
    """
    check_algorithms(alg, enc)
    clash = sorted(set(headers) & RESERVED_HEADERS)
    if clash:
        raise JweError(f"JWE headers may not set {', '.join(clash)}; pass alg/enc as arguments.")
    if isinstance(payload, Mapping):
        plaintext = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    elif isinstance(payload, str):
        plaintext = payload.encode("utf-8")
    else:
        plaintext = bytes(payload)
    protected = {"alg": alg, "enc": enc, **dict(headers)}
    try:
        protected_json = json.dumps(protected, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise JweError(f"JWE headers must be JSON values ({exc}).") from exc
    public = recipient_cert_pem if isinstance(recipient_cert_pem, rsa.RSAPublicKey) \
        else load_public_key(recipient_cert_pem)
    if public.key_size < MIN_RSA_BITS:
        raise JweError(f"The recipient's RSA key has {public.key_size} bits; at least "
                       f"{MIN_RSA_BITS} are required.")
    key = _jwk.JWK.from_pyca(public)
    token = _jwe.JWE(plaintext, protected=protected_json)
    token.allowed_algs = [alg, enc]
    token.add_recipient(key)
    return str(token.serialize(compact=True))


def _unwraps(private_key: rsa.RSAPrivateKey, alg: str, encrypted_key: bytes) -> bool:
    """Whether the content key unwraps with this private key (is the JWE addressed to us?)."""
    # RSA-OAEP (RFC 7518) is defined with SHA-1 in OAEP; that use of SHA-1 is not a weakness.
    digest: hashes.HashAlgorithm = (hashes.SHA256() if alg == ALG_RSA_OAEP_256
                                    else hashes.SHA1())  # noqa: S303
    try:
        private_key.decrypt(encrypted_key, padding.OAEP(padding.MGF1(digest), digest, None))
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=8)
def _private_jwk(private_key: rsa.RSAPrivateKey) -> _jwk.JWK:
    """The key as jwcrypto wants it, made once per key: jwcrypto rebuilds and checks the RSA key
    from its numbers on first use (tens of milliseconds), then keeps it."""
    return _jwk.JWK.from_pyca(private_key)


def open_jwe(token: str, private_key_pem: bytes | rsa.RSAPrivateKey, *,
             expected_recipient: str | None = None) -> Opened:
    """Decrypt a compact JWE with the desk's private key and authenticate its protected header.
    ``private_key_pem`` is unencrypted PEM or an already loaded key (faster for many messages).

    Only RSA-OAEP / RSA-OAEP-256 with AES-GCM are accepted. A JWE sealed to another key raises
    :class:`JweWrongKey`; an altered one :class:`JweTampered`. When ``expected_recipient`` is
    given, ``x-hcx-recipient_code`` must equal it (a misrouted message is refused).
    """
    header = peek_headers(token)
    check_algorithms(header.get("alg"), header.get("enc"))
    if "zip" in header:
        raise JweAlgorithmRejected("Compressed JWE ('zip') is not accepted.")
    if expected_recipient is not None and header.get("x-hcx-recipient_code") != \
            expected_recipient:
        raise JweMisaddressed(
            f"The JWE is addressed to {header.get('x-hcx-recipient_code')!r}, not to "
            f"{expected_recipient!r}."
        )
    parts = _split_compact(token)
    encrypted_key = _b64url_decode(parts[1], "encrypted key")
    private_key = private_key_pem if isinstance(private_key_pem, rsa.RSAPrivateKey) \
        else load_private_key(private_key_pem)
    if not _unwraps(private_key, str(header["alg"]), encrypted_key):
        raise JweWrongKey(
            "The JWE could not be opened with this desk's key: it was sealed to another "
            "certificate (or its encrypted key was damaged)."
        )
    jwe_obj = _jwe.JWE()
    jwe_obj.allowed_algs = list(ALLOWED_ALGS + ALLOWED_ENCS)
    try:
        jwe_obj.deserialize(token.strip(), _private_jwk(private_key))
    except JWException as exc:
        raise JweTampered(
            "The JWE failed its integrity check: its header or content was altered on the way."
        ) from exc
    return Opened(headers=header, payload=bytes(jwe_obj.payload))
