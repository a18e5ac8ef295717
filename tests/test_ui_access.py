"""Sign-in, auto-lock that keeps unsaved drafts, and the quick user switch."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import FAST_KDF
from tests.test_ui_support import make_desk
from ui.accounts import Accounts
from ui.main_window import MainWindow
from ui.port import DeskPort


def _window_with_accounts(qtbot: QtBot, data_dir: Path, lock_minutes: float) -> MainWindow:
    desk = make_desk(data_dir)
    accounts = Accounts(desk.data_dir, desk.store, kdf=FAST_KDF)
    accounts.create("asha.clerk", "clerk-pass-1")
    accounts.create("ravi.super", "super-pass-1", role="supervisor")
    window = MainWindow(lock_minutes=lock_minutes)
    qtbot.addWidget(window)
    window.show()
    window.show_opened(desk, training=True, port=DeskPort(desk, training=True))
    qtbot.waitUntil(window.is_locked, timeout=60_000)  # accounts exist: sign in first
    return window


def _sign_in(qtbot: QtBot, window: MainWindow, name: str, password: str) -> None:
    window.lock_screen.user.setText(name)
    window.lock_screen.password.setText(password)
    with qtbot.waitSignal(window.signed_in, timeout=60_000):
        window.lock_screen.button.click()


def test_a_wrong_password_is_refused_in_plain_words(qtbot: QtBot, data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    window.lock_screen.user.setText("asha.clerk")
    window.lock_screen.password.setText("not-the-password")
    window.lock_screen.button.click()
    qtbot.waitUntil(lambda: "not right" in window.lock_screen.error.text(), timeout=60_000)
    assert window.is_locked()
    assert window.user is None


def test_auto_lock_after_inactivity_keeps_the_unsaved_draft(qtbot: QtBot,
                                                          data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    window.new_admission()
    name = window.form.fields["patient.name"]
    qtbot.keyClicks(name, "Lakshmi Iyer")
    assert window.form.dirty
    window.watcher.set_minutes(0.002)  # about 120 ms of inactivity
    with qtbot.waitSignal(window.locked, timeout=10_000):
        pass
    assert window.is_locked()
    assert not window.workspace.isVisible()        # the draft is hidden while locked ...
    assert window.lock_screen.user.text() == "asha.clerk"
    window.watcher.set_minutes(5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    assert window.work.currentWidget() is window.form  # ... and back, unsaved, after sign-in
    assert window.form.value("patient.name") == "Lakshmi Iyer"
    assert window.form.dirty


def test_activity_postpones_the_lock(qtbot: QtBot, data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    window.watcher.set_minutes(0.01)  # 600 ms
    remaining_before = window.watcher._timer.remainingTime()
    qtbot.waitUntil(lambda: window.watcher._timer.remainingTime() < remaining_before - 200,
                    timeout=5_000)
    qtbot.keyClick(window.search, "a")          # activity restarts the countdown
    assert window.watcher._timer.remainingTime() > remaining_before - 100
    assert not window.is_locked()


def test_quick_user_switch_signs_in_another_clerk(qtbot: QtBot, data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    window.switch_button.click()
    assert window.is_locked()
    assert window.lock_screen.user.text() == ""
    _sign_in(qtbot, window, "ravi.super", "super-pass-1")
    assert window.user is not None and window.user.name == "ravi.super"
    assert window.actor == "ravi.super"
    assert "ravi.super" in window.user_label.text()
