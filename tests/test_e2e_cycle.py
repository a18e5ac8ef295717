"""The whole cashless cycle through :class:`app.service.DeskService` against the in-process
training sandbox, over real loopback HTTP with real JWE sealing and FHIR bundles.

Pre-auth approved; a large estimate queried, answered with text and a document (as a
Communication, or on the claim channel as the Claim sent again), then approved;
discharge approved; claim approved; the payment notice with its UTR; the acknowledgement; the
file closed. Every message reaches the exchange exactly once (one non-duplicate ledger row under
its own api_call_id) and every payer decision is applied to its case exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cases import load_case, update_admission
from app.documents import add_document, sent_records
from app.service import DeskService
from offline.outbox import State
from tests.test_e2e_support import (
    ACTOR,
    admit,
    assert_each_message_received_once,
    base_url,
    decisions_applied,
    ledger,
    legs,
    make_desk,
    png,
    point_training_payer,
    service,
    status,
    sync_until,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def svc(data_dir: Path) -> Iterator[DeskService]:
    desk = make_desk(data_dir)
    running = service(desk)
    running.connect()
    try:
        yield running
    finally:
        running.stop()
        desk.close()


def _discharge_and_claim(svc: DeskService, case_id: str, seed: int) -> int:
    """Discharge, final claim and payment for an approved pre-auth; returns the amount (paise)."""
    case = load_case(svc.store, case_id)
    data = case.admission.to_json()
    data["admission"]["discharge_at"] = "2026-12-06T11:00:00+05:30"
    update_admission(svc.store, case_id, data, actor=ACTOR)
    add_document(svc.store, case_id, png(seed), category="HDS", stage="discharge",
                 filename="discharge-summary.png", actor=ACTOR)
    total = case.admission.estimate.total
    svc.submit(case_id, "discharge", actor=ACTOR, amount=total)
    sync_until(svc, lambda: status(svc, case_id) == "discharge_approved",
               what="the discharge approval")
    add_document(svc.store, case_id, png(seed + 1), category="MB", stage="claim",
                 filename="final-bill.png", actor=ACTOR)
    svc.submit(case_id, "claim", actor=ACTOR, amount=total)
    sync_until(svc, lambda: status(svc, case_id) == "payment_received",
               what="the claim approval and the payment notice")
    return total


def _acknowledge_and_close(svc: DeskService, case_id: str) -> None:
    svc.acknowledge_payment(case_id, actor=ACTOR)
    assert status(svc, case_id) == "closed"
    sync_until(svc, lambda: all(m.state is State.DONE for m in svc.queue()),
               what="the payment acknowledgement to go out")


def test_small_estimate_runs_the_whole_cycle_to_a_closed_file(svc: DeskService) -> None:
    case_id = admit(svc)  # 92,000 rupees: approved in full
    svc.submit(case_id, "preauth", actor=ACTOR)
    sync_until(svc, lambda: status(svc, case_id) == "preauth_approved",
               what="the pre-auth approval")
    total = _discharge_and_claim(svc, case_id, seed=10)
    _acknowledge_and_close(svc, case_id)

    case = load_case(svc.store, case_id)
    assert case.status == "closed"
    assert case.approved_amount == total == 9_200_000
    timeline = [(leg.kind, leg.decision) for leg in case.legs]
    assert timeline == [("preauth", "approved"), ("discharge", "approved"),
                        ("claim", "approved"), ("payment", "paid")]
    payment = case.legs[-1]
    assert payment.utr is not None and payment.utr.startswith("SBXN") and len(payment.utr) == 16
    assert payment.paid_amount == total
    # every leg that went to the payer was sent once, under the ids its message carries
    messages = {m.params.get("leg_id"): m for m in svc.queue()}
    for leg in case.legs[:3]:
        assert leg.api_call_id == messages[leg.id].api_call_id
        assert leg.sent_at is not None and leg.answered_at is not None
    url = base_url(svc)
    queue = svc.queue()
    assert [m.leg for m in queue] == ["preauth", "discharge", "claim", "payment_ack"]
    assert all(m.state is State.DONE and m.attempts == 1 for m in queue)
    assert_each_message_received_once(url, queue)
    assert [r["action"] for r in ledger(url)] == ["preauth/submit", "preauth/submit",
                                                  "claim/submit", "paymentnotice/on_request"]
    # each decision applied once, in order
    assert [d for _, d in decisions_applied(svc, case_id)] == \
        ["approved", "approved", "approved", "payment.received"]


def test_an_excluded_diagnosis_is_a_rejection_in_the_payers_words_not_an_error(
        svc: DeskService) -> None:
    """The payer rejects (its reason as a ClaimResponse error entry, as payers send denials):
    the desk records the decision, it does not send the request back as if it had failed."""
    case_id = admit(svc)
    data = load_case(svc.store, case_id).admission.to_json()
    data["clinical"]["diagnoses"] = [{"icd10": "Z41.1", "text": "Cosmetic surgery"}]
    update_admission(svc.store, case_id, data, actor=ACTOR)
    msg = svc.submit(case_id, "preauth", actor=ACTOR)
    sync_until(svc, lambda: status(svc, case_id) == "preauth_rejected",
               what="the payer's rejection")
    leg = legs(svc, case_id)[-1]
    assert leg.decision == "rejected" and leg.answered_at is not None
    assert "Z41" in leg.payer_words and "excluded" in leg.payer_words
    done = next(m for m in svc.queue() if m.id == msg.id)
    assert done.state is State.DONE  # a decision, not "needs attention"
    assert [d for _, d in decisions_applied(svc, case_id)] == ["rejected"]


def test_large_estimate_is_queried_answered_with_a_document_then_approved(
        svc: DeskService) -> None:
    case_id = admit(svc, ot_rupees=325_000)  # 3,92,000 rupees: above 3,00,000, so queried
    svc.submit(case_id, "preauth", actor=ACTOR)
    sync_until(svc, lambda: status(svc, case_id) == "preauth_queried", what="the payer's query")
    query = legs(svc, case_id)[-1]
    assert query.decision == "queried" and query.query_text
    assert set(query.documents_requested) >= {"DIA"}

    report = add_document(svc.store, case_id, png(20), category="DIA", stage="preauth",
                          filename="usg-report.png", actor=ACTOR)
    answer = svc.reply(case_id, "USG report attached; inflamed appendix confirmed.",
                       actor=ACTOR, document_ids=[report.id])
    assert answer.correlation_id == query.correlation_id  # the answer echoes the query
    sync_until(svc, lambda: status(svc, case_id) == "preauth_approved",
               what="the approval after the answer")
    reply_leg = legs(svc, case_id)[-1]
    assert reply_leg.kind == "query" and reply_leg.reply_text is not None
    assert reply_leg.approved_amount == 39_200_000

    _discharge_and_claim(svc, case_id, seed=30)
    _acknowledge_and_close(svc, case_id)

    case = load_case(svc.store, case_id)
    assert case.status == "closed"
    assert [(leg.kind, leg.decision) for leg in case.legs] == [
        ("preauth", "queried"), ("query", "approved"), ("discharge", "approved"),
        ("claim", "approved"), ("payment", "paid")]
    url = base_url(svc)
    queue = svc.queue()
    assert [m.leg for m in queue] == ["preauth", "query_answer", "discharge", "claim",
                                      "payment_ack"]
    assert all(m.state is State.DONE for m in queue)
    assert_each_message_received_once(url, queue)
    actions = [r["action"] for r in ledger(url)]
    assert actions == ["preauth/submit", "communication/on_request", "preauth/submit",
                       "claim/submit", "paymentnotice/on_request"]
    decisions = decisions_applied(svc, case_id)
    assert [d for _, d in decisions] == ["queried", "approved", "approved", "approved",
                                         "payment.received"]
    assert len({leg for leg, _ in decisions}) == len(decisions)  # one decision per leg


def test_a_query_answered_on_the_claim_channel_resubmits_the_claim_and_is_approved(
        svc: DeskService) -> None:
    """A payer whose query channel is ``claim`` takes the answer as the Claim sent again (with
    the documents it asked for) on preauth/submit, not as a Communication."""
    point_training_payer(svc, query_channel="claim")
    case_id = admit(svc, ot_rupees=325_000)  # queried
    svc.submit(case_id, "preauth", actor=ACTOR)
    sync_until(svc, lambda: status(svc, case_id) == "preauth_queried", what="the payer's query")
    query = legs(svc, case_id)[-1]
    report = add_document(svc.store, case_id, png(50), category="DIA", stage="preauth",
                          filename="ct-report.png", actor=ACTOR)
    answer = svc.reply(case_id, "CT report attached.", actor=ACTOR, document_ids=[report.id])
    assert answer.correlation_id == query.correlation_id
    sync_until(svc, lambda: status(svc, case_id) == "preauth_approved",
               what="the approval after the resubmitted claim")
    url = base_url(svc)
    rows = ledger(url)
    assert [r["action"] for r in rows] == ["preauth/submit", "preauth/submit"]
    assert rows[1]["api_call_id"] == svc.engine.outbox.get(answer.id).api_call_id
    assert rows[1]["workflow"] in ("19", "121")  # an answer, not a new pre-auth (12)
    # the report went with the resubmitted claim
    assert [(r.document_id, r.message_id) for r in sent_records(svc.store, case_id)
            if r.document_id == report.id] == [(report.id, answer.id)]
    reply_leg = legs(svc, case_id)[-1]
    assert (reply_leg.kind, reply_leg.decision) == ("query", "approved")
    assert reply_leg.approved_amount == 39_200_000
    assert svc.engine.outbox.get(answer.id).state is State.DONE
    assert_each_message_received_once(url, svc.queue())
    assert [d for _, d in decisions_applied(svc, case_id)] == ["queried", "approved"]
