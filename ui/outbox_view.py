"""The outbox: every message, why it waits, retry now, pause / resume a payer, dead letters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.outbox_model import OutboxModel


class OutboxView(QWidget):
    retry_requested = Signal(str)        # message id
    pause_requested = Signal(str)        # payer code
    resume_requested = Signal(str)
    refresh_requested = Signal()
    explain_requested = Signal(object)   # the selected message: why does it wait?

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Outbox"), self)
        title.setObjectName("pageTitle")
        self.summary = QLabel("", self)
        self.summary.setObjectName("muted")
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary, 1)
        lay.addLayout(head)
        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Outbox messages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((110, 100, 120, 170, 90, 140)):
            self.table.setColumnWidth(col, width)
        lay.addWidget(self.table, 1)
        self.why = QLabel("", self)
        self.why.setWordWrap(True)
        self.why.setObjectName("payerWords")
        self.why.setStyleSheet("QLabel#payerWords { background: #ffffff; border: 1px solid "
                               "#dde3ea; border-radius: 6px; padding: 6px 10px; }")
        self.why.setMinimumHeight(48)
        self.why.setAccessibleName(self.tr("Why this message waits"))
        lay.addWidget(self.why)
        row = QHBoxLayout()
        self.retry = QPushButton(self.tr("&Retry now"), self)
        self.payer = QComboBox(self)
        self.payer.setAccessibleName(self.tr("Payer"))
        self.payer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.payer.setMinimumWidth(160)
        self.pause = QPushButton(self.tr("&Pause payer"), self)
        self.resume = QPushButton(self.tr("Res&ume payer"), self)
        refresh = QPushButton(self.tr("Refresh"), self)
        row.addWidget(self.retry)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Payer:"), self))
        row.addWidget(self.payer)
        row.addWidget(self.pause)
        row.addWidget(self.resume)
        row.addWidget(refresh)
        lay.addLayout(row)
        self.dead_title = QLabel(self.tr("Dead letters (answers that could not be opened)"), self)
        self.dead_title.setObjectName("sectionTitle")
        self.dead = QListWidget(self)
        self.dead.setAccessibleName(self.tr("Dead letters"))
        self.dead.setMaximumHeight(90)
        lay.addWidget(self.dead_title)
        lay.addWidget(self.dead)
        self.retry.clicked.connect(self._retry)
        self.pause.clicked.connect(lambda: self.pause_requested.emit(self.payer.currentText()))
        self.resume.clicked.connect(lambda: self.resume_requested.emit(self.payer.currentText()))
        refresh.clicked.connect(self.refresh_requested)
        self.table.selectionModel().currentRowChanged.connect(self._explain)

    def show_messages(self, messages: list[Any], payers: list[str]) -> None:
        self.model.set_messages(messages)
        current = self.payer.currentText()
        self.payer.clear()
        self.payer.addItems(payers)
        if current in payers:
            self.payer.setCurrentText(current)
        waiting = sum(1 for m in messages
                      if str(getattr(m, "state", "")) not in ("sent", "done"))
        self.summary.setText(self.tr("{0} messages · {1} waiting to go").format(
            len(messages), waiting))

    def set_admin(self, admin: bool) -> None:
        self.dead_title.setVisible(admin)
        self.dead.setVisible(admin)

    def show_dead_letters(self, items: list[Any]) -> None:
        self.dead.clear()
        for item in items:
            self.dead.addItem(str(getattr(item, "error", None) or getattr(item, "id", item)))
        if not items:
            self.dead.addItem(self.tr("None: every answer received was opened and applied."))

    def _selected(self) -> Any | None:
        idx = self.table.currentIndex()
        return self.model.message_at(idx.row()) if idx.isValid() else None

    def _retry(self) -> None:
        msg = self._selected()
        if msg is not None:
            self.retry_requested.emit(str(getattr(msg, "id", "")))

    def _explain(self, *_: object) -> None:
        msg = self._selected()
        if msg is None:
            self.why.clear()
            return
        self._last_error = getattr(msg, "last_error", None)
        self.show_why("")
        self.explain_requested.emit(msg)

    def show_why(self, reason: str) -> None:
        """Why the message waits (the engine's words), else the server's last words verbatim."""
        err = getattr(self, "_last_error", None)
        if reason:  # the engine's sentence already quotes the server's last words
            self.why.setText(reason)
        else:
            self.why.setText(self.tr("Last error (server's words): {0}").format(err) if err
                             else self.tr("No error recorded for this message."))
