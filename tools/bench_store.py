"""Benchmark: the encrypted store against plain SQLite, in the same run.

    .venv/bin/python tools/bench_store.py [--records 10000] [--blobs 200] [--rounds 3] [--out DIR]

Both databases use the same library (sqlcipher3; the plain one is simply not keyed), the same
schema and the same settings (the same page size, WAL, synchronous=FULL, foreign keys,
secure_delete, temp_store in memory), so the ratio isolates the cost of encryption. The two
alternate over ``--rounds`` rounds on fresh files and each figure is the median. Workloads:

- small records, one transaction per record (how the desk saves: each save is durable at once);
- small records in batches of 100 (an import from a hospital information system);
- 1 MiB blobs streamed in 256 KiB chunks, one transaction per blob, then read back and verified.

Also: the time to open the store with the raw key from the keyring, and with the passphrase KDF
(Argon2id, the default parameters). Prints a table and writes JSON to bench-results/.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlcipher3 import dbapi2 as sqlcipher

from offline.blobs import Blobs
from offline.keys import KeyringAccess
from offline.migrations import CORE_MIGRATIONS
from offline.store import DEFAULT_CIPHER, Store
from offline.vault import Vault

SCHEMA = "CREATE TABLE IF NOT EXISTS rec (id INTEGER PRIMARY KEY, case_ref TEXT, body TEXT)"
RECORD = json.dumps({"name": "Synthetic Patient", "policy": "TRN/HL/2026/000123",
                     "notes": "x" * 300})


def plain_store(path: Path) -> Store:
    """A Store whose connections are not keyed: plain SQLite through the same library."""

    class PlainStore(Store):
        def conn(self):  # type: ignore[no-untyped-def]
            c = getattr(self._local, "conn", None)
            if c is None:
                c = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
                # the same page size as the encrypted store (set before the first table)
                for pragma in (f"page_size = {DEFAULT_CIPHER.page_size}", "journal_mode = WAL",
                               "synchronous = FULL", "foreign_keys = ON", "secure_delete = ON",
                               "temp_store = MEMORY"):
                    c.execute(f"PRAGMA {pragma}")
                self._local.conn = c
                with self._lock:
                    self._all.append(c)
            return c

    s = PlainStore(path, b"\0" * 32)
    s.migrate(CORE_MIGRATIONS)
    return s


def encrypted_store(path: Path) -> Store:
    return Store.create(path, os.urandom(32), CORE_MIGRATIONS)


def timed(fn: Callable[[], None]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def workload(store: Store, records: int, blobs: int) -> dict[str, float]:
    conn = store.conn()
    conn.execute(SCHEMA)

    def single() -> None:
        for i in range(records):
            with store.transaction() as c:
                c.execute("INSERT INTO rec(case_ref, body) VALUES (?, ?)", (f"C{i}", RECORD))

    def batched() -> None:
        for start in range(0, records, 100):
            with store.transaction() as c:
                c.executemany("INSERT INTO rec(case_ref, body) VALUES (?, ?)",
                              [(f"B{i}", RECORD) for i in range(start, start + 100)])

    b = Blobs(store)
    payload = os.urandom(1024 * 1024)
    ids: list[str] = []

    def blob_write() -> None:
        for _ in range(blobs):
            ids.append(b.put(io.BytesIO(payload)).id)

    def blob_read() -> None:
        for blob_id in ids:
            b.verify(blob_id)

    return {
        "records_single_s": timed(single),
        "records_batched_s": timed(batched),
        "blobs_write_s": timed(blob_write),
        "blobs_read_s": timed(blob_read),
    }


def open_times(tmp: Path, repeats: int = 5) -> dict[str, float]:
    from keyring.backend import KeyringBackend

    class Mem(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        items: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, s: str, u: str) -> str | None:
            return self.items.get((s, u))

        def set_password(self, s: str, u: str, p: str) -> None:
            self.items[(s, u)] = p

        def delete_password(self, s: str, u: str) -> None:
            self.items.pop((s, u), None)

    import keyring

    keyring.set_keyring(Mem())
    kr_dir, pw_dir = tmp / "kr", tmp / "pw"
    Vault(kr_dir).create().close()
    Vault(pw_dir, keyring=KeyringAccess(False)).create(passphrase="benchmark passphrase").close()
    out = {}
    for label, vault, source in (
        ("open_keyring_s", Vault(kr_dir), None),
        ("open_passphrase_s", Vault(pw_dir, keyring=KeyringAccess(False)),
         lambda: "benchmark passphrase"),
    ):
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            vault.unlock(source).close()
            samples.append(time.perf_counter() - t0)
        out[label] = statistics.median(samples)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--blobs", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3,
                    help="plain and encrypted alternate this many times, on fresh files; "
                         "each figure is the median of its rounds")
    ap.add_argument("--out", default="bench-results")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tpadesk-bench-"))
    plain_runs: list[dict[str, float]] = []
    enc_runs: list[dict[str, float]] = []
    try:
        # alternate on fresh files so that both see the same machine state (cache, load)
        for n in range(max(1, args.rounds)):
            for runs, make in ((plain_runs, plain_store), (enc_runs, encrypted_store)):
                store = make(tmp / f"{make.__name__}-{n}.db")
                try:
                    runs.append(workload(store, args.records, args.blobs))
                finally:
                    store.close()
        opens = open_times(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rp = {k: statistics.median(r[k] for r in plain_runs) for k in plain_runs[0]}
    re_ = {k: statistics.median(r[k] for r in enc_runs) for k in enc_runs[0]}
    rows = []
    for key, label in (("records_single_s", f"{args.records:,} records, 1 per transaction"),
                       ("records_batched_s", f"{args.records:,} records, 100 per transaction"),
                       ("blobs_write_s", f"{args.blobs} blobs of 1 MiB written"),
                       ("blobs_read_s", f"{args.blobs} blobs of 1 MiB read + SHA-256")):
        rows.append((label, rp[key], re_[key], rp[key] / re_[key]))
    rows.append(("the whole workload together", sum(r[1] for r in rows),
                 sum(r[2] for r in rows), sum(r[1] for r in rows) / sum(r[2] for r in rows)))
    print(f"{'workload':44} {'plain s':>9} {'encrypted s':>12} {'ratio':>7}")
    for label, p, e, r in rows:
        print(f"{label:44} {p:9.3f} {e:12.3f} {r:7.2f}")
    print(f"ratio = encrypted throughput / plain throughput (goal >= 0.80); median of "
          f"{len(plain_runs)} alternating round(s); page size {DEFAULT_CIPHER.page_size} for both")
    print(f"open with the keyring key:      {opens['open_keyring_s'] * 1000:7.1f} ms (median)")
    print(f"open with the passphrase (KDF): {opens['open_passphrase_s'] * 1000:7.1f} ms (median)")
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    (out / "store.json").write_text(json.dumps({
        "machine": platform.platform(), "cpus": os.cpu_count(),
        "rounds": len(plain_runs), "page_size": DEFAULT_CIPHER.page_size,
        "plain": rp, "encrypted": re_, "opens": opens,
        "ratios": {k: rp[k] / re_[k] for k in rp},
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
