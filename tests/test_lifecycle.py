"""The case state machine: only legal transitions, statuses from answers, audit in the same
transaction, and every reachable status can still reach ``closed``."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import audit, lifecycle
from app.admission import example_admission_json
from app.cases import create_case, load_case
from app.desk import Desk
from app.lifecycle import (
    ALL_STATUSES,
    CLOSED,
    DRAFT,
    Event,
    IllegalTransition,
    allowed_events,
    next_status,
)
from offline.errors import BadInput
from tests.conftest import FAST_KDF

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk.create(data_dir, passphrase="correct horse", use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


def _reachable(start: str) -> set[str]:
    seen = {start}
    todo = deque([start])
    while todo:
        s = todo.popleft()
        for event, stage in allowed_events(s):
            n = next_status(s, event, stage)
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen


def test_every_status_reachable_from_draft_is_legal_and_can_reach_closed() -> None:
    reachable = _reachable(DRAFT)
    assert reachable <= ALL_STATUSES
    for status in reachable:
        assert CLOSED in _reachable(status), status
    # the machine really covers the product: every stage and state occurs
    assert {"preauth_queried", "enhancement_partial", "discharge_approved", "claim_rejected",
            "payment_received", "cancelled", CLOSED} <= reachable


def test_closed_is_final() -> None:
    assert allowed_events(CLOSED) == []


CAN_CLOSE = frozenset(s for s in ALL_STATUSES if CLOSED in _reachable(s))
ALL_EVENTS = [(e, s) for e in Event for s in (lifecycle.STAGES if e is Event.QUEUE else (None,))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALL_EVENTS), max_size=40))
def test_no_sequence_of_events_reaches_an_illegal_status(
        events: list[tuple[Event, str | None]]) -> None:
    status = DRAFT
    for event, stage in events:
        try:
            status = next_status(status, event, stage)
        except IllegalTransition as exc:
            assert exc.exit_code == 2
            assert "cannot take" in str(exc)
            continue
        assert status in ALL_STATUSES
        assert status in CAN_CLOSE


@pytest.mark.parametrize(("status", "event", "stage"), [
    (DRAFT, Event.SEND, None),                    # nothing queued
    (DRAFT, Event.APPROVED, None),                # no answer without a request
    (DRAFT, Event.QUEUE, "claim"),                # claim before pre-auth
    ("preauth_sent", Event.QUEUE, "enhancement"), # enhancement before approval
    ("preauth_queried", Event.APPROVED, None),    # must reply first
    ("preauth_approved", Event.PAYMENT, None),    # payment before claim
    ("claim_sent", Event.CANCEL, None),
    ("preauth_sent", Event.CLOSE, None),
    (CLOSED, Event.QUEUE, "preauth"),
])
def test_illegal_transitions_are_refused(status: str, event: Event, stage: str | None) -> None:
    with pytest.raises(IllegalTransition):
        next_status(status, event, stage)


def _case(desk: Desk) -> str:
    return create_case(desk.store, example_admission_json(), actor="clerk1", now=T0)


def test_full_cycle_in_the_store_with_audit(desk: Desk) -> None:
    cid = _case(desk)
    st_ = desk.store
    with st_.transaction() as c:
        leg = lifecycle.leg_queued(c, cid, "preauth", amount=9_200_000, actor="clerk1", at=T0)
    assert load_case(st_, cid).status == "preauth_queued"
    with st_.transaction() as c:
        lifecycle.leg_sent(c, leg.id, api_call_id="a1", correlation_id="c1",
                           at=T0 + timedelta(minutes=1))
        lifecycle.leg_acknowledged(c, leg.id, at=T0 + timedelta(minutes=2))
        lifecycle.answer_received(c, leg.id, decision="queried", query_text="Send USG report",
                                  documents_requested=["DIA"], at=T0 + timedelta(minutes=20))
    assert load_case(st_, cid).status == "preauth_queried"
    with st_.transaction() as c:
        reply = lifecycle.reply_queued(c, cid, text="USG report attached", actor="clerk1",
                                       at=T0 + timedelta(minutes=40))
        lifecycle.leg_sent(c, reply.id, api_call_id="a2", at=T0 + timedelta(minutes=41))
        assert lifecycle.find_leg(c, api_call_id="a2") is not None
        lifecycle.answer_received(c, reply.id, decision="approved", approved_amount=8_000_000,
                                  payer_words="Approved as per tariff",
                                  at=T0 + timedelta(minutes=60))
    case = load_case(st_, cid)
    assert case.status == "preauth_approved"
    assert case.approved_amount == 8_000_000
    with st_.transaction() as c:
        for kind, decision in (("discharge", "approved"), ("claim", "approved")):
            leg = lifecycle.leg_queued(c, cid, kind, amount=8_000_000, actor="clerk1")
            lifecycle.leg_sent(c, leg.id, api_call_id=f"x-{kind}")
            lifecycle.answer_received(c, leg.id, decision=decision, approved_amount=7_900_000)
        lifecycle.payment_received(c, cid, utr="UTR123456", amount=7_900_000,
                                   deductions=[{"reason": "non-medical", "amount": 100_000}])
        lifecycle.close(c, cid, actor="clerk1")
    case = load_case(st_, cid)
    assert case.status == CLOSED
    assert [leg.kind for leg in case.legs] == ["preauth", "query", "discharge", "claim",
                                              "payment"]
    assert case.legs[4].utr == "UTR123456"
    actions = [e.action for e in audit.entries(st_, cid)]
    assert actions.count("answer.received") == 4
    assert actions[0] == "case.created" and actions[-1] == "case.closed"
    assert audit.verify_store(st_) == []


def test_illegal_event_in_store_changes_nothing(desk: Desk) -> None:
    cid = _case(desk)
    with desk.store.transaction() as c:
        leg = lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
    before = len(audit.entries(desk.store))
    with pytest.raises(IllegalTransition), desk.store.transaction() as c:
        lifecycle.answer_received(c, leg.id, decision="approved", approved_amount=1)
        lifecycle.answer_received(c, leg.id, decision="approved", approved_amount=1)
    assert load_case(desk.store, cid).status == "preauth_queued"
    assert len(audit.entries(desk.store)) == before


def test_answer_for_an_old_leg_is_refused(desk: Desk) -> None:
    cid = _case(desk)
    with desk.store.transaction() as c:
        old = lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
        lifecycle.leg_sent(c, old.id, api_call_id="a1")
        lifecycle.answer_received(c, old.id, decision="rejected", payer_words="Not covered")
        new = lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
        assert new.seq == 2
    with pytest.raises(IllegalTransition, match="no longer the current"), \
            desk.store.transaction() as c:
        lifecycle.leg_sent(c, old.id, api_call_id="again")


def test_eligibility_and_cancel_do_not_fake_a_decision(desk: Desk) -> None:
    cid = _case(desk)
    with desk.store.transaction() as c:
        elig = lifecycle.leg_queued(c, cid, "eligibility", actor="clerk1")
        lifecycle.leg_sent(c, elig.id, api_call_id="e1")
        lifecycle.eligibility_answered(c, elig.id, in_force=True, balance=30_000_000)
    case = load_case(desk.store, cid)
    assert case.status == DRAFT
    assert case.admission.coverage.balance == 30_000_000
    with desk.store.transaction() as c:
        lifecycle.cancel(c, cid, reason="patient left", actor="clerk1")
    assert load_case(desk.store, cid).status == "cancelled"
    with desk.store.transaction() as c:
        lifecycle.close(c, cid, actor="clerk1")
    assert load_case(desk.store, cid).status == CLOSED


def test_returned_leg_goes_back_to_queued_with_the_error(desk: Desk) -> None:
    cid = _case(desk)
    with desk.store.transaction() as c:
        leg = lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
        lifecycle.leg_sent(c, leg.id, api_call_id="a1")
        back = lifecycle.leg_returned(c, leg.id, error="ERR_INVALID_DOMAIN_PAYLOAD: bad item")
    assert back.state == "queued" and back.sent_at is None
    assert back.last_error is not None and back.last_error.startswith("ERR_INVALID")
    assert load_case(desk.store, cid).status == "preauth_queued"


def test_events_need_a_transaction(desk: Desk) -> None:
    cid = _case(desk)
    with pytest.raises(RuntimeError):
        lifecycle.leg_queued(desk.store.conn(), cid, "preauth", actor="clerk1")


@pytest.fixture(scope="module")
def shared_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    d = Desk.create(tmp_path_factory.mktemp("lifecycle") / "data", passphrase="correct horse",
                    use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


def _apply(c: object, cid: str, event: Event, stage: str | None) -> None:
    conn: Any = c
    current = lifecycle.current_stage_leg(conn, cid)
    leg_id = current.id if current else -1
    if event is Event.QUEUE:
        assert stage is not None
        lifecycle.leg_queued(conn, cid, stage, amount=100, actor="clerk1")
    elif event is Event.REPLY:
        lifecycle.reply_queued(conn, cid, text="reply", actor="clerk1")
    elif event is Event.SEND:
        lifecycle.leg_sent(conn, leg_id, api_call_id="x")
    elif event is Event.ACK:
        lifecycle.leg_acknowledged(conn, leg_id)
    elif event in (Event.APPROVED, Event.PARTIAL, Event.QUERIED, Event.REJECTED):
        lifecycle.answer_received(conn, leg_id, decision=event.value, approved_amount=50)
    elif event is Event.RETURN:
        lifecycle.leg_returned(conn, leg_id, error="ERR")
    elif event is Event.PAYMENT:
        lifecycle.payment_received(conn, cid, utr="UTR1", amount=50)
    elif event is Event.CANCEL:
        lifecycle.cancel(conn, cid, actor="clerk1")
    else:
        lifecycle.close(conn, cid, actor="clerk1")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(ALL_EVENTS), max_size=25))
def test_the_store_follows_the_state_machine(shared_desk: Desk,
                                             events: list[tuple[Event, str | None]]) -> None:
    """Random events against a real case: the stored status always equals the model's, every
    event the model accepts is accepted, refused ones change nothing."""
    cid = create_case(shared_desk.store, example_admission_json(), actor="clerk1", now=T0)
    model = DRAFT
    for event, stage in events:
        try:
            expected = next_status(model, event, stage)
        except IllegalTransition:
            expected = None
        try:
            with shared_desk.store.transaction() as c:
                _apply(c, cid, event, stage)
        except (IllegalTransition, BadInput):
            assert expected is None, (model, event, stage)
        if expected is not None:
            model = expected
        assert lifecycle.case_status(shared_desk.store.conn(), cid) == model
        assert model in ALL_STATUSES
    assert audit.verify_store(shared_desk.store) == []


def test_error_for_a_queued_or_eligibility_leg_is_recorded_without_status_change(
        desk: Desk) -> None:
    cid = _case(desk)
    with desk.store.transaction() as c:
        elig = lifecycle.leg_queued(c, cid, "eligibility", actor="clerk1")
        lifecycle.leg_sent(c, elig.id, api_call_id="e1")
        back = lifecycle.leg_returned(c, elig.id, error="ERR_INVALID_PAYLOAD")
        assert back.state == "queued" and back.last_error == "ERR_INVALID_PAYLOAD"
        leg = lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
        again = lifecycle.leg_returned(c, leg.id, error="ERR_RECIPIENT_NOT_AVAILABLE")
        assert again.state == "queued" and again.last_error == "ERR_RECIPIENT_NOT_AVAILABLE"
    assert load_case(desk.store, cid).status == "preauth_queued"
    with desk.store.transaction() as c:
        lifecycle.leg_sent(c, leg.id, api_call_id="a1")
        lifecycle.answer_received(c, leg.id, decision="rejected")
    with pytest.raises(IllegalTransition, match="already answered"), \
            desk.store.transaction() as c:
        lifecycle.leg_returned(c, leg.id, error="late error")


@pytest.mark.parametrize(("balance", "kept"), [
    (-1_200_000, 0),             # used above what was allowed: below zero
    (80_000_000, 50_000_000),    # above the sum insured (5,00,000 in the example)
    (40_800_000, 40_800_000),    # a plain answer goes in as it is
])
def test_an_eligibility_balance_never_makes_the_case_unloadable(
        desk: Desk, balance: int, kept: int) -> None:
    """The payer's figure stays on the leg and in the audit verbatim; the admission gets it
    within its own rules, so show / update / submit keep working, and a warning says so."""
    from app.cases import update_admission
    from app.money import format_inr

    cid = _case(desk)
    with desk.store.transaction() as c:
        elig = lifecycle.leg_queued(c, cid, "eligibility", actor="clerk1")
        lifecycle.leg_sent(c, elig.id, api_call_id="e1")
        lifecycle.eligibility_answered(c, elig.id, in_force=True, balance=balance,
                                       allowed=50_000_000, used=50_000_000 - balance,
                                       payer_words="Policy in force.")
    case = load_case(desk.store, cid)
    assert case.status == DRAFT
    assert case.admission.coverage.balance == kept
    [leg] = case.legs
    assert leg.approved_amount == balance and leg.payer_words == "Policy in force."
    [entry] = [e for e in audit.entries(desk.store, cid) if e.action == "eligibility.answered"]
    assert entry.details["balance"] == balance
    assert entry.details["admission_balance"] == kept
    assert entry.details["adjusted"] is (kept != balance)
    warning = lifecycle.eligibility_warning(leg, case.admission.coverage.sum_insured)
    assert (warning is not None) is (kept != balance)
    if balance < 0:
        assert warning is not None and "below zero" in warning and "-₹12,000" in warning
    assert lifecycle.eligibility_words(leg) == f"policy in force, balance {format_inr(balance)}"
    data = case.admission.to_json()
    data["clinical"]["findings"] = "tender right iliac fossa"
    assert update_admission(desk.store, cid, data, actor="clerk1", now=T0) == \
        ["clinical.findings"]


def test_the_repair_migration_puts_bricked_balances_back_within_the_rules(desk: Desk) -> None:
    import json

    from app.migrations.lifecycle import _clamp_balances

    bricked, above, fine = _case(desk), _case(desk), _case(desk)
    with desk.store.transaction() as c:
        for cid, value in ((bricked, -12_000), (above, 800_000), (fine, 4_08_000)):
            row = c.execute("SELECT admission FROM cases WHERE id = ?", (cid,)).fetchone()
            data = json.loads(row[0])
            data["coverage"]["balance"] = value
            c.execute("UPDATE cases SET admission = ? WHERE id = ?", (json.dumps(data), cid))
    with pytest.raises(BadInput, match=r"coverage\.balance"):
        load_case(desk.store, bricked)
    with desk.store.transaction() as c:
        _clamp_balances(c)
    assert load_case(desk.store, bricked).admission.coverage.balance == 0
    assert load_case(desk.store, above).admission.coverage.balance == 50_000_000
    assert load_case(desk.store, fine).admission.coverage.balance == 40_800_000
