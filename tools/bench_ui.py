"""Desk UI benchmark: a 10,000-case work queue, filter changes, the GUI thread while the sync
engine sends 1,000 pre-auths to the training sandbox and applies the answers, and cold start
against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/bench_ui.py [--cases 10000] [--runs 5]
        [--messages 1000] [--decision-delay 1.0] [--out bench-results]

Figures are wall-clock on this machine; the cold-start ratio (desk / bare PySide6 in the same
run) is the number to compare across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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


def bench_sync_stall(messages: int, decision_delay: float) -> dict[str, float]:
    """The real thing: the desk window (work queue shown, bridge attached) while its sync engine
    sends ``messages`` queued pre-auths to the training sandbox (its own process, over loopback)
    on the engine's thread and pulls the payer's answers back. A 5 ms heartbeat timer on the GUI
    thread measures the longest gap until every case has its decision (or the 15-minute cap)."""
    import signal as _signal

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT / "tools"))
    import bench_sync  # the sandbox command and the case preparation are shared

    from app.cases import list_cases
    from ui.accounts import Account
    from ui.main_window import MainWindow
    from ui.port import DeskPort

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    work = Path(tempfile.mkdtemp(prefix="tpadesk-bench-ui-"))
    sandbox = subprocess.Popen(
        [sys.executable, "-c", bench_sync.SANDBOX.replace("3600.0", repr(decision_delay)),
         str(work / "sandbox")], cwd=str(ROOT), stdout=subprocess.PIPE, text=True)
    try:
        assert sandbox.stdout is not None
        url = sandbox.stdout.readline().strip()
        data_dir = work / "desk"
        bench_sync.prepare(data_dir, url, messages, 2000, "attached")
        svc = bench_sync.open_service(data_dir, url)
        port = DeskPort(svc.desk, training=True, service=svc)
        window = MainWindow()
        window.resize(1366, 800)
        window.show()
        window.show_opened(svc.desk, training=True, port=port, user=Account("bench", "admin"))
        decided = threading.Event()
        pending = [messages]

        def watch() -> None:  # off the GUI thread, its own connection
            waiting = {"preauth_queued", "preauth_sent", "preauth_acknowledged"}
            while not decided.is_set():
                pending[0] = sum(1 for c in list_cases(svc.store) if c.status in waiting)
                if pending[0] == 0:
                    decided.set()
                    return
                time.sleep(0.5)

        gaps: list[int] = []
        clock = QElapsedTimer()
        loop = QEventLoop()
        last = [0]

        def beat() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
            if decided.is_set() or now > 900_000:
                loop.quit()

        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(beat)
        t0 = time.perf_counter()
        svc.start()  # the sync thread starts here; the GUI thread only runs its event loop
        threading.Thread(target=watch, daemon=True).start()
        clock.start()
        heartbeat.start()
        loop.exec()
        elapsed = time.perf_counter() - t0
        heartbeat.stop()
        decided.set()
        window.close()
        port.close()
        svc.desk.close()
    finally:
        sandbox.send_signal(_signal.SIGTERM)
        try:
            sandbox.wait(30)
        except subprocess.TimeoutExpired:
            sandbox.kill()
        shutil.rmtree(work, ignore_errors=True)
    gaps.sort()
    return {f"{messages} pre-auths sent and decided in (s)": elapsed,
            "cases still undecided at the end": float(pending[0]),
            "GUI heartbeat gaps, median (ms)": float(statistics.median(gaps)) if gaps else 0.0,
            "GUI heartbeat gaps, 99th percentile (ms)":
                float(gaps[int(len(gaps) * 0.99)]) if gaps else 0.0,
            "longest GUI-thread stall (ms)": float(gaps[-1]) if gaps else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--decision-delay", type=float, default=1.0,
                        help="the sandbox payer's decision delay in seconds")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results")
    args = parser.parse_args()
    results: dict[str, float] = {}
    bare = cold_start(BARE, args.runs)
    desk = cold_start(DESK, args.runs)
    results["cold start, bare PySide6 window (s)"] = bare
    results["cold start, desk main window (s)"] = desk
    results["cold start ratio desk / bare"] = desk / bare
    results.update(bench_queue(args.cases))
    results.update(bench_sync_stall(args.messages, args.decision_delay))
    width = max(len(k) for k in results)
    print(f"work queue of {args.cases:,} cases; medians of {args.runs} cold starts")
    for key, value in results.items():
        print(f"{key:<{width}}  {value:10.3f}")
    print("goal: longest GUI-thread stall under 100 ms while the messages sync")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "ui.json").write_text(json.dumps({
        "cases": args.cases, "messages": args.messages, "runs": args.runs,
        "results": results, "cpus": os.cpu_count(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
