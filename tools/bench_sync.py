"""Benchmark: the sync engine against a bare httpx loop, delivering to the sandbox in one run.

    .venv/bin/python tools/bench_sync.py [--count 1000] [--doc-kb 200] [--part-c attached|generated]
                                         [--parallel 4] [--out bench-results]

What it does (synthetic data only, everything on 127.0.0.1):

1. Starts the training sandbox in its own process, its payer idle (a decision delay of an hour),
   so that only the exchange's work (token check, JWE decryption, FHIR validation, ledger) runs.
2. Creates a desk with ``--count`` cases, each with one ``--doc-kb`` KB attachment, and queues a
   pre-auth for each. With ``--part-c attached`` (default) the attachment is the signed, scanned
   Part C (category FCF), as hospitals usually send it; with ``generated`` it is a plain document
   and the desk renders the Part C PDF at send time (much slower: see the figures).
3. Bare loop: the same bundles, built and sealed BEFORE timing (fresh ids, so the exchange does
   the same work and does not answer "duplicate"), posted one after another with one httpx
   client. Only the posting is timed.
4. Sync engine: a separate process opens the desk and runs ``SyncEngine.send_due()`` (building
   each bundle from the store, streaming the document, sealing with a fresh timestamp, posting,
   classifying, recording) with ``--parallel`` workers. Its time and its peak RSS (``VmHWM``)
   are reported; the documents it sends total ``count * doc-kb`` (1,000 x 200 KB
   is about 200 MB, so the figure covers the "100 MB of documents go out" goal).

Prints a summary and writes JSON to ``--out``. Goals (issue 5): engine / bare throughput ratio
>= 0.7; peak RSS of the syncing process <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from app.admission import example_admission_json
from app.cases import create_case
from app.desk import Desk
from app.documents import add_document
from app.hcx.headers import MessageIds, new_uuid, seal_message
from app.hcx.registry import ParticipantRegistry
from app.payers import TRAINING_PAYER, get_profile
from app.service import DeskService
from offline.keys import KdfParams, KeyringAccess
from offline.outbox import State

PASSPHRASE = "synthetic benchmark passphrase"
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
SANDBOX = ("import sys; from pathlib import Path; from app.sandbox.server import SandboxServer;"
           "SandboxServer(Path(sys.argv[1]), 3600.0).serve_forever("
           "on_ready=lambda url: print(url, flush=True))")
ROOT = Path(__file__).resolve().parents[1]


def status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status (Linux), in KB: ``VmRSS`` (now)
    or ``VmHWM`` (the peak). ``ru_maxrss`` is not used: Linux keeps it across exec, so a child
    started from a big parent would report the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def attachment(seed: int, size: int) -> bytes:
    """A valid PNG of ``size`` bytes whose content differs per seed (a private chunk pads it)."""
    import io
    import zlib

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (seed % 256, seed * 7 % 256, 90)).save(out, format="PNG")
    base = out.getvalue()
    pad = max(0, size - len(base) - 12)
    block = os.urandom(min(pad, 64 * 1024)) if pad else b""
    data = (block * (pad // max(1, len(block)) + 1))[:pad]
    kind = b"prVt"
    chunk = len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    return base[:33] + chunk + base[33:]


def open_service(data_dir: Path, url: str, **options: Any) -> DeskService:
    desk = Desk.open(data_dir, lambda: PASSPHRASE, keyring=KeyringAccess(False))
    return DeskService(desk, keyring=KeyringAccess(False), training=True, sandbox_url=url,
                       **options)


def prepare(data_dir: Path, url: str, count: int, doc_bytes: int, part_c: str) -> None:
    """The desk, ``count`` cases with their attachment, and a queued pre-auth for each."""
    import io

    Desk.create(data_dir, passphrase=PASSPHRASE, use_keyring=False,
                keyring=KeyringAccess(False), kdf=FAST_KDF).close()
    svc = open_service(data_dir, url, synchronous=True)
    try:
        svc.connect()
        admission = example_admission_json()
        category = "FCF" if part_c == "attached" else "OTH"
        for i in range(count):
            # a policy of its own per case: the sandbox payer never approves beyond what is
            # left of a policy's sum insured
            admission["coverage"]["policy_number"] = f"TRN/BENCH/{i:06d}"
            case_id = create_case(svc.store, admission, actor="bench")
            add_document(svc.store, case_id, io.BytesIO(attachment(i, doc_bytes)),
                         category=category, stage="preauth", filename=f"doc-{i}.png",
                         actor="bench")
            add_document(svc.store, case_id, io.BytesIO(attachment(10**6 + i, 2000)),
                         category="POI", stage="preauth", filename="id.png", actor="bench")
            svc.submit(case_id, "preauth", actor="bench")
    finally:
        svc.stop()
        svc.desk.close()


def bare_loop(data_dir: Path, url: str) -> dict[str, Any]:
    """Seal every queued message's bundle with fresh ids (untimed), then post them in a plain
    loop (timed)."""
    svc = open_service(data_dir, url, synchronous=True)
    try:
        svc.connect()
        transport = svc.transport
        profile = get_profile(svc.store, TRAINING_PAYER)
        client = transport.client(TRAINING_PAYER)
        cert = ParticipantRegistry(svc.store, client).certificate(
            profile.payer_participant_code)
        sealed: list[tuple[str, str]] = []
        started = time.perf_counter()
        for msg in svc.queue(states=[State.QUEUED]):
            built = transport.build(msg, profile)
            ids = MessageIds(new_uuid(), new_uuid(), msg.workflow_id or "preauth",
                             msg.params.get("request_id"))
            s = seal_message(built.data, profile=profile, action="preauth", ids=ids,
                             recipient_cert_pem=cert, ben_abha_id=msg.params.get("abha") or None)
            sealed.append((s.path, s.jwe))
        sealing = time.perf_counter() - started
        auth = client.tokens.auth_headers()
        base = profile.exchange_url.rstrip("/")
        payload_bytes = sum(len(jwe) for _, jwe in sealed)
        with httpx.Client(timeout=120.0) as http:
            started = time.perf_counter()
            for path, jwe in sealed:
                answer = http.post(base + path, content=json.dumps({"payload": jwe}),
                                   headers={**auth, "Content-Type": "application/json"})
                if answer.status_code != 202:
                    raise SystemExit(f"bare loop: HTTP {answer.status_code}: {answer.text[:300]}")
            elapsed = time.perf_counter() - started
        return {"messages": len(sealed), "seconds": round(elapsed, 3),
                "per_second": round(len(sealed) / elapsed, 2),
                "payload_mb": round(payload_bytes / 1e6, 1),
                "presealing_seconds": round(sealing, 2)}
    finally:
        svc.stop()
        svc.desk.close()


def sync_child(data_dir: Path, url: str, parallel: int) -> None:
    """Run in its own process: send every queued message with the engine; print JSON."""
    svc = open_service(data_dir, url, max_parallel=parallel)
    try:
        svc.connect()
        client = svc.transport.client(TRAINING_PAYER)  # token and certificate, untimed
        client.tokens.token()
        ParticipantRegistry(svc.store, client).certificate(
            get_profile(svc.store, TRAINING_PAYER).payer_participant_code)
        rss_before = status_kb("VmRSS")
        queued = len(svc.queue(states=[State.QUEUED]))
        started = time.perf_counter()
        delivered = retried = rejected = 0
        deadline = time.monotonic() + 3600
        while time.monotonic() < deadline:
            report = svc.engine.send_due()
            delivered += report.delivered
            retried += report.retried
            rejected += report.rejected
            if not svc.queue(states=[State.QUEUED, State.SENDING]):
                break
            svc.engine.outbox.make_due()
        elapsed = time.perf_counter() - started
        peak_kb = status_kb("VmHWM")
        print(json.dumps({"messages": queued, "delivered": delivered, "retried": retried,
                          "rejected": rejected, "seconds": round(elapsed, 3),
                          "per_second": round(delivered / elapsed, 2) if elapsed else None,
                          "rss_before_sending_mb": round(rss_before / 1024, 1),
                          "peak_rss_mb": round(peak_kb / 1024, 1)}))
    finally:
        svc.stop()
        svc.desk.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--doc-kb", type=int, default=200)
    ap.add_argument("--part-c", choices=("attached", "generated"), default="attached")
    ap.add_argument("--parallel", type=int, default=4)
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results")
    ap.add_argument("--sync-child", nargs=2, metavar=("DATA_DIR", "URL"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.sync_child:
        sync_child(Path(args.sync_child[0]), args.sync_child[1], args.parallel)
        return 0

    work = Path(tempfile.mkdtemp(prefix="tpadesk-bench-sync-"))
    sandbox = subprocess.Popen([sys.executable, "-c", SANDBOX, str(work / "sandbox")],
                               cwd=str(ROOT), stdout=subprocess.PIPE, text=True)
    try:
        assert sandbox.stdout is not None
        url = sandbox.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise SystemExit(f"the sandbox did not start: {url!r}")
        data_dir = work / "desk"
        t = time.perf_counter()
        prepare(data_dir, url, args.count, args.doc_kb * 1000, args.part_c)
        print(f"prepared {args.count} cases in {time.perf_counter() - t:.1f} s", flush=True)
        bare = bare_loop(data_dir, url)
        print(f"bare loop: {bare}", flush=True)
        child = subprocess.run(
            [sys.executable, __file__, "--parallel", str(args.parallel),
             "--sync-child", str(data_dir), url], cwd=str(ROOT), capture_output=True,
            text=True, check=False)
        if child.returncode != 0:
            raise SystemExit(f"the syncing process failed:\n{child.stderr[-3000:]}")
        engine = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"sync engine: {engine}", flush=True)
        ledger = httpx.get(f"{url}/sandbox/ledger", timeout=60).json()
        firsts = sum(1 for r in ledger if not r["duplicate"])
    finally:
        sandbox.send_signal(signal.SIGTERM)
        try:
            sandbox.wait(30)
        except subprocess.TimeoutExpired:
            sandbox.kill()
            sandbox.wait(10)
        shutil.rmtree(work, ignore_errors=True)

    ratio = engine["per_second"] / bare["per_second"]
    result = {
        "benchmark": "sync", "count": args.count, "doc_kb": args.doc_kb,
        "part_c": args.part_c, "parallel": args.parallel,
        "documents_mb": round(args.count * args.doc_kb / 1000, 1),
        "bare_loop": bare, "engine": engine, "ratio_engine_to_bare": round(ratio, 3),
        "ledger_receipts": firsts, "expected_receipts": 2 * args.count,
        "goals": {"ratio_at_least": 0.7, "peak_rss_mb_at_most": 300},
        "met": {"ratio": ratio >= 0.7, "peak_rss": engine["peak_rss_mb"] <= 300},
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform()},
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    print(f"\nengine {engine['per_second']} msg/s vs bare loop {bare['per_second']} msg/s: "
          f"ratio {ratio:.2f} (goal >= 0.7); peak RSS of the syncing process "
          f"{engine['peak_rss_mb']} MB while {result['documents_mb']} MB of documents went out "
          f"(goal <= 300 MB); ledger {firsts}/{2 * args.count} receipts")
    args.out.mkdir(parents=True, exist_ok=True)
    name = f"sync-{args.part_c}-{args.count}x{args.doc_kb}kb.json"
    (args.out / name).write_text(json.dumps(result, indent=2) + "\n")
    return 0 if firsts == 2 * args.count else 1


if __name__ == "__main__":
    raise SystemExit(main())
