"""First run: create the encrypted store, the first admin account, then start in training mode.

Opened with ``open()``; emits ``completed(FirstRun)`` and the window does the slow work (key
creation, password hashing) in the background.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from offline.keys import MIN_PASSPHRASE_CHARS
from ui.theme import ACCENT


@dataclass(frozen=True)
class FirstRun:
    passphrase: str | None   # None: the key goes to the keyring
    admin_name: str
    admin_password: str


class _StorePage(QWizardPage):
    def __init__(self, keyring_usable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keyring_usable = keyring_usable
        self.setTitle(self.tr("Protect this desk's data"))
        lay = QVBoxLayout(self)
        text = QLabel(self)
        text.setWordWrap(True)
        lay.addWidget(text)
        self.passphrase = QLineEdit(self)
        self.confirm = QLineEdit(self)
        for w in (self.passphrase, self.confirm):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Store passphrase"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        if keyring_usable:
            for unused in (self.passphrase, self.confirm, self.error):
                unused.hide()  # not in the layout: keep them off the page
            text.setText(self.tr("Everything the desk keeps is encrypted. The key is kept in "
                                 "this computer's keyring, so nobody needs to type it."))
        else:
            text.setText(self.tr("Everything the desk keeps is encrypted. This computer has no "
                                 "keyring, so choose a passphrase (at least 10 characters). "
                                 "Write it down and keep it safe: without it the data cannot "
                                 "be opened."))
            form = QFormLayout()
            form.addRow(self.tr("Passphrase"), self.passphrase)
            form.addRow(self.tr("Repeat it"), self.confirm)
            lay.addLayout(form)
            lay.addWidget(self.error)

    def validatePage(self) -> bool:
        if self.keyring_usable:
            return True
        if len(self.passphrase.text()) < MIN_PASSPHRASE_CHARS:  # the core's rule
            self.error.setText(self.tr("Use at least 10 characters."))
            return False
        if self.passphrase.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases differ; type them again."))
            return False
        return True


class _AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account adds clerks and payers later, in Settings."))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Administrator user name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Administrator password"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the administrator password"))
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.confirm)
        form.addRow("", self.error)

    def validatePage(self) -> bool:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give a user name."))
            return False
        if len(self.password.text()) < 8:
            self.error.setText(self.tr("Use a password of at least 8 characters."))
            return False
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        return True


class _TrainingPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Start in training mode"))
        lay = QVBoxLayout(self)
        text = QLabel(self.tr(
            "The desk starts with a built-in training payer on this computer. You can run the "
            "whole cashless cycle (pre-auth, queries, discharge, claim, payment) without "
            "touching any real patient or insurer. A TRAINING marker stays visible while you "
            "practise. Add live payers later in Settings."), self)
        text.setWordWrap(True)
        lay.addWidget(text)


STEPS = ("Protect the data", "First administrator", "Training mode")
WIZARD_STYLE = f"""
QWizard {{ background: #ffffff; }}
QWidget#wizardSteps {{ background: #f5f7fa; border-right: 1px solid #dde3ea; }}
QLabel#wizardStep {{ color: #5f6b7a; padding: 6px 10px; border-radius: 6px; }}
QLabel#wizardStep[current="true"] {{ background: #e3edf9; color: {ACCENT}; font-weight: 600; }}
QLabel#wizardStep[done="true"] {{ color: #1e7d32; }}
"""


class FirstRunWizard(QWizard):
    completed = Signal(object)  # FirstRun

    def __init__(self, keyring_usable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up TPA Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setStyleSheet(WIZARD_STYLE)
        self.setMinimumSize(720, 440)
        self.store_page = _StorePage(keyring_usable, self)
        self.admin_page = _AdminPage(self)
        pages = (self.store_page, self.admin_page, _TrainingPage(self))
        for number, page in enumerate(pages, start=1):
            page.setSubTitle(self.tr("Step {0} of {1}").format(number, len(pages))
                             + (f" · {page.subTitle()}" if page.subTitle() else ""))
            self.addPage(page)
        self.setSideWidget(self._steps())
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            button.setObjectName("primary")
            button.style().unpolish(button)
            button.style().polish(button)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start the desk"))
        self.currentIdChanged.connect(self._show_step)
        self.accepted.connect(self._done)

    def _steps(self) -> QWidget:
        """The brand and the steps, the current one highlighted."""
        side = QWidget(self)
        side.setObjectName("wizardSteps")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setFixedWidth(220)
        lay = QVBoxLayout(side)
        lay.setContentsMargins(14, 18, 14, 14)
        brand = QLabel("TPA Desk", side)
        brand.setObjectName("brand")
        lay.addWidget(brand)
        note = QLabel(self.tr("First start"), side)
        note.setObjectName("muted")
        lay.addWidget(note)
        lay.addSpacing(12)
        self.step_labels: list[QLabel] = []
        for number, text in enumerate(STEPS, start=1):
            label = QLabel(f"{number}   {self.tr(text)}", side)
            label.setObjectName("wizardStep")
            label.setAccessibleName(self.tr("Step {0}: {1}").format(number, self.tr(text)))
            lay.addWidget(label)
            self.step_labels.append(label)
        lay.addStretch(1)
        self._show_step(0)
        return side

    def current_step(self) -> int:
        """The highlighted step, from 0."""
        return next((i for i, label in enumerate(self.step_labels)
                     if label.property("current")), -1)

    def _show_step(self, page_id: int) -> None:
        index = max(0, self.pageIds().index(page_id)) if page_id in self.pageIds() else 0
        for i, label in enumerate(self.step_labels):
            label.setProperty("current", i == index)
            label.setProperty("done", i < index)
            label.style().unpolish(label)
            label.style().polish(label)

    def _done(self) -> None:
        self.completed.emit(FirstRun(
            passphrase=(None if self.store_page.keyring_usable
                        else self.store_page.passphrase.text()),
            admin_name=self.admin_page.name.text().strip(),
            admin_password=self.admin_page.password.text()))
