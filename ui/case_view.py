"""One case: header, the timeline of legs with the payer's words verbatim, the actions the state
allows, and the documents with the stage checklist."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clocks import current_clock
from app.lifecycle import Event, allowed_events, split_status
from app.money import AmountError, group_indian, parse_rupees
from ui.formatting import (
    _span,
    category_label,
    decision_label,
    format_ist,
    leg_label,
    money,
    status_label,
)
from ui.lines import LinesDelegate

if TYPE_CHECKING:
    from app.cases import Case
    from app.payers import PayerProfile

# action key -> button text
ACTIONS: dict[str, str] = {
    "preauth": "Submit pre-auth",
    "reply": "Answer the query",
    "enhancement": "Request enhancement",
    "discharge": "Request discharge",
    "claim": "Send final claim",
    "acknowledge": "Acknowledge payment",
    "cancel": "Cancel case",
    "print": "Print Part C",
    "edit": "Open admission form",
}
NEEDS_AMOUNT = {"enhancement", "discharge", "claim"}
# the queued time is on the leg's tooltip: four time columns do not fit beside the documents
TIMELINE_COLUMNS = ("Leg", "Sent", "Acknowledged", "Answered", "Decision", "Amount")
FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
# the app/users.py permission each action needs (the button is greyed out without it)
PERMISSION = {"preauth": "leg.submit", "reply": "leg.submit", "enhancement": "leg.submit",
              "discharge": "leg.submit", "claim": "leg.submit", "acknowledge": "leg.submit",
              "cancel": "case.cancel", "edit": "case.edit"}


def local_files(mime: QMimeData) -> list[str]:
    """The local files in a drag (links to web pages and folders are left out)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and not Path(url.toLocalFile()).is_dir()]


class DropPanel(QWidget):
    """The documents panel: files dropped on it are offered for attaching."""

    files_dropped = Signal(object)  # list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    def _highlight(self, on: bool) -> None:
        self.setStyleSheet("QWidget#documentsPanel { background: #e8f1fb; border: 2px dashed "
                           "#1f5fa8; border-radius: 8px; }" if on else "")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: Any) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class CancelCaseDialog(QDialog):
    """Ask before cancelling a case, with the reason the payer will be told. Opened with
    ``open()``; emits ``confirmed(case_id, reason)``; backing out changes nothing."""

    confirmed = Signal(str, str)

    def __init__(self, case_id: str, patient: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Cancel case {0}?").format(case_id))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        who = f" ({patient})" if patient else ""
        text = QLabel(self.tr("Cancel case {0}{1}? The payer is told and the case cannot be "
                              "sent again. This cannot be undone.").format(case_id, who), self)
        text.setWordWrap(True)
        lay.addWidget(text)
        label = QLabel(self.tr("&Reason (sent to the payer)"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. patient shifted to another hospital"))
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        label.setBuddy(self.reason)
        self.note = QLabel(self.tr("Write the reason to cancel."), self)
        self.note.setObjectName("muted")
        lay.addWidget(label)
        lay.addWidget(self.reason)
        lay.addWidget(self.note)
        buttons = QDialogButtonBox(self)
        self.keep = buttons.addButton(self.tr("&Keep the case"),
                                      QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_case = buttons.addButton(self.tr("C&ancel the case"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_case.setObjectName("danger")
        self.cancel_case.style().unpolish(self.cancel_case)
        self.cancel_case.style().polish(self.cancel_case)
        self.cancel_case.setEnabled(False)
        self.keep.setDefault(True)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.reason.textChanged.connect(self._reason_changed)
        self.reason.setFocus()

    def _reason_changed(self) -> None:
        has = bool(self.reason.toPlainText().strip())
        self.cancel_case.setEnabled(has)
        self.note.setText("" if has else self.tr("Write the reason to cancel."))

    def _confirm(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.reason.setFocus()
            return
        self.accept()
        self.confirmed.emit(self.case_id, reason)


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken into lines no wider than ``width`` pixels (at spaces; a word longer
    than a line is broken where it must)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while metrics.horizontalAdvance(word) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return "\n".join(lines)


def _two_lines(when: str | None) -> str:
    """``03-12-2026`` over ``14:05`` (India time): narrow timeline columns."""
    return format_ist(when).replace(" ", "\n") if when else ""


def actions_for(status: str) -> list[str]:
    """The actions the state machine allows now, in a sensible order for the clerk."""
    allowed = allowed_events(status)
    out: list[str] = []
    if status == "draft":
        out.append("edit")
    for event, stage in allowed:
        if event is Event.QUEUE and stage is not None:
            out.append(stage)
        elif event is Event.REPLY:
            out.append("reply")
    if status == "payment_received":
        out.append("acknowledge")
    if any(e is Event.CANCEL for e, _ in allowed):
        out.append("cancel")
    out.append("print")
    order = list(ACTIONS)
    return sorted(dict.fromkeys(out), key=order.index)


class CaseView(QWidget):
    """Emits ``action_requested(case_id, action, params)``; the window runs it in the background."""

    action_requested = Signal(str, str, object)
    attach_requested = Signal(str, str, object)  # case id, HCX category, list of file paths
    pages_requested = Signal(str, str, str)      # case id, category, stage: the page editor
    photo_requested = Signal(str, str)           # case id, category (PoPr or PHT): the camera
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.case: Case | None = None
        self.allowed: Callable[[str], bool] = lambda _permission: True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        outer.addWidget(self._header())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Timeline"), left)
        title.setObjectName("sectionTitle")
        self.timeline = QTreeWidget(left)
        self.timeline.setAccessibleName(self.tr("Timeline of legs"))
        self.timeline.setHeaderLabels([self.tr(h) for h in TIMELINE_COLUMNS])
        head = self.timeline.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(48)
        self.timeline.headerItem().setTextAlignment(
            len(TIMELINE_COLUMNS) - 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timeline.viewport().installEventFilter(self)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setItemsExpandable(False)
        self.timeline.setIndentation(14)
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setUniformRowHeights(False)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.currentItemChanged.connect(self._show_words)
        self.words_title = QLabel(self.tr("What the payer said (verbatim)"), left)
        self.words_title.setObjectName("muted")
        self.words = QLabel("", left)
        self.words.setWordWrap(True)
        self.words.setObjectName("payerWords")
        self.words.setStyleSheet("QLabel#payerWords { background: #ffffff; border: 1px solid "
                                 "#dde3ea; border-radius: 6px; padding: 8px 10px; }")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(self.tr("What the payer said"))
        left_lay.addWidget(title)
        left_lay.addWidget(self.timeline, 1)
        left_lay.addWidget(self.words_title)
        left_lay.addWidget(self.words)
        left_lay.addWidget(self._action_panel(left))
        right = DropPanel(split)
        right.setObjectName("documentsPanel")
        right.setAccessibleName(self.tr("Documents panel: drop files here to attach them"))
        right.files_dropped.connect(self._dropped)
        self.drop_panel = right
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        docs_title = QLabel(self.tr("Documents"), right)
        docs_title.setObjectName("sectionTitle")
        self.checklist = QListWidget(right)
        self.checklist.setAccessibleName(self.tr("Document checklist"))
        self.documents = QListWidget(right)
        self.documents.setAccessibleName(self.tr("Documents on the case"))
        right_lay.addWidget(docs_title)
        right_lay.addWidget(QLabel(self.tr("Checklist for the next stage"), right))
        right_lay.addWidget(self.checklist, 1)
        right_lay.addWidget(QLabel(self.tr("Attached"), right))
        right_lay.addWidget(self.documents, 1)
        attach_row = QHBoxLayout()
        self.attach_category = QComboBox(right)
        self.attach_category.setAccessibleName(self.tr("Document category"))
        self.attach_button = QPushButton(self.tr("Attach file…"), right)
        self.attach_button.clicked.connect(self._choose_file)
        self.pages_button = QPushButton(self.tr("Scan / edit pages…"), right)
        self.pages_button.setToolTip(self.tr("Scan or import pages, check them, then store "
                                             "them as one or more documents"))
        self.pages_button.clicked.connect(self._edit_pages)
        attach_row.addWidget(self.attach_category, 1)
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.pages_button)
        right_lay.addLayout(attach_row)
        hint_row = QHBoxLayout()
        self.drop_hint = QLabel(self.tr("Or drop PDF, JPG, PNG, TIFF or HEIC files here."), right)
        self.drop_hint.setObjectName("muted")
        self.photo_button = QPushButton(self.tr("Photo (proof of presence)…"), right)
        self.photo_button.setToolTip(self.tr("Take a photo of the patient at the hospital with "
                                             "the webcam; the capture time is kept"))
        self.photo_button.clicked.connect(self._take_photo)
        hint_row.addWidget(self.drop_hint, 1)
        hint_row.addWidget(self.photo_button)
        right_lay.addLayout(hint_row)
        self.attach_progress = QProgressBar(right)
        self.attach_progress.setRange(0, 0)
        self.attach_progress.setTextVisible(False)
        self.attach_progress.setMaximumHeight(6)
        self.attach_progress.setAccessibleName(self.tr("Attaching"))
        self.attach_progress.hide()
        self.attach_status = QLabel("", right)
        self.attach_status.setObjectName("muted")
        self.attach_status.setWordWrap(True)
        self.attach_errors = QLabel("", right)
        self.attach_errors.setObjectName("fieldError")
        self.attach_errors.setWordWrap(True)
        self.attach_errors.setAccessibleName(self.tr("Files that were not attached"))
        self.attach_errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_errors.hide()
        right_lay.addWidget(self.attach_progress)
        right_lay.addWidget(self.attach_status)
        right_lay.addWidget(self.attach_errors)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        split.setSizes([640, 380])
        for lst in (self.checklist, self.documents):
            lst.setWordWrap(True)
            lst.setItemDelegate(LinesDelegate(lst))
            lst.setResizeMode(QListWidget.ResizeMode.Adjust)  # heights follow the width
        outer.addWidget(split, 1)

    def _header(self) -> QFrame:
        card = QFrame(self)
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(18, 12, 18, 12)
        grid.setHorizontalSpacing(28)
        self.patient = QLabel("", card)
        self.patient.setObjectName("pageTitle")
        self.status = QLabel("", card)
        self.status.setObjectName("sectionTitle")
        self.policy = QLabel("", card)
        self.payer = QLabel("", card)
        self.amounts = QLabel("", card)
        self.clock = QLabel("", card)
        for w in (self.policy, self.payer, self.amounts, self.clock):
            w.setObjectName("muted")
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        back = QPushButton(self.tr("← Work queue"), card)
        back.clicked.connect(self.back_requested)
        grid.addWidget(self.patient, 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(back, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.policy, 1, 0)
        grid.addWidget(self.payer, 1, 1)
        grid.addWidget(self.amounts, 2, 0)
        grid.addWidget(self.clock, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        return card

    def _action_panel(self, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(14, 10, 14, 12)
        self.buttons_row = QHBoxLayout()
        lay.addLayout(self.buttons_row)
        self.reply_text = QPlainTextEdit(card)
        self.reply_text.setPlaceholderText(self.tr("Your answer to the payer's query"))
        self.reply_text.setAccessibleName(self.tr("Answer to the query"))
        self.reply_text.setTabChangesFocus(True)
        self.reply_text.setFixedHeight(70)
        self.reply_docs = QListWidget(card)
        self.reply_docs.setAccessibleName(self.tr("Documents to send with the answer"))
        self.reply_docs.setFixedHeight(70)
        self.amount_box = QWidget(card)
        amount_row = QHBoxLayout(self.amount_box)
        amount_row.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit(card)
        self.amount.setPlaceholderText(self.tr("Amount in rupees, e.g. 1,20,000"))
        self.amount.setAccessibleName(self.tr("Amount for the request"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(220)
        amount_row.addWidget(QLabel(self.tr("Amount (₹) for this request:"), self.amount_box))
        amount_row.addWidget(self.amount)
        amount_row.addStretch(1)
        self.feedback = QLabel("", card)
        self.feedback.setWordWrap(True)
        self.feedback.setObjectName("fieldError")
        lay.addWidget(self.amount_box)
        lay.addWidget(self.reply_text)
        lay.addWidget(self.reply_docs)
        lay.addWidget(self.feedback)
        self.action_buttons: dict[str, QPushButton] = {}
        return card

    # ---------------------------------------------------------------- filling

    def show_case(self, case: Case, profile: PayerProfile | None,
                  now: datetime | None = None) -> None:
        if self.case is None or self.case.id != case.id:
            self.attach_status.clear()
            self.attach_errors.hide()
        self.case = case
        when = now or datetime.now(UTC)
        adm = case.admission
        self.patient.setText(f"{adm.patient.name}  ·  {case.id}")
        self.patient.setAccessibleName(self.tr("Patient and case"))
        self.status.setText(status_label(case.status))
        self.policy.setText(self.tr("Policy {0} · Member {1}").format(
            adm.coverage.policy_number, adm.coverage.member_id))
        self.payer.setText(self.tr("Payer: {0}").format(profile.name if profile else case.payer))
        self.amounts.setText(self.tr("Requested {0} · Approved {1}").format(
            money(case.requested_amount), money(case.approved_amount)))
        clock = current_clock(case.legs, profile, emergency=case.emergency, now=when)
        self.clock.setText(self.clock_words(clock))
        self.clock.setWordWrap(True)
        self._fill_timeline(case)
        self._fill_documents(case, profile)
        self._fill_actions(case)
        self.feedback.clear()

    def clock_words(self, clock: Any) -> str:
        """The payer's clock in plain words (who has the next move, how long is left)."""
        if clock is None:
            return self.tr("No clock running: the payer is not being waited on.")
        sla = clock.sla_minutes
        if clock.waiting_on == "hospital":
            return self.tr("Waiting on the hospital (query open); the payer's {0}-minute clock "
                           "is paused until we answer.").format(sla)
        if clock.waiting_on == "payer" and clock.time_left is not None:
            due = format_ist(clock.due_at) if clock.due_at else ""
            if clock.time_left.total_seconds() < 0:
                return self.tr("The payer's answer is overdue by {0} ({1}-minute clock; it was "
                               "due {2}).").format(_span(clock.time_left), sla, due)
            return self.tr("The payer has {0} left to answer ({1}-minute clock, due {2})."
                           ).format(_span(clock.time_left), sla, due)
        if clock.breached:
            return self.tr("The payer answered late (after its {0}-minute clock).").format(sla)
        return self.tr("The payer answered within its {0}-minute clock.").format(sla)

    def _fill_timeline(self, case: Case) -> None:
        self.timeline.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for leg in case.legs:
            amount = leg.approved_amount if leg.approved_amount is not None else \
                leg.requested_amount
            if leg.kind == "payment":
                amount = leg.paid_amount
            item = QTreeWidgetItem([
                leg_label(leg.kind), _two_lines(leg.sent_at),
                _two_lines(leg.acknowledged_at), _two_lines(leg.answered_at),
                decision_label(leg.decision or leg.state),
                money(amount) if amount is not None else ""])
            item.setTextAlignment(len(TIMELINE_COLUMNS) - 1, right)
            item.setToolTip(0, self.tr("Queued {0} by {1}").format(format_ist(leg.queued_at),
                                                                     leg.actor))
            for col, when in ((1, leg.sent_at), (2, leg.acknowledged_at), (3, leg.answered_at)):
                if when:
                    item.setToolTip(col, format_ist(when))
            item.setData(0, Qt.ItemDataRole.UserRole, leg.payer_words or leg.last_error or "")
            self.timeline.addTopLevelItem(item)
            for label, words in (("Payer said", leg.payer_words), ("Query", leg.query_text),
                                 ("Our answer", leg.reply_text), ("Error", leg.last_error),
                                 ("UTR", leg.utr)):
                if words and not (label == "Query" and leg.kind == "query"):
                    full = f"{self.tr(label)}: {words}"
                    child = QTreeWidgetItem(item, [full])
                    child.setData(0, FULL_TEXT_ROLE, full)
                    child.setFirstColumnSpanned(True)
                    child.setToolTip(0, words)
            item.setExpanded(True)
        self._wrap_children()
        said = [leg for leg in case.legs if leg.payer_words]
        self.words.setText(said[-1].payer_words or "" if said else "")
        self.words.setVisible(bool(said))
        self.words_title.setVisible(bool(said))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.timeline.viewport() and event.type() == QEvent.Type.Resize:
            self._wrap_children()
        return False

    def _wrap_children(self) -> None:
        """The payer's words (and the other detail lines) span the whole row, wrapped to the
        timeline's width: nothing is cut off at any window size."""
        width = self.timeline.viewport().width() - self.timeline.indentation() - 16
        if width < 80:
            return
        metrics = self.timeline.fontMetrics()
        for i in range(self.timeline.topLevelItemCount()):
            top = self.timeline.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                full = str(child.data(0, FULL_TEXT_ROLE) or "")
                wrapped = wrap_text(full, metrics, width)
                if child.text(0) != wrapped:
                    child.setText(0, wrapped)

    def _show_words(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        while item is not None and item.parent() is not None:
            item = item.parent()
        text = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ""
        if text:
            self.words.setText(str(text))
            self.words.show()
            self.words_title.show()

    def _fill_documents(self, case: Case, profile: PayerProfile | None) -> None:
        from app.documents import categories

        names = categories()
        present = {d.category for d in case.documents}
        stage = split_status(case.status)[0] or "preauth"
        if case.status == "draft":
            stage = "preauth"
        self.checklist.clear()
        if profile is not None:
            check = profile.checklist_for(stage)
            for code, required in [(c, True) for c in check.required] + \
                                   [(c, False) for c in check.recommended]:
                have = code in present
                mark = "✓" if have else ("✗" if required else "○")
                kind = self.tr("required") if required else self.tr("recommended")
                state = self.tr("present") if have else self.tr("missing")
                name = category_label(code, names.get(code, ""))
                item = QListWidgetItem(f"{mark}  {name} ({code})\n     {kind}, {state}")
                item.setData(Qt.ItemDataRole.UserRole, (code, have, required))
                if not have and required:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.checklist.addItem(item)
        if self.attach_category.count() == 0:
            for code, text in names.items():
                self.attach_category.addItem(f"{code} · {category_label(code, text)}", code)
        missing = [code for code in (profile.checklist_for(stage).required if profile else [])
                   if code not in present]
        if missing:
            self.attach_category.setCurrentIndex(
                max(self.attach_category.findData(missing[0]), 0))
        self.documents.clear()
        self.reply_docs.clear()
        for d in case.documents:
            name = category_label(d.category, names.get(d.category, ""))
            text = " · ".join((name, d.filename, self.tr("%n page(s)", "", d.pages),
                               self.tr("{0} KB").format(group_indian(max(1, -(-d.size_bytes
                                                                               // 1024))))))
            self.documents.addItem(text)
            pick = QListWidgetItem(text)
            pick.setFlags(pick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            pick.setCheckState(Qt.CheckState.Unchecked)
            pick.setData(Qt.ItemDataRole.UserRole, d.id)
            self.reply_docs.addItem(pick)
        if not case.documents:
            self.documents.addItem(self.tr("No documents yet"))

    def _choose_file(self) -> None:
        if self.case is None:
            return
        dialog = QFileDialog(self, self.tr("Attach documents (PDF, JPG, PNG, TIFF or HEIC)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                                     "*.heic *.heif)"))
        dialog.filesSelected.connect(self.attach_paths)
        self._file_dialog = dialog
        dialog.open()

    def _edit_pages(self) -> None:
        if self.case is None:
            return
        stage, state = split_status(self.case.status)
        if state == "queried":
            stage = "query"
        elif self.case.status == "payment_received":
            stage = "claim"
        self.pages_requested.emit(self.case.id, str(self.attach_category.currentData() or "OTH"),
                                  stage or "preauth")

    def _take_photo(self) -> None:
        if self.case is None:
            return
        category = str(self.attach_category.currentData() or "")
        self.photo_requested.emit(self.case.id, category if category in ("PHT", "PoPr")
                                  else "PoPr")

    def camera_unavailable(self, reason: str) -> None:
        """No camera here: say why, and get the Attach button ready for a photo file."""
        index = self.attach_category.findData("PoPr")
        if index >= 0:
            self.attach_category.setCurrentIndex(index)
        self.attach_errors.hide()
        self.attach_status.setText(reason)

    def _dropped(self, paths: list[str]) -> None:
        self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> None:
        """Ask the window to attach ``paths`` (all or none) under the chosen category."""
        if self.case is None or not paths:
            return
        if self.attach_progress.isVisible():
            self.attach_status.setText(self.tr("Wait until the files being attached are in."))
            return
        category = str(self.attach_category.currentData() or "OTH")
        self.attach_errors.hide()
        self.attach_progress.show()
        self.attach_button.setEnabled(False)
        names = ", ".join(Path(p).name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        self.attach_status.setText(self.tr("Checking and compressing %n file(s): {0}", "",
                                           len(paths)).format(names))
        self.attach_requested.emit(self.case.id, category, list(paths))

    def attach_finished(self, count: int) -> None:
        self.attach_progress.hide()
        self.attach_button.setEnabled(True)
        self.attach_status.setText(self.tr("%n document(s) attached.", "", count))

    def attach_failed(self, lines: list[str], text: str = "") -> None:
        """Each refused file with its reason; nothing was attached."""
        self.attach_progress.hide()
        self.attach_button.setEnabled(True)
        self.attach_status.setText(self.tr("Nothing was attached."))
        self.attach_errors.setText("\n".join(lines) if lines else text)
        self.attach_errors.show()

    def _fill_actions(self, case: Case) -> None:
        while self.buttons_row.count():
            item = self.buttons_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.action_buttons = {}
        keys = actions_for(case.status)
        for key in keys:
            button = QPushButton(self.tr(ACTIONS[key]), self)
            if key in ("reply", "preauth", "discharge", "claim", "acknowledge"):
                button.setObjectName("primary")
            button.clicked.connect(lambda _=False, k=key: self._act(k))
            if key in PERMISSION and not self.allowed(PERMISSION[key]):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role may not do this; ask a supervisor."))
            self.buttons_row.addWidget(button)
            self.action_buttons[key] = button
        self.buttons_row.addStretch(1)
        has_reply = "reply" in keys
        self.reply_text.setVisible(has_reply)
        self.reply_docs.setVisible(has_reply and self.reply_docs.count() > 0)
        self.amount_box.setVisible(bool(NEEDS_AMOUNT & set(keys)))

    def _act(self, key: str) -> None:
        if self.case is None:
            return
        params: dict[str, Any] = {}
        if key == "reply":
            text = self.reply_text.toPlainText().strip()
            if not text:
                self.show_feedback(self.tr("Write the answer to the payer's query first."))
                self.reply_text.setFocus()
                return
            params["text"] = text
            params["document_ids"] = [
                self.reply_docs.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.reply_docs.count())
                if self.reply_docs.item(i).checkState() == Qt.CheckState.Checked]
        if key in NEEDS_AMOUNT:
            try:
                params["amount"] = parse_rupees(self.amount.text())
            except AmountError as exc:
                self.show_feedback(self.tr("Amount: {0}").format(str(exc)))
                self.amount.setFocus()
                return
        self.action_requested.emit(self.case.id, key, params)

    def show_feedback(self, text: str) -> None:
        self.feedback.setText(text)
