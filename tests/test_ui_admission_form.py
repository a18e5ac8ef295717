"""The admission form: validation on the right fields, live estimate total, drafts saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.cases import list_cases, load_case
from app.desk import Desk
from app.drafts import get_draft, list_drafts
from offline.keys import KeyringAccess
from tests.test_ui_support import PASS, make_desk, open_window
from ui.accounts import Account
from ui.queue_model import View


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
    # the messages do not block the save: everything typed is kept as an incomplete draft
    assert form.case_id is None  # not a case yet
    qtbot.waitUntil(lambda: form.draft_id is not None, timeout=60_000)
    kept = get_draft(window.desk.store, form.draft_id)
    assert kept.owner == "asha.clerk"
    assert kept.fields["patient.dob"] == "31-02-1984"        # as typed, even though wrong
    assert kept.fields["patient.address.pin"] == "04110"
    assert "Kept as an incomplete draft" in form.summary.text()
    assert list_cases(window.desk.store) == []


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


def test_a_form_with_only_a_name_is_kept_with_ctrl_s_and_reopens_after_a_restart(
        qtbot: QtBot, data_dir: Path) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    window.new_admission()
    form = window.form
    qtbot.keyClicks(form.fields["patient.name"], "Sunita Rao")
    qtbot.keyClicks(form.fields["patient.dob"], "05-07-19")   # half typed
    with qtbot.waitSignal(window.form_draft_saved, timeout=60_000) as saved, \
            qtbot.waitSignal(window.validated, timeout=60_000) as checked:
        qtbot.keyClick(form.fields["patient.name"], Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    draft_id = saved.args[0]
    assert len(checked.args[0]) >= 7               # still shown on the fields ...
    assert form.errors["coverage.policy_number"].text() != ""
    assert form.case_id is None and form.draft_id == draft_id   # ... but not blocking
    assert not form.dirty and "Incomplete draft saved" in form.state.text()
    # listed in the work queue, under Needs action, as an unfinished admission
    qtbot.waitUntil(lambda: any(r.id == draft_id for r in window.model.rows()), timeout=60_000)
    window.set_view(View.NEEDS_ACTION)
    shown = [window.proxy.index(r, 1).data() for r in range(window.proxy.rowCount())]
    assert "Sunita Rao" in shown
    window.close()  # the desk closes; the draft is in the encrypted store
    assert window.desk is None

    again = Desk.open(data_dir, lambda: PASS, keyring=KeyringAccess(False))
    window2 = open_window(qtbot, again)
    qtbot.waitUntil(lambda: any(r.id == draft_id for r in window2.model.rows()),
                    timeout=60_000)
    window2.select_case(draft_id)
    with qtbot.waitSignal(window2.case_loaded, timeout=60_000):
        qtbot.keyClick(window2.table, Qt.Key.Key_Return)
    assert window2.work.currentWidget() is window2.form
    assert window2.form.value("patient.name") == "Sunita Rao"
    assert window2.form.value("patient.dob") == "05-07-19"
    assert window2.form.draft_id == draft_id


def test_another_clerk_does_not_see_or_open_the_draft(qtbot: QtBot, data_dir: Path) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    window.new_admission()
    window.form.set_value("patient.name", "Sunita Rao")
    with qtbot.waitSignal(window.form_draft_saved, timeout=60_000) as saved:
        window.form.request_save()
    window.close()
    again = Desk.open(data_dir, lambda: PASS, keyring=KeyringAccess(False))
    other = open_window(qtbot, again, user=Account("ravi.super", "supervisor"))
    assert all(r.id != saved.args[0] for r in other.model.rows())
    with qtbot.waitSignal(other.action_failed, timeout=60_000) as refused:
        other.open_form_draft(saved.args[0])
    assert "another clerk" in refused.args[0]
    assert other.work.currentWidget() is not other.form


def test_an_incomplete_draft_becomes_a_case_once_it_validates(qtbot: QtBot,
                                                             data_dir: Path) -> None:
    window, desk = _filled(qtbot, data_dir)
    form = window.form
    complete = {path: form.value(path) for path in form.fields}
    form.set_value("coverage.policy_number", "")
    with qtbot.waitSignal(window.form_draft_saved, timeout=60_000) as kept:
        form.request_save()
    assert [d.id for d in list_drafts(desk.store, owner="asha.clerk")] == [kept.args[0]]
    form.set_value("coverage.policy_number", complete["coverage.policy_number"])
    with qtbot.waitSignal(window.draft_saved, timeout=60_000) as saved:
        form.request_save()
    case = load_case(desk.store, saved.args[0])
    assert case.status == "draft" and case.created_by == "asha.clerk"
    assert case.admission.coverage.policy_number == complete["coverage.policy_number"]
    assert list_drafts(desk.store) == []          # the draft went, in the same transaction
    assert form.case_id == case.id and form.draft_id is None
    qtbot.waitUntil(lambda: [r.id for r in window.model.rows()] == [case.id], timeout=60_000)


def test_the_open_form_is_autosaved_shortly_after_typing(qtbot: QtBot, data_dir: Path) -> None:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    window.new_admission()
    assert window.autosave_timer.interval() <= 5_000   # "a crash loses a few seconds at most"
    window.autosave_timer.setInterval(50)
    form = window.form
    with qtbot.waitSignal(window.form_draft_saved, timeout=60_000) as saved:
        qtbot.keyClicks(form.fields["patient.name"], "Anil Kumar")
    drafts = list_drafts(desk.store, owner="asha.clerk")
    assert [d.id for d in drafts] == [saved.args[0]]
    assert drafts[0].fields["patient.name"].startswith("A")  # kept without any Save
    qtbot.waitUntil(lambda: not form.dirty, timeout=60_000)
    assert get_draft(desk.store, saved.args[0]).fields["patient.name"] == "Anil Kumar"
    assert "Autosaved" in form.state.text()
    assert list_cases(desk.store) == []            # an autosave never makes a case


def _eligibility_answered(data_dir: Path, balance: int | None) -> tuple[object, str, str]:
    """A draft case whose eligibility check the payer answered "in force" with ``balance``
    (paise, as the payer stated it), through the real lifecycle on a real store; also what the
    form said while the answer was awaited."""
    from app.lifecycle import eligibility_answered, leg_sent, legs_of
    from ui.port import DeskPort

    port = DeskPort(make_desk(data_dir), training=True)
    case_id = port.save_draft(None, example_admission_json(), actor="asha.clerk")
    port.check_eligibility(case_id, actor="asha.clerk")
    waiting = port.eligibility_text(case_id) or ""
    with port.store.transaction() as conn:
        (leg,) = [leg for leg in legs_of(conn, case_id) if leg.kind == "eligibility"]
        leg_sent(conn, leg.id, api_call_id="elig-test-1")
        eligibility_answered(conn, leg.id, in_force=True, balance=balance)
    return port, case_id, waiting


def test_the_eligibility_answer_reads_as_the_case_keeps_it(data_dir: Path) -> None:
    port, case_id, waiting = _eligibility_answered(data_dir, 45_000_000)
    assert waiting == "Eligibility check sent; waiting for the payer's answer."
    text = port.eligibility_text(case_id)  # type: ignore[attr-defined]
    assert text.startswith("Policy in force, balance ₹4,50,000 (answered ")
    assert "figure" not in text  # nothing was adjusted, nothing to explain


def test_a_balance_below_zero_is_shown_as_zero_with_the_payers_figure(data_dir: Path) -> None:
    port, case_id, _waiting = _eligibility_answered(data_dir, -2_000_000)
    text = port.eligibility_text(case_id)  # type: ignore[attr-defined]
    assert text.startswith("Policy in force, balance ₹0 (answered ")
    assert text.endswith("The payer's figure was below zero (-₹20,000), so the case keeps ₹0; "
                         "check the balance with the payer.")
    assert "₹-" not in text
    # the case keeps what the text says (the sum insured is ₹5,00,000)
    assert load_case(port.store, case_id).admission.coverage.balance == 0  # type: ignore[attr-defined]


def test_a_balance_above_the_sum_insured_is_explained(data_dir: Path) -> None:
    port, case_id, _waiting = _eligibility_answered(data_dir, 90_000_000)
    text = port.eligibility_text(case_id)  # type: ignore[attr-defined]
    assert text.startswith("Policy in force, balance ₹5,00,000 (answered ")
    assert text.endswith("The payer's figure ₹9,00,000 is above the sum insured (₹5,00,000), so "
                         "the case keeps the sum insured; check both amounts.")
