"""First run: create the encrypted store, the first admin account, then start in training mode.

Opened with ``open()``; emits ``completed(FirstRun)`` and the window does the slow work (key
creation, password hashing) in the background.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
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
        self.setSubTitle(self.tr("This account adds clerks and payers later."))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Administrator user name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Administrator password"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
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


class FirstRunWizard(QWizard):
    completed = Signal(object)  # FirstRun

    def __init__(self, keyring_usable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up TPA Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.store_page = _StorePage(keyring_usable, self)
        self.admin_page = _AdminPage(self)
        self.addPage(self.store_page)
        self.addPage(self.admin_page)
        self.addPage(_TrainingPage(self))
        self.accepted.connect(self._done)

    def _done(self) -> None:
        self.completed.emit(FirstRun(
            passphrase=(None if self.store_page.keyring_usable
                        else self.store_page.passphrase.text()),
            admin_name=self.admin_page.name.text().strip(),
            admin_password=self.admin_page.password.text()))
