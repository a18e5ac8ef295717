"""The inbox: answers pulled from each payer's relay, applied once, never dropped silently.

The relay hands out envelopes still sealed to the desk's key, in cursor order. For each envelope,
**one transaction** keeps the raw envelope, runs the app's ``apply(conn, envelope)`` callback (open
the JWE, parse the FHIR, update the case, write the audit entry, mark the outbox message done) and
advances this payer's local cursor. Only after the batch is committed is the relay's cursor
acknowledged, so a crash at any moment loses nothing: the relay sends again and the repeated
envelope is recognised by its dedup key and ignored.

An envelope that cannot be opened or parsed goes to the **dead-letter list** (kept with the error,
visible to the admin, replayable after a fix) instead of blocking the inbox. The callback signals
that by raising :class:`Undeliverable`; any other ``Exception`` (a bug in a parser, a quirky
bundle) is dead-lettered too, so one poisoned envelope never blocks the answers behind it. A
:class:`~offline.errors.DeskError` that concerns the desk rather than the envelope (disk full, store
locked) stops the batch instead: nothing is acknowledged and the envelope is tried again later.

Typical use (the sync engine does exactly this)::

    inbox = Inbox(store)
    envelopes = transport.pull_inbox(payer, inbox.cursor(payer))
    result = inbox.apply_batch(payer, envelopes, app_apply)
    if result.last_cursor is not None:
        transport.ack(payer, result.last_cursor)
        inbox.mark_acked(payer, result.last_cursor)

Tables are created by :data:`offline.outbox.OUTBOX_MIGRATIONS`.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from offline.errors import BadInput, DeskError
from offline.outbox import iso

if TYPE_CHECKING:
    from sqlite3 import Connection

    from offline.store import Store

log = logging.getLogger(__name__)

Clock = Callable[[], float]


@dataclass(frozen=True)
class Envelope:
    """One sealed answer as the relay hands it out.

    ``cursor`` is the relay's position of this envelope (acknowledge it once applied). ``raw`` is
    the envelope exactly as received (kept for the record). ``dedup_key`` identifies it across
    redeliveries: the transport should use the answer's ``x-hcx-api_call_id`` when it can read it
    from the protected header; by default it is the SHA-256 of ``raw``. ``headers`` are the routing
    headers readable without decrypting (no patient data)."""

    payer: str
    cursor: str
    raw: bytes
    api_call_id: str | None = None
    correlation_id: str | None = None
    headers: Mapping[str, Any] = field(default_factory=dict)
    dedup_key: str | None = None

    @property
    def key(self) -> str:
        """The dedup key actually used."""
        if self.dedup_key:
            return self.dedup_key
        if self.api_call_id:
            return f"api_call_id:{self.api_call_id}"
        return "sha256:" + hashlib.sha256(self.raw).hexdigest()


class Undeliverable(Exception):
    """Raised by an ``apply`` callback when the envelope cannot be opened, parsed or matched to a
    case. The message (plain words, no patient data) is kept with the dead letter."""


ApplyFn = Callable[["Connection", Envelope], None]


@dataclass(frozen=True)
class InboxItem:
    """One kept envelope (applied, dead-lettered or dismissed)."""

    id: int
    payer: str
    cursor: str
    dedup_key: str
    api_call_id: str | None
    correlation_id: str | None
    status: str  # "applied" | "dead_letter" | "dismissed"
    error: str | None
    received_at: str
    applied_at: str | None
    note: str | None


@dataclass
class BatchResult:
    """What one :meth:`Inbox.apply_batch` did. ``last_cursor`` is the cursor to acknowledge
    (None when the batch was empty)."""

    applied: list[Envelope] = field(default_factory=list)
    duplicates: list[Envelope] = field(default_factory=list)
    dead_letters: list[InboxItem] = field(default_factory=list)
    last_cursor: str | None = None


_ITEM_COLUMNS = ("id, payer, cursor, dedup_key, api_call_id, correlation_id, status, error,"
                 " received_at, applied_at, note")


def _item(row: Any) -> InboxItem:
    return InboxItem(int(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4], row[5],
                     str(row[6]), row[7], str(row[8]), row[9], row[10])


@dataclass
class Inbox:
    """Received envelopes, dead letters and per-payer cursors on a store."""

    store: Store
    clock: Clock = time.time

    def cursor(self, payer: str) -> str | None:
        """The cursor after which to pull: the last envelope applied (or dead-lettered) here."""
        row = self.store.conn().execute("SELECT cursor FROM inbox_cursor WHERE payer = ?",
                                        (payer,)).fetchone()
        return None if row is None else row[0]

    def acked_cursor(self, payer: str) -> str | None:
        """The last cursor the relay confirmed it received our acknowledgement for."""
        row = self.store.conn().execute("SELECT acked_cursor FROM inbox_cursor WHERE payer = ?",
                                        (payer,)).fetchone()
        return None if row is None else row[0]

    def seen(self, dedup_key: str) -> bool:
        row = self.store.conn().execute("SELECT 1 FROM inbox_envelope WHERE dedup_key = ?",
                                        (dedup_key,)).fetchone()
        return row is not None

    def apply_batch(self, payer: str, envelopes: Iterable[Envelope], apply: ApplyFn,
                    on_applied: Callable[[Envelope], None] | None = None) -> BatchResult:
        """Apply envelopes in order, each in its own transaction together with the local cursor.
        A repeated envelope is skipped; a poisoned one is dead-lettered. Acknowledge
        ``result.last_cursor`` to the relay afterwards (see :meth:`mark_acked`). ``on_applied`` is
        called after each commit."""
        result = BatchResult()
        for env in envelopes:
            if env.payer != payer:
                raise ValueError("an envelope of another payer was handed to this batch")
            outcome, item = self._apply_one(env, apply)
            if outcome == "applied":
                result.applied.append(env)
                if on_applied is not None:
                    on_applied(env)
            elif outcome == "duplicate":
                result.duplicates.append(env)
            elif item is not None:
                result.dead_letters.append(item)
            result.last_cursor = env.cursor
        return result

    def _apply_one(self, env: Envelope, apply: ApplyFn) -> tuple[str, InboxItem | None]:
        now = iso(self.clock())
        key = env.key
        with self.store.transaction() as conn:
            self._set_cursor(conn, env.payer, env.cursor, now)
            if conn.execute("SELECT 1 FROM inbox_envelope WHERE dedup_key = ?",
                            (key,)).fetchone():
                return "duplicate", None
            cur = conn.execute(
                "INSERT INTO inbox_envelope (payer, cursor, dedup_key, api_call_id,"
                " correlation_id, raw, status, received_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'applied', ?)",
                (env.payer, env.cursor, key, env.api_call_id, env.correlation_id,
                 bytes(env.raw), now))
            row_id = int(cur.lastrowid or 0)
            error = self._run_apply(apply, env)
            if error is None:
                conn.execute("UPDATE inbox_envelope SET applied_at = ? WHERE id = ?",
                             (now, row_id))
                return "applied", None
            conn.execute("UPDATE inbox_envelope SET status = 'dead_letter', error = ? WHERE id = ?",
                         (error, row_id))
            log.warning("inbox: envelope %s from %s put on the dead-letter list", row_id,
                        env.payer)
            return "dead_letter", self.get(row_id)

    def _run_apply(self, apply: ApplyFn, env: Envelope) -> str | None:
        """Run the callback inside a savepoint; return the dead-letter reason, or None if applied.
        Desk-level errors (disk full, locked store) propagate: the batch stops, nothing is acked."""
        try:
            with self.store.transaction() as inner:
                apply(inner, env)
        except Undeliverable as exc:
            return str(exc) or "the answer could not be opened or read"
        except DeskError:
            raise
        except Exception as exc:
            log.warning("inbox: apply failed with %s (envelope dead-lettered)",
                        type(exc).__name__)
            return f"could not be applied ({type(exc).__name__}: {exc})"
        return None

    def _set_cursor(self, conn: Connection, payer: str, cursor: str, now: str) -> None:
        conn.execute(
            "INSERT INTO inbox_cursor (payer, cursor, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(payer) DO UPDATE SET cursor = excluded.cursor,"
            " updated_at = excluded.updated_at", (payer, cursor, now))

    def mark_acked(self, payer: str, cursor: str) -> None:
        """Record that the relay accepted our acknowledgement up to ``cursor``."""
        now = iso(self.clock())
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO inbox_cursor (payer, cursor, acked_cursor, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(payer) DO UPDATE SET"
                " acked_cursor = excluded.acked_cursor, updated_at = excluded.updated_at",
                (payer, cursor, cursor, now))

    # ------------------------------------------------------------------ admin view

    def get(self, item_id: int) -> InboxItem:
        row = self.store.conn().execute(
            f"SELECT {_ITEM_COLUMNS} FROM inbox_envelope WHERE id = ?",  # noqa: S608
            (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return _item(row)

    def raw(self, item_id: int) -> bytes:
        """The envelope exactly as received."""
        row = self.store.conn().execute("SELECT raw FROM inbox_envelope WHERE id = ?",
                                        (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return bytes(row[0])

    def items(self, *, status: str | None = None, payer: str | None = None) -> list[InboxItem]:
        sql = f"SELECT {_ITEM_COLUMNS} FROM inbox_envelope WHERE 1 = 1"  # noqa: S608
        args: list[Any] = []
        if status is not None:
            sql += " AND status = ?"
            args.append(status)
        if payer is not None:
            sql += " AND payer = ?"
            args.append(payer)
        sql += " ORDER BY id"
        return [_item(r) for r in self.store.conn().execute(sql, args).fetchall()]

    def dead_letters(self) -> list[InboxItem]:
        """Envelopes that could not be applied and still wait for the admin."""
        return self.items(status="dead_letter")

    def envelope(self, item_id: int) -> Envelope:
        """Rebuild the :class:`Envelope` of a kept item (to replay it)."""
        item = self.get(item_id)
        return Envelope(payer=item.payer, cursor=item.cursor, raw=self.raw(item_id),
                        api_call_id=item.api_call_id, correlation_id=item.correlation_id,
                        dedup_key=item.dedup_key)

    def replay(self, item_id: int, apply: ApplyFn) -> bool:
        """Try a dead letter again (after a fix) in one transaction. True when it was applied;
        False when it failed again (the new error is kept)."""
        env = self.envelope(item_id)
        if self.get(item_id).status != "dead_letter":
            raise BadInput("Only an answer on the dead-letter list can be tried again.")
        now = iso(self.clock())
        with self.store.transaction() as conn:
            error = self._run_apply(apply, env)
            if error is None:
                conn.execute("UPDATE inbox_envelope SET status = 'applied', applied_at = ?,"
                             " note = 'applied on replay' WHERE id = ?", (now, item_id))
                return True
            conn.execute("UPDATE inbox_envelope SET error = ? WHERE id = ?", (error, item_id))
            return False

    def dismiss(self, item_id: int, note: str) -> None:
        """The admin looked at a dead letter and set it aside; it is kept, with the note."""
        if self.get(item_id).status != "dead_letter":
            raise BadInput("Only an answer on the dead-letter list can be dismissed.")
        with self.store.transaction() as conn:
            conn.execute("UPDATE inbox_envelope SET status = 'dismissed', note = ? WHERE id = ?",
                         (note, item_id))
