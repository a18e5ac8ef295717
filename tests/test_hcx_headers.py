"""x-hcx headers: building in both timestamp formats and workflow modes, the action table, the
gateway error codes, and checking headers as a gateway would."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.hcx import headers as h
from offline.errors import BadInput

NOON_UTC = datetime(2026, 12, 3, 6, 30, tzinfo=UTC)  # 12:00 in India


def _ids(action: str = "preauth", mode: str = "nhcx") -> h.MessageIds:
    return h.new_message_ids(action, workflow_mode=mode, episode_id=str(uuid.uuid4()))


def test_iso_timestamp_is_india_time_with_offset() -> None:
    assert h.format_timestamp(NOON_UTC, "iso8601") == "2026-12-03T12:00:00+05:30"
    assert h.parse_timestamp("2026-12-03T12:00:00+05:30") == NOON_UTC


def test_unix_ms_timestamp_round_trips() -> None:
    text = h.format_timestamp(NOON_UTC, "unix_ms")
    assert text == str(int(NOON_UTC.timestamp()) * 1000)
    assert h.parse_timestamp(text) == NOON_UTC
    assert h.parse_timestamp(int(text)) == NOON_UTC


@pytest.mark.parametrize("bad", ["2026-12-03T12:00:00", "yesterday", True, None, "12"])
def test_bad_timestamps_are_invalid_timestamp_errors(bad: object) -> None:
    with pytest.raises(h.HeaderError) as info:
        h.parse_timestamp(bad)
    assert info.value.code == h.ERR_INVALID_TIMESTAMP


def test_build_headers_nhcx_has_stage_code_request_id_and_abha() -> None:
    ids = _ids("preauth", "nhcx")
    out = h.build_headers(sender_code="hosp@hcx", recipient_code="tpa@hcx", ids=ids,
                          ben_abha_id="91-1234-5678-9012", now=NOON_UTC)
    assert out[h.WORKFLOW_ID] == "12"
    assert out[h.API_CALL_ID] == ids.api_call_id
    assert out[h.CORRELATION_ID] == ids.correlation_id
    assert uuid.UUID(out[h.REQUEST_ID])
    assert out[h.BEN_ABHA_ID] == "91-1234-5678-9012"
    assert out[h.TIMESTAMP] == "2026-12-03T12:00:00+05:30"
    assert out[h.STATUS] == "request.initiated"
    assert h.check_headers(out, now=NOON_UTC).ok


def test_build_headers_episode_mode_uses_the_episode_uuid_and_unix_ms() -> None:
    episode = str(uuid.uuid4())
    ids = h.new_message_ids("claim", workflow_mode="episode", episode_id=episode)
    out = h.build_headers(sender_code="a@hcx", recipient_code="b@hcx", ids=ids,
                          timestamp_format="unix_ms", now=NOON_UTC)
    assert out[h.WORKFLOW_ID] == episode
    assert h.REQUEST_ID not in out
    assert out[h.TIMESTAMP].isdigit()


def test_timestamp_is_taken_when_headers_are_built_not_when_ids_are_made() -> None:
    ids = _ids()
    first = h.build_headers(sender_code="a", recipient_code="b", ids=ids, now=NOON_UTC)
    later = h.build_headers(sender_code="a", recipient_code="b", ids=ids,
                            now=NOON_UTC + timedelta(hours=3))
    assert first[h.API_CALL_ID] == later[h.API_CALL_ID]
    assert first[h.TIMESTAMP] != later[h.TIMESTAMP]


def test_nhcx_workflow_codes_per_action() -> None:
    expected = {"preauth": "12", "preauth_resubmit": "121", "enhancement": "13",
                "preauth_query_answer": "19", "enhancement_query_answer": "131",
                "discharge": "14", "claim": "15", "claim_query_answer": "151",
                "payment_ack": "17", "reprocess": "36", "cancel": "PC01"}
    for action, code in expected.items():
        assert h.workflow_id_for(action, "nhcx") == code
        assert code in h.PROVIDER_WORKFLOW_CODES


def test_eligibility_has_no_stage_code_and_needs_an_episode_id() -> None:
    with pytest.raises(BadInput, match="episode id"):
        h.workflow_id_for("eligibility", "nhcx")
    assert h.workflow_id_for("eligibility", "nhcx", "ep-1") == "ep-1"


def test_endpoint_paths() -> None:
    assert h.endpoint_path("preauth") == "/v1/preauth/submit"
    assert h.endpoint_path("claim") == "/v1/claim/submit"
    assert h.endpoint_path("eligibility") == "/v1/coverageeligibility/check"
    assert h.endpoint_path("preauth_query_answer") == "/v1/communication/on_request"
    assert h.endpoint_path("preauth_query_answer", query_channel="claim") == \
        "/v1/preauth/submit"
    assert h.endpoint_path("payment_ack") == "/v1/paymentnotice/on_request"
    assert h.endpoint_path("cancel") == "/v1/task/submit"
    assert h.endpoint_path("claim", prefix="/api/v0.8/") == "/api/v0.8/claim/submit"
    with pytest.raises(BadInput, match="unknown HCX action"):
        h.endpoint_path("teleport")


def test_gateway_error_code_list_is_complete() -> None:
    for code in ("ERR_INVALID_PAYLOAD", "ERR_INVALID_SENDER", "ERR_INVALID_RECIPIENT",
                 "ERR_MANDATORY_HEADER_MISSING", "ERR_INVALID_API_CALL_ID",
                 "ERR_INVALID_CORRELATION_ID", "ERR_INVALID_TIMESTAMP", "ERR_ACCESS_DENIED",
                 "ERR_RECIPIENT_NOT_AVAILABLE", "ERR_SERVICE_UNAVAILABLE"):
        assert code in h.GATEWAY_ERRORS
    for code in ("ERR_INVALID_ENCRYPTION", "ERR_WRONG_DOMAIN_PAYLOAD",
                 "ERR_INVALID_DOMAIN_PAYLOAD", "ERR_DOMAIN_PROCESSING"):
        assert code in h.RECIPIENT_ERRORS
    assert h.ErrorDetails("ERR_SERVICE_UNAVAILABLE").retryable
    assert not h.ErrorDetails("ERR_INVALID_SENDER").retryable


def _good(**over: object) -> dict[str, object]:
    base: dict[str, object] = h.build_headers(sender_code="a@hcx", recipient_code="b@hcx",
                                              ids=_ids(), now=NOON_UTC)
    base.update(over)
    return base


def _codes(headers: dict[str, object], **kw: object) -> list[str]:
    return [p.code for p in h.check_headers(headers, now=NOON_UTC, **kw).problems]  # type: ignore[arg-type]


def test_check_headers_names_gateway_errors() -> None:
    missing = _good()
    del missing[h.CORRELATION_ID]
    assert _codes(missing) == ["ERR_MANDATORY_HEADER_MISSING"]
    assert _codes(_good(**{h.API_CALL_ID: "42"})) == ["ERR_INVALID_API_CALL_ID"]
    assert _codes(_good(**{h.CORRELATION_ID: "x"})) == ["ERR_INVALID_CORRELATION_ID"]
    old = h.format_timestamp(NOON_UTC - timedelta(hours=25), "iso8601")
    assert _codes(_good(**{h.TIMESTAMP: old})) == ["ERR_INVALID_TIMESTAMP"]
    future = h.format_timestamp(NOON_UTC + timedelta(hours=1), "unix_ms")
    assert _codes(_good(**{h.TIMESTAMP: future})) == ["ERR_INVALID_TIMESTAMP"]
    assert _codes(_good(), expected_recipient="c@hcx") == ["ERR_INVALID_RECIPIENT"]
    assert _codes(_good(**{h.STATUS: "response.complete"})) == ["ERR_INVALID_PAYLOAD"]
    assert _codes(_good(**{h.STATUS: "response.complete"}), response=True) == []
    with pytest.raises(h.HeaderError, match="missing"):
        h.check_headers(missing, now=NOON_UTC).raise_first()


def test_error_details_read_tolerantly_from_plain_json_answers() -> None:
    body = {h.ERROR_DETAILS: {"code": "ERR_INVALID_ENCRYPTION", "message": "cannot decrypt",
                              "trace": ""}}
    err = h.error_from_response(body)
    assert err == h.ErrorDetails("ERR_INVALID_ENCRYPTION", "cannot decrypt")
    assert str(err) == "ERR_INVALID_ENCRYPTION: cannot decrypt"
    assert h.error_from_response({"error": {"code": "ERR_ACCESS_DENIED"}}) == \
        h.ErrorDetails("ERR_ACCESS_DENIED")
    assert h.error_from_response({"timestamp": 1, "api_call_id": "x"}) is None
    assert h.error_from_response("not json") is None
    headers = h.build_headers(sender_code="a", recipient_code="b", ids=_ids(),
                              status="response.error", error=err, now=NOON_UTC)
    assert headers[h.ERROR_DETAILS]["code"] == "ERR_INVALID_ENCRYPTION"


def test_unknown_status_is_refused_when_building() -> None:
    with pytest.raises(BadInput, match="x-hcx-status"):
        h.build_headers(sender_code="a", recipient_code="b", ids=_ids(), status="done")


def test_seal_message_uses_the_payers_formats_and_a_fresh_timestamp() -> None:
    from app.hcx import jwe
    from app.payers import PayerProfile
    from tests.test_hcx_jwe import _pair

    priv, cert = _pair("payer")
    profile = PayerProfile(code="p", name="P", payer_participant_code="payer@hcx",
                           provider_participant_code="hosp@hcx", timestamp_format="unix_ms",
                           jwe_alg="RSA-OAEP", query_channel="claim", api_prefix="/api/v1")
    ids = _ids("preauth_query_answer")
    first = h.seal_message({"resourceType": "Bundle"}, profile=profile,
                           action="preauth_query_answer", ids=ids, recipient_cert_pem=cert,
                           ben_abha_id="91-0000-0000-0001", now=NOON_UTC)
    assert first.path == "/api/v1/preauth/submit"
    assert first.body() == {"payload": first.jwe}
    opened = jwe.open_jwe(first.jwe, priv, expected_recipient="payer@hcx")
    assert opened.json() == {"resourceType": "Bundle"}
    assert opened.headers["alg"] == "RSA-OAEP"
    assert opened.headers[h.SENDER_CODE] == "hosp@hcx"
    assert opened.headers[h.WORKFLOW_ID] == "19"
    assert opened.headers[h.BEN_ABHA_ID] == "91-0000-0000-0001"
    assert opened.headers[h.TIMESTAMP] == str(int(NOON_UTC.timestamp() * 1000))
    retry = h.seal_message({"resourceType": "Bundle"}, profile=profile,
                           action="preauth_query_answer", ids=ids, recipient_cert_pem=cert,
                           now=NOON_UTC + timedelta(minutes=5))
    assert retry.headers[h.API_CALL_ID] == first.headers[h.API_CALL_ID]
    assert retry.headers[h.TIMESTAMP] != first.headers[h.TIMESTAMP]
