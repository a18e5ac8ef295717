"""Auto-lock after inactivity, and the sign-in / lock screen (also the quick user switch).

Locking only covers the work area: open forms and unsaved drafts stay exactly as they were, and
come back when a clerk signs in again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

DEFAULT_LOCK_MINUTES = 5

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class InactivityWatcher(QObject):
    """Emits ``idle`` when no key, mouse or touch input reached the application for a while.

    Input only notes the time (cheap: mouse moves arrive by the hundred); a single-shot timer
    wakes up when the quiet time could be over and checks against ``clock`` (monotonic seconds;
    tests pass their own to move time on without waiting)."""

    idle = Signal()

    def __init__(self, minutes: float = DEFAULT_LOCK_MINUTES, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last = clock()
        self._running = True
        self._interval_ms = 1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self.set_minutes(minutes)

    def use_clock(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._last = clock()
        self._schedule()

    def set_minutes(self, minutes: float) -> None:
        self._interval_ms = max(1, int(minutes * 60_000))
        self._last = self._clock()
        self._running = True
        self._schedule()

    def interval_ms(self) -> int:
        return self._interval_ms

    def remaining_ms(self) -> int:
        """How long until the lock if nobody touches the desk."""
        idle_ms = (self._clock() - self._last) * 1000
        return max(0, int(self._interval_ms - idle_ms))

    def pause(self) -> None:
        self._running = False
        self._timer.stop()

    def resume(self) -> None:
        self._running = True
        self._last = self._clock()
        self._schedule()

    def check(self) -> None:
        """Lock if the desk has been quiet long enough; otherwise look again when it could
        be."""
        if not self._running:
            return
        if self.remaining_ms() <= 0:
            self._running = False
            self.idle.emit()
        else:
            self._schedule()

    def _schedule(self) -> None:
        if self._running:
            self._timer.start(max(1, self.remaining_ms()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running and event.type() in _ACTIVITY:
            self._last = self._clock()
        return False


class LockScreen(QWidget):
    """Sign in (first time, after a lock, or to switch user). Emits ``sign_in(name, password)``;
    the window checks the password off the GUI thread and calls :meth:`show_error` or unlocks."""

    sign_in = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame(self)
        card.setObjectName("card")
        card.setFixedWidth(380)
        box = QVBoxLayout(card)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(10)
        self.title = QLabel(self.tr("Sign in to TPA Desk"), card)
        self.title.setObjectName("pageTitle")
        self.note = QLabel(self.tr("Your open work is kept while the desk is locked."), card)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        form = QFormLayout()
        self.user = QLineEdit(card)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        self.error = QLabel("", card)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.button = QPushButton(self.tr("Sign in"), card)
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        for w in (self.title, self.note):
            box.addWidget(w)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addLayout(row)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.user.returnPressed.connect(self.password.setFocus)

    store_mode = False

    def ask_passphrase(self, reason: str) -> None:
        """Ask for the store passphrase instead of a user's password."""
        self.store_mode = True
        self.title.setText(self.tr("Unlock the desk's store"))
        self.note.setText(reason)
        self.user.setText("store")
        self.user.hide()
        self.password.clear()
        self.button.setEnabled(True)
        self.password.setFocus()

    def prepare(self, *, locked_user: str | None) -> None:
        """Ready for input: after a lock the last user is filled in (another may sign in)."""
        self.title.setText(self.tr("Desk locked") if locked_user
                           else self.tr("Sign in to TPA Desk"))
        self.note.setText(self.tr("Your open work is kept while the desk is locked."))
        self.user.show()
        self.user.setText(locked_user or "")
        self.password.clear()
        self.error.clear()
        self.button.setEnabled(True)
        (self.password if locked_user else self.user).setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.user.text().strip():
            self.show_error(self.tr("Type your user name."))
            return
        self.button.setEnabled(False)
        self.error.setText(self.tr("Checking…"))
        self.sign_in.emit(self.user.text().strip(), self.password.text())
