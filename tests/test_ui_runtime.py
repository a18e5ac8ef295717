"""The Qt binding itself: guards against binding bugs that would crash a long desk session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_pythons_reference_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 returned None from void calls without a new reference:
    every ``label.setText(...)`` or ``processEvents()`` drained None's count until the
    interpreter aborted ("deallocating None") after a few thousand calls. pyproject pins
    below 6.12; this test fails loudly if a broken binding comes back."""
    label = QLabel("x")
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for i in range(300):
        label.setText(str(i))
        timer.start(1000)
        QCoreApplication.processEvents()
    timer.stop()
    assert sys.getrefcount(None) - before > -50
