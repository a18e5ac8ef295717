"""Crash driver: SIGKILL a syncing desk at random moments against a real sandbox; repeat.

    python tests/drivers/sync_crash.py WORK_DIR RUNS SEED

The sandbox (exchange + payer + relay) runs in its own process on 127.0.0.1 with an instant
payer. This process plays the clerk: between runs it admits new cases and queues their
pre-auths, queues a discharge for each approved pre-auth and answers each open query, all in the
desk's encrypted store. For each run it forks a syncer (sync passes in a loop, parallel sends,
real loopback HTTP, real JWE) and SIGKILLs it after a random delay; after each kill it opens the
store afresh, checks it, and notes messages caught mid-send (``sending``) or delivered but not
yet answered. At the end one clean sync finishes the work, and the driver checks that

- the ledger holds exactly one non-duplicate receipt per outbox message, under its ids, and
  nothing else;
- every outbox message is done (none needs attention, none is lost);
- every leg sent to the payer got exactly one decision in the audit trail, and every answer in
  the inbox was applied once (no dead letters);
- the store passes its integrity checks and the audit chain is intact.

Prints a JSON summary; ``problems`` is empty when everything held. The parent holds no open
store and runs no thread while it forks.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx

from app import audit
from app.cases import load_case, update_admission
from app.documents import add_document
from app.lifecycle import legs_of
from app.service import DeskService
from offline.keys import KeyringAccess
from offline.outbox import State
from offline.retry import Backoff
from tests.test_e2e_support import ACTOR, admit, make_desk, open_desk, png

#: estimates (OT head, rupees) giving an approval, a partial approval and a query
KINDS = (None, 120_000, 325_000)
SANDBOX = ("import sys; from pathlib import Path; from app.sandbox.server import SandboxServer;"
           "SandboxServer(Path(sys.argv[1]), 0.0).serve_forever("
           "on_ready=lambda url: print(url, flush=True))")
QUICK = Backoff(base=0.05, factor=2.0, cap=0.3, floor=0.01)


def start_sandbox(state: Path) -> tuple[subprocess.Popen[str], str]:
    """The sandbox in its own process; returns it and its URL."""
    proc = subprocess.Popen([sys.executable, "-c", SANDBOX, str(state)],
                            cwd=str(Path(__file__).resolve().parents[2]),
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        proc.kill()
        raise SystemExit(f"the sandbox did not start: {url!r}")
    return proc, url


def stop_sandbox(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def desk_service(data_dir: Path, url: str, **options: Any) -> DeskService:
    desk = open_desk(data_dir)
    return DeskService(desk, keyring=KeyringAccess(False), training=True, sandbox_url=url,
                       decision_delay=0.0, **options)


def syncer(data_dir: Path, url: str) -> None:
    """The forked child: sync until killed (a deadline guards against a lost parent)."""
    svc = desk_service(data_dir, url, backoff=QUICK, max_parallel=4)
    svc.engine.pull_interval = 0.05
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        svc.sync_once()


def clerk(svc: DeskService, seq: int) -> int:
    """Between runs: queue what a clerk would. Returns how many messages were queued."""
    queued = 0
    conn = svc.store.conn()
    for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
        case = load_case(svc.store, case_id, with_documents=False)
        kinds = [leg.kind for leg in case.legs]
        if case.status in ("preauth_approved", "preauth_partial") and "discharge" not in kinds:
            data = case.admission.to_json()
            data["admission"]["discharge_at"] = "2026-12-06T11:00:00+05:30"
            update_admission(svc.store, case_id, data, actor=ACTOR)
            add_document(svc.store, case_id, png(10_000 + seq * 7 + queued), category="HDS",
                         stage="discharge", filename="hds.png", actor=ACTOR)
            svc.submit(case_id, "discharge", actor=ACTOR, amount=case.admission.estimate.total)
            queued += 1
        elif case.status == "preauth_queried":
            doc = add_document(svc.store, case_id, png(20_000 + seq * 7 + queued),
                               category="DIA", stage="preauth", filename="dia.png", actor=ACTOR)
            svc.reply(case_id, "Report attached.", actor=ACTOR, document_ids=[doc.id])
            queued += 1
    case_id = admit(svc, ot_rupees=KINDS[seq % len(KINDS)], poi_seed=seq + 1)
    # the signed Part C, scanned: the desk then does not render one at send time
    add_document(svc.store, case_id, png(30_000 + seq), category="FCF", stage="preauth",
                 filename="part-c-signed.png", actor=ACTOR)
    svc.submit(case_id, "preauth", actor=ACTOR)
    return queued + 1


def verify(svc: DeskService, url: str) -> tuple[list[str], dict[str, Any]]:
    """The end-of-run checks (see the module docstring)."""
    problems: list[str] = []
    rows = httpx.get(f"{url}/sandbox/ledger", timeout=30).json()
    firsts = Counter(str(r["api_call_id"]) for r in rows if not r["duplicate"])
    dups = sum(1 for r in rows if r["duplicate"])
    messages = svc.queue()
    twice = {k: n for k, n in firsts.items() if n > 1}
    if twice:
        problems.append(f"received more than once (non-duplicate): {twice}")
    ours = {m.api_call_id for m in messages}
    if set(firsts) != ours:
        problems.append(f"ledger and outbox differ: {len(set(firsts) - ours)} unknown, "
                        f"{len(ours - set(firsts))} never received")
    not_done = Counter(m.state.value for m in messages if m.state is not State.DONE)
    if not_done:
        problems.append(f"messages not done: {dict(not_done)}")
    decided: Counter[int] = Counter()
    for entry in audit.entries(svc.store):
        if entry.action == "answer.received":
            decided[int(entry.details["leg_id"])] += 1
    many = {leg: n for leg, n in decided.items() if n > 1}
    if many:
        problems.append(f"legs decided more than once: {many}")
    conn = svc.store.conn()
    for m in messages:
        leg_id = m.params.get("leg_id")
        if m.expects_answer and leg_id is not None and decided[int(leg_id)] != 1:
            problems.append(f"leg {leg_id} ({m.leg}) has {decided[int(leg_id)]} decisions")
    for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
        for leg in legs_of(conn, case_id):
            if leg.kind in ("preauth", "query", "discharge") and leg.sent_at is None:
                problems.append(f"{case_id}: {leg.kind} leg never marked sent")
    statuses = Counter(str(r[0]) for r in conn.execute(
        "SELECT status FROM inbox_envelope").fetchall())
    if statuses.get("dead_letter"):
        problems.append(f"dead letters: {statuses['dead_letter']}")
    applied = statuses.get("applied", 0)
    if applied != sum(decided.values()):
        problems.append(f"{applied} answers applied but {sum(decided.values())} decisions")
    problems += svc.store.check()
    problems += audit.verify_store(svc.store)
    return problems, {"ledger_rows": len(rows), "duplicate_receipts": dups,
                      "messages": len(messages), "decisions": sum(decided.values())}


def main() -> int:
    work, runs, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    data_dir = work / "desk"
    sandbox, url = start_sandbox(work / "sandbox")
    problems: list[str] = []
    caught_sending = caught_sent = queued = decided_in_runs = 0
    figures: dict[str, Any] = {}
    started = time.monotonic()
    try:
        make_desk(data_dir).close()
        svc = desk_service(data_dir, url, synchronous=True)
        svc.connect()  # register the desk with the sandbox once
        # one clean case first: every module the syncer needs is imported before forking
        queued += clerk(svc, -1)
        deadline = time.monotonic() + 30
        while svc.queue()[0].state is not State.DONE and time.monotonic() < deadline:
            svc.sync_once()
        svc.stop()
        svc.desk.close()
        for run in range(runs):
            if run % 3 == 0:
                svc = desk_service(data_dir, url, synchronous=True)
                try:
                    queued += clerk(svc, run)
                finally:
                    svc.transport.close()
                    svc.desk.close()
            pid = os.fork()
            if pid == 0:  # the syncer
                code = 1
                try:
                    syncer(data_dir, url)
                    code = 0
                finally:
                    os._exit(code)
            time.sleep(rng.uniform(0.1, 0.6))  # the random moment of the crash
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            desk = open_desk(data_dir)
            try:
                states = Counter(str(r[0]) for r in desk.store.conn().execute(
                    "SELECT state FROM outbox_message").fetchall())
                caught_sending += states.get("sending", 0)
                caught_sent += states.get("sent", 0)
                if run % 10 == 9:
                    found = desk.store.check()
                    if found:
                        problems.append(f"run {run}: {found}")
            finally:
                desk.close()
        # one clean sync to the end, then the checks
        svc = desk_service(data_dir, url, synchronous=True, backoff=QUICK)
        try:
            decided_in_runs = sum(1 for e in audit.entries(svc.store)
                                  if e.action == "answer.received")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                svc.sync_once()
                if all(m.state is State.DONE for m in svc.queue()):
                    break
                svc.engine.outbox.make_due()
            found, figures = verify(svc, url)
            problems += found
        finally:
            svc.transport.close()
            svc.desk.close()
    finally:
        stop_sandbox(sandbox)
    print(json.dumps({"runs": runs, "queued": queued, "caught_sending": caught_sending,
                      "caught_sent_unanswered": caught_sent,
                      "decided_during_runs": decided_in_runs,
                      "seconds": round(time.monotonic() - started, 1), **figures,
                      "problems": problems}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
