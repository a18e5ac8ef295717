"""The sandbox's durable state: one SQLCipher database in the state folder.

Everything a restart must keep lives here: registered participants and their tokens, the ledger
of received messages (with the original receipt of each ``api_call_id``), retired correlation
ids, pending payer decisions, the payer's memory of each case (policy numbers, case ids, amounts),
the relay inbox and each desk's acknowledged cursor, and the sandbox payer's own RSA key. It is
encrypted like the desk's store (SQLCipher, AES-256, WAL, ``synchronous=FULL``,
``secure_delete``), so no file of the sandbox starts with ``SQLite format 3`` and nothing of a
(training) patient rests in plaintext. The 32-byte key comes from the caller: the desk keeps the
built-in sandbox's key in its own encrypted store; the standalone ``tpadesk sandbox`` keeps it in
``sandbox.key`` inside its state folder (see :func:`key_file`).

A state folder written by an older version (a plain ``sandbox.sqlite3``) is encrypted into
``sandbox.db`` on first open and the plain files are removed.

One connection is shared by the server's threads behind a lock; every write is one transaction.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from offline.errors import BadInput
from offline.store import DEFAULT_CIPHER, KeyRejected, connect, require_sqlcipher

if TYPE_CHECKING:  # sqlcipher3 has the sqlite3 API but ships no type hints
    from sqlite3 import Connection

DB_NAME = "sandbox.db"
LEGACY_DB_NAME = "sandbox.sqlite3"
KEY_FILE = "sandbox.key"


def key_file(folder: Path) -> bytes:
    """The standalone sandbox's state key, from ``sandbox.key`` in its state folder (made on first
    use, readable by its owner only). Anyone who can read the folder can read the state: that is
    accepted for a training server holding synthetic data; the desk's built-in sandbox keeps its
    key in the desk's encrypted store instead."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / KEY_FILE
    if path.exists():
        try:
            key = bytes.fromhex(path.read_text("ascii").strip())
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise BadInput(f"{path}: not a sandbox key (64 hex digits); remove the state "
                           "folder to start afresh.") from exc
        if len(key) != 32:
            raise BadInput(f"{path}: not a sandbox key (64 hex digits); remove the state "
                           "folder to start afresh.")
        return key
    key = os.urandom(32)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(path)
    return key


def _remove_with_sidecars(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + extra)
        if candidate.exists():
            candidate.unlink()


def _encrypt_legacy(plain: Path, target: Path, key: bytes) -> None:
    """Copy a plain state file of an older version into a new encrypted one, then remove it."""
    from sqlcipher3 import dbapi2 as sqlcipher

    tmp = target.with_name(target.name + ".new")
    _remove_with_sidecars(tmp)
    conn = sqlcipher.connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(tmp),))
        for pragma in DEFAULT_CIPHER.pragmas("enc"):
            conn.execute(pragma)
        conn.execute("SELECT sqlcipher_export('enc')").fetchall()
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    tmp.replace(target)
    _remove_with_sidecars(plain)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS participant (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    roles         TEXT NOT NULL,
    cert_pem      TEXT NOT NULL,
    secret        TEXT NOT NULL,
    status        TEXT NOT NULL,
    registered_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS token (
    token       TEXT PRIMARY KEY,
    participant TEXT NOT NULL,
    expires_at  REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS receipt (
    api_call_id    TEXT PRIMARY KEY,
    sender         TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    status_code    INTEGER NOT NULL,
    body           TEXT NOT NULL,
    accepted       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    api_call_id    TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    sender         TEXT NOT NULL,
    workflow       TEXT NOT NULL,
    action         TEXT NOT NULL,
    case_ref       TEXT NOT NULL,
    size           INTEGER NOT NULL,
    duplicate      INTEGER NOT NULL,
    received_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS correlation (
    correlation_id TEXT PRIMARY KEY,
    sender         TEXT NOT NULL,
    retired        INTEGER NOT NULL DEFAULT 0,
    reason         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS job (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    due_at      REAL NOT NULL,
    api_call_id TEXT NOT NULL,
    body        TEXT NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS episode (
    sender   TEXT NOT NULL,
    case_ref TEXT NOT NULL,
    state    TEXT NOT NULL,
    PRIMARY KEY (sender, case_ref)
);
CREATE TABLE IF NOT EXISTS inbox (
    cursor         INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient      TEXT NOT NULL,
    action         TEXT NOT NULL,
    api_call_id    TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    payload        TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS inbox_by_recipient ON inbox(recipient, cursor);
CREATE TABLE IF NOT EXISTS inbox_ack (
    recipient TEXT PRIMARY KEY,
    cursor    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS payer_identity (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
"""


class StateKeyRejected(BadInput):
    """The key given does not open the sandbox's state database."""


@dataclass(frozen=True)
class Participant:
    """A registered participant: a desk (provider) or the sandbox payer."""

    code: str
    name: str
    roles: list[str]
    cert_pem: str
    secret: str
    status: str
    registered_at: str

    def public(self) -> dict[str, Any]:
        """The registry's view of the participant (never the secret)."""
        return {
            "participant_code": self.code,
            "participant_name": self.name,
            "roles": list(self.roles),
            "status": self.status,
            "encryption_cert": self.cert_pem,
            "registered_at": self.registered_at,
        }


@dataclass(frozen=True)
class LedgerEntry:
    """One message the exchange received (a repeated api_call_id is a duplicate entry)."""

    seq: int
    api_call_id: str
    correlation_id: str
    sender: str
    workflow: str
    action: str
    case_ref: str
    size: int
    duplicate: bool
    received_at: str

    def to_json(self) -> dict[str, Any]:
        """The ledger row as the admin endpoint shows it."""
        return {
            "seq": self.seq,
            "api_call_id": self.api_call_id,
            "correlation_id": self.correlation_id,
            "sender": self.sender,
            "workflow": self.workflow,
            "action": self.action,
            "case_reference": self.case_ref,
            "size": self.size,
            "duplicate": self.duplicate,
            "received_at": self.received_at,
        }


@dataclass(frozen=True)
class StoredReceipt:
    """The first answer given to an api_call_id (replayed verbatim for repeats)."""

    api_call_id: str
    sender: str
    correlation_id: str
    status_code: int
    body: dict[str, Any]
    accepted: bool


@dataclass(frozen=True)
class Job:
    """A payer decision waiting for its due time."""

    id: int
    due_at: float
    api_call_id: str
    body: dict[str, Any]


@dataclass(frozen=True)
class InboxItem:
    """One sealed envelope waiting in a desk's relay inbox."""

    cursor: int
    recipient: str
    action: str
    api_call_id: str
    correlation_id: str
    payload: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        """The relay's view: routing data and the envelope, still sealed to the desk."""
        return {
            "cursor": str(self.cursor),
            "action": self.action,
            "path": f"/v1/{self.action}",
            "api_call_id": self.api_call_id,
            "correlation_id": self.correlation_id,
            "created_at": self.created_at,
            "payload": self.payload,
        }


@dataclass(frozen=True)
class Outgoing:
    """An envelope to put into a recipient's inbox."""

    recipient: str
    action: str
    api_call_id: str
    correlation_id: str
    payload: str


class SandboxState:
    """Thread-safe access to the sandbox's encrypted state (``key``: 32 bytes)."""

    def __init__(self, folder: Path, key: bytes) -> None:
        require_sqlcipher()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / DB_NAME
        legacy = folder / LEGACY_DB_NAME
        if legacy.exists() and not self.path.exists():
            _encrypt_legacy(legacy, self.path, key)
        self._lock = threading.RLock()
        try:
            self._conn = connect(self.path, key)
        except KeyRejected as exc:
            raise StateKeyRejected(f"{self.path}: the sandbox's key does not open its state "
                                   "(another key, or not a sandbox state file).") from exc
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the connection (the file stays)."""
        with self._lock:
            self._conn.close()

    def identity(self) -> tuple[bytes, bytes] | None:
        """The sandbox payer's (private key PEM, certificate PEM), if kept yet."""
        rows = dict(self._all("SELECT name, value FROM payer_identity"))
        if "private_key_pem" not in rows or "certificate_pem" not in rows:
            return None
        return bytes(rows["private_key_pem"]), bytes(rows["certificate_pem"])

    def previous_key(self) -> bytes | None:
        """The payer's private key before its last rotation (for requests sealed to it)."""
        row = self._one("SELECT value FROM payer_identity WHERE name = 'previous_private_key_pem'")
        return None if row is None else bytes(row[0])

    def put_identity(self, private_key_pem: bytes, certificate_pem: bytes, *,
                     rotated: bool = False) -> None:
        """Keep the payer's key and certificate (inside the encrypted state, never in a file).
        ``rotated``: the key it replaces is kept as the previous one."""
        with self.tx() as c:
            if rotated:
                c.execute("INSERT OR REPLACE INTO payer_identity (name, value) SELECT"
                          " 'previous_private_key_pem', value FROM payer_identity"
                          " WHERE name = 'private_key_pem'")
            c.execute("INSERT OR REPLACE INTO payer_identity VALUES ('private_key_pem', ?)",
                      (private_key_pem,))
            c.execute("INSERT OR REPLACE INTO payer_identity VALUES ('certificate_pem', ?)",
                      (certificate_pem,))

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One write transaction under the lock."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _one(self, sql: str, args: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        with self._lock:
            row = self._conn.execute(sql, args).fetchone()
        return None if row is None else tuple(row)

    def _all(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return [tuple(r) for r in self._conn.execute(sql, args).fetchall()]

    # ------------------------------------------------------------------ participants / tokens

    def put_participant(self, p: Participant) -> None:
        """Insert or replace a participant (registration and certificate rotation)."""
        with self.tx() as c:
            c.execute(
                "INSERT INTO participant VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE"
                " SET name = excluded.name, roles = excluded.roles, cert_pem = excluded.cert_pem,"
                " secret = excluded.secret, status = excluded.status",
                (p.code, p.name, json.dumps(p.roles), p.cert_pem, p.secret, p.status,
                 p.registered_at),
            )

    def participant(self, code: str) -> Participant | None:
        """The participant with this code, if registered."""
        row = self._one("SELECT code, name, roles, cert_pem, secret, status, registered_at"
                        " FROM participant WHERE code = ?", (code,))
        return None if row is None else _participant(row)

    def participants(self) -> list[Participant]:
        """Every registered participant, by code."""
        return [_participant(r) for r in self._all(
            "SELECT code, name, roles, cert_pem, secret, status, registered_at"
            " FROM participant ORDER BY code")]

    def add_token(self, token: str, participant: str, expires_at: float) -> None:
        """Remember an issued bearer token."""
        with self.tx() as c:
            c.execute("INSERT INTO token VALUES (?, ?, ?)", (token, participant, expires_at))
            c.execute("DELETE FROM token WHERE expires_at < ?", (time.time() - 86400,))

    def token_owner(self, token: str, now: float) -> str | None:
        """The participant a valid (unexpired) token belongs to."""
        row = self._one("SELECT participant, expires_at FROM token WHERE token = ?", (token,))
        if row is None or float(row[1]) <= now:
            return None
        return str(row[0])

    def expire_tokens(self) -> int:
        """Expire every issued token now (to rehearse a token running out mid-run)."""
        with self.tx() as c:
            return c.execute("UPDATE token SET expires_at = 0").rowcount

    # ------------------------------------------------------------------ receipts / ledger

    def receipt(self, api_call_id: str) -> StoredReceipt | None:
        """The first answer given to this api_call_id, if any."""
        row = self._one("SELECT api_call_id, sender, correlation_id, status_code, body, accepted"
                        " FROM receipt WHERE api_call_id = ?", (api_call_id,))
        if row is None:
            return None
        return StoredReceipt(str(row[0]), str(row[1]), str(row[2]), int(row[3]),
                             json.loads(row[4]), bool(row[5]))

    def correlation(self, correlation_id: str) -> tuple[str, bool, str] | None:
        """(owner, retired, reason) for a known correlation id."""
        row = self._one("SELECT sender, retired, reason FROM correlation"
                        " WHERE correlation_id = ?", (correlation_id,))
        return None if row is None else (str(row[0]), bool(row[1]), str(row[2]))

    def record_rejection(self, receipt: StoredReceipt, *, retire: bool, reason: str) -> bool:
        """Keep a refusal for replay and retire its correlation id; False if the id raced."""
        with self.tx() as c:
            if c.execute("SELECT 1 FROM receipt WHERE api_call_id = ?",
                         (receipt.api_call_id,)).fetchone():
                return False
            c.execute("INSERT INTO receipt VALUES (?, ?, ?, ?, ?, 0)",
                      (receipt.api_call_id, receipt.sender, receipt.correlation_id,
                       receipt.status_code, json.dumps(receipt.body)))
            if retire and not c.execute(
                    "SELECT 1 FROM receipt WHERE correlation_id = ? AND accepted = 1",
                    (receipt.correlation_id,)).fetchone():
                # a fresh cycle refused is retired; a cycle the exchange already accepted
                # messages in (e.g. a query answer refused mid-cycle) stays usable
                c.execute(
                    "INSERT INTO correlation(correlation_id, sender, retired, reason)"
                    " VALUES (?, ?, 1, ?) ON CONFLICT(correlation_id) DO UPDATE"
                    " SET retired = 1, reason = excluded.reason",
                    (receipt.correlation_id, receipt.sender, reason))
        return True

    def record_accepted(self, receipt: StoredReceipt, entry: LedgerEntry,
                        job: tuple[float, dict[str, Any]] | None) -> bool:
        """Store receipt, ledger row and the payer's job in one transaction.

        Returns False (and writes nothing) when the api_call_id was taken meanwhile.
        """
        with self.tx() as c:
            if c.execute("SELECT 1 FROM receipt WHERE api_call_id = ?",
                         (receipt.api_call_id,)).fetchone():
                return False
            c.execute("INSERT INTO receipt VALUES (?, ?, ?, ?, ?, 1)",
                      (receipt.api_call_id, receipt.sender, receipt.correlation_id,
                       receipt.status_code, json.dumps(receipt.body)))
            c.execute("INSERT OR IGNORE INTO correlation(correlation_id, sender) VALUES (?, ?)",
                      (receipt.correlation_id, receipt.sender))
            _insert_ledger(c, entry)
            if job is not None:
                c.execute("INSERT INTO job(due_at, api_call_id, body) VALUES (?, ?, ?)",
                          (job[0], receipt.api_call_id, json.dumps(job[1])))
        return True

    def record_duplicate(self, entry: LedgerEntry) -> None:
        """A repeated api_call_id: a ledger row flagged duplicate, nothing processed."""
        with self.tx() as c:
            _insert_ledger(c, entry)

    def ledger(self) -> list[LedgerEntry]:
        """Every ledger row, oldest first."""
        return [LedgerEntry(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                            str(r[6]), int(r[7]), bool(r[8]), str(r[9]))
                for r in self._all("SELECT seq, api_call_id, correlation_id, sender, workflow,"
                                   " action, case_ref, size, duplicate, received_at"
                                   " FROM ledger ORDER BY seq")]

    def rejections(self) -> list[dict[str, Any]]:
        """Refused messages (api_call_id, correlation_id, status and error body)."""
        return [{"api_call_id": r[0], "correlation_id": r[1], "sender": r[2],
                 "status_code": int(r[3]), "body": json.loads(r[4])}
                for r in self._all("SELECT api_call_id, correlation_id, sender, status_code,"
                                   " body FROM receipt WHERE accepted = 0 ORDER BY rowid")]

    # ------------------------------------------------------------------ payer jobs / episodes

    def due_jobs(self, now: float) -> list[Job]:
        """Pending decisions whose time has come, oldest first."""
        return [Job(int(r[0]), float(r[1]), str(r[2]), json.loads(r[3]))
                for r in self._all("SELECT id, due_at, api_call_id, body FROM job"
                                   " WHERE done = 0 AND due_at <= ? ORDER BY due_at, id",
                                   (now,))]

    def next_due(self) -> float | None:
        """When the next pending decision is due."""
        row = self._one("SELECT MIN(due_at) FROM job WHERE done = 0")
        return None if row is None or row[0] is None else float(row[0])

    def pending_jobs(self) -> int:
        """How many decisions are still pending."""
        row = self._one("SELECT COUNT(*) FROM job WHERE done = 0")
        return 0 if row is None else int(row[0])

    def episode(self, sender: str, case_ref: str) -> dict[str, Any]:
        """The payer's memory of one case (approved amounts, open query, ...)."""
        row = self._one("SELECT state FROM episode WHERE sender = ? AND case_ref = ?",
                        (sender, case_ref))
        return {} if row is None else dict(json.loads(row[0]))

    def case_for_correlation(self, sender: str, correlation_id: str) -> str | None:
        """The case reference of the first accepted message in this correlation."""
        row = self._one("SELECT case_ref FROM ledger WHERE sender = ? AND correlation_id = ?"
                        " AND duplicate = 0 ORDER BY seq LIMIT 1", (sender, correlation_id))
        return None if row is None else str(row[0])

    def policy_used(self, policy: str) -> Decimal:
        """What the payer approved on one policy number (claims, else authorisations)."""
        total = Decimal(0)
        for (text,) in self._all("SELECT state FROM episode"
                                 " WHERE json_extract(state, '$.policy') = ?", (policy,)):
            ep = json.loads(text)
            total += Decimal(str(ep.get("claim_approved") or ep.get("approved") or 0))
        return total

    def finish_job(self, job_id: int, sender: str, case_ref: str, episode: dict[str, Any],
                   outgoing: list[Outgoing], now_text: str) -> None:
        """Apply a decision: new episode state, envelopes into inboxes, job done: one tx."""
        with self.tx() as c:
            c.execute("INSERT INTO episode VALUES (?, ?, ?) ON CONFLICT(sender, case_ref)"
                      " DO UPDATE SET state = excluded.state",
                      (sender, case_ref, json.dumps(episode)))
            for out in outgoing:
                c.execute("INSERT INTO inbox(recipient, action, api_call_id, correlation_id,"
                          " payload, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                          (out.recipient, out.action, out.api_call_id, out.correlation_id,
                           out.payload, now_text))
            c.execute("UPDATE job SET done = 1, body = '{}' WHERE id = ?", (job_id,))

    def fail_job(self, job_id: int) -> None:
        """Give up on a decision that raised (logged by the caller; never retried forever)."""
        with self.tx() as c:
            c.execute("UPDATE job SET done = 2, body = '{}' WHERE id = ?", (job_id,))

    # ------------------------------------------------------------------ relay inbox

    def inbox(self, recipient: str, after: int | None, limit: int) -> list[InboxItem]:
        """Envelopes for ``recipient`` after a cursor (default: after the acknowledged one)."""
        if after is None:
            after = self.acked(recipient)
        return [InboxItem(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                          str(r[6]))
                for r in self._all("SELECT cursor, recipient, action, api_call_id,"
                                   " correlation_id, payload, created_at FROM inbox"
                                   " WHERE recipient = ? AND cursor > ? ORDER BY cursor LIMIT ?",
                                   (recipient, after, limit))]

    def last_cursor(self, recipient: str) -> int:
        """The newest cursor in this recipient's inbox (0 when empty)."""
        row = self._one("SELECT MAX(cursor) FROM inbox WHERE recipient = ?", (recipient,))
        return 0 if row is None or row[0] is None else int(row[0])

    def answered(self, correlation_id: str) -> bool:
        """Whether the payer has put any answer for this correlation into an inbox."""
        return self._one("SELECT 1 FROM inbox WHERE correlation_id = ? LIMIT 1",
                         (correlation_id,)) is not None

    def acked(self, recipient: str) -> int:
        """The last cursor this recipient acknowledged (0 when none)."""
        row = self._one("SELECT cursor FROM inbox_ack WHERE recipient = ?", (recipient,))
        return 0 if row is None else int(row[0])

    def ack(self, recipient: str, cursor: int) -> int:
        """Move the acknowledged cursor forward (never back); returns the cursor now kept."""
        with self.tx() as c:
            c.execute("INSERT INTO inbox_ack VALUES (?, ?) ON CONFLICT(recipient) DO UPDATE"
                      " SET cursor = MAX(cursor, excluded.cursor)", (recipient, cursor))
            row = c.execute("SELECT cursor FROM inbox_ack WHERE recipient = ?",
                            (recipient,)).fetchone()
        return int(row[0])

    def counts(self) -> dict[str, int]:
        """Sizes for the health endpoint."""
        out: dict[str, int] = {}
        for table in ("participant", "ledger", "inbox"):
            row = self._one(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 - fixed names
            out[table] = 0 if row is None else int(row[0])
        out["pending_decisions"] = self.pending_jobs()
        return out


def _participant(row: tuple[Any, ...]) -> Participant:
    return Participant(str(row[0]), str(row[1]), list(json.loads(row[2])), str(row[3]),
                       str(row[4]), str(row[5]), str(row[6]))


def _insert_ledger(c: Connection, e: LedgerEntry) -> None:
    c.execute("INSERT INTO ledger(api_call_id, correlation_id, sender, workflow, action,"
              " case_ref, size, duplicate, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              (e.api_call_id, e.correlation_id, e.sender, e.workflow, e.action, e.case_ref,
               e.size, int(e.duplicate), e.received_at))
