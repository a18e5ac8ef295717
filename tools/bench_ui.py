"""Desk UI benchmark: a 10,000-case work queue, filter changes, the GUI thread while 1,000 outbox
messages change state on another thread, and cold start against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/bench_ui.py [--cases 10000] [--runs 5]

Figures are wall-clock on this machine; the cold-start ratio (desk / bare PySide6 in the same
run) is the number to compare across machines.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print(time.time() - t0), app.quit()))
app.exec()
"""

DESK = """
import sys, time
t0 = float(sys.argv[1])
sys.path.insert(0, sys.argv[2])
import ui.entry  # what `tpadesk` imports first (the command line and the core)
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
from ui import theme
from ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
theme.apply(app, "en")
w = MainWindow(); w.show()
QTimer.singleShot(0, lambda: (print(time.time() - t0), w.close(), app.quit()))
app.exec()
"""


def cold_start(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, repr(time.time()), str(ROOT)],
                             capture_output=True, text=True, check=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def synthetic_rows(n: int) -> list[object]:
    from ui.port import CaseRow

    now = datetime.now(UTC)
    statuses = ["draft", "preauth_queued", "preauth_sent", "preauth_acknowledged",
                "preauth_queried", "preauth_approved", "discharge_sent", "claim_approved",
                "payment_received", "preauth_rejected"]
    rows = []
    for i in range(n):
        status = statuses[i % len(statuses)]
        r = CaseRow(id=f"C-2612-{i + 1:05d}", patient=f"Synthetic Patient {i}",
                    payer="training-tpa", stage=status.split("_")[0], status=status,
                    requested=(50_000 + i * 7) * 100, approved=None, emergency=bool(i % 2),
                    created_at=now - timedelta(hours=i % 72),
                    updated_at=now - timedelta(hours=i % 48),
                    flags={"needs_attention"} if i % 97 == 0 else set())
        if status in ("preauth_sent", "preauth_acknowledged", "discharge_sent"):
            r.waiting_on = "payer"
            r.due_at = now + timedelta(minutes=(i % 120) - 30)
        rows.append(r)
    return rows


def bench_queue(n: int) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.queue_model import CaseFilterProxy, CaseTableModel, View

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    from PySide6.QtWidgets import QTableView

    rows = synthetic_rows(n)
    model = CaseTableModel()
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()  # a real view, so painting the visible rows is part of each figure
    table.setModel(proxy)
    table.resize(1280, 700)
    table.show()
    app.processEvents()
    t = time.perf_counter()
    model.set_rows(rows)  # type: ignore[arg-type]
    proxy.sort(0)
    app.processEvents()
    out = {"model load + sort + paint (ms)": (time.perf_counter() - t) * 1000}
    times = []
    for view in View:
        t = time.perf_counter()
        proxy.set_view(view)
        app.processEvents()
        times.append(time.perf_counter() - t)
    out["saved-view change, median (ms)"] = statistics.median(times) * 1000
    out["saved-view change, slowest (ms)"] = max(times) * 1000
    proxy.set_view(View.ALL)
    t = time.perf_counter()
    for prefix in ("s", "sy", "syn", "synthetic 12"):
        proxy.set_search(prefix)
        app.processEvents()
    out["search, per keystroke (ms)"] = (time.perf_counter() - t) * 1000 / 4
    t = time.perf_counter()
    proxy.sort(5, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    out["re-sort by amount (ms)"] = (time.perf_counter() - t) * 1000
    proxy.set_search("")
    t = time.perf_counter()
    model.tick()
    out["clock tick over all rows (ms)"] = (time.perf_counter() - t) * 1000
    return out


def bench_sync_stall(messages: int) -> dict[str, float]:
    """The window shows the outbox while another thread moves every message to 'sent' (the
    same Outbox calls and listener path the sync engine uses); a 5 ms heartbeat timer measures
    the longest gap on the GUI thread."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.desk import Desk
    from offline.keys import KeyringAccess
    from offline.outbox import Outbox, enqueue
    from ui.accounts import Account
    from ui.main_window import MainWindow
    from ui.port import DeskPort
    from ui.training_seed import ensure_outbox_tables

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="tpadesk-bench-") as tmp:
        desk = Desk.create(Path(tmp) / "data", passphrase=secrets.token_urlsafe(16),
                           use_keyring=False, keyring=KeyringAccess(False))
        ensure_outbox_tables(desk.store)
        with desk.store.transaction() as conn:
            ids = [enqueue(conn, case_ref=f"C-2612-{i:04d}", leg="preauth",
                           payer="training-tpa").id for i in range(messages)]
        window = MainWindow()
        window.show()
        window.show_opened(desk, port=DeskPort(desk), user=Account("bench", "admin"))
        window.show_outbox()
        deadline = time.monotonic() + 30
        while window.outbox_view.model.rowCount() < messages and time.monotonic() < deadline:
            app.processEvents()
        outbox = Outbox(desk.store, on_change=None)
        outbox.add_listener(window.bridge.message_changed.emit)
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def beat() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(beat)
        heartbeat.start()
        done = threading.Event()

        def worker() -> None:
            for mid in ids:
                outbox.record_delivered(mid, http_status=202)
            done.set()
        t0 = time.perf_counter()
        threading.Thread(target=worker, daemon=True).start()
        while not done.is_set():
            app.processEvents()
        for _ in range(50):
            app.processEvents()
            time.sleep(0.002)
        elapsed = time.perf_counter() - t0
        heartbeat.stop()
        window.close()
    return {f"{messages} messages changed in (s)": elapsed,
            "longest GUI-thread stall (ms)": max(gaps) if gaps else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, float] = {}
    bare = cold_start(BARE, args.runs)
    desk = cold_start(DESK, args.runs)
    results["cold start, bare PySide6 window (s)"] = bare
    results["cold start, desk main window (s)"] = desk
    results["cold start ratio desk / bare"] = desk / bare
    results.update(bench_queue(args.cases))
    results.update(bench_sync_stall(args.messages))
    width = max(len(k) for k in results)
    print(f"work queue of {args.cases:,} cases; medians of {args.runs} cold starts")
    for key, value in results.items():
        print(f"{key:<{width}}  {value:10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
