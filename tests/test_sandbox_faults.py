"""Each fault mode of the sandbox is observable over real loopback HTTP, and state survives a
restart."""

from __future__ import annotations

import datetime as dt
import email.utils
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sandbox import SandboxServer
from tests.test_sandbox_kit import (  # noqa: F401 - fixtures
    TrainingDesk,
    claim_bundle,
    desk_fixture,
    now_ist,
    register_desk,
    sandbox_dir_fixture,
    seed_payer_key,
    server_fixture,
)


def arm(desk: TrainingDesk, mode: str, count: int = 1, seconds: float = 1) -> dict[str, Any]:
    r = desk.http.post(desk.url("/sandbox/fault"),
                       json={"mode": mode, "count": count, "seconds": seconds})
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def ledger(desk: TrainingDesk) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = desk.http.get(desk.url("/sandbox/ledger")).json()
    return data


def test_down_cuts_the_connection_then_recovers(desk: TrainingDesk) -> None:
    arm(desk, "down", count=2)
    assert desk.http.get(desk.url("/sandbox/health")).status_code == 200  # admin exempt
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            desk.send("preauth/submit", claim_bundle(1_000))
    assert ledger(desk) == []
    r, _ = desk.send("preauth/submit", claim_bundle(1_000))
    assert r.status_code == 202
    assert desk.http.get(desk.url("/sandbox/health")).json()["fault"]["applied"] == 2


def test_error_mode_answers_500_without_processing(desk: TrainingDesk) -> None:
    arm(desk, "error", count=1)
    r, _ = desk.send("preauth/submit", claim_bundle(1_000))
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "ERR_SERVICE_UNAVAILABLE"
    assert ledger(desk) == []


def test_ratelimit_alternates_retry_after_forms(desk: TrainingDesk) -> None:
    arm(desk, "ratelimit", count=2, seconds=3)
    first, _ = desk.send("preauth/submit", claim_bundle(1_000))
    second, _ = desk.send("preauth/submit", claim_bundle(1_000))
    assert first.status_code == second.status_code == 429
    assert first.headers["retry-after"] == "3"
    when = email.utils.parsedate_to_datetime(second.headers["retry-after"])
    assert when > dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    assert ledger(desk) == []
    assert desk.send("preauth/submit", claim_bundle(1_000))[0].status_code == 202


def test_slow_mode_times_the_client_out_but_the_message_arrives(desk: TrainingDesk) -> None:
    arm(desk, "slow", count=1, seconds=1.0)
    hdr = desk.headers()
    token = desk.seal(claim_bundle(1_000), hdr)
    with pytest.raises(httpx.ReadTimeout):
        desk.http.post(desk.url("/v1/preauth/submit"), json={"payload": token},
                       headers=desk.auth(), timeout=0.2)
    deadline = time.monotonic() + 10
    while not ledger(desk) and time.monotonic() < deadline:
        desk.http.get(desk.url("/sandbox/health"))  # bounded poll of a condition
    assert [e["api_call_id"] for e in ledger(desk)] == [hdr["x-hcx-api_call_id"]]
    hdr["x-hcx-timestamp"] = now_ist().isoformat()
    retry = desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr))
    assert retry.status_code == 202
    assert [e["duplicate"] for e in ledger(desk)] == [False, True]


def test_drop_after_commit_stores_then_drops(desk: TrainingDesk) -> None:
    arm(desk, "drop-after-commit", count=1)
    hdr = desk.headers()
    with pytest.raises(httpx.TransportError):
        desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr))
    assert [e["api_call_id"] for e in ledger(desk)] == [hdr["x-hcx-api_call_id"]]
    hdr["x-hcx-timestamp"] = now_ist().isoformat()
    retry = desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr))
    assert retry.status_code == 202
    assert retry.json()["api_call_id"] == hdr["x-hcx-api_call_id"]
    rows = ledger(desk)
    assert [e["duplicate"] for e in rows] == [False, True]
    assert len(desk.wait_for(1)) == 1


def test_fault_none_clears_and_bad_faults_are_refused(desk: TrainingDesk) -> None:
    arm(desk, "error", count=5)
    assert arm(desk, "none")["mode"] == "none"
    assert desk.send("preauth/submit", claim_bundle(1_000))[0].status_code == 202
    for bad in ({"mode": "explode"}, {"mode": "down", "count": -1},
                {"mode": "slow", "seconds": "x"}, []):
        assert desk.http.post(desk.url("/sandbox/fault"), json=bad).status_code == 400


def test_restart_keeps_everything(sandbox_dir: Path) -> None:
    seed_payer_key(sandbox_dir)
    with SandboxServer(sandbox_dir, decision_delay=0) as first:
        desk = register_desk(first.base_url)
        hdr = desk.headers()
        receipt = desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr)).json()
        [item] = desk.wait_for(1)
        desk.http.post(desk.url("/relay/v1/inbox/ack"), json={"cursor": item["cursor"]},
                       headers=desk.auth())
        pending_hdr = desk.headers()
        port = int(first.base_url.rsplit(":", 1)[1])
    with SandboxServer(sandbox_dir, decision_delay=0, port=port) as second:
        assert second.base_url == desk.base_url
        # token, registration, ledger, receipts, inbox and cursor all survived
        hdr["x-hcx-timestamp"] = now_ist().isoformat()
        again = desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr))
        assert again.status_code == 202 and again.json() == receipt
        assert desk.inbox()["items"] == []
        assert desk.inbox("0")["items"][0]["cursor"] == item["cursor"]
        assert [e["duplicate"] for e in ledger(desk)] == [False, True]
        assert desk.post("preauth/submit",
                         desk.seal(claim_bundle(2_000), pending_hdr)).status_code == 202
        assert len(desk.wait_for(1, after=item["cursor"])) == 1
    desk.close()


def test_pending_decisions_survive_a_restart(sandbox_dir: Path) -> None:
    seed_payer_key(sandbox_dir)
    with SandboxServer(sandbox_dir, decision_delay=0.3) as first:
        desk = register_desk(first.base_url)
        desk.send("preauth/submit", claim_bundle(1_000))
        port = int(first.base_url.rsplit(":", 1)[1])
    with SandboxServer(sandbox_dir, decision_delay=0.3, port=port):
        assert len(desk.wait_for(1)) == 1
    desk.close()


def test_a_payer_key_rotation_refuses_the_old_certificate_and_keeps_pending_decisions(
        sandbox_dir: Path) -> None:
    from tests.test_sandbox_kit import PAYER_CODE

    seed_payer_key(sandbox_dir)
    with SandboxServer(sandbox_dir, decision_delay=0.5) as first:
        desk = register_desk(first.base_url)
        assert desk.send("preauth/submit", claim_bundle(1_000))[0].status_code == 202
        rotated = desk.http.post(desk.url("/sandbox/payer/rotate-key"))
        assert rotated.status_code == 200
        new_cert = rotated.json()["encryption_cert"]
        r, _ = desk.send("preauth/submit", claim_bundle(2_000))  # sealed to the old one
        assert r.status_code == 400 and r.json()["error"]["code"] == "ERR_INVALID_ENCRYPTION"
        search = desk.http.post(desk.url("/v1/participant/search"), json={
            "filters": {"participant_code": {"eq": PAYER_CODE}}}).json()
        assert search["participants"][0]["encryption_cert"] == new_cert
        port = int(first.base_url.rsplit(":", 1)[1])
    # the request accepted before the rotation is decided after a restart (old key kept)
    with SandboxServer(sandbox_dir, decision_delay=0.5, port=port):
        assert len(desk.wait_for(1)) == 1
        desk.payer_cert = new_cert.encode("ascii")
        assert desk.send("preauth/submit", claim_bundle(3_000))[0].status_code == 202
        assert len(desk.wait_for(2)) == 2
    desk.close()
