"""The pre-submission checks shown before a leg is queued (opened with ``open()``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import category_label, leg_label
from ui.lines import LinesDelegate

# paths the checks name that are not fields of the admission form
_EXTRA_LABELS = {"amount": "Amount", "estimate": "Cost estimate",
                 "estimate.total": "Estimated total", "leg": "Request",
                 "clinical.drug_route": "Route of drugs",
                 "clinical.accident.fir_number": "FIR number",
                 "clinical.line_of_treatment": "Proposed line of treatment"}


def _field_labels() -> dict[str, str]:
    from ui.admission_form import SECTIONS

    labels = {path: label for _title, rows in SECTIONS for path, label, _kind in rows}
    return {**labels, **_EXTRA_LABELS}


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def plain_finding(path: str, message: str, leg: str, *, blocking: bool) -> str:
    """A check's finding in the clerk's words: the document's or field's name as the desk shows
    it, what to do, and where (never an internal path such as ``documents.POI``)."""
    from app.documents import categories

    request = leg_label(leg).lower()
    if path.startswith("documents."):
        code = path.split(".", 1)[1]
        name = f"{category_label(code, categories().get(code, ''))} ({code})"
        if blocking:
            return QCoreApplication.translate(
                "ChecksDialog", "{0} is required before the {1} can be sent. Attach it in the "
                                "case's Documents panel.").format(name, request)
        return QCoreApplication.translate(
            "ChecksDialog", "{0} is usually asked for with the {1}. Attach it in the case's "
                            "Documents panel to avoid a query.").format(name, request)
    label = _field_labels().get(path) or path.rsplit(".", 1)[-1].replace("_", " ").capitalize()
    label = QCoreApplication.translate("AdmissionForm", label)
    words = message.replace(f"the {leg} request", f"the {request}")
    head, sep, todo = words.partition("; ")
    if head.startswith("is required on Part C") and sep:
        return QCoreApplication.translate(
            "ChecksDialog", "{0}: {1} (Part C needs it for the {2}).").format(
            label, _sentence(todo)[:-1], request)
    if words.lower().startswith(label.lower()):  # the message already names the field
        return _sentence(words)
    return QCoreApplication.translate("ChecksDialog", "{0}: {1}").format(label, _sentence(words))


class ChecksDialog(QDialog):
    """Blocking errors (the submit button stays disabled) and warnings (the clerk decides)."""

    confirmed = Signal(str, str)  # case id, leg

    def __init__(self, case_id: str, leg: str, result: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id, self.leg = case_id, leg
        self.setWindowTitle(self.tr("Before sending: {0}").format(leg_label(leg)))
        self.resize(620, 380)
        lay = QVBoxLayout(self)
        errors, warnings = list(result.errors), list(result.warnings)
        if errors:
            head = self.tr("%n problem(s) must be fixed before this can be sent.", "",
                           len(errors))
        elif warnings:
            head = self.tr("Ready to send. Please read the %n warning(s) first: they are common "
                           "reasons for queries and rejections.", "", len(warnings))
        else:
            head = self.tr("All checks passed. The request will be queued and sent as soon as "
                           "the payer can be reached.")
        title = QLabel(head, self)
        title.setWordWrap(True)
        lay.addWidget(title)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Check results"))
        self.items.setWordWrap(True)
        self.items.setItemDelegate(LinesDelegate(self.items))  # whole lines, a margin between
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        for f in errors:
            item = QListWidgetItem("✗  " + plain_finding(f.path, f.message, leg, blocking=True))
            item.setForeground(QColor("#b3261e"))
            item.setData(Qt.ItemDataRole.UserRole, f.path)
            self.items.addItem(item)
        for f in warnings:
            item = QListWidgetItem("!  " + plain_finding(f.path, f.message, leg, blocking=False))
            item.setData(Qt.ItemDataRole.UserRole, f.path)
            self.items.addItem(item)
        lay.addWidget(self.items, 1)
        buttons = QDialogButtonBox(self)
        self.send = buttons.addButton(self.tr("Queue {0}").format(leg_label(leg)),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setObjectName("primary")
        self.send.setEnabled(not errors)
        buttons.addButton(self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.accepted.connect(lambda: self.confirmed.emit(self.case_id, self.leg))
