"""The outbox table and its operations, on real SQLCipher stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from offline import outbox
from offline.errors import BadInput
from offline.migrations import CORE_MIGRATIONS
from offline.outbox import OUTBOX_MIGRATIONS, Message, Outbox, State
from offline.store import Store

T0 = 1_800_000_000.0


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def store(tmp_path: Path, key: bytes) -> Iterator[Store]:
    s = Store.create(tmp_path / "desk.db", key, CORE_MIGRATIONS + OUTBOX_MIGRATIONS)
    yield s
    s.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def box(store: Store, clock: FakeClock) -> Outbox:
    return Outbox(store, clock=clock)


def add(store: Store, case: str = "case-1", leg: str = "preauth", payer: str = "tpa-a",
        now: float = T0, **kw: object) -> Message:
    with store.transaction() as conn:
        return outbox.enqueue(conn, case_ref=case, leg=leg, payer=payer, now=now, **kw)  # type: ignore[arg-type]


def test_enqueue_persists_ids_before_any_attempt(store: Store, box: Outbox) -> None:
    msg = add(store, workflow_id="12", params={"amount": 50000})
    again = box.get(msg.id)
    assert again.api_call_id and again.correlation_id and again.api_call_id != again.correlation_id
    assert again.state is State.QUEUED and again.attempts == 0
    assert again.params == {"amount": 50000} and again.workflow_id == "12"
    assert again.next_attempt_at == T0


def test_enqueue_refuses_to_run_outside_a_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        outbox.enqueue(store.conn(), case_ref="c", leg="preauth", payer="p")


def test_enqueue_commits_or_rolls_back_with_the_business_change(store: Store,
                                                                box: Outbox) -> None:
    store.conn().execute("CREATE TABLE business (x TEXT)")
    with pytest.raises(ZeroDivisionError), store.transaction() as conn:
        conn.execute("INSERT INTO business VALUES ('admission')")
        outbox.enqueue(conn, case_ref="c", leg="preauth", payer="p")
        raise ZeroDivisionError  # the app's change fails after the message was added
    assert box.messages() == []
    assert store.query("SELECT count(*) FROM business")[0][0] == 0


def test_enqueue_survives_reopening_the_store(tmp_path: Path, store: Store, key: bytes) -> None:
    msg = add(store)
    store.close()
    reopened = Store.open(tmp_path / "desk.db", key, CORE_MIGRATIONS + OUTBOX_MIGRATIONS)
    try:
        assert Outbox(reopened).get(msg.id).api_call_id == msg.api_call_id
    finally:
        reopened.close()


def test_enqueue_names_the_missing_field(store: Store) -> None:
    with pytest.raises(BadInput, match="payer"), store.transaction() as conn:
        outbox.enqueue(conn, case_ref="c", leg="preauth", payer=" ")


def test_sequence_numbers_per_case(store: Store) -> None:
    a1, b1, a2 = add(store, "a"), add(store, "b"), add(store, "a", leg="enhancement")
    assert (a1.seq, b1.seq, a2.seq) == (1, 1, 2)


def test_a_given_correlation_id_is_kept(store: Store) -> None:
    assert add(store, correlation_id="payer-corr").correlation_id == "payer-corr"


def test_claim_marks_sending_and_the_outcome_counts_the_attempt(store: Store,
                                                                 box: Outbox) -> None:
    msg = add(store)
    [claimed] = box.claim_due(4)
    assert claimed.id == msg.id and claimed.state is State.SENDING and claimed.attempts == 0
    assert "attempt 1" in box.why_waiting(claimed)
    assert box.claim_due(4) == []
    assert box.record_retry(msg.id, delay=1).attempts == 1


def test_later_leg_waits_for_the_earlier_one(store: Store, box: Outbox) -> None:
    first = add(store, "a")
    second = add(store, "a", leg="enhancement")
    other = add(store, "b")
    claimed = {m.id for m in box.claim_due(10)}
    assert claimed == {first.id, other.id}
    assert "earlier preauth" in box.why_waiting(second)
    box.record_delivered(first.id)
    assert [m.id for m in box.claim_due(10)] == [second.id]


def test_rejected_earlier_leg_blocks_only_its_own_case(store: Store, box: Outbox) -> None:
    first = add(store, "a")
    second = add(store, "a", leg="discharge")
    box.claim_due(1)
    box.record_rejected(first.id, error="bad", http_status=400)
    assert box.claim_due(10) == []
    other = add(store, "b")
    assert [m.id for m in box.claim_due(10)] == [other.id]
    assert "needs attention" in box.why_waiting(second)


def test_the_wait_counts_attempts_in_words(store: Store, box: Outbox, clock: FakeClock) -> None:
    msg = add(store)
    for _ in range(2):
        box.claim_due(1)
        msg = box.record_retry(msg.id, delay=60, http_status=503, error="Service Unavailable")
        clock.now += 61
    clock.now -= 61
    assert msg.attempts == 2
    assert "(after 2 attempts);" in box.why_waiting(msg)


def test_retry_keeps_the_ids_and_waits(store: Store, box: Outbox, clock: FakeClock) -> None:
    msg = add(store)
    box.claim_due(1)
    after = box.record_retry(msg.id, delay=60, http_status=503, error="Service Unavailable")
    assert after.state is State.QUEUED and after.next_attempt_at == T0 + 60
    assert (after.api_call_id, after.correlation_id) == (msg.api_call_id, msg.correlation_id)
    assert box.claim_due(1) == []
    assert "Will try again in 60 s" in box.why_waiting(after)
    assert after.attempts == 1 and "(after 1 attempt);" in box.why_waiting(after)
    assert "attempt(s)" not in box.why_waiting(after)
    assert "Service Unavailable" in box.why_waiting(after)
    clock.now += 61
    [again] = box.claim_due(1)
    assert again.attempts == 1 and again.api_call_id == msg.api_call_id
    assert box.record_delivered(msg.id).attempts == 2


def test_retry_now_makes_a_waiting_message_due(store: Store, box: Outbox) -> None:
    msg = add(store)
    box.claim_due(1)
    box.record_retry(msg.id, delay=3600)
    box.retry_now(msg.id)
    assert [m.id for m in box.claim_due(1)] == [msg.id]


def test_retry_now_explains_why_it_cannot_help_a_refused_message(store: Store,
                                                                  box: Outbox) -> None:
    msg = add(store)
    box.claim_due(1)
    box.record_rejected(msg.id, error="no")
    with pytest.raises(BadInput, match="submit it again"):
        box.retry_now(msg.id)


def test_rejection_keeps_the_servers_words_and_nothing_is_deleted(store: Store,
                                                                   box: Outbox) -> None:
    msg = add(store)
    box.claim_due(1)
    words = "Policy number NH-123 is not active on the date of admission"
    after = box.record_rejected(msg.id, error=words, http_status=400,
                                code="ERR_DOMAIN_PROCESSING")
    assert after.state is State.NEEDS_ATTENTION and after.last_error == words
    assert words in box.why_waiting(after) and "ERR_DOMAIN_PROCESSING" in box.why_waiting(after)
    assert len(box.messages()) == 1


def test_resubmit_retires_the_old_ids_and_issues_fresh_ones(store: Store, box: Outbox) -> None:
    msg = add(store)
    box.claim_due(1)
    box.record_rejected(msg.id, error="fix me")
    fresh = box.resubmit(msg.id, workflow_id="121")
    assert fresh.state is State.QUEUED and fresh.attempts == 0
    assert fresh.api_call_id != msg.api_call_id and fresh.correlation_id != msg.correlation_id
    assert [(r.api_call_id, r.correlation_id) for r in fresh.retired_ids] == [
        (msg.api_call_id, msg.correlation_id)]
    assert fresh.workflow_id == "121"
    with pytest.raises(BadInput):
        box.resubmit(msg.id)  # only a refused message can be resubmitted


def test_systemic_failure_pauses_the_payer_once(store: Store, box: Outbox) -> None:
    a = add(store, "a")
    b = add(store, "b")
    c = add(store, "c", payer="tpa-b")
    box.claim_due(1)  # a is in flight
    msg, newly = box.record_systemic(a.id, reason="credentials refused", http_status=401)
    assert newly and msg.state is State.PAUSED
    assert box.get(b.id).state is State.PAUSED
    assert box.get(c.id).state is State.QUEUED
    _, again = box.record_systemic(a.id, reason="credentials refused")
    assert not again
    assert "paused automatically" in box.why_waiting(b) and "credentials refused" in \
        box.why_waiting(b)
    assert [m.id for m in box.claim_due(10)] == [c.id]


def test_enqueue_for_a_paused_payer_is_paused(store: Store, box: Outbox) -> None:
    box.pause_payer("tpa-a", "maintenance window")
    assert add(store).state is State.PAUSED


def test_resume_keeps_ids_and_makes_them_due(store: Store, box: Outbox,
                                            clock: FakeClock) -> None:
    msg = add(store)
    assert box.pause_payer("tpa-a")
    assert not box.pause_payer("tpa-a")
    assert box.claim_due(5) == []
    clock.now += 10
    assert box.resume_payer("tpa-a") == 1
    [claimed] = box.claim_due(5)
    assert claimed.api_call_id == msg.api_call_id and claimed.next_attempt_at == T0 + 10


def test_retry_of_a_message_whose_payer_was_paused_meanwhile_stays_paused(
        store: Store, box: Outbox) -> None:
    msg = add(store)
    box.claim_due(1)
    box.pause_payer("tpa-a")
    assert box.record_retry(msg.id, delay=5).state is State.PAUSED


def test_recover_puts_sending_back_with_the_same_ids(store: Store, box: Outbox) -> None:
    msg = add(store)
    box.claim_due(1)
    [recovered] = box.recover()
    assert recovered.state is State.QUEUED and recovered.api_call_id == msg.api_call_id


def test_delivered_without_expected_answer_is_done(store: Store, box: Outbox) -> None:
    msg = add(store, leg="payment-ack", expects_answer=False)
    box.claim_due(1)
    assert box.record_delivered(msg.id, http_status=202).state is State.DONE


def test_answer_marks_done_inside_the_apply_transaction(store: Store, box: Outbox) -> None:
    msg = add(store)
    box.claim_due(1)
    box.record_delivered(msg.id, receipt={"api_call_id": msg.api_call_id})
    assert "waiting for the payer's answer" in box.why_waiting(msg)
    with store.transaction() as conn:
        [found] = outbox.find_by_correlation(conn, msg.correlation_id)
        outbox.mark_done(conn, found.id)
    assert box.get(msg.id).state is State.DONE
    assert box.get(msg.id).receipt == {"api_call_id": msg.api_call_id}


def test_error_answer_from_the_payer_needs_attention(store: Store, box: Outbox) -> None:
    msg = add(store)
    with store.transaction() as conn:
        outbox.mark_needs_attention(conn, msg.id, "Document POI unreadable", code="ERR_X")
    assert box.get(msg.id).state is State.NEEDS_ATTENTION


def test_withdraw_unblocks_the_case_and_keeps_the_row(store: Store, box: Outbox) -> None:
    first = add(store, "a")
    second = add(store, "a", leg="claim")
    box.withdraw(first.id, "patient left against advice")
    assert box.get(first.id).state is State.DONE
    assert "withdrawn" in box.why_waiting(first)
    assert [m.id for m in box.claim_due(5)] == [second.id]


def test_make_due_only_touches_the_named_payer(store: Store, box: Outbox) -> None:
    a = add(store, "a")
    b = add(store, "b", payer="tpa-b")
    box.claim_due(5)
    box.record_retry(a.id, delay=600)
    box.record_retry(b.id, delay=600)
    assert box.make_due("tpa-a") == 1
    assert [m.id for m in box.claim_due(5)] == [a.id]


def test_as_json_has_the_queue_contract_fields(store: Store) -> None:
    data = add(store).as_json()
    for field in ("id", "case_id", "leg", "payer", "state", "attempts", "next_attempt_at",
                  "last_error"):
        assert field in data
    assert data["state"] == "queued"


def test_listener_hears_committed_changes(store: Store, box: Outbox) -> None:
    heard: list[tuple[str, State]] = []
    box.add_listener(lambda m: heard.append((m.id, m.state)))
    msg = add(store)
    box.claim_due(1)
    box.record_delivered(msg.id)
    assert heard == [(msg.id, State.SENDING), (msg.id, State.SENT)]


def test_counts_and_states_are_checked_by_the_schema(store: Store, box: Outbox) -> None:
    msg = add(store)
    assert box.counts()[State.QUEUED] == 1
    with pytest.raises(Exception, match="CHECK"), store.transaction() as conn:
        conn.execute("UPDATE outbox_message SET state = 'lost' WHERE id = ?", (msg.id,))


@pytest.mark.parametrize("column_already_there", [False, True])
def test_migration_2_adds_not_before_to_any_version_1_store(
        tmp_path: Path, key: bytes, column_already_there: bool) -> None:
    path = tmp_path / "old.db"
    old = Store.create(path, key, CORE_MIGRATIONS + OUTBOX_MIGRATIONS[:1])
    if column_already_there:  # an early development build of migration 1 had the column
        old.conn().execute("ALTER TABLE outbox_message ADD COLUMN not_before REAL")
    old.close()
    new = Store.open(path, key, CORE_MIGRATIONS + OUTBOX_MIGRATIONS)
    try:
        columns = {r[1] for r in new.query("PRAGMA table_info(outbox_message)")}
        assert "not_before" in columns
        assert new.applied_versions()["sync"] == 2
    finally:
        new.close()


def test_batch_commits_once_and_notifies_after_commit(store: Store, box: Outbox) -> None:
    a, b = add(store, "a"), add(store, "b")
    heard: list[str] = []

    def listener(m: Message) -> None:
        # what a listener reads from the store is already the committed state
        seen = store.conn().execute("SELECT state FROM outbox_message WHERE id = ?",
                                    (m.id,)).fetchone()[0]
        heard.append(seen)

    box.add_listener(listener)
    with box.batch():
        box.claim_due(5)
        assert heard == []
    assert heard == ["sending", "sending"]
    heard.clear()
    with pytest.raises(RuntimeError), box.batch():
        box.record_delivered(a.id)
        box.record_delivered(b.id)
        raise RuntimeError("the batch fails")
    assert heard == [] and {box.get(a.id).state, box.get(b.id).state} == {State.SENDING}


def test_a_payer_paused_and_resumed_with_no_messages_leaves_no_trace(store: Store,
                                                                     box: Outbox) -> None:
    assert box.pause_payer("ghost")
    assert box.payers() == ["ghost"]
    assert box.resume_payer("ghost") == 0
    assert box.payers() == []
    assert store.conn().execute("SELECT count(*) FROM outbox_payer").fetchone()[0] == 0
    add(store, payer="tpa-a")
    box.pause_payer("tpa-a")
    box.resume_payer("tpa-a")
    assert box.payers() == ["tpa-a"]  # it still has a message


def test_why_waiting_quotes_the_server_once_and_names_the_action(store: Store, box: Outbox,
                                                                  clock: FakeClock) -> None:
    from offline.outbox import Hints

    msg = add(store)
    [claimed] = box.claim_due(1)
    box.record_retry(claimed.id, delay=30, error="Could not connect (the exchange is down).")
    text = box.why_waiting(msg.id)
    assert "\u201cCould not connect (the exchange is down).\u201d" in text
    assert ".\u201d." not in text and ".." not in text
    assert text.endswith("Use \u201cRetry now\u201d to try at once.")
    cli = Hints(retry="Run 'x retry {id}'")
    assert box.why_waiting(msg.id, cli).endswith(f"Run 'x retry {msg.id[:12]}'.")
    box.pause_payer("tpa-a")
    paused = box.why_waiting(msg.id)
    assert paused.count("paused by the operator") == 1
    assert paused.endswith("the message keeps its place. Resume the payer to send it.")
    box.resume_payer("tpa-a")
    box.retry_now(msg.id)
    [again] = box.claim_due(1)
    box.record_systemic(again.id, reason="The exchange refused the credentials.")
    system = box.why_waiting(msg.id, Hints(resume="Run 'x resume {payer}' to send it"))
    assert "credentials. When this is fixed, run 'x resume tpa-a' to send it." in system


def test_a_retry_can_renew_refused_ids_keeping_the_old_ones_on_record(
        store: Store, box: Outbox) -> None:
    msg = add(store)
    [claimed] = box.claim_due(1)
    after = box.record_retry(claimed.id, delay=0, code="ERR_INVALID_ENCRYPTION",
                             renew=("api_call_id",))
    assert after.api_call_id != msg.api_call_id and after.correlation_id == msg.correlation_id
    [old] = after.retired_ids
    assert old.api_call_id == msg.api_call_id and "ERR_INVALID_ENCRYPTION" in old.reason
    [claimed] = box.claim_due(1)
    assert claimed.api_call_id == after.api_call_id  # persisted before the next attempt
    both = box.record_retry(claimed.id, delay=0, renew=("api_call_id", "correlation_id"))
    assert both.correlation_id != msg.correlation_id and len(both.retired_ids) == 2
    assert both.state is State.QUEUED and both.attempts == 2
    with pytest.raises(ValueError, match="workflow_id"):
        box.record_retry(both.id, delay=0, renew=("workflow_id",))
