"""The case lifecycle: a timeline of legs and an explicit state machine for the case status.

A case is a timeline of **legs** (domain.md section 2): ``eligibility``, ``preauth``, ``query`` (the
desk's answer to a payer query), ``enhancement``, ``discharge``, ``claim``, ``payment`` and
``cancel``. A leg is created *queued* when the desk decides to send it (in the same transaction
as the outbox message), becomes *sent* when the exchange gives its 202 receipt, may be
*acknowledged* by the payer, and is *answered* with a decision: ``approved``, ``partial``,
``queried`` or ``rejected``.

The case ``status`` is one of (exactly):

- ``draft``: captured, nothing sent;
- ``<stage>_<state>`` with stage in ``preauth | enhancement | discharge | claim`` and state in
  ``queued | sent | acknowledged | approved | partial | queried | rejected``;
- ``payment_received``, ``closed``, ``cancelled``.

Status changes **only** through :func:`next_status` (the state machine, a pure function) and only
from what actually happened: a decision is recorded only from an answer actually received. A query
reply is a ``query`` leg of the same stage, so replying to a pre-auth query makes the case
``preauth_queued`` again, then ``preauth_sent`` ... until the payer decides. Eligibility legs never
change the status. Illegal events are refused with :class:`IllegalTransition` (a ``BadInput``, exit
2) that says what the case is waiting for.

The event functions (``leg_queued``, ``leg_sent``, ``leg_acknowledged``, ``answer_received``,
``leg_returned``, ``reply_queued``, ``payment_received``, ``eligibility_answered``, ``cancel``,
``close``) take the caller's connection: each changes the leg, the case status and writes the audit
entry in the caller's transaction, so the sync engine can apply an answer, write the audit entry
and advance its inbox cursor atomically.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app import audit
from offline.errors import BadInput

if TYPE_CHECKING:
    from sqlite3 import Connection

STAGES: tuple[str, ...] = ("preauth", "enhancement", "discharge", "claim")
LEG_STATES: tuple[str, ...] = ("queued", "sent", "acknowledged", "approved", "partial",
                               "queried", "rejected")
WAITING_STATES: frozenset[str] = frozenset({"queued", "sent", "acknowledged"})
DECISIONS: tuple[str, ...] = ("approved", "partial", "queried", "rejected")
LEG_KINDS: tuple[str, ...] = ("eligibility", "preauth", "query", "enhancement", "discharge",
                              "claim", "payment", "cancel")
DRAFT, PAYMENT_RECEIVED, CLOSED, CANCELLED = "draft", "payment_received", "closed", "cancelled"
ALL_STATUSES: frozenset[str] = frozenset(
    [DRAFT, PAYMENT_RECEIVED, CLOSED, CANCELLED]
    + [f"{stage}_{state}" for stage in STAGES for state in LEG_STATES])


#: The legs the desk submits to a payer (``tpadesk submit``).
SUBMIT_LEGS = ("eligibility", "preauth", "enhancement", "discharge", "claim")


class IllegalTransition(BadInput):
    """The event is not allowed in the case's current status (nothing was changed)."""


class Event(StrEnum):
    QUEUE = "queue"            # the desk queues a new stage leg (needs a stage)
    REPLY = "reply"            # the desk queues its answer to an open query
    SEND = "send"              # the exchange gave its 202 receipt
    ACK = "ack"                # the payer acknowledged / is processing
    APPROVED = "approved"      # answers from the payer
    PARTIAL = "partial"
    QUERIED = "queried"
    REJECTED = "rejected"
    RETURN = "return"          # the payer or exchange refused to process it: send again
    PAYMENT = "payment"        # payment notice received
    CANCEL = "cancel"          # the hospital cancels the case
    CLOSE = "close"            # the desk closes the file


ANSWER_EVENTS = {Event.APPROVED, Event.PARTIAL, Event.QUERIED, Event.REJECTED}

# Which stage a new leg of each stage may follow.
_QUEUE_FROM: dict[str, frozenset[str]] = {
    "preauth": frozenset({DRAFT, "preauth_rejected"}),
    "enhancement": frozenset({"preauth_approved", "preauth_partial", "enhancement_approved",
                              "enhancement_partial", "enhancement_rejected"}),
    "discharge": frozenset({"preauth_approved", "preauth_partial", "enhancement_approved",
                            "enhancement_partial", "enhancement_rejected", "discharge_rejected"}),
    "claim": frozenset({"discharge_approved", "discharge_partial", "claim_rejected"}),
}
_CLOSE_FROM = frozenset({PAYMENT_RECEIVED, CANCELLED, "preauth_rejected", "discharge_rejected",
                         "claim_rejected"})


def split_status(status: str) -> tuple[str | None, str | None]:
    """``preauth_sent`` -> (``preauth``, ``sent``); other statuses -> (None, None)."""
    stage, _, state = status.partition("_")
    if stage in STAGES and state in LEG_STATES:
        return stage, state
    return None, None


def _waiting_for(status: str) -> str:
    stage, state = split_status(status)
    if status == DRAFT:
        return "the case is a draft; queue its pre-authorisation first"
    if status in (CLOSED, CANCELLED):
        return f"the case is {status}; nothing more can happen to it"
    if status == PAYMENT_RECEIVED:
        return "payment was received; the case can only be closed"
    if state in WAITING_STATES:
        return f"the {stage} request is {state} and waits for the payer's answer"
    if state == "queried":
        return f"the payer queried the {stage} request; answer the query first"
    return f"the case status is {status}"


def next_status(status: str, event: Event, stage: str | None = None) -> str:
    """The status after ``event``; raises IllegalTransition when the event is not allowed.

    ``stage`` is needed only for ``Event.QUEUE`` (which stage leg to start)."""
    if status not in ALL_STATUSES:
        raise IllegalTransition(f"unknown case status '{status}'")
    cur_stage, state = split_status(status)
    result: str | None = None
    if event is Event.QUEUE:
        if stage not in STAGES:
            raise IllegalTransition(f"choose what to send: {', '.join(STAGES)}")
        if status in _QUEUE_FROM[stage]:
            result = f"{stage}_queued"
    elif event is Event.REPLY:
        if state == "queried":
            result = f"{cur_stage}_queued"
    elif event is Event.SEND:
        if state == "queued":
            result = f"{cur_stage}_sent"
    elif event is Event.ACK:
        if state in ("queued", "sent"):
            result = f"{cur_stage}_acknowledged"
    elif event in ANSWER_EVENTS:
        if state in WAITING_STATES:
            result = f"{cur_stage}_{event.value}"
    elif event is Event.RETURN:
        if state in ("sent", "acknowledged"):
            result = f"{cur_stage}_queued"
    elif event is Event.PAYMENT:
        if status in ("claim_approved", "claim_partial"):
            result = PAYMENT_RECEIVED
    elif event is Event.CANCEL:
        if status == DRAFT or cur_stage in ("preauth", "enhancement", "discharge"):
            result = CANCELLED
    elif event is Event.CLOSE and status in _CLOSE_FROM:
        result = CLOSED
    if result is None:
        what = f"{event.value} {stage}" if event is Event.QUEUE else event.value
        raise IllegalTransition(f"The case cannot take '{what}' now: {_waiting_for(status)}.")
    return result


def allowed_events(status: str) -> list[tuple[Event, str | None]]:
    """Every (event, stage) the state machine accepts in ``status`` (for menus and tests)."""
    out: list[tuple[Event, str | None]] = []
    for event in Event:
        for stage in (STAGES if event is Event.QUEUE else (None,)):
            try:
                next_status(status, event, stage)
            except IllegalTransition:
                continue
            out.append((event, stage))
    return out


# ---------------------------------------------------------------------------- legs in the store


@dataclass
class Leg:
    """One step of the timeline. Amounts in paise; times UTC ISO-8601 text."""

    id: int
    case_id: str
    seq: int
    kind: str
    stage: str | None
    state: str
    queued_at: str
    actor: str
    requested_amount: int | None = None
    approved_amount: int | None = None
    decision: str | None = None
    payer_words: str | None = None
    query_text: str | None = None
    documents_requested: list[str] = field(default_factory=list)
    reply_text: str | None = None
    api_call_id: str | None = None
    correlation_id: str | None = None
    payer_reference: str | None = None
    utr: str | None = None
    paid_amount: int | None = None
    deductions: list[dict[str, Any]] = field(default_factory=list)
    last_error: str | None = None
    sent_at: str | None = None
    acknowledged_at: str | None = None
    answered_at: str | None = None

    @property
    def waiting(self) -> bool:
        return self.state in WAITING_STATES


_LEG_COLUMNS = ("id", "case_id", "seq", "kind", "stage", "state", "queued_at", "actor",
                "requested_amount", "approved_amount", "decision", "payer_words", "query_text",
                "documents_requested", "reply_text", "api_call_id", "correlation_id",
                "payer_reference", "utr", "paid_amount", "deductions", "last_error", "sent_at",
                "acknowledged_at", "answered_at")
_LEG_SELECT = f"SELECT {', '.join(_LEG_COLUMNS)} FROM case_leg"  # noqa: S608 (constant names)


def _leg_from_row(row: Sequence[Any]) -> Leg:
    d = dict(zip(_LEG_COLUMNS, row, strict=True))
    d["documents_requested"] = json.loads(d["documents_requested"] or "[]")
    d["deductions"] = json.loads(d["deductions"] or "[]")
    return Leg(**d)


def legs_of(conn: Connection, case_id: str) -> list[Leg]:
    """The case's timeline, oldest first."""
    rows = conn.execute(f"{_LEG_SELECT} WHERE case_id = ? ORDER BY seq", (case_id,)).fetchall()
    return [_leg_from_row(r) for r in rows]


def get_leg(conn: Connection, leg_id: int) -> Leg:
    row = conn.execute(f"{_LEG_SELECT} WHERE id = ?", (leg_id,)).fetchone()
    if row is None:
        raise BadInput(f"leg: there is no leg {leg_id}")
    return _leg_from_row(row)


def find_leg(conn: Connection, *, api_call_id: str | None = None,
             correlation_id: str | None = None) -> Leg | None:
    """The leg sent with this api_call_id (or, failing that, the newest with this
    correlation_id): how an answer from the exchange finds its leg."""
    if api_call_id:
        row = conn.execute(f"{_LEG_SELECT} WHERE api_call_id = ? ORDER BY id DESC LIMIT 1",
                           (api_call_id,)).fetchone()
        if row is not None:
            return _leg_from_row(row)
    if correlation_id:
        row = conn.execute(f"{_LEG_SELECT} WHERE correlation_id = ? ORDER BY id DESC LIMIT 1",
                           (correlation_id,)).fetchone()
        if row is not None:
            return _leg_from_row(row)
    return None


def current_stage_leg(conn: Connection, case_id: str) -> Leg | None:
    """The newest leg that drives the status (a stage leg or a query reply), if any."""
    row = conn.execute(f"{_LEG_SELECT} WHERE case_id = ? AND stage IS NOT NULL"
                       " ORDER BY seq DESC LIMIT 1", (case_id,)).fetchone()
    return None if row is None else _leg_from_row(row)


def case_status(conn: Connection, case_id: str) -> str:
    row = conn.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise BadInput(f"case: there is no case '{case_id}'; list cases with 'tpadesk cases'")
    return str(row[0])


def _iso(at: datetime | None) -> str:
    when = at or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("event times must carry a time zone")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _set_status(conn: Connection, case_id: str, status: str, when: str,
                approved_amount: int | None = None, requested_amount: int | None = None) -> None:
    if status not in ALL_STATUSES:  # the state machine never produces one; belt and braces
        raise AssertionError(f"illegal status {status}")
    conn.execute("UPDATE cases SET status = ?, status_at = ?, updated_at = ? WHERE id = ?",
                 (status, when, when, case_id))
    if approved_amount is not None:
        conn.execute("UPDATE cases SET approved_amount = ? WHERE id = ?",
                     (approved_amount, case_id))
    if requested_amount is not None:
        conn.execute("UPDATE cases SET requested_amount = ? WHERE id = ?",
                     (requested_amount, case_id))


def _insert_leg(conn: Connection, case_id: str, kind: str, stage: str | None, state: str,
                when: str, actor: str, **extra: Any) -> Leg:
    seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_leg WHERE case_id = ?",
                           (case_id,)).fetchone()[0])
    cols = ["case_id", "seq", "kind", "stage", "state", "queued_at", "actor", *extra]
    _known_columns(cols)
    values = [case_id, seq, kind, stage, state, when, actor, *extra.values()]
    cur = conn.execute(f"INSERT INTO case_leg({', '.join(cols)}) VALUES "  # noqa: S608
                       f"({', '.join('?' for _ in cols)})", values)
    return get_leg(conn, int(cur.lastrowid or 0))


def _known_columns(cols: Iterable[str]) -> None:
    unknown = set(cols) - set(_LEG_COLUMNS)
    if unknown:  # column names are never user input; this guards programming errors
        raise AssertionError(f"unknown leg columns {sorted(unknown)}")


def _update_leg(conn: Connection, leg_id: int, **values: Any) -> None:
    _known_columns(values)
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE case_leg SET {sets} WHERE id = ?",  # noqa: S608 (checked names)
                 [*values.values(), leg_id])


def _require_tx(conn: Connection) -> None:
    if not conn.in_transaction:
        raise RuntimeError("lifecycle events must run inside store.transaction()")


def _stage_leg_for_event(conn: Connection, leg_id: int) -> tuple[Leg, str]:
    leg = get_leg(conn, leg_id)
    status = case_status(conn, leg.case_id)
    return leg, status


def _check_current(conn: Connection, leg: Leg) -> None:
    """A stage-driving event must concern the newest stage leg (never an old one)."""
    current = current_stage_leg(conn, leg.case_id)
    if current is None or current.id != leg.id:
        raise IllegalTransition(f"leg {leg.id} of case {leg.case_id} is no longer the current "
                                "request; the event was not applied")


# ---------------------------------------------------------------------------- event functions


def leg_queued(conn: Connection, case_id: str, kind: str, *, amount: int | None = None,
               actor: str, at: datetime | None = None) -> Leg:
    """The desk queues a new leg: ``preauth``, ``enhancement``, ``discharge``, ``claim`` (these move
    the status to ``<kind>_queued``), ``eligibility`` (no status change) or ``cancel`` (use
    :func:`cancel`). ``amount`` (paise) is what this leg asks for; it becomes the case's requested
    amount."""
    _require_tx(conn)
    when = _iso(at)
    status = case_status(conn, case_id)
    if kind == "eligibility":
        if status in (CLOSED, CANCELLED):
            raise IllegalTransition(f"The case cannot take 'eligibility' now: "
                                    f"{_waiting_for(status)}.")
        leg = _insert_leg(conn, case_id, "eligibility", None, "queued", when, actor)
    elif kind in STAGES:
        new = next_status(status, Event.QUEUE, kind)
        if amount is not None and amount < 0:
            raise BadInput("amount: cannot be negative")
        leg = _insert_leg(conn, case_id, kind, kind, "queued", when, actor,
                          requested_amount=amount)
        _set_status(conn, case_id, new, when, requested_amount=amount)
    else:
        raise BadInput(f"leg: '{kind}' cannot be queued; use one of eligibility, "
                       + ", ".join(STAGES))
    audit.record(conn, actor=actor, action="leg.queued", case_id=case_id, at=at,
                 details={"leg_id": leg.id, "kind": kind, "status": case_status(conn, case_id)})
    return leg


def reply_queued(conn: Connection, case_id: str, *, text: str, document_ids: Iterable[str] = (),
                 actor: str, at: datetime | None = None) -> Leg:
    """The desk answers the open query: a ``query`` leg of the queried stage; the status goes
    from ``<stage>_queried`` back to ``<stage>_queued``."""
    _require_tx(conn)
    when = _iso(at)
    status = case_status(conn, case_id)
    new = next_status(status, Event.REPLY)
    stage, _ = split_status(status)
    if not text.strip():
        raise BadInput("text: write the answer to the payer's query")
    queried = current_stage_leg(conn, case_id)
    leg = _insert_leg(conn, case_id, "query", stage, "queued", when, actor,
                      reply_text=text.strip(),
                      query_text=queried.query_text if queried else None,
                      requested_amount=queried.requested_amount if queried else None)
    _set_status(conn, case_id, new, when)
    audit.record(conn, actor=actor, action="leg.queued", case_id=case_id, at=at,
                 details={"leg_id": leg.id, "kind": "query", "stage": stage, "status": new,
                          "document_ids": list(document_ids)})
    return leg


def leg_sent(conn: Connection, leg_id: int, *, api_call_id: str,
             correlation_id: str | None = None, at: datetime | None = None,
             actor: str = "sync") -> Leg:
    """The exchange accepted the leg (202 receipt): the payer's clock starts at ``at``."""
    _require_tx(conn)
    when = _iso(at)
    leg, status = _stage_leg_for_event(conn, leg_id)
    if leg.stage is None:
        if leg.state != "queued":
            raise IllegalTransition(f"The {leg.kind} leg {leg.id} is already {leg.state}.")
        new = status
    else:
        _check_current(conn, leg)
        new = next_status(status, Event.SEND)
    _update_leg(conn, leg.id, state="sent", sent_at=when, api_call_id=api_call_id,
                correlation_id=correlation_id or leg.correlation_id, last_error=None)
    if new != status:
        _set_status(conn, leg.case_id, new, when)
    audit.record(conn, actor=actor, action="leg.sent", case_id=leg.case_id, at=at,
                 details={"leg_id": leg.id, "kind": leg.kind, "api_call_id": api_call_id,
                          "status": new})
    return get_leg(conn, leg.id)


def leg_acknowledged(conn: Connection, leg_id: int, *, at: datetime | None = None,
                     payer_reference: str | None = None, actor: str = "sync") -> Leg:
    """The payer acknowledged the leg or said it is in process (no decision yet)."""
    _require_tx(conn)
    when = _iso(at)
    leg, status = _stage_leg_for_event(conn, leg_id)
    if leg.stage is None:
        if leg.state not in ("queued", "sent"):
            raise IllegalTransition(f"The {leg.kind} leg {leg.id} is already {leg.state}.")
        new = status
    else:
        _check_current(conn, leg)
        if leg.state == "acknowledged":  # "in process" after "acknowledged": keep the first time
            return leg
        new = next_status(status, Event.ACK)
    _update_leg(conn, leg.id, state="acknowledged", acknowledged_at=when,
                payer_reference=payer_reference or leg.payer_reference)
    if new != status:
        _set_status(conn, leg.case_id, new, when)
    audit.record(conn, actor=actor, action="leg.acknowledged", case_id=leg.case_id, at=at,
                 details={"leg_id": leg.id, "kind": leg.kind, "status": new})
    return get_leg(conn, leg.id)


def answer_received(conn: Connection, leg_id: int, *, decision: str,
                    approved_amount: int | None = None, payer_words: str = "",
                    query_text: str = "", documents_requested: Sequence[str] = (),
                    payer_reference: str | None = None, at: datetime | None = None,
                    actor: str = "sync") -> Leg:
    """The payer's decision on a stage leg (or on a query reply): ``approved``, ``partial``,
    ``queried`` or ``rejected``. ``approved_amount`` (paise) is the payer's approved total so far
    for the case (HCX ``ClaimResponse.total``); ``payer_words`` are kept verbatim."""
    _require_tx(conn)
    if decision not in DECISIONS:
        raise BadInput(f"decision: must be one of {', '.join(DECISIONS)}")
    if decision in ("approved", "partial") and approved_amount is None:
        raise BadInput("approved_amount: an approval must state the approved amount")
    if approved_amount is not None and approved_amount < 0:
        raise BadInput("approved_amount: cannot be negative")
    when = _iso(at)
    leg, status = _stage_leg_for_event(conn, leg_id)
    if leg.stage is None:
        raise IllegalTransition(f"The {leg.kind} leg takes no decision; use "
                                "eligibility_answered for eligibility answers.")
    _check_current(conn, leg)
    new = next_status(status, Event(decision))
    _update_leg(conn, leg.id, state=decision, decision=decision, answered_at=when,
                approved_amount=approved_amount, payer_words=payer_words or None,
                query_text=query_text or None,
                documents_requested=json.dumps(list(documents_requested)),
                payer_reference=payer_reference or leg.payer_reference)
    _set_status(conn, leg.case_id, new, when,
                approved_amount=approved_amount if decision in ("approved", "partial") else None)
    audit.record(conn, actor=actor, action="answer.received", case_id=leg.case_id, at=at,
                 details={"leg_id": leg.id, "kind": leg.kind, "decision": decision,
                          "status": new})
    return get_leg(conn, leg.id)


def leg_returned(conn: Connection, leg_id: int, *, error: str, at: datetime | None = None,
                 actor: str = "sync") -> Leg:
    """The payer or exchange refused to process a leg (an error answer, not a decision): the leg
    goes back to ``queued`` with the error in the payer's words, to be fixed and sent again.
    A leg still queued only gets the error recorded; eligibility and cancel legs never change
    the case status."""
    _require_tx(conn)
    when = _iso(at)
    leg, status = _stage_leg_for_event(conn, leg_id)
    if leg.state not in WAITING_STATES:
        raise IllegalTransition(f"The {leg.kind} leg {leg.id} was already answered "
                                f"({leg.state}); an error for it cannot be applied.")
    if leg.stage is None or leg.state == "queued":
        if leg.stage is not None:
            _check_current(conn, leg)
        new = status
    else:
        _check_current(conn, leg)
        new = next_status(status, Event.RETURN)
    _update_leg(conn, leg.id, state="queued", last_error=error, sent_at=None,
                acknowledged_at=None)
    if new != status:
        _set_status(conn, leg.case_id, new, when)
    audit.record(conn, actor=actor, action="leg.returned", case_id=leg.case_id, at=at,
                 details={"leg_id": leg.id, "kind": leg.kind, "status": new})
    return get_leg(conn, leg.id)


def admission_balance(balance: int, sum_insured: int | None) -> int:
    """What a payer's stated balance (paise) may put into the admission's ``coverage.balance``:
    never below zero, never above the sum insured (the admission's own rules), so that an odd
    answer can never make the stored case fail its validation."""
    kept = max(0, balance)
    if sum_insured is not None:
        kept = min(kept, max(0, sum_insured))
    return kept


def _stored_paise(value: Any) -> int | None:
    from app.money import AmountError, parse_rupees

    if value is None:
        return None
    try:
        return parse_rupees(value)
    except AmountError:
        return None


def eligibility_answered(conn: Connection, leg_id: int, *, in_force: bool,
                         balance: int | None = None, payer_words: str = "",
                         allowed: int | None = None, used: int | None = None,
                         at: datetime | None = None, actor: str = "sync") -> Leg:
    """The answer to an eligibility check: recorded on its leg; the case status is unchanged.

    The payer's figures are kept as it stated them: the balance (paise) on the leg
    (``approved_amount``, even when it is below zero or above the sum insured), the words in
    ``payer_words``, and balance, allowed and used in the audit entry. The admission's
    ``coverage.balance`` gets the balance only within the admission's rules
    (:func:`admission_balance`): an answer from a payer never makes a stored case unloadable;
    :func:`eligibility_warning` says when the figure was adjusted."""
    _require_tx(conn)
    when = _iso(at)
    leg = get_leg(conn, leg_id)
    if leg.kind != "eligibility" or leg.state not in WAITING_STATES:
        raise IllegalTransition(f"leg {leg.id} is not an eligibility check waiting for an answer")
    _update_leg(conn, leg.id, state="approved" if in_force else "rejected",
                decision="in_force" if in_force else "not_in_force", answered_at=when,
                approved_amount=balance, payer_words=payer_words or None)
    kept: int | None = None
    if balance is not None:
        row = conn.execute("SELECT admission FROM cases WHERE id = ?", (leg.case_id,)).fetchone()
        data = json.loads(row[0])
        from app.money import paise_to_rupees_json

        coverage = data.setdefault("coverage", {})
        kept = admission_balance(balance, _stored_paise(coverage.get("sum_insured")))
        coverage["balance"] = paise_to_rupees_json(kept)
        conn.execute("UPDATE cases SET admission = ?, updated_at = ? WHERE id = ?",
                     (json.dumps(data, ensure_ascii=False), when, leg.case_id))
    audit.record(conn, actor=actor, action="eligibility.answered", case_id=leg.case_id, at=at,
                 details={"leg_id": leg.id, "in_force": in_force, "balance": balance,
                          "allowed": allowed, "used": used, "admission_balance": kept,
                          "adjusted": kept is not None and kept != balance})
    return get_leg(conn, leg.id)


def eligibility_words(leg: Leg) -> str:
    """An eligibility leg in plain words: ``policy in force, balance ₹4,08,000``."""
    from app.money import format_inr

    if leg.state in WAITING_STATES:
        return "waiting for the payer's answer"
    if leg.decision == "in_force":
        if leg.approved_amount is None:
            return "policy in force"
        return f"policy in force, balance {format_inr(leg.approved_amount)}"
    return "policy NOT in force"


def eligibility_warning(leg: Leg, sum_insured: int | None) -> str | None:
    """Why the payer's balance on ``leg`` was not copied into the case as it is, or None."""
    from app.money import format_inr

    balance = leg.approved_amount
    if leg.kind != "eligibility" or balance is None or leg.state in WAITING_STATES:
        return None
    if balance < 0:
        return (f"the payer's balance is below zero ({format_inr(balance)}); the case keeps a "
                "balance of ₹0. Check the policy's balance with the payer.")
    if sum_insured is not None and balance > sum_insured:
        return (f"the payer's balance {format_inr(balance)} is above the sum insured on the case "
                f"({format_inr(sum_insured)}); the case keeps the sum insured as its balance. "
                "Check both amounts.")
    return None


def payment_received(conn: Connection, case_id: str, *, utr: str, amount: int,
                     deductions: Sequence[dict[str, Any]] = (), payer_words: str = "",
                     at: datetime | None = None, actor: str = "sync") -> Leg:
    """The payment notice for an approved claim: UTR, amount paid (paise) and deductions
    (``[{"reason": ..., "amount": paise}]``)."""
    _require_tx(conn)
    if not utr.strip():
        raise BadInput("utr: a payment notice must carry the UTR number")
    if amount < 0:
        raise BadInput("amount: cannot be negative")
    when = _iso(at)
    new = next_status(case_status(conn, case_id), Event.PAYMENT)
    leg = _insert_leg(conn, case_id, "payment", None, "approved", when, actor,
                      utr=utr.strip(), paid_amount=amount,
                      deductions=json.dumps(list(deductions), default=str),
                      payer_words=payer_words or None, decision="paid")
    _update_leg(conn, leg.id, answered_at=when)
    _set_status(conn, case_id, new, when)
    audit.record(conn, actor=actor, action="payment.received", case_id=case_id, at=at,
                 details={"leg_id": leg.id, "status": new})
    return get_leg(conn, leg.id)


def cancel(conn: Connection, case_id: str, *, reason: str = "", actor: str,
           at: datetime | None = None) -> Leg:
    """The hospital cancels the case (patient left, plan changed). A ``cancel`` leg is queued so
    that the payer can be told (HCX Task); the status is ``cancelled`` at once."""
    _require_tx(conn)
    when = _iso(at)
    new = next_status(case_status(conn, case_id), Event.CANCEL)
    leg = _insert_leg(conn, case_id, "cancel", None, "queued", when, actor,
                      reply_text=reason.strip() or None)
    _set_status(conn, case_id, new, when)
    audit.record(conn, actor=actor, action="case.cancelled", case_id=case_id, at=at,
                 details={"leg_id": leg.id, "status": new})
    return leg


def close(conn: Connection, case_id: str, *, actor: str, at: datetime | None = None) -> str:
    """Close the file (after payment, a final rejection, or a cancellation)."""
    _require_tx(conn)
    when = _iso(at)
    old = case_status(conn, case_id)
    new = next_status(old, Event.CLOSE)
    _set_status(conn, case_id, new, when)
    audit.record(conn, actor=actor, action="case.closed", case_id=case_id, at=at,
                 details={"from": old, "status": new})
    return new
