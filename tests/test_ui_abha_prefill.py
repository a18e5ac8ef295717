"""ABHA card prefill on the admission form: a generated ABHA card (zxing-cpp's QR writer) is
decoded off the GUI thread; a confirmation lists each field that would change (old → new); only
the ticked ones are copied, and values the clerk typed are never replaced unless ticked. A picture
without a QR code gives a plain message and changes nothing."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from tests.test_capture_support import abha_card
from tests.test_ui_support import make_desk, open_window
from ui.abha_prefill import AbhaConfirmDialog
from ui.main_window import MainWindow


def _form_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = open_window(qtbot, make_desk(data_dir))
    window.new_admission()
    return window


def test_only_the_accepted_fields_are_copied_from_the_card(qtbot: QtBot, data_dir: Path,
                                                           tmp_path: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    form.set_value("patient.name", "Typed By Clerk")
    form.set_value("patient.phone", "9000000001")  # same as the card: not offered
    path = tmp_path / "abha-card.png"
    abha_card().save(path, "PNG")
    with qtbot.waitSignal(form.abha_offered, timeout=60_000) as blocker:
        form.read_abha_file(str(path))
    dialog = blocker.args[0]
    assert isinstance(dialog, AbhaConfirmDialog) and dialog.isVisible()
    offered = {c.path: (c.old, c.new) for c in dialog.changes}
    assert offered["patient.name"] == ("Typed By Clerk", "Test Person Alpha")
    assert offered["patient.abha_number"] == ("", "91-5555-0000-1234")
    assert offered["patient.dob"] == ("", "14-08-1983")
    assert offered["patient.address.state"] == ("", "Maharashtra")
    assert "patient.phone" not in offered
    ticked = {c.path for c in dialog.ticked()}
    assert "patient.name" not in ticked  # what the clerk typed is not replaced by default
    assert {"patient.abha_number", "patient.gender", "patient.dob"} <= ticked
    dialog.set_ticked("patient.dob", False)  # the clerk declines one
    dialog.accept()
    assert form.value("patient.name") == "Typed By Clerk"
    assert form.value("patient.abha_number") == "91-5555-0000-1234"
    assert form.value("patient.abha_address") == "testperson.alpha@abdm"
    assert form.value("patient.gender") == "female"
    assert form.value("patient.dob") == ""
    assert form.value("patient.address.city") == "Pune"
    assert form.dirty and "Copied" in form.abha_note.text()
    assert form.to_json()["patient"]["abha_number"] == "91-5555-0000-1234"


def test_cancelling_the_confirmation_changes_nothing(qtbot: QtBot, data_dir: Path,
                                                     tmp_path: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    path = tmp_path / "card.jpg"
    abha_card().save(path, "JPEG", quality=85)
    with qtbot.waitSignal(form.abha_offered, timeout=60_000) as blocker:
        form.read_abha_file(str(path))
    blocker.args[0].reject()
    assert form.value("patient.name") == "" and form.value("patient.abha_number") == ""
    assert "Nothing was copied" in form.abha_note.text()


def test_a_picture_without_a_qr_code_gives_a_plain_message(qtbot: QtBot, data_dir: Path,
                                                           tmp_path: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    path = tmp_path / "blank.png"
    Image.new("RGB", (600, 400), (250, 250, 250)).save(path, "PNG")
    form.read_abha_file(str(path))
    qtbot.waitUntil(lambda: "No ABHA QR code" in form.abha_note.text(), timeout=60_000)
    assert form.value("patient.name") == "" and not form.dirty


def test_a_file_that_is_not_a_picture_is_named_in_the_message(qtbot: QtBot, data_dir: Path,
                                                              tmp_path: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    path = tmp_path / "notes.png"
    path.write_bytes(b"this is not an image")
    form.read_abha_file(str(path))
    qtbot.waitUntil(lambda: "notes.png" in form.abha_note.text(), timeout=60_000)
    assert "cannot be read as a picture" in form.abha_note.text()


def test_the_button_opens_a_file_dialog_without_blocking(qtbot: QtBot, data_dir: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    form.abha_button.click()
    qtbot.waitUntil(lambda: form.abha_file_dialog.isVisible(), timeout=10_000)
    form.abha_file_dialog.reject()
