"""The work-queue and outbox item models: Qt's model contract, saved views, search, clocks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from offline.outbox import State
from tests.test_ui_support import NOW, row
from ui.outbox_model import OutboxModel
from ui.queue_model import COLUMNS, CaseFilterProxy, CaseTableModel, Column, View

ROWS = [
    row("C-2612-0001", "draft", patient="Asha Verma"),
    row("C-2612-0002", "preauth_queued", patient="Rohan Mehta"),
    row("C-2612-0003", "preauth_sent", due_in=40, patient="Sunita Rao"),
    row("C-2612-0004", "preauth_acknowledged", due_in=-5, patient="Imran Qureshi"),
    row("C-2612-0005", "preauth_queried", waiting_on="hospital", patient="Kavita Nair"),
    row("C-2612-0006", "preauth_approved", approved=40_000_000, patient="Arjun Singh"),
    row("C-2612-0007", "discharge_sent", due_in=10, patient="Meena Pillai",
        created=NOW - timedelta(days=3)),
    row("C-2612-0008", "preauth_sent", due_in=50, flags={"needs_attention"},
        patient="Farhan Ali", created=NOW - timedelta(days=2)),
]


def _model() -> CaseTableModel:
    model = CaseTableModel()
    model.now = NOW
    model.set_rows(ROWS)
    return model


def test_case_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = _model()
    qtmodeltester.check(model, force_py=True)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_outbox_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = OutboxModel()
    model.set_messages([
        {"id": "m1", "case_ref": "C-2612-0001", "leg": "preauth", "payer": "training-tpa",
         "state": State.QUEUED.value, "attempts": 2, "next_attempt_at": NOW.timestamp(),
         "last_error": "The exchange could not be reached."},
        {"id": "m2", "case_ref": "C-2612-0002", "leg": "claim", "payer": "training-tpa",
         "state": "needs_attention", "attempts": 1, "next_attempt_at": None,
         "last_error": "ERR_INVALID_PAYLOAD: total missing"},
    ])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 5).data() == "03-12-2026 14:00"  # next try, India time
    assert model.index(1, 6).data().startswith("ERR_INVALID_PAYLOAD")


@pytest.mark.parametrize(("view", "expected"), [
    (View.NEEDS_ACTION, {"C-2612-0001", "C-2612-0005", "C-2612-0006", "C-2612-0008"}),
    (View.AWAITING_PAYER, {"C-2612-0003", "C-2612-0004", "C-2612-0007", "C-2612-0008"}),
    (View.QUEUED_OFFLINE, {"C-2612-0002"}),
    (View.BREACHED, {"C-2612-0004"}),
    (View.TODAY, {f"C-2612-000{i}" for i in range(1, 7)}),
    (View.ALL, {r.id for r in ROWS}),
])
def test_saved_views_show_exactly_their_cases(view: View, expected: set[str]) -> None:
    proxy = CaseFilterProxy()
    proxy.setSourceModel(_model())
    proxy.set_view(view)
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert shown == expected
    assert proxy.count_in(view) == len(expected)


def test_search_matches_patient_case_id_and_status_words() -> None:
    proxy = CaseFilterProxy()
    proxy.setSourceModel(_model())
    proxy.set_search("kavita")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["C-2612-0005"]
    proxy.set_search("0007")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["C-2612-0007"]
    proxy.set_search("queried")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    assert proxy.rowCount() == len(ROWS)


def test_amounts_use_indian_grouping_and_sort_by_value() -> None:
    model = _model()
    req = COLUMNS.index(Column.REQUESTED)
    assert model.index(0, req).data() == "₹4,50,000"
    assert model.index(5, COLUMNS.index(Column.APPROVED)).data() == "₹4,00,000"
    assert model.index(0, COLUMNS.index(Column.APPROVED)).data() == "—"


def test_clock_counts_down_and_turns_amber_then_red() -> None:
    model = _model()
    clock = COLUMNS.index(Column.CLOCK)
    sent = model.index(2, clock)     # 40 min left
    assert sent.data() == "40 min left"
    assert model.clock_level(model.row_at(2)) == "ok"
    assert model.clock_level(model.row_at(6)) == "amber"   # 10 min left
    assert model.index(3, clock).data() == "overdue 5 min"
    assert model.clock_level(model.row_at(3)) == "red"
    assert model.index(4, clock).data() == "with hospital"
    model.tick(NOW + timedelta(minutes=30))                 # time passes
    assert sent.data() == "10 min left"
    assert model.clock_level(model.row_at(2)) == "amber"
    model.tick(NOW + timedelta(minutes=41))
    assert sent.data() == "overdue 1 min"
    assert model.clock_level(model.row_at(2)) == "red"


def test_flags_put_what_needs_action_first() -> None:
    from ui.queue_model import FLAGS_ROLE

    r = row("C-2612-0009", "preauth_queued", flags={"queued_offline", "needs_attention"})
    r.emergency = True
    model = CaseTableModel()
    model.set_rows([r])
    flags = model.index(0, COLUMNS.index(Column.FLAGS))
    assert flags.data(FLAGS_ROLE) == ["needs_attention", "queued_offline", "emergency"]
    assert flags.data().startswith("Needs attention · Waiting to send")
    assert "Needs attention:" in flags.data(Qt.ItemDataRole.ToolTipRole)


def test_the_default_order_is_most_urgent_first() -> None:
    model = _model()
    model.sort(COLUMNS.index(Column.CLOCK), Qt.SortOrder.AscendingOrder)
    order = [r.id for r in model.rows()]
    # overdue, then least payer time left, then the desk's moves, then the rest
    assert order[:4] == ["C-2612-0004", "C-2612-0007", "C-2612-0003", "C-2612-0008"]
    assert set(order[4:]) == {"C-2612-0001", "C-2612-0002", "C-2612-0005", "C-2612-0006"}
    assert order.index("C-2612-0002") == len(order) - 1  # queued: nothing to do but wait
