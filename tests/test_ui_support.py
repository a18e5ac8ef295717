"""Helpers for the desk's pytest-qt tests (no tests here): a training desk, a signed-in window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.desk import Desk
from offline.keys import KeyringAccess
from tests.conftest import FAST_KDF
from ui.accounts import Account
from ui.main_window import MainWindow
from ui.port import CaseRow, DeskPort

PASS = "ui test passphrase"  # a throwaway test store
NOW = datetime(2026, 12, 3, 8, 30, tzinfo=UTC)


def make_desk(data_dir: Path) -> Desk:
    return Desk.create(data_dir, passphrase=PASS, use_keyring=False,
                       keyring=KeyringAccess(False), kdf=FAST_KDF)


def open_window(qtbot: object, desk: Desk, *, lock_minutes: float = 5,
                user: Account | None = None) -> MainWindow:
    window = MainWindow(lock_minutes=lock_minutes)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=60_000):  # type: ignore[attr-defined]
        window.show_opened(desk, training=True, port=DeskPort(desk, training=True),
                           user=user or Account("asha.clerk", "clerk"))
    return window


def row(case_id: str, status: str, *, due_in: int | None = None, flags: set[str] | None = None,
        created: datetime = NOW, patient: str = "Test Patient", waiting_on: str | None = None,
        requested: int = 45_000_000, approved: int | None = None) -> CaseRow:
    stage = status.split("_")[0] if "_" in status and status != "payment_received" else None
    r = CaseRow(id=case_id, patient=patient, payer="training-tpa", stage=stage, status=status,
                requested=requested, approved=approved, emergency=False, created_at=created,
                updated_at=created, flags=set(flags or ()))
    if due_in is not None:
        r.waiting_on = "payer"
        r.due_at = NOW + timedelta(minutes=due_in)
    elif waiting_on:
        r.waiting_on = waiting_on
    return r


def themed_app() -> object:
    """Apply the desk's fonts and style sheet (as the real desk does); returns a callable that
    puts the application back as it was, for tests that measure what the clerk sees."""
    from PySide6.QtWidgets import QApplication

    from ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet, font, style = app.styleSheet(), app.font(), app.style().name()
    theme.apply(app, "en")

    def restore() -> None:
        app.setStyleSheet(sheet)
        app.setFont(font)
        app.setStyle(style)
    return restore
