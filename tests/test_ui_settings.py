"""Settings: payer secrets go to the keyring (or the encrypted store without one); SLAs are saved
on the payer profile; the auto-lock time applies at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.payers import PayerSecrets, get_profile
from offline.keys import KeyringAccess
from tests.test_ui_support import make_desk, open_window


@pytest.fixture(autouse=True)
def _no_persisted_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import main_window

    class Memory(dict):  # QSettings stand-in: nothing written to the tester's home folder
        def setValue(self, key: str, value: object) -> None:
            self[key] = value

    monkeypatch.setattr(main_window, "QSettings", Memory)


def test_a_payer_secret_is_kept_out_of_the_profile(qtbot: QtBot, data_dir: Path,
                                                  no_keyring: None) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    window.show_settings()
    view = window.settings_view
    qtbot.waitUntil(lambda: view.payer_list.count() > 0, timeout=60_000)
    view.secret.setText("training-secret-123")
    view.sla_minutes.setValue(45)
    view._save_payer()
    qtbot.waitUntil(lambda: "encrypted store" in view.payer_note.text()
                    or "minutes" in view.payer_note.text(), timeout=60_000)
    qtbot.waitUntil(lambda: PayerSecrets(desk.store, KeyringAccess(False))
                    .get("training-tpa") == "training-secret-123", timeout=60_000)
    assert view.secret.text() == ""  # not left on screen
    qtbot.waitUntil(lambda: get_profile(desk.store, "training-tpa").sla_minutes["preauth"] == 45,
                    timeout=60_000)
    assert "training-secret-123" not in str(get_profile(desk.store, "training-tpa").to_json())


def test_changing_the_auto_lock_time_applies_at_once(qtbot: QtBot, data_dir: Path) -> None:
    window = open_window(qtbot, make_desk(data_dir))
    window.settings_view.auto_lock.setValue(12)
    assert window.watcher.interval_ms() == 12 * 60_000
