"""Settings: payer profiles are added and edited in the payer editor (every field validated by
the core, messages on the fields, nothing saved when anything is wrong); secrets go to the
keyring (or the encrypted store without one), never into the profile; "what is still missing
to send" follows the fields; a live payer says the desk leaves training mode at its next start;
the auto-lock time applies at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.payers import PayerSecrets, get_profile, list_profiles
from app.training import is_training
from offline.keys import KeyringAccess
from tests.test_ui_support import make_desk, open_window
from ui.accounts import Account
from ui.main_window import MainWindow
from ui.payer_editor import PayerEditor

ADMIN = Account("priya.admin", "admin")


@pytest.fixture(autouse=True)
def _no_persisted_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import main_window

    class Memory(dict):  # QSettings stand-in: nothing written to the tester's home folder
        def setValue(self, key: str, value: object) -> None:
            self[key] = value

        def value(self, key: str, default: object = None) -> object:
            return self.get(key, default)

    monkeypatch.setattr(main_window, "QSettings", Memory)


def _settings(qtbot: QtBot, window: MainWindow) -> PayerEditor:
    window.show_settings()
    view = window.settings_view
    qtbot.waitUntil(lambda: view.payer_list.count() > 0 and view.editor.base is not None,
                    timeout=60_000)
    return view.editor


def _type(editor: PayerEditor, **values: str) -> None:
    for name, value in values.items():
        widget = editor.fields[name]
        widget.setText(value)  # type: ignore[union-attr]


def test_a_payer_secret_is_kept_out_of_the_profile(qtbot: QtBot, data_dir: Path,
                                                  no_keyring: None) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk, user=ADMIN)
    editor = _settings(qtbot, window)
    assert editor.base is not None and editor.base.code == "training-tpa"
    editor.secret.setText("training-secret-123")
    editor.fields["sla_minutes.preauth"].setValue(45)  # type: ignore[union-attr]
    with qtbot.waitSignal(window.payer_saved, timeout=60_000):
        editor.request_save()
    assert "encrypted store" in editor.note.text()
    assert PayerSecrets(desk.store, KeyringAccess(False)).get("training-tpa") \
        == "training-secret-123"
    assert editor.secret.text() == ""  # not left on screen
    assert get_profile(desk.store, "training-tpa").sla_minutes["preauth"] == 45
    assert "training-secret-123" not in str(get_profile(desk.store, "training-tpa").to_json())


def test_an_invalid_url_shows_its_message_on_the_field_and_saves_nothing(
        qtbot: QtBot, data_dir: Path, no_keyring: None) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk, user=ADMIN)
    editor = _settings(qtbot, window)
    window.settings_view.new_payer()
    assert editor.base is None and editor.fields["code"].text() == ""  # type: ignore[union-attr]
    _type(editor, code="star-demo", name="Star Demo", exchange_url="http://hcx.example.in",
          relay_url="not a url", payer_participant_code="1000@hcx")
    editor.secret.setText("s3cret-value")
    with qtbot.waitSignal(window.payer_save_failed, timeout=60_000) as blocker:
        editor.request_save()
    paths = {e.path for e in blocker.args[0]}
    assert {"exchange_url", "relay_url"} <= paths
    assert "https" in editor.error_text("exchange_url")
    assert editor.errors["exchange_url"].isVisibleTo(editor)
    assert editor.fields["exchange_url"].property("invalid") is True
    assert "nothing was saved" in editor.summary.text()
    assert "nothing was saved" not in editor.note.text().lower()   # said once
    assert "Besides the corrections above" in editor.missing_text()
    assert "Exchange URL" not in editor.missing_text()  # flagged above, not listed twice
    assert "star-demo" not in {p.code for p in list_profiles(desk.store)}
    assert PayerSecrets(desk.store, KeyringAccess(False)).get("star-demo") is None
    assert editor.secret.text() == "s3cret-value"  # kept on screen to correct and save again


def test_a_live_payer_is_added_and_the_desk_says_it_leaves_training(
        qtbot: QtBot, data_dir: Path, mem_keyring: object) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk, user=ADMIN)
    editor = _settings(qtbot, window)
    view = window.settings_view
    assert "Training mode" in view.training_note.text()
    view.new_payer()
    _type(editor, code="star-demo", name="Star Demo", exchange_url="https://hcx.example.in",
          relay_url="https://relay.example.in")
    editor.fields["auth_style"].setCurrentIndex(  # type: ignore[union-attr]
        editor.fields["auth_style"].findData("client_credentials"))  # type: ignore[union-attr]
    editor._update_missing()
    missing = editor.missing_text()
    for words in ("User name / client id", "Payer participant code", "Our participant code",
                  "Password / client secret"):  # named as the fields are labelled
        assert words in missing
        assert editor.label_of({"User name / client id": "username",
                                "Payer participant code": "payer_participant_code",
                                "Our participant code": "provider_participant_code",
                                "Password / client secret": "secret"}[words]) == words
    assert "Exchange URL" not in missing
    _type(editor, username="client-42", payer_participant_code="1000@hcx",
          provider_participant_code="2000@hcx")
    editor.secret.setText("client-secret-xyz")
    editor._update_missing()
    assert "Everything needed to send is set" in editor.missing_text()
    with qtbot.waitSignal(window.payer_saved, timeout=60_000):
        editor.request_save()
    saved = get_profile(desk.store, "star-demo")
    assert (saved.auth_style, saved.username, saved.training) == \
        ("client_credentials", "client-42", False)
    assert PayerSecrets(desk.store, KeyringAccess()).where("star-demo") == "keyring"
    assert "keyring" in editor.note.text()
    assert not is_training(desk.store)
    assert "next time it starts" in view.training_note.text()
    qtbot.waitUntil(lambda: view.payer_list.count() == 2, timeout=60_000)
    assert view.current_code() == "star-demo"
    assert editor.fields["code"].isReadOnly()  # type: ignore[union-attr]


def test_changing_the_auto_lock_time_applies_at_once(qtbot: QtBot, data_dir: Path) -> None:
    window = open_window(qtbot, make_desk(data_dir))
    window.settings_view.auto_lock.setValue(12)
    assert window.watcher.interval_ms() == 12 * 60_000


def test_a_clerk_without_payer_manage_sees_payers_greyed_out_with_a_note(
        qtbot: QtBot, data_dir: Path) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)  # asha.clerk, a clerk
    editor = _settings(qtbot, window)
    view = window.settings_view
    assert not editor.isEnabled() and not editor.save_button.isEnabled()
    assert not editor.secret.isEnabled()
    assert not view.new_payer_button.isEnabled()
    assert view.permission_note.isVisibleTo(view)
    assert "Only an administrator" in view.permission_note.text()
    assert not view.clerks.add_button.isEnabled()
    assert "Only an administrator" in view.clerks.note.text()
    # even if the signal fires, nothing is saved
    profile = editor.profile()
    with qtbot.waitSignal(window.payer_save_failed, timeout=10_000):
        window._save_payer(profile, "sneaky-secret-1")
    assert "nothing was saved" in editor.note.text()
    assert PayerSecrets(desk.store, KeyringAccess(False)).get("training-tpa") is None


def test_an_admin_adds_a_clerk_who_can_then_sign_in_and_disables_them(
        qtbot: QtBot, data_dir: Path) -> None:
    from app import audit
    from tests.conftest import FAST_KDF
    from ui.accounts import AccountError, Accounts

    desk = make_desk(data_dir)
    window = open_window(qtbot, desk, user=ADMIN)
    assert window.accounts is not None
    window.accounts.kdf = FAST_KDF  # cheap hashing for the test; same code path
    window.show_settings()
    panel = window.settings_view.clerks
    assert panel.add_button.isEnabled()
    panel.name.setText("meena.k")
    panel.role.setCurrentIndex(panel.role.findData("clerk"))
    panel.password.setText("meena-pass-1")
    panel.confirm.setText("meena-pass-2")
    panel.add_button.click()
    assert "differ" in panel.error.text()                 # checked before anything is sent
    panel.confirm.setText("meena-pass-1")
    with qtbot.waitSignal(window.clerk_added, timeout=60_000):
        panel.add_button.click()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(t.startswith("meena.k") and "active" in t for t in texts)
    assert panel.password.text() == ""                    # not left on screen
    accounts = Accounts(desk.data_dir, desk.store)
    assert accounts.verify("meena.k", "meena-pass-1").role == "clerk"
    # disable: the account stays (the audit names it) but can no longer sign in
    panel.list.setCurrentRow(texts.index(next(t for t in texts if t.startswith("meena.k"))))
    assert panel.toggle.text().replace("&", "") == "Disable account"
    panel.toggle.click()
    qtbot.waitUntil(lambda: any(panel.list.item(i).text().startswith("meena.k")
                                and "disabled" in panel.list.item(i).text()
                                for i in range(panel.list.count())), timeout=60_000)
    with pytest.raises(AccountError):
        accounts.verify("meena.k", "meena-pass-1")
    trail = [(e.action, e.actor) for e in audit.entries(desk.store)
             if e.action.startswith("user.")]
    assert trail == [("user.added", "priya.admin"), ("user.disabled", "priya.admin")]


def test_scanner_defaults_are_kept_in_the_store_and_offered_to_the_page_editor(
        qtbot: QtBot, data_dir: Path) -> None:
    from app.settings import scanner_defaults

    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    window.show_settings()
    view = window.settings_view
    assert window.port is not None
    assert window.port.scanner_defaults().resolution == 200   # built-in default
    view.tabs.setCurrentIndex(2)
    view.scanner_dpi.setCurrentIndex(view.scanner_dpi.findData(300))
    with qtbot.waitSignal(window.scanner_saved, timeout=60_000):
        view.scanner_dpi.activated.emit(view.scanner_dpi.currentIndex())
    view.scanner_mode.setCurrentIndex(view.scanner_mode.findData("colour"))
    with qtbot.waitSignal(window.scanner_saved, timeout=60_000):
        view.scanner_mode.activated.emit(view.scanner_mode.currentIndex())
    saved = scanner_defaults(desk.store)
    assert (saved.resolution, saved.mode) == (300, "colour")
    assert window.port.scanner_defaults() == saved           # what the page editor reads
    assert "saved" in view.desk_note.text()
    window.close()
    from app.desk import Desk
    from tests.test_ui_support import PASS

    again = open_window(qtbot, Desk.open(data_dir, lambda: PASS, keyring=KeyringAccess(False)))
    again.show_settings()
    qtbot.waitUntil(lambda: again.settings_view.scanner_dpi.currentData() == 300,
                    timeout=60_000)
    assert again.settings_view.scanner_mode.currentData() == "colour"


def test_the_language_box_opens_on_the_saved_language(qtbot: QtBot, data_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import main_window

    class Saved(dict):  # QSettings with Hindi chosen earlier
        def value(self, key: str, default: object = None) -> object:
            return "hi" if key == "desk/language" else default

        def setValue(self, key: str, value: object) -> None:
            self[key] = value

    monkeypatch.setattr(main_window, "QSettings", Saved)
    window = open_window(qtbot, make_desk(data_dir))
    assert window.settings_view.language.currentData() == "hi"


def test_the_spin_box_shows_both_arrows_under_the_style_sheet(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QSpinBox

    from ui.theme import style_sheet

    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setStyleSheet(style_sheet())
    spin.setRange(1, 120)
    spin.setValue(5)
    spin.resize(120, 32)
    spin.show()
    qtbot.waitExposed(spin)
    image = spin.grab().toImage()
    w, h = image.width(), image.height()

    def chevron_rows(top: int, bottom: int) -> int:
        """Rows of the button area crossed by two separate strokes: the two arms of a
        chevron (a flat "–" or a border line is one stroke)."""
        found = 0
        for y in range(top, bottom):
            dark = [image.pixelColor(x, y).lightness() < 170 for x in range(w - 19, w - 4)]
            runs = sum(1 for i, d in enumerate(dark) if d and (i == 0 or not dark[i - 1]))
            found += runs >= 2
        return found

    assert chevron_rows(3, h // 2) >= 2          # an up arrow ...
    assert chevron_rows(h // 2, h - 3) >= 2      # ... and a down arrow
