"""The outbox view explains why a message waits and retries it; the first-run wizard collects
the store protection and the first administrator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import audit
from offline.outbox import Outbox, State
from tests.test_ui_support import make_desk, open_window
from ui.accounts import Account
from ui.training_seed import ensure_outbox_tables, seed_cases, seed_outbox
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
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"Training TPA"}
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "training-tpa"
    assert "could not be reached" in model.index(0, 6).data()
    view.table.selectRow(0)
    # at once, before the engine's explanation arrives: the last error, not called the server's
    # words (no server answered: the connection was refused)
    assert view.why.text().startswith("Last error: ") and "server" not in view.why.text()
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
    view = window.outbox_view
    view.payer.setCurrentIndex(view.payer.findData("training-tpa"))
    assert view.payer.currentText() == "Training TPA"          # the name, not the code
    assert view.pause.isEnabled() and not view.resume.isEnabled()
    assert view.payer_state.text() == "Sending"
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        view.pause.click()
    assert "training-tpa" in Outbox(desk.store).paused_payers()
    assert view.payer.currentText() == "Training TPA (paused)"
    assert view.resume.isEnabled() and not view.pause.isEnabled()
    assert view.payer_state.text().startswith("Paused since ")
    assert "by a clerk" in view.payer_state.text()
    with qtbot.waitSignal(window.outbox_loaded, timeout=60_000):
        view.resume.click()
    assert Outbox(desk.store).paused_payers() == {}
    assert view.pause.isEnabled() and not view.resume.isEnabled()
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


def _dead_letter(desk: object) -> str:
    """A real dead letter: an answer envelope from the payer that cannot be opened."""
    from app.connector import apply_answer
    from offline.inbox import Envelope, Inbox

    store = desk.store  # type: ignore[attr-defined]
    ensure_outbox_tables(store)
    batch = Inbox(store).apply_batch(
        "training-tpa", [Envelope("training-tpa", "cursor-1", b"eyJhbGciOi.not-a-jwe.at-all")],
        apply_answer(store))
    assert len(batch.dead_letters) == 1
    return str(batch.dead_letters[0].error)


def test_the_admin_sees_a_dead_letter_with_its_reason_and_a_clerk_does_not(
        qtbot: QtBot, data_dir: Path) -> None:
    desk = make_desk(data_dir)
    seed_outbox(desk.store, seed_cases(desk.store, count=2))
    reason = _dead_letter(desk)
    assert reason
    admin = open_window(qtbot, desk, user=Account("priya.admin", "admin"))
    with qtbot.waitSignal(admin.outbox_loaded, timeout=60_000):
        admin.show_outbox()
    view = admin.outbox_view
    assert view.dead.isVisibleTo(view) and view.dead_title.isVisibleTo(view)
    assert view.dead.count() == 1
    entry = view.dead.item(0).text()
    assert "Training TPA" in entry and reason in entry
    admin.close()
    from app.desk import Desk
    from offline.keys import KeyringAccess
    from tests.test_ui_support import PASS

    same = Desk.open(data_dir, lambda: PASS, keyring=KeyringAccess(False))
    clerk = open_window(qtbot, same)  # a clerk on the same store: the list is not shown
    with qtbot.waitSignal(clerk.outbox_loaded, timeout=60_000):
        clerk.show_outbox()
    assert not clerk.outbox_view.dead.isVisibleTo(clerk.outbox_view)
    assert not clerk.outbox_view.dead_title.isVisibleTo(clerk.outbox_view)


def test_the_wizard_names_every_field_and_shows_which_step_it_is_on(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    wizard = FirstRunWizard(keyring_usable=False)
    qtbot.addWidget(wizard)
    wizard.open()
    edits = wizard.findChildren(QLineEdit)
    assert edits and all(e.accessibleName() for e in edits)
    assert wizard.admin_page.confirm.accessibleName() == "Repeat the administrator password"
    assert wizard.sideWidget() is not None
    assert [label.text().split("   ")[1] for label in wizard.step_labels] == [
        "Protect the data", "First administrator", "Training mode"]
    assert wizard.current_step() == 0
    assert wizard.store_page.subTitle().startswith("Step 1 of 3")
    wizard.store_page.passphrase.setText("a long desk passphrase")
    wizard.store_page.confirm.setText("a long desk passphrase")
    wizard.next()
    assert wizard.current_step() == 1
    assert wizard.step_labels[0].property("done") is True
    assert wizard.admin_page.subTitle().startswith("Step 2 of 3")
    assert wizard.button(wizard.WizardButton.NextButton).objectName() == "primary"
