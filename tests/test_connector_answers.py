"""How the connector applies a payer's ClaimResponse to the case: a decision (approved, partial,
rejected, even when the payer lists its reasons as error entries) against a processing error
(outcome ``error``: the payer could not handle the request; the leg comes back to the desk)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.connector import _apply_parsed
from app.hcx.fhir_parse import ClaimDecision, PayerError
from app.service import DeskService
from offline.outbox import State
from tests.test_e2e_support import ACTOR, admit, legs, make_desk, service, status, sync_until


@pytest.fixture
def sent(data_dir: Path) -> Iterator[tuple[DeskService, str]]:
    """A pre-auth delivered to the sandbox (whose payer waits an hour before deciding)."""
    desk = make_desk(data_dir)
    svc = service(desk, decision_delay=3600.0)
    svc.connect()
    try:
        case_id = admit(svc)
        svc.submit(case_id, "preauth", actor=ACTOR)
        sync_until(svc, lambda: status(svc, case_id) == "preauth_sent", what="the send")
        yield svc, case_id
    finally:
        svc.stop()
        desk.close()


def _answer(outcome: str, approved: int | None, errors: tuple[PayerError, ...],
            disposition: str = "") -> ClaimDecision:
    return ClaimDecision(response_id="r-1", outcome=outcome, disposition=disposition,
                         use="preauthorization", pre_auth_ref="", request_ref="",
                         submitted_total=9_200_000, approved_total=approved, totals={},
                         items=(), errors=errors, notes=())


def _apply(svc: DeskService, answer: ClaimDecision) -> None:
    message = svc.queue()[-1]
    with svc.store.transaction() as conn:
        _apply_parsed(conn, message, answer, "response.complete")


def test_a_processing_error_sends_the_leg_back_to_the_desk_with_the_payers_words(
        sent: tuple[DeskService, str]) -> None:
    svc, case_id = sent
    _apply(svc, _answer("error", None, (PayerError("ERR_DOMAIN_PROCESSING",
                                                   "Member id not found in our records"),)))
    leg = legs(svc, case_id)[-1]
    assert leg.state == "queued" and leg.decision is None
    assert "Member id not found in our records" in (leg.last_error or "")
    assert svc.queue()[-1].state is State.NEEDS_ATTENTION
    assert status(svc, case_id) == "preauth_queued"


def test_a_denial_listed_as_an_error_entry_is_a_rejection(
        sent: tuple[DeskService, str]) -> None:
    svc, case_id = sent
    _apply(svc, _answer("complete", 0, (PayerError("NCOV-001", "Not covered"),),
                        disposition="Rejected: cosmetic procedure"))
    leg = legs(svc, case_id)[-1]
    assert leg.decision == "rejected" and leg.answered_at is not None
    assert leg.payer_words == "Rejected: cosmetic procedure (NCOV-001: Not covered)"
    assert svc.queue()[-1].state is State.DONE
    assert status(svc, case_id) == "preauth_rejected"


def test_a_partial_approval_with_a_reason_entry_keeps_the_amount_and_the_reason(
        sent: tuple[DeskService, str]) -> None:
    svc, case_id = sent
    _apply(svc, _answer("partial", 6_000_000, (PayerError("ROOM-CAP", "Room rent capped"),),
                        disposition="Approved in part"))
    leg = legs(svc, case_id)[-1]
    assert leg.decision == "partial" and leg.approved_amount == 6_000_000
    assert "Room rent capped" in (leg.payer_words or "")
    assert status(svc, case_id) == "preauth_partial"
