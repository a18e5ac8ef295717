"""The encrypted store: encryption at rest, transactions, migrations, blobs, integrity checks."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from offline import store as store_mod
from offline.blobs import Blobs, BlobTooLarge
from offline.errors import DiskFull, StoreDamaged, StoreTooNew
from offline.migrations import CORE_MIGRATIONS, Migration
from offline.store import KeyRejected, Store, require_sqlcipher

MARKER = "ZZMARKER-Synthetic-Patient-7731"


def new_store(tmp_path: Path, migrations: tuple[Migration, ...] = CORE_MIGRATIONS) -> Store:
    return Store.create(tmp_path / "desk.db", os.urandom(32), migrations)


def all_file_bytes(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_sqlcipher_is_the_sqlite_in_use() -> None:
    assert require_sqlcipher().startswith("4.")


def test_refuses_to_run_on_plain_sqlite(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_mod, "sqlcipher_version", lambda: "")
    with pytest.raises(RuntimeError, match="not SQLCipher"):
        Store.create(tmp_path / "x.db", os.urandom(32))
    assert not (tmp_path / "x.db").exists()


def test_connection_settings(tmp_path: Path) -> None:
    with new_store(tmp_path) as s:
        conn = s.conn()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"


def test_marker_never_appears_in_any_file_including_wal_and_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_dir = tmp_path / "tmp"
    tmp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_dir))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_dir))
    data = tmp_path / "data"
    data.mkdir()
    s = Store.create(data / "desk.db", os.urandom(32))
    with s.transaction() as conn:
        conn.execute("INSERT INTO store_info(key, value) VALUES ('note', ?)", (MARKER,))
    Blobs(s).put(io.BytesIO((MARKER + "\n").encode() * 5000))
    # a sort big enough to want a temporary file
    rows = s.query("SELECT value FROM store_info ORDER BY value DESC")
    assert (MARKER,) in rows
    files_while_open = all_file_bytes(data) | all_file_bytes(tmp_dir)
    assert any(p.name.endswith("-wal") for p in files_while_open)
    s.close()
    files_after = all_file_bytes(data) | all_file_bytes(tmp_dir)
    for path, content in (files_while_open | files_after).items():
        assert MARKER.encode() not in content, path
        assert not content.startswith(b"SQLite format 3"), path


def test_wrong_key_is_rejected_and_leaves_the_file_unchanged(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    s.close()
    before = all_file_bytes(tmp_path)
    with pytest.raises(KeyRejected):
        Store.open(tmp_path / "desk.db", os.urandom(32))
    assert all_file_bytes(tmp_path) == before


def test_transaction_rolls_back_everything_on_error(tmp_path: Path) -> None:
    with new_store(tmp_path) as s:
        with pytest.raises(ZeroDivisionError), s.transaction() as conn:
            conn.execute("INSERT INTO store_info(key, value) VALUES ('a', '1')")
            Blobs(s).put(io.BytesIO(b"doc"))
            _ = 1 / 0
        assert s.info("a") is None
        assert s.query("SELECT count(*) FROM blob")[0][0] == 0


def test_nested_transaction_is_a_savepoint(tmp_path: Path) -> None:
    with new_store(tmp_path) as s:
        with s.transaction() as conn:
            conn.execute("INSERT INTO store_info(key, value) VALUES ('outer', '1')")
            with pytest.raises(KeyError), s.transaction() as inner:
                inner.execute("INSERT INTO store_info(key, value) VALUES ('inner', '1')")
                raise KeyError("x")
        key = s.key
    with Store.open(tmp_path / "desk.db", key) as again:
        assert again.info("outer") == "1"
        assert again.info("inner") is None


# ---------------------------------------------------------------------------- migrations

def test_migrations_apply_once_in_order(tmp_path: Path) -> None:
    extra = (
        Migration("cases", 1, "t1", "CREATE TABLE t1 (x INTEGER)"),
        Migration("cases", 2, "t1 y", "ALTER TABLE t1 ADD COLUMN y TEXT"),
    )
    s = new_store(tmp_path, CORE_MIGRATIONS + extra[:1])
    key = s.key
    s.close()
    with Store.open(tmp_path / "desk.db", key, CORE_MIGRATIONS + extra) as s2:
        assert s2.applied_versions() == {"core": 1, "cases": 2}
        s2.conn().execute("INSERT INTO t1 (x, y) VALUES (1, 'a')")
        assert s2.migrate(CORE_MIGRATIONS + extra) == []


def test_a_failing_migration_applies_nothing(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    key = s.key
    s.close()
    bad = (Migration("cases", 1, "ok", "CREATE TABLE good (x)"),
           Migration("cases", 2, "broken", "CREATE TABLE oops (x"))
    with pytest.raises(store_mod.OperationalError):
        Store.open(tmp_path / "desk.db", key, CORE_MIGRATIONS + bad)
    with Store.open(tmp_path / "desk.db", key) as s2:
        assert s2.applied_versions() == {"core": 1}
        assert not s2.query("SELECT name FROM sqlite_master WHERE name = 'good'")


def test_store_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    key = s.key
    with s.transaction() as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('core', 2, 'future', 'x')")
    s.close()
    before = all_file_bytes(tmp_path)
    with pytest.raises(StoreTooNew, match="newer version of TPA Desk"):
        Store.open(tmp_path / "desk.db", key)
    assert all_file_bytes(tmp_path) == before


def test_migration_numbering_gaps_are_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not numbered"):
        new_store(tmp_path, (*CORE_MIGRATIONS, Migration("x", 2, "gap", "SELECT 1")))


# ---------------------------------------------------------------------------- blobs

def test_blob_round_trip_records_size_and_sha256(tmp_path: Path) -> None:
    data = os.urandom(700_000)
    with new_store(tmp_path) as s:
        blobs = Blobs(s, chunk_size=64 * 1024)
        info = blobs.put(io.BytesIO(data))
        assert info.size == len(data)
        assert info.sha256 == hashlib.sha256(data).hexdigest()
        assert info.chunks == 11
        assert blobs.open(info.id).read() == data
        assert blobs.find_by_sha256(info.sha256) == [info.id]


def test_empty_blob(tmp_path: Path) -> None:
    with new_store(tmp_path) as s:
        info = Blobs(s).put(io.BytesIO(b""))
        assert (info.size, info.chunks) == (0, 0)
        assert Blobs(s).open(info.id).read() == b""


def test_blob_over_the_limit_keeps_nothing(tmp_path: Path) -> None:
    with new_store(tmp_path) as s:
        with pytest.raises(BlobTooLarge):
            Blobs(s, chunk_size=1000).put(io.BytesIO(b"x" * 5000), max_size=4000)
        assert s.query("SELECT count(*) FROM blob")[0][0] == 0
        assert s.query("SELECT count(*) FROM blob_chunk")[0][0] == 0


def test_tampered_blob_fails_its_sha256_check_on_read(tmp_path: Path) -> None:
    with new_store(tmp_path) as s:
        info = Blobs(s, chunk_size=1000).put(io.BytesIO(b"a" * 3000))
        s.conn().execute("UPDATE blob_chunk SET data = ? WHERE blob_id = ? AND seq = 1",
                         (b"b" * 1000, info.id))
        with pytest.raises(StoreDamaged, match="SHA-256"):
            Blobs(s).verify(info.id)
        s.conn().execute("DELETE FROM blob_chunk WHERE blob_id = ? AND seq = 2", (info.id,))
        with pytest.raises(StoreDamaged, match="missing part 2"):
            Blobs(s).open(info.id).read()


# ---------------------------------------------------------------------------- faults

def content_digest(s: Store) -> str:
    """SHA-256 of the store's committed content: the schema and every row of every table."""
    conn = s.conn()
    digest = hashlib.sha256()
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"
                          " ORDER BY type, name").fetchall()
    digest.update(repr(schema).encode())
    for _, name, _, _ in (row for row in schema if row[0] == "table"):
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        digest.update(repr((name, sorted(repr(r) for r in rows))).encode())
    return digest.hexdigest()


def file_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of the database and its WAL. The -shm file is left out: it is SQLite's WAL index
    (shared memory, rebuilt at every open), never data."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("-shm")}


def test_full_disk_rolls_back_and_keeps_what_was_saved(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    key = s.key
    saved = Blobs(s).put(io.BytesIO(b"saved before the disk filled" * 100))
    s.conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything committed is in desk.db
    before_content, before_files = content_digest(s), file_digests(tmp_path)
    assert set(before_files) == {"desk.db", "desk.db-wal"}
    pages = s.conn().execute("PRAGMA page_count").fetchone()[0]
    s.conn().execute(f"PRAGMA max_page_count = {pages + 3}")
    with pytest.raises(DiskFull, match="disk is full"):
        Blobs(s).put(io.BytesIO(os.urandom(2_000_000)))
    # the refused write left the database and its WAL byte-identical
    assert file_digests(tmp_path) == before_files
    assert content_digest(s) == before_content
    assert s.query("SELECT count(*) FROM blob")[0][0] == 1
    assert Blobs(s).open(saved.id).read() == b"saved before the disk filled" * 100
    assert s.check() == []
    s.close()
    # and so it stays once closed and opened again
    assert file_digests(tmp_path)["desk.db"] == before_files["desk.db"]
    with Store.open(tmp_path / "desk.db", key, migrate=False) as again:
        assert content_digest(again) == before_content
        with again.transaction() as conn:  # the digest does see a committed change
            conn.execute("INSERT INTO store_info(key, value) VALUES ('note', 'x')")
        assert content_digest(again) != before_content


def test_check_finds_a_flipped_byte_inside_the_database(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    key = s.key
    Blobs(s).put(io.BytesIO(os.urandom(200_000)))
    s.close()
    path = tmp_path / "desk.db"
    raw = bytearray(path.read_bytes())
    page = s.cipher.page_size
    assert len(raw) > 4 * page
    raw[3 * page + 100] ^= 0x01  # a byte inside the fourth page
    path.write_bytes(bytes(raw))
    with Store.open(path, key, migrate=False) as damaged:
        problems = damaged.check()
    assert problems
    assert any("HMAC" in p or "cipher" in p for p in problems)
