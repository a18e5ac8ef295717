"""The desk's main window: work queue, admission form, case view, outbox and settings.

The window never waits on the store or the network: every read and write goes through
:class:`ui.tasks.Background` (results come back as callbacks on the GUI thread) or the desk
service's own thread, whose events reach the window as signals of :class:`ui.bridge.CoreBridge`.
"""

from __future__ import annotations

import contextlib
import getpass
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from offline.errors import DeskError, ValidationFailed
from ui.accounts import Account, AccountError, Accounts
from ui.bridge import CoreBridge
from ui.checks_dialog import ChecksDialog
from ui.form_saves import FormSaves, FormSnapshot
from ui.formatting import role_label
from ui.lock import DEFAULT_LOCK_MINUTES, InactivityWatcher, LockScreen
from ui.port import CaseRow, DeskPort, FormSaved
from ui.queue_delegate import COUNT_ROLE, QueueDelegate, ViewsDelegate
from ui.queue_model import COLUMNS, ROW_ROLE, CaseFilterProxy, CaseTableModel, Column, View
from ui.tasks import Background

if TYPE_CHECKING:
    from app.desk import Desk
    from ui.admission_form import AdmissionForm
    from ui.case_view import CaseView
    from ui.outbox_view import OutboxView
    from ui.settings_view import SettingsView

CLOSE_WAIT_MS = 15_000  # closing gives up waiting for work in progress after this
AUTOSAVE_MS = 2_000  # an open form is kept at most this long after a change
OFFLINE_TEXT = "Your work is saved and will be sent when the connection returns."
CONNECTIVITY_TEXT = {"online": "● Online", "offline": "● Offline", "degraded": "● Degraded",
                     "unknown": "● Not connected yet"}


def plain_error(exc: BaseException) -> str:
    """The core's own words for problems the clerk can fix; a calm note for bugs."""
    if isinstance(exc, DeskError | AccountError):
        return str(exc)
    return QCoreApplication.translate(
        "MainWindow", "Something went wrong inside the desk. Your saved work is safe. Please tell "
                      "your administrator (the error was {0}).").format(exc.__class__.__name__)


# what the status bar says when an action has been done (action key -> the sentence)
DONE_TEXT = {
    "preauth": QT_TRANSLATE_NOOP("MainWindow", "Pre-auth for {0} queued: it is saved and will be "
                                               "sent as soon as possible."),
    "enhancement": QT_TRANSLATE_NOOP("MainWindow", "Enhancement request for {0} queued: it is "
                                                   "saved and will be sent as soon as possible."),
    "discharge": QT_TRANSLATE_NOOP("MainWindow", "Discharge request for {0} queued: it is saved "
                                                 "and will be sent as soon as possible."),
    "claim": QT_TRANSLATE_NOOP("MainWindow", "Final claim for {0} queued: it is saved and will be "
                                             "sent as soon as possible."),
    "reply": QT_TRANSLATE_NOOP("MainWindow", "Answer to the query on {0} queued: it is saved and "
                                             "will be sent as soon as possible."),
    "cancel": QT_TRANSLATE_NOOP("MainWindow", "Cancellation of {0} queued: it is saved and the "
                                              "payer will be told as soon as possible."),
    "acknowledge": QT_TRANSLATE_NOOP("MainWindow", "Payment on {0} acknowledged; the case is "
                                                   "closed."),
    "attach": QT_TRANSLATE_NOOP("MainWindow", "Documents attached to {0}."),
    "photo": QT_TRANSLATE_NOOP("MainWindow", "Photo stored on {0}."),
    "pages": QT_TRANSLATE_NOOP("MainWindow", "Pages stored on {0}."),
}


class MainWindow(QMainWindow):
    store_opened = Signal()
    store_failed = Signal(str)
    rows_loaded = Signal()
    case_loaded = Signal(str)
    draft_saved = Signal(str)        # case id: the admission validated and is a draft case
    form_draft_saved = Signal(str)   # draft id: kept as typed (incomplete, or an autosave)
    validated = Signal(object)       # list[FieldError]
    action_done = Signal(str, str)   # case id, action
    action_failed = Signal(str)
    signed_in = Signal(str)
    locked = Signal()
    outbox_loaded = Signal()
    checks_ready = Signal(object)    # ChecksDialog
    cancel_asked = Signal(object)    # CancelCaseDialog, open
    passphrase_entered = Signal(object)  # str: the store passphrase typed by the clerk
    payer_saved = Signal(str)        # payer code
    part_c_ready = Signal(object)    # the PartCPreview dialog, open
    page_editor_ready = Signal(object)  # the PageEditor dialog, open
    camera_unavailable = Signal(str)  # why no photo can be taken here
    payer_save_failed = Signal(object)  # list[FieldError]
    clerk_added = Signal(str)        # user name
    scanner_saved = Signal(object)   # app.settings.ScannerDefaults
    sync_times_changed = Signal()    # "last successful sync" / "last inbox pull" moved on
    recorded = Signal(str)           # audit action recorded for the session (sign-in, lock…)

    def __init__(self, *, lock_minutes: float = DEFAULT_LOCK_MINUTES) -> None:
        super().__init__()
        self.desk: Desk | None = None
        self.port: DeskPort | None = None
        self.accounts: Accounts | None = None
        self.user: Account | None = None
        self.training = True
        self.connectivity = "unknown"
        self._closing = False
        self._locked_for: str | None = None      # the clerk whose session the lock covers
        self._hidden_dialogs: list[QWidget] = []  # hidden by the lock, back for that clerk
        # clerk -> (draft id, form session) of the unfinished form they left when another
        # clerk signed in; it reopens when they sign in again
        self._parked: dict[str, tuple[str | None, int]] = {}
        self.background = Background(self, max_threads=2)
        self.bridge = CoreBridge(self)
        self.setWindowTitle("TPA Desk")
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self._build()
        self._build_status_bar()
        self._wire()
        self.watcher = InactivityWatcher(lock_minutes, self)
        self.watcher.idle.connect(lambda: self.lock(reason="inactivity"))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.watcher)
            app.installEventFilter(self)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(30_000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(300)
        self.refresh_timer.timeout.connect(self.refresh)
        self.form_saves = FormSaves(self.background, self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)

    # ================================================================ building

    def _build(self) -> None:
        root = QWidget(self)
        root.setObjectName("page")
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar(root))
        self.offline_banner = self._banner(root, "offlineBanner", self.tr(OFFLINE_TEXT))
        self.alert_banner = self._banner(root, "alertBanner", "")
        outer.addWidget(self.offline_banner)
        outer.addWidget(self.alert_banner)
        self.pages = QStackedWidget(root)
        self.message = QLabel(self.tr("Opening the encrypted store…"), root)
        self.message.setObjectName("storeMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Store status"))
        self.lock_screen = LockScreen(root)
        self.workspace = self._workspace(root)
        for w in (self.message, self.lock_screen, self.workspace):
            self.pages.addWidget(w)
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(root)

    def _top_bar(self, parent: QWidget) -> QFrame:
        bar = QFrame(parent)
        bar.setObjectName("card")
        bar.setStyleSheet("QFrame#card { border-radius: 0; border-width: 0 0 1px 0; }")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(16, 8, 16, 8)
        brand = QLabel("TPA Desk", bar)
        brand.setObjectName("brand")
        brand.setStyleSheet("padding: 0;")
        self.training_marker = QLabel(self.tr("TRAINING · practice data, nothing reaches a "
                                              "real payer"), bar)
        self.training_marker.setObjectName("trainingMarker")
        self.training_marker.setAccessibleName(self.tr("Training mode"))
        self.user_label = QLabel("", bar)
        self.user_label.setObjectName("muted")
        self.switch_button = QPushButton(self.tr("Switch user"), bar)
        self.lock_button = QPushButton(self.tr("Lock"), bar)
        self.lock_button.setToolTip(self.tr("Lock the desk (Ctrl+L); open work is kept"))
        lay.addWidget(brand)
        lay.addSpacing(12)
        lay.addWidget(self.training_marker)
        lay.addStretch(1)
        lay.addWidget(self.user_label)
        lay.addWidget(self.switch_button)
        lay.addWidget(self.lock_button)
        self.switch_button.hide()
        self.lock_button.hide()
        return bar

    def _banner(self, parent: QWidget, name: str, text: str) -> QFrame:
        frame = QFrame(parent)
        frame.setObjectName(name)
        lay = QHBoxLayout(frame)
        lay.setContentsMargins(14, 8, 14, 8)
        label = QLabel(text, frame)
        label.setWordWrap(True)
        label.setObjectName(name + "Text")
        label.setAccessibleName(self.tr("Notice"))
        lay.addWidget(label, 1)
        frame.setContentsMargins(12, 6, 12, 0)
        frame.hide()
        return frame

    def _workspace(self, parent: QWidget) -> QWidget:
        ws = QWidget(parent)
        lay = QHBoxLayout(ws)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        side = QFrame(ws)
        side.setObjectName("sidebar")
        side.setFixedWidth(220)
        s_lay = QVBoxLayout(side)
        s_lay.setContentsMargins(12, 14, 12, 12)
        self.new_button = QPushButton(self.tr("+  New admission"), side)
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip("Ctrl+N")
        s_lay.addWidget(self.new_button)
        s_lay.addSpacing(10)
        views_title = QLabel(self.tr("WORK QUEUE"), side)
        views_title.setObjectName("muted")
        views_title.setStyleSheet("font-size: 8pt; letter-spacing: 1px; padding-left: 8px;")
        s_lay.addWidget(views_title)
        self.views = QListWidget(side)
        self.views.setObjectName("views")
        self.views.setAccessibleName(self.tr("Saved views"))
        for i, view in enumerate(View):
            item = QListWidgetItem(self.tr(view.value))
            item.setData(Qt.ItemDataRole.UserRole, view.value)
            item.setToolTip(f"Alt+{i + 1}")
            self.views.addItem(item)
        self.views.setFixedHeight(len(View) * 36 + 4)
        self.views.setItemDelegate(ViewsDelegate(self.views))
        s_lay.addWidget(self.views)
        s_lay.addSpacing(10)
        other_title = QLabel(self.tr("DESK"), side)
        other_title.setObjectName("muted")
        other_title.setStyleSheet("font-size: 8pt; letter-spacing: 1px; padding-left: 8px;")
        s_lay.addWidget(other_title)
        self.nav = QListWidget(side)
        self.nav.setObjectName("views")
        self.nav.setAccessibleName(self.tr("Desk pages"))
        for key, text in (("outbox", "Outbox"), ("settings", "Settings")):
            item = QListWidgetItem(self.tr(text))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.setFixedHeight(2 * 36 + 4)
        s_lay.addWidget(self.nav)
        s_lay.addStretch(1)
        lay.addWidget(side)
        self.work = QStackedWidget(ws)
        self.queue_page = self._queue_page(ws)
        self.work.addWidget(self.queue_page)
        # the other pages are built on first use (a faster first window)
        self._form: AdmissionForm | None = None
        self._case_view: CaseView | None = None
        self._outbox_view: OutboxView | None = None
        self._settings_view: SettingsView | None = None
        self._payers: list[tuple[str, str]] = []
        lay.addWidget(self.work, 1)
        return ws

    def _queue_page(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        page.setObjectName("page")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(20, 16, 20, 12)
        head = QHBoxLayout()
        self.view_title = QLabel(self.tr("All"), page)
        self.view_title.setObjectName("pageTitle")
        self.view_count = QLabel("", page)
        self.view_count.setObjectName("muted")
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Search case, patient, payer…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        head.addWidget(self.view_title)
        head.addSpacing(8)
        head.addWidget(self.view_count)
        head.addStretch(1)
        head.addWidget(self.search)
        lay.addLayout(head)
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(page)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Work queue"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # sized so that every column, Flags included, is readable at 1280 px
        widths = {Column.CASE: 100, Column.PATIENT: 140, Column.PAYER: 104, Column.LEG: 96,
                  Column.STATUS: 172, Column.REQUESTED: 92, Column.APPROVED: 88,
                  Column.CLOCK: 124}
        for col, width in widths.items():
            self.table.setColumnWidth(COLUMNS.index(col), width)
        header.setMinimumSectionSize(60)
        self.table.setItemDelegate(QueueDelegate(self.table))
        # most urgent first: breached, then the least payer time left
        header.setSortIndicator(COLUMNS.index(Column.CLOCK), Qt.SortOrder.AscendingOrder)
        lay.addWidget(self.table, 1)
        self.empty_hint = QLabel(self.tr("No cases here. Press Ctrl+N for a new admission."),
                                 page)
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()
        lay.addWidget(self.empty_hint)
        return page

    def _build_status_bar(self) -> None:
        """Connectivity, last successful sync, outbox depth and last inbox pull are permanent
        (a passing message appears on the left and never covers them)."""
        status = QStatusBar(self)
        self.conn_label = QLabel(self.tr(CONNECTIVITY_TEXT["unknown"]), status)
        self.conn_label.setAccessibleName(self.tr("Connectivity"))
        self.sync_label = QLabel(self.tr("Last successful sync: not yet"), status)
        self.sync_label.setAccessibleName(self.tr("Last successful sync"))
        self.sync_label.setToolTip(self.tr("The last time the exchange answered this desk"))
        self.outbox_label = QLabel(self.tr("Outbox: 0 waiting"), status)
        self.outbox_label.setAccessibleName(self.tr("Outbox depth"))
        self.pull_label = QLabel(self.tr("Last inbox pull: not yet"), status)
        self.pull_label.setAccessibleName(self.tr("Last inbox pull"))
        self.pull_label.setToolTip(self.tr("The last time the payers' answers were fetched"))
        self.version_label = QLabel("TPA Desk", status)
        self.version_label.setObjectName("muted")
        for w in (self.conn_label, self.sync_label, self.outbox_label, self.pull_label,
                  self.version_label):
            status.addPermanentWidget(w)
        self.setStatusBar(status)
        self._sync_times: tuple[float | None, float | None] = (None, None)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(2_000)
        self.sync_timer.timeout.connect(self.update_sync_times)
        self.sync_timer.start()

    def _wire(self) -> None:
        self.views.currentRowChanged.connect(self._view_chosen)
        self.views.itemClicked.connect(lambda _i: self.show_queue())
        self.work.currentChanged.connect(self._sync_sidebar)
        self.nav.itemClicked.connect(self._nav_chosen)
        self.nav.itemActivated.connect(self._nav_chosen)
        self.search.textChanged.connect(self._search_changed)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.new_button.clicked.connect(self.new_admission)
        self.lock_button.clicked.connect(lambda: self.lock())
        self.switch_button.clicked.connect(lambda: self.lock(switch=True))
        self.lock_screen.sign_in.connect(self._sign_in)
        self.bridge.connectivity_changed.connect(self.set_connectivity)
        self.bridge.alert.connect(self.show_alert)
        self.bridge.message_changed.connect(self._message_changed)
        self.bridge.case_changed.connect(lambda _c: self.refresh_timer.start())
        self.bridge.inbox_applied.connect(self._inbox_applied)
        shortcuts = [("Ctrl+N", self.new_admission), ("Ctrl+F", self._focus_search),
                     ("Ctrl+L", lambda: self.lock()), ("F5", self.refresh),
                     ("Escape", self.show_queue)]
        for i, _view in enumerate(View):
            shortcuts.append((f"Alt+{i + 1}", lambda i=i: self.choose_view(i)))
        for keys, fn in shortcuts:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(lambda fn=fn: None if self.is_locked() else fn())
        self.views.setCurrentRow(0)

    # ================================================================ pages, built on first use

    @property
    def form(self) -> AdmissionForm:
        if self._form is None:
            from ui.admission_form import AdmissionForm

            form = AdmissionForm(self._payers, self.work)
            form.save_requested.connect(self.save_form)
            form.submit_requested.connect(self.submit_form)
            form.eligibility_requested.connect(self._form_eligibility)
            form.icd_search_requested.connect(self._icd_search)
            form.abha_file_chosen.connect(self._read_abha)
            form.insurance_file_chosen.connect(self._read_insurance)
            form.changed.connect(self._form_changed)
            self.work.addWidget(form)
            self._form = form
        return self._form

    @property
    def case_view(self) -> CaseView:
        if self._case_view is None:
            from ui.case_view import CaseView

            view = CaseView(self.work)
            view.allowed = lambda permission: bool(self.user and self.user.may(permission))
            view.action_requested.connect(self.run_action)
            view.back_requested.connect(self.show_queue)
            view.attach_requested.connect(self.attach_file)
            view.pages_requested.connect(self.open_page_editor)
            view.photo_requested.connect(self.open_camera)
            self.work.addWidget(view)
            self._case_view = view
        return self._case_view

    @property
    def outbox_view(self) -> OutboxView:
        if self._outbox_view is None:
            from ui.outbox_view import OutboxView

            view = OutboxView(self.work)
            view.retry_requested.connect(lambda mid: self._outbox_op(
                lambda p, actor: p.retry_now(mid, actor=actor)))
            view.pause_requested.connect(lambda code: self._outbox_op(
                lambda p, actor: p.pause_payer(code, actor=actor)))
            view.resume_requested.connect(lambda code: self._outbox_op(
                lambda p, actor: p.resume_payer(code, actor=actor)))
            view.refresh_requested.connect(self.show_outbox)
            view.explain_requested.connect(self._explain_message)
            view.set_admin(bool(self.user and self.user.is_admin))
            self.work.addWidget(view)
            self._outbox_view = view
        return self._outbox_view

    @property
    def settings_view(self) -> SettingsView:
        if self._settings_view is None:
            from ui.settings_view import SettingsView

            view = SettingsView(self.work)
            view.auto_lock.setValue(max(1, round(self.watcher.interval_ms() / 60_000)))
            view.auto_lock_changed.connect(self._auto_lock_changed)
            view.payer_chosen.connect(self._load_payer)
            view.payer_save_requested.connect(self._save_payer)
            view.set_training(self.training)
            view.language_changed.connect(self._language_changed)
            language = QSettings().value("desk/language", None)
            view.set_language(str(language) if language else None)
            view.scanner_changed.connect(self._scanner_changed)
            view.set_permissions(self.user)
            view.clerks.add_requested.connect(self._add_clerk)
            view.clerks.active_requested.connect(self._set_clerk_active)
            self.work.addWidget(view)
            self._settings_view = view
        return self._settings_view

    def _set_payers(self, payers: list[tuple[str, str]]) -> None:
        self._payers = payers
        if self._form is not None:
            self._form.set_payers(payers)

    # ================================================================ opening and access

    def show_opened(self, desk: Desk, *, training: bool = True, port: DeskPort | None = None,
                    user: Account | None = None) -> None:
        """The store is open: build the port, then sign in (or go straight in as ``user``)."""
        self.desk = desk
        self.port = port or DeskPort(desk, training=training)
        self.training = self.port.training
        self.training_marker.setVisible(self.training)
        self.accounts = Accounts(desk.data_dir, desk.store)
        self.message.setText(self.tr("The encrypted store in {0} is open.").format(desk.data_dir))
        if self.port.service is not None:
            self.bridge.attach_service(self.port.service)
        from app.version import __version__

        self.version_label.setText(f"TPA Desk {__version__}")
        port = self.port
        self.background.submit(lambda: [(p.code, p.name) for p in port.profiles()],
                               self._set_payers, self._failed)
        self.store_opened.emit()
        if user is not None:
            self._enter(user)
            return
        self.background.submit(self.accounts.any, self._after_accounts, self._failed)

    def _after_accounts(self, any_accounts: bool) -> None:
        if any_accounts:
            self.pages.setCurrentWidget(self.lock_screen)
            self.lock_screen.prepare(locked_user=None)
        else:  # a store made on the command line: the operating-system user works as admin
            self._enter(Account(getpass.getuser() or "desk", "admin"))

    def show_failed(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self.store_failed.emit(text)

    def ask_passphrase(self, reason: str) -> None:
        """The store needs its passphrase (no keyring): ask on the sign-in card."""
        self.lock_screen.ask_passphrase(reason)
        self.pages.setCurrentWidget(self.lock_screen)

    def _enter(self, user: Account) -> None:
        previous = self._locked_for
        self._locked_for = None
        self.user = user
        self._audit(user.name, "session.signed_in",
                    {"role": user.role, **({"after": previous} if previous else {})})
        self._show_session(True)
        if self._outbox_view is not None:
            self._outbox_view.set_admin(user.is_admin)
        if self._settings_view is not None:
            self._settings_view.set_permissions(user)
        self.pages.setCurrentWidget(self.workspace)
        hidden, self._hidden_dialogs = self._hidden_dialogs, []
        if previous is not None and previous != user.name:
            self._hand_over(previous, user, hidden)
        else:
            for dialog in hidden:
                if _alive(dialog):
                    dialog.show()
        self.watcher.resume()
        self.signed_in.emit(user.name)
        self.refresh()
        if not any(_alive(d) and d.isVisible() for d in hidden):
            current = self.work.currentWidget()
            (self.table if current is self.queue_page else current).setFocus()

    def _hand_over(self, previous: str, user: Account, hidden: list[QWidget]) -> None:
        """Another clerk signed in: the previous clerk's dialogs close, and their open form
        (kept as their draft when the desk locked) leaves the screen; their own parked form
        comes back when they sign in again."""
        for dialog in hidden:
            if _alive(dialog):
                dialog.close()
        form = self._form
        if form is not None:
            if form.editable and form.case_id is None and (form.draft_id or form.dirty):
                self._parked[previous] = (form.draft_id, form.session)
            form.load(None, None, editable=True, owner=user.name)
        draft_id, session = self._parked.pop(user.name, (None, -1))
        parked = draft_id or self.form_saves.draft_for(session)
        if parked is not None:
            self.open_form_draft(parked)
        elif self.work.currentWidget() is form:
            self.show_queue()

    def _show_session(self, visible: bool) -> None:
        """Who is signed in, and Switch user / Lock: only while the desk is open."""
        user = self.user
        self.user_label.setText(self.tr("Signed in: {0} ({1})").format(user.name,
                                                                      role_label(user.role))
                                if visible and user is not None else "")
        self.user_label.setVisible(visible)
        self.switch_button.setVisible(visible)
        self.lock_button.setVisible(visible)

    def window_dialogs(self) -> list[QWidget]:
        """The dialogs that belong to this window (however deep their parent is), visible."""
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and self._owns(w)]

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _audit(self, actor: str, action: str, details: dict[str, Any]) -> None:
        """Record a session action under ``actor`` (off the GUI thread)."""
        port = self.port
        if port is None:
            return
        self.background.submit(lambda: port.record_action(actor, action, details=details),
                               lambda _r: self.recorded.emit(action), self._failed)

    def lock(self, switch: bool = False, *, reason: str = "clerk") -> None:
        """Cover the work area and hide the window's dialogs; open work is kept (the open form
        is saved as the clerk's draft at once) and comes back for the same clerk."""
        if self.user is None or self.is_locked():
            return
        if switch:
            self._audit(self.user.name, "session.signed_out", {"reason": "switch_user"})
        else:
            self._audit(self.user.name, "session.locked", {"reason": reason})
        self.watcher.pause()
        self.autosave_now()
        self._locked_for = self.user.name
        self._hidden_dialogs = self.window_dialogs()
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.pages.setCurrentWidget(self.lock_screen)
        self._show_session(False)
        self.lock_screen.prepare(locked_user=None if switch else self.user.name)
        self.locked.emit()

    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A dialog that opens while the desk is locked (a result arriving late) waits hidden
        until the clerk is back."""
        if (event.type() == QEvent.Type.Show and self._locked_for is not None
                and isinstance(watched, QDialog) and watched.isWindow() and self._owns(watched)):
            if watched not in self._hidden_dialogs:
                self._hidden_dialogs.append(watched)
            QTimer.singleShot(0, lambda: _alive(watched) and self._locked_for is not None
                              and watched.hide())
        return False

    def _sign_in(self, name: str, password: str) -> None:
        if self.lock_screen.store_mode:
            self.lock_screen.store_mode = False
            self.passphrase_entered.emit(password)
            return
        accounts = self.accounts
        if accounts is None:
            return
        self.background.submit(lambda: accounts.verify(name, password), self._enter,
                               lambda exc: self.lock_screen.show_error(plain_error(exc)))

    def _failed(self, exc: BaseException) -> None:
        self.action_failed.emit(plain_error(exc))
        self.statusBar().showMessage(plain_error(exc), 10_000)

    @property
    def actor(self) -> str:
        return self.user.name if self.user else "desk"

    # ================================================================ work queue

    def refresh(self) -> None:
        port = self.port
        if port is None:
            return
        owner = self.user.name if self.user is not None else None
        self.background.submit(lambda: (port.case_rows(owner=owner), port.outbox_depth(),
                                        owner),
                               self._rows_arrived, self._failed)

    def _rows_arrived(self, result: tuple[list[CaseRow], int, str | None]) -> None:
        rows, depth, owner = result
        if owner != (self.user.name if self.user is not None else None):
            return  # read for the clerk before a switch: their drafts are not for this one
        selected = self.current_case_id()
        self.model.now = datetime.now(UTC)
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.outbox_label.setText(self.tr("Outbox: {0} waiting").format(depth))
        self._update_counts()
        if selected:
            self.select_case(selected)
        self._refresh_eligibility()
        self.rows_loaded.emit()

    def _refresh_eligibility(self) -> None:
        """Show the eligibility answer on the open form once it has arrived."""
        form = self._form
        port = self.port
        if port is None or form is None or form.case_id is None \
                or self.work.currentWidget() is not form:
            return
        case_id = form.case_id
        self.background.submit(lambda: port.eligibility_text(case_id),
                               lambda text: text and form.set_eligibility(text),
                               lambda _e: None)

    def _tick(self) -> None:
        """Clocks move: repaint them; the Breached view may gain cases."""
        self.model.tick()
        if self.proxy.view is View.BREACHED:
            self.proxy.invalidate_rows()
            self._update_counts()

    def _update_counts(self) -> None:
        for i, view in enumerate(View):
            n = self.proxy.count_in(view)
            item = self.views.item(i)
            item.setText(self.tr(view.value))
            item.setData(COUNT_ROLE, n)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("{0}: %n case(s)", "", n).format(self.tr(view.value)))
        shown = self.proxy.rowCount()
        self.view_count.setText(self.tr("%n case(s)", "", shown))
        self.empty_hint.setVisible(shown == 0)

    def _view_chosen(self, row: int) -> None:
        if row < 0:
            return
        view = list(View)[row]
        self.proxy.set_view(view)
        self.view_title.setText(self.tr(view.value))
        self._update_counts()
        self.show_queue()

    def _sync_sidebar(self, *_: object) -> None:
        """The sidebar highlights the page on screen: a saved view for the queue (and the
        case or form opened from it), Outbox or Settings."""
        current = self.work.currentWidget()
        key = ("outbox" if current is not None and current is self._outbox_view else
               "settings" if current is not None and current is self._settings_view else None)
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        if key is not None:
            for i in range(self.nav.count()):
                if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                    self.nav.setCurrentRow(i)
                    self.nav.item(i).setSelected(True)
        self.nav.blockSignals(False)
        row = list(View).index(self.proxy.view)
        item = self.views.item(row)
        if key is None:
            item.setSelected(True)
        else:
            self.views.selectionModel().clearSelection()

    def current_page(self) -> str:
        """What the sidebar says is on screen: a view's name, "outbox" or "settings"."""
        nav = [self.nav.item(i) for i in range(self.nav.count()) if self.nav.item(i).isSelected()]
        if nav:
            return str(nav[0].data(Qt.ItemDataRole.UserRole))
        views = [self.views.item(i) for i in range(self.views.count())
                 if self.views.item(i).isSelected()]
        return str(views[0].data(Qt.ItemDataRole.UserRole)) if views else ""

    def set_view(self, view: View) -> None:
        self.choose_view(list(View).index(view))

    def choose_view(self, row: int) -> None:
        """Show a saved view (also when it is already the chosen one but another page is on
        screen)."""
        if self.views.currentRow() == row:
            self._view_chosen(row)
        else:
            self.views.setCurrentRow(row)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def _focus_search(self) -> None:
        self.show_queue()
        self.search.setFocus()
        self.search.selectAll()

    def _row_id(self, proxy_row: int) -> str:
        row = self.proxy.index(proxy_row, 0).data(ROW_ROLE)
        return str(row.id) if row is not None else ""

    def current_case_id(self) -> str | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self._row_id(idx.row())

    def select_case(self, case_id: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self._row_id(r) == case_id:
                self.table.selectRow(r)
                return

    def show_queue(self) -> None:
        self.work.setCurrentWidget(self.queue_page)
        self.table.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        row_id = self._row_id(index.row())
        if row_id.startswith("D-"):
            self.open_form_draft(row_id)
        elif row_id:
            self.open_case(row_id)

    # ================================================================ a case

    def open_case(self, case_id: str) -> None:
        port = self.port
        if port is None:
            return
        def job() -> tuple[Any, Any]:
            case = port.load_case(case_id)
            return case, port.profile(case.payer)
        self.background.submit(job, self._case_arrived, self._failed)

    def _case_arrived(self, result: tuple[Any, Any]) -> None:
        case, profile = result
        if case.status == "draft" and self._form is not None \
                and self.work.currentWidget() is self._form and self._form.case_id == case.id:
            return
        self.case_view.show_case(case, profile)
        self.work.setCurrentWidget(self.case_view)
        self.case_loaded.emit(case.id)

    def run_action(self, case_id: str, action: str, params: dict[str, Any]) -> None:
        port = self.port
        if port is None:
            return
        actor = self.actor
        if action == "edit":
            def load() -> tuple[Any, Any]:
                return port.load_case(case_id), port.form_draft_for_case(case_id, owner=actor)
            self.background.submit(load, lambda r: self._edit_case(*r), self._failed)
            return
        if action == "print":
            self._print_part_c(case_id)
            return
        if action in ("preauth", "enhancement", "discharge", "claim"):
            amount = params.get("amount")
            self.background.submit(lambda: port.checks(case_id, action, amount=amount),
                                   lambda r: self._show_checks(case_id, action, r, amount),
                                   self._failed)
            return

        if action == "cancel" and not params.get("confirmed"):
            self._ask_cancel(case_id)
            return

        def job() -> None:
            if action == "reply":
                port.reply(case_id, params["text"], params.get("document_ids", []), actor=actor)
            elif action == "cancel":
                port.cancel(case_id, params.get("reason", ""), actor=actor)
            elif action == "acknowledge":
                port.acknowledge_payment(case_id, actor=actor)
        self.background.submit(job, lambda _r: self._action_ok(case_id, action),
                               lambda e: self._action_error(e))

    def _ask_cancel(self, case_id: str) -> None:
        """Cancelling is final: ask first, with the reason for the payer (never exec())."""
        from ui.case_view import CancelCaseDialog

        view = self._case_view
        patient = ""
        if view is not None and view.case is not None and view.case.id == case_id:
            patient = view.case.admission.patient.name
        dialog = CancelCaseDialog(case_id, patient, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda cid, reason: self.run_action(
            cid, "cancel", {"reason": reason, "confirmed": True}))
        self.cancel_dialog = dialog
        dialog.open()
        self.cancel_asked.emit(dialog)

    def attach_file(self, case_id: str, category: str, paths: str | list[str]) -> None:
        """Attach files (all or none) in the background; each refused file is named."""
        port, actor = self.port, self.actor
        if port is None:
            return
        files = [paths] if isinstance(paths, str) else list(paths)
        view = self._case_view

        def done(docs: list[Any]) -> None:
            if view is not None:
                view.attach_finished(len(docs))
            self._action_ok(case_id, "attach")

        def failed(exc: BaseException) -> None:
            if view is not None:
                lines = [f"{Path(e.path).name}: {e.message}" for e in exc.errors] \
                    if isinstance(exc, ValidationFailed) else []
                view.attach_failed(lines, plain_error(exc))
            self.action_failed.emit(plain_error(exc))

        self.background.submit(lambda: port.attach_files(case_id, files, category, actor=actor),
                               done, failed)

    def open_page_editor(self, case_id: str, category: str = "OTH",
                         stage: str = "preauth") -> None:
        """The page editor for a case (scan or import, edit, store as documents)."""
        from ui.page_editor import PageEditor

        editor = PageEditor(case_id, category=category, stage=stage, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.store_requested.connect(self._store_pages)
        self.page_editor = editor
        editor.open()
        self.page_editor_ready.emit(editor)
        port = self.port
        if port is not None:  # Settings' scanner defaults, read off the GUI thread
            self.background.submit(
                port.scanner_defaults,
                lambda d: editor.set_scanner_defaults(d.resolution, d.mode)
                if _alive(editor) else None,
                lambda exc: editor.note.setText(plain_error(exc)) if _alive(editor) else None)

    def open_camera(self, case_id: str, category: str = "PoPr") -> None:
        """The webcam for a proof-of-presence photo; a plain message when there is none."""
        from ui.camera import CameraDialog, camera_unavailable_reason

        reason = camera_unavailable_reason()
        if reason is not None:
            self.case_view.camera_unavailable(self.tr(reason))
            self.camera_unavailable.emit(reason)
            return
        dialog = CameraDialog(case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        port, actor = self.port, self.actor

        def store(jpeg: bytes, when: Any) -> None:
            if port is None:
                return
            self.background.submit(
                lambda: port.store_photo(case_id, jpeg, when, category=category, actor=actor),
                lambda _doc: (dialog.note.setText(self.tr("Photo stored.")),
                              self._action_ok(case_id, "photo")),
                lambda exc: dialog.note.setText(plain_error(exc)))
        dialog.photo_taken.connect(store)
        self.camera_dialog = dialog
        dialog.open()

    def _store_pages(self, case_id: str, plans: list[Any]) -> None:
        port, actor, editor = self.port, self.actor, self.page_editor
        if port is None:
            return

        def done(docs: list[Any]) -> None:
            editor.stored(len(docs))
            self._action_ok(case_id, "pages")

        def failed(exc: BaseException) -> None:
            editor.store_failed(plain_error(exc))
            self.action_failed.emit(plain_error(exc))

        self.background.submit(lambda: port.store_pages(case_id, plans, actor=actor), done,
                               failed)

    def _show_checks(self, case_id: str, leg: str, result: Any, amount: int | None) -> None:
        dialog = ChecksDialog(case_id, leg, result, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda c, lg: self._queue_leg(c, lg, amount))
        self.checks_dialog = dialog
        dialog.open()
        self.checks_ready.emit(dialog)

    def _queue_leg(self, case_id: str, leg: str, amount: int | None) -> None:
        port, actor = self.port, self.actor
        if port is None:
            return
        self.background.submit(lambda: port.submit(case_id, leg, actor=actor, amount=amount),
                               lambda _r: self._action_ok(case_id, leg), self._action_error)

    def _action_ok(self, case_id: str, action: str) -> None:
        known = DONE_TEXT.get(action)
        text = self.tr(str(known)) if known is not None else self.tr("Done for {0}.")
        self.statusBar().showMessage(text.format(case_id), 8000)
        self.action_done.emit(case_id, action)
        self.refresh()
        self.open_case(case_id)

    def _action_error(self, exc: BaseException) -> None:
        text = plain_error(exc)
        self.case_view.show_feedback(text)
        self.action_failed.emit(text)

    def _print_part_c(self, case_id: str) -> None:
        """Render Part C in the background, then preview it with Print… and Save as PDF…;
        without a PDF rasteriser, offer to save the PDF (print it from a PDF viewer)."""
        from ui.part_c_print import rasterise, rasteriser_available

        port = self.port
        if port is None:
            return
        can_print = rasteriser_available()

        def job() -> Any:
            from app.forms.from_case import part_c_pdf

            case = port.load_case(case_id)
            data, _pages = part_c_pdf(case, port.profile(case.payer),
                                      generated_at=datetime.now(UTC))
            return rasterise(data) if can_print else data

        preparing = self.tr("Preparing Part C for {0}…").format(case_id)

        def settle() -> None:
            if self.statusBar().currentMessage() == preparing:
                self.statusBar().clearMessage()

        def failed(exc: BaseException) -> None:
            settle()
            self._failed(exc)

        def done(result: Any) -> None:
            settle()
            if can_print:
                from ui.part_c_print import PartCPreview

                dialog = PartCPreview(case_id, result, self)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.part_c_dialog = dialog
                dialog.open()
                self.part_c_ready.emit(dialog)
            else:
                self._save_part_c(case_id, result)
        self.statusBar().showMessage(preparing, 30_000)
        self.background.submit(job, done, failed)

    def _save_part_c(self, case_id: str, data: bytes) -> None:
        dialog = QFileDialog(self, self.tr("Save Part C as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("PDF (*.pdf)")
        dialog.selectFile(f"{case_id}-part-c.pdf")

        def chosen(path: str) -> None:
            def job() -> str:
                with open(path, "wb") as out:
                    out.write(data)
                return path
            self.background.submit(job, lambda p: self.statusBar().showMessage(
                self.tr("Part C saved to {0}").format(p), 8000), self._failed)
        dialog.fileSelected.connect(chosen)
        dialog.open()

    # ================================================================ admission form

    def new_admission(self) -> None:
        if self.user is None or self.is_locked():
            return
        if self.work.currentWidget() is not self.form or not self.form.dirty:
            self.autosave_now()  # an unfinished form elsewhere is kept before it is replaced
            self.form.load(None, None, editable=True, owner=self.actor)
        self.work.setCurrentWidget(self.form)
        self.form.fields["coverage.payer"].setFocus()

    def _edit_case(self, case: Any, draft: Any = None) -> None:
        self.autosave_now()
        if draft is not None and case.status == "draft":
            self.form.load_fields(draft.id, case.id, draft.fields, owner=self.actor,
                                  saved_at=_short_time(draft.updated_at))
        else:
            self.form.load(case.id, case.admission.to_json(), editable=case.status == "draft",
                           owner=self.actor)
        self.work.setCurrentWidget(self.form)

    def open_form_draft(self, draft_id: str) -> None:
        """Reopen one of the signed-in clerk's unfinished admissions, fields as typed."""
        port, actor = self.port, self.actor
        if port is None or self.user is None:
            return

        def opened(draft: Any) -> None:
            self.autosave_now()
            self.form.load_fields(draft.id, draft.case_id, draft.fields, owner=actor,
                                  saved_at=_short_time(draft.updated_at))
            self.work.setCurrentWidget(self.form)
            self.form.fields["coverage.payer"].setFocus()
            self.case_loaded.emit(draft.id)
        self.background.submit(lambda: port.form_draft(draft_id, owner=actor), opened,
                               self._failed)

    def _snapshot(self, data: dict[str, Any] | None = None) -> FormSnapshot:
        form = self.form
        return FormSnapshot(session=form.session, owner=form.owner or self.actor,
                            draft_id=form.draft_id, case_id=form.case_id,
                            fields=form.raw_fields(), data=data or {},
                            local_errors=form.local_errors() if data is not None else [])

    def _form_changed(self) -> None:
        form = self._form
        if form is not None and form.editable and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def autosave_now(self) -> None:
        """Keep the open form as typed (off the GUI thread) if it has unsaved changes."""
        self.autosave_timer.stop()
        form, port = self._form, self.port
        if form is None or port is None or not form.dirty or not form.editable:
            return
        snap = self._snapshot()
        edits = form.edits

        def done(draft_id: str) -> None:
            if form.session == snap.session:
                form.mark_draft_saved(draft_id, None, clean=form.edits == edits)
            self.form_draft_saved.emit(draft_id)
            self.refresh_timer.start()

        def failed(exc: BaseException) -> None:
            if form.session == snap.session:
                form.state.setText(self.tr("Not autosaved: {0}").format(plain_error(exc)))
            self.action_failed.emit(plain_error(exc))

        self.form_saves.autosave(port, snap, done, failed,
                                 still_wanted=lambda: form.session != snap.session
                                 or form.dirty)

    def save_form(self, data: dict[str, Any], after: Any = None) -> None:
        """The clerk's save: complete admissions become (or update) a draft case; incomplete
        ones are kept as typed, with the problems shown on the fields."""
        port = self.port
        if port is None or self.user is None or self.is_locked():
            return
        form = self.form
        if not form.editable:  # a case past its draft: nothing to save, go on
            if after is not None and form.case_id is not None:
                after(form.case_id)
            return
        self.autosave_timer.stop()
        snap = self._snapshot(data)
        edits = form.edits

        def done(result: FormSaved) -> None:
            if form.session != snap.session:  # the clerk moved on; the save still happened
                if result.complete and result.case_id:
                    self.draft_saved.emit(result.case_id)
                elif result.draft_id:
                    self.form_draft_saved.emit(result.draft_id)
                self.refresh()
                return
            clean = form.edits == edits
            form.show_errors(result.errors)
            self.validated.emit(result.errors)
            if result.complete and result.case_id:
                self._saved(result.case_id, after, clean=clean)
            elif result.draft_id:
                form.mark_draft_saved(result.draft_id, len(result.errors), clean=clean)
                self.form_draft_saved.emit(result.draft_id)
                self.refresh()

        self.form_saves.save(port, snap, done, self._save_failed)

    def _saved(self, case_id: str, after: Any = None, *, clean: bool = True) -> None:
        self.form.mark_saved(case_id)
        if not clean:
            self.form.dirty = True
            self.form.state.setText(self.tr("Unsaved changes"))
            self._form_changed()
        self.draft_saved.emit(case_id)
        self.refresh()
        if after is not None:
            after(case_id)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
            self.validated.emit(exc.errors)
        else:
            self.form.summary.setText(plain_error(exc))
            self.action_failed.emit(plain_error(exc))

    def submit_form(self, data: dict[str, Any]) -> None:
        """Save, then show the pre-submission checks; the clerk confirms to queue the pre-auth."""
        port = self.port
        if port is None:
            return

        def checks(case_id: str) -> None:
            self.background.submit(lambda: port.checks(case_id, "preauth"),
                                   lambda r: self._show_checks(case_id, "preauth", r, None),
                                   self._failed)
        self.save_form(data, after=checks)

    def _form_eligibility(self) -> None:
        port, actor = self.port, self.actor
        case_id = self.form.case_id
        if port is None:
            return
        if case_id is None:
            self.form.set_eligibility(self.tr("Save the draft first, then check eligibility."))
            return
        self.form.set_eligibility(self.tr("Eligibility check queued; the answer will appear "
                                          "here."))
        self.background.submit(lambda: port.check_eligibility(case_id, actor=actor),
                               lambda _r: None,
                               lambda e: self.form.set_eligibility(plain_error(e)))

    def _read_abha(self, path: str) -> None:
        """Decode the ABHA card's QR off the GUI thread; the form asks before changing."""
        from ui.abha_prefill import read_abha_card

        form = self.form
        self.background.submit(lambda: read_abha_card(path), form.offer_abha,
                               lambda exc: form.abha_failed(plain_error(exc)))

    def _read_insurance(self, path: str) -> None:
        """Decode the insurance card's codes off the GUI thread; the form asks before
        changing anything."""
        from ui.abha_prefill import read_insurance_card

        form = self.form
        self.background.submit(lambda: read_insurance_card(path), form.offer_insurance,
                               lambda exc: form.insurance_failed(plain_error(exc)))

    def _icd_search(self, text: str) -> None:
        from app.icd import search_icd10

        self.background.submit(lambda: search_icd10(text, 15), self.form.show_icd_matches,
                               lambda _e: None)

    # ================================================================ outbox and settings

    def _nav_chosen(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == "outbox":
            self.show_outbox()
        elif key == "settings":
            self.show_settings()

    def show_outbox(self) -> None:
        port = self.port
        self.work.setCurrentWidget(self.outbox_view)
        if port is None:
            return

        def job() -> tuple[list[Any], list[str], dict[str, str], dict[str, Any], list[Any]]:
            messages = port.queue()
            profiles = port.profiles()
            names = {p.code: p.name for p in profiles}
            payers = sorted({str(getattr(m, "payer", "")) for m in messages} | set(names),
                            key=lambda code: (names.get(code) or code).lower())
            return messages, payers, names, port.paused_payers(), port.dead_letters()

        def done(result: tuple[list[Any], list[str], dict[str, str], dict[str, Any],
                               list[Any]]) -> None:
            messages, payers, names, paused, dead = result
            self.outbox_view.show_messages(messages, payers, names, paused)
            self.outbox_view.show_dead_letters(dead)
            self.outbox_loaded.emit()
        self.background.submit(job, done, self._failed)

    def _explain_message(self, message: Any) -> None:
        port = self.port
        if port is not None:
            self.background.submit(lambda: port.why_waiting(message),
                                   self.outbox_view.show_why, lambda _e: None)

    def _outbox_op(self, op: Any) -> None:
        port, actor = self.port, self.actor
        if port is not None and self.user is not None:
            self.background.submit(lambda: op(port, actor), lambda _r: self.show_outbox(),
                                   self._failed)

    def show_settings(self) -> None:
        port, accounts = self.port, self.accounts
        self.work.setCurrentWidget(self.settings_view)
        if port is not None:
            self.background.submit(port.profiles, self.settings_view.show_profiles,
                                   self._failed)
        if accounts is not None:
            self.background.submit(accounts.all, self.settings_view.clerks.show_accounts,
                                   self._failed)
        if port is not None:
            self.background.submit(port.scanner_defaults,
                                   lambda d: self.settings_view.set_scanner(d.resolution, d.mode),
                                   self._failed)

    def _scanner_changed(self, resolution: int, mode: str) -> None:
        port, actor, view = self.port, self.actor, self.settings_view
        if port is None:
            return

        def done(saved: Any) -> None:
            view.set_scanner(saved.resolution, saved.mode)
            view.desk_note.setText(self.tr("Scanner defaults saved: new scans use them."))
            self.scanner_saved.emit(saved)
        self.background.submit(lambda: port.save_scanner_defaults(resolution, mode,
                                                                  actor=actor),
                               done, lambda exc: view.desk_note.setText(plain_error(exc)))

    def _add_clerk(self, name: str, role: str, password: str) -> None:
        """An administrator adds an account (hashed off the GUI thread, audited by name)."""
        accounts, panel, actor = self.accounts, self.settings_view.clerks, self.actor
        if accounts is None or self.user is None or not self.user.may("user.manage"):
            panel.show_error(self.tr("Only an administrator can add accounts."))
            return

        def job() -> tuple[Account, list[tuple[Account, bool]]]:
            account = accounts.create(name, password, role, actor=actor)
            return account, accounts.all()

        def done(result: tuple[Account, list[tuple[Account, bool]]]) -> None:
            panel.show_accounts(result[1], select=result[0].name)
            panel.added(result[0])
            self.clerk_added.emit(result[0].name)

        self.background.submit(job, done, lambda exc: panel.show_error(plain_error(exc)))

    def _set_clerk_active(self, name: str, active: bool) -> None:
        accounts, panel, actor = self.accounts, self.settings_view.clerks, self.actor
        if accounts is None or self.user is None or not self.user.may("user.manage"):
            return

        def job() -> list[tuple[Account, bool]]:
            accounts.set_active(name, active, actor=actor)
            return accounts.all()

        self.background.submit(job, lambda rows: panel.show_accounts(rows, select=name),
                               lambda exc: panel.show_error(plain_error(exc)))

    def _auto_lock_changed(self, minutes: int) -> None:
        self.watcher.set_minutes(minutes)
        QSettings().setValue("desk/auto_lock_minutes", int(minutes))

    def _language_changed(self, code: str) -> None:
        QSettings().setValue("desk/language", code)
        self.settings_view.desk_note.setText(
            self.tr("The language changes the next time TPA Desk starts."))

    def _load_payer(self, code: str) -> None:
        port = self.port
        if port is None:
            return
        editor = self.settings_view.editor
        self.background.submit(lambda: port.payer_details(code),
                               lambda r: editor.edit(r[0], r[1]),
                               lambda exc: self.settings_view.payer_note.setText(
                                   plain_error(exc)))

    def _save_payer(self, profile: Any, secret: str) -> None:
        """Validate and save in the background; messages land on the fields."""
        port, actor = self.port, self.actor
        if port is None:
            return
        view = self.settings_view
        if self.user is None or not self.user.may("payer.manage"):
            view.editor.show_failed([], self.tr("Only an administrator can change payers; "
                                                "nothing was saved."))
            self.payer_save_failed.emit([])
            return

        def done(result: tuple[Any, str | None, bool]) -> None:
            saved, where, live = result
            note = self.tr("Saved {0}.").format(saved.name)
            if secret:
                note += " " + (self.tr("The secret is in this computer's keyring.")
                               if where == "keyring" else
                               self.tr("The secret is in the encrypted store (this computer "
                                       "has no keyring)."))
            view.editor.show_saved(saved, where, note)
            view.set_training(self.training, live_saved=live)
            self.payer_saved.emit(saved.code)
            self.background.submit(port.profiles,
                                   lambda ps: (view.show_profiles(ps, select=saved.code),
                                               self._set_payers([(p.code, p.name)
                                                                 for p in ps])),
                                   self._failed)

        def failed(exc: BaseException) -> None:
            errors = exc.errors if isinstance(exc, ValidationFailed) else []
            view.editor.show_failed(errors, "" if errors else plain_error(exc))
            self.payer_save_failed.emit(errors)

        self.background.submit(lambda: port.save_payer(profile, secret, actor=actor), done,
                               failed)

    # ================================================================ core events

    def set_connectivity(self, state: str) -> None:
        """Status bar and the calm offline banner."""
        self.connectivity = state
        self.update_sync_times()
        self.conn_label.setText(self.tr(CONNECTIVITY_TEXT.get(state, state)))
        colour = {"online": "#1e7d32", "offline": "#5f6b7a", "degraded": "#a15c00"}.get(
            state, "#5f6b7a")
        self.conn_label.setStyleSheet(f"color: {colour};")
        self.offline_banner.setVisible(state == "offline")

    def offline_banner_visible(self) -> bool:
        return not self.offline_banner.isHidden()

    def show_alert(self, text: str) -> None:
        label = self.alert_banner.findChild(QLabel, "alertBannerText")
        if label is not None:
            label.setText(text)
        self.alert_banner.setVisible(bool(text))

    def _message_changed(self, message: Any) -> None:
        self.update_sync_times()
        view = self._outbox_view
        if view is not None and self.work.currentWidget() is view:
            view.model.update_message(message)
        self.refresh_timer.start()

    def _inbox_applied(self, _envelope: Any) -> None:
        self.update_sync_times()
        self.refresh_timer.start()

    def update_sync_times(self) -> None:
        """"Last successful sync" and "Last inbox pull" from the sync engine's own record of
        successful round trips (in memory: no database, no network)."""
        port = self.port
        if port is None:
            return
        last_sync, last_pull = port.sync_times()
        if (last_sync, last_pull) == self._sync_times:
            return
        self._sync_times = (last_sync, last_pull)
        if last_sync is not None:
            self.sync_label.setText(self.tr("Last successful sync: {0}").format(
                _when(last_sync)))
        if last_pull is not None:
            self.pull_label.setText(self.tr("Last inbox pull: {0}").format(_when(last_pull)))
        self.sync_times_changed.emit()

    # ================================================================ closing

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)

    def closeEvent(self, event: Any) -> None:
        """Keep the open form, let running work finish, stop sync and close the store: the
        window keeps painting ("Closing…") and gives up waiting after CLOSE_WAIT_MS."""
        if self._closing:
            event.ignore()  # already closing (a second click on the close button)
            return
        self._closing = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watcher)
            app.removeEventFilter(self)
        for timer in (self.clock_timer, self.refresh_timer, self.autosave_timer,
                      self.sync_timer):
            timer.stop()
        self.watcher.pause()
        if self.port is not None or self.desk is not None:
            self.message.setText(self.tr("Closing TPA Desk: keeping your open work and "
                                         "finishing what is in progress…"))
            self.pages.setCurrentWidget(self.message)
            self.statusBar().showMessage(self.tr("Closing…"))
            self.autosave_now()
            self._spin_until(lambda: not self.form_saves.busy() and not self.background.busy(),
                             CLOSE_WAIT_MS)
            port, desk = self.port, self.desk
            self.port, self.desk = None, None
            stopped = threading.Event()
            user = self.user.name if self.user is not None and not self.is_locked() else None

            def stop() -> None:
                try:
                    if port is not None and user is not None:
                        with contextlib.suppress(Exception):
                            port.record_action(user, "session.signed_out",
                                               details={"reason": "desk_closed"})
                    if port is not None:
                        port.close()
                    if desk is not None:
                        desk.close()
                finally:
                    stopped.set()
            threading.Thread(target=stop, name="tpadesk-close", daemon=True).start()
            self._spin_until(stopped.is_set, CLOSE_WAIT_MS)
        super().closeEvent(event)

    def _spin_until(self, done: Any, timeout_ms: int) -> bool:
        """Let the GUI thread keep handling events (results arriving, repaints) until
        ``done()`` or the timeout; never blocks the event loop."""
        if done():
            return True
        loop = QEventLoop(self)
        deadline = QDeadlineTimer(timeout_ms)
        tick = QTimer(self)
        tick.setInterval(20)

        def check() -> None:
            if done() or deadline.hasExpired():
                loop.quit()
        tick.timeout.connect(check)
        tick.start()
        loop.exec()
        tick.stop()
        tick.deleteLater()
        return bool(done())


def data_dir_label(path: Path) -> str:
    return str(path)


def _when(epoch: float) -> str:
    """A status-bar time: 14:05:12 today, else 03-12-2026 14:05 (India time)."""
    from app.clocks import IST
    from ui.formatting import format_ist

    when = datetime.fromtimestamp(epoch, UTC)
    if when.astimezone(IST).date() == datetime.now(UTC).astimezone(IST).date():
        return when.astimezone(IST).strftime("%H:%M:%S")
    return format_ist(when)


def _alive(widget: QWidget) -> bool:
    """Whether the C++ side of a widget still exists (a dialog may have deleted itself)."""
    import shiboken6

    return bool(shiboken6.isValid(widget))


def _short_time(value: str | None) -> str:
    from ui.formatting import format_ist

    return format_ist(value) if value else ""
