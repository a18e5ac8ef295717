"""Settings: payer profiles (secrets go to the keyring), SLAs, auto-lock, scanner, language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

LANGUAGES = [("en", "English"), ("hi", "हिन्दी (Hindi)")]


class SettingsView(QWidget):
    """Emits what the clerk changed; the window stores it in the background."""

    auto_lock_changed = Signal(int)           # minutes
    language_changed = Signal(str)
    secret_entered = Signal(str, str)         # payer code, secret (sent to the keyring)
    sla_changed = Signal(str, str, int)       # payer code, stage, minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        row = QHBoxLayout()
        lay.addLayout(row, 1)
        # payers
        payers = QFrame(self)
        payers.setObjectName("card")
        p_lay = QVBoxLayout(payers)
        p_lay.addWidget(self._title(payers, "Payer profiles"))
        self.payer_list = QListWidget(payers)
        self.payer_list.setAccessibleName(self.tr("Payer profiles"))
        p_lay.addWidget(self.payer_list, 1)
        form = QFormLayout()
        self.secret = QLineEdit(payers)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Payer password or client secret"))
        self.sla_stage = QComboBox(payers)
        self.sla_stage.addItems(["preauth", "enhancement", "discharge"])
        self.sla_minutes = QSpinBox(payers)
        self.sla_minutes.setRange(5, 24 * 60)
        self.sla_minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Password / secret"), self.secret)
        form.addRow(self.tr("SLA for"), self.sla_stage)
        form.addRow(self.tr("Minutes"), self.sla_minutes)
        p_lay.addLayout(form)
        save = QPushButton(self.tr("Save payer settings"), payers)
        save.clicked.connect(self._save_payer)
        p_lay.addWidget(save)
        self.payer_note = QLabel("", payers)
        self.payer_note.setObjectName("muted")
        self.payer_note.setWordWrap(True)
        p_lay.addWidget(self.payer_note)
        row.addWidget(payers, 3)
        # desk
        desk = QFrame(self)
        desk.setObjectName("card")
        d_lay = QVBoxLayout(desk)
        d_lay.addWidget(self._title(desk, "This desk"))
        dform = QFormLayout()
        self.auto_lock = QSpinBox(desk)
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setValue(5)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after inactivity"))
        self.language = QComboBox(desk)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.scanner_dpi = QComboBox(desk)
        self.scanner_dpi.addItems(["150 dpi", "200 dpi", "300 dpi"])
        self.scanner_dpi.setCurrentIndex(1)
        self.scanner_mode = QComboBox(desk)
        self.scanner_mode.addItems([self.tr("Grey"), self.tr("Colour"), self.tr("Black and white")])
        dform.addRow(self.tr("Lock after inactivity"), self.auto_lock)
        dform.addRow(self.tr("Language"), self.language)
        dform.addRow(self.tr("Scanner resolution"), self.scanner_dpi)
        dform.addRow(self.tr("Scanner colour"), self.scanner_mode)
        d_lay.addLayout(dform)
        d_lay.addStretch(1)
        row.addWidget(desk, 2)
        self.auto_lock.valueChanged.connect(self.auto_lock_changed)
        self.language.activated.connect(
            lambda _i: self.language_changed.emit(str(self.language.currentData())))

    def _title(self, parent: QWidget, text: str) -> QLabel:
        label = QLabel(self.tr(text), parent)
        label.setObjectName("sectionTitle")
        return label

    def show_profiles(self, profiles: list[Any]) -> None:
        self.payer_list.clear()
        for p in profiles:
            mark = self.tr(" (training)") if getattr(p, "training", False) else ""
            self.payer_list.addItem(f"{p.name} · {p.code}{mark}")
            self.payer_list.item(self.payer_list.count() - 1).setData(256, p.code)
        if profiles:
            self.payer_list.setCurrentRow(0)

    def _save_payer(self) -> None:
        item = self.payer_list.currentItem()
        if item is None:
            self.payer_note.setText(self.tr("Choose a payer first."))
            return
        code = str(item.data(256))
        if self.secret.text():
            self.secret_entered.emit(code, self.secret.text())
            self.secret.clear()
        self.sla_changed.emit(code, self.sla_stage.currentText(), self.sla_minutes.value())
