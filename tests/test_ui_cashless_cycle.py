"""The whole cashless cycle driven through the desk's windows against the in-process training
sandbox (real HCX over loopback): admit, pre-auth approved, discharge approved, claim approved,
payment received and acknowledged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.cases import load_case
from offline.keys import KeyringAccess
from tests.test_ui_support import make_desk
from ui.accounts import Account
from ui.main_window import MainWindow
from ui.port import DeskPort

service_module = pytest.importorskip("app.service")
pytestmark = pytest.mark.slow
WAIT = 60_000


@pytest.fixture
def live_window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    desk = make_desk(data_dir)
    service = service_module.DeskService(desk, training=True, decision_delay=0,
                                         keyring=KeyringAccess(False))
    service.engine.pull_interval = 0.3
    service.start()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.show_opened(desk, training=True, port=DeskPort(desk, service=service),
                           user=Account("asha.clerk", "clerk"))
    yield window
    window.close()  # stops the sync thread and the sandbox, closes the store


def _image(path: Path) -> str:
    """A distinct small scan per file (the desk refuses the same document twice)."""
    Image.new("RGB", (200 + len(path.name), 120), "white").save(path, format="PNG")
    return str(path)


def _status(window: MainWindow, case_id: str) -> str | None:
    return next((r.status for r in window.model.rows() if r.id == case_id), None)


def _attach(qtbot: QtBot, window: MainWindow, case_id: str, category: str, path: str) -> None:
    done: list[str] = []
    window.action_done.connect(lambda _c, a: done.append(a))
    window.action_failed.connect(lambda text: done.append("failed: " + text))
    window.attach_file(case_id, category, path)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert done == ["attach"]


def _send_from_case_view(qtbot: QtBot, window: MainWindow, case_id: str, action: str,
                         amount: str) -> None:
    with qtbot.waitSignal(window.case_loaded, timeout=WAIT):
        window.open_case(case_id)
    view = window.case_view
    assert action in view.action_buttons, f"{action} not offered in {_status(window, case_id)}"
    view.amount.setText(amount)
    with qtbot.waitSignal(window.checks_ready, timeout=WAIT) as ready:
        view.action_buttons[action].click()
    dialog = ready.args[0]
    assert dialog.send.isEnabled(), [dialog.items.item(i).text()
                                     for i in range(dialog.items.count())]
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        dialog.send.click()


def test_the_whole_cashless_cycle_through_the_desk(qtbot: QtBot, live_window: MainWindow,
                                                   tmp_path: Path) -> None:
    window = live_window
    assert window.training_marker.isVisible()
    # admit: the form, a saved draft, the ID proof attached
    window.new_admission()
    data = example_admission_json()
    data["patient"].pop("aadhaar")
    data["admission"]["discharge_at"] = "2026-12-06T11:00:00+05:30"
    window.form.load(None, data, editable=True)
    with qtbot.waitSignal(window.draft_saved, timeout=WAIT) as saved:
        window.form.request_save()
    case_id = saved.args[0]
    # eligibility: the payer's answer appears on the form when it arrives
    window.form.eligibility_button.click()
    qtbot.waitUntil(lambda: "Policy in force" in window.form.eligibility_result.text(),
                    timeout=WAIT)
    assert "₹" in window.form.eligibility_result.text()  # the balance, in rupees
    _attach(qtbot, window, case_id, "POI", _image(tmp_path / "id-proof.png"))
    # pre-auth: checks shown, confirmed, queued, sent by the sync thread, approved by the payer
    window.form.load(case_id, load_case(window.desk.store, case_id).admission.to_json(),
                     editable=True)
    with qtbot.waitSignal(window.checks_ready, timeout=WAIT) as ready:
        window.form.submit_button.click()
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        ready.args[0].send.click()
    qtbot.waitUntil(lambda: _status(window, case_id) == "preauth_approved", timeout=WAIT)
    # discharge, then the final claim, each with its documents
    _attach(qtbot, window, case_id, "HDS", _image(tmp_path / "discharge-summary.png"))
    _attach(qtbot, window, case_id, "MB", _image(tmp_path / "final-bill.png"))
    _send_from_case_view(qtbot, window, case_id, "discharge", "92,000")
    qtbot.waitUntil(lambda: _status(window, case_id) == "discharge_approved", timeout=WAIT)
    _send_from_case_view(qtbot, window, case_id, "claim", "92,000")
    qtbot.waitUntil(lambda: _status(window, case_id) == "payment_received", timeout=WAIT)
    # the payer's words are on the timeline; the payment is acknowledged and the file closed
    with qtbot.waitSignal(window.case_loaded, timeout=WAIT):
        window.open_case(case_id)
    view = window.case_view
    tree = view.timeline
    kinds = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert {"Eligibility", "Pre-auth", "Discharge", "Claim", "Payment"} <= set(kinds)
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        view.action_buttons["acknowledge"].click()
    qtbot.waitUntil(lambda: _status(window, case_id) == "closed", timeout=WAIT)
    case = load_case(window.desk.store, case_id)
    assert case.approved_amount == 9_200_000
    assert [leg.kind for leg in case.legs if leg.kind in ("preauth", "discharge", "claim",
                                                          "payment")] == \
        ["preauth", "discharge", "claim", "payment"]
