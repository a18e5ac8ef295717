"""The sandbox payer's JWE opening, with its private key loaded once.

:func:`app.hcx.jwe.open_jwe` parses the PEM key on every call (about 0.2 s for RSA-2048 with its
consistency checks), which is right for a desk opening a few answers but too slow for an exchange
taking thousands of submissions. This opener keeps the loaded key and follows the same rules:
algorithms checked with :func:`app.hcx.jwe.check_algorithms` before any key is used (RSA-OAEP /
RSA-OAEP-256 with AES-GCM only, no ``zip``), the protected header authenticated as AAD
(RFC 7516 section 5.2), errors as :class:`app.hcx.jwe.JweError` subclasses.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.hcx.jwe import (
    ALG_RSA_OAEP_256,
    JweAlgorithmRejected,
    JweMalformed,
    JweTampered,
    JweWrongKey,
    Opened,
    check_algorithms,
    load_private_key,
    peek_headers,
)

_KEY_BYTES = {"A128GCM": 16, "A192GCM": 24, "A256GCM": 32}


def _b64(part: str, what: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError) as exc:
        raise JweMalformed(f"The JWE's {what} is not base64url text.") from exc


@dataclass
class KeyOpener:
    """Opens compact JWEs sealed to one RSA key (loaded once), or to one of ``older`` keys
    (after a rotation, requests sealed before it may still wait to be decided)."""

    private_key_pem: bytes
    older: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        self._key = load_private_key(self.private_key_pem)
        self._older = [KeyOpener(pem) for pem in self.older]

    def open(self, token: str) -> Opened:
        """Decrypt and authenticate a compact JWE; raises a :class:`JweError` subclass."""
        try:
            return self._open(token)
        except JweWrongKey:
            for opener in self._older:
                try:
                    return opener.open(token)
                except JweWrongKey:
                    continue
            raise

    def _open(self, token: str) -> Opened:
        header = peek_headers(token)
        alg, enc = header.get("alg"), header.get("enc")
        check_algorithms(alg, enc)
        if "zip" in header:
            raise JweAlgorithmRejected("Compressed JWE ('zip') is not accepted.")
        protected, ek, iv, ct, tag = token.strip().split(".")
        digest: hashes.HashAlgorithm = hashes.SHA256() if alg == ALG_RSA_OAEP_256 \
            else hashes.SHA1()  # noqa: S303 - RSA-OAEP (SHA-1) is allowed by the HCX spec
        try:
            cek = self._key.decrypt(_b64(ek, "encrypted key"),
                                    padding.OAEP(padding.MGF1(digest), digest, None))
        except ValueError as exc:
            raise JweWrongKey("The JWE could not be opened with this key: it was sealed to "
                              "another certificate (or its encrypted key was damaged).") from exc
        if len(cek) != _KEY_BYTES[str(enc)]:
            raise JweTampered("The JWE's content key has the wrong length for its 'enc'.")
        nonce = _b64(iv, "initialisation vector")
        if len(nonce) != 12:
            raise JweTampered("The JWE's initialisation vector is not 96 bits.")
        try:
            plain = AESGCM(cek).decrypt(nonce, _b64(ct, "ciphertext") + _b64(tag, "tag"),
                                        protected.encode("ascii"))
        except InvalidTag as exc:
            raise JweTampered("The JWE failed its integrity check: its header or content was "
                              "altered on the way.") from exc
        return Opened(headers=header, payload=plain)
