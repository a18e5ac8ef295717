"""Fuzz the sandbox's HTTP API from its OpenAPI description (schemathesis, over real loopback).

Every generated request, authenticated or not, must get an answer below 500 (no crash, no
internal error). The fault and token-expiry admin endpoints are left out: arming a fault is
their purpose and is tested in test_sandbox_faults.py.
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
    path_regex="^/sandbox/(fault|tokens/expire)$")


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
