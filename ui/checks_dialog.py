"""The pre-submission checks shown before a leg is queued (opened with ``open()``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import leg_label


class ChecksDialog(QDialog):
    """Blocking errors (the submit button stays disabled) and warnings (the clerk decides)."""

    confirmed = Signal(str, str)  # case id, leg

    def __init__(self, case_id: str, leg: str, result: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id, self.leg = case_id, leg
        self.setWindowTitle(self.tr("Before sending: {0}").format(leg_label(leg)))
        self.resize(620, 380)
        lay = QVBoxLayout(self)
        errors, warnings = list(result.errors), list(result.warnings)
        if errors:
            head = self.tr("{0} problem(s) must be fixed before this can be sent.").format(
                len(errors))
        elif warnings:
            head = self.tr("Ready to send. Please read {0} warning(s) first: they are common "
                           "reasons for queries and rejections.").format(len(warnings))
        else:
            head = self.tr("All checks passed. The request will be queued and sent as soon as "
                           "the payer can be reached.")
        title = QLabel(head, self)
        title.setWordWrap(True)
        lay.addWidget(title)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Check results"))
        self.items.setWordWrap(True)
        for f in errors:
            item = QListWidgetItem(f"✗  {f.path}: {f.message}")
            item.setForeground(QColor("#b3261e"))
            self.items.addItem(item)
        for f in warnings:
            self.items.addItem(QListWidgetItem(f"!  {f.path}: {f.message}"))
        lay.addWidget(self.items, 1)
        buttons = QDialogButtonBox(self)
        self.send = buttons.addButton(self.tr("Queue {0}").format(leg_label(leg)),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setObjectName("primary")
        self.send.setEnabled(not errors)
        buttons.addButton(self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.accepted.connect(lambda: self.confirmed.emit(self.case_id, self.leg))
