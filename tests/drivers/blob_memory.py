"""Memory driver: stream SIZE_MB through a blob in and out; report peak RSS growth as JSON.

    python tests/drivers/blob_memory.py DATA_DIR SIZE_MB
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from offline.blobs import Blobs
from offline.store import Store


class Generated(io.RawIOBase):
    """SIZE bytes of pseudo-random data, produced on demand (never all in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.seed = hashlib.sha256(b"seed").digest()
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        n = min(len(b), self.left)
        if n <= 0:
            return 0
        out = bytearray()
        while len(out) < n:
            self.seed = hashlib.sha256(self.seed).digest()
            out += self.seed * 64
        b[:n] = out[:n]
        self.digest.update(out[:n])
        self.left -= n
        return n


def peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    data_dir, size_mb = Path(sys.argv[1]), int(sys.argv[2])
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.create(data_dir / "desk.db", os.urandom(32))
    blobs = Blobs(store)
    warm = blobs.put(io.BytesIO(b"w" * 600_000))
    blobs.verify(warm.id)
    baseline = peak_kb()
    source = Generated(size_mb * 1024 * 1024)
    info = blobs.put(io.BufferedReader(source, buffer_size=64 * 1024))
    after_write = peak_kb()
    out_digest = hashlib.sha256()
    size = 0
    with blobs.open(info.id) as fh:
        for block in iter(lambda: fh.read(128 * 1024), b""):
            out_digest.update(block)
            size += len(block)
    after_read = peak_kb()
    store.close()
    print(json.dumps({
        "size": size, "recorded_size": info.size,
        "sha_in": source.digest.hexdigest(), "sha_recorded": info.sha256,
        "sha_out": out_digest.hexdigest(),
        "baseline_kb": baseline, "after_write_kb": after_write, "after_read_kb": after_read,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
