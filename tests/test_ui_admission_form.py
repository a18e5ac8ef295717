"""The admission form: validation on the right fields, live estimate total, drafts saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.cases import load_case
from tests.test_ui_support import make_desk, open_window


def _filled(qtbot: QtBot, data_dir: Path) -> tuple[object, object]:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    window.new_admission()
    data = example_admission_json()
    data["patient"].pop("aadhaar")
    window.form.load(None, data, editable=True)
    return window, desk


def test_validation_messages_appear_on_the_fields_they_concern(qtbot: QtBot,
                                                              data_dir: Path) -> None:
    window, _ = _filled(qtbot, data_dir)
    form = window.form
    form.set_value("patient.address.pin", "04110")          # rule from app/validation.py
    form.set_value("patient.dob", "31-02-1984")             # not a date
    form.set_value("admission.hospital.rohini_id", "12345")
    with qtbot.waitSignal(window.validated, timeout=60_000) as blocker:
        form.request_save()
    paths = {e.path for e in blocker.args[0]}
    assert {"patient.address.pin", "patient.dob", "admission.hospital.rohini_id"} <= paths
    assert "6 digits" in form.errors["patient.address.pin"].text()
    assert "DD-MM-YYYY" in form.errors["patient.dob"].text()
    assert "Rohini" in form.errors["admission.hospital.rohini_id"].text()
    assert form.fields["patient.address.pin"].property("invalid") is True
    # fields that are fine carry no message
    assert form.errors["patient.name"].text() == ""
    assert form.errors["coverage.policy_number"].text() == ""
    assert form.fields["patient.name"].property("invalid") is False
    assert form.case_id is None  # nothing was saved


def test_correcting_the_fields_saves_the_draft_and_clears_messages(qtbot: QtBot,
                                                                  data_dir: Path) -> None:
    window, desk = _filled(qtbot, data_dir)
    form = window.form
    form.set_value("patient.address.pin", "04110")
    with qtbot.waitSignal(window.validated, timeout=60_000):
        form.request_save()
    form.set_value("patient.address.pin", "411001")
    form.set_value("patient.name", "Meera Joshi")
    with qtbot.waitSignal(window.draft_saved, timeout=60_000) as saved:
        form.request_save()
    case_id = saved.args[0]
    assert form.errors["patient.address.pin"].text() == ""
    assert form.case_id == case_id
    case = load_case(desk.store, case_id)
    assert case.status == "draft"
    assert case.admission.patient.name == "Meera Joshi"
    assert case.admission.patient.address.pin == "411001"
    assert case.created_by == "asha.clerk"


def test_estimate_total_updates_live_in_indian_grouping(qtbot: QtBot, data_dir: Path) -> None:
    window, _ = _filled(qtbot, data_dir)
    form = window.form
    assert form.estimate_total() == "₹92,000"
    form.fields["estimate.ot"].setText("3,25,000")
    assert form.estimate_total() == "₹3,92,000"
    form.fields["estimate.package"].setText("1000000")
    assert form.estimate_total() == "₹13,92,000"


def test_the_form_reads_dates_as_clerks_write_them(qtbot: QtBot, data_dir: Path) -> None:
    window, _ = _filled(qtbot, data_dir)
    form = window.form
    assert form.value("patient.dob") == "21-03-1984"
    assert form.value("admission.admitted_at") == "03-12-2026 09:30"
    data = form.to_json()
    assert data["patient"]["dob"] == "1984-03-21"
    assert data["admission"]["admitted_at"].startswith("2026-12-03T09:30:00+05:30")


def test_every_form_field_has_an_accessible_name_and_tab_order_follows_part_c(
        qtbot: QtBot, data_dir: Path) -> None:
    window, _ = _filled(qtbot, data_dir)
    form = window.form
    assert all(w.accessibleName() for w in form.fields.values())
    wanted = list(form.fields.values())
    seen: list[object] = []
    widget = wanted[0]
    for _ in range(2000):  # walk the tab chain as the Tab key would
        if widget in wanted and widget not in seen:
            seen.append(widget)
        if len(seen) == len(wanted):
            break
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
    assert seen == wanted  # Part C order: payer, hospital, patient, doctor, admission, estimate
    assert list(form.fields)[:3] == ["coverage.payer", "coverage.insurer",
                                     "coverage.policy_number"]
    assert list(form.fields)[-1] == "estimate.package"


def test_icd10_finder_offers_codes_for_words(qtbot: QtBot, data_dir: Path) -> None:
    window, _ = _filled(qtbot, data_dir)
    form = window.form
    with qtbot.waitSignal(form.icd_model.modelReset, timeout=60_000):
        form.icd_search_requested.emit("appendicitis")
    codes = form.icd_model.stringList()
    assert any(c.startswith("K35") for c in codes)
