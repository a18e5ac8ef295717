"""The sandbox exchange's envelope validation: every gateway error code, receipts, duplicates,
the registry, the token endpoint and the relay inbox, over real loopback HTTP."""

from __future__ import annotations

import base64
import datetime as dt
import time
import uuid
from typing import Any

import httpx
import pytest

from app.sandbox import SandboxServer
from tests.test_sandbox_kit import (  # noqa: F401 - fixtures
    TrainingDesk,
    claim_bundle,
    desk_fixture,
    eligibility_bundle,
    identity,
    now_ist,
    register_desk,
    sandbox_dir_fixture,
    seal,
    server_fixture,
)


def code_of(r: httpx.Response) -> str:
    body: dict[str, Any] = r.json()
    assert body["x-hcx-error_details"]["code"] == body["error"]["code"]
    assert body["error"]["message"]
    return str(body["error"]["code"])


def ledger(desk: TrainingDesk) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = desk.http.get(desk.url("/sandbox/ledger")).json()
    return data


# --------------------------------------------------------------------------- access


def test_missing_unknown_and_expired_tokens_are_denied(desk: TrainingDesk) -> None:
    token = desk.seal(claim_bundle(1_000), desk.headers())
    r = desk.http.post(desk.url("/v1/preauth/submit"), json={"payload": token})
    assert r.status_code == 401 and code_of(r) == "ERR_ACCESS_DENIED"
    r = desk.http.post(desk.url("/v1/preauth/submit"), json={"payload": token},
                       headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and code_of(r) == "ERR_ACCESS_DENIED"
    assert desk.http.post(desk.url("/sandbox/tokens/expire")).json()["expired"] >= 1
    r = desk.post("preauth/submit", token)
    assert r.status_code == 401 and code_of(r) == "ERR_ACCESS_DENIED"
    desk.login()
    assert desk.post("preauth/submit", token).status_code == 202


def test_nhcx_bearer_auth_header_is_accepted(desk: TrainingDesk) -> None:
    token = desk.seal(claim_bundle(1_000), desk.headers())
    r = desk.http.post(desk.url("/v1/preauth/submit"), json={"payload": token},
                       headers={"bearer_auth": desk.token})
    assert r.status_code == 202, r.text


# --------------------------------------------------------------------------- envelope


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"payload": 5}', b'{"other": "x"}',
                                  b'{"payload": "a.b.c"}', b'{"payload": "!!.@@.##.$$.%%"}'])
def test_bad_bodies_are_invalid_payload(desk: TrainingDesk, body: bytes) -> None:
    r = desk.http.post(desk.url("/v1/preauth/submit"), content=body,
                       headers={**desk.auth(), "content-type": "application/json"})
    assert r.status_code == 400 and code_of(r) == "ERR_INVALID_PAYLOAD"


@pytest.mark.parametrize("header", ["sender_code", "recipient_code", "api_call_id",
                                    "correlation_id", "timestamp", "status"])
def test_each_mandatory_header(desk: TrainingDesk, header: str) -> None:
    hdr = desk.headers()
    del hdr[f"x-hcx-{header}"]
    r = desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr))
    assert r.status_code == 400 and code_of(r) == "ERR_MANDATORY_HEADER_MISSING"
    assert f"x-hcx-{header}" in r.json()["error"]["message"]


def test_unknown_sender_and_sender_not_owning_the_token(desk: TrainingDesk) -> None:
    r, _ = desk.send("preauth/submit", claim_bundle(1_000), sender_code="ghost@sandbox")
    assert code_of(r) == "ERR_INVALID_SENDER"
    other = register_desk(desk.base_url, "hospital-2@sandbox")
    try:
        r, _ = desk.send("preauth/submit", claim_bundle(1_000), sender_code=other.code)
        assert code_of(r) == "ERR_INVALID_SENDER"
    finally:
        other.close()


def test_recipient_must_be_the_payer(desk: TrainingDesk) -> None:
    r, hdr = desk.send("preauth/submit", claim_bundle(1_000), recipient_code="nobody@x")
    assert r.status_code == 400 and code_of(r) == "ERR_INVALID_RECIPIENT"
    assert r.json()["correlation_id"] == hdr["x-hcx-correlation_id"]


def test_api_call_id_must_be_a_uuid_and_not_another_senders(desk: TrainingDesk) -> None:
    r, _ = desk.send("preauth/submit", claim_bundle(1_000), api_call_id="call-1")
    assert code_of(r) == "ERR_INVALID_API_CALL_ID"
    r, hdr = desk.send("preauth/submit", claim_bundle(1_000))
    assert r.status_code == 202
    other = register_desk(desk.base_url, "hospital-3@sandbox")
    try:
        r, _ = other.send("preauth/submit", claim_bundle(1_000),
                          api_call_id=hdr["x-hcx-api_call_id"])
        assert code_of(r) == "ERR_INVALID_API_CALL_ID"
    finally:
        other.close()


def test_correlation_id_must_be_a_uuid(desk: TrainingDesk) -> None:
    r, _ = desk.send("preauth/submit", claim_bundle(1_000), correlation_id="cycle-1")
    assert code_of(r) == "ERR_INVALID_CORRELATION_ID"


def test_refused_correlation_id_is_retired(desk: TrainingDesk) -> None:
    corr = str(uuid.uuid4())
    r, _ = desk.send("preauth/submit", claim_bundle(1_000), correlation_id=corr,
                     recipient_code="nobody@x")
    assert code_of(r) == "ERR_INVALID_RECIPIENT"
    r, _ = desk.send("preauth/submit", claim_bundle(1_000), correlation_id=corr)
    assert r.status_code == 400 and code_of(r) == "ERR_INVALID_CORRELATION_ID"
    assert "retired" in r.json()["error"]["message"]
    r, _ = desk.send("preauth/submit", claim_bundle(1_000))  # fresh ids go through
    assert r.status_code == 202


@pytest.mark.parametrize("stamp", [
    (dt.datetime.now(dt.UTC) - dt.timedelta(hours=25)).isoformat(),
    (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat(),
    "yesterday", "2026-01-01T10:00:00",
])
def test_timestamp_window(desk: TrainingDesk, stamp: str) -> None:
    r, _ = desk.send("preauth/submit", claim_bundle(1_000), timestamp=stamp)
    assert r.status_code == 400 and code_of(r) == "ERR_INVALID_TIMESTAMP"


def test_unix_millisecond_timestamps_are_accepted(desk: TrainingDesk) -> None:
    r, _ = desk.send("preauth/submit", claim_bundle(1_000),
                     timestamp=str(int(time.time() * 1000)))
    assert r.status_code == 202, r.text
    [item] = desk.wait_for(1)
    hdr, _ = desk.open(item)
    assert str(hdr["x-hcx-timestamp"]).isdigit()  # answered in the desk's format


def test_payload_sealed_to_another_key_or_tampered(desk: TrainingDesk) -> None:
    hdr = desk.headers()
    wrong = seal(claim_bundle(1_000), hdr, desk.cert_pem)  # sealed to the desk itself
    r = desk.post("preauth/submit", wrong)
    assert r.status_code == 400 and code_of(r) == "ERR_INVALID_ENCRYPTION"
    token = desk.seal(claim_bundle(1_000), desk.headers())
    parts = token.split(".")
    ct = bytearray(base64.urlsafe_b64decode(parts[3] + "=" * (-len(parts[3]) % 4)))
    ct[0] ^= 1
    parts[3] = base64.urlsafe_b64encode(bytes(ct)).decode().rstrip("=")
    r = desk.post("preauth/submit", ".".join(parts))
    assert code_of(r) == "ERR_INVALID_ENCRYPTION"


def test_domain_payload_checks(desk: TrainingDesk) -> None:
    r, _ = desk.send("preauth/submit", eligibility_bundle())
    assert code_of(r) == "ERR_WRONG_DOMAIN_PAYLOAD"
    r, _ = desk.send("preauth/submit", claim_bundle(1_000, use="claim"))
    assert code_of(r) == "ERR_WRONG_DOMAIN_PAYLOAD"
    r, _ = desk.send("preauth/submit", {"resourceType": "Patient"})
    assert code_of(r) == "ERR_WRONG_DOMAIN_PAYLOAD"
    bad = claim_bundle(1_000)
    bad["type"] = "transaction"
    r, _ = desk.send("preauth/submit", bad)
    assert code_of(r) == "ERR_INVALID_DOMAIN_PAYLOAD"
    broken = claim_bundle(1_000)
    del broken["entry"][0]["resource"]["status"]
    broken["entry"][0]["resource"]["total"] = {"value": "lots"}
    r, _ = desk.send("preauth/submit", broken)
    assert code_of(r) == "ERR_INVALID_DOMAIN_PAYLOAD"
    r, _ = desk.send("preauth/submit", "plain text, not JSON")
    assert code_of(r) == "ERR_INVALID_DOMAIN_PAYLOAD"


# --------------------------------------------------------------------------- duplicates


def test_repeated_api_call_id_gets_the_original_receipt(desk: TrainingDesk) -> None:
    hdr = desk.headers()
    first = desk.post("preauth/submit", desk.seal(claim_bundle(2_000), hdr))
    assert first.status_code == 202
    receipt = first.json()
    assert set(receipt) == {"timestamp", "api_call_id", "correlation_id"}
    hdr["x-hcx-timestamp"] = now_ist().isoformat()  # re-sealed at send time, same ids
    again = desk.post("preauth/submit", desk.seal(claim_bundle(2_000), hdr))
    assert again.status_code == 202 and again.json() == receipt
    rows = [e for e in ledger(desk) if e["api_call_id"] == hdr["x-hcx-api_call_id"]]
    assert [e["duplicate"] for e in rows] == [False, True]
    assert rows[0]["case_reference"] == "CASE-1" and rows[0]["action"] == "preauth/submit"
    assert rows[0]["workflow"] == "12" and rows[0]["size"] > 0
    items = desk.wait_for(1)
    assert len(desk.inbox("0")["items"]) == len(items) == 1  # decided once


def test_repeated_refusal_gets_the_same_refusal(desk: TrainingDesk) -> None:
    hdr = desk.headers(recipient_code="nobody@x")
    first = desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr))
    again = desk.post("preauth/submit", desk.seal(claim_bundle(1_000), hdr))
    assert again.status_code == first.status_code == 400
    assert again.json() == first.json()
    refusals = desk.http.get(desk.url("/sandbox/rejections")).json()
    assert [r["api_call_id"] for r in refusals] == [hdr["x-hcx-api_call_id"]]


# --------------------------------------------------------------------------- registry, tokens


def test_registry_search_forms(desk: TrainingDesk) -> None:
    url = desk.url("/v1/participant/search")
    everyone = desk.http.post(url, json={}).json()["participants"]
    assert {p["participant_code"] for p in everyone} == {"training-tpa@sandbox", desk.code}
    assert all("secret" not in p for p in everyone)
    one = desk.http.post(url, json={"filters": {"participant_code": {"in": [desk.code]}}})
    [me] = one.json()["participants"]
    assert me["encryption_cert"] == desk.cert_pem.decode()
    assert me["roles"] == ["provider"] and me["status"] == "Active"
    assert desk.http.post(url, json={"participant_code": "none"}).json()["participants"] == []
    assert code_of(desk.http.post(url, content=b"{")) == "ERR_INVALID_PAYLOAD"


def test_registration_rules(desk: TrainingDesk) -> None:
    url = desk.url("/v1/participant/register")
    cert = identity("another@sandbox").certificate_pem.decode()
    r = desk.http.post(url, json={"participant_code": desk.code, "encryption_cert": cert})
    assert r.status_code == 403 and code_of(r) == "ERR_ACCESS_DENIED"
    r = desk.http.post(url, json={"participant_code": desk.code, "encryption_cert": cert,
                                  "secret": desk.secret})
    assert r.status_code == 201  # rotation with the secret
    r = desk.http.post(url, json={"participant_code": desk.code,
                                  "encryption_cert": desk.cert_pem.decode()},
                       headers=desk.auth())
    assert r.status_code == 201  # or with a token
    r = desk.http.post(url, json={"participant_code": "x@y", "encryption_cert": "garbage"})
    assert r.status_code == 400 and code_of(r) == "ERR_INVALID_PAYLOAD"
    r = desk.http.post(url, json={"participant_code": "bad code!", "encryption_cert": cert})
    assert r.status_code == 400
    r = desk.http.post(url, json={"participant_code": "training-tpa@sandbox",
                                  "encryption_cert": cert})
    assert r.status_code == 403


def test_token_grants(desk: TrainingDesk) -> None:
    url = desk.url("/v1/auth/token")
    r = desk.http.post(url, data={"grant_type": "client_credentials", "client_id": desk.code,
                                  "client_secret": desk.secret})
    assert r.status_code == 200 and r.json()["token_type"] == "Bearer"
    assert r.json()["expires_in"] > 0
    r = desk.http.post(url, data={"grant_type": "client_credentials"},
                       auth=(desk.code, desk.secret))
    assert r.status_code == 200
    r = desk.http.post(url, json={"grant_type": "password", "username": desk.code,
                                  "password": desk.secret})
    assert r.status_code == 200
    r = desk.http.post(url, data={"grant_type": "password", "username": desk.code,
                                  "password": "wrong-secret"})
    assert r.status_code == 401 and r.json()["error"] == "invalid_grant"
    r = desk.http.post(url, data={"grant_type": "implicit"})
    assert r.status_code == 400 and r.json()["error"] == "unsupported_grant_type"


# --------------------------------------------------------------------------- relay


def test_relay_cursor_ack_and_scope(desk: TrainingDesk) -> None:
    for total in (1_000, 2_000):
        assert desk.send("preauth/submit", claim_bundle(total))[0].status_code == 202
    items = desk.wait_for(2)
    assert all(set(i) >= {"cursor", "action", "payload", "correlation_id"} for i in items)
    assert int(items[0]["cursor"]) < int(items[1]["cursor"])
    page = desk.inbox()
    assert page["cursor"] == items[1]["cursor"] and page["more"] is False
    r = desk.http.post(desk.url("/relay/v1/inbox/ack"), json={"cursor": items[0]["cursor"]},
                       headers=desk.auth())
    assert r.status_code == 200 and r.json()["acked"] == items[0]["cursor"]
    assert [i["cursor"] for i in desk.inbox()["items"]] == [items[1]["cursor"]]
    assert len(desk.inbox("0")["items"]) == 2  # still kept
    r = desk.http.post(desk.url("/relay/v1/inbox/ack"), json={"cursor": "999999"},
                       headers=desk.auth())
    assert r.status_code == 400
    r = desk.http.get(desk.url("/relay/v1/inbox"), params={"after": "x"}, headers=desk.auth())
    assert r.status_code == 400
    assert desk.http.get(desk.url("/relay/v1/inbox")).status_code == 401
    other = register_desk(desk.base_url, "hospital-4@sandbox")
    try:
        assert other.inbox("0")["items"] == []  # scoped to the token's participant
    finally:
        other.close()


def test_health_and_openapi(server: SandboxServer) -> None:
    with httpx.Client(base_url=server.base_url) as http:
        health = http.get("/sandbox/health").json()
        assert health["status"] == "ok" and health["payer_code"] == "training-tpa@sandbox"
        assert health["rules"]["full_approval_limit"] == 100_000
        spec = http.get("/sandbox/openapi.json").json()
        assert spec["openapi"].startswith("3.") and "/v1/preauth/submit" in spec["paths"]


def test_desk_side_registration_helper(server: SandboxServer) -> None:
    """app.sandbox.client.register_desk: first registration, rotation with the secret, refusal."""
    from app.sandbox.client import RegistrationFailed
    from app.sandbox.client import register_desk as register

    cert = identity("helper@sandbox").certificate_pem
    reg = register(server.base_url, "helper@sandbox", cert, name="Helper Hospital")
    assert reg.payer_code == "training-tpa@sandbox" and len(reg.secret) >= 8
    assert reg.token_url == server.base_url + "/v1/auth/token"
    assert reg.relay_url == server.base_url + "/relay/v1/inbox"
    again = register(server.base_url, "helper@sandbox", cert, secret=reg.secret)
    assert again.secret == reg.secret
    with pytest.raises(RegistrationFailed, match="already registered"):
        register(server.base_url, "helper@sandbox", cert)
    with pytest.raises(RegistrationFailed, match="did not answer"):
        register("http://127.0.0.1:9", "helper@sandbox", cert, timeout=2)
