"""The sync engine against a scripted transport, on real SQLCipher stores.

The real HCX transport and the sandbox come from other modules; here a small in-memory exchange
plays the server: it keeps a ledger keyed by api_call_id (a repeated id is answered "duplicate",
as the real exchange does) and a relay inbox per payer.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from sqlite3 import Connection

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from offline import outbox
from offline.connectivity import Connectivity, ConnectivityState
from offline.inbox import Envelope, Undeliverable
from offline.migrations import CORE_MIGRATIONS
from offline.outbox import OUTBOX_MIGRATIONS, Message, State
from offline.retry import Backoff
from offline.store import Store
from offline.sync import (
    Alert,
    Outcome,
    SendResult,
    SyncEngine,
    TransportFailure,
    relay_endpoint,
)

T0 = 1_800_000_000.0
MIGRATIONS = CORE_MIGRATIONS + OUTBOX_MIGRATIONS
DEADLINE = 10.0  # seconds to wait for an event before declaring the test failed


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds


class Crash(BaseException):
    """Simulates the process dying at this point (not an Exception: nothing may catch it)."""


@dataclass
class Accepted:
    message_id: str
    case_ref: str
    seq: int
    api_call_id: str
    correlation_id: str
    payer: str


Step = str | SendResult | Exception | Callable[[Message], SendResult]


@dataclass
class FakeExchange:
    """An exchange + relay in memory. ``script`` maps case_ref -> steps; the default is "ok".

    Steps: "ok" (store and answer 202, or "duplicate" when the id is known), "drop" (store, then
    the connection drops: retryable), "down" (not stored, connection refused), "reject" (ERR_*),
    "systemic" (credentials refused), "crash" (store, then the desk process dies), "crash-before"
    (the desk dies before the request leaves), or a ready SendResult / exception / callable."""

    script: dict[str, list[Step]] = field(default_factory=dict)
    default: list[Step] = field(default_factory=list)
    ledger: list[tuple[Accepted, bool]] = field(default_factory=list)  # (what, duplicate)
    known: dict[str, Accepted] = field(default_factory=dict)
    sent: list[Message] = field(default_factory=list)
    relay: dict[str, list[Envelope]] = field(default_factory=dict)
    acked: dict[str, str] = field(default_factory=dict)
    answered: set[str] = field(default_factory=set)
    pull_failure: SendResult | None = None
    ack_crash: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_step(self, msg: Message) -> Step:
        with self.lock:
            steps = self.script.get(msg.case_ref)
            if steps:
                return steps.pop(0)
            if self.default:
                return self.default.pop(0)
            return "ok"

    def _store(self, msg: Message) -> bool:
        """Record the message; True when its api_call_id was already known (duplicate)."""
        with self.lock:
            dup = msg.api_call_id in self.known
            what = Accepted(msg.id, msg.case_ref, msg.seq, msg.api_call_id, msg.correlation_id,
                            msg.payer)
            if not dup:
                self.known[msg.api_call_id] = what
            self.ledger.append((what, dup))
            return dup

    def send(self, msg: Message) -> SendResult:
        with self.lock:
            self.sent.append(msg)
        step = self.next_step(msg)
        if callable(step) and not isinstance(step, SendResult):
            return step(msg)
        if isinstance(step, SendResult):
            return step
        if isinstance(step, Exception):
            raise step
        if step == "ok":
            dup = self._store(msg)
            return SendResult.delivered(receipt={"api_call_id": msg.api_call_id},
                                        duplicate=dup)
        if step == "drop":
            self._store(msg)
            return SendResult.retryable("connection dropped", network=True)
        if step == "down":
            return SendResult.retryable("connection refused", network=True)
        if step == "reject":
            if msg.api_call_id in self.known:
                self._store(msg)
                return SendResult.delivered(duplicate=True)
            return SendResult.rejected("refused", http_status=400,
                                       error_code="ERR_INVALID_PAYLOAD",
                                       server_message="Claim.total is missing")
        if step == "systemic":
            return SendResult.systemic("The exchange refused the desk's credentials.",
                                       http_status=401)
        if step == "crash":
            self._store(msg)
            raise Crash
        if step == "crash-before":
            raise Crash
        raise AssertionError(f"unknown step {step!r}")

    # relay
    def answer_all(self) -> int:
        """The payer decides every accepted message not answered yet; answers go to the relay."""
        n = 0
        with self.lock:
            for what, dup in self.ledger:
                if dup or what.api_call_id in self.answered:
                    continue
                self.answered.add(what.api_call_id)
                box = self.relay.setdefault(what.payer, [])
                body = json.dumps({"message": what.message_id, "decision": "approved"})
                box.append(Envelope(payer=what.payer, cursor=f"{len(box) + 1:06d}",
                                    raw=body.encode(), api_call_id=f"ans-{what.api_call_id}",
                                    correlation_id=what.correlation_id))
                n += 1
        return n

    def pull_inbox(self, payer: str, cursor: str | None) -> Sequence[Envelope]:
        if self.pull_failure is not None:
            raise TransportFailure(self.pull_failure)
        # Like a cautious relay: everything not acknowledged yet (may repeat what was applied).
        after = self.acked.get(payer, "")
        return [e for e in self.relay.get(payer, []) if e.cursor > after][:3]

    def ack(self, payer: str, cursor: str) -> None:
        if self.ack_crash:
            raise Crash
        self.acked[payer] = max(cursor, self.acked.get(payer, ""))

    def first_acceptance_order(self, case_ref: str) -> list[int]:
        return [w.seq for w, dup in self.ledger if w.case_ref == case_ref and not dup]


def prepare(store: Store) -> None:
    store.conn().execute("CREATE TABLE IF NOT EXISTS applied_answer (key TEXT, message TEXT)")


def apply_answer(conn: Connection, env: Envelope) -> None:
    """What the app's callback does: find the message, record the decision, mark it done."""
    found = outbox.find_by_correlation(conn, env.correlation_id or "")
    if not found:
        raise Undeliverable("no message has this correlation id")
    conn.execute("INSERT INTO applied_answer VALUES (?, ?)", (env.key, found[0].id))
    outbox.mark_done(conn, found[0].id)


def make_store(path: Path, key: bytes | None = None) -> Store:
    store = Store.create(path, key or os.urandom(32), MIGRATIONS)
    prepare(store)
    return store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = make_store(tmp_path / "desk.db")
    yield s
    s.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def exchange() -> FakeExchange:
    return FakeExchange()


def engine_for(store: Store, exchange: FakeExchange, clock: FakeClock, **kw: object
               ) -> SyncEngine:
    options: dict[str, object] = {"synchronous": True, "rng": lambda: 0.5,
                                  "backoff": Backoff(base=2.0, cap=60.0, floor=0.5)}
    options.update(kw)
    return SyncEngine(store, exchange, apply_answer, clock=clock, **options)  # type: ignore[arg-type]


LONG_BACKOFF: dict[str, object] = {"rng": lambda: 1.0,
                                   "backoff": Backoff(base=3000.0, cap=3000.0)}


def add(store: Store, case: str, leg: str = "preauth", payer: str = "tpa-a") -> Message:
    with store.transaction() as conn:
        return outbox.enqueue(conn, case_ref=case, leg=leg, payer=payer, now=T0)


# ---------------------------------------------------------------- delivery and order


def test_run_once_delivers_everything_due_and_reports_events(store: Store, clock: FakeClock,
                                                             exchange: FakeExchange) -> None:
    engine = engine_for(store, exchange, clock)
    changes: list[tuple[str, State]] = []
    engine.on_message_changed.connect(lambda m: changes.append((m.id, m.state)))
    msgs = [add(store, f"case-{i}") for i in range(3)]
    report = engine.run_once()
    assert report.delivered == 3
    assert {engine.outbox.get(m.id).state for m in msgs} == {State.SENT}
    assert [(m.id, State.SENT) for m in msgs if (m.id, State.SENT) in changes] == \
        [(m.id, State.SENT) for m in msgs]
    assert [a.api_call_id for a, _ in exchange.ledger] == [m.api_call_id for m in msgs]


def test_legs_of_one_case_go_in_order_within_one_pass(store: Store, clock: FakeClock,
                                                      exchange: FakeExchange) -> None:
    legs = [add(store, "case-1", leg) for leg in ("preauth", "enhancement", "discharge")]
    engine_for(store, exchange, clock).run_once()
    assert exchange.first_acceptance_order("case-1") == [1, 2, 3]
    assert [m.id for m in exchange.sent] == [m.id for m in legs]


def test_a_later_leg_waits_while_the_earlier_one_retries(store: Store, clock: FakeClock,
                                                         exchange: FakeExchange) -> None:
    first = add(store, "case-1")
    second = add(store, "case-1", "enhancement")
    exchange.script["case-1"] = ["down"]
    engine = engine_for(store, exchange, clock)
    engine.run_once()
    assert [m.id for m in exchange.sent] == [first.id]
    assert "earlier preauth" in engine.why_waiting(second.id)
    clock.advance(60)
    engine.run_once()
    assert exchange.first_acceptance_order("case-1") == [1, 2]


def test_cases_go_in_parallel_up_to_the_bound(store: Store, clock: FakeClock,
                                              exchange: FakeExchange) -> None:
    for i in range(6):
        add(store, f"case-{i}")
    barrier = threading.Barrier(2, timeout=DEADLINE)
    lock = threading.Lock()
    inflight = [0, 0]  # current, max

    def together(msg: Message) -> SendResult:
        with lock:
            inflight[0] += 1
            inflight[1] = max(inflight[1], inflight[0])
        barrier.wait()  # breaks (and the message is refused) unless two are in flight at once
        with lock:
            inflight[0] -= 1
        return SendResult.delivered()

    exchange.default = [together] * 6
    engine = engine_for(store, exchange, clock, synchronous=False, max_parallel=2)
    try:
        report = engine.run_once()
    finally:
        engine.stop()
    assert report.delivered == 6
    assert inflight[1] == 2


# ---------------------------------------------------------------- outcomes


def test_retry_after_is_honoured(store: Store, clock: FakeClock,
                                 exchange: FakeExchange) -> None:
    msg = add(store, "case-1")
    exchange.script["case-1"] = [SendResult.retryable("slow down", http_status=429,
                                                      retry_after=120.0)]
    engine = engine_for(store, exchange, clock)
    engine.run_once()
    after = engine.outbox.get(msg.id)
    assert after.state is State.QUEUED and after.next_attempt_at == T0 + 120
    assert after.last_http_status == 429
    clock.advance(119)
    assert engine.run_once().delivered == 0
    clock.advance(1)
    assert engine.run_once().delivered == 1


def test_backoff_uses_full_jitter_when_no_retry_after(store: Store, clock: FakeClock,
                                                      exchange: FakeExchange) -> None:
    msg = add(store, "case-1")
    exchange.script["case-1"] = ["down", "down"]
    engine = engine_for(store, exchange, clock, rng=lambda: 0.5)
    engine.run_once()
    assert engine.outbox.get(msg.id).next_attempt_at == T0 + 1.0  # 0.5 * 2 * 2**0
    clock.advance(1)
    engine.run_once()
    assert engine.outbox.get(msg.id).next_attempt_at == T0 + 1 + 2.0  # 0.5 * 2 * 2**1


def test_ambiguous_failure_is_retried_with_the_same_ids_and_not_duplicated(
        store: Store, clock: FakeClock, exchange: FakeExchange) -> None:
    msg = add(store, "case-1")
    exchange.script["case-1"] = ["drop"]  # the exchange stored it; the reply was lost
    engine = engine_for(store, exchange, clock)
    engine.run_once()
    clock.advance(60)
    engine.run_once()
    assert {m.api_call_id for m in exchange.sent} == {msg.api_call_id}
    assert [dup for _, dup in exchange.ledger] == [False, True]
    assert engine.outbox.get(msg.id).state is State.SENT


def test_rejection_needs_attention_then_resubmit_uses_fresh_ids(
        store: Store, clock: FakeClock, exchange: FakeExchange) -> None:
    msg = add(store, "case-1")
    exchange.script["case-1"] = ["reject"]
    engine = engine_for(store, exchange, clock)
    assert engine.run_once().rejected == 1
    refused = engine.outbox.get(msg.id)
    assert refused.state is State.NEEDS_ATTENTION
    assert refused.last_error == "Claim.total is missing"
    assert refused.last_error_code == "ERR_INVALID_PAYLOAD"
    engine.resubmit(msg.id)
    engine.run_once()
    done = engine.outbox.get(msg.id)
    assert done.state is State.SENT and done.api_call_id != msg.api_call_id
    assert [a.api_call_id for a, _ in exchange.ledger] == [done.api_call_id]


def test_systemic_failure_pauses_the_payer_with_one_alert(store: Store, clock: FakeClock,
                                                          exchange: FakeExchange) -> None:
    a = [add(store, f"a-{i}") for i in range(3)]
    b = add(store, "b-1", payer="tpa-b")
    exchange.default = ["systemic"]
    alerts: list[Alert] = []
    engine = engine_for(store, exchange, clock)
    engine.on_alert.connect(alerts.append)
    engine.run_once()
    assert len(alerts) == 1 and alerts[0].payer == "tpa-a" and alerts[0].http_status == 401
    assert "credentials" in alerts[0].message
    assert {engine.outbox.get(m.id).state for m in a} == {State.PAUSED}
    assert engine.outbox.get(b.id).state is State.SENT
    assert sum(1 for m in exchange.sent if m.payer == "tpa-a") == 1
    assert engine.resume_payer("tpa-a") == 3
    engine.run_once()
    assert {engine.outbox.get(m.id).state for m in a} == {State.SENT}


def test_parallel_systemic_failures_raise_one_alert(store: Store, clock: FakeClock,
                                                    exchange: FakeExchange) -> None:
    for i in range(2):
        add(store, f"a-{i}")
    barrier = threading.Barrier(2, timeout=DEADLINE)

    def refused(msg: Message) -> SendResult:
        barrier.wait()
        return SendResult.systemic("login page answered", http_status=200)

    exchange.default = [refused, refused]
    alerts: list[Alert] = []
    engine = engine_for(store, exchange, clock, synchronous=False, max_parallel=2)
    engine.on_alert.connect(alerts.append)
    try:
        engine.run_once()
    finally:
        engine.stop()
    assert len(alerts) == 1


def test_a_poisoned_message_does_not_block_the_others(store: Store, clock: FakeClock,
                                                      exchange: FakeExchange,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    bad = add(store, "case-bad")
    good = [add(store, f"case-{i}") for i in range(3)]
    exchange.script["case-bad"] = [ValueError("document POI is missing for Ramesh Kumar")]
    engine = engine_for(store, exchange, clock)
    engine.run_once()
    poisoned = engine.outbox.get(bad.id)
    assert poisoned.state is State.NEEDS_ATTENTION
    assert "document POI is missing" in (poisoned.last_error or "")
    assert {engine.outbox.get(m.id).state for m in good} == {State.SENT}
    # the log names the bug's type and place, never the message text (it may quote a patient)
    assert "ValueError" in caplog.text and "Ramesh" not in caplog.text


def test_run_once_works_after_an_earlier_stop(store: Store, clock: FakeClock,
                                             exchange: FakeExchange) -> None:
    engine = engine_for(store, exchange, clock)
    engine.stop()
    add(store, "case-1")
    assert engine.run_once().delivered == 1


def test_a_listener_that_raises_does_not_stop_the_engine(store: Store, clock: FakeClock,
                                                         exchange: FakeExchange) -> None:
    add(store, "case-1")
    engine = engine_for(store, exchange, clock)

    def boom(_: Message) -> None:
        raise RuntimeError("UI bug")

    engine.on_message_changed.connect(boom)
    assert engine.run_once().delivered == 1


# ---------------------------------------------------------------- crash and connectivity


def test_crash_while_sending_recovers_with_the_same_ids(tmp_path: Path, clock: FakeClock,
                                                        exchange: FakeExchange) -> None:
    key = os.urandom(32)
    path = tmp_path / "desk.db"
    store = Store.create(path, key, MIGRATIONS)
    prepare(store)
    msg = add(store, "case-1")
    exchange.script["case-1"] = ["crash"]
    with pytest.raises(Crash):
        engine_for(store, exchange, clock).run_once()
    store.close()
    store = Store.open(path, key, MIGRATIONS)
    try:
        assert outbox.get(store.conn(), msg.id).state is State.SENDING
        engine_for(store, exchange, clock).run_once()
        assert outbox.get(store.conn(), msg.id).state is State.SENT
        assert [dup for _, dup in exchange.ledger] == [False, True]
    finally:
        store.close()


def test_connectivity_follows_real_outcomes(store: Store, clock: FakeClock,
                                            exchange: FakeExchange) -> None:
    add(store, "case-1")
    states: list[ConnectivityState] = []
    engine = engine_for(store, exchange, clock)
    engine.on_connectivity_changed.connect(states.append)
    exchange.script["case-1"] = ["down"]
    engine.send_due()
    assert engine.connectivity.state is ConnectivityState.OFFLINE
    assert "offline" in engine.why_waiting(engine.outbox.messages()[0])
    assert engine.connectivity.last_success_at is None
    clock.advance(60)
    engine.send_due()
    assert states == [ConnectivityState.OFFLINE, ConnectivityState.ONLINE]
    assert engine.connectivity.last_success_at == T0 + 60


def test_network_hint_makes_waiting_messages_due_at_once(store: Store, clock: FakeClock,
                                                         exchange: FakeExchange) -> None:
    msg = add(store, "case-1")
    exchange.script["case-1"] = ["down"]
    engine = engine_for(store, exchange, clock, **LONG_BACKOFF)
    engine.run_once()
    assert engine.run_once().delivered == 0
    engine.hint_network_changed()
    assert engine.run_once().delivered == 1
    assert engine.outbox.get(msg.id).state is State.SENT


def test_network_hint_does_not_cut_a_wait_the_server_asked_for(
        store: Store, clock: FakeClock, exchange: FakeExchange) -> None:
    add(store, "case-1")
    exchange.script["case-1"] = [SendResult.retryable("busy", http_status=429, retry_after=300)]
    engine = engine_for(store, exchange, clock)
    engine.run_once()
    engine.hint_network_changed()
    assert engine.run_once().delivered == 0
    clock.advance(300)
    assert engine.run_once().delivered == 1


def test_leaving_offline_makes_every_waiting_message_due(store: Store, clock: FakeClock,
                                                         exchange: FakeExchange) -> None:
    add(store, "case-a")
    add(store, "case-b", payer="tpa-b")
    exchange.script = {"case-a": ["down"], "case-b": ["down"]}
    engine = engine_for(store, exchange, clock, **LONG_BACKOFF)
    engine.send_due()
    assert engine.connectivity.state is ConnectivityState.OFFLINE
    assert engine.send_due().delivered == 0
    engine.connectivity.record_success(relay_endpoint("tpa-a"))  # a real answer: network back
    assert engine.send_due().delivered == 2


def test_payer_answering_again_releases_its_waiting_messages(store: Store, clock: FakeClock,
                                                             exchange: FakeExchange) -> None:
    old = [add(store, f"case-{i}") for i in range(2)]
    for m in old:
        exchange.script[m.case_ref] = ["down"]
    engine = engine_for(store, exchange, clock, **LONG_BACKOFF)
    engine.run_once()
    assert {engine.outbox.get(m.id).state for m in old} == {State.QUEUED}
    add(store, "case-new")  # due now; its success shows the payer is back
    report = engine.run_once()
    assert report.delivered == 3  # the two old ones did not wait out their 3000 s
    assert clock() == T0


# ---------------------------------------------------------------- inbox through the engine


def test_answers_are_applied_once_then_acknowledged(store: Store, clock: FakeClock,
                                                    exchange: FakeExchange) -> None:
    msgs = [add(store, f"case-{i}") for i in range(4)]
    engine = engine_for(store, exchange, clock)
    applied: list[Envelope] = []
    engine.on_inbox_applied.connect(applied.append)
    engine.run_once()
    assert exchange.answer_all() == 4
    report = engine.run_once()
    assert report.applied == 4 and len(applied) == 4
    assert {engine.outbox.get(m.id).state for m in msgs} == {State.DONE}
    assert exchange.acked["tpa-a"] == "000004"
    assert engine.inbox.acked_cursor("tpa-a") == "000004"


def test_an_answer_redelivered_after_a_crash_before_ack_is_applied_once(
        tmp_path: Path, clock: FakeClock, exchange: FakeExchange) -> None:
    key = os.urandom(32)
    path = tmp_path / "desk.db"
    store = Store.create(path, key, MIGRATIONS)
    prepare(store)
    add(store, "case-1")
    engine_for(store, exchange, clock).run_once()
    exchange.answer_all()
    exchange.ack_crash = True
    with pytest.raises(Crash):
        engine_for(store, exchange, clock).run_once()
    store.close()
    exchange.ack_crash = False
    store = Store.open(path, key, MIGRATIONS)
    try:
        report = engine_for(store, exchange, clock).run_once()
        assert report.duplicates == 1 and report.applied == 0
        assert store.query("SELECT count(*) FROM applied_answer")[0][0] == 1
    finally:
        store.close()


def test_an_unmatched_answer_is_dead_lettered_and_reported(store: Store, clock: FakeClock,
                                                           exchange: FakeExchange) -> None:
    exchange.relay["tpa-a"] = [Envelope(payer="tpa-a", cursor="000001", raw=b"???",
                                        correlation_id="nobody")]
    engine = engine_for(store, exchange, clock, payers=lambda: ["tpa-a"])
    letters = []
    engine.on_dead_letter.connect(letters.append)
    report = engine.run_once()
    assert report.dead_letters == 1 and len(letters) == 1
    assert exchange.acked["tpa-a"] == "000001"  # never blocks the inbox


def test_unreachable_relay_is_reported_not_raised(store: Store, clock: FakeClock,
                                                  exchange: FakeExchange) -> None:
    exchange.pull_failure = SendResult.retryable("connection refused", network=True)
    engine = engine_for(store, exchange, clock, payers=lambda: ["tpa-a"])
    report = engine.run_once()
    assert report.pull_errors == {"tpa-a": "connection refused"}
    assert engine.connectivity.state is ConnectivityState.OFFLINE


# ---------------------------------------------------------------- the background thread


def test_background_thread_sends_when_woken_and_stops_cleanly(store: Store,
                                                             exchange: FakeExchange) -> None:
    engine = SyncEngine(store, exchange, apply_answer, max_parallel=2, pull_interval=3600)
    sent = threading.Event()
    engine.on_message_changed.connect(lambda m: sent.set() if m.state is State.SENT else None)
    engine.start()
    try:
        with store.transaction() as conn:
            outbox.enqueue(conn, case_ref="case-1", leg="preauth", payer="tpa-a")
        engine.wake()
        assert sent.wait(DEADLINE)
    finally:
        engine.stop()
    assert not engine.running
    assert not any(t.name.startswith("tpadesk-") for t in threading.enumerate())


def test_run_forever_returns_at_its_deadline(store: Store, exchange: FakeExchange) -> None:
    engine = SyncEngine(store, exchange, apply_answer, pull_interval=3600)
    with store.transaction() as conn:  # the real clock here
        outbox.enqueue(conn, case_ref="case-1", leg="preauth", payer="tpa-a")
    try:
        engine.run_forever(until=time.monotonic() + 0.3, idle_wait=0.1)
    finally:
        engine.stop()
    assert engine.outbox.counts()[State.SENT] == 1


def test_connectivity_is_degraded_when_one_payer_fails_and_another_answers() -> None:
    conn = Connectivity(clock=FakeClock())
    heard: list[ConnectivityState] = []
    conn.on_change.append(heard.append)
    assert conn.state is ConnectivityState.UNKNOWN
    conn.record_failure("tpa-a", network=True)
    conn.record_success("tpa-b")
    conn.record_failure("tpa-b", network=False)
    conn.record_success("tpa-a")
    conn.record_success("tpa-b")
    assert heard == [ConnectivityState.OFFLINE, ConnectivityState.DEGRADED,
                     ConnectivityState.ONLINE]
    health = conn.health("tpa-b")
    assert health is not None and health.consecutive_failures == 0


def test_connectivity_announces_recovery_only_after_a_failure() -> None:
    conn = Connectivity(clock=FakeClock())
    recovered: list[str] = []
    conn.on_payer_recovered.append(recovered.append)
    conn.record_success("tpa-a")
    conn.record_failure("tpa-a", network=False)
    conn.record_failure("tpa-a", network=False)
    conn.record_success("tpa-a")
    conn.record_success("tpa-a")
    assert recovered == ["tpa-a"]


def test_synchronous_engine_refuses_to_start(store: Store, exchange: FakeExchange) -> None:
    with pytest.raises(RuntimeError):
        SyncEngine(store, exchange, apply_answer, synchronous=True).start()


def test_outcome_kinds_are_the_four_documented() -> None:
    assert {o.value for o in Outcome} == {"delivered", "retryable", "rejected", "systemic"}


# ---------------------------------------------------------------- state machine


class SyncMachine(RuleBasedStateMachine):
    """Enqueue / send with random outcomes / answer+ack / crash / restart, checking after every
    step that nothing is lost, nothing is accepted twice under different ids, states are legal,
    each case's legs reach the exchange in order, and each answer is applied once."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="tpadesk-sm-"))
        self.path = self.dir / "desk.db"
        self.key = os.urandom(32)
        self.store = make_store(self.path, self.key)
        self.clock = FakeClock()
        self.exchange = FakeExchange()
        self.engine = engine_for(self.store, self.exchange, self.clock, max_parallel=2)
        self.ids: dict[str, tuple[str, int]] = {}

    def reopen(self) -> None:
        self.store = Store.open(self.path, self.key, MIGRATIONS)
        self.engine = engine_for(self.store, self.exchange, self.clock, max_parallel=2)

    @rule(case=st.sampled_from(["c1", "c2", "c3"]), payer=st.sampled_from(["p1", "p2"]))
    def enqueue(self, case: str, payer: str) -> None:
        with self.store.transaction() as conn:
            msg = outbox.enqueue(conn, case_ref=case, leg="leg", payer=payer, now=self.clock())
        self.ids[msg.id] = (case, msg.seq)

    @rule(steps=st.lists(st.sampled_from(["ok", "drop", "down", "reject", "systemic", "crash",
                                          "crash-before"]), max_size=6))
    def send(self, steps: list[str]) -> None:
        self.exchange.default = list(steps)
        try:
            self.engine.run_once()
        except Crash:
            self.crash()
        self.exchange.default = []

    @rule(crash_before_ack=st.booleans())
    def answer_and_pull(self, crash_before_ack: bool) -> None:
        self.exchange.answer_all()
        self.exchange.ack_crash = crash_before_ack
        try:
            self.engine.pull_all()
        except Crash:
            self.crash()
        finally:
            self.exchange.ack_crash = False

    @rule(seconds=st.sampled_from([1.0, 30.0, 120.0]))
    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @rule()
    def operator_fixes(self) -> None:
        for payer in self.engine.outbox.paused_payers():
            self.engine.resume_payer(payer)
        for msg in self.engine.outbox.messages(states=[State.NEEDS_ATTENTION]):
            self.engine.resubmit(msg.id)

    @rule()
    def crash(self) -> None:
        self.store.close()  # no clean shutdown: whatever was not committed is gone
        self.reopen()

    @precondition(lambda self: True)
    @rule()
    def restart(self) -> None:
        self.engine.stop()
        self.store.close()
        self.reopen()

    # ------------------------------------------------------------ invariants

    @invariant()
    def nothing_lost_and_states_legal(self) -> None:
        rows = self.store.query("SELECT id, state FROM outbox_message")
        assert {r[0] for r in rows} == set(self.ids)
        assert {r[1] for r in rows} <= {s.value for s in State}

    @invariant()
    def accepted_once_under_one_id(self) -> None:
        firsts: dict[str, list[str]] = {}
        for what, dup in self.exchange.ledger:
            if not dup:
                firsts.setdefault(what.message_id, []).append(what.api_call_id)
        assert all(len(v) == 1 for v in firsts.values()), firsts
        for msg in self.engine.outbox.messages(states=[State.SENT, State.DONE]):
            assert firsts.get(msg.id) == [msg.api_call_id]

    @invariant()
    def per_case_order(self) -> None:
        for case in ("c1", "c2", "c3"):
            order = self.exchange.first_acceptance_order(case)
            assert order == sorted(order)

    @invariant()
    def answers_applied_once(self) -> None:
        rows = self.store.query("SELECT key, count(*) FROM applied_answer GROUP BY key")
        assert all(n == 1 for _, n in rows)
        done = {m.id for m in self.engine.outbox.messages(states=[State.DONE])}
        applied = {r[0] for r in self.store.query("SELECT message FROM applied_answer")}
        assert done == applied

    def teardown(self) -> None:
        try:
            # Liveness: once the trouble ends, everything goes out and is answered exactly once.
            for _ in range(4):
                self.operator_fixes()
                self.clock.advance(3600)
                self.engine.run_once()
                self.exchange.answer_all()
                self.engine.run_once()
            states = {m.state for m in self.engine.outbox.messages()}
            assert states <= {State.DONE}, states
            self.accepted_once_under_one_id()
            self.answers_applied_once()
        finally:
            self.engine.stop()
            self.store.close()
            shutil.rmtree(self.dir, ignore_errors=True)


class TestSyncMachineQuick(SyncMachine.TestCase):  # type: ignore[name-defined,misc]
    """A short run on every test invocation."""

    settings = settings(max_examples=12, stateful_step_count=15, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.slow
class TestSyncMachineThorough(SyncMachine.TestCase):  # type: ignore[name-defined,misc]
    """Many more and longer runs (about half a minute)."""

    settings = settings(max_examples=60, stateful_step_count=30, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------- when the inboxes are pulled


@dataclass
class RecordingExchange(FakeExchange):
    """The fake exchange, noting each pull and send in order (for the background thread)."""

    events: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def _note(self, what: str) -> None:
        with self.changed:
            self.events.append(what)
            self.changed.notify_all()

    def pull_inbox(self, payer: str, cursor: str | None) -> Sequence[Envelope]:
        self._note("pull")
        return super().pull_inbox(payer, cursor)

    def send(self, msg: Message) -> SendResult:
        result = super().send(msg)
        self._note("send")
        return result

    def wait_for(self, done: Callable[[list[str]], bool], timeout: float = DEADLINE) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: done(self.events), timeout=timeout)


def background(store: Store, exchange: RecordingExchange, pull_interval: float,
               awaiting_pull_interval: float = 10.0) -> SyncEngine:
    engine = SyncEngine(store, exchange, apply_answer, pull_interval=pull_interval,
                        awaiting_pull_interval=awaiting_pull_interval,
                        payers=lambda: ["tpa-a"])
    engine.start()
    return engine


def test_the_inbox_is_pulled_after_every_send(store: Store) -> None:
    exchange = RecordingExchange()
    engine = background(store, exchange, pull_interval=3600)
    try:
        assert exchange.wait_for(lambda ev: ev == ["pull"])  # at start
        for n in (1, 2):
            with store.transaction() as conn:
                outbox.enqueue(conn, case_ref=f"case-{n}", leg="preauth", payer="tpa-a")
            engine.wake()
            assert exchange.wait_for(lambda ev, n=n: ev.count("send") == n
                                     and ev[-1] == "pull"), exchange.events
    finally:
        engine.stop()
    assert exchange.events == ["pull", "send", "pull", "send", "pull"]


def test_the_inbox_is_pulled_on_the_configured_interval(store: Store) -> None:
    exchange = RecordingExchange()
    engine = background(store, exchange, pull_interval=0.2)
    started = time.monotonic()
    try:
        assert exchange.wait_for(lambda ev: ev.count("pull") >= 4), exchange.events
    finally:
        engine.stop()
    assert time.monotonic() - started >= 0.6  # three intervals between four pulls
    assert "send" not in exchange.events


def test_the_inbox_is_pulled_at_once_when_connectivity_returns(store: Store) -> None:
    exchange = RecordingExchange(
        pull_failure=SendResult.retryable("connection refused", network=True))
    engine = background(store, exchange, pull_interval=3600)
    try:
        assert exchange.wait_for(lambda ev: ev == ["pull"])
        engine.connectivity.record_failure("tpa-a", network=True)
        assert engine.connectivity.state is ConnectivityState.OFFLINE
        exchange.pull_failure = None
        engine.connectivity.record_success("tpa-a")  # e.g. a request got through again
        assert exchange.wait_for(lambda ev: ev.count("pull") == 2), exchange.events
    finally:
        engine.stop()
    assert engine.last_pull_error == {}


def test_the_inbox_is_pulled_sooner_while_an_answer_is_awaited(store: Store) -> None:
    """A delivered message waits for the payer's decision (due within the hour): the engine
    looks for it every few seconds, not at the idle interval."""
    exchange = RecordingExchange()
    with store.transaction() as conn:
        outbox.enqueue(conn, case_ref="C-1", leg="preauth", payer="tpa-a")
    engine = background(store, exchange, pull_interval=3600, awaiting_pull_interval=0.2)
    try:
        # the send, the pull after it, then pulls on the short interval while it is awaited
        assert exchange.wait_for(lambda ev: ev.count("pull") >= 4), exchange.events
        assert exchange.events.count("send") == 1
    finally:
        engine.stop()


def test_an_idle_desk_pulls_at_the_idle_interval(store: Store) -> None:
    exchange = RecordingExchange()
    engine = background(store, exchange, pull_interval=3600, awaiting_pull_interval=0.05)
    try:
        assert exchange.wait_for(lambda ev: ev == ["pull"])  # the first pass
        assert not exchange.wait_for(lambda ev: ev.count("pull") > 1, timeout=0.5), \
            exchange.events  # nothing awaited: no pull for an hour
    finally:
        engine.stop()
