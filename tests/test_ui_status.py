"""Connectivity in the status bar and the calm offline banner, driven through the bridge."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from offline.keys import KeyringAccess
from tests.test_ui_support import make_desk, open_window
from ui.accounts import Account
from ui.main_window import OFFLINE_TEXT, MainWindow, _when
from ui.port import DeskPort


def _emit_from_core_thread(fn: object, *args: object) -> None:
    t = threading.Thread(target=fn, args=args)  # type: ignore[arg-type]
    t.start()
    t.join()


def test_offline_banner_appears_when_offline_and_clears_when_back(qtbot: QtBot,
                                                                  data_dir: Path) -> None:
    window = open_window(qtbot, make_desk(data_dir))
    assert not window.offline_banner_visible()
    _emit_from_core_thread(window.bridge.connectivity_changed.emit, "offline")
    qtbot.waitUntil(window.offline_banner_visible, timeout=5_000)
    text = window.offline_banner.findChild(type(window.message), "offlineBannerText").text()
    assert text == OFFLINE_TEXT
    assert "Offline" in window.conn_label.text()
    _emit_from_core_thread(window.bridge.connectivity_changed.emit, "online")
    qtbot.waitUntil(lambda: not window.offline_banner_visible(), timeout=5_000)
    assert "Online" in window.conn_label.text()


def test_a_degraded_connection_is_shown_without_the_offline_banner(qtbot: QtBot,
                                                                   data_dir: Path) -> None:
    window = open_window(qtbot, make_desk(data_dir))
    _emit_from_core_thread(window.bridge.connectivity_changed.emit, "degraded")
    qtbot.waitUntil(lambda: "Degraded" in window.conn_label.text(), timeout=5_000)
    assert not window.offline_banner_visible()


def test_a_payer_alert_from_the_sync_thread_is_shown_once(qtbot: QtBot, data_dir: Path) -> None:
    window = open_window(qtbot, make_desk(data_dir))
    words = "training-tpa: the payer refused our credentials; check them in Settings."
    _emit_from_core_thread(window.bridge.alert.emit, words)
    qtbot.waitUntil(lambda: not window.alert_banner.isHidden(), timeout=5_000)
    assert window.alert_banner.findChild(type(window.message), "alertBannerText").text() == words


def test_bridge_relays_sync_engine_events_as_signals(qtbot: QtBot) -> None:
    from offline.sync import Event
    from ui.bridge import CoreBridge

    class FakeEngine:
        def __init__(self) -> None:
            self.on_message_changed: Event[object] = Event("m")
            self.on_alert: Event[object] = Event("a")
            self.on_connectivity_changed: Event[object] = Event("c")
            self.on_inbox_applied: Event[object] = Event("i")
            self.on_dead_letter: Event[object] = Event("d")

    engine = FakeEngine()
    bridge = CoreBridge()
    bridge.attach_engine(engine)
    gui = threading.get_ident()
    seen: list[tuple[str, int]] = []
    bridge.connectivity_changed.connect(lambda s: seen.append((s, threading.get_ident())))
    with qtbot.waitSignal(bridge.connectivity_changed, timeout=5_000):
        _emit_from_core_thread(engine.on_connectivity_changed.emit, "offline")
    assert seen == [("offline", gui)]  # delivered on the GUI thread


@pytest.fixture
def live_window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """The desk with its real service: the in-process training sandbox over loopback HTTP and
    the sync thread pulling the inbox often."""
    service_module = pytest.importorskip("app.service")
    desk = make_desk(data_dir)
    service = service_module.DeskService(desk, training=True, decision_delay=0,
                                         keyring=KeyringAccess(False))
    service.engine.pull_interval = 0.2
    service.start()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=60_000):
        window.show_opened(desk, training=True, port=DeskPort(desk, service=service),
                           user=Account("asha.clerk", "clerk"))
    yield window
    window.close()


def test_last_sync_and_last_pull_move_on_with_every_successful_pull(
        qtbot: QtBot, live_window: MainWindow) -> None:
    window = live_window
    applied: list[object] = []
    window.bridge.inbox_applied.connect(applied.append)
    qtbot.waitUntil(lambda: window._sync_times[1] is not None, timeout=60_000)
    first = window._sync_times[1]
    assert first is not None
    assert window.pull_label.text() == f"Last inbox pull: {_when(first)}"
    assert window.sync_label.text().startswith("Last successful sync: ")
    assert "not yet" not in window.sync_label.text()
    # the next pull (nothing to apply: no cases) still moves the time on
    with qtbot.waitSignal(window.sync_times_changed, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: (window._sync_times[1] or 0) > first, timeout=60_000)
    assert applied == []
    assert window.pull_label.text() == f"Last inbox pull: {_when(window._sync_times[1])}"


def test_status_labels_are_permanent_and_a_message_does_not_hide_them(
        qtbot: QtBot, data_dir: Path) -> None:
    window = open_window(qtbot, make_desk(data_dir))
    labels = (window.conn_label, window.sync_label, window.outbox_label, window.pull_label)
    assert all(label.isVisible() for label in labels)
    window.statusBar().showMessage("Pre-auth for C-2612-0001 queued: it is saved and will be "
                                   "sent as soon as possible.")
    assert window.statusBar().currentMessage().startswith("Pre-auth for C-2612-0001 queued")
    assert all(label.isVisible() for label in labels)


def test_the_offline_banner_follows_the_real_sandbox_going_down_and_coming_back(
        qtbot: QtBot, live_window: MainWindow) -> None:
    """No signal is faked: the sandbox drops every connection (fault "down"), the sync thread's
    own requests fail, the banner appears; the fault is cleared, requests succeed, it goes."""
    from tests.test_e2e_support import fault

    window = live_window
    assert window.port is not None and window.port.service is not None
    url = window.port.service.sandbox.url
    assert url
    qtbot.waitUntil(lambda: window.connectivity == "online", timeout=60_000)
    assert not window.offline_banner_visible()
    with qtbot.waitSignal(window.bridge.connectivity_changed, timeout=60_000,
                          check_params_cb=lambda state: state == "offline"):
        fault(url, "down", count=1_000_000)
    assert window.offline_banner_visible()
    assert "Offline" in window.conn_label.text()
    with qtbot.waitSignal(window.bridge.connectivity_changed, timeout=60_000,
                          check_params_cb=lambda state: state == "online"):
        fault(url, "none", count=0)
    assert not window.offline_banner_visible()
    assert "Online" in window.conn_label.text()
