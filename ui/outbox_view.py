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
    QListWidgetItem,
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
        self.payer_state = QLabel("", self)
        self.payer_state.setObjectName("muted")
        self.payer_state.setAccessibleName(self.tr("The chosen payer's state"))
        refresh = QPushButton(self.tr("Refresh"), self)
        row.addWidget(self.retry)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Payer:"), self))
        row.addWidget(self.payer)
        row.addWidget(self.payer_state)
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
        self.pause.clicked.connect(lambda: self.pause_requested.emit(self.current_payer()))
        self.resume.clicked.connect(lambda: self.resume_requested.emit(self.current_payer()))
        self.payer.currentIndexChanged.connect(lambda _i: self._payer_state())
        self.paused: dict[str, Any] = {}
        refresh.clicked.connect(self.refresh_requested)
        self.table.selectionModel().currentRowChanged.connect(self._explain)

    def show_messages(self, messages: list[Any], payers: list[str],
                      names: dict[str, str] | None = None,
                      paused: dict[str, Any] | None = None) -> None:
        """The messages; ``payers`` (codes) with their names and which are paused."""
        names = names or {}
        self.paused = dict(paused or {})
        self.model.payer_names = names
        self.model.set_messages(messages)
        current = self.current_payer()
        self.payer.blockSignals(True)
        self.payer.clear()
        for code in payers:
            name = names.get(code) or code
            text = self.tr("{0} (paused)").format(name) if code in self.paused else name
            self.payer.addItem(text, code)
        index = self.payer.findData(current) if current else -1
        self.payer.setCurrentIndex(index if index >= 0 else 0)
        self.payer.blockSignals(False)
        self._payer_state()
        waiting = sum(1 for m in messages
                      if str(getattr(m, "state", "")) not in ("sent", "done"))
        self.summary.setText(self.tr("{0} messages · {1} waiting to go").format(
            len(messages), waiting))

    def current_payer(self) -> str:
        return str(self.payer.currentData() or "")

    def _payer_state(self) -> None:
        """Pause for a payer that is sending, Resume for a paused one; say which it is."""
        code = self.current_payer()
        pause = self.paused.get(code)
        self.pause.setEnabled(bool(code) and pause is None)
        self.resume.setEnabled(pause is not None)
        if not code:
            self.payer_state.setText("")
        elif pause is None:
            self.payer_state.setText(self.tr("Sending"))
        else:
            from ui.formatting import format_ist

            who = (self.tr("by the desk after repeated failures")
                   if getattr(pause, "paused_by", "") == "system" else self.tr("by a clerk"))
            self.payer_state.setText(self.tr("Paused since {0}, {1}").format(
                format_ist(getattr(pause, "paused_at", "")), who))

    def set_admin(self, admin: bool) -> None:
        self.dead_title.setVisible(admin)
        self.dead.setVisible(admin)

    def show_dead_letters(self, items: list[Any]) -> None:
        """Answers that could not be opened: when, from which payer, and why (no patient
        data: the envelope stays sealed)."""
        from ui.formatting import format_ist

        self.dead.clear()
        for item in items:
            payer = str(getattr(item, "payer", ""))
            name = self.model.payer_names.get(payer) or payer
            when = format_ist(getattr(item, "received_at", None) or None)
            why = str(getattr(item, "error", None) or self.tr("no reason recorded"))
            entry = QListWidgetItem(f"{when} · {name} · {why}")
            entry.setToolTip(why)
            self.dead.addItem(entry)
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
        self._from_server = getattr(msg, "last_http_status", None) is not None
        self.show_why("")
        self.explain_requested.emit(msg)

    def show_why(self, reason: str) -> None:
        """Why the message waits (the engine's words), else the server's last words verbatim."""
        err = getattr(self, "_last_error", None)
        if reason:  # the engine's sentence already quotes the server's last words
            self.why.setText(reason)
        else:
            if not err:
                self.why.setText(self.tr("No error recorded for this message."))
            elif getattr(self, "_from_server", False):  # the server answered: its own words
                self.why.setText(self.tr("Last error (server's words): {0}").format(err))
            else:  # no answer came (network down, timeout): the desk's own description
                self.why.setText(self.tr("Last error: {0}").format(err))
