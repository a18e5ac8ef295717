"""The exchange's gateway: envelope validation with the HCX error codes, receipts and the ledger.

A submission is checked in this order; the first problem answers with its error code:

1. a valid bearer token (``Authorization: Bearer`` or NHCX's ``bearer_auth``) ->
   ``ERR_ACCESS_DENIED`` (401);
2. a JSON body ``{"payload": "<compact JWE>"}`` -> ``ERR_INVALID_PAYLOAD``;
3. the mandatory x-hcx headers in the JWE protected header -> ``ERR_MANDATORY_HEADER_MISSING``;
4. the sender is a registered participant and owns the token -> ``ERR_INVALID_SENDER``;
5. the api_call_id is a UUID not used by another sender -> ``ERR_INVALID_API_CALL_ID``; a repeat by
   the same sender is answered with the ORIGINAL answer (receipt or error) and marked duplicate in
   the ledger, never processed twice;
6. the correlation id is a UUID, not another sender's, not retired ->
   ``ERR_INVALID_CORRELATION_ID``;
7. the timestamp is inside the window -> ``ERR_INVALID_TIMESTAMP``;
8. the recipient is the sandbox payer -> ``ERR_INVALID_RECIPIENT``;
9. the payer can decrypt it (RSA-OAEP / RSA-OAEP-256 + AES-GCM only) -> ``ERR_INVALID_ENCRYPTION``;
10. the payload is the FHIR the endpoint expects -> ``ERR_INVALID_DOMAIN_PAYLOAD`` (not valid R4)
    or ``ERR_WRONG_DOMAIN_PAYLOAD`` (valid, but not this endpoint's focal resource / Claim.use).

Refusals from step 5 on are kept against their api_call_id (a repeat gets the same answer) and,
from step 7 on, retire the correlation id: a fresh attempt needs fresh ids.
Accepted messages get ``202 {timestamp, api_call_id, correlation_id}`` and a payer job.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

from app.hcx import headers as H
from app.hcx.jwe import JweError, peek_headers
from app.sandbox.crypto import KeyOpener
from app.sandbox.fhir_payer import (
    DomainError,
    claim_facts,
    eligibility_facts,
    other_facts,
    parse_bundle,
)
from app.sandbox.rules import PayerRules
from app.sandbox.state import LedgerEntry, SandboxState, StoredReceipt

#: Endpoints a desk calls: action -> (focal resource types, required Claim.use or None).
SUBMIT_ACTIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "coverageeligibility/check": (("CoverageEligibilityRequest",), None),
    "preauth/submit": (("Claim",), "preauthorization"),
    "claim/submit": (("Claim",), "claim"),
    "predetermination/submit": (("Claim",), "predetermination"),
    "communication/on_request": (("Communication",), None),
    "paymentnotice/on_request": (("PaymentNotice", "PaymentReconciliation", "Communication"),
                                 None),
    "task/submit": (("Task",), None),
    "status": ((), None),
}

#: Headers the gateway requires (x-hcx-workflow_id is optional in plain HCX).
MANDATORY = ("alg", "enc", *H.MANDATORY_HEADERS)

#: Steps whose refusal retires the correlation id.
_RETIRING = frozenset({H.ERR_INVALID_TIMESTAMP, H.ERR_INVALID_RECIPIENT,
                       H.ERR_INVALID_ENCRYPTION, H.ERR_INVALID_DOMAIN_PAYLOAD,
                       H.ERR_WRONG_DOMAIN_PAYLOAD})


def now_ms() -> int:
    """Milliseconds since the epoch (HCX receipts carry this)."""
    return int(time.time() * 1000)


def iso_now() -> str:
    """Now as ISO-8601 in India time."""
    return dt.datetime.now(H.IST).isoformat(timespec="seconds")


def error_body(code: str, message: str, *, api_call_id: str = "",
               correlation_id: str = "") -> dict[str, Any]:
    """The gateway's plain-JSON error, in both shapes exchanges use."""
    details = {"code": code, "message": message, "trace": ""}
    body: dict[str, Any] = {"timestamp": now_ms(), "error": details,
                            H.STATUS: H.STATUS_RESPONSE_ERROR, H.ERROR_DETAILS: details}
    if api_call_id:
        body["api_call_id"] = api_call_id
    if correlation_id:
        body["correlation_id"] = correlation_id
    return body


@dataclass(frozen=True)
class GatewayAnswer:
    """What the gateway answers over HTTP."""

    status_code: int
    body: dict[str, Any]
    committed: bool = False


class Refusal(Exception):
    """A check failed: the gateway answers with ``code``."""

    def __init__(self, code: str, message: str, status_code: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status_code = status_code


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def bearer_token(request_headers: Any) -> str:
    """The bearer token from ``Authorization`` or ``bearer_auth`` ('' when absent)."""
    raw = str(request_headers.get("authorization") or request_headers.get("bearer_auth") or "")
    raw = raw.strip()
    if raw.lower().startswith("bearer "):
        raw = raw[7:].strip()
    return raw


class Gateway:
    """Validates envelopes, answers receipts, records the ledger and queues payer jobs."""

    def __init__(self, state: SandboxState, rules: PayerRules, payer_code: str,
                 payer_key_pem: bytes, decision_delay: float) -> None:
        self.state = state
        self.rules = rules
        self.payer_code = payer_code
        self.opener = KeyOpener(payer_key_pem)
        self.decision_delay = decision_delay

    def authenticate(self, request_headers: Any) -> str:
        """The participant owning the request's token, or :class:`Refusal` ERR_ACCESS_DENIED."""
        token = bearer_token(request_headers)
        owner = self.state.token_owner(token, time.time()) if token else None
        if owner is None:
            raise Refusal(H.ERR_ACCESS_DENIED,
                          "Missing, unknown or expired bearer token: get a new one from "
                          "/v1/auth/token.", 401)
        return owner

    def submit(self, action: str, owner: str, raw_body: bytes) -> GatewayAnswer:
        """Handle one ``POST /v1/<action>`` from an authenticated participant."""
        try:
            data = json.loads(raw_body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self._refuse(H.ERR_INVALID_PAYLOAD, "The request body is not JSON.")
        token = data.get("payload") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            return self._refuse(H.ERR_INVALID_PAYLOAD,
                                "The request body must be {\"payload\": \"<compact JWE>\"}.")
        try:
            hdr = peek_headers(token)
        except JweError as exc:
            return self._refuse(H.ERR_INVALID_PAYLOAD, str(exc))
        missing = [name for name in MANDATORY if hdr.get(name) in (None, "")]
        if missing:
            return self._refuse(H.ERR_MANDATORY_HEADER_MISSING,
                                f"Mandatory header(s) missing: {', '.join(missing)}.",
                                hdr=hdr)
        sender = str(hdr[H.SENDER_CODE])
        participant = self.state.participant(sender)
        if participant is None or participant.status != "Active":
            return self._refuse(H.ERR_INVALID_SENDER,
                                f"Sender {sender!r} is not a registered participant.", hdr=hdr)
        if sender != owner:
            return self._refuse(H.ERR_INVALID_SENDER,
                                f"Sender {sender!r} does not match the token's participant.",
                                hdr=hdr)
        api_call_id = hdr[H.API_CALL_ID]
        if not _is_uuid(api_call_id):
            return self._refuse(H.ERR_INVALID_API_CALL_ID,
                                f"x-hcx-api_call_id {api_call_id!r} is not a UUID.", hdr=hdr)
        previous = self.state.receipt(str(api_call_id))
        if previous is not None:
            return self._repeat(previous, action, hdr, len(raw_body))
        try:
            self._check_correlation(hdr, sender)
        except Refusal as r:
            return self._keep_refusal(r, hdr, retire=False)
        try:
            job = self._check_and_read(action, hdr, token)
        except Refusal as r:
            return self._keep_refusal(r, hdr, retire=r.code in _RETIRING)
        case_ref = str(job.pop("_case_ref"))
        receipt = StoredReceipt(str(api_call_id), sender, str(hdr[H.CORRELATION_ID]), 202,
                                {"timestamp": now_ms(), "api_call_id": api_call_id,
                                 "correlation_id": hdr[H.CORRELATION_ID]}, True)
        entry = LedgerEntry(0, receipt.api_call_id, receipt.correlation_id, sender,
                            str(hdr.get(H.WORKFLOW_ID) or ""), action, case_ref,
                            len(raw_body), False, iso_now())
        due = (time.time() + self.decision_delay, job)
        if not self.state.record_accepted(receipt, entry, due):
            again = self.state.receipt(receipt.api_call_id)
            if again is not None:
                return self._repeat(again, action, hdr, len(raw_body))
        return GatewayAnswer(202, receipt.body, committed=True)

    # ------------------------------------------------------------------ checks

    def _check_correlation(self, hdr: dict[str, Any], sender: str) -> None:
        corr = hdr[H.CORRELATION_ID]
        if not _is_uuid(corr):
            raise Refusal(H.ERR_INVALID_CORRELATION_ID,
                          f"x-hcx-correlation_id {corr!r} is not a UUID.")
        known = self.state.correlation(str(corr))
        if known is None:
            return
        owner, retired, reason = known
        if owner != sender:
            raise Refusal(H.ERR_INVALID_CORRELATION_ID,
                          "x-hcx-correlation_id belongs to another participant's cycle.")
        if retired:
            raise Refusal(H.ERR_INVALID_CORRELATION_ID,
                          f"x-hcx-correlation_id was retired after an earlier refusal "
                          f"({reason}); start a fresh attempt with new ids.")

    def _check_and_read(self, action: str, hdr: dict[str, Any], token: str) -> dict[str, Any]:
        try:
            stamp = H.parse_timestamp(hdr[H.TIMESTAMP])
        except H.HeaderError as exc:
            raise Refusal(H.ERR_INVALID_TIMESTAMP, str(exc)) from exc
        age = time.time() - stamp.timestamp()
        if age > self.rules.timestamp_window_seconds:
            raise Refusal(H.ERR_INVALID_TIMESTAMP,
                          f"x-hcx-timestamp is {int(age)} s old; the window is "
                          f"{self.rules.timestamp_window_seconds} s. Seal at send time.")
        if -age > self.rules.future_skew_seconds:
            raise Refusal(H.ERR_INVALID_TIMESTAMP,
                          f"x-hcx-timestamp is {int(-age)} s in the future; check the clock.")
        recipient = hdr[H.RECIPIENT_CODE]
        if recipient != self.payer_code:
            raise Refusal(H.ERR_INVALID_RECIPIENT,
                          f"Recipient {recipient!r} is not a payer on this exchange "
                          f"(the sandbox payer is {self.payer_code!r}).")
        try:
            opened = self.opener.open(token)
        except JweError as exc:
            raise Refusal(H.ERR_INVALID_ENCRYPTION,
                          f"The payer could not decrypt the payload: {exc} Fetch the payer's "
                          "certificate from the registry again.") from exc
        try:
            payload = json.loads(opened.payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise Refusal(H.ERR_INVALID_DOMAIN_PAYLOAD, "The payload is not JSON.") from exc
        focal_types, use = SUBMIT_ACTIONS[action]
        sender = str(hdr[H.SENDER_CODE])
        corr = str(hdr[H.CORRELATION_ID])
        fallback = self.state.case_for_correlation(sender, corr) or corr
        if not focal_types:  # status: a JSON request, no FHIR
            return {"action": action, "headers": hdr, "bundle": payload, "_case_ref": fallback}
        try:
            parsed = parse_bundle(payload, focal_types)
        except DomainError as exc:
            raise Refusal(exc.code, exc.message) from exc
        if use is not None and parsed.focal.use != use:
            raise Refusal(H.ERR_WRONG_DOMAIN_PAYLOAD,
                          f"Claim.use is {parsed.focal.use!r}; {action} expects {use!r}.")
        if parsed.focal.get_resource_type() == "Claim":
            case_ref = claim_facts(parsed, fallback).case_ref
        elif parsed.focal.get_resource_type() == "CoverageEligibilityRequest":
            case_ref = eligibility_facts(parsed, fallback).case_ref
        else:
            case_ref = other_facts(parsed, fallback).case_ref
        # the job keeps the request still sealed to the payer's key: no patient data rests in
        # plaintext in the sandbox's state while the decision waits
        return {"action": action, "headers": hdr, "sealed": token, "_case_ref": case_ref}

    # ------------------------------------------------------------------ answers

    def _refuse(self, code: str, message: str, *, hdr: dict[str, Any] | None = None,
                status: int = 400) -> GatewayAnswer:
        hdr = hdr or {}
        return GatewayAnswer(status, error_body(
            code, message, api_call_id=str(hdr.get(H.API_CALL_ID) or ""),
            correlation_id=str(hdr.get(H.CORRELATION_ID) or "")))

    def _keep_refusal(self, r: Refusal, hdr: dict[str, Any], *, retire: bool) -> GatewayAnswer:
        answer = self._refuse(r.code, r.message, hdr=hdr, status=r.status_code)
        receipt = StoredReceipt(str(hdr[H.API_CALL_ID]), str(hdr[H.SENDER_CODE]),
                                str(hdr[H.CORRELATION_ID]), answer.status_code, answer.body,
                                False)
        if not self.state.record_rejection(receipt, retire=retire, reason=r.code):
            again = self.state.receipt(receipt.api_call_id)
            if again is not None:
                return GatewayAnswer(again.status_code, again.body)
        return answer

    def _repeat(self, previous: StoredReceipt, action: str, hdr: dict[str, Any],
                size: int) -> GatewayAnswer:
        sender = str(hdr[H.SENDER_CODE])
        if previous.sender != sender:
            return self._refuse(H.ERR_INVALID_API_CALL_ID,
                                "x-hcx-api_call_id was already used by another participant.",
                                hdr=hdr)
        if previous.accepted:
            case_ref = self.state.case_for_correlation(sender, previous.correlation_id) or ""
            self.state.record_duplicate(LedgerEntry(
                0, previous.api_call_id, previous.correlation_id, sender,
                str(hdr.get(H.WORKFLOW_ID) or ""), action, case_ref, size, True, iso_now()))
        return GatewayAnswer(previous.status_code, previous.body)
