"""The main window opens the store off the GUI thread and says what happened."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cli import Cli
from app.desk import Desk
from offline.errors import DeskError
from offline.keys import KeyringAccess
from tests.conftest import FAST_KDF
from ui.main_window import MainWindow
from ui.tasks import Background


def open_in_background(qtbot: QtBot, window: MainWindow, job: object) -> Background:
    bg = Background(window)

    def failed(exc: BaseException) -> None:
        window.show_failed(str(exc) if isinstance(exc, DeskError) else "bug")

    bg.submit(job, window.show_opened, failed)  # type: ignore[arg-type]
    return bg


def test_the_store_opens_off_the_gui_thread(qtbot: QtBot, data_dir: Path) -> None:
    Desk.create(data_dir, passphrase="window test pass", use_keyring=False,
                keyring=KeyringAccess(False), kdf=FAST_KDF).close()
    window = MainWindow()
    qtbot.addWidget(window)
    gui_thread = threading.get_ident()
    seen: list[int] = []

    def job() -> Desk:
        seen.append(threading.get_ident())
        return Desk.open(data_dir, lambda: "window test pass", keyring=KeyringAccess(False))

    with qtbot.waitSignal(window.store_opened, timeout=60_000):
        open_in_background(qtbot, window, job)
    assert seen and seen[0] != gui_thread
    assert "is open" in window.message.text()
    window.close()
    assert window.desk is None


def test_a_locked_store_is_explained_in_the_window(qtbot: QtBot, data_dir: Path) -> None:
    Desk.create(data_dir, passphrase="window test pass", use_keyring=False,
                keyring=KeyringAccess(False), kdf=FAST_KDF).close()
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_failed, timeout=60_000) as blocker:
        open_in_background(qtbot, window,
                           lambda: Desk.open(data_dir, lambda: None,
                                             keyring=KeyringAccess(False)))
    assert "locked" in blocker.args[0]
    assert "passphrase" in window.message.text()


def test_no_command_opens_the_desk_and_a_command_does_not(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.desk_app
    from ui.entry import main

    opened: list[Cli] = []

    def fake_run(cli: Cli) -> int:
        opened.append(cli)
        return 7

    monkeypatch.setattr(ui.desk_app, "run", fake_run)
    monkeypatch.setattr("sys.excepthook", sys.excepthook)  # restored after the test
    assert main(["--data-dir", str(data_dir)]) == 7
    assert len(opened) == 1 and opened[0].data_dir == data_dir.resolve()
    assert main(["--data-dir", str(data_dir), "check"]) == 2  # no store yet: the CLI answered
    assert len(opened) == 1


def test_smoke_test_runs_offscreen_and_exits_0(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "ui", "--smoke-test"], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[1],
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert "smoke test: ok" in proc.stdout


def _queue_window(qtbot: QtBot, data_dir: Path, width: int) -> MainWindow:
    from tests.test_ui_support import make_desk, open_window
    from ui.training_seed import seed_cases, seed_outbox

    desk = make_desk(data_dir)
    seed_outbox(desk.store, seed_cases(desk.store))
    window = open_window(qtbot, desk)
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.table.viewport().width() > 0)
    return window


@pytest.mark.parametrize("width", [1280, 1366])
def test_every_queue_column_is_on_screen_and_flags_are_readable(qtbot: QtBot, data_dir: Path,
                                                                width: int) -> None:
    from ui.queue_delegate import fitted_flags
    from ui.queue_model import COLUMNS, FLAGS_ROLE, Column

    window = _queue_window(qtbot, data_dir, width)
    table = window.table
    flags_col = COLUMNS.index(Column.FLAGS)
    right = table.columnViewportPosition(flags_col) + table.columnWidth(flags_col)
    assert right <= table.viewport().width() + 1  # nothing off-screen
    metrics = table.fontMetrics()
    for r in range(window.proxy.rowCount()):
        flags = window.proxy.index(r, flags_col).data(FLAGS_ROLE)
        if flags:
            shown, _hidden = fitted_flags(flags, table.columnWidth(flags_col) - 10,
                                          metrics.horizontalAdvance)
            assert shown and shown[0] == flags[0]  # at least the most pressing one, whole
    status = COLUMNS.index(Column.STATUS)
    texts = [window.proxy.index(r, status).data() for r in range(window.proxy.rowCount())]
    assert all(metrics.horizontalAdvance(t) + 16 <= table.columnWidth(status) for t in texts)


def test_a_selected_overdue_row_keeps_its_red_clock(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtGui import QColor

    from ui.queue_model import COLUMNS, RED_BG, ROW_ROLE, Column, View

    window = _queue_window(qtbot, data_dir, 1366)
    window.set_view(View.ALL)
    first = window.proxy.index(0, 0).data(ROW_ROLE)
    assert first.breached(window.model.now)          # the default order: breached first
    window.table.selectRow(0)
    clock = COLUMNS.index(Column.CLOCK)
    rect = window.table.visualRect(window.proxy.index(0, clock))
    image = window.table.viewport().grab(rect).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width())
               for y in range(image.height())}
    assert QColor(RED_BG).name() in colours           # the red badge shows on the selection
    plain = window.table.visualRect(window.proxy.index(0, COLUMNS.index(Column.PAYER)))
    other = window.table.viewport().grab(plain).toImage()
    assert QColor(RED_BG).name() not in {other.pixelColor(x, y).name()
                                         for x in range(other.width())
                                         for y in range(other.height())}


def test_the_sidebar_counts_and_highlights_the_page_on_screen(qtbot: QtBot,
                                                             data_dir: Path) -> None:
    from ui.queue_delegate import COUNT_ROLE
    from ui.queue_model import View

    window = _queue_window(qtbot, data_dir, 1280)
    for i, view in enumerate(View):
        item = window.views.item(i)
        assert item.text() == view.value                 # the count is drawn in its own column
        assert item.data(COUNT_ROLE) == window.proxy.count_in(view)
        assert str(item.data(COUNT_ROLE)) in item.data(Qt.ItemDataRole.AccessibleTextRole)
    rights = {window.views.visualItemRect(window.views.item(i)).right()
              for i in range(window.views.count())}
    assert len(rights) == 1
    assert window.current_page() == "Needs action"
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        window.show_outbox()
    assert window.current_page() == "outbox"
    window.show_settings()
    assert window.current_page() == "settings"
    window.set_view(View.BREACHED)
    assert window.current_page() == "Breached"
    assert window.work.currentWidget() is window.queue_page


@pytest.mark.parametrize(("status", "code"), [
    ("preauth_sent", 0), ("preauth_acknowledged", 0), ("preauth_approved", 0),
    ("preauth_queried", 0), ("discharge_queued", 0), ("closed", 0),
    ("preauth_queued", 1), ("draft", 1), ("cancelled", 1),
])
def test_the_smoke_test_passes_only_when_the_preauth_was_delivered(status: str,
                                                                  code: int) -> None:
    from ui.desk_app import smoke_verdict

    got, text = smoke_verdict({"status": status, "problems": []})
    assert got == code
    if code:
        assert status in text and "not delivered" in text
    else:
        assert text == f"smoke test: ok (case {status})"
    assert smoke_verdict({"status": "preauth_sent", "problems": ["audit trail: gap"]})[0] == 1
    assert smoke_verdict({"error": "SandboxUnavailable: no"})[0] == 1
    assert smoke_verdict({})[0] == 1


def test_closing_keeps_the_open_form_typed_but_never_saved(qtbot: QtBot, data_dir: Path) -> None:
    from app.drafts import list_drafts
    from tests.test_ui_support import PASS, make_desk, open_window

    window = open_window(qtbot, make_desk(data_dir))
    window.new_admission()
    qtbot.keyClicks(window.form.fields["patient.name"], "Gita Menon")
    window.close()  # at once: no autosave has run yet
    assert window.desk is None
    again = Desk.open(data_dir, lambda: PASS, keyring=KeyringAccess(False))
    try:
        kept = list_drafts(again.store, owner="asha.clerk")
        assert [d.fields.get("patient.name") for d in kept] == ["Gita Menon"]
    finally:
        again.close()


def test_closing_is_bounded_and_keeps_the_window_responsive(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from PySide6.QtCore import QTimer

    import ui.main_window
    from tests.test_ui_support import make_desk, open_window

    monkeypatch.setattr(ui.main_window, "CLOSE_WAIT_MS", 400)
    window = open_window(qtbot, make_desk(data_dir))
    release = threading.Event()
    window.background.submit(lambda: release.wait(60), lambda _r: None, lambda _e: None)
    ticks: list[str] = []
    QTimer.singleShot(50, lambda: ticks.append(window.message.text()))
    started = time.monotonic()
    try:
        window.close()  # a job that never ends must not hold the desk open
        took = time.monotonic() - started
    finally:
        release.set()
    assert took < 10, took
    assert ticks and ticks[0].startswith("Closing TPA Desk")  # painted, events still handled
    assert window.desk is None and window.port is None


def test_the_payer_profile_cache_is_safe_across_threads(data_dir: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tests.test_ui_support import make_desk
    from ui.port import DeskPort

    desk = make_desk(data_dir)
    port = DeskPort(desk, training=True)
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(200):
                profile = port.profile("training-tpa")
                assert profile is not None
                port.sync_times()
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    with ThreadPoolExecutor(4) as pool:
        readers = [pool.submit(read) for _ in range(3)]
        for minutes in range(30, 60):
            port.set_sla("training-tpa", "preauth", minutes)
        for f in readers:
            f.result()
    assert errors == []
    cached = port.profile("training-tpa")
    assert cached is not None and cached.sla_minutes["preauth"] == 59  # never a stale copy
    desk.close()
