"""Connectivity in the status bar and the calm offline banner, driven through the bridge."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.test_ui_support import make_desk, open_window
from ui.main_window import OFFLINE_TEXT


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
