"""Sign-in, auto-lock that keeps unsaved drafts, and the quick user switch."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.drafts import list_drafts
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
    # locking kept the form as asha's draft straight away (nothing waits for a save)
    qtbot.waitUntil(lambda: [d.owner for d in list_drafts(window.desk.store)] == ["asha.clerk"],
                    timeout=60_000)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    assert window.work.currentWidget() is window.form  # ... and back after sign-in
    assert window.form.value("patient.name") == "Lakshmi Iyer"
    assert list_drafts(window.desk.store)[0].fields["patient.name"] == "Lakshmi Iyer"


class _Clock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_activity_postpones_the_lock(qtbot: QtBot, data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    clock = _Clock()
    watcher = window.watcher
    watcher.use_clock(clock)
    watcher.set_minutes(5)
    clock.now += 4 * 60                       # four quiet minutes
    watcher.check()
    assert not window.is_locked() and watcher.remaining_ms() == 60_000
    qtbot.keyClick(window.search, "a")        # activity: the five minutes start again
    assert watcher.remaining_ms() == 5 * 60_000
    clock.now += 4 * 60 + 59                  # 8 min 59 s after the start, 4:59 after the key
    watcher.check()
    assert not window.is_locked()
    clock.now += 2                            # five quiet minutes since the key
    with qtbot.waitSignal(window.locked, timeout=10_000):
        watcher.check()
    assert window.is_locked()


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


def _checks_dialog(qtbot: QtBot, window: MainWindow) -> object:
    window.new_admission()
    data = example_admission_json()
    data["patient"].pop("aadhaar")
    window.form.load(None, data, editable=True, owner=window.actor)
    with qtbot.waitSignal(window.checks_ready, timeout=60_000) as ready:
        window.form.submit_button.click()
    return ready.args[0]


def test_locking_hides_the_windows_dialogs_and_who_is_signed_in(qtbot: QtBot,
                                                                data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    checks = _checks_dialog(qtbot, window)
    window.form.choose_abha_card()          # a file dialog, parented to the form
    files = window.form.abha_file_dialog
    assert checks.isVisible() and files.isVisible()
    assert window.user_label.isVisible() and window.lock_button.isVisible()
    window.lock()
    assert not checks.isVisible() and not files.isVisible()
    assert window.window_dialogs() == []
    assert "asha" not in window.user_label.text()
    assert not window.user_label.isVisible()
    assert not window.switch_button.isVisible() and not window.lock_button.isVisible()
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    assert checks.isVisible() and files.isVisible()   # the same clerk gets them back
    assert "asha.clerk" in window.user_label.text() and window.lock_button.isVisible()


def test_a_dialog_that_opens_while_locked_waits_hidden(qtbot: QtBot, data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    window.new_admission()
    data = example_admission_json()
    data["patient"].pop("aadhaar")
    window.form.load(None, data, editable=True, owner=window.actor)
    with qtbot.waitSignal(window.checks_ready, timeout=60_000) as ready:
        window.form.submit_button.click()
        window.lock()                       # the checks arrive after the desk locked
    dialog = ready.args[0]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.is_locked()
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    assert dialog.isVisible()


def test_another_clerk_gets_neither_the_dialogs_nor_the_form_of_the_previous_one(
        qtbot: QtBot, data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    window.new_admission()
    qtbot.keyClicks(window.form.fields["patient.name"], "Lakshmi Iyer")
    window.form.choose_abha_card()
    files = window.form.abha_file_dialog
    window.switch_button.click()
    _sign_in(qtbot, window, "ravi.super", "super-pass-1")
    assert not files.isVisible()
    assert window.form.value("patient.name") == ""      # not on ravi's screen ...
    assert window.form.owner == "ravi.super"
    store = window.desk.store
    qtbot.waitUntil(lambda: len(list_drafts(store, owner="asha.clerk")) == 1, timeout=60_000)
    kept = list_drafts(store, owner="asha.clerk")[0]
    assert kept.fields["patient.name"] == "Lakshmi Iyer"   # ... but kept for asha
    window.new_admission()
    window.form.set_value("patient.name", "Ravi's own patient")
    window.form.request_save()
    qtbot.waitUntil(lambda: window.form.draft_id is not None, timeout=60_000)
    saved = window.form.draft_id
    assert saved != kept.id
    assert [d.owner for d in list_drafts(store) if d.id == saved] == ["ravi.super"]
    assert list_drafts(store, owner="asha.clerk")[0].fields == kept.fields  # untouched
    assert all(r.id != kept.id for r in window.model.rows())  # not in ravi's queue
    window.switch_button.click()
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):  # asha's form comes back
        _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    assert window.work.currentWidget() is window.form
    assert window.form.value("patient.name") == "Lakshmi Iyer"
    assert window.form.draft_id == kept.id


def _actions(window: MainWindow) -> list[tuple[str, str]]:
    from app import audit

    return [(e.action, e.actor) for e in audit.entries(window.desk.store)
            if e.action.startswith("session.")]


def test_sign_in_lock_and_user_switch_are_recorded_under_the_user(qtbot: QtBot,
                                                                  data_dir: Path) -> None:
    window = _window_with_accounts(qtbot, data_dir, 5)

    def recorded(n: int) -> None:
        qtbot.waitUntil(lambda: len(_actions(window)) == n, timeout=60_000)

    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    recorded(1)
    window.lock_button.click()
    recorded(2)
    _sign_in(qtbot, window, "asha.clerk", "clerk-pass-1")
    recorded(3)
    window.switch_button.click()
    recorded(4)
    _sign_in(qtbot, window, "ravi.super", "super-pass-1")
    recorded(5)
    window.watcher.set_minutes(0.002)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        pass  # the inactivity lock
    recorded(6)
    assert _actions(window) == [
        ("session.signed_in", "asha.clerk"), ("session.locked", "asha.clerk"),
        ("session.signed_in", "asha.clerk"), ("session.signed_out", "asha.clerk"),
        ("session.signed_in", "ravi.super"), ("session.locked", "ravi.super")]
    from app import audit

    entries = [e for e in audit.entries(window.desk.store) if e.action.startswith("session.")]
    assert entries[1].details == {"reason": "clerk"}
    assert entries[3].details == {"reason": "switch_user"}
    assert entries[4].details == {"role": "supervisor", "after": "asha.clerk"}
    assert entries[5].details == {"reason": "inactivity"}
