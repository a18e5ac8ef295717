"""Settings: payer profiles (add and edit; secrets go to the keyring), auto-lock, scanner,
language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.settings import SCANNER_MODES, SCANNER_RESOLUTIONS
from ui.clerks_panel import ClerksPanel
from ui.formatting import resolution_label, scanner_mode_label
from ui.payer_editor import PayerEditor

LANGUAGES = [("en", "English"), ("hi", "हिन्दी (Hindi)")]


class SettingsView(QWidget):
    """Emits what the clerk changed; the window stores it in the background."""

    auto_lock_changed = Signal(int)           # minutes
    language_changed = Signal(str)
    scanner_changed = Signal(int, str)        # resolution (dpi), colour mode
    payer_chosen = Signal(str)                # payer code: load it (and where its secret is)
    payer_save_requested = Signal(object, str)  # PayerProfile, secret ("" = unchanged)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        lay.addWidget(self.tabs, 1)
        # payers
        payers = QFrame(self)
        payers.setObjectName("card")
        p_lay = QHBoxLayout(payers)
        p_lay.setContentsMargins(14, 10, 14, 12)
        p_lay.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(self._title(payers, "Payer profiles"))
        self.training_note = QLabel("", payers)
        self.training_note.setObjectName("trainingNote")
        self.training_note.setWordWrap(True)
        self.training_note.setAccessibleName(self.tr("Training mode"))
        self.training_note.setStyleSheet(
            "QLabel#trainingNote { background: #fff1d6; color: #7a4b00; border: 1px solid "
            "#f0c36d; border-radius: 6px; padding: 6px 8px; }")
        left.addWidget(self.training_note)
        self.payer_list = QListWidget(payers)
        self.payer_list.setAccessibleName(self.tr("Payer profiles"))
        self.payer_list.setWordWrap(True)
        self.payer_list.currentItemChanged.connect(self._payer_picked)
        left.addWidget(self.payer_list, 1)
        self.new_payer_button = QPushButton(self.tr("+  Add a live payer"), payers)
        self.new_payer_button.clicked.connect(self.new_payer)
        left.addWidget(self.new_payer_button)
        self.payer_note = QLabel("", payers)
        self.payer_note.setObjectName("muted")
        self.payer_note.setWordWrap(True)
        left.addWidget(self.payer_note)
        self.permission_note = QLabel("", payers)
        self.permission_note.setObjectName("muted")
        self.permission_note.setWordWrap(True)
        self.permission_note.setAccessibleName(self.tr("Why payers cannot be changed"))
        self.permission_note.hide()
        left.addWidget(self.permission_note)
        p_lay.addLayout(left, 2)
        self.editor = PayerEditor(payers)
        self.editor.save_requested.connect(self.payer_save_requested)
        p_lay.addWidget(self.editor, 5)
        self.tabs.addTab(payers, self.tr("&Payers"))
        # clerks
        clerks = QFrame(self)
        clerks.setObjectName("card")
        c_lay = QVBoxLayout(clerks)
        c_lay.setContentsMargins(14, 10, 14, 12)
        c_lay.addWidget(self._title(clerks, "Clerks and accounts"))
        self.clerks = ClerksPanel(clerks)
        c_lay.addWidget(self.clerks, 1)
        self.tabs.addTab(clerks, self.tr("&Clerks"))
        # desk
        desk = QFrame(self)
        desk.setObjectName("card")
        d_lay = QVBoxLayout(desk)
        d_lay.setContentsMargins(14, 10, 14, 12)
        d_lay.addWidget(self._title(desk, "This desk"))
        dform = QFormLayout()
        dform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        dform.setHorizontalSpacing(14)
        dform.setVerticalSpacing(10)
        self.auto_lock = QSpinBox(desk)
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setValue(5)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after inactivity"))
        self.language = QComboBox(desk)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.scanner_dpi = QComboBox(desk)
        for dpi in SCANNER_RESOLUTIONS:
            self.scanner_dpi.addItem(resolution_label(dpi), dpi)
        self.scanner_dpi.setAccessibleName(self.tr("Scanner resolution"))
        self.scanner_mode = QComboBox(desk)
        for mode in SCANNER_MODES:
            self.scanner_mode.addItem(scanner_mode_label(mode), mode)
        self.scanner_mode.setAccessibleName(self.tr("Scanner colour"))
        self.set_scanner(200, "grey")
        self.desk_note = QLabel("", desk)
        self.desk_note.setObjectName("muted")
        self.desk_note.setWordWrap(True)
        self.desk_note.setAccessibleName(self.tr("Settings saved"))
        for w in (self.auto_lock, self.language, self.scanner_dpi, self.scanner_mode):
            w.setMinimumWidth(240)
        dform.addRow(self.tr("Lock after inactivity"), self.auto_lock)
        dform.addRow(self.tr("Language"), self.language)
        dform.addRow(self.tr("Scanner resolution"), self.scanner_dpi)
        dform.addRow(self.tr("Scanner colour"), self.scanner_mode)
        d_lay.addLayout(dform)
        d_lay.addWidget(self.desk_note)
        d_lay.addStretch(1)
        self.tabs.addTab(desk, self.tr("This &desk"))
        self.set_training(True)
        self.auto_lock.valueChanged.connect(self.auto_lock_changed)
        self.language.activated.connect(
            lambda _i: self.language_changed.emit(str(self.language.currentData())))
        for combo in (self.scanner_dpi, self.scanner_mode):
            combo.activated.connect(lambda _i: self.scanner_changed.emit(
                int(self.scanner_dpi.currentData()), str(self.scanner_mode.currentData())))

    def set_language(self, code: str | None) -> None:
        """Open on the saved language (English when none was chosen)."""
        index = self.language.findData(code or "en")
        self.language.setCurrentIndex(max(index, 0))

    def set_scanner(self, resolution: int, mode: str) -> None:
        """Show the saved scanner defaults."""
        for combo, value in ((self.scanner_dpi, resolution), (self.scanner_mode, mode)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def set_permissions(self, user: Any) -> None:
        """Grey out what the signed-in clerk's role may not change (app/users.py), with a note
        saying why: payers and their secrets need payer.manage, accounts user.manage."""
        payers = bool(user is not None and user.may("payer.manage"))
        self.editor.setEnabled(payers)
        self.new_payer_button.setEnabled(payers)
        self.permission_note.setText("" if payers else self.tr(
            "Only an administrator can add or change payers and their secrets. You can look "
            "at them here."))
        self.permission_note.setVisible(not payers)
        self.editor.save_button.setToolTip("" if payers else self.tr(
            "Your role may not change payers; ask an administrator."))
        self.clerks.set_allowed(bool(user is not None and user.may("user.manage")),
                                me=getattr(user, "name", None))

    def _title(self, parent: QWidget, text: str) -> QLabel:
        label = QLabel(self.tr(text), parent)
        label.setObjectName("sectionTitle")
        return label

    def set_training(self, training: bool, *, live_saved: bool = False) -> None:
        """Say whether the desk is in training mode and when it leaves it."""
        if live_saved and training:
            text = self.tr("A live payer is saved: TPA Desk leaves training mode the next time "
                           "it starts (until then messages still go to the training sandbox).")
        elif training:
            text = self.tr("Training mode: messages go to the built-in sandbox. Once a live "
                           "payer (with its exchange URL) is saved, the desk leaves training "
                           "mode at its next start.")
        else:
            text = ""
        self.training_note.setText(text)
        self.training_note.setVisible(bool(text))

    def show_profiles(self, profiles: list[Any], select: str | None = None) -> None:
        current = select or self.current_code()
        self.payer_list.blockSignals(True)
        self.payer_list.clear()
        for p in profiles:
            if getattr(p, "training", False):
                mark = self.tr("training")
            elif getattr(p, "exchange_url", ""):
                mark = self.tr("live")
            else:
                mark = self.tr("not set up")
            item = QListWidgetItem(f"{p.name}\n{p.code} · {mark}")
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            self.payer_list.addItem(item)
        codes = [p.code for p in profiles]
        # a refresh after a save keeps the editor as it is (quiet); otherwise the choice loads
        self.payer_list.blockSignals(select is not None)
        if current in codes:
            self.payer_list.setCurrentRow(codes.index(current))
        elif profiles:
            self.payer_list.setCurrentRow(0)
        self.payer_list.blockSignals(False)

    def current_code(self) -> str | None:
        item = self.payer_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _payer_picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.payer_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def new_payer(self) -> None:
        self.payer_list.blockSignals(True)
        self.payer_list.clearSelection()
        self.payer_list.setCurrentRow(-1)
        self.payer_list.blockSignals(False)
        self.editor.edit(None)
        self.editor.fields["code"].setFocus()
