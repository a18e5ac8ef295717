"""A hypothesis state machine over enqueue / send / pull (answer + ack) / crash / restart at the
SERVICE level: the real HCX connector, real JWE, the real sandbox over loopback, the real
``apply_answer`` on real cases.

The engine-level machine in ``test_sync_engine.py`` explores many more interleavings against a
scripted exchange; this one checks that the same promises hold end to end, with faults injected
by the sandbox itself (``error``, ``down``, ``drop-after-commit``) and crashes that leave a
message ``sending`` after the exchange stored it (the process dies between the post and the
record). After every step: nothing queued is lost, the exchange holds at most one non-duplicate
receipt per message (and exactly one for each message the desk counts as delivered), and no leg
has more than one decision. At the end, once the trouble stops, everything is delivered and
decided exactly once.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app import audit
from app.sandbox.server import SandboxServer
from app.service import DeskService
from offline.outbox import DELIVERED_STATES, Message, State
from offline.retry import Backoff
from offline.sync import SendResult
from tests.test_e2e_support import (
    ACTOR,
    FakeClock,
    admit,
    fault,
    make_desk,
    open_desk,
    receipts_by_api_call,
    service,
    wait_for,
)

pytestmark = pytest.mark.slow


class Crash(BaseException):
    """The process dies here (not an Exception: nothing in the engine may catch it)."""


class CrashingTransport:
    """Wraps the real transport; when armed, dies right after the exchange answered a send,
    before the engine records the outcome."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.crash_after_post = False

    def send(self, message: Message) -> SendResult:
        result: SendResult = self.inner.send(message)  # type: ignore[attr-defined]
        if self.crash_after_post:
            self.crash_after_post = False
            raise Crash
        return result

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


class ServiceMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="tpadesk-e2e-sm-"))
        self.sandbox = SandboxServer(self.dir / "sandbox", decision_delay=0.0)
        self.url = self.sandbox.start()
        self.clock = FakeClock()
        make_desk(self.dir / "desk").close()
        self.svc = self._open()
        self.svc.connect()
        self.enqueued: set[str] = set()
        self.cases = 0

    def _open(self) -> DeskService:
        svc = service(open_desk(self.dir / "desk"), sandbox_url=self.url, clock=self.clock,
                      backoff=Backoff(base=1.0, cap=4.0, floor=0.5))
        svc.engine.transport = CrashingTransport(svc.transport)  # type: ignore[assignment]
        return svc

    def _close(self) -> None:
        self.svc.stop()
        self.svc.desk.close()

    # ------------------------------------------------------------ rules

    @rule()
    def enqueue(self) -> None:
        self.cases += 1
        case_id = admit(self.svc, poi_seed=self.cases)
        self.enqueued.add(self.svc.submit(case_id, "preauth", actor=ACTOR).id)

    @rule(trouble=st.sampled_from(["none", "error", "down", "drop-after-commit", "crash"]))
    def send(self, trouble: str) -> None:
        if trouble == "crash":
            self.svc.engine.transport.crash_after_post = True  # type: ignore[attr-defined]
        elif trouble != "none":
            fault(self.url, trouble, count=1)
        try:
            self.svc.engine.send_due()
        except Crash:
            self.crash()
        finally:
            # nothing was due: the armed crash must not go off in a later rule or the teardown
            self.svc.engine.transport.crash_after_post = False  # type: ignore[attr-defined]
        fault(self.url, "none")

    @rule()
    def pull(self) -> None:
        self.svc.engine.pull_all()

    @rule(seconds=st.sampled_from([1.0, 5.0]))
    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @rule()
    def crash(self) -> None:
        """Die without a clean stop: open connections and claimed messages are left behind."""
        self.svc.transport.close()
        self.svc.desk.close()
        self.svc = self._open()

    @rule()
    def restart(self) -> None:
        self._close()
        self.svc = self._open()

    # ------------------------------------------------------------ invariants

    @invariant()
    def nothing_lost(self) -> None:
        assert {m.id for m in self.svc.queue()} == self.enqueued

    @invariant()
    def received_at_most_once_and_delivered_means_received(self) -> None:
        firsts, _ = receipts_by_api_call(self.url)
        assert all(n == 1 for n in firsts.values()), firsts
        messages = self.svc.queue()
        assert set(firsts) <= {m.api_call_id for m in messages}
        for m in messages:
            if m.state in DELIVERED_STATES:
                assert firsts.get(m.api_call_id) == 1, m

    @invariant()
    def each_leg_decided_at_most_once(self) -> None:
        decided = Counter(int(e.details["leg_id"]) for e in audit.entries(self.svc.store)
                          if e.action == "answer.received")
        assert all(n == 1 for n in decided.values()), decided

    def teardown(self) -> None:
        try:
            fault(self.url, "none")

            def settled() -> bool:
                self.clock.advance(5.0)
                self.svc.sync_once()
                return all(m.state is State.DONE for m in self.svc.queue())

            wait_for(settled, timeout=30, what="every message to be delivered and answered")
            self.received_at_most_once_and_delivered_means_received()
            decided = Counter(int(e.details["leg_id"]) for e in audit.entries(self.svc.store)
                              if e.action == "answer.received")
            legs = [m.params["leg_id"] for m in self.svc.queue()]
            assert sorted(decided) == sorted(legs) and set(decided.values()) <= {1}
        finally:
            self._close()
            self.sandbox.stop()
            shutil.rmtree(self.dir, ignore_errors=True)


class TestServiceMachine(ServiceMachine.TestCase):  # type: ignore[name-defined,misc]
    """A few short runs: each step is real HTTP and real crypto (about 15 s in all)."""

    settings = settings(max_examples=4, stateful_step_count=10, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow])
