"""Documents as chunked blobs inside the encrypted database.

Put from a stream, get as a stream: a document is never whole in memory and never written to a
plaintext temporary file. SHA-256 and size are recorded at write time and verified on read.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from offline.errors import StoreDamaged
from offline.store import Store, now_utc

CHUNK_SIZE = 256 * 1024


@dataclass(frozen=True)
class BlobInfo:
    id: str
    sha256: str
    size: int
    chunks: int
    created_at: str


class BlobTooLarge(ValueError):
    """The stream went past the size limit given to ``put``; nothing was kept."""


class Blobs:
    """Chunked blob storage on a Store."""

    def __init__(self, store: Store, chunk_size: int = CHUNK_SIZE) -> None:
        self.store = store
        self.chunk_size = chunk_size

    def put(self, stream: BinaryIO, *, max_size: int | None = None) -> BlobInfo:
        """Store the stream's bytes. Runs inside the caller's transaction when there is one, so a
        document and the record that refers to it commit together."""
        blob_id = uuid.uuid4().hex
        digest = hashlib.sha256()
        size = 0
        seq = 0
        created = now_utc()
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO blob(id, sha256, size, chunk_size, chunks, created_at)"
                " VALUES (?, '', 0, ?, 0, ?)",
                (blob_id, self.chunk_size, created),
            )
            while True:
                chunk = stream.read(self.chunk_size)
                if not chunk:
                    break
                size += len(chunk)
                if max_size is not None and size > max_size:
                    raise BlobTooLarge(f"more than {max_size} bytes")
                digest.update(chunk)
                conn.execute(
                    "INSERT INTO blob_chunk(blob_id, seq, data) VALUES (?, ?, ?)",
                    (blob_id, seq, bytes(chunk)),
                )
                seq += 1
            sha = digest.hexdigest()
            conn.execute("UPDATE blob SET sha256 = ?, size = ?, chunks = ? WHERE id = ?",
                         (sha, size, seq, blob_id))
        return BlobInfo(blob_id, sha, size, seq, created)

    def put_bytes(self, data: bytes) -> BlobInfo:
        return self.put(io.BytesIO(data))

    def info(self, blob_id: str) -> BlobInfo:
        row = self.store.conn().execute(
            "SELECT id, sha256, size, chunks, created_at FROM blob WHERE id = ?", (blob_id,)
        ).fetchone()
        if row is None:
            raise KeyError(blob_id)
        return BlobInfo(str(row[0]), str(row[1]), int(row[2]), int(row[3]), str(row[4]))

    def find_by_sha256(self, sha256: str) -> list[str]:
        rows = self.store.conn().execute("SELECT id FROM blob WHERE sha256 = ?", (sha256,))
        return [str(r[0]) for r in rows.fetchall()]

    def chunks(self, blob_id: str) -> Iterator[bytes]:
        """The blob's bytes chunk by chunk; raises StoreDamaged at the end if the SHA-256 or the
        size does not match what was recorded."""
        info = self.info(blob_id)
        digest = hashlib.sha256()
        size = 0
        conn = self.store.conn()
        for seq in range(info.chunks):
            row = conn.execute(
                "SELECT data FROM blob_chunk WHERE blob_id = ? AND seq = ?", (blob_id, seq)
            ).fetchone()
            if row is None:
                raise StoreDamaged(f"Document {blob_id} is missing part {seq}; restore a backup.")
            data = bytes(row[0])
            digest.update(data)
            size += len(data)
            yield data
        if size != info.size or digest.hexdigest() != info.sha256:
            raise StoreDamaged(
                f"Document {blob_id} failed its SHA-256 check; it was changed or damaged. "
                "Restore it from a backup or scan it again."
            )

    def open(self, blob_id: str) -> BinaryIO:
        """A read-only file-like view of the blob (verified at the end of the stream)."""
        return io.BufferedReader(_ChunkReader(self.chunks(blob_id)), buffer_size=self.chunk_size)

    def verify(self, blob_id: str) -> None:
        for _ in self.chunks(blob_id):
            pass

    def delete(self, blob_id: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM blob WHERE id = ?", (blob_id,))


class _ChunkReader(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buf:
            nxt = next(self._chunks, None)
            if nxt is None:
                return 0
            self._buf = nxt
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n
