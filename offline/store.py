"""The encrypted store: one SQLCipher 4 database keyed with a raw 256-bit key.

Every connection is set up the same way: SQLCipher logging off (nothing leaks to stderr), the raw
key, WAL with ``synchronous=FULL``, foreign keys, ``secure_delete``, temporary tables in memory
(no plaintext temp files). Connections are per thread; ``transaction()`` gives one
``BEGIN IMMEDIATE`` ... ``COMMIT`` unit (nested calls become savepoints), so that a change and the
outbox message it causes are written together or not at all.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from offline.errors import DiskFull, StoreDamaged, StoreTooNew, WrongKey
from offline.migrations import CORE_MIGRATIONS, Migration, check_sequence, latest_versions

if TYPE_CHECKING:  # sqlcipher3 has the sqlite3 API but ships no type hints
    from sqlite3 import Connection
else:
    Connection = sqlcipher.Connection
DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError
OperationalError = sqlcipher.OperationalError

BUSY_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class CipherSettings:
    """SQLCipher page settings, recorded per store (desk.json) so that a store always opens with
    the settings it was written with.

    The desk's default differs from SQLCipher 4's (4 KiB pages, HMAC-SHA512): 16 KiB pages and
    HMAC-SHA256 cut the per-page cost of reading and writing document blobs about threefold
    (tools/bench_store.py) with AES-256 and a per-page HMAC all the same.
    """

    page_size: int = 16384
    hmac: str = "HMAC_SHA256"

    def pragmas(self, schema: str = "") -> list[str]:
        prefix = f"{schema}." if schema else ""
        if self.page_size not in (1024, 2048, 4096, 8192, 16384, 32768, 65536):
            raise ValueError(f"bad cipher page size {self.page_size}")
        if self.hmac not in ("HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"):
            raise ValueError(f"bad cipher HMAC {self.hmac}")
        return [f"PRAGMA {prefix}cipher_page_size = {self.page_size}",
                f"PRAGMA {prefix}cipher_hmac_algorithm = {self.hmac}"]

    def to_json(self) -> dict[str, Any]:
        return {"page_size": self.page_size, "hmac": self.hmac}

    @classmethod
    def from_json(cls, data: Any) -> CipherSettings:
        if not isinstance(data, dict):
            return cls()
        return cls(int(data.get("page_size", 16384)), str(data.get("hmac", "HMAC_SHA256")))


DEFAULT_CIPHER = CipherSettings()


class KeyRejected(WrongKey):
    """SQLCipher could not read page 1 with this key (wrong key, or not a SQLCipher file)."""


def sqlcipher_version() -> str:
    """The SQLCipher version linked into the sqlite module in use, or '' when it is plain SQLite."""
    conn = sqlcipher.connect(":memory:")
    try:
        rows = conn.execute("PRAGMA cipher_version").fetchall()
    finally:
        conn.close()
    return str(rows[0][0]) if rows and rows[0][0] else ""


def require_sqlcipher() -> str:
    version = sqlcipher_version()
    if not version:
        raise RuntimeError(
            "The sqlite module in use is not SQLCipher; TPA Desk refuses to store patient data "
            "unencrypted. Reinstall the 'sqlcipher3' package."
        )
    return version


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


# sqlcipher3 reports the primary code only: SQLITE_IOERR covers a write that failed because the
# file hit its size limit (EFBIG, quota) or the disk failed.
DISK_FAILURES = {"SQLITE_IOERR", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC"}


def is_disk_full(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorname", "")
    return code == "SQLITE_FULL" or "database or disk is full" in str(exc)


def translate(exc: BaseException) -> BaseException:
    """Map SQLite failures a person can fix to DeskErrors; leave the rest (bugs) alone."""
    if is_disk_full(exc):
        return DiskFull(
            "The disk is full (or the store reached its size limit); the change was rolled back "
            "and nothing already saved was lost. Free some disk space and try again."
        )
    if getattr(exc, "sqlite_errorname", "") in DISK_FAILURES:
        return DiskFull(
            "The store could not be written to the disk (it may be full, over its quota, or "
            "failing); the change was rolled back and nothing already saved was lost. Free some "
            "space or ask IT to check the disk, then try again."
        )
    return exc


def _hex_key(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the store key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def connect(path: Path, key: bytes, cipher: CipherSettings = DEFAULT_CIPHER, *,
            timeout_ms: int = BUSY_TIMEOUT_MS) -> Connection:
    """Open one keyed connection and prove that the key reads the file."""
    conn: Connection = sqlcipher.connect(str(path), isolation_level=None,
                                         check_same_thread=False, timeout=timeout_ms / 1000)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_hex_key(key)}")
        for pragma in cipher.pragmas():
            conn.execute(pragma)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise KeyRejected(
                "The key does not open this store (or the file is not a TPA Desk store)."
            ) from exc
        conn.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn
    except BaseException:
        conn.close()
        raise


class Store:
    """A keyed SQLCipher database with per-thread connections and migrations."""

    def __init__(self, path: Path, key: bytes, cipher: CipherSettings = DEFAULT_CIPHER) -> None:
        self.path = Path(path)
        self._key = bytes(key)
        self.cipher = cipher
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Connection] = []
        self._closed = False

    # ------------------------------------------------------------------ open / create

    @classmethod
    def create(cls, path: Path, key: bytes, migrations: Sequence[Migration] = CORE_MIGRATIONS,
               *, store_id: str | None = None,
               cipher: CipherSettings = DEFAULT_CIPHER) -> Store:
        """Create a new, empty, migrated store file (which must not exist yet)."""
        require_sqlcipher()
        if path.exists():
            raise FileExistsError(path)
        store = cls(path, key, cipher)
        store.migrate(migrations)
        with store.transaction() as conn:
            conn.execute("INSERT INTO store_info(key, value) VALUES ('store_id', ?)",
                         (store_id or uuid.uuid4().hex,))
            conn.execute("INSERT INTO store_info(key, value) VALUES ('created_at', ?)",
                         (now_utc(),))
        return store

    @classmethod
    def open(cls, path: Path, key: bytes, migrations: Sequence[Migration] = CORE_MIGRATIONS,
             *, migrate: bool = True, cipher: CipherSettings = DEFAULT_CIPHER) -> Store:
        """Open an existing store; refuse one written by a newer version; apply migrations."""
        require_sqlcipher()
        if not path.is_file():
            raise FileNotFoundError(path)
        store = cls(path, key, cipher)
        try:
            store.conn()  # proves the key
            store.refuse_if_newer(migrations)
            if migrate:
                store.migrate(migrations)
        except BaseException:
            store.close()
            raise
        return store

    @property
    def key(self) -> bytes:
        """The raw key (for wrapping it into a new passphrase slot)."""
        return self._key

    # ------------------------------------------------------------------ connections

    def conn(self) -> Connection:
        """This thread's connection (opened on first use)."""
        if self._closed:
            raise RuntimeError("the store is closed")
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, self._key, self.cipher)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
            self._closed = True
        for c in conns:
            with contextlib.suppress(Exception):
                c.close()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work on this thread's connection; nested calls are savepoints."""
        conn = self.conn()
        if conn.in_transaction:
            name = f"sp_{uuid.uuid4().hex[:12]}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException as exc:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                mapped = translate(exc)
                if mapped is not exc:
                    raise mapped from exc
                raise
            conn.execute(f"RELEASE {name}")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with contextlib.suppress(DatabaseError):
                    conn.execute("ROLLBACK")
            mapped = translate(exc)
            if mapped is not exc:
                raise mapped from exc
            raise

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return list(self.conn().execute(sql, params).fetchall())

    # ------------------------------------------------------------------ migrations

    def applied_versions(self) -> dict[str, int]:
        conn = self.conn()
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
        ).fetchone()
        if not exists:
            return {}
        rows = conn.execute(
            "SELECT component, MAX(version) FROM schema_migrations GROUP BY component"
        ).fetchall()
        return {str(c): int(v) for c, v in rows}

    def refuse_if_newer(self, migrations: Sequence[Migration]) -> None:
        known = latest_versions(migrations)
        for component, version in self.applied_versions().items():
            if version > known.get(component, 0):
                raise StoreTooNew(
                    f"This store was written by a newer version of TPA Desk (its '{component}' "
                    f"data is at version {version}; this program knows up to "
                    f"{known.get(component, 0)}). Install the newer TPA Desk; this store was "
                    "not changed."
                )

    def migrate(self, migrations: Sequence[Migration]) -> list[Migration]:
        """Apply the missing migrations in one transaction; return what was applied."""
        check_sequence(migrations)
        with self.transaction() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " component TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,"
                " applied_at TEXT NOT NULL, PRIMARY KEY (component, version))"
            )
            self.refuse_if_newer(migrations)
            applied = self.applied_versions()
            todo = sorted(
                (m for m in migrations if m.version > applied.get(m.component, 0)),
                key=lambda m: (m.component != "core", m.component, m.version),
            )
            for m in todo:
                m.apply(conn)
                conn.execute(
                    "INSERT INTO schema_migrations(component, version, name, applied_at)"
                    " VALUES (?, ?, ?, ?)",
                    (m.component, m.version, m.name, now_utc()),
                )
        return todo

    # ------------------------------------------------------------------ info and checks

    def info(self, key: str) -> str | None:
        row = self.conn().execute("SELECT value FROM store_info WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def check(self) -> list[str]:
        """Run SQLCipher's page HMAC check, SQLite's integrity check and the foreign-key check.
        Returns the problems found, or an empty list."""
        problems: list[str] = []
        conn = self.conn()
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            for (row,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
                problems.append(f"cipher_integrity_check: {row}")
            for (row,) in conn.execute("PRAGMA integrity_check").fetchall():
                if str(row).lower() != "ok":
                    problems.append(f"integrity_check: {row}")
            for row in conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign_key_check: table {row[0]} row {row[1]} -> {row[2]}")
        except DatabaseError as exc:
            problems.append(f"the database could not be read: {exc}")
        return problems

    def require_ok(self) -> None:
        problems = self.check()
        if problems:
            raise StoreDamaged("The store failed its checks:\n  " + "\n  ".join(problems))

    # ------------------------------------------------------------------ key rotation, export

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key``. All other connections must be closed."""
        conn = self.conn()
        with self._lock:
            others = [c for c in self._all if c is not conn]
        if others:
            raise RuntimeError("rekey needs the store to have a single open connection")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        try:
            conn.execute(f"PRAGMA rekey = {_hex_key(new_key)}")
        finally:
            conn.execute("PRAGMA journal_mode = WAL")
        self._key = bytes(new_key)

    def export_to(self, dest: Path, key: bytes) -> None:
        """Write a consistent, encrypted copy of the whole store to ``dest`` under ``key``."""
        conn = self.conn()
        if dest.exists():
            raise FileExistsError(dest)
        conn.execute(f"ATTACH DATABASE ? AS export KEY {_hex_key(key)}", (str(dest),))
        try:
            for pragma in self.cipher.pragmas("export"):
                conn.execute(pragma)
            conn.execute("SELECT sqlcipher_export('export')").fetchall()
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA export.user_version = {int(version)}")
        except DatabaseError as exc:
            raise translate(exc) from exc
        finally:
            conn.execute("DETACH DATABASE export")
