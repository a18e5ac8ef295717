"""Card prefill on the admission form: a generated ABHA card (zxing-cpp's QR writer) or insurance
/ TPA card (QR and Code 128 barcode) is decoded off the GUI thread; a confirmation lists each
field that would change (old → new); only the ticked ones are copied, and values the clerk typed
are never replaced unless ticked. A picture without a code gives a plain message and changes
nothing."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.test_capture_support import abha_card, insurance_card
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
    gender = next(c for c in dialog.changes if c.path == "patient.gender")
    assert (gender.new, gender.shown_new) == ("female", "Female")  # the choice as the form says it
    row = dialog.changes.index(gender)
    assert dialog.table.topLevelItem(row).text(2) == "Female"
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


# ---------------------------------------------------------------------- insurance / TPA cards


def test_the_insurance_card_fills_the_policy_fields_only_as_confirmed(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    form.set_value("coverage.policy_number", "TYPED/0001")  # the clerk typed one already
    path = tmp_path / "tpa-card.jpg"
    insurance_card().save(path, "JPEG", quality=88)
    with qtbot.waitSignal(form.insurance_offered, timeout=60_000) as blocker:
        form.read_insurance_file(str(path))
    dialog = blocker.args[0]
    assert isinstance(dialog, AbhaConfirmDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Take details from the insurance card?"
    offered = {c.path: (c.label, c.old, c.new) for c in dialog.changes}
    assert offered == {
        "coverage.policy_number": ("Policy number", "TYPED/0001", "SYN/2026/000123"),
        "coverage.member_id": ("Member / card ID", "", "SYNM-0042-01"),
        "coverage.name_on_id": ("Name on ID proof", "", "Test Person Beta")}
    # the typed policy number is offered but not ticked: never overwritten without asking
    assert {c.path for c in dialog.ticked()} == {"coverage.member_id", "coverage.name_on_id"}
    assert "Confirm" in form.insurance_note.text() and not form.dirty
    assert form.value("coverage.member_id") == ""  # nothing changes before the clerk confirms
    dialog.accept()
    assert form.value("coverage.policy_number") == "TYPED/0001"
    assert form.value("coverage.member_id") == "SYNM-0042-01"
    assert form.value("coverage.name_on_id") == "Test Person Beta"
    assert form.insurance_note.text() == "Copied 2 details from the insurance card."
    assert form.dirty and form.to_json()["coverage"]["member_id"] == "SYNM-0042-01"


def test_a_second_number_on_the_card_is_named_for_the_clerk_to_check(
        qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    path = tmp_path / "tpa-card.png"
    insurance_card(barcode="TPA7788123").save(path, "PNG")  # the barcode holds another number
    with qtbot.waitSignal(form.insurance_offered, timeout=60_000) as blocker:
        form.read_insurance_file(str(path))
    dialog = blocker.args[0]
    notes = [label.text() for label in dialog.findChildren(QLabel) if label.objectName() == "muted"]
    assert notes == ["The card also shows TPA7788123; check which number is right."]
    dialog.reject()
    assert form.value("coverage.member_id") == "" and not form.dirty
    assert form.insurance_note.text() == "Nothing was copied from the card."


def test_a_picture_without_an_insurance_code_changes_nothing(qtbot: QtBot, data_dir: Path,
                                                            tmp_path: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    path = tmp_path / "abha.png"
    abha_card().save(path, "PNG")  # an ABHA card is not an insurance card
    form.read_insurance_file(str(path))
    qtbot.waitUntil(lambda: "No policy or member number" in form.insurance_note.text(),
                    timeout=60_000)
    assert form.value("coverage.member_id") == "" and not form.dirty
    broken = tmp_path / "card.jpg"
    broken.write_bytes(b"not a picture at all")
    form.read_insurance_file(str(broken))
    qtbot.waitUntil(lambda: "card.jpg" in form.insurance_note.text(), timeout=60_000)
    assert form.insurance_note.text() == ("card.jpg: cannot be read as a picture. Take a photo or "
                                          "scan of the insurance card (JPG or PNG) and try again.")


def test_the_insurance_button_opens_the_policy_section_in_the_tab_order(
        qtbot: QtBot, data_dir: Path) -> None:
    window = _form_window(qtbot, data_dir)
    form = window.form
    assert form.insurance_button.accessibleName() == "Read insurance card"
    chain, widget = [], form.insurance_button
    for _ in range(10):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(form):
            chain.append(widget)
            break
    assert chain == [form.fields["coverage.payer"]]
    form.insurance_button.click()
    qtbot.waitUntil(lambda: form.insurance_file_dialog.isVisible(), timeout=10_000)
    form.insurance_file_dialog.reject()
