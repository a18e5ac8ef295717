"""The outbox: every message the desk must send, kept in the encrypted store until it is done.

A row per leg to send (a pre-auth, an enhancement, a query answer ...). The business change that
causes a message and the message itself are written in **one transaction**, so once the UI says
"queued" nothing can lose it::

    with store.transaction() as conn:
        case_id = cases.save(conn, ...)                      # the app's own change
        msg = outbox.enqueue(conn, case_ref=case_id, leg="preauth", payer="training-tpa",
                             workflow_id="12", params={"amount": 50000})
    engine.wake()                                            # optional: send at once

Rows carry no documents: the app's transport builds and seals the bundle from the stored case at
send time (fresh timestamp), so the engine holds one small row per message in flight.

Ids (``api_call_id``, ``correlation_id``) are generated at ``enqueue`` and persisted before the
first attempt. A retry after an ambiguous failure (timeout, dropped connection, 5xx) reuses them,
so a server that did store the first attempt answers "duplicate", which counts as delivered. After
a definite rejection the clerk fixes the case and calls :meth:`Outbox.resubmit`, which retires the
old ids (kept in ``retired_ids``) and issues fresh ones. Nothing is deleted after a failure.

States (:class:`State`)::

    queued ──claim──> sending ──delivered──> sent ──answer applied──> done
      ^  ^               │ ├──retryable──> queued (same ids, later)
      │  │               │ ├──rejected───> needs_attention ──resubmit (fresh ids)──> queued
      │  └─resume─ paused <┘ (systemic failure pauses the payer; operator pause too)
      └────────────── (crash while sending: recover() puts it back to queued, same ids)

``sent`` means the exchange acknowledged it (202) and the payer's answer is awaited; a leg that
expects no answer (``expects_answer=False``) goes straight to ``done``. The app marks a message done
(or needing attention, when the answer is an error) from its inbox ``apply`` callback with
:func:`mark_done` / :func:`mark_needs_attention`, inside the same transaction as the answer.

Per case, messages carry a sequence number; a later leg is not sent before every earlier leg of the
same case is delivered (``sent`` or ``done``).

Times: ``next_attempt_at`` is epoch seconds (float) for cheap "what is due" queries; the other
timestamps are ISO-8601 UTC strings. Every method takes an injectable clock for tests.
``make_due`` (network back, payer answering again) skips the remaining backoff but never cuts
short a wait the server itself asked for with ``Retry-After``; ``retry_now`` (the clerk) does.

Operator controls: :meth:`Outbox.retry_now`, :meth:`Outbox.pause_payer` /
:meth:`Outbox.resume_payer`, :meth:`Outbox.resubmit`, :meth:`Outbox.withdraw`, and
:meth:`Outbox.why_waiting` for a plain-language reason a message has not gone (yet).

Schema: :data:`OUTBOX_MIGRATIONS` (component ``sync``, versions 1..2) creates the outbox, the
paused-payer table and the inbox tables.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from offline.errors import BadInput
from offline.migrations import Migration

if TYPE_CHECKING:
    from sqlite3 import Connection

    from offline.store import Store

Clock = Callable[[], float]


class State(StrEnum):
    """Where a message is in its life."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    NEEDS_ATTENTION = "needs_attention"
    PAUSED = "paused"
    DONE = "done"


DELIVERED_STATES = frozenset({State.SENT, State.DONE})
"""States in which the exchange has the message (later legs of the case may go)."""

_STATES_SQL = ", ".join(f"'{s.value}'" for s in State)

def _add_column_once(conn: Connection, table: str, column: str, decl: str) -> None:
    """ALTER TABLE ... ADD COLUMN unless the column exists (an early development build of
    migration 1 already had it)."""
    names = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}
    if column not in names:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")


OUTBOX_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "sync",
        1,
        "outbox, paused payers, inbox envelopes and cursors",
        f"""
        CREATE TABLE outbox_message (
            id               TEXT PRIMARY KEY,
            case_ref         TEXT NOT NULL,
            seq              INTEGER NOT NULL,
            leg              TEXT NOT NULL,
            payer            TEXT NOT NULL,
            api_call_id      TEXT NOT NULL UNIQUE,
            correlation_id   TEXT NOT NULL,
            workflow_id      TEXT,
            params           TEXT NOT NULL DEFAULT '{{}}',
            expects_answer   INTEGER NOT NULL DEFAULT 1,
            state            TEXT NOT NULL CHECK (state IN ({_STATES_SQL})),
            attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_attempt_at  REAL NOT NULL,
            last_attempt_at  TEXT,
            last_http_status INTEGER,
            last_error_code  TEXT,
            last_error       TEXT,
            retired_ids      TEXT NOT NULL DEFAULT '[]',
            receipt          TEXT,
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL,
            sent_at          TEXT,
            done_at          TEXT,
            UNIQUE (case_ref, seq)
        );
        CREATE INDEX outbox_message_due ON outbox_message(state, next_attempt_at);
        CREATE INDEX outbox_message_payer ON outbox_message(payer, state);
        CREATE INDEX outbox_message_correlation ON outbox_message(correlation_id);
        CREATE TABLE outbox_payer (
            payer      TEXT PRIMARY KEY,
            paused     INTEGER NOT NULL DEFAULT 0,
            paused_by  TEXT,
            reason     TEXT,
            paused_at  TEXT
        );
        CREATE TABLE inbox_envelope (
            id              INTEGER PRIMARY KEY,
            payer           TEXT NOT NULL,
            cursor          TEXT NOT NULL,
            dedup_key       TEXT NOT NULL UNIQUE,
            api_call_id     TEXT,
            correlation_id  TEXT,
            raw             BLOB NOT NULL,
            status          TEXT NOT NULL CHECK (status IN ('applied', 'dead_letter',
                                                            'dismissed')),
            error           TEXT,
            received_at     TEXT NOT NULL,
            applied_at      TEXT,
            note            TEXT
        );
        CREATE INDEX inbox_envelope_status ON inbox_envelope(status);
        CREATE INDEX inbox_envelope_correlation ON inbox_envelope(correlation_id);
        CREATE TABLE inbox_cursor (
            payer         TEXT PRIMARY KEY,
            cursor        TEXT,
            acked_cursor  TEXT,
            updated_at    TEXT NOT NULL
        );
        """,
    ),
    Migration("sync", 2, "outbox: earliest retry the server asked for (Retry-After)",
              lambda conn: _add_column_once(conn, "outbox_message", "not_before", "REAL")),
)


def iso(epoch: float) -> str:
    """An ISO-8601 UTC timestamp for epoch seconds."""
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    """A fresh UUID4 string (the form HCX uses for api_call_id and correlation_id)."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RetiredIds:
    """A pair of ids given up after a definite rejection (kept for the record, never reused)."""

    api_call_id: str
    correlation_id: str
    retired_at: str
    reason: str


@dataclass(frozen=True)
class Message:
    """One outbox row. ``params`` is the app's small JSON-able data for building the bundle.
    ``attempts`` counts finished attempts (those whose outcome was recorded) since the last
    resubmission; an attempt in flight (``sending``) is not counted yet."""

    id: str
    case_ref: str
    seq: int
    leg: str
    payer: str
    api_call_id: str
    correlation_id: str
    workflow_id: str | None
    params: Mapping[str, Any]
    expects_answer: bool
    state: State
    attempts: int
    next_attempt_at: float
    last_attempt_at: str | None
    last_http_status: int | None
    last_error_code: str | None
    last_error: str | None
    retired_ids: tuple[RetiredIds, ...]
    receipt: Mapping[str, Any] | None
    created_at: str
    updated_at: str
    sent_at: str | None
    done_at: str | None

    @property
    def next_attempt_iso(self) -> str:
        return iso(self.next_attempt_at)

    def as_json(self) -> dict[str, Any]:
        """A stable, JSON-ready dict (the basis of ``tpadesk queue --json``)."""
        return {
            "id": self.id,
            "case_id": self.case_ref,
            "seq": self.seq,
            "leg": self.leg,
            "payer": self.payer,
            "state": self.state.value,
            "attempts": self.attempts,
            "next_attempt_at": (self.next_attempt_iso
                                if self.state in (State.QUEUED, State.PAUSED) else None),
            "last_http_status": self.last_http_status,
            "last_error_code": self.last_error_code,
            "last_error": self.last_error,
            "api_call_id": self.api_call_id,
            "correlation_id": self.correlation_id,
            "workflow_id": self.workflow_id,
            "retired_ids": [
                {"api_call_id": r.api_call_id, "correlation_id": r.correlation_id,
                 "retired_at": r.retired_at, "reason": r.reason}
                for r in self.retired_ids
            ],
            "created_at": self.created_at,
            "sent_at": self.sent_at,
            "done_at": self.done_at,
        }


@dataclass(frozen=True)
class PayerPause:
    """A payer whose queue is paused: by the operator, or by the engine after a systemic failure."""

    payer: str
    paused_by: str  # "operator" or "system"
    reason: str
    paused_at: str


_COLUMNS = (
    "id, case_ref, seq, leg, payer, api_call_id, correlation_id, workflow_id, params,"
    " expects_answer, state, attempts, next_attempt_at, last_attempt_at, last_http_status,"
    " last_error_code, last_error, retired_ids, receipt, created_at, updated_at, sent_at, done_at"
)


def _row_to_message(row: Sequence[Any]) -> Message:
    retired = tuple(RetiredIds(**r) for r in json.loads(row[17] or "[]"))
    return Message(
        id=str(row[0]), case_ref=str(row[1]), seq=int(row[2]), leg=str(row[3]),
        payer=str(row[4]), api_call_id=str(row[5]), correlation_id=str(row[6]),
        workflow_id=None if row[7] is None else str(row[7]),
        params=json.loads(row[8] or "{}"), expects_answer=bool(row[9]), state=State(row[10]),
        attempts=int(row[11]), next_attempt_at=float(row[12]),
        last_attempt_at=row[13], last_http_status=None if row[14] is None else int(row[14]),
        last_error_code=row[15], last_error=row[16], retired_ids=retired,
        receipt=None if row[18] is None else json.loads(row[18]),
        created_at=str(row[19]), updated_at=str(row[20]), sent_at=row[21], done_at=row[22],
    )


def get(conn: Connection, message_id: str) -> Message:
    """The message with this id (KeyError when there is none)."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox_message WHERE id = ?",  # noqa: S608
                       (message_id,)).fetchone()
    if row is None:
        raise KeyError(message_id)
    return _row_to_message(row)


def _require_transaction(conn: Connection, what: str) -> None:
    if not conn.in_transaction:
        raise RuntimeError(
            f"{what} must run inside store.transaction() so the change that causes the message "
            "and the message itself commit together"
        )


def _payer_paused(conn: Connection, payer: str) -> bool:
    row = conn.execute("SELECT paused FROM outbox_payer WHERE payer = ?", (payer,)).fetchone()
    return bool(row and row[0])


def enqueue(conn: Connection, *, case_ref: str, leg: str, payer: str,
            workflow_id: str | None = None, correlation_id: str | None = None,
            params: Mapping[str, Any] | None = None, expects_answer: bool = True,
            now: float | None = None) -> Message:
    """Add a message to send, inside the caller's open transaction (``with store.transaction()
    as conn:``), so it commits with the change that caused it. Ids are generated here and persisted
    now, before any attempt. Pass ``correlation_id`` when the leg answers a payer's request (a query
    answer echoes the payer's correlation id); otherwise a fresh one is made. ``params`` is small
    JSON-able data the transport needs to build the bundle (never documents)."""
    _require_transaction(conn, "enqueue")
    for name, value in (("case_ref", case_ref), ("leg", leg), ("payer", payer)):
        if not value or not value.strip():
            raise BadInput(f"The outbox message needs a {name}; none was given.")
    at = time.time() if now is None else now
    stamp = iso(at)
    row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM outbox_message WHERE case_ref = ?",
                       (case_ref,)).fetchone()
    seq = int(row[0]) + 1
    state = State.PAUSED if _payer_paused(conn, payer) else State.QUEUED
    message_id = uuid.uuid4().hex
    conn.execute(
        "INSERT INTO outbox_message (id, case_ref, seq, leg, payer, api_call_id, correlation_id,"
        " workflow_id, params, expects_answer, state, attempts, next_attempt_at, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        (message_id, case_ref, seq, leg, payer, new_id(), correlation_id or new_id(),
         workflow_id, json.dumps(dict(params or {}), sort_keys=True), int(expects_answer),
         state.value, at, stamp, stamp),
    )
    return get(conn, message_id)


def find_by_correlation(conn: Connection, correlation_id: str) -> list[Message]:
    """Messages whose current correlation id is this one (an answer echoes it), oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox_message WHERE correlation_id = ?"  # noqa: S608
        " ORDER BY created_at, seq", (correlation_id,)).fetchall()
    return [_row_to_message(r) for r in rows]


def mark_done(conn: Connection, message_id: str, *, now: float | None = None) -> Message:
    """The payer's answer to this message was applied: call it from the inbox ``apply`` callback,
    in the same transaction. Idempotent."""
    stamp = iso(time.time() if now is None else now)
    conn.execute(
        "UPDATE outbox_message SET state = 'done', done_at = COALESCE(done_at, ?), updated_at = ?"
        " WHERE id = ?", (stamp, stamp, message_id))
    return get(conn, message_id)


def mark_needs_attention(conn: Connection, message_id: str, error: str, *,
                         code: str | None = None, now: float | None = None) -> Message:
    """The payer answered this message with an error (``response.error``): the clerk must act.
    Call it from the inbox ``apply`` callback; ``error`` is the payer's own words."""
    stamp = iso(time.time() if now is None else now)
    conn.execute(
        "UPDATE outbox_message SET state = 'needs_attention', last_error = ?, last_error_code = ?,"
        " updated_at = ? WHERE id = ?", (error, code, stamp, message_id))
    return get(conn, message_id)


def _sentence(text: str) -> str:
    """``text`` ending with a full stop (one, not two)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _said(text: str) -> str:
    """Someone's words in quotes, closing the sentence: “… is down).”"""
    return f"\u201c{_sentence(text)}\u201d"


def local_time(value: str) -> str:
    """An ISO-8601 time as ``03-12-2026 14:05`` in this computer's time zone (the default of
    :attr:`Outbox.format_time`; the app passes India time)."""
    try:
        return datetime.fromisoformat(value).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return value


@dataclass(frozen=True)
class Hints:
    """What the reader of :meth:`Outbox.why_waiting` can do, in the words of the interface that
    shows it (a sentence each, without the final full stop; ``{id}`` is the message id's first
    12 characters, ``{payer}`` the payer). The defaults suit the desk's outbox view; the command
    line names its commands."""

    retry: str = "Use \u201cRetry now\u201d to try at once"
    resubmit: str = "Fix the case and submit it again (it then gets fresh ids)"
    resume: str = "Resume the payer to send it"

    def text(self, template: str, msg: Message) -> str:
        return _sentence(template.format(id=msg.id[:12], payer=msg.payer))


Listener = Callable[[Message], None]


@dataclass
class Outbox:
    """Outbox operations on a store that run in their own transaction (engine and operator side).

    ``on_change`` (if given) is called with the new :class:`Message` after each change this object
    commits; it runs on the calling thread and must not raise (exceptions are the caller's bug).
    """

    store: Store
    clock: Clock = time.time
    on_change: Listener | None = None
    format_time: Callable[[str], str] = local_time
    _listeners: list[Listener] = field(default_factory=list)
    _deferred: threading.local = field(default_factory=threading.local)

    # ------------------------------------------------------------------ reading

    def get(self, message_id: str) -> Message:
        return get(self.store.conn(), message_id)

    def messages(self, *, states: Iterable[State] | None = None, payer: str | None = None,
             case_ref: str | None = None) -> list[Message]:
        """Messages, oldest first, optionally filtered (the basis of ``tpadesk queue``)."""
        where: list[str] = []
        args: list[Any] = []
        if states is not None:
            wanted = [State(s).value for s in states]
            where.append(f"state IN ({', '.join('?' for _ in wanted)})")
            args.extend(wanted)
        if payer is not None:
            where.append("payer = ?")
            args.append(payer)
        if case_ref is not None:
            where.append("case_ref = ?")
            args.append(case_ref)
        sql = f"SELECT {_COLUMNS} FROM outbox_message"  # noqa: S608
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at, case_ref, seq"
        return [_row_to_message(r) for r in self.store.conn().execute(sql, args).fetchall()]

    def counts(self) -> dict[State, int]:
        """How many messages are in each state."""
        rows = self.store.conn().execute(
            "SELECT state, count(*) FROM outbox_message GROUP BY state").fetchall()
        out = dict.fromkeys(State, 0)
        for state, n in rows:
            out[State(state)] = int(n)
        return out

    def payers(self) -> list[str]:
        """Every payer the outbox has ever held a message for, plus those paused now (a payer
        once paused and resumed since is not listed for that alone)."""
        rows = self.store.conn().execute(
            "SELECT payer FROM outbox_message"
            " UNION SELECT payer FROM outbox_payer WHERE paused = 1 ORDER BY 1"
        ).fetchall()
        return [str(r[0]) for r in rows]

    def paused_payers(self) -> dict[str, PayerPause]:
        rows = self.store.conn().execute(
            "SELECT payer, paused_by, reason, paused_at FROM outbox_payer WHERE paused = 1"
        ).fetchall()
        return {str(r[0]): PayerPause(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3]))
                for r in rows}

    def next_due_at(self) -> float | None:
        """When the earliest queued message of an unpaused payer becomes due (epoch seconds)."""
        row = self.store.conn().execute(
            "SELECT MIN(next_attempt_at) FROM outbox_message WHERE state = 'queued'").fetchone()
        return None if row is None or row[0] is None else float(row[0])

    # ------------------------------------------------------------------ engine side

    def recover(self) -> list[Message]:
        """After a crash: messages left ``sending`` go back to ``queued`` with the SAME ids (the
        server may have stored them; a retry then gets a "duplicate" answer). Due at once. Call
        once when the single engine of this store starts."""
        now = self.clock()
        with self.store.transaction() as conn:
            rows = conn.execute("SELECT id, payer FROM outbox_message WHERE state = 'sending'"
                                ).fetchall()
            for message_id, payer in rows:
                state = State.PAUSED if _payer_paused(conn, str(payer)) else State.QUEUED
                conn.execute(
                    "UPDATE outbox_message SET state = ?, next_attempt_at = ?, updated_at = ?"
                    " WHERE id = ?", (state.value, now, iso(now), message_id))
            changed = [get(conn, str(r[0])) for r in rows]
        self._notify(changed)
        return changed

    def claim_due(self, limit: int, *, exclude_cases: Iterable[str] = ()) -> list[Message]:
        """Mark up to ``limit`` due messages ``sending`` and return them (``attempts`` counts
        finished attempts: it grows when the outcome is recorded, not here).
        Due means: queued, ``next_attempt_at`` reached, payer not paused, and every earlier leg
        of the same case delivered. At most one message per case; ``exclude_cases`` are cases
        already in flight."""
        if limit <= 0:
            return []
        now = self.clock()
        excluded = set(exclude_cases)
        with self.store.transaction() as conn:
            rows = conn.execute(
                "SELECT m.id, m.case_ref FROM outbox_message m"
                " WHERE m.state = 'queued' AND m.next_attempt_at <= ?"
                "   AND NOT EXISTS (SELECT 1 FROM outbox_payer p"
                "                   WHERE p.payer = m.payer AND p.paused = 1)"
                "   AND NOT EXISTS (SELECT 1 FROM outbox_message e"
                "                   WHERE e.case_ref = m.case_ref AND e.seq < m.seq"
                "                     AND e.state NOT IN ('sent', 'done'))"
                " ORDER BY m.next_attempt_at, m.created_at, m.seq LIMIT ?",
                # at most one message per case is ever eligible, so this many rows suffice
                (now, limit + len(excluded)),
            ).fetchall()
            chosen: list[str] = []
            for message_id, case_ref in rows:
                if case_ref in excluded:
                    continue
                excluded.add(case_ref)
                chosen.append(str(message_id))
                if len(chosen) >= limit:
                    break
            for message_id in chosen:
                conn.execute(
                    "UPDATE outbox_message SET state = 'sending',"
                    " last_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'queued'",
                    (iso(now), iso(now), message_id))
            claimed = [get(conn, m) for m in chosen]
        self._notify(claimed)
        return claimed

    def is_paused(self, payer: str) -> bool:
        """Whether sending to ``payer`` is paused right now."""
        return _payer_paused(self.store.conn(), payer)

    def release(self, message_id: str) -> Message:
        """Give back a claimed message that was not attempted after all (its payer was paused
        meanwhile): ``paused`` (or ``queued``), and the attempt is not counted."""
        now = self.clock()
        with self.store.transaction() as conn:
            current = get(conn, message_id)
            state = State.PAUSED if _payer_paused(conn, current.payer) else State.QUEUED
            conn.execute(
                "UPDATE outbox_message SET state = ?,"
                " updated_at = ? WHERE id = ? AND state = 'sending'",
                (state.value, iso(now), message_id))
            msg = get(conn, message_id)
        self._notify([msg])
        return msg

    def record_delivered(self, message_id: str, *, http_status: int | None = None,
                         receipt: Mapping[str, Any] | None = None) -> Message:
        """The exchange has the message (202 receipt or a "duplicate" answer)."""
        now = self.clock()
        with self.store.transaction() as conn:
            current = get(conn, message_id)
            state = State.SENT if current.expects_answer else State.DONE
            if current.state is State.DONE:
                state = State.DONE  # an answer was already applied (a late receipt)
            conn.execute(
                "UPDATE outbox_message SET state = ?, attempts = attempts + 1,"
                " last_http_status = ?, receipt = ?,"
                " last_error = NULL, last_error_code = NULL, sent_at = COALESCE(sent_at, ?),"
                " done_at = CASE WHEN ? = 'done' THEN COALESCE(done_at, ?) ELSE done_at END,"
                " updated_at = ? WHERE id = ?",
                (state.value, http_status,
                 None if receipt is None else json.dumps(dict(receipt), default=str),
                 iso(now), state.value, iso(now), iso(now), message_id))
            msg = get(conn, message_id)
        self._notify([msg])
        return msg

    def record_retry(self, message_id: str, *, delay: float, http_status: int | None = None,
                     error: str | None = None, code: str | None = None,
                     server_asked: bool = False, renew: Sequence[str] = ()) -> Message:
        """An ambiguous or temporary failure: try again after ``delay`` seconds with the same ids
        (paused instead when the payer was paused meanwhile). ``server_asked`` marks a delay the
        server set (``Retry-After``): :meth:`make_due` will not cut it short. ``renew`` names
        ids (``api_call_id``, ``correlation_id``) to replace before the retry because the server
        definitely refused them: the old pair is kept in ``retired_ids``, the new ones are
        persisted now, before the next attempt."""
        now = self.clock()
        due = now + max(0.0, delay)
        unknown = set(renew) - {"api_call_id", "correlation_id"}
        if unknown:
            raise ValueError(f"cannot renew {sorted(unknown)}")
        with self.store.transaction() as conn:
            current = get(conn, message_id)
            if renew:
                retired = [*current.retired_ids,
                           RetiredIds(current.api_call_id, current.correlation_id, iso(now),
                                      f"refused ({code or 'by the exchange'}); sent again "
                                      "with fresh ids")]
                conn.execute(
                    "UPDATE outbox_message SET api_call_id = ?, correlation_id = ?,"
                    " retired_ids = ? WHERE id = ?",
                    (new_id() if "api_call_id" in renew else current.api_call_id,
                     new_id() if "correlation_id" in renew else current.correlation_id,
                     json.dumps([r.__dict__ for r in retired]), message_id))
            state = State.PAUSED if _payer_paused(conn, current.payer) else State.QUEUED
            conn.execute(
                "UPDATE outbox_message SET state = ?, attempts = attempts + 1,"
                " next_attempt_at = ?, not_before = ?,"
                " last_http_status = ?, last_error = ?, last_error_code = ?, updated_at = ?"
                " WHERE id = ?",
                (state.value, due, due if server_asked else None, http_status, error, code,
                 iso(now), message_id))
            msg = get(conn, message_id)
        self._notify([msg])
        return msg

    def record_rejected(self, message_id: str, *, error: str, http_status: int | None = None,
                        code: str | None = None) -> Message:
        """A definite rejection: ``needs_attention`` with the server's words, ids kept until the
        clerk resubmits."""
        now = self.clock()
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE outbox_message SET state = 'needs_attention', attempts = attempts + 1,"
                " last_http_status = ?, last_error = ?, last_error_code = ?, updated_at = ?"
                " WHERE id = ?",
                (http_status, error, code, iso(now), message_id))
            msg = get(conn, message_id)
        self._notify([msg])
        return msg

    def record_systemic(self, message_id: str, *, reason: str, http_status: int | None = None,
                        error: str | None = None, code: str | None = None
                        ) -> tuple[Message, bool]:
        """A failure that concerns the whole payer (credentials, TLS, wrong URL, captive portal):
        the payer is paused, this message too (ids kept, nothing was accepted). Returns the message
        and whether this call is the one that paused the payer (so exactly one alert is raised)."""
        now = self.clock()
        with self.store.transaction() as conn:
            current = get(conn, message_id)
            newly = self._pause(conn, current.payer, "system", reason, now)
            conn.execute(
                "UPDATE outbox_message SET state = 'paused', attempts = attempts + 1,"
                " next_attempt_at = ?,"
                " last_http_status = ?, last_error = ?, last_error_code = ?, updated_at = ?"
                " WHERE id = ?",
                (now, http_status, error or reason, code, iso(now), message_id))
            changed = self._paused_messages(conn, current.payer) if newly else []
            msg = get(conn, message_id)
        self._notify([*[m for m in changed if m.id != msg.id], msg])
        return msg, newly

    # ------------------------------------------------------------------ operator controls

    def retry_now(self, message_id: str) -> Message:
        """Make a waiting message due at once (its ids are kept). A message that needs attention
        must be resubmitted after the fix; one of a paused payer waits for the payer's resume."""
        now = self.clock()
        with self.store.transaction() as conn:
            msg = get(conn, message_id)
            if msg.state is State.NEEDS_ATTENTION:
                raise BadInput("This message was refused; fix the case and submit it again "
                               "(it then gets fresh ids).")
            if msg.state is State.PAUSED:
                raise BadInput(f"The payer {msg.payer} is paused; resume the payer to send it.")
            if msg.state is State.QUEUED:
                conn.execute("UPDATE outbox_message SET next_attempt_at = ?, not_before = NULL,"
                             " updated_at = ? WHERE id = ?", (now, iso(now), message_id))
            msg = get(conn, message_id)
        self._notify([msg])
        return msg

    def make_due(self, payer: str | None = None) -> int:
        """Every queued message (of ``payer``, or of all payers) becomes due now: used when the
        network comes back or a payer answers again. A wait the server itself asked for
        (``Retry-After``) is kept. Returns how many messages were made due."""
        now = self.clock()
        with self.store.transaction() as conn:
            sql = ("UPDATE outbox_message SET next_attempt_at = ?"
                   " WHERE state = 'queued' AND next_attempt_at > ?"
                   " AND COALESCE(not_before, 0) <= ?")
            args: list[Any] = [now, now, now]
            if payer is not None:
                sql += " AND payer = ?"
                args.append(payer)
            cur = conn.execute(sql, args)
            return int(cur.rowcount)

    def pause_payer(self, payer: str, reason: str = "paused by the operator") -> bool:
        """Stop sending to ``payer`` (its waiting messages become ``paused``). Returns False when it
        was already paused."""
        now = self.clock()
        with self.store.transaction() as conn:
            newly = self._pause(conn, payer, "operator", reason, now)
            changed = self._paused_messages(conn, payer) if newly else []
        self._notify(changed)
        return newly

    def resume_payer(self, payer: str) -> int:
        """Send to ``payer`` again: its paused messages are queued and due at once (ids kept).
        Returns how many messages were resumed. A payer no message was ever queued for leaves no
        row behind."""
        now = self.clock()
        with self.store.transaction() as conn:
            conn.execute("UPDATE outbox_payer SET paused = 0 WHERE payer = ?", (payer,))
            conn.execute("DELETE FROM outbox_payer WHERE payer = ? AND NOT EXISTS"
                         " (SELECT 1 FROM outbox_message WHERE payer = ?)", (payer, payer))
            rows = conn.execute(
                "SELECT id FROM outbox_message WHERE payer = ? AND state = 'paused'",
                (payer,)).fetchall()
            conn.execute(
                "UPDATE outbox_message SET state = 'queued', next_attempt_at = ?, updated_at = ?"
                " WHERE payer = ? AND state = 'paused'", (now, iso(now), payer))
            changed = [get(conn, str(r[0])) for r in rows]
        self._notify(changed)
        return len(changed)

    def resubmit(self, message_id: str, *, reason: str = "resubmitted after a fix",
                 workflow_id: str | None = None, correlation_id: str | None = None,
                 params: Mapping[str, Any] | None = None) -> Message:
        """Send a refused (``needs_attention``) message again after the clerk fixed the case. The
        old ids are retired and fresh ones issued; attempts start again from 0. ``workflow_id`` /
        ``params`` replace the old ones when given (e.g. NHCX resubmission code 121)."""
        now = self.clock()
        with self.store.transaction() as conn:
            msg = get(conn, message_id)
            if msg.state is not State.NEEDS_ATTENTION:
                raise BadInput(
                    f"Only a refused message can be submitted again; this one is {msg.state}.")
            retired = [*msg.retired_ids,
                       RetiredIds(msg.api_call_id, msg.correlation_id, iso(now), reason)]
            state = State.PAUSED if _payer_paused(conn, msg.payer) else State.QUEUED
            conn.execute(
                "UPDATE outbox_message SET state = ?, api_call_id = ?, correlation_id = ?,"
                " workflow_id = ?, params = ?, retired_ids = ?, attempts = 0, next_attempt_at = ?,"
                " updated_at = ?, receipt = NULL WHERE id = ?",
                (state.value, new_id(), correlation_id or new_id(),
                 workflow_id if workflow_id is not None else msg.workflow_id,
                 json.dumps(dict(params if params is not None else msg.params), sort_keys=True),
                 json.dumps([r.__dict__ for r in retired]), now, iso(now), message_id))
            msg = get(conn, message_id)
        self._notify([msg])
        return msg

    def withdraw(self, message_id: str, reason: str) -> Message:
        """The clerk gives up on a message that was never delivered (e.g. the patient left): it
        becomes ``done`` with the reason recorded, so later legs of the case are not blocked. The
        row is kept."""
        now = self.clock()
        with self.store.transaction() as conn:
            msg = get(conn, message_id)
            if msg.state not in (State.QUEUED, State.NEEDS_ATTENTION, State.PAUSED):
                raise BadInput(f"A message that is {msg.state} cannot be withdrawn.")
            conn.execute(
                "UPDATE outbox_message SET state = 'done', done_at = ?, updated_at = ?,"
                " last_error = ? WHERE id = ?",
                (iso(now), iso(now), f"withdrawn: {reason}", message_id))
            msg = get(conn, message_id)
        self._notify([msg])
        return msg

    def why_waiting(self, message: Message | str, hints: Hints | None = None) -> str:
        """A plain-language sentence saying why this message has not gone (or what it waits for),
        and what the reader can do (``hints``: in the words of the interface showing it). Times
        are written by :attr:`format_time`."""
        msg = self.get(message if isinstance(message, str) else message.id)
        how = hints or Hints()
        now = self.clock()
        last = f" Last answer: {_said(msg.last_error)}" if msg.last_error else ""
        if msg.state is State.DONE:
            if msg.last_error and msg.last_error.startswith("withdrawn"):
                return f"Not sent: {_sentence(msg.last_error)}"
            return "Done: it was delivered and the payer's answer has been recorded."
        if msg.state is State.SENT:
            when = self.format_time(msg.sent_at) if msg.sent_at else "an earlier sync"
            return (f"Delivered to the exchange at {when}; waiting for the payer's answer. "
                    "Nothing to do yet.")
        if msg.state is State.SENDING:
            return f"Being sent now (attempt {msg.attempts + 1})."
        if msg.state is State.NEEDS_ATTENTION:
            code = f" ({msg.last_error_code})" if msg.last_error_code else ""
            return (f"Refused{code}: {_said(msg.last_error or 'no reason given')} "
                    f"{how.text(how.resubmit, msg)}")
        if msg.state is State.PAUSED:
            pause = self.paused_payers().get(msg.payer)
            resume = how.text(how.resume, msg)
            if pause is not None and pause.paused_by == "operator":
                why = "" if pause.reason in ("", "paused by the operator") else \
                    f" ({pause.reason.rstrip('.')})"
                since = f" at {self.format_time(pause.paused_at)}" if pause.paused_at else ""
                return (f"Sending to {msg.payer} was paused by the operator{since}{why}; "
                        f"the message keeps its place. {resume}")
            reason = _sentence(pause.reason) if pause and pause.reason else "Paused."
            return (f"Sending to {msg.payer} is paused automatically after a problem that "
                    f"affects every message to it: {reason} When this is fixed, "
                    f"{resume[:1].lower()}{resume[1:]}{last}")
        # queued
        earlier = self.store.conn().execute(
            f"SELECT {_COLUMNS} FROM outbox_message WHERE case_ref = ? AND seq < ?"  # noqa: S608
            " AND state NOT IN ('sent', 'done') ORDER BY seq LIMIT 1",
            (msg.case_ref, msg.seq)).fetchone()
        if earlier is not None:
            first = _row_to_message(earlier)
            return (f"Waiting for the earlier {first.leg} message of this case to be delivered "
                    f"first (it is {first.state.value.replace('_', ' ')}).")
        if msg.next_attempt_at <= now:
            if msg.attempts == 0:
                return "Ready to send; it goes out on the next sync."
            return f"Ready to try again (attempt {msg.attempts + 1}).{last}"
        wait = msg.next_attempt_at - now
        tries = "1 attempt" if msg.attempts == 1 else f"{msg.attempts} attempts"
        return (f"Will try again in {_human(wait)} (after {tries}); the exchange could not take "
                f"it yet.{last} {how.text(how.retry, msg)}")

    # ------------------------------------------------------------------ helpers

    def add_listener(self, listener: Listener) -> None:
        """Also call ``listener`` after every change this object commits."""
        self._listeners.append(listener)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group several outbox changes made on this thread into one transaction (one disk
        sync instead of one per change); listeners hear of them after the commit, and not at all
        if it rolls back."""
        if getattr(self._deferred, "items", None) is not None:  # already batching: join it
            with self.store.transaction():
                yield
            return
        self._deferred.items = []
        try:
            with self.store.transaction():
                yield
            items: list[Message] = self._deferred.items
        finally:
            self._deferred.items = None
        self._notify(items)

    def _notify(self, messages: Iterable[Message]) -> None:
        pending: list[Message] | None = getattr(self._deferred, "items", None)
        if pending is not None:
            pending.extend(messages)
            return
        targets = [*([self.on_change] if self.on_change else []), *self._listeners]
        for msg in messages:
            for fn in targets:
                fn(msg)

    def _pause(self, conn: Connection, payer: str, by: str, reason: str, now: float) -> bool:
        if _payer_paused(conn, payer):
            return False
        conn.execute(
            "INSERT INTO outbox_payer (payer, paused, paused_by, reason, paused_at)"
            " VALUES (?, 1, ?, ?, ?) ON CONFLICT(payer) DO UPDATE SET paused = 1,"
            " paused_by = excluded.paused_by, reason = excluded.reason,"
            " paused_at = excluded.paused_at", (payer, by, reason, iso(now)))
        return True

    def _paused_messages(self, conn: Connection, payer: str) -> list[Message]:
        rows = conn.execute("SELECT id FROM outbox_message WHERE payer = ? AND state = 'queued'",
                            (payer,)).fetchall()
        conn.execute("UPDATE outbox_message SET state = 'paused', updated_at = ?"
                     " WHERE payer = ? AND state = 'queued'", (iso(self.clock()), payer))
        return [get(conn, str(r[0])) for r in rows]


def _human(seconds: float) -> str:
    s = max(0, round(seconds))
    if s < 90:
        return f"{s} s"
    if s < 90 * 60:
        return f"{round(s / 60)} min"
    return f"{s / 3600:.1f} h"
