"""Participant registry: certificates fetched over loopback HTTP, cached in the encrypted store for
at most 24 hours (injectable clock), fetched again after ERR_INVALID_ENCRYPTION."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.desk import Desk
from app.hcx import jwe
from app.hcx.exchange_client import ExchangeClient
from app.hcx.identity import self_signed_certificate
from app.hcx.registry import ParticipantRegistry, RegistryError
from tests.conftest import FAST_KDF
from tests.test_hcx_tokens import SECRET, FakeExchange, exchange, http, profile_for

__all__ = ["exchange", "http"]  # fixtures imported from the token tests

PAYER = "payer@test"
T0 = dt.datetime(2026, 12, 3, 6, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def _keypair(bits: int = 2048, *, now: dt.datetime = T0,
             days: int = 365) -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return pem, self_signed_certificate(key, PAYER, now=now, days=days)


@pytest.fixture
def desk(data_dir: Path, no_keyring: None) -> Iterator[Desk]:
    with Desk.create(data_dir, passphrase="correct horse battery", use_keyring=False,
                     kdf=FAST_KDF) as d:
        yield d


@pytest.fixture
def client(exchange: FakeExchange, http: httpx.Client) -> Iterator[ExchangeClient]:
    with ExchangeClient(profile_for(exchange), lambda: SECRET, http=http) as c:
        yield c


def _publish(ex: FakeExchange, cert: bytes | str, **extra: object) -> None:
    cert_text = cert.decode() if isinstance(cert, bytes) else cert
    ex.participants = [{"participant_code": PAYER, "participant_name": "Test Payer",
                        "roles": ["payer"], "status": "Active", "encryption_cert": cert_text,
                        **extra}]


def test_certificate_is_fetched_once_then_served_from_the_cache(
        desk: Desk, exchange: FakeExchange, client: ExchangeClient) -> None:
    payer_key, payer_cert = _keypair()
    _publish(exchange, payer_cert)
    clock = Clock()
    registry = ParticipantRegistry(desk.store, client, clock=clock)
    assert registry.certificate(PAYER) == payer_cert
    clock.now += dt.timedelta(hours=23, minutes=59)
    assert registry.certificate(PAYER) == payer_cert
    assert exchange.searches == 1
    # what was fetched really is the payer's: a JWE sealed to it opens with the payer's key
    token = jwe.seal(b"{}", {}, registry.certificate(PAYER))
    assert jwe.open_jwe(token, payer_key).payload == b"{}"
    cached = registry.cached(PAYER)
    assert cached is not None and cached.details["participant_name"] == "Test Payer"


def test_the_cache_expires_after_24_hours_and_picks_up_a_rotated_certificate(
        desk: Desk, exchange: FakeExchange, client: ExchangeClient) -> None:
    _, old_cert = _keypair()
    _publish(exchange, old_cert)
    clock = Clock()
    registry = ParticipantRegistry(desk.store, client, clock=clock)
    assert registry.certificate(PAYER) == old_cert
    _, new_cert = _keypair()
    _publish(exchange, new_cert)
    clock.now += dt.timedelta(hours=24)
    assert registry.certificate(PAYER) == new_cert
    assert exchange.searches == 2


def test_cache_lives_in_the_store_across_reopen(data_dir: Path, no_keyring: None,
                                                exchange: FakeExchange,
                                                client: ExchangeClient) -> None:
    _, cert = _keypair()
    _publish(exchange, cert)
    clock = Clock()
    with Desk.create(data_dir, passphrase="correct horse battery", use_keyring=False,
                     kdf=FAST_KDF) as d:
        ParticipantRegistry(d.store, client, clock=clock).certificate(PAYER)
    with Desk.open(data_dir, lambda: "correct horse battery") as d:
        assert ParticipantRegistry(d.store, client, clock=clock).certificate(PAYER) == cert
    assert exchange.searches == 1


def test_invalid_encryption_report_forces_a_fresh_fetch(desk: Desk, exchange: FakeExchange,
                                                        client: ExchangeClient) -> None:
    _, old_cert = _keypair()
    _publish(exchange, old_cert)
    registry = ParticipantRegistry(desk.store, client, clock=Clock())
    registry.certificate(PAYER)
    _, new_cert = _keypair()
    _publish(exchange, new_cert)
    assert registry.note_error(PAYER, "ERR_INVALID_DOMAIN_PAYLOAD") is False
    assert registry.certificate(PAYER) == old_cert  # other errors keep the cache
    assert registry.note_error(PAYER, "ERR_INVALID_ENCRYPTION") is True
    assert registry.certificate(PAYER) == new_cert
    assert exchange.searches == 2


def test_certificate_published_as_a_url_is_downloaded(desk: Desk, exchange: FakeExchange,
                                                      client: ExchangeClient) -> None:
    _, cert = _keypair()
    exchange.files["/certs/payer.pem"] = cert
    _publish(exchange, exchange.base + "/certs/payer.pem")
    registry = ParticipantRegistry(desk.store, client, clock=Clock())
    assert registry.certificate(PAYER) == cert


def test_unusable_registry_entries_are_refused_clearly(desk: Desk, exchange: FakeExchange,
                                                       client: ExchangeClient) -> None:
    registry = ParticipantRegistry(desk.store, client, clock=Clock())
    exchange.participants = []
    with pytest.raises(RegistryError, match="not in the exchange's registry"):
        registry.certificate(PAYER)
    _, cert = _keypair()
    _publish(exchange, cert, status="Blocked")
    with pytest.raises(RegistryError, match="Blocked"):
        registry.certificate(PAYER)
    _publish(exchange, "")
    with pytest.raises(RegistryError, match="no encryption certificate"):
        registry.certificate(PAYER)
    _, small = _keypair(1024)
    _publish(exchange, small)
    with pytest.raises(RegistryError, match="1024 bits"):
        registry.certificate(PAYER)
    _, expired = _keypair(now=T0 - dt.timedelta(days=400), days=30)
    _publish(exchange, expired)
    with pytest.raises(RegistryError, match="expired"):
        registry.certificate(PAYER)
    _publish(exchange, "http://hcx.example.in/cert.pem")
    with pytest.raises(Exception, match="plain http"):
        registry.certificate(PAYER)
    assert registry.cached(PAYER) is None  # nothing unusable was cached


def test_cache_age_cannot_exceed_24_hours(desk: Desk, client: ExchangeClient) -> None:
    with pytest.raises(ValueError, match="24 hours"):
        ParticipantRegistry(desk.store, client, max_age=dt.timedelta(hours=25))
