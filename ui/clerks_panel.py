"""Settings → Clerks: the administrator adds accounts (name, role, password) and disables them.

The panel never touches the store: it emits what the administrator asked for and the window
runs :class:`ui.accounts.Accounts` (app/users.py) in the background, then hands the outcome back
(:meth:`ClerksPanel.show_accounts`, :meth:`ClerksPanel.show_error`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.accounts import ROLES, Account

ROLE_TEXT = {"clerk": "Clerk (admissions, documents, submissions)",
             "field_staff": "Field staff (photos, proof of presence)",
             "supervisor": "Supervisor (also cancels and closes cases)",
             "admin": "Administrator (also clerks and payers)"}
MIN_PASSWORD = 8  # app/users.py MIN_PASSWORD_CHARS


class ClerksPanel(QWidget):
    add_requested = Signal(str, str, str)     # user name, role, password
    active_requested = Signal(str, bool)      # user name, active

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel("", self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        outer.addLayout(columns, 1)
        lay = QVBoxLayout()
        columns.addLayout(lay, 3)
        side_box = QWidget(self)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(side_box, 2, Qt.AlignmentFlag.AlignTop)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Accounts on this desk"))
        self.list.currentItemChanged.connect(self._picked)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.toggle = QPushButton(self.tr("&Disable account"), self)
        self.toggle.setEnabled(False)
        self.toggle.clicked.connect(self._toggle)
        row.addStretch(1)
        row.addWidget(self.toggle)
        lay.addLayout(row)
        title = QLabel(self.tr("Add a clerk"), self)
        title.setObjectName("sectionTitle")
        side.addWidget(title)
        lay = side
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. asha.k (lower case, no spaces)"))
        self.name.setAccessibleName(self.tr("New clerk's user name"))
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(self.tr(ROLE_TEXT[role]), role)
        self.role.setAccessibleName(self.tr("New clerk's role"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("New clerk's password"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the new clerk's password"))
        for label, widget in ((self.tr("User &name"), self.name), (self.tr("&Role"), self.role),
                              (self.tr("Pass&word"), self.password),
                              (self.tr("Repeat password"), self.confirm)):
            form.addRow(label, widget)
        lay.addLayout(form)
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem adding the clerk"))
        self.add_button = QPushButton(self.tr("&Add clerk"), self)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self._add)
        self.confirm.returnPressed.connect(self._add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.add_button)
        lay.addLayout(bottom)
        self.me: str | None = None
        self.set_allowed(False)

    def set_allowed(self, allowed: bool, me: str | None = None) -> None:
        """Only an administrator (user.manage) may change accounts; others see the list."""
        self.me = me
        for w in (self.name, self.role, self.password, self.confirm, self.add_button):
            w.setEnabled(allowed)
        self.toggle.setEnabled(allowed and self._selected() is not None)
        self.allowed = allowed
        self.note.setText(self.tr("Each clerk signs in with their own name and password; "
                                  "everything they do is recorded under that name.")
                          if allowed else
                          self.tr("Only an administrator can add or disable accounts."))

    def show_accounts(self, accounts: list[tuple[Account, bool]],
                      select: str | None = None) -> None:
        current = select or self._selected()
        self.list.blockSignals(True)
        self.list.clear()
        for account, active in accounts:
            state = self.tr("active") if active else self.tr("disabled")
            role = self.tr(ROLE_TEXT.get(account.role, account.role)).split(" (")[0]
            item = QListWidgetItem(f"{account.name}  ·  {role}  ·  {state}")
            item.setData(Qt.ItemDataRole.UserRole, (account.name, active))
            if not active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if account.name == current:
                self.list.setCurrentItem(item)
        if not accounts:
            empty = QListWidgetItem(self.tr("No accounts yet: this desk was set up without "
                                            "one. Add the first clerk on the right."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.list.blockSignals(False)
        self._picked(self.list.currentItem())

    def _selected(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        data = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return None if data is None else str(data[0])

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            self.toggle.setEnabled(False)
            return
        name, active = item.data(Qt.ItemDataRole.UserRole)
        self.toggle.setText(self.tr("&Disable account") if active else
                            self.tr("&Enable account"))
        mine = name == self.me
        self.toggle.setEnabled(self.allowed and not (mine and active))
        self.toggle.setToolTip(self.tr("You cannot disable your own account.") if mine else "")

    def _toggle(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            name, active = item.data(Qt.ItemDataRole.UserRole)
            self.active_requested.emit(str(name), not active)

    def _add(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("User name: type the new clerk's user name."), self.name)
            return
        if len(self.password.text()) < MIN_PASSWORD:
            self.show_error(self.tr("Password: use at least 8 characters."), self.password)
            return
        if self.password.text() != self.confirm.text():
            self.show_error(self.tr("Repeat password: the two passwords differ; type them "
                                    "again."), self.confirm)
            return
        self.error.setText(self.tr("Adding…"))
        self.add_button.setEnabled(False)
        self.add_requested.emit(name, str(self.role.currentData()), self.password.text())

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.add_button.setEnabled(self.allowed)
        (field or self.name).setFocus()

    def added(self, account: Account) -> None:
        for w in (self.name, self.password, self.confirm):
            w.clear()
        self.add_button.setEnabled(self.allowed)
        self.error.setText("")
        self.note.setText(self.tr("Added {0}. They can sign in now.").format(account.name))
