"""The case view and the submit path through the UI: checks first, then the leg is queued."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.cases import load_case
from app.desk import Desk
from app.documents import add_document
from tests.test_ui_support import make_desk, open_window
from ui.accounts import Account
from ui.case_view import actions_for
from ui.main_window import MainWindow
from ui.training_seed import seed_cases


@pytest.mark.parametrize(("status", "expected"), [
    ("draft", ["preauth", "edit", "cancel", "print"]),
    ("preauth_queried", ["reply", "cancel", "print"]),
    ("preauth_approved", ["enhancement", "discharge", "cancel", "print"]),
    ("discharge_approved", ["claim", "cancel", "print"]),
    ("claim_sent", ["print"]),
    ("payment_received", ["acknowledge", "print"]),
    ("preauth_sent", ["cancel", "print"]),
])
def test_actions_offered_follow_the_state_machine(status: str, expected: list[str]) -> None:
    assert sorted(actions_for(status)) == sorted(expected)


def test_case_view_shows_the_timeline_with_the_payers_words_verbatim(qtbot: QtBot,
                                                                    data_dir: Path) -> None:
    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=6)
    window = open_window(qtbot, desk)
    queried = ids[5]  # the sixth scenario is a queried pre-auth
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(queried)
    view = window.case_view
    assert window.work.currentWidget() is view
    words = load_case(desk.store, queried).legs[-1].payer_words
    assert words
    texts = [view.timeline.topLevelItem(0).child(i).text(0).replace("\n", " ")  # wrapped
             for i in range(view.timeline.topLevelItem(0).childCount())]
    assert any(words in t for t in texts)
    assert "reply" in view.action_buttons
    assert view.reply_text.isVisibleTo(view)
    assert any("Proof of identity" in view.checklist.item(i).text()
               for i in range(view.checklist.count()))


def test_answering_a_query_from_the_case_view_queues_the_reply(qtbot: QtBot,
                                                              data_dir: Path) -> None:
    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=6)
    window = open_window(qtbot, desk)
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[5])
    view = window.case_view
    view.action_buttons["reply"].click()  # empty answer: refused on the spot
    assert "Write the answer" in view.feedback.text()
    view.reply_text.setPlainText("USG report attached; first consultation on 02-12-2026.")
    with qtbot.waitSignal(window.action_done, timeout=60_000):
        view.action_buttons["reply"].click()
    # the status bar says what was done in words, not the action's key ("reply")
    assert window.statusBar().currentMessage() == (
        f"Answer to the query on {ids[5]} queued: it is saved and will be sent as soon as "
        "possible.")
    case = load_case(desk.store, ids[5])
    assert case.status == "preauth_queued"
    assert case.legs[-1].reply_text == "USG report attached; first consultation on 02-12-2026."
    assert case.legs[-1].actor == "asha.clerk"


def _png() -> io.BytesIO:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buf, format="PNG")
    buf.seek(0)
    return buf


def _form_with_example(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, Desk]:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    window.new_admission()
    data = example_admission_json()
    data["patient"].pop("aadhaar")
    window.form.load(None, data, editable=True)
    return window, desk


def test_submit_is_blocked_by_failing_checks_and_nothing_is_queued(qtbot: QtBot,
                                                                  data_dir: Path) -> None:
    pytest.importorskip("app.checks")  # the cases engineer's pre-submission checks
    window, desk = _form_with_example(qtbot, data_dir)
    with qtbot.waitSignal(window.checks_ready, timeout=60_000) as ready:
        window.form.submit_button.click()
    dialog = ready.args[0]
    case_id = window.form.case_id
    assert case_id is not None  # the draft was saved first
    lines = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert "✗  Proof of identity (POI) is required before the pre-auth can be sent. Attach it " \
        "in the case's Documents panel." in lines       # the payer requires ID proof
    assert not any("documents." in line or "preauth request" in line for line in lines)
    assert dialog.findChild(QLabel).text().startswith("1 problem must be fixed")
    assert "(s)" not in dialog.findChild(QLabel).text()
    assert not dialog.send.isEnabled()
    dialog.reject()
    assert load_case(desk.store, case_id).status == "draft"


def test_submit_shows_the_checks_then_queues_the_preauth(qtbot: QtBot, data_dir: Path) -> None:
    pytest.importorskip("app.checks")
    window, desk = _form_with_example(qtbot, data_dir)
    with qtbot.waitSignal(window.draft_saved, timeout=60_000) as saved:
        window.form.request_save()
    case_id = saved.args[0]
    add_document(desk, case_id, _png(), category="POI", stage="preauth",
                 filename="id-proof.png", actor="asha.clerk")
    with qtbot.waitSignal(window.checks_ready, timeout=60_000) as ready:
        window.form.submit_button.click()
    dialog = ready.args[0]
    assert load_case(desk.store, case_id).status == "draft"  # nothing queued before confirming
    assert dialog.send.isEnabled()
    with qtbot.waitSignal(window.action_done, timeout=60_000):
        dialog.send.click()
    case = load_case(desk.store, case_id)
    assert case.status == "preauth_queued"
    assert case.legs[-1].kind == "preauth"
    assert case.legs[-1].actor == "asha.clerk"


def test_actions_beyond_the_clerks_role_are_greyed_out(qtbot: QtBot, data_dir: Path) -> None:
    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=6)
    window = open_window(qtbot, desk)  # signed in as a clerk
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[5])
    buttons = window.case_view.action_buttons
    assert buttons["reply"].isEnabled()
    assert not buttons["cancel"].isEnabled()  # app/users.py: cancel is for supervisors
    window.user = Account("ravi.super", "supervisor")
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[5])
    assert window.case_view.action_buttons["cancel"].isEnabled()


def _supervisor_on_case(qtbot: QtBot, data_dir: Path, index: int) -> tuple[MainWindow, Desk,
                                                                           str]:
    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=index + 1)
    window = open_window(qtbot, desk, user=Account("ravi.super", "supervisor"))
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[index])
    return window, desk, ids[index]


def test_cancel_asks_first_and_sends_the_reason_given(qtbot: QtBot, data_dir: Path) -> None:
    window, desk, case_id = _supervisor_on_case(qtbot, data_dir, 2)  # a pre-auth sent
    with qtbot.waitSignal(window.cancel_asked, timeout=10_000) as asked:
        window.case_view.action_buttons["cancel"].click()
    dialog = asked.args[0]
    assert dialog.isVisible() and case_id in dialog.windowTitle()
    assert load_case(desk.store, case_id).status == "preauth_sent"  # nothing yet
    assert not dialog.cancel_case.isEnabled()                     # a reason is needed
    qtbot.keyClicks(dialog.reason, "Patient shifted to another hospital")
    assert dialog.cancel_case.isEnabled()
    with qtbot.waitSignal(window.action_done, timeout=60_000):
        dialog.cancel_case.click()
    case = load_case(desk.store, case_id)
    assert case.status == "cancelled"
    cancel_leg = [leg for leg in case.legs if leg.kind == "cancel"][-1]
    assert cancel_leg.reply_text == "Patient shifted to another hospital"
    assert cancel_leg.actor == "ravi.super"


def test_backing_out_of_cancel_changes_nothing(qtbot: QtBot, data_dir: Path) -> None:
    window, desk, case_id = _supervisor_on_case(qtbot, data_dir, 2)
    done: list[str] = []
    window.action_done.connect(lambda _c, action: done.append(action))
    with qtbot.waitSignal(window.cancel_asked, timeout=10_000) as asked:
        window.run_action(case_id, "cancel", {})  # also from the window's own entry point
    dialog = asked.args[0]
    qtbot.keyClicks(dialog.reason, "typed, then thought better of it")
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        dialog.keep.click()
    assert not dialog.isVisible()
    with qtbot.waitSignal(window.rows_loaded, timeout=60_000):
        window.refresh()  # give anything queued by mistake the time to land
    case = load_case(desk.store, case_id)
    assert case.status == "preauth_sent"
    assert [leg.kind for leg in case.legs].count("cancel") == 0
    assert done == []


@pytest.fixture
def themed() -> Iterator[None]:
    """The desk's own fonts and style sheet (what the clerk sees), then back as it was."""
    from tests.test_ui_support import themed_app

    restore = themed_app()
    yield
    restore()  # type: ignore[operator]


@pytest.mark.parametrize("resized_from", [None, 1600])
def test_the_timeline_shows_acknowledged_times_and_fits_at_1280_px(
        qtbot: QtBot, data_dir: Path, themed: None, resized_from: int | None) -> None:
    from app.clocks import format_ist

    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=7)
    window = open_window(qtbot, desk)
    if resized_from:  # opened wide first, then made narrower
        window.resize(resized_from, 900)
        with qtbot.waitSignal(window.case_loaded, timeout=60_000):
            window.open_case(ids[4])
    window.resize(1280, 800)
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[4])                     # a pre-auth acknowledged by the payer
    tree = window.case_view.timeline
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers == ["Leg", "Sent", "Acknowledged", "Answered", "Decision", "Amount"]
    leg = load_case(desk.store, ids[4]).legs[-1]
    assert leg.acknowledged_at
    top = tree.topLevelItem(0)
    assert top.text(2).replace("\n", " ") == format_ist(leg.acknowledged_at)
    assert format_ist(leg.queued_at) in top.toolTip(0)         # queued: on the leg's tooltip
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    # every column at least as wide as its contents, all of them inside the visible width
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[6])                     # approved: an amount in the last column
    top = tree.topLevelItem(0)
    assert top.text(5).startswith("₹")
    head = tree.header()
    widths = [head.sectionSize(c) for c in range(tree.columnCount())]
    assert sum(widths) <= tree.viewport().width() + 1
    for col in range(1, tree.columnCount()):
        assert widths[col] >= tree.sizeHintForColumn(col) - 1, headers[col]
    assert widths[0] >= tree.sizeHintForColumn(0) - 1  # the leg's name is not cut either


def test_the_payers_words_wrap_to_the_timeline_and_nothing_is_cut(qtbot: QtBot, data_dir: Path,
                                                                  themed: None) -> None:
    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=6)
    window = open_window(qtbot, desk)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[5])                     # queried: long payer words
    view = window.case_view
    tree = view.timeline
    words = load_case(desk.store, ids[5]).legs[-1].payer_words
    child = next(tree.topLevelItem(0).child(i) for i in range(tree.topLevelItem(0).childCount())
                 if tree.topLevelItem(0).child(i).text(0).startswith("Payer said"))
    metrics = tree.fontMetrics()
    lines = child.text(0).split("\n")
    assert len(lines) >= 2                            # wrapped, not cut
    assert " ".join(lines) == f"Payer said: {words}"  # every word kept, verbatim
    assert all(metrics.horizontalAdvance(line) <= tree.viewport().width() for line in lines)
    assert tree.visualItemRect(child).height() >= 2 * metrics.height()
    # the clock in plain words
    assert view.clock.text().startswith("Waiting on the hospital (query open)")
    assert "60-minute clock is paused" in view.clock.text()
    assert "SLA" not in view.clock.text()


def test_a_running_clock_says_how_long_the_payer_has(qtbot: QtBot, data_dir: Path) -> None:
    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=4)
    window = open_window(qtbot, desk)
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[2])                     # sent 12 minutes ago
    assert window.case_view.clock.text().startswith("The payer has ")
    assert "left to answer (60-minute clock, due " in window.case_view.clock.text()
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[3])                     # sent 52 minutes ago ... still in time
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[0])                     # a draft: no clock
    assert window.case_view.clock.text().startswith("No clock running")


@pytest.mark.parametrize(("path", "message", "blocking", "expected"), [
    ("admission.doctor.name", "is required on Part C for the preauth request; give the "
     "treating doctor's name", True,
     "Treating doctor: Give the treating doctor's name (Part C needs it for the pre-auth)."),
    ("documents.DIA", "the payer usually asks for a DIA document for the preauth request; "
     "attach it to avoid a query", False,
     "Diagnostic reports (DIA) is usually asked for with the pre-auth. Attach it in the "
     "case's Documents panel to avoid a query."),
    ("clinical.findings", "relevant clinical findings are often asked for; add them", False,
     "Relevant clinical findings are often asked for; add them."),
    ("amount", "give the amount for the claim request (the bill so far, in rupees)", True,
     "Amount: Give the amount for the claim (the bill so far, in rupees)."),
])
def test_check_findings_are_in_plain_words(path: str, message: str, blocking: bool,
                                           expected: str) -> None:
    from ui.checks_dialog import plain_finding

    leg = "claim" if path == "amount" else "preauth"
    assert plain_finding(path, message, leg, blocking=blocking) == expected


def test_the_checks_dialog_counts_in_proper_plurals(qtbot: QtBot) -> None:
    from app.checks import CheckResult
    from ui.checks_dialog import ChecksDialog

    result = CheckResult("preauth")
    result.error("documents.POI", "the payer requires a POI document for the preauth request; "
                 "attach it")
    result.error("admission.expected_days", "is required on Part C for the preauth request; "
                 "give the expected length of stay")
    two = ChecksDialog("C-2612-0001", "preauth", result)
    qtbot.addWidget(two)
    assert two.findChild(QLabel).text().startswith("2 problems must be fixed")
    warn = CheckResult("preauth")
    warn.warn("clinical.findings", "relevant clinical findings are often asked for; add them")
    one = ChecksDialog("C-2612-0001", "preauth", warn)
    qtbot.addWidget(one)
    assert one.findChild(QLabel).text().startswith("Ready to send. Please read the warning")
    assert one.send.isEnabled()
