"""The x-hcx routing headers: what they are, how they are built and how they are checked.

Every HCX / NHCX message carries, in the JWE protected header (domain.md section 6):
``x-hcx-sender_code``, ``x-hcx-recipient_code``, ``x-hcx-api_call_id`` (new per call),
``x-hcx-correlation_id`` (one per cycle; answers echo it), ``x-hcx-workflow_id`` (an NHCX stage
code, or an episode UUID in plain HCX), ``x-hcx-timestamp``, ``x-hcx-status`` and, on errors,
``x-hcx-error_details``; NHCX adds ``x-hcx-request_id`` and ``x-hcx-ben-abha-id``.

Ids are chosen (and persisted by the outbox) *before* the first attempt and reused on retries of
an ambiguous failure; the timestamp is stamped when the envelope is *sealed*, at send time, in the
payer's format (ISO-8601 with +05:30, or Unix milliseconds). This module also holds the table
action -> endpoint path and the gateway's error codes, shared by the desk and the sandbox.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from app.hcx.jwe import seal
from app.payers import PayerProfile
from offline.errors import BadInput

IST = timezone(timedelta(hours=5, minutes=30), "IST")
Clock = Callable[[], datetime]

# --------------------------------------------------------------------------- header names

SENDER_CODE = "x-hcx-sender_code"
RECIPIENT_CODE = "x-hcx-recipient_code"
API_CALL_ID = "x-hcx-api_call_id"
CORRELATION_ID = "x-hcx-correlation_id"
WORKFLOW_ID = "x-hcx-workflow_id"
TIMESTAMP = "x-hcx-timestamp"
STATUS = "x-hcx-status"
ERROR_DETAILS = "x-hcx-error_details"
DEBUG_FLAG = "x-hcx-debug_flag"
DEBUG_DETAILS = "x-hcx-debug_details"
REQUEST_ID = "x-hcx-request_id"  # NHCX
BEN_ABHA_ID = "x-hcx-ben-abha-id"  # NHCX

#: Headers every request must carry (the gateway answers ERR_MANDATORY_HEADER_MISSING otherwise).
MANDATORY_HEADERS: tuple[str, ...] = (
    SENDER_CODE, RECIPIENT_CODE, API_CALL_ID, CORRELATION_ID, TIMESTAMP, STATUS,
)

# --------------------------------------------------------------------------- status values

STATUS_REQUEST_INITIATED = "request.initiated"
STATUS_REQUEST_QUEUED = "request.queued"
STATUS_REQUEST_DISPATCHED = "request.dispatched"
STATUS_REQUEST_STOPPED = "request.stopped"
STATUS_RESPONSE_COMPLETE = "response.complete"
STATUS_RESPONSE_PARTIAL = "response.partial"
STATUS_RESPONSE_ERROR = "response.error"
STATUS_RESPONSE_REDIRECT = "response.redirect"

REQUEST_STATUSES: tuple[str, ...] = (
    STATUS_REQUEST_INITIATED, STATUS_REQUEST_QUEUED, STATUS_REQUEST_DISPATCHED,
    STATUS_REQUEST_STOPPED,
)
RESPONSE_STATUSES: tuple[str, ...] = (
    STATUS_RESPONSE_COMPLETE, STATUS_RESPONSE_PARTIAL, STATUS_RESPONSE_ERROR,
    STATUS_RESPONSE_REDIRECT,
)
STATUSES: tuple[str, ...] = REQUEST_STATUSES + RESPONSE_STATUSES

# --------------------------------------------------------------------------- gateway error codes

ERR_INVALID_PAYLOAD = "ERR_INVALID_PAYLOAD"
ERR_INVALID_SENDER = "ERR_INVALID_SENDER"
ERR_INVALID_RECIPIENT = "ERR_INVALID_RECIPIENT"
ERR_MANDATORY_HEADER_MISSING = "ERR_MANDATORY_HEADER_MISSING"
ERR_INVALID_API_CALL_ID = "ERR_INVALID_API_CALL_ID"
ERR_INVALID_CORRELATION_ID = "ERR_INVALID_CORRELATION_ID"
ERR_INVALID_TIMESTAMP = "ERR_INVALID_TIMESTAMP"
ERR_ACCESS_DENIED = "ERR_ACCESS_DENIED"
ERR_RECIPIENT_NOT_AVAILABLE = "ERR_RECIPIENT_NOT_AVAILABLE"
ERR_SERVICE_UNAVAILABLE = "ERR_SERVICE_UNAVAILABLE"
ERR_INVALID_ENCRYPTION = "ERR_INVALID_ENCRYPTION"
ERR_WRONG_DOMAIN_PAYLOAD = "ERR_WRONG_DOMAIN_PAYLOAD"
ERR_INVALID_DOMAIN_PAYLOAD = "ERR_INVALID_DOMAIN_PAYLOAD"
ERR_DOMAIN_PROCESSING = "ERR_DOMAIN_PROCESSING"

#: Errors the exchange (gateway) itself answers, with what they mean for the desk.
GATEWAY_ERRORS: dict[str, str] = {
    ERR_INVALID_PAYLOAD: "the envelope is not a valid JWE / JSON request",
    ERR_INVALID_SENDER: "the sender code is unknown or not allowed to send this",
    ERR_INVALID_RECIPIENT: "the recipient code is unknown or cannot receive this",
    ERR_MANDATORY_HEADER_MISSING: "a mandatory x-hcx header is missing",
    ERR_INVALID_API_CALL_ID: "the api_call_id is malformed or was already used",
    ERR_INVALID_CORRELATION_ID: "the correlation id is malformed or retired",
    ERR_INVALID_TIMESTAMP: "the timestamp is outside the accepted window",
    ERR_ACCESS_DENIED: "the token or the sender's role does not allow this call",
    ERR_RECIPIENT_NOT_AVAILABLE: "the recipient is not reachable now (try later)",
    ERR_SERVICE_UNAVAILABLE: "the exchange is not available now (try later)",
}
#: Errors the recipient (payer) sends back after reading the message.
RECIPIENT_ERRORS: dict[str, str] = {
    ERR_INVALID_ENCRYPTION: "the recipient could not decrypt the payload (certificate changed?)",
    ERR_WRONG_DOMAIN_PAYLOAD: "the payload is not the resource this endpoint expects",
    ERR_INVALID_DOMAIN_PAYLOAD: "the FHIR payload failed the recipient's validation",
    ERR_DOMAIN_PROCESSING: "the recipient failed while processing the message",
}
ERROR_CODES: dict[str, str] = {**GATEWAY_ERRORS, **RECIPIENT_ERRORS}
#: Errors worth retrying later with the same ids (not the message's fault).
RETRYABLE_ERRORS = frozenset({ERR_RECIPIENT_NOT_AVAILABLE, ERR_SERVICE_UNAVAILABLE})

# --------------------------------------------------------------------------- actions

API_PREFIX = "/v1"


@dataclass(frozen=True)
class Action:
    """One kind of message the desk sends: its endpoint (without the API prefix) and its NHCX
    workflow stage code (None when NHCX defines none, e.g. eligibility)."""

    name: str
    path: str
    nhcx_code: str | None
    description: str


_ACTIONS: tuple[Action, ...] = (
    Action("eligibility", "/coverageeligibility/check", None, "coverage eligibility check"),
    Action("preauth", "/preauth/submit", "12", "new pre-authorisation"),
    Action("preauth_resubmit", "/preauth/submit", "121", "pre-authorisation resubmission"),
    Action("enhancement", "/preauth/submit", "13", "enhancement request"),
    Action("preauth_query_answer", "/communication/on_request", "19",
           "answer to a pre-authorisation query"),
    Action("enhancement_query_answer", "/communication/on_request", "131",
           "answer to an enhancement query"),
    Action("discharge", "/preauth/submit", "14", "discharge (final approval) request"),
    Action("claim", "/claim/submit", "15", "claim submission"),
    Action("claim_query_answer", "/communication/on_request", "151",
           "answer to a claim query"),
    Action("payment_ack", "/paymentnotice/on_request", "17", "payment acknowledgement"),
    Action("reprocess", "/task/submit", "36", "reprocess request"),
    Action("cancel", "/task/submit", "PC01", "cancellation"),
    Action("predetermination", "/predetermination/submit", None, "predetermination"),
    Action("status", "/status", None, "status request"),
)
ACTIONS: dict[str, Action] = {a.name: a for a in _ACTIONS}

#: Query answers sent on the "claim" channel resubmit the Claim instead of a Communication.
_CLAIM_CHANNEL_PATHS = {
    "preauth_query_answer": "/preauth/submit",
    "enhancement_query_answer": "/preauth/submit",
    "claim_query_answer": "/claim/submit",
}

#: Callbacks a desk receives (through the relay), path (without prefix) -> what they carry.
CALLBACKS: dict[str, str] = {
    "/coverageeligibility/on_check": "eligibility answer",
    "/preauth/on_submit": "pre-authorisation decision",
    "/claim/on_submit": "claim decision",
    "/predetermination/on_submit": "predetermination decision",
    "/communication/request": "payer query (CommunicationRequest)",
    "/paymentnotice/request": "payment notice",
    "/task/on_submit": "task (cancel / reprocess) answer",
    "/on_status": "status answer",
}

#: NHCX stage codes sent by the provider (desk) and by the payer, with their meaning.
PROVIDER_WORKFLOW_CODES: dict[str, str] = {
    "12": "new pre-auth", "121": "pre-auth resubmission", "13": "enhancement",
    "19": "pre-auth query answer", "131": "enhancement query answer", "14": "discharge",
    "15": "claim", "151": "claim query answer", "17": "payment acknowledged",
    "36": "reprocess", "PC01": "cancel",
}
PAYER_WORKFLOW_CODES: dict[str, str] = {
    "20": "acknowledged", "21": "approved", "22": "enhancement approved", "23": "rejected",
    "24": "queried", "241": "queried", "26": "claim approved", "27": "claim queried",
    "28": "in process", "30": "payment initiated", "31": "payment processed",
    "33": "payment settled", "PC02": "cancelled",
}


def get_action(name: str) -> Action:
    try:
        return ACTIONS[name]
    except KeyError:
        raise BadInput(f"action: unknown HCX action '{name}'; known: "
                       f"{', '.join(ACTIONS)}.") from None


def endpoint_path(action: str, *, query_channel: str = "communication",
                  prefix: str = API_PREFIX) -> str:
    """The exchange path for ``action`` (e.g. ``/v1/preauth/submit``). Query answers go to
    ``communication/on_request`` unless the payer's query channel is ``claim``."""
    act = get_action(action)
    path = act.path
    if query_channel == "claim" and action in _CLAIM_CHANNEL_PATHS:
        path = _CLAIM_CHANNEL_PATHS[action]
    return prefix.rstrip("/") + path


# --------------------------------------------------------------------------- timestamps


def format_timestamp(when: datetime, fmt: str) -> str:
    """``when`` as the payer expects it: ``iso8601`` (India time, ``+05:30``, seconds) or
    ``unix_ms`` (milliseconds since the epoch, as a decimal string)."""
    if when.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    if fmt == "iso8601":
        return when.astimezone(IST).isoformat(timespec="seconds")
    if fmt == "unix_ms":
        return str(int(when.timestamp() * 1000))
    raise BadInput(f"timestamp_format: '{fmt}' is not one of iso8601, unix_ms.")


_DIGITS = re.compile(r"^\d{10,16}$")


def parse_timestamp(value: object) -> datetime:
    """Read an x-hcx-timestamp in either format (ISO-8601 with an offset, or Unix ms as a number
    or a digit string). Raises :class:`HeaderError` (ERR_INVALID_TIMESTAMP) otherwise."""
    if isinstance(value, bool):
        raise HeaderError(ERR_INVALID_TIMESTAMP, "x-hcx-timestamp is not a timestamp.")
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, UTC)
    if isinstance(value, str):
        text = value.strip()
        if _DIGITS.match(text):
            return datetime.fromtimestamp(int(text) / 1000, UTC)
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed
        if parsed is not None:
            raise HeaderError(ERR_INVALID_TIMESTAMP,
                              f"x-hcx-timestamp '{text}' has no time zone offset.")
    raise HeaderError(ERR_INVALID_TIMESTAMP, f"x-hcx-timestamp {value!r} is not ISO-8601 or "
                                             "Unix milliseconds.")


def now_ist() -> datetime:
    return datetime.now(IST)


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class ErrorDetails:
    """``x-hcx-error_details``: a gateway / payer error code, its message (shown verbatim to the
    clerk) and an optional trace."""

    code: str
    message: str = ""
    trace: str = ""

    def to_json(self) -> dict[str, str]:
        out = {"code": self.code, "message": self.message}
        if self.trace:
            out["trace"] = self.trace
        return out

    @classmethod
    def from_json(cls, data: object) -> ErrorDetails | None:
        """Tolerant reading: a dict with ``code`` (and ``message`` / ``trace``), or None."""
        if not isinstance(data, Mapping):
            return None
        code = data.get("code") or data.get("error_code")
        if not code:
            return None
        return cls(str(code), str(data.get("message") or ""), str(data.get("trace") or ""))

    @property
    def retryable(self) -> bool:
        return self.code in RETRYABLE_ERRORS

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" if self.message else self.code


def error_from_response(body: object) -> ErrorDetails | None:
    """The error in a plain-JSON answer (no payload) or a receipt: ``x-hcx-error_details``,
    ``error`` or ``error_details``, in the shapes exchanges use. None when there is none."""
    if not isinstance(body, Mapping):
        return None
    for key in (ERROR_DETAILS, "error", "error_details"):
        details = ErrorDetails.from_json(body.get(key))
        if details is not None:
            return details
    return None


class HeaderError(BadInput):
    """Headers that the gateway would refuse; ``code`` is the gateway error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    @property
    def details(self) -> ErrorDetails:
        return ErrorDetails(self.code, str(self))


# --------------------------------------------------------------------------- ids and building


@dataclass(frozen=True)
class MessageIds:
    """The ids of one message, chosen and persisted before the first attempt and reused for every
    retry of an ambiguous failure (a fresh attempt after a rejection gets new ones)."""

    api_call_id: str
    correlation_id: str
    workflow_id: str
    request_id: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"api_call_id": self.api_call_id, "correlation_id": self.correlation_id,
                "workflow_id": self.workflow_id, "request_id": self.request_id}


def new_uuid() -> str:
    return str(uuid.uuid4())


def workflow_id_for(action: str, workflow_mode: str, episode_id: str | None = None) -> str:
    """``x-hcx-workflow_id``: the NHCX stage code of ``action`` in ``nhcx`` mode; otherwise (and
    for actions without a stage code) the case's episode UUID, which must then be given."""
    if workflow_mode not in ("nhcx", "episode"):
        raise BadInput(f"workflow_mode: '{workflow_mode}' is not one of nhcx, episode.")
    code = get_action(action).nhcx_code
    if workflow_mode == "nhcx" and code is not None:
        return code
    if not episode_id:
        raise BadInput(f"workflow id: action '{action}' needs the case's episode id "
                       f"(workflow mode '{workflow_mode}').")
    return episode_id


def new_message_ids(action: str, *, workflow_mode: str, episode_id: str | None = None,
                    correlation_id: str | None = None) -> MessageIds:
    """Fresh ids for a new message. Pass the cycle's ``correlation_id`` to continue a cycle
    (answers to queries echo the payer's), or none to start one. NHCX gets a request id too."""
    return MessageIds(
        api_call_id=new_uuid(),
        correlation_id=correlation_id or new_uuid(),
        workflow_id=workflow_id_for(action, workflow_mode, episode_id),
        request_id=new_uuid() if workflow_mode == "nhcx" else None,
    )


def build_headers(*, sender_code: str, recipient_code: str, ids: MessageIds,
                  timestamp_format: str = "iso8601", status: str = STATUS_REQUEST_INITIATED,
                  ben_abha_id: str | None = None, error: ErrorDetails | None = None,
                  now: datetime | None = None) -> dict[str, Any]:
    """The x-hcx headers for one envelope. Call it at SEAL time (the timestamp is taken now)."""
    if status not in STATUSES:
        raise BadInput(f"x-hcx-status: '{status}' is not one of {', '.join(STATUSES)}.")
    if not sender_code or not recipient_code:
        raise BadInput("participant codes: the sender and recipient codes must be set "
                       "(see 'tpadesk payer set CODE --provider-participant-code ...').")
    headers: dict[str, Any] = {
        SENDER_CODE: sender_code,
        RECIPIENT_CODE: recipient_code,
        API_CALL_ID: ids.api_call_id,
        CORRELATION_ID: ids.correlation_id,
        WORKFLOW_ID: ids.workflow_id,
        TIMESTAMP: format_timestamp(now or now_ist(), timestamp_format),
        STATUS: status,
    }
    if ids.request_id:
        headers[REQUEST_ID] = ids.request_id
    if ben_abha_id:
        headers[BEN_ABHA_ID] = ben_abha_id
    if error is not None:
        headers[ERROR_DETAILS] = error.to_json()
    return headers


# --------------------------------------------------------------------------- checking


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


@dataclass
class HeaderCheck:
    """What :func:`check_headers` found: gateway errors (code, message), first the most basic."""

    problems: list[HeaderError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def raise_first(self) -> None:
        if self.problems:
            raise self.problems[0]


def check_headers(headers: Mapping[str, Any], *, now: datetime | None = None,
                  max_age: timedelta = timedelta(hours=24),
                  max_future: timedelta = timedelta(minutes=10),
                  expected_recipient: str | None = None,
                  response: bool = False) -> HeaderCheck:
    """Check headers as a gateway would: mandatory headers present, ids are UUIDs, status known
    (a request or a response status as ``response`` says), timestamp inside the window
    (``max_age`` old at most, ``max_future`` ahead at most), the recipient as expected."""
    check = HeaderCheck()
    missing = [h for h in MANDATORY_HEADERS if headers.get(h) in (None, "")]
    if missing:
        check.problems.append(HeaderError(
            ERR_MANDATORY_HEADER_MISSING, f"Mandatory header(s) missing: {', '.join(missing)}."))
        return check
    if not _is_uuid(headers[API_CALL_ID]):
        check.problems.append(HeaderError(ERR_INVALID_API_CALL_ID,
                                          f"{API_CALL_ID} is not a UUID."))
    if not _is_uuid(headers[CORRELATION_ID]):
        check.problems.append(HeaderError(ERR_INVALID_CORRELATION_ID,
                                          f"{CORRELATION_ID} is not a UUID."))
    allowed = RESPONSE_STATUSES if response else REQUEST_STATUSES
    if headers[STATUS] not in allowed:
        check.problems.append(HeaderError(
            ERR_INVALID_PAYLOAD,
            f"{STATUS} '{headers[STATUS]}' is not one of {', '.join(allowed)}."))
    try:
        stamped = parse_timestamp(headers[TIMESTAMP])
        current = now or datetime.now(UTC)
        if stamped < current - max_age:
            check.problems.append(HeaderError(
                ERR_INVALID_TIMESTAMP, f"{TIMESTAMP} is older than the accepted window "
                                       f"({int(max_age.total_seconds() // 3600)} h)."))
        elif stamped > current + max_future:
            check.problems.append(HeaderError(ERR_INVALID_TIMESTAMP,
                                              f"{TIMESTAMP} is in the future."))
    except HeaderError as exc:
        check.problems.append(exc)
    if expected_recipient is not None and headers[RECIPIENT_CODE] != expected_recipient:
        check.problems.append(HeaderError(
            ERR_INVALID_RECIPIENT,
            f"{RECIPIENT_CODE} '{headers[RECIPIENT_CODE]}' is not '{expected_recipient}'."))
    if ERROR_DETAILS in headers and ErrorDetails.from_json(headers[ERROR_DETAILS]) is None:
        check.problems.append(HeaderError(ERR_INVALID_PAYLOAD,
                                          f"{ERROR_DETAILS} has no error code."))
    return check


# --------------------------------------------------------------------------- sealing


@dataclass(frozen=True)
class SealedMessage:
    """An envelope ready to post: the endpoint ``path``, the compact JWE and its headers."""

    path: str
    jwe: str
    headers: dict[str, Any]

    def body(self) -> dict[str, str]:
        return {"payload": self.jwe}


def seal_message(payload: bytes | str | Mapping[str, Any], *, profile: PayerProfile,
                 action: str, ids: MessageIds, recipient_cert_pem: bytes,
                 ben_abha_id: str | None = None, status: str = STATUS_REQUEST_INITIATED,
                 error: ErrorDetails | None = None, now: datetime | None = None
                 ) -> SealedMessage:
    """Seal ``payload`` for ``profile``'s payer NOW: headers from the persisted ``ids`` with a
    fresh timestamp in the payer's format, the payer's algorithms, the payer's endpoint path.
    Call it at every attempt (the timestamp must be fresh; the ids stay the same)."""
    headers = build_headers(
        sender_code=profile.provider_participant_code,
        recipient_code=profile.payer_participant_code, ids=ids,
        timestamp_format=profile.timestamp_format, status=status, ben_abha_id=ben_abha_id,
        error=error, now=now)
    token = seal(payload, headers, recipient_cert_pem, alg=profile.jwe_alg, enc=profile.jwe_enc)
    path = endpoint_path(action, query_channel=profile.query_channel, prefix=profile.api_prefix)
    return SealedMessage(path, token, headers)
