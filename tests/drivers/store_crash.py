"""Crash driver: fork a writer, SIGKILL it at a random moment, verify the store; repeat.

    python tests/drivers/store_crash.py DATA_DIR RUNS SEED

The writer commits rows (and now and then a document blob) in a loop and reports each id on a
pipe only AFTER its transaction committed. After every kill the parent opens the store afresh,
runs both integrity checks, and checks that every reported id is present. Prints a JSON summary.
The parent holds no open connection while forking.
"""

from __future__ import annotations

import io
import json
import os
import random
import select
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from offline.blobs import Blobs
from offline.store import Store

SCHEMA = ("CREATE TABLE IF NOT EXISTS crash_row"
          " (run INTEGER, i INTEGER, body TEXT, PRIMARY KEY (run, i))")


def writer(path: Path, key: bytes, run: int, fd: int) -> None:
    store = Store.open(path, key)
    blobs = Blobs(store, chunk_size=16 * 1024)
    i = 0
    while True:
        with store.transaction() as conn:
            conn.execute("INSERT INTO crash_row(run, i, body) VALUES (?, ?, ?)",
                         (run, i, "x" * (50 + i % 400)))
            if i % 7 == 3:
                blobs.put(io.BytesIO(os.urandom(40_000 + i)))
        os.write(fd, f"{run}:{i}\n".encode())
        i += 1


def main() -> int:
    data_dir, runs, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "desk.db"
    key = os.urandom(32)
    with Store.create(path, key) as s:
        s.conn().execute(SCHEMA)
    reported: set[tuple[int, int]] = set()
    problems: list[str] = []
    killed_before_first_commit = 0
    for run in range(runs):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(r)
            try:
                writer(path, key, run, w)
            finally:
                os._exit(1)
        os.close(w)
        deadline = time.monotonic() + rng.uniform(0.005, 0.08)
        buf = b""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([r], [], [], max(0.0, deadline - time.monotonic()))
            if ready:
                chunk = os.read(r, 65536)
                if not chunk:
                    break
                buf += chunk
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while True:
            chunk = os.read(r, 65536)
            if not chunk:
                break
            buf += chunk
        os.close(r)
        lines = [ln for ln in buf.decode().split("\n") if ln]
        if not lines:
            killed_before_first_commit += 1
        for line in lines:
            a, b = line.split(":")
            reported.add((int(a), int(b)))
        with Store.open(path, key) as s:
            found = s.check()
            if found:
                problems.append(f"run {run}: {found}")
            present = set(s.query("SELECT run, i FROM crash_row"))
            missing = reported - present
            if missing:
                problems.append(f"run {run}: {len(missing)} committed rows missing")
            blob_bad = 0
            for (blob_id,) in s.query("SELECT id FROM blob"):
                try:
                    Blobs(s).verify(blob_id)
                except Exception:
                    blob_bad += 1
            if blob_bad:
                problems.append(f"run {run}: {blob_bad} blobs fail their SHA-256 check")
    print(json.dumps({"runs": runs, "reported_commits": len(reported),
                      "killed_before_first_commit": killed_before_first_commit,
                      "problems": problems}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
