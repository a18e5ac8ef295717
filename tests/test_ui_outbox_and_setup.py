"""The outbox view explains why a message waits and retries it; the first-run wizard collects
the store protection and the first administrator."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app import audit
from offline.outbox import Outbox, State
from tests.test_ui_support import make_desk, open_window
from ui.training_seed import seed_cases, seed_outbox
from ui.wizard import FirstRun, FirstRunWizard


def test_outbox_lists_messages_explains_the_wait_and_retries_now(qtbot: QtBot,
                                                                data_dir: Path) -> None:
    desk = make_desk(data_dir)
    seed_outbox(desk.store, seed_cases(desk.store, count=3))  # draft, queued (failing), sent
    window = open_window(qtbot, desk)
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        window.show_outbox()
    view = window.outbox_view
    model = view.model
    states = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert states == ["Queued", "Sent, awaiting answer"]
    assert "could not be reached" in model.index(0, 6).data()
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: "could not be reached" in view.why.text(), timeout=60_000)
    queued = Outbox(desk.store).messages(states=[State.QUEUED])[0]
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        view.retry.click()
    assert Outbox(desk.store).get(queued.id).next_attempt_at <= queued.next_attempt_at
    retried = [e for e in audit.entries(desk.store) if e.action == "outbox.retry_now"]
    assert [(e.actor, e.case_id, e.details) for e in retried] == [
        ("asha.clerk", queued.case_ref, {"message": queued.id})]


def test_pausing_a_payer_from_the_outbox_holds_its_messages(qtbot: QtBot,
                                                           data_dir: Path) -> None:
    desk = make_desk(data_dir)
    seed_outbox(desk.store, seed_cases(desk.store, count=2))
    window = open_window(qtbot, desk)
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        window.show_outbox()
    window.outbox_view.payer.setCurrentText("training-tpa")
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        window.outbox_view.pause.click()
    assert "training-tpa" in Outbox(desk.store).paused_payers()
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        window.outbox_view.resume.click()
    assert Outbox(desk.store).paused_payers() == {}
    ops = [(e.action, e.actor, e.details["payer"]) for e in audit.entries(desk.store)
           if e.action.startswith("outbox.payer_")]
    assert ops == [("outbox.payer_paused", "asha.clerk", "training-tpa"),
                   ("outbox.payer_resumed", "asha.clerk", "training-tpa")]


def test_first_run_wizard_asks_for_a_passphrase_without_a_keyring(qtbot: QtBot) -> None:
    wizard = FirstRunWizard(keyring_usable=False)
    qtbot.addWidget(wizard)
    got: list[FirstRun] = []
    wizard.completed.connect(got.append)
    wizard.open()
    store = wizard.store_page
    store.passphrase.setText("short")
    store.confirm.setText("short")
    wizard.next()
    assert wizard.currentPage() is store and "10 characters" in store.error.text()
    store.passphrase.setText("a long desk passphrase")
    store.confirm.setText("a long desk passphrase")
    wizard.next()
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    admin.name.setText("meera.admin")
    admin.password.setText("admin-pass-1")
    admin.confirm.setText("admin-pass-2")
    wizard.next()
    assert wizard.currentPage() is admin and "differ" in admin.error.text()
    admin.confirm.setText("admin-pass-1")
    wizard.next()
    wizard.accept()
    assert got == [FirstRun("a long desk passphrase", "meera.admin", "admin-pass-1")]


def test_first_run_wizard_uses_the_keyring_when_there_is_one(qtbot: QtBot) -> None:
    wizard = FirstRunWizard(keyring_usable=True)
    qtbot.addWidget(wizard)
    got: list[FirstRun] = []
    wizard.completed.connect(got.append)
    wizard.open()
    assert wizard.store_page.passphrase.isHidden()
    wizard.next()
    wizard.admin_page.name.setText("meera.admin")
    wizard.admin_page.password.setText("admin-pass-1")
    wizard.admin_page.confirm.setText("admin-pass-1")
    wizard.next()
    wizard.accept()
    assert got and got[0].passphrase is None
