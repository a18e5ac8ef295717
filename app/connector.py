"""The HCX connector: what the sync engine (offline/sync.py) sends and receives through.

``HcxTransport`` implements :class:`offline.sync.Transport`. For each outbox message, at SEND time,
it loads the case from the store, builds the FHIR bundle (documents streamed from the blob store),
seals it as JWE to the payer's current certificate with the message's persisted ids and a fresh
timestamp, posts it to the payer's exchange, and classifies the answer (offline/http_classify.py).
It also pulls the payer's relay inbox and acknowledges it.

``apply_answer`` is the inbox's ``apply(conn, envelope)`` step: open the JWE with the desk's key,
parse the FHIR answer, find the leg it answers (by correlation id), and record the decision on the
case, all inside the inbox's transaction. What cannot be opened, parsed or matched raises
:class:`offline.inbox.Undeliverable`, so it goes to the dead-letter list instead of being lost.

Outbox message legs are ``fhir_build.Leg`` values; ``Message.params`` carries ``leg_id`` (the
case timeline row) and what the bundle needs beyond the case (query reference, reply text,
document ids, payment).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

import httpx

from app import documents as docs_mod
from app import lifecycle
from app.admission import Estimate
from app.blob_refs import document_refs, is_generated
from app.cases import load_case
from app.hcx import fhir_parse
from app.hcx.exchange_client import (
    ExchangeClient,
    ExchangeUnreachable,
    HttpResult,
    InboxFormatError,
    RegistryRequestFailed,
    RelayRequestFailed,
    new_http_client,
)
from app.hcx.fhir_build import BuiltBundle, BundleContext, Leg, PaymentAck, build_bundle
from app.hcx.headers import MessageIds, seal_message
from app.hcx.identity import open_for_desk
from app.hcx.registry import ParticipantRegistry
from app.hcx.tokens import TokenError
from app.payers import PayerProfile, get_profile
from offline import outbox as outbox_mod
from offline.errors import DeskError
from offline.http_classify import classify_exception, classify_response
from offline.inbox import Envelope, Undeliverable
from offline.keys import KeyringAccess
from offline.outbox import Message
from offline.store import Store
from offline.sync import Outcome, SendResult, TransportFailure

if TYPE_CHECKING:
    from sqlite3 import Connection

log = logging.getLogger(__name__)

#: Outbox leg -> HCX action (query answers depend on the stage that was queried).
ACTIONS = {
    Leg.ELIGIBILITY: "eligibility", Leg.PREAUTH: "preauth", Leg.ENHANCEMENT: "enhancement",
    Leg.DISCHARGE: "discharge", Leg.CLAIM: "claim", Leg.PAYMENT_ACK: "payment_ack",
    Leg.CANCEL: "cancel",
}
QUERY_ACTIONS = {"preauth": "preauth_query_answer", "discharge": "preauth_query_answer",
                 "enhancement": "enhancement_query_answer", "claim": "claim_query_answer"}


def action_for(leg: str, stage: str | None = None) -> str:
    if leg == Leg.QUERY_ANSWER:
        return QUERY_ACTIONS.get(stage or "preauth", "preauth_query_answer")
    return ACTIONS[Leg(leg)]


def episode_id(store: Store, case_id: str) -> str:
    """A stable UUID per case (the workflow id of payers in ``episode`` mode)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"tpadesk:{store.info('store_id')}:{case_id}"))


class HcxTransport:
    """The sync engine's transport over HTTP to each payer's exchange and relay.

    One pooled ``httpx.Client`` (TLS verification on, redirects never followed) serves every
    payer; tokens are cached per payer. Thread-safe: the engine sends from several workers.
    """

    def __init__(self, store: Store, *, keyring: KeyringAccess | None = None,
                 http: httpx.Client | None = None,
                 timeout: httpx.Timeout | float | None = None) -> None:
        self.store = store
        self.keyring = keyring
        self._own_http = http is None
        if http is None:
            http = new_http_client() if timeout is None else new_http_client(timeout)
        self.http = http
        self._clients: dict[str, ExchangeClient] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def client(self, payer: str) -> ExchangeClient:
        with self._lock:
            client = self._clients.get(payer)
            if client is None or client.profile != get_profile(self.store, payer):
                client = ExchangeClient.for_payer(self.store, payer, keyring=self.keyring,
                                                  http=self.http)
                self._clients[payer] = client
            return client

    def forget(self, payer: str | None = None) -> None:
        """Drop cached clients (after a payer profile or secret changed)."""
        with self._lock:
            if payer is None:
                self._clients.clear()
            else:
                self._clients.pop(payer, None)

    # ------------------------------------------------------------------ sending

    def build(self, message: Message, profile: PayerProfile) -> BuiltBundle:
        """The FHIR bundle for ``message`` from the case as it is stored now."""
        case = load_case(self.store, message.case_ref)
        params = dict(message.params)
        leg = Leg(message.leg)
        wanted = params.get("document_ids")
        # a pre-auth renders its Part C here (app/forms serialises reportlab itself)
        documents = document_refs(self.store, case, leg.value,
                                  None if wanted is None else [str(d) for d in wanted])
        payment = None
        if params.get("utr"):
            payment = PaymentAck(utr=str(params["utr"]), amount=int(params.get("paid", 0)),
                                 payment_ref=str(params.get("payment_ref", "")),
                                 payment_date=(date.fromisoformat(str(params["payment_date"]))
                                               if params.get("payment_date") else None))
        ctx = BundleContext.for_payer(
            profile, case.id, leg,
            requested_amount=(int(params["amount"]) if params.get("amount") is not None
                              else None),
            preauth_ref=str(params.get("preauth_ref") or _preauth_ref(self.store, case.id)),
            query_ref=str(params.get("query_ref", "")),
            query_leg=Leg(params["stage"]) if params.get("stage") in {leg.value for leg in Leg}
            else Leg.PREAUTH,
            answer_text=str(params.get("text", "")),
            cancel_reason=str(params.get("reason", "")),
            payment=payment,
            documents=documents,
        )
        admission = case.admission
        if ctx.requested_amount is not None and ctx.requested_amount != admission.estimate.total:
            # an amount other than the estimate (a final bill): one line carries it; the bill's
            # breakup travels in the attached bill (MB)
            admission = replace(admission, estimate=Estimate())
        return build_bundle(admission, ctx)

    def send(self, message: Message) -> SendResult:
        profile = get_profile(self.store, message.payer)
        client = self.client(message.payer)
        built = self.build(message, profile)
        registry = ParticipantRegistry(self.store, client)
        try:
            cert = registry.certificate(profile.payer_participant_code)
        except ExchangeUnreachable as exc:
            return classify_exception(exc.__cause__ or exc)
        except TokenError as exc:
            return token_failure(exc)
        except RegistryRequestFailed as exc:
            if exc.status is not None and _busy(exc.status):
                return SendResult.retryable(f"The exchange's registry is busy or failing: {exc}",
                                            http_status=exc.status)
            return SendResult.systemic(f"The payer's certificate could not be fetched from the "
                                       f"exchange's registry: {exc}", http_status=exc.status)
        except DeskError as exc:
            return SendResult.systemic(f"The payer's certificate could not be fetched from the "
                                       f"exchange's registry: {exc}")
        params = dict(message.params)
        ids = MessageIds(message.api_call_id, message.correlation_id,
                         message.workflow_id or action_for(message.leg, params.get("stage")),
                         params.get("request_id"))
        sealed = seal_message(built.data, profile=profile,
                              action=action_for(message.leg, params.get("stage")), ids=ids,
                              recipient_cert_pem=cert,
                              ben_abha_id=params.get("abha") or None)
        stored = [d for d in built.document_ids if not is_generated(d)]
        if stored:  # before the post: a lost receipt must not lose which documents went
            with self.store.transaction() as conn:
                docs_mod.note_attached(conn, message.id, stored)
        try:
            answer = client.post_envelope(sealed.path, sealed.jwe)
        except ExchangeUnreachable as exc:
            return classify_exception(exc.__cause__ or exc)
        except TokenError as exc:
            return token_failure(exc)
        result = classify_http(answer)
        if result.kind is Outcome.REJECTED and result.error_code == "ERR_INVALID_ENCRYPTION":
            # The payer rotated its certificate: the cached one is dropped, the next attempt
            # fetches it afresh. The exchange refused (and keeps refusing) these ids, so the
            # retry goes with fresh ones; a query answer keeps the payer's correlation id.
            registry.note_error(profile.payer_participant_code, result.error_code)
            renew = ("api_call_id",) if message.leg == Leg.QUERY_ANSWER \
                else ("api_call_id", "correlation_id")
            return SendResult.retryable("The payer could not decrypt the message (its "
                                        "certificate changed); it goes again sealed to the "
                                        "payer's current certificate.",
                                        http_status=result.http_status,
                                        error_code=result.error_code,
                                        server_message=result.server_message,
                                        renew_ids=renew)
        if result.kind is Outcome.DELIVERED:
            try:
                self._record_sent(message, built)
            except Exception:  # the payer has it: never turn a delivery into a failure
                log.exception("delivered message %s could not be recorded on its case",
                              message.id)
        return result

    def _record_sent(self, message: Message, built: BuiltBundle) -> None:
        """The exchange has it: the payer's clock starts; the documents are marked as sent."""
        leg_id = message.params.get("leg_id")
        with self.store.transaction() as conn:
            if leg_id is not None:
                leg = lifecycle.get_leg(conn, int(leg_id))
                if leg.sent_at is None:
                    lifecycle.leg_sent(conn, leg.id, api_call_id=message.api_call_id,
                                       correlation_id=message.correlation_id)
            stored = [d for d in built.document_ids if not is_generated(d)]
            if stored:
                docs_mod.mark_sent(conn, stored, message.payer, message.id)

    # ------------------------------------------------------------------ inbox

    def pull_inbox(self, payer: str, cursor: str | None) -> Sequence[Envelope]:
        client = self.client(payer)
        try:
            page = client.fetch_inbox(cursor)
        except ExchangeUnreachable as exc:
            raise TransportFailure(classify_exception(exc.__cause__ or exc)) from exc
        except RelayRequestFailed as exc:
            raise TransportFailure(classify_http(exc.result)) from exc
        except TokenError as exc:
            raise TransportFailure(token_failure(exc)) from exc
        except InboxFormatError as exc:
            raise TransportFailure(SendResult.systemic(str(exc))) from exc
        out = []
        for entry in page.entries:
            out.append(Envelope(payer=payer, cursor=entry.cursor, raw=entry.raw,
                                api_call_id=entry.api_call_id,
                                correlation_id=entry.correlation_id,
                                headers={k: v for k, v in entry.headers.items()
                                         if str(k).startswith("x-hcx-")}))
        return out

    def ack(self, payer: str, cursor: str) -> None:
        try:
            self.client(payer).ack_inbox(cursor)
        except ExchangeUnreachable as exc:
            raise TransportFailure(classify_exception(exc.__cause__ or exc)) from exc
        except RelayRequestFailed as exc:
            raise TransportFailure(classify_http(exc.result)) from exc
        except TokenError as exc:
            raise TransportFailure(token_failure(exc)) from exc


def _busy(status: int) -> bool:
    """An HTTP status that means "try again later" (408, 425, 429, 5xx but 501)."""
    return status in (408, 425, 429) or (500 <= status < 600 and status != 501)


def token_failure(exc: TokenError) -> SendResult:
    """No token could be had. A busy or failing token endpoint (5xx, 429) is retried like any
    busy server; refused credentials, a login page or a wrong URL pause the payer (systemic), so
    ONE alert is raised instead of every message failing."""
    words = exc.server_message or None
    if exc.status is not None and _busy(exc.status):
        return SendResult.retryable(f"The payer's sign-in service is busy or failing: {exc}",
                                    http_status=exc.status, server_message=words)
    if exc.systemic or exc.status in (400, 401, 403):
        return SendResult.systemic(str(exc), http_status=exc.status, server_message=words)
    return SendResult.retryable(f"No sign-in token could be obtained: {exc}",
                                http_status=exc.status, server_message=words)


def classify_http(answer: HttpResult) -> SendResult:
    headers = dict(answer.headers)
    if answer.redirect_to is not None and "location" not in headers:
        headers["location"] = answer.redirect_to
    return classify_response(status=answer.status, headers=headers, body=answer.body,
                             request_url=answer.url)


def _preauth_ref(store: Store, case_id: str) -> str:
    """The payer's pre-auth reference from the latest answer that carried one."""
    conn = store.conn()
    for leg in reversed(lifecycle.legs_of(conn, case_id)):
        if leg.payer_reference and leg.decision in ("approved", "partial"):
            return leg.payer_reference
    return ""


# ---------------------------------------------------------------------------- applying answers


def _item_payload(raw: bytes) -> tuple[str | None, dict[str, Any]]:
    try:
        item = json.loads(raw)
    except ValueError as exc:
        raise Undeliverable("The relay item is not JSON.") from exc
    if not isinstance(item, dict):
        raise Undeliverable("The relay item is not a JSON object.")
    payload = item.get("payload")
    return (str(payload) if isinstance(payload, str) else None), item


def _target_message(conn: Connection, envelope: Envelope) -> Message:
    correlation = envelope.correlation_id or envelope.headers.get("x-hcx-correlation_id")
    if not correlation:
        raise Undeliverable("The answer carries no correlation id, so it cannot be matched to a "
                            "case.")
    candidates = outbox_mod.find_by_correlation(conn, str(correlation))
    candidates = [m for m in candidates if m.payer == envelope.payer and m.expects_answer]
    if not candidates:
        raise Undeliverable("The answer's correlation id matches nothing this desk sent.")
    return max(candidates, key=lambda m: (m.seq, m.created_at))


def apply_answer(store: Store) -> Any:
    """The inbox's ``apply(conn, envelope)`` for this desk's store."""

    def apply(conn: Connection, envelope: Envelope) -> None:
        token, item = _item_payload(envelope.raw)
        message = _target_message(conn, envelope)
        leg_id = message.params.get("leg_id")
        _note_sent(conn, message)
        if token is None:  # a plain-JSON error from the exchange
            error = item.get("error") or item.get("x-hcx-error_details") or item
            text = (error.get("message") if isinstance(error, dict) else None) or str(error)
            if leg_id is not None:
                lifecycle.leg_returned(conn, int(leg_id), error=str(text)[:1000])
            outbox_mod.mark_needs_attention(conn, message.id, str(text)[:1000])
            return
        try:
            opened = open_for_desk(store, token)
        except DeskError as exc:
            raise Undeliverable(f"The answer could not be opened: {exc}") from exc
        status = str(opened.headers.get("x-hcx-status", ""))
        if status == "response.error":
            details = opened.headers.get("x-hcx-error_details") or {}
            text = details.get("message") if isinstance(details, dict) else str(details)
            if leg_id is not None:
                lifecycle.leg_returned(conn, int(leg_id), error=str(text or status)[:1000])
            outbox_mod.mark_needs_attention(conn, message.id, str(text or status)[:1000])
            return
        try:
            answer = fhir_parse.parse_answer(opened.payload)
        except fhir_parse.BadPayload as exc:
            raise Undeliverable(str(exc)) from exc
        _apply_parsed(conn, message, answer, status)

    return apply


def _note_sent(conn: Connection, message: Message) -> None:
    """An answer proves the exchange had the message. When the desk never recorded the send (the
    202 was lost to a dropped connection or a crash, and the answer was pulled before the resend
    could be made), record it now, so the leg's timeline and the payer's clock are complete and
    the decision applies to a leg that was sent, and the documents it carried count as sent."""
    attached = docs_mod.attached_to(conn, message.id)
    if attached:
        docs_mod.mark_sent(conn, attached, message.payer, message.id)
    leg_id = message.params.get("leg_id")
    if leg_id is None:
        return
    leg = lifecycle.get_leg(conn, int(leg_id))
    if leg.sent_at is None and leg.state == "queued":
        lifecycle.leg_sent(conn, leg.id, api_call_id=message.api_call_id,
                           correlation_id=message.correlation_id)


def _apply_parsed(conn: Connection, message: Message, answer: fhir_parse.Answer,
                  status: str) -> None:
    leg_id = message.params.get("leg_id")
    if isinstance(answer, fhir_parse.PaymentInfo):
        lifecycle.payment_received(
            conn, message.case_ref, utr=answer.utr, amount=answer.amount,
            deductions=[{"reason": d.reason, "amount": d.amount} for d in answer.deductions],
            payer_words="; ".join(answer.notes))
        return
    if leg_id is None:
        raise Undeliverable("The answer matches a message with no case leg.")
    leg_id = int(leg_id)
    if isinstance(answer, fhir_parse.EligibilityResult):
        figures = [b for b in answer.benefits if b.balance is not None]
        lowest = min(figures, key=lambda b: b.balance or 0) if figures else None
        lifecycle.eligibility_answered(conn, leg_id, in_force=bool(answer.in_force),
                                       balance=answer.balance, payer_words=answer.disposition,
                                       allowed=lowest.allowed if lowest else None,
                                       used=lowest.used if lowest else None)
        outbox_mod.mark_done(conn, message.id)
        return
    if isinstance(answer, fhir_parse.TaskInfo):
        outbox_mod.mark_done(conn, message.id)
        return
    if isinstance(answer, fhir_parse.PayerQuery):
        lifecycle.answer_received(conn, leg_id, decision="queried", query_text=answer.text,
                                  documents_requested=list(answer.documents),
                                  payer_reference=answer.query_id or None)
        outbox_mod.mark_done(conn, message.id)
        return
    # a ClaimResponse
    reasons = "; ".join(f"{e.code}: {e.message}" if e.message else e.code
                        for e in answer.errors)
    if answer.outcome in ("error", "queued") and answer.errors:
        # the payer could not process the request (not a decision): back to the desk to fix
        words = reasons or answer.disposition
        lifecycle.leg_returned(conn, leg_id, error=words[:1000])
        outbox_mod.mark_needs_attention(conn, message.id, words[:1000])
        return
    if answer.outcome == "error":
        words = answer.disposition or "The payer answered with an error and no reason."
        lifecycle.leg_returned(conn, leg_id, error=words[:1000])
        outbox_mod.mark_needs_attention(conn, message.id, words[:1000])
        return
    if answer.outcome == "queued" and not answer.queried:
        lifecycle.leg_acknowledged(conn, leg_id, payer_reference=answer.pre_auth_ref or None)
        return
    # an adjudicated answer (complete / partial) is a decision even when it carries error
    # entries: payers put denial reasons there (a rejection), which the clerk reads verbatim
    decision = decision_of(answer)
    query = answer.query
    words = answer.disposition or "; ".join(answer.notes)
    if reasons and reasons not in words:
        words = f"{words} ({reasons})" if words else reasons
    lifecycle.answer_received(
        conn, leg_id, decision=decision, approved_amount=answer.approved_total,
        payer_words=words,
        query_text=query.text if query else "",
        documents_requested=list(query.documents) if query else [],
        payer_reference=(query.query_id if query and query.query_id
                         else answer.pre_auth_ref or None))
    outbox_mod.mark_done(conn, message.id)


def decision_of(answer: fhir_parse.ClaimDecision) -> str:
    """approved | partial | queried | rejected, from a ClaimResponse."""
    if answer.queried:
        return "queried"
    approved = answer.approved_total
    if not approved:
        return "rejected"
    if answer.outcome == "partial" or (answer.submitted_total is not None
                                       and approved < answer.submitted_total):
        return "partial"
    return "approved"
