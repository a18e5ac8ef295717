"""Helpers shared by the end-to-end tests (``test_e2e_*.py``), the crash driver and the sync
benchmark: a desk in training mode against the in-process sandbox over real loopback HTTP.

This module holds no tests; it is named like the end-to-end tests so that it sits with them.
Everything here is synthetic (the example admission's made-up patient) and loopback-only.
"""

from __future__ import annotations

import io
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx

from app import lifecycle
from app.admission import example_admission_json
from app.cases import create_case, load_case
from app.desk import Desk
from app.documents import add_document
from app.payers import TRAINING_PAYER, get_profile, save_profile
from app.service import DeskService
from offline.keys import KdfParams, KeyringAccess
from offline.outbox import DELIVERED_STATES, Message

PASSPHRASE = "synthetic e2e passphrase"
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
ACTOR = "e2e.clerk"


class FakeClock:
    """Wall-clock seconds that move only when told: retries become due without real waiting."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_desk(data_dir: Path) -> Desk:
    """A fresh desk with a passphrase-wrapped key (no keyring) and a fast KDF."""
    return Desk.create(data_dir, passphrase=PASSPHRASE, use_keyring=False,
                       keyring=KeyringAccess(False), kdf=FAST_KDF)


def open_desk(data_dir: Path) -> Desk:
    """The desk made by :func:`make_desk`, opened again (after a crash or a restart)."""
    return Desk.open(data_dir, lambda: PASSPHRASE, keyring=KeyringAccess(False))


def service(desk: Desk, **options: Any) -> DeskService:
    """A synchronous training-mode service with an instant payer (decision_delay 0)."""
    options.setdefault("decision_delay", 0.0)
    options.setdefault("synchronous", True)
    return DeskService(desk, keyring=KeyringAccess(False), training=True, **options)


def png(seed: int, size: tuple[int, int] = (48, 32)) -> io.BytesIO:
    """A small valid PNG whose bytes differ per ``seed`` (documents are deduplicated by hash)."""
    from PIL import Image

    colour = (seed * 37 % 256, seed * 91 % 256, seed * 53 % 256)
    image = Image.new("RGB", size, colour)
    image.putpixel((seed % size[0], (seed // size[0]) % size[1]), (255 - colour[0], 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    out.seek(0)
    return out


def admit(svc: DeskService, *, ot_rupees: int | None = None, poi_seed: int = 1,
          payer: str = TRAINING_PAYER, discharge_at: str | None = None) -> str:
    """Create a case from the example admission with its ID proof attached; returns its id.
    ``ot_rupees`` changes the estimate (the example totals 92,000 rupees)."""
    data = example_admission_json()
    data["coverage"]["payer"] = payer
    # a policy of its own: the sandbox payer never approves beyond what is left of a policy's
    # sum insured, and many cases on the example's one policy would use it up
    data["coverage"]["policy_number"] = f"TRN/E2E/{uuid.uuid4().hex[:12].upper()}"
    if ot_rupees is not None:
        data["estimate"]["ot"] = ot_rupees
    if discharge_at is not None:
        data["admission"]["discharge_at"] = discharge_at
    case_id = create_case(svc.store, data, actor=ACTOR)
    add_document(svc.store, case_id, png(poi_seed), category="POI", stage="preauth",
                 filename="id-proof.png", actor=ACTOR)
    return case_id


def status(svc: DeskService, case_id: str) -> str:
    return load_case(svc.store, case_id, with_documents=False).status


def sync_until(svc: DeskService, done: Callable[[], bool], *, timeout: float = 20.0,
               what: str = "the condition") -> None:
    """Run sync passes until ``done()`` (the payer decides on its own thread), with a deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        svc.sync_once()
        if done():
            return
    raise AssertionError(f"timed out waiting for {what}")


def wait_for(done: Callable[[], bool], *, timeout: float = 20.0, what: str = "the condition",
             step: float = 0.02) -> None:
    """Poll ``done()`` until it holds or the deadline passes (for a background engine thread)."""
    import threading

    tick = threading.Event()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done():
            return
        tick.wait(step)
    raise AssertionError(f"timed out waiting for {what}")


# ---------------------------------------------------------------- the sandbox's admin API


def base_url(svc: DeskService) -> str:
    assert svc.sandbox is not None and svc.sandbox.url is not None, "connect() first"
    return svc.sandbox.url


def ledger(url: str) -> list[dict[str, Any]]:
    """Every message the sandbox received, oldest first."""
    answer = httpx.get(f"{url}/sandbox/ledger", timeout=10)
    answer.raise_for_status()
    rows = answer.json()
    assert isinstance(rows, list)
    return rows


def fault(url: str, mode: str, *, count: int = 1, seconds: float = 1.0) -> None:
    """Arm a sandbox fault for the next ``count`` requests."""
    answer = httpx.post(f"{url}/sandbox/fault", json={"mode": mode, "count": count,
                                                      "seconds": seconds}, timeout=10)
    answer.raise_for_status()


def expire_tokens(url: str) -> None:
    httpx.post(f"{url}/sandbox/tokens/expire", timeout=10).raise_for_status()


def receipts_by_api_call(url: str) -> tuple[Counter[str], Counter[str]]:
    """(first receipts, duplicate receipts) per api_call_id in the ledger."""
    rows = ledger(url)
    firsts = Counter(str(r["api_call_id"]) for r in rows if not r["duplicate"])
    dups = Counter(str(r["api_call_id"]) for r in rows if r["duplicate"])
    return firsts, dups


def assert_each_message_received_once(url: str, messages: Iterable[Message]) -> None:
    """The ledger holds exactly one non-duplicate receipt per delivered message (under the
    message's own api_call_id) and nothing else."""
    firsts, _ = receipts_by_api_call(url)
    delivered = [m for m in messages if m.state in DELIVERED_STATES]
    assert all(n == 1 for n in firsts.values()), {k: n for k, n in firsts.items() if n > 1}
    assert set(firsts) == {m.api_call_id for m in delivered}


def decisions_applied(svc: DeskService, case_id: str) -> list[tuple[int, str]]:
    """(leg id, decision) for every payer decision recorded in the case's audit trail."""
    from app import audit

    out = []
    for entry in audit.entries(svc.store, case_id):
        if entry.action in ("answer.received", "payment.received"):
            details = entry.details or {}
            out.append((int(details.get("leg_id", 0)),
                        str(details.get("decision", entry.action))))
    return out


def legs(svc: DeskService, case_id: str) -> list[lifecycle.Leg]:
    return lifecycle.legs_of(svc.store.conn(), case_id)


def point_training_payer(svc: DeskService, **urls: str) -> None:
    """Change the training payer profile's URLs (e.g. ``exchange_url``) and drop cached clients."""
    from dataclasses import replace

    save_profile(svc.store, replace(get_profile(svc.store, TRAINING_PAYER), **urls))
    svc.transport.forget()
