"""The desk by keyboard alone: the main shortcuts, Enter and the arrow keys in the queue, and
the admission form's tab order through "Read ABHA card…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.test_ui_support import make_desk, open_window
from ui.main_window import MainWindow
from ui.queue_model import ROW_ROLE, View
from ui.training_seed import seed_cases

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    desk = make_desk(data_dir)
    seed_cases(desk.store, count=8)
    window = open_window(qtbot, desk)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=60_000)
    window.set_view(View.ALL)
    window.table.setFocus()
    return window


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
           ) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget)
    qtbot.keyClick(target, key, modifier)


def test_ctrl_n_ctrl_s_escape_and_ctrl_f(qtbot: QtBot, data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    _press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.work.currentWidget() is window.form
    assert QApplication.focusWidget() is window.form.fields["coverage.payer"]
    qtbot.keyClicks(window.form.fields["patient.name"], "Ritu Sharma")
    window.form.fields["patient.name"].setFocus()
    with qtbot.waitSignal(window.form_draft_saved, timeout=60_000):
        _press(qtbot, Qt.Key.Key_S, CTRL)              # kept, complete or not
    _press(qtbot, Qt.Key.Key_Escape)
    assert window.work.currentWidget() is window.queue_page
    assert QApplication.focusWidget() is window.table
    qtbot.waitUntil(lambda: any(r.is_form_draft for r in window.model.rows()), timeout=60_000)
    _press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "Ritu")
    assert window.proxy.rowCount() == 1                # the incomplete draft, found by name


def test_alt_digits_choose_the_saved_views_and_f5_refreshes(qtbot: QtBot, data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    for i, view in enumerate(View):
        _press(qtbot, getattr(Qt.Key, f"Key_{i + 1}"), ALT)
        assert window.proxy.view is view
        assert window.current_page() == view.value
    with qtbot.waitSignal(window.rows_loaded, timeout=60_000):
        _press(qtbot, Qt.Key.Key_F5)


def test_arrow_keys_move_through_the_queue_and_enter_opens_the_case(qtbot: QtBot,
                                                                   data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    table = window.table
    table.selectRow(0)
    first = window.current_case_id()
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 2
    wanted = window.proxy.index(2, 0).data(ROW_ROLE).id
    assert window.current_case_id() == wanted != first
    _press(qtbot, Qt.Key.Key_Up)
    assert table.currentIndex().row() == 1
    _press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.case_loaded, timeout=60_000) as opened:
        _press(qtbot, Qt.Key.Key_Return)
    assert opened.args[0] == wanted
    assert window.work.currentWidget() is window.case_view
    _press(qtbot, Qt.Key.Key_Escape)                   # and back to the queue
    assert window.work.currentWidget() is window.queue_page


def test_shortcuts_do_nothing_while_the_desk_is_locked(qtbot: QtBot, data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    window.lock()
    window.lock_screen.password.setFocus()
    _press(qtbot, Qt.Key.Key_N, CTRL)
    _press(qtbot, Qt.Key.Key_3, ALT)
    assert window.is_locked()
    assert window.work.currentWidget() is window.queue_page
    assert window.proxy.view is View.ALL


def test_read_abha_card_is_in_the_forms_tab_order(qtbot: QtBot, data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    window.new_admission()
    form = window.form
    before = list(form.fields).index("patient.name") - 1
    widget: QWidget = form.fields[list(form.fields)[before]]
    chain = []
    for _ in range(200):  # walk the Tab chain from the field before the patient's name
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(form):
            chain.append(widget)
        if widget is form.fields["patient.name"]:
            break
    assert chain[-2:] == [form.abha_button, form.fields["patient.name"]]
    form.abha_button.setFocus()
    assert form.abha_button.hasFocus()
    assert form.abha_button.accessibleName() == "Read ABHA card"
