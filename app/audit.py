"""The audit trail: append-only and hash-chained, so that edits, deletions and reordering show.

Every change to a case, every submission and every answer received is recorded by the code that
makes it, **in the same transaction** (``record(conn, ...)``): a change and its audit entry commit
together or not at all. Changes to how the store is kept (``key.passphrase_added``,
``key.passphrase_removed``, ``key.rotated``, ``store.exported``, ``store.restored``) are recorded
when they are done (``record_now``), with slot ids, labels and file names: never a passphrase or
key.

Each entry holds who (``actor``), what (``action``, e.g. ``case.created``, ``leg.sent``), when
(``at``, UTC ISO-8601), the case id when there is one, and small ``details`` (ids, states and field
*names* only: never patient data). Entries are numbered 1, 2, 3 ... (``seq``) and chained:
``hash = SHA-256(canonical JSON of seq, at, actor, action, case_id, details, prev_hash)`` with
``prev_hash`` the previous entry's hash (64 zeros for the first). The newest ``seq`` and hash are
also kept in ``audit_head`` so that cutting entries off the end shows as well.

SQLite triggers refuse UPDATE and DELETE on the trail. Someone holding the key can drop the
triggers and rewrite rows, so ``verify_chain`` (registered in ``app.desk.EXTRA_CHECKS`` and run by
``tpadesk check``) recomputes the chain and reports: a changed entry, a deleted entry (a gap in
``seq`` or a broken link), reordered entries, a cut-off tail, and missing triggers.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from offline.migrations import Migration

if TYPE_CHECKING:
    from sqlite3 import Connection

    from app.desk import Desk
    from offline.store import Store

GENESIS = "0" * 64
TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")

MIGRATIONS: tuple[Migration, ...] = (
    Migration("audit", 1, "append-only hash-chained audit trail", """
        CREATE TABLE audit_log (
            seq        INTEGER PRIMARY KEY,
            at         TEXT NOT NULL,
            actor      TEXT NOT NULL,
            action     TEXT NOT NULL,
            case_id    TEXT,
            details    TEXT NOT NULL,
            prev_hash  TEXT NOT NULL,
            hash       TEXT NOT NULL
        );
        CREATE INDEX audit_log_case ON audit_log(case_id);
        CREATE TABLE audit_head (
            id    INTEGER PRIMARY KEY CHECK (id = 1),
            seq   INTEGER NOT NULL,
            hash  TEXT NOT NULL
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    """),
)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    case_id: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str


def default_actor() -> str:
    """Who is acting when no clerk is logged in: ``$TPADESK_USER``, else ``os:<login name>``."""
    user = os.environ.get("TPADESK_USER", "").strip()
    if user:
        return user
    try:
        return f"os:{getpass.getuser()}"
    except Exception:  # no login name (some containers): still record something
        return "os:unknown"


def entry_hash(seq: int, at: str, actor: str, action: str, case_id: str | None,
               details_json: str, prev_hash: str) -> str:
    canonical = json.dumps([seq, at, actor, action, case_id, details_json, prev_hash],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _details_json(details: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), default=str)


def record(conn: Connection, *, actor: str, action: str, case_id: str | None = None,
           details: Mapping[str, Any] | None = None, at: datetime | None = None) -> AuditEntry:
    """Append one entry. Must run inside the caller's transaction (``store.transaction()``), which
    also serialises writers (BEGIN IMMEDIATE), so the chain cannot fork."""
    if not conn.in_transaction:
        raise RuntimeError("audit.record must run inside the change's transaction")
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    prev_seq, prev_hash = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    seq = prev_seq + 1
    dj = _details_json(details)
    digest = entry_hash(seq, when, actor, action, case_id, dj, prev_hash)
    conn.execute(
        "INSERT INTO audit_log(seq, at, actor, action, case_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, when, actor, action, case_id, dj, prev_hash, digest))
    conn.execute(
        "INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        (seq, digest))
    return AuditEntry(seq, when, actor, action, case_id, json.loads(dj), prev_hash, digest)


def record_now(store: Store, *, actor: str, action: str,
               details: Mapping[str, Any] | None = None) -> AuditEntry:
    """Append one entry in a transaction of its own: for changes that are not database writes
    (a passphrase slot added, the key rotated, an export written), recorded once they are done."""
    with store.transaction() as conn:
        return record(conn, actor=actor, action=action, details=details)


def entries(store: Store, case_id: str | None = None) -> list[AuditEntry]:
    """The trail in order (all of it, or one case's entries)."""
    sql = "SELECT seq, at, actor, action, case_id, details, prev_hash, hash FROM audit_log"
    if case_id is None:
        rows = store.conn().execute(sql + " ORDER BY seq").fetchall()
    else:
        rows = store.conn().execute(sql + " WHERE case_id = ? ORDER BY seq",
                                    (case_id,)).fetchall()
    return [AuditEntry(int(r[0]), str(r[1]), str(r[2]), str(r[3]),
                       None if r[4] is None else str(r[4]), json.loads(r[5]), str(r[6]),
                       str(r[7])) for r in rows]


def verify_store(store: Store) -> list[str]:
    """Recompute the chain; return the problems found (empty when the trail is intact)."""
    conn = store.conn()
    problems: list[str] = []
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
                    ).fetchone() is None:
        return []  # a store not yet migrated to the audit trail: nothing to verify
    present = {str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")}
    for name in TRIGGERS:
        if name not in present:
            problems.append(f"audit trail: the guard '{name}' was removed; the trail may have "
                            "been edited")
    expected_prev = GENESIS
    expected_seq = 1
    last_seq, last_hash = 0, GENESIS
    # seq is part of each hash, so renumbering rows to reorder them breaks their hashes, and
    # swapping contents breaks the prev_hash links
    rows = conn.execute("SELECT seq, at, actor, action, case_id, details, prev_hash, hash"
                        " FROM audit_log ORDER BY seq").fetchall()
    for r in rows:
        seq, at, actor, action, case_id, dj, prev, digest = (
            int(r[0]), str(r[1]), str(r[2]), str(r[3]), None if r[4] is None else str(r[4]),
            str(r[5]), str(r[6]), str(r[7]))
        if seq != expected_seq:
            problems.append(f"audit trail: entry {expected_seq} is missing (next is {seq}); "
                            "entries were deleted")
        if prev != expected_prev:
            problems.append(f"audit trail: entry {seq} does not follow the entry before it; "
                            "entries were deleted, inserted or reordered")
        if entry_hash(seq, at, actor, action, case_id, dj, prev) != digest:
            problems.append(f"audit trail: entry {seq} was changed after it was written")
        expected_prev = digest
        expected_seq = seq + 1
        last_seq, last_hash = seq, digest
    head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        if rows:
            problems.append("audit trail: its head record is missing")
    elif int(head[0]) != last_seq or str(head[1]) != last_hash:
        problems.append(f"audit trail: the last entry should be {int(head[0])} but is {last_seq};"
                        " entries were removed from the end or the trail was rewritten")
    return problems


def verify_chain(desk: Desk) -> list[str]:
    """The ``tpadesk check`` hook (``app.desk.EXTRA_CHECKS``)."""
    return verify_store(desk.store)


def register_check() -> None:
    """Add the chain verifier to the desk's checks once."""
    from app.desk import EXTRA_CHECKS

    if verify_chain not in EXTRA_CHECKS:
        EXTRA_CHECKS.append(verify_chain)


register_check()
