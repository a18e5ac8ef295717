"""Fuzz the sandbox's HTTP API from its OpenAPI description (schemathesis, over real loopback).

Every generated request, authenticated or not, must get an answer below 500 (no crash, no
internal error). ``POST /sandbox/fault`` is fuzzed on its own, with bodies that break its schema
too (they must be refused with a 4xx) and the fault cleared after each call, since arming one is
its purpose; the token-expiry and key-rotation admin endpoints are left out (expiring every token
or making a new RSA key is all they do; tested in test_sandbox_faults.py and the end-to-end
tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from app.sandbox import SandboxServer
from app.sandbox.openapi import openapi_spec
from tests.test_sandbox_kit import TrainingDesk, register_desk, seed_payer_key

schemathesis = pytest.importorskip("schemathesis")

# The coverage phase (hundreds of boundary cases per operation) is off to keep the suite fast;
# the examples and fuzzing phases remain.
_config = schemathesis.config.SchemathesisConfig.from_dict(
    {"phases": {"coverage": {"enabled": False}}})
schema = schemathesis.openapi.from_dict(openapi_spec(), config=_config).exclude(
    path_regex="^/sandbox/(fault|tokens/expire|payer/rotate-key)$")
_fault_config = schemathesis.config.SchemathesisConfig.from_dict(
    {"phases": {"coverage": {"enabled": False}}, "generation": {"mode": "all"}})
fault_schema = schemathesis.openapi.from_dict(openapi_spec(), config=_fault_config).include(
    path_regex="^/sandbox/fault$")


@pytest.fixture(scope="module")
def fuzz_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TrainingDesk]:
    state = tmp_path_factory.mktemp("fuzz-sandbox")
    seed_payer_key(state)
    with SandboxServer(state, decision_delay=0) as server:
        desk = register_desk(server.base_url, "fuzz-desk@sandbox")
        try:
            yield desk
        finally:
            desk.close()


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_crash_and_no_500(case: Any, fuzz_desk: TrainingDesk) -> None:
    """Generated requests (with and without a valid token) never crash the sandbox."""
    for headers in ({}, fuzz_desk.auth()):
        response = case.call(base_url=fuzz_desk.base_url, headers=headers, timeout=10)
        assert response.status_code < 500, (case.method, case.path, response.text[:300])
    assert fuzz_desk.http.get(fuzz_desk.url("/sandbox/health")).status_code == 200


@pytest.mark.slow
@fault_schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_fault_endpoint_refuses_bad_bodies_and_never_fails(case: Any,
                                                                 fuzz_desk: TrainingDesk) -> None:
    """Valid and invalid bodies alike: a 200 (a fault armed) or a 4xx naming what is wrong,
    never a 500; the fault is cleared again at once."""
    try:
        response = case.call(base_url=fuzz_desk.base_url, timeout=10)
        assert response.status_code < 500, (case.body, response.text[:300])
        if response.status_code == 200:
            armed = response.json()
            assert armed["mode"] in ("none", "down", "slow", "error", "ratelimit",
                                     "drop-after-commit")
        else:
            assert 400 <= response.status_code < 500
            assert response.json()["error"]["code"] == "ERR_INVALID_PAYLOAD"
    finally:
        cleared = fuzz_desk.http.post(fuzz_desk.url("/sandbox/fault"), json={"mode": "none"})
        assert cleared.status_code == 200 and cleared.json()["mode"] == "none"


def test_admin_endpoints_answer_only_this_computer(tmp_path: Any) -> None:
    """The sandbox listens on loopback only; its admin endpoints also refuse (403) a request
    from any other address, were it ever exposed. (No other computer can connect here, so the
    ASGI app is called directly with a non-loopback client address.)"""
    import asyncio

    import httpx

    from app.sandbox.service import Sandbox, build_app
    from tests.test_sandbox_kit import seed_payer_key

    seed_payer_key(tmp_path)
    sandbox = Sandbox(tmp_path, decision_delay=0)
    app = build_app(sandbox)

    async def post(client_host: str, path: str) -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=(client_host, 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
            return await http.post(path, json={"mode": "error", "count": 5})

    try:
        for path in ("/sandbox/fault", "/sandbox/tokens/expire", "/sandbox/payer/rotate-key"):
            r = asyncio.run(post("192.0.2.10", path))
            assert r.status_code == 403, path
            assert r.json()["error"]["code"] == "ERR_ACCESS_DENIED"
        assert sandbox.faults.to_json()["mode"] == "none"
        r = asyncio.run(post("127.0.0.1", "/sandbox/fault"))
        assert r.status_code == 200 and r.json()["mode"] == "error"
    finally:
        sandbox.close()
