"""JWE envelopes: round trips with both algorithms, refused algorithms, tampered and wrongly
addressed envelopes, and headers readable without the key."""

from __future__ import annotations

import base64
import json
from functools import cache

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto import jwe as jj
from jwcrypto import jwk

from app.hcx import jwe
from app.hcx.identity import self_signed_certificate

HEADERS = {
    "x-hcx-sender_code": "hosp-1@hcx",
    "x-hcx-recipient_code": "payer-1@hcx",
    "x-hcx-api_call_id": "0b1f3c52-6a4e-4c1e-9a55-2f1f6a7c9d01",
    "x-hcx-correlation_id": "5d7a2f10-8e2b-4c33-9f0e-7a1b2c3d4e5f",
    "x-hcx-workflow_id": "12",
    "x-hcx-timestamp": "2026-12-03T10:15:00+05:30",
    "x-hcx-status": "request.initiated",
}


@cache
def _pair(tag: str) -> tuple[bytes, bytes]:
    """(private key PEM, certificate PEM) for a synthetic participant, one per tag."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = self_signed_certificate(key, f"{tag}@test")
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return pem, cert


@pytest.mark.parametrize("alg", ["RSA-OAEP-256", "RSA-OAEP"])
def test_seal_open_round_trip_with_both_algorithms(alg: str) -> None:
    priv, cert = _pair("desk")
    payload = {"resourceType": "Bundle", "type": "collection", "note": "₹ 1,00,000"}
    token = jwe.seal(payload, HEADERS, cert, alg=alg)
    assert token.count(".") == 4
    opened = jwe.open_jwe(token, priv)
    assert opened.json() == payload
    assert opened.headers["alg"] == alg
    assert opened.headers["enc"] == "A256GCM"
    for name, value in HEADERS.items():
        assert opened.headers[name] == value


def test_seal_accepts_bytes_and_a_bare_public_key() -> None:
    priv, cert = _pair("desk")
    from cryptography import x509

    pub_pem = x509.load_pem_x509_certificate(cert).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    token = jwe.seal(b"\x00raw bytes\xff", {}, pub_pem, enc="A128GCM")
    assert jwe.open_jwe(token, priv).payload == b"\x00raw bytes\xff"


def test_headers_are_readable_without_the_key_but_payload_is_not() -> None:
    _, cert = _pair("desk")
    token = jwe.seal(b"secret patient text", HEADERS, cert)
    headers = jwe.peek_headers(token)
    assert headers["x-hcx-api_call_id"] == HEADERS["x-hcx-api_call_id"]
    assert headers["alg"] == "RSA-OAEP-256"
    assert b"secret patient text" not in token.encode()


def test_a_jwe_sealed_to_another_key_is_refused_clearly() -> None:
    _, cert_other = _pair("other")
    priv_desk, _ = _pair("desk")
    token = jwe.seal(b"{}", HEADERS, cert_other)
    with pytest.raises(jwe.JweWrongKey, match="sealed to another certificate"):
        jwe.open_jwe(token, priv_desk)


def test_a_jwe_addressed_to_another_participant_is_refused() -> None:
    priv, cert = _pair("desk")
    token = jwe.seal(b"{}", HEADERS, cert)
    with pytest.raises(jwe.JweWrongKey, match="addressed to 'payer-1@hcx'"):
        jwe.open_jwe(token, priv, expected_recipient="hosp-1@hcx")
    assert jwe.open_jwe(token, priv, expected_recipient="payer-1@hcx").payload == b"{}"


def _flip(part: str) -> str:
    raw = bytearray(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    raw[len(raw) // 2] ^= 0x01
    return base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")


def test_tampered_ciphertext_is_refused() -> None:
    priv, cert = _pair("desk")
    parts = jwe.seal(b"approved amount 50000", HEADERS, cert).split(".")
    parts[3] = _flip(parts[3])
    with pytest.raises(jwe.JweTampered, match="altered"):
        jwe.open_jwe(".".join(parts), priv)


def test_tampered_protected_header_is_refused() -> None:
    priv, cert = _pair("desk")
    parts = jwe.seal(b"{}", HEADERS, cert).split(".")
    header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    header["x-hcx-recipient_code"] = "someone-else@hcx"
    parts[0] = base64.urlsafe_b64encode(json.dumps(header).encode()).decode().rstrip("=")
    with pytest.raises(jwe.JweTampered):
        jwe.open_jwe(".".join(parts), priv)


def _foreign_token(alg: str, enc: str, key: jwk.JWK) -> str:
    token = jj.JWE(b"{}", protected=json.dumps({"alg": alg, "enc": enc, **HEADERS}))
    token.allowed_algs = [alg, enc]
    token.add_recipient(key)
    return str(token.serialize(compact=True))


def test_rsa1_5_is_refused_even_with_the_right_key() -> None:
    priv, _ = _pair("desk")
    key = jwk.JWK.from_pem(priv)
    token = _foreign_token("RSA1_5", "A256GCM", key)
    with pytest.raises(jwe.JweAlgorithmRejected, match="'RSA1_5' is not accepted"):
        jwe.open_jwe(token, priv)


def test_dir_is_refused() -> None:
    priv, _ = _pair("desk")
    token = _foreign_token("dir", "A256GCM", jwk.JWK.generate(kty="oct", size=256))
    with pytest.raises(jwe.JweAlgorithmRejected, match="'dir'"):
        jwe.open_jwe(token, priv)


def test_alg_none_and_cbc_content_encryption_are_refused() -> None:
    priv, _ = _pair("desk")
    header = base64.urlsafe_b64encode(
        json.dumps({"alg": "none", "enc": "A256GCM"}).encode()).decode().rstrip("=")
    with pytest.raises(jwe.JweAlgorithmRejected, match="'none'"):
        jwe.open_jwe(f"{header}.AA.AA.AA.AA", priv)
    token = _foreign_token("RSA-OAEP", "A128CBC-HS256", jwk.JWK.from_pem(priv))
    with pytest.raises(jwe.JweAlgorithmRejected, match="A128CBC-HS256"):
        jwe.open_jwe(token, priv)


def test_sealing_with_a_refused_algorithm_or_reserved_header_fails() -> None:
    _, cert = _pair("desk")
    with pytest.raises(jwe.JweAlgorithmRejected):
        jwe.seal(b"{}", {}, cert, alg="RSA1_5")
    with pytest.raises(jwe.JweError, match="may not set alg"):
        jwe.seal(b"{}", {"alg": "dir"}, cert)


def test_a_small_rsa_key_is_refused_for_sealing() -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = small.public_key().public_bytes(serialization.Encoding.PEM,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(jwe.JweError, match="1024 bits"):
        jwe.seal(b"{}", {}, pem)


@pytest.mark.parametrize("text", ["", "a.b.c", "not a jwe at all", "a.b.c.d.e.f",
                                  '{"protected": "x"}', "!!!!.AA.AA.AA.AA"])
def test_malformed_tokens_are_refused_clearly(text: str) -> None:
    priv, _ = _pair("desk")
    with pytest.raises(jwe.JweMalformed):
        jwe.peek_headers(text)
    with pytest.raises(jwe.JweMalformed):
        jwe.open_jwe(text, priv)


def test_loaded_keys_work_like_pem() -> None:
    priv, cert = _pair("desk")
    public = jwe.load_public_key(cert)
    private = jwe.load_private_key(priv)
    token = jwe.seal(b"loaded", HEADERS, public)
    assert jwe.open_jwe(token, private).payload == b"loaded"
    assert jwe.open_jwe(token, priv).payload == b"loaded"
