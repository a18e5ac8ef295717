"""The sync engine: sends the outbox and pulls the inboxes, through outages, effectively once.

It runs on its own thread (never the GUI thread) and talks to the exchange only through a
:class:`Transport`, which the app's HCX connector implements::

    class HcxTransport:                                   # in app/, not here
        def send(self, message: Message) -> SendResult:   # build + seal the bundle NOW, post it,
            ...                                           # map the answer with http_classify
        def pull_inbox(self, payer: str, cursor: str | None) -> Sequence[Envelope]: ...
        def ack(self, payer: str, cursor: str) -> None: ...

    engine = SyncEngine(store, HcxTransport(...), apply=apply_answer)   # apply(conn, envelope)
    engine.on_alert.connect(show_banner)                  # plain callables; the UI bridge turns
    engine.on_message_changed.connect(refresh_row)        # them into Qt signals
    engine.start()                                        # background thread ...
    engine.wake()                                         # ... e.g. right after a submit
    engine.stop()

    SyncEngine(store, transport, apply=..., synchronous=True).run_once()   # CLI --once, tests

``run_once()`` is one pass: pull every inbox, send everything that is due (including later legs
that become due as earlier ones are delivered), pull again. ``run_forever(until=...)`` loops on the
calling thread (the CLI without ``--once``); ``start()`` runs that loop on a daemon thread.

Rules it keeps:

- **Ids first**: the outbox persisted the ids at enqueue; ``transport.send`` receives them in the
  :class:`~offline.outbox.Message` and must put them in the envelope unchanged.
- **Order per case, parallel across cases**: a case's later leg waits until its earlier legs are
  delivered; up to ``max_parallel`` (default 4) cases are in flight at once. One message (a small
  row, no documents) is handed to the transport at a time per worker, so memory is bounded by the
  bundles in flight, not by the size of the queue.
- **Outcomes** (:class:`SendResult`, usually built by :mod:`offline.http_classify`):
  ``delivered`` -> ``sent`` (or ``done`` when no answer is expected); ``retryable`` -> queued again
  with the same ids after a full-jitter backoff or the server's ``Retry-After``; ``rejected`` ->
  ``needs_attention`` with the server's own words; ``systemic`` -> the payer's queue is paused and
  ONE :class:`Alert` is raised, the other messages are untouched. A transport that raises while
  preparing a message (a missing document, a bundle too large) poisons only that message: it goes
  to ``needs_attention`` with the error in plain words.
- **Crash safety**: a message left ``sending`` by a crash is put back to ``queued`` with the same
  ids when the engine starts (:meth:`~offline.outbox.Outbox.recover`). One engine per store.
- **Connectivity**: every real outcome feeds :class:`~offline.connectivity.Connectivity`; when a
  payer answers again after failures its waiting messages are tried at once;
  :meth:`hint_network_changed` (from the OS) makes everything due at once.

Events (:class:`Event`, call ``.connect(fn)``): ``on_message_changed(Message)``,
``on_alert(Alert)``, ``on_connectivity_changed(ConnectivityState)``,
``on_inbox_applied(Envelope)``, ``on_dead_letter(InboxItem)``. They fire on engine threads;
a listener that raises is logged and ignored.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from offline.connectivity import Connectivity, ConnectivityState
from offline.errors import DeskError
from offline.inbox import ApplyFn, Envelope, Inbox, InboxItem
from offline.outbox import Hints, Message, Outbox, State, iso
from offline.retry import Backoff, Clock, Rng

if TYPE_CHECKING:
    from offline.store import Store

log = logging.getLogger(__name__)


def log_bug(what: str, exc: BaseException, *args: object) -> None:
    """Log an unexpected exception by type and code location only: its message could quote
    patient data, so it is never written to the log (it is kept in the encrypted store when it
    matters, e.g. as a message's ``last_error``)."""
    frames = traceback.extract_tb(exc.__traceback__)[-6:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    log.error(what + " (%s at %s)", *args, type(exc).__name__, where)

T = TypeVar("T")


# ---------------------------------------------------------------------------- outcomes


class Outcome(StrEnum):
    """How one attempt ended, as far as the desk must act on it."""

    DELIVERED = "delivered"
    RETRYABLE = "retryable"
    REJECTED = "rejected"
    SYSTEMIC = "systemic"


@dataclass(frozen=True)
class SendResult:
    """The outcome of one attempt (or one inbox request).

    ``server_message`` is the server's own words (shown to the clerk verbatim); ``reason`` is our
    plain-language explanation when the server said nothing useful (a timeout, a login page).
    ``retry_after`` is in seconds. ``network`` is True when no HTTP answer came at all (connection
    refused, DNS, timeout): it tells connectivity "offline" from "server trouble". ``duplicate`` is
    True when the server said it already had the message (counted as delivered). ``renew_ids``
    (``"api_call_id"``, and ``"correlation_id"`` unless the message echoes one of the payer's)
    asks for the retry to go with fresh ids: the server definitely refused these ones, keeps
    that refusal, and would only replay it (e.g. ``ERR_INVALID_ENCRYPTION`` after the payer
    rotated its certificate)."""

    kind: Outcome
    http_status: int | None = None
    error_code: str | None = None
    server_message: str | None = None
    reason: str = ""
    retry_after: float | None = None
    receipt: Mapping[str, Any] | None = None
    duplicate: bool = False
    network: bool = False
    renew_ids: tuple[str, ...] = ()

    @classmethod
    def delivered(cls, *, http_status: int | None = 202,
                  receipt: Mapping[str, Any] | None = None, duplicate: bool = False,
                  server_message: str | None = None) -> SendResult:
        return cls(Outcome.DELIVERED, http_status=http_status, receipt=receipt,
                   duplicate=duplicate, server_message=server_message)

    @classmethod
    def retryable(cls, reason: str, *, http_status: int | None = None,
                  retry_after: float | None = None, network: bool = False,
                  error_code: str | None = None, server_message: str | None = None,
                  renew_ids: tuple[str, ...] = ()) -> SendResult:
        return cls(Outcome.RETRYABLE, http_status=http_status, error_code=error_code,
                   server_message=server_message, reason=reason, retry_after=retry_after,
                   network=network, renew_ids=renew_ids)

    @classmethod
    def rejected(cls, reason: str, *, http_status: int | None = None,
                 error_code: str | None = None, server_message: str | None = None
                 ) -> SendResult:
        return cls(Outcome.REJECTED, http_status=http_status, error_code=error_code,
                   server_message=server_message, reason=reason)

    @classmethod
    def systemic(cls, reason: str, *, http_status: int | None = None,
                 error_code: str | None = None, server_message: str | None = None,
                 network: bool = False) -> SendResult:
        return cls(Outcome.SYSTEMIC, http_status=http_status, error_code=error_code,
                   server_message=server_message, reason=reason, network=network)

    def describe(self) -> str:
        """What to store as ``last_error``: the server's words when it gave any, else ours."""
        return self.server_message or self.reason or self.kind.value


class TransportFailure(Exception):
    """Raised by ``pull_inbox``/``ack`` (or ``send``) when the request failed; carries the
    classified result so the engine can judge connectivity."""

    def __init__(self, result: SendResult) -> None:
        super().__init__(result.describe())
        self.result = result


class Transport(Protocol):
    """What the engine needs from the exchange connector (implemented in app/)."""

    def send(self, message: Message) -> SendResult:
        """Build the bundle for ``message`` from the stored case, seal it with a fresh timestamp
        and the message's persisted ids, post it, and classify the answer. Network errors are
        returned as results (or raised as :class:`TransportFailure`), not left to escape."""
        ...

    def pull_inbox(self, payer: str, cursor: str | None) -> Sequence[Envelope]:
        """Envelopes after ``cursor`` (None: from the start), in cursor order; empty when none.
        Raise :class:`TransportFailure` when the relay cannot be reached."""
        ...

    def ack(self, payer: str, cursor: str) -> None:
        """Tell the relay everything up to ``cursor`` is safely applied."""
        ...


@dataclass(frozen=True)
class Alert:
    """One problem that stops a payer's whole queue, in plain words, raised once per pause."""

    payer: str
    message: str
    http_status: int | None
    error_code: str | None
    at: str


@dataclass
class PassReport:
    """Counts of what one pass did (for the CLI and tests)."""

    delivered: int = 0
    retried: int = 0
    rejected: int = 0
    paused: int = 0
    applied: int = 0
    duplicates: int = 0
    dead_letters: int = 0
    pull_errors: dict[str, str] = field(default_factory=dict)

    def add(self, other: PassReport) -> None:
        self.delivered += other.delivered
        self.retried += other.retried
        self.rejected += other.rejected
        self.paused += other.paused
        self.applied += other.applied
        self.duplicates += other.duplicates
        self.dead_letters += other.dead_letters
        self.pull_errors.update(other.pull_errors)


RELAY_PREFIX = "relay:"


def relay_endpoint(payer: str) -> str:
    """The name under which a payer's relay inbox is tracked by connectivity (it is another
    server than the exchange the messages go to)."""
    return RELAY_PREFIX + payer


class Event(Generic[T]):
    """A tiny Qt-free signal: ``connect(fn)``, ``emit(value)``. Listener errors are logged."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._fns: list[Callable[[T], None]] = []
        self._lock = threading.Lock()

    def connect(self, fn: Callable[[T], None]) -> None:
        with self._lock:
            self._fns.append(fn)

    def disconnect(self, fn: Callable[[T], None]) -> None:
        with self._lock:
            self._fns.remove(fn)

    def emit(self, value: T) -> None:
        with self._lock:
            fns = list(self._fns)
        for fn in fns:
            try:
                fn(value)
            except Exception as exc:
                log_bug("a listener of %s failed", exc, self.name)


# ---------------------------------------------------------------------------- the engine


class SyncEngine:
    """Sends due outbox messages and applies inbox answers; see the module docstring."""

    def __init__(self, store: Store, transport: Transport, apply: ApplyFn, *,
                 max_parallel: int = 4, backoff: Backoff | None = None,
                 clock: Clock = time.time, rng: Rng = random.random,
                 connectivity: Connectivity | None = None, pull_interval: float = 60.0,
                 awaiting_pull_interval: float = 10.0,
                 payers: Callable[[], Iterable[str]] | None = None,
                 synchronous: bool = False, max_pages: int = 100,
                 prepare: Callable[[], None] | None = None,
                 format_time: Callable[[str], str] | None = None) -> None:
        """``prepare`` (optional) runs at the start of every pass, on the engine's thread: the
        app uses it to finish a registration that failed while the exchange was unreachable. An
        exception from it is logged and the pass goes on. ``format_time`` writes the times in
        :meth:`why_waiting` (default: this computer's local time, ``03-12-2026 14:05``).
        ``pull_interval`` is the time between inbox pulls when nothing else triggers one;
        while a delivered message still awaits its answer the engine pulls every
        ``awaiting_pull_interval`` seconds instead (if that is shorter): a decision due within
        the hour should reach the clerk within seconds, an idle desk need not ask often."""
        if max_parallel < 1:
            raise ValueError("max_parallel must be at least 1")
        self.store = store
        self.transport = transport
        self.apply = apply
        self.max_parallel = max_parallel
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.rng = rng
        self.pull_interval = pull_interval
        self.awaiting_pull_interval = awaiting_pull_interval
        self.synchronous = synchronous
        self.max_pages = max_pages
        self._payers = payers
        self._prepare = prepare
        self.outbox = Outbox(store, clock=clock)
        if format_time is not None:
            self.outbox.format_time = format_time
        self.inbox = Inbox(store, clock=clock)
        self.connectivity = connectivity or Connectivity(clock)

        self.on_message_changed: Event[Message] = Event("message_changed")
        self.on_alert: Event[Alert] = Event("alert")
        self.on_connectivity_changed: Event[ConnectivityState] = Event("connectivity_changed")
        self.on_inbox_applied: Event[Envelope] = Event("inbox_applied")
        self.on_dead_letter: Event[InboxItem] = Event("dead_letter")

        self.outbox.add_listener(self.on_message_changed.emit)
        self.connectivity.on_change.append(self._connectivity_changed)
        self.connectivity.on_payer_recovered.append(self._payer_recovered)
        self.connectivity.on_hint.append(self._network_hint)

        self.last_pull_error: dict[str, str] = {}
        self._last_state = self.connectivity.state
        self._recovered = False
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._pull_now = threading.Event()
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._pass_lock = threading.Lock()

    # ------------------------------------------------------------------ one pass

    def run_once(self) -> PassReport:
        """One pass: pull every inbox, send all that is due, pull again. Never raises for network
        trouble (the work stays queued and ``why_waiting`` says why)."""
        if not self.running:
            self._stop.clear()  # an earlier stop() ended an earlier run, not this one
        with self._pass_lock:
            self._recover_once()
            self._run_prepare()
            report = self.pull_all()
            report.add(self.send_due())
            report.add(self.pull_all())
            return report

    def send_due(self) -> PassReport:
        """Send every due message, per case in order, up to ``max_parallel`` cases at once, until
        nothing more is due (a delivered leg may make the next leg of its case due)."""
        self._recover_once()
        report = PassReport()
        if self.synchronous:
            while not self._stop.is_set():
                batch = self.outbox.claim_due(self.max_parallel)
                if not batch:
                    break
                for msg in batch:
                    self._count(report, self._send_one(msg))
            return report
        pool = self._executor()
        inflight: dict[Future[SendResult | None], Message] = {}
        finished: list[tuple[Message, SendResult | None]] = []
        while True:
            # One transaction records what finished and claims what is next: one disk sync
            # per round instead of two per message.
            claimed: list[Message] = []
            with self.outbox.batch():
                for msg, result in finished:
                    self._count(report, self._finish(msg, result))
                finished = []
                free = self.max_parallel - len(inflight)
                if free > 0 and not self._stop.is_set():
                    busy = {m.case_ref for m in inflight.values()}
                    claimed = self.outbox.claim_due(free, exclude_cases=busy)
            for msg in claimed:
                inflight[pool.submit(self._attempt, msg)] = msg
            if not inflight:
                break
            done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
            for fut in done:
                finished.append((inflight.pop(fut), fut.result()))
        return report

    def pull_all(self) -> PassReport:
        """Pull and apply every payer's inbox (skipping payers paused after a systemic failure)."""
        report = PassReport()
        system_paused = {p for p, pause in self.outbox.paused_payers().items()
                         if pause.paused_by == "system"}
        for payer in self._payer_list():
            if payer in system_paused or self._stop.is_set():
                continue
            report.add(self.pull(payer))
        return report

    def pull(self, payer: str) -> PassReport:
        """Pull one payer's inbox page by page, apply, then acknowledge the cursor."""
        report = PassReport()
        for _ in range(self.max_pages):
            try:
                envelopes = list(self.transport.pull_inbox(payer, self.inbox.cursor(payer)))
            except TransportFailure as exc:
                self._pull_failed(payer, exc.result, report)
                return report
            except DeskError as exc:
                # the payer cannot be pulled as configured (no profile, no relay URL): a problem
                # to show, not a bug to log on every pass
                self._pull_failed(payer, SendResult.rejected(
                    f"The inbox of {payer} cannot be read: {exc}"), report)
                return report
            except Exception as exc:
                log_bug("an inbox pull failed unexpectedly", exc)
                self._pull_failed(payer, SendResult.retryable(
                    f"the inbox could not be read ({type(exc).__name__})"), report)
                return report
            self.connectivity.record_success(relay_endpoint(payer))
            if not envelopes:
                break
            batch = self.inbox.apply_batch(payer, envelopes, self.apply,
                                           on_applied=self.on_inbox_applied.emit)
            report.applied += len(batch.applied)
            report.duplicates += len(batch.duplicates)
            report.dead_letters += len(batch.dead_letters)
            for item in batch.dead_letters:
                self.on_dead_letter.emit(item)
            if batch.last_cursor is None:
                break
            try:
                self.transport.ack(payer, batch.last_cursor)
            except TransportFailure as exc:
                # Applied and kept locally; the relay will resend and dedup will skip them.
                self._pull_failed(payer, exc.result, report)
                return report
            self.inbox.mark_acked(payer, batch.last_cursor)
        self.last_pull_error.pop(payer, None)
        return report

    # ------------------------------------------------------------------ background loop

    def start(self) -> None:
        """Run the sync loop on a daemon thread until :meth:`stop`."""
        if self.synchronous:
            raise RuntimeError("a synchronous engine has no thread; call run_once()")
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self.run_forever, name="tpadesk-sync",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the loop: no new sends start; those in flight finish (bounded by the transport's
        timeouts). Safe to call twice."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._thread = None
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)

    close = stop

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        """Look at the outbox now (e.g. right after a submit)."""
        self._wake.set()

    def request_pull(self) -> None:
        """Pull the inboxes on the next loop turn."""
        self._pull_now.set()
        self._wake.set()

    def run_forever(self, until: float | None = None, idle_wait: float = 30.0) -> None:
        """Sync until :meth:`stop` or until ``time.monotonic()`` reaches ``until``: pull on the
        interval and after sends, send when due, sleep on an event in between."""
        next_pull = time.monotonic()
        while not self._stop.is_set():
            if until is not None and time.monotonic() >= until:
                break
            try:
                with self._pass_lock:
                    self._recover_once()
                    self._run_prepare()
                    pulled = False
                    if time.monotonic() >= next_pull or self._pull_now.is_set():
                        self._pull_now.clear()
                        self.pull_all()
                        pulled = True
                    sent = self.send_due()
                    if sent.delivered:
                        self.pull_all()
                        pulled = True
                    if pulled:
                        next_pull = time.monotonic() + self._pull_gap()
            except Exception as exc:
                log_bug("a sync pass failed; trying again shortly", exc)
            timeout = idle_wait
            due = self._next_due()
            if due is not None:
                timeout = min(timeout, due - self.clock())
            timeout = min(timeout, next_pull - time.monotonic())
            if until is not None:
                timeout = min(timeout, until - time.monotonic())
            self._wake.wait(max(0.05, timeout))
            self._wake.clear()

    def _pull_gap(self) -> float:
        """Seconds to the next pull of our own: shorter while an answer is awaited."""
        if self.awaiting_pull_interval < self.pull_interval and \
                self.outbox.counts()[State.SENT]:
            return self.awaiting_pull_interval
        return self.pull_interval

    # ------------------------------------------------------------------ operator controls

    def retry_now(self, message_id: str) -> Message:
        msg = self.outbox.retry_now(message_id)
        self.wake()
        return msg

    def pause_payer(self, payer: str, reason: str = "paused by the operator") -> bool:
        return self.outbox.pause_payer(payer, reason)

    def resume_payer(self, payer: str) -> int:
        n = self.outbox.resume_payer(payer)
        self.wake()
        return n

    def resubmit(self, message_id: str, **kwargs: Any) -> Message:
        msg = self.outbox.resubmit(message_id, **kwargs)
        self.wake()
        return msg

    def why_waiting(self, message: Message | str, hints: Hints | None = None) -> str:
        text = self.outbox.why_waiting(message, hints)
        if self.connectivity.state is ConnectivityState.OFFLINE:
            msg = self.outbox.get(message if isinstance(message, str) else message.id)
            if msg.state is State.QUEUED:
                text += (" The desk seems to be offline; it will send as soon as the network"
                         " is back.")
        return text

    def hint_network_changed(self) -> None:
        """The OS reported a network change: try waiting messages at once."""
        self.connectivity.hint_network_changed()

    # ------------------------------------------------------------------ internals

    def _send_one(self, msg: Message) -> Outcome | None:
        """Send one claimed message and record the outcome. Returns what happened."""
        return self._finish(msg, self._attempt(msg))

    def _attempt(self, msg: Message) -> SendResult | None:
        """Hand one claimed message to the transport (on a worker thread in parallel mode).
        None when it was not attempted because its payer was paused meanwhile."""
        try:
            if self.outbox.is_paused(msg.payer):
                # A systemic failure (or the operator) paused the payer after this was claimed.
                self.outbox.release(msg.id)
                return None
            return self.transport.send(msg)
        except TransportFailure as exc:
            return exc.result
        except DeskError as exc:
            return SendResult.rejected(f"The message could not be prepared: {exc}")
        except Exception as exc:
            log_bug("the transport failed to prepare message %s", exc, msg.id)
            return SendResult.rejected(
                f"The message could not be prepared ({type(exc).__name__}: {exc}). "
                "This is probably a bug; report it with the message id.")

    def _finish(self, msg: Message, result: SendResult | None) -> Outcome | None:
        """Record an attempt's outcome; a failure to record is logged, not raised (the message
        stays ``sending`` and is recovered with the same ids at the next start)."""
        if result is None:
            return None
        try:
            self._record(msg, result)
        except Exception as exc:
            log_bug("could not record the outcome of message %s", exc, msg.id)
            return None
        return result.kind

    def _record(self, msg: Message, result: SendResult) -> None:
        if result.kind is Outcome.DELIVERED:
            self.outbox.record_delivered(msg.id, http_status=result.http_status,
                                         receipt=result.receipt)
            self.connectivity.record_success(msg.payer)
            log.info("message %s delivered%s", msg.id, " (duplicate)" if result.duplicate else "")
        elif result.kind is Outcome.RETRYABLE:
            delay = self.backoff.next_delay(msg.attempts + 1, result.retry_after, self.rng)
            self.outbox.record_retry(msg.id, delay=delay, http_status=result.http_status,
                                     error=result.describe(), code=result.error_code,
                                     server_asked=result.retry_after is not None,
                                     renew=result.renew_ids)
            self.connectivity.record_failure(msg.payer, network=result.network)
            log.info("message %s will be retried in %.1f s (status %s)", msg.id, delay,
                     result.http_status)
        elif result.kind is Outcome.REJECTED:
            self.outbox.record_rejected(msg.id, error=result.describe(),
                                        http_status=result.http_status, code=result.error_code)
            if result.http_status is not None:
                self.connectivity.record_success(msg.payer)
            log.info("message %s refused (status %s, code %s)", msg.id, result.http_status,
                     result.error_code)
        else:
            reason = result.reason or result.describe()
            _, newly = self.outbox.record_systemic(
                msg.id, reason=reason, http_status=result.http_status,
                error=result.describe(), code=result.error_code)
            self.connectivity.record_failure(msg.payer, network=False)
            log.warning("sending to a payer paused after a systemic failure (status %s)",
                        result.http_status)
            if newly:
                text = reason if not result.server_message or result.server_message in reason \
                    else f"{reason} The server said: \u201c{result.server_message}\u201d"
                self.on_alert.emit(Alert(msg.payer, text, result.http_status, result.error_code,
                                         iso(self.clock())))

    def _count(self, report: PassReport, kind: Outcome | None) -> None:
        if kind is Outcome.DELIVERED:
            report.delivered += 1
        elif kind is Outcome.RETRYABLE:
            report.retried += 1
        elif kind is Outcome.REJECTED:
            report.rejected += 1
        elif kind is Outcome.SYSTEMIC:
            report.paused += 1

    def _pull_failed(self, payer: str, result: SendResult, report: PassReport) -> None:
        text = result.describe()
        self.last_pull_error[payer] = text
        report.pull_errors[payer] = text
        if result.kind is Outcome.REJECTED and result.http_status is not None:
            self.connectivity.record_success(relay_endpoint(payer))
        else:
            self.connectivity.record_failure(relay_endpoint(payer), network=result.network)
        log.info("inbox pull failed (status %s)", result.http_status)

    def _payer_list(self) -> list[str]:
        if self._payers is not None:
            return list(dict.fromkeys(self._payers()))
        rows = self.store.conn().execute("SELECT payer FROM inbox_cursor").fetchall()
        return list(dict.fromkeys([*self.outbox.payers(), *(str(r[0]) for r in rows)]))

    def _next_due(self) -> float | None:
        row = self.store.conn().execute(
            "SELECT MIN(m.next_attempt_at) FROM outbox_message m WHERE m.state = 'queued'"
            " AND NOT EXISTS (SELECT 1 FROM outbox_payer p WHERE p.payer = m.payer"
            "                 AND p.paused = 1)"
            " AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.case_ref = m.case_ref"
            "                 AND e.seq < m.seq AND e.state NOT IN ('sent', 'done'))"
        ).fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def _run_prepare(self) -> None:
        if self._prepare is None:
            return
        try:
            self._prepare()
        except Exception as exc:
            log_bug("preparing a sync pass failed; the pass goes on", exc)

    def _recover_once(self) -> None:
        if not self._recovered:
            self._recovered = True
            self.outbox.recover()

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.max_parallel,
                                                thread_name_prefix="tpadesk-send")
            return self._pool

    def _payer_recovered(self, endpoint: str) -> None:
        if endpoint.startswith(RELAY_PREFIX):
            return  # the relay answering says nothing about the exchange's queue
        if self.outbox.make_due(endpoint):
            self.wake()

    def _connectivity_changed(self, state: ConnectivityState) -> None:
        before, self._last_state = self._last_state, state
        if before is ConnectivityState.OFFLINE:
            # The network is back: waiting messages go at once, and answers are fetched.
            self.outbox.make_due()
            self.request_pull()
        self.on_connectivity_changed.emit(state)

    def _network_hint(self) -> None:
        self.outbox.make_due()
        self.request_pull()
