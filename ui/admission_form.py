"""The admission form: Part C sections in order, keyboard first, validation shown on each field.

The form never touches the store itself: it turns its fields into the admission JSON
(:meth:`AdmissionForm.to_json`) and asks for validation, saving and submitting through signals
that the main window runs in the background.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.admission import (
    ESTIMATE_HEADS,
    AdmissionType,
    Gender,
    RoomCategory,
    Treatment,
)
from app.clocks import IST
from app.money import AmountError, format_inr, group_indian, parse_rupees
from offline.errors import FieldError

DATE_FORMAT = "%d-%m-%Y"
DATETIME_FORMAT = "%d-%m-%Y %H:%M"

Field = QLineEdit | QComboBox | QPlainTextEdit

# (section title, [(path, label, kind)]) in the order of the IRDAI Part C form.
SECTIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("1. Payer and policy", [
        ("coverage.payer", "Payer (TPA / insurer)", "payer"),
        ("coverage.insurer", "Insurer", "text"),
        ("coverage.policy_number", "Policy number", "text"),
        ("coverage.member_id", "Member / card ID", "text"),
        ("coverage.employee_id", "Employee ID", "text"),
        ("coverage.corporate_name", "Corporate name", "text"),
        ("coverage.policy_holder_name", "Policy holder", "text"),
        ("coverage.name_on_id", "Name on ID proof", "text"),
        ("coverage.sum_insured", "Sum insured (₹)", "amount"),
        ("coverage.balance", "Balance (₹)", "amount"),
        ("coverage.room_rent_limit_per_day", "Room rent limit / day (₹)", "amount"),
    ]),
    ("2. Hospital", [
        ("admission.hospital.name", "Hospital name", "text"),
        ("admission.hospital.rohini_id", "Rohini ID", "text"),
        ("admission.hospital.email", "E-mail", "text"),
        ("admission.hospital.address", "Address", "text"),
    ]),
    ("3. Patient", [
        ("patient.name", "Name (as on policy)", "text"),
        ("patient.gender", "Gender", "gender"),
        ("patient.dob", "Date of birth (DD-MM-YYYY)", "date"),
        ("patient.phone", "Contact number", "text"),
        ("patient.relative_phone", "Attending relative's number", "text"),
        ("patient.abha_number", "ABHA number", "text"),
        ("patient.abha_address", "ABHA address", "text"),
        ("patient.aadhaar", "Aadhaar (only last 4 kept)", "text"),
        ("patient.mr_number", "MR number", "text"),
        ("patient.occupation", "Occupation", "text"),
        ("patient.address.line", "Address", "text"),
        ("patient.address.city", "City", "text"),
        ("patient.address.state", "State", "text"),
        ("patient.address.pin", "PIN code", "text"),
    ]),
    ("4. Treating doctor and illness", [
        ("admission.doctor.name", "Treating doctor", "text"),
        ("admission.doctor.phone", "Doctor's contact", "text"),
        ("admission.doctor.registration_number", "Registration number", "text"),
        ("clinical.complaints", "Nature of illness / complaints", "long"),
        ("clinical.findings", "Relevant clinical findings", "long"),
        ("clinical.ailment_duration_days", "Duration of ailment (days)", "int"),
        ("clinical.past_history", "Past history", "text"),
        ("clinical.diagnoses[0].icd10", "Provisional diagnosis: ICD-10", "icd"),
        ("clinical.diagnoses[0].text", "Diagnosis in words", "text"),
        ("clinical.line_of_treatment", "Proposed line of treatment", "treatment"),
        ("clinical.procedure.name", "Name of surgery", "text"),
        ("clinical.procedure.icd10_pcs", "Surgery ICD-10-PCS", "text"),
    ]),
    ("5. Admission", [
        ("admission.admitted_at", "Admitted on (DD-MM-YYYY HH:MM)", "datetime"),
        ("admission.type", "Emergency or planned", "adm_type"),
        ("admission.room_category", "Room type", "room"),
        ("admission.expected_days", "Expected length of stay (days)", "int"),
        ("admission.icu_days", "Days in ICU", "int"),
        ("admission.discharge_at", "Discharge (DD-MM-YYYY HH:MM)", "datetime"),
    ]),
]
ROOM_RENT_PATH = "estimate.room_rent_per_day"
# what each choice reads as (the value set's code is the combo box's data)
CHOICE_TEXT: dict[str, object] = {
    Gender.MALE: QT_TRANSLATE_NOOP("AdmissionForm", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("AdmissionForm", "Female"),
    Gender.THIRD_GENDER: QT_TRANSLATE_NOOP("AdmissionForm", "Third gender"),
    AdmissionType.EMERGENCY: QT_TRANSLATE_NOOP("AdmissionForm", "Emergency"),
    AdmissionType.PLANNED: QT_TRANSLATE_NOOP("AdmissionForm", "Planned"),
    RoomCategory.GENERAL_WARD: QT_TRANSLATE_NOOP("AdmissionForm", "General ward"),
    RoomCategory.SEMI_PRIVATE: QT_TRANSLATE_NOOP("AdmissionForm", "Semi-private"),
    RoomCategory.PRIVATE: QT_TRANSLATE_NOOP("AdmissionForm", "Private"),
    RoomCategory.DELUXE: QT_TRANSLATE_NOOP("AdmissionForm", "Deluxe"),
    RoomCategory.ICU: QT_TRANSLATE_NOOP("AdmissionForm", "ICU"),
    Treatment.MEDICAL: QT_TRANSLATE_NOOP("AdmissionForm", "Medical"),
    Treatment.SURGICAL: QT_TRANSLATE_NOOP("AdmissionForm", "Surgical"),
    Treatment.INTENSIVE_CARE: QT_TRANSLATE_NOOP("AdmissionForm", "Intensive care"),
    Treatment.INVESTIGATION: QT_TRANSLATE_NOOP("AdmissionForm", "Investigation"),
    Treatment.NON_ALLOPATHIC: QT_TRANSLATE_NOOP("AdmissionForm", "Non-allopathic"),
}


def _choices(values: Any, blank: bool = True) -> list[tuple[str, str]]:
    """(value, English text) for a combo box; "—" for no choice. A value added to the value set
    without a line in CHOICE_TEXT reads as its words (tests/test_ui_i18n.py notices it)."""
    out = [("", "—")] if blank else []
    return out + [(v.value, str(CHOICE_TEXT.get(v.value) or v.value.replace("_", " ")
                                .capitalize())) for v in values]


_CHOICES: dict[str, list[tuple[str, str]]] = {
    "gender": _choices(Gender),
    "adm_type": _choices(AdmissionType, blank=False),
    "room": _choices(RoomCategory),
    "treatment": _choices(Treatment),
}


def _set_path(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    cur: Any = data
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part.endswith("]"):
            name, idx = part[:-1].split("[")
            lst = cur.setdefault(name, [])
            while len(lst) <= int(idx):
                lst.append({})
            if last:
                lst[int(idx)] = value
            cur = lst[int(idx)]
        elif last:
            cur[part] = value
        else:
            cur = cur.setdefault(part, {})


def _get_path(data: Any, path: str) -> Any:
    cur = data
    for part in path.split("."):
        if cur is None:
            return None
        if part.endswith("]"):
            name, idx = part[:-1].split("[")
            lst = cur.get(name) or []
            cur = lst[int(idx)] if len(lst) > int(idx) else None
        else:
            cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


class AdmissionForm(QWidget):
    """Signals carry the admission JSON; the window does the store work in the background."""

    save_requested = Signal(object)          # dict
    validate_requested = Signal(object)      # dict (plus local errors via field_errors)
    submit_requested = Signal(object)        # dict
    eligibility_requested = Signal()
    icd_search_requested = Signal(str)
    abha_file_chosen = Signal(str)           # image path: the window decodes it off the GUI thread
    abha_offered = Signal(object)            # the AbhaConfirmDialog, once it is open
    insurance_file_chosen = Signal(str)      # image path of an insurance / TPA card
    insurance_offered = Signal(object)       # its confirmation (an AbhaConfirmDialog), open
    changed = Signal()

    def __init__(self, payers: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.case_id: str | None = None
        self.draft_id: str | None = None   # the incomplete draft holding what was typed
        self.owner: str | None = None      # the clerk whose form this is (drafts are theirs)
        self.session = 0                   # bumped at each load: saves of one filling-in
        self.editable = True
        self.dirty = False
        self.edits = 0                     # counts changes: did the clerk type during a save?
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, QLabel] = {}
        self.estimate: dict[str, QLineEdit] = {}
        self._payers = payers or []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("New admission"), self)
        self.title.setObjectName("pageTitle")
        self.state = QLabel(self.tr("Not saved yet"), self)
        self.state.setObjectName("muted")
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.state)
        outer.addLayout(head)
        self.summary = QLabel("", self)
        self.summary.setObjectName("fieldError")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        body.setObjectName("page")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setSpacing(12)
        for title, rows in SECTIONS:
            lay = self._section(body, title, rows)
            if rows[0][0].startswith("patient."):
                lay.insertLayout(1, self._abha_row(body))
            elif rows[0][0].startswith("coverage."):
                lay.insertLayout(1, self._insurance_row(body))
        self._estimate_section(body)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        outer.addLayout(self._buttons())
        self._wire_changes()
        self._fix_tab_order()

    # ---------------------------------------------------------------- building

    def _card(self, parent: QWidget, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(parent)
        card.setObjectName("card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(18, 12, 18, 14)
        label = QLabel(self.tr(title), card)
        label.setObjectName("sectionTitle")
        lay.addWidget(label)
        self.body_layout.addWidget(card)
        return card, lay

    def _abha_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.abha_button = QPushButton(self.tr("Read &ABHA card…"), parent)
        self.abha_button.setAccessibleName(self.tr("Read ABHA card"))
        self.abha_button.setToolTip(self.tr("Copy the patient's details from a photo or scan of "
                                            "the ABHA card's QR code; you confirm each one"))
        self.abha_button.clicked.connect(self.choose_abha_card)
        self.abha_note = QLabel("", parent)
        self.abha_note.setObjectName("muted")
        self.abha_note.setWordWrap(True)
        self.abha_note.setAccessibleName(self.tr("ABHA card reading"))
        row.addWidget(self.abha_button)
        row.addWidget(self.abha_note, 1)
        return row

    def _insurance_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.insurance_button = QPushButton(self.tr("Read &insurance card…"), parent)
        self.insurance_button.setAccessibleName(self.tr("Read insurance card"))
        self.insurance_button.setToolTip(self.tr("Copy the policy and member numbers from a "
                                                 "photo or scan of the insurance or TPA card's "
                                                 "QR code or barcode; you confirm each one"))
        self.insurance_button.clicked.connect(self.choose_insurance_card)
        self.insurance_note = QLabel("", parent)
        self.insurance_note.setObjectName("muted")
        self.insurance_note.setWordWrap(True)
        self.insurance_note.setAccessibleName(self.tr("Insurance card reading"))
        row.addWidget(self.insurance_button)
        row.addWidget(self.insurance_note, 1)
        return row

    def _section(self, parent: QWidget, title: str, rows: list[tuple[str, str, str]]
                 ) -> QVBoxLayout:
        card, lay = self._card(parent, title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        half = (len(rows) + 1) // 2
        for i, (path, label, kind) in enumerate(rows):
            col = 0 if i < half else 2
            r = (i if i < half else i - half) * 2
            widget = self._make(card, path, kind)
            text = QLabel(self.tr(label), card)
            text.setBuddy(widget)
            text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            err = QLabel("", card)
            err.setObjectName("fieldError")
            err.setWordWrap(True)
            err.hide()
            widget.setAccessibleName(self.tr(label))
            self.fields[path] = widget
            self.errors[path] = err
            grid.addWidget(text, r, col)
            grid.addWidget(widget, r, col + 1)
            grid.addWidget(err, r + 1, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(0, 190)
        grid.setColumnMinimumWidth(2, 190)
        lay.addLayout(grid)
        return lay

    def _make(self, parent: QWidget, path: str, kind: str) -> Field:
        if kind == "long":
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            return edit
        if kind in _CHOICES or kind == "payer":
            combo = QComboBox(parent)
            if kind == "payer":
                for value, text in self._payers:
                    combo.addItem(text, value)
            else:
                for value, text in _CHOICES[kind]:
                    combo.addItem(text if text == "—" else self.tr(text), value)
            return combo
        line = QLineEdit(parent)
        if kind == "date":
            line.setPlaceholderText("21-03-1984")
        elif kind == "datetime":
            line.setPlaceholderText("03-12-2026 09:30")
        elif kind == "amount":
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
            line.setPlaceholderText("0")
        elif kind == "icd":
            line.setPlaceholderText(self.tr("code or words, e.g. K35.8 or appendicitis"))
            self.icd_model = QStringListModel(self)
            completer = QCompleter(self.icd_model, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.activated.connect(self._icd_chosen)
            line.setCompleter(completer)
            line.textEdited.connect(self._icd_typed)
            self.icd_completer = completer
        line.setProperty("kind", kind)
        return line

    def _estimate_section(self, parent: QWidget) -> None:
        card, lay = self._card(parent, "6. Estimated cost (₹)")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        heads = [(f"estimate.{k}", label) for k, label, _ in ESTIMATE_HEADS]
        heads.insert(1, (ROOM_RENT_PATH, "Room rent per day"))
        for r, (path, label) in enumerate(heads):
            edit = QLineEdit(card)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText("0")
            edit.setAccessibleName(self.tr(label))
            edit.setMaximumWidth(180)
            text = QLabel(self.tr(label), card)
            text.setBuddy(edit)
            err = QLabel("", card)
            err.setObjectName("fieldError")
            err.hide()
            self.fields[path] = edit
            self.errors[path] = err
            if path != ROOM_RENT_PATH:
                self.estimate[path] = edit
                edit.textChanged.connect(self._update_total)
            grid.addWidget(text, r, 0)
            grid.addWidget(edit, r, 1)
            grid.addWidget(err, r, 2)
        self.total = QLabel(format_inr(0), card)
        self.total.setObjectName("pageTitle")
        self.total.setAccessibleName(self.tr("Estimated total"))
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        total_label = QLabel(self.tr("Total"), card)
        total_label.setObjectName("sectionTitle")
        n = len(heads)
        grid.addWidget(total_label, n, 0)
        grid.addWidget(self.total, n, 1)
        self.errors["estimate.total"] = QLabel("", card)
        self.errors["estimate.total"].setObjectName("fieldError")
        grid.addWidget(self.errors["estimate.total"], n, 2)
        grid.setColumnStretch(2, 1)
        lay.addLayout(grid)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.eligibility_button = QPushButton(self.tr("Check &eligibility"), self)
        self.eligibility_result = QLabel("", self)
        self.eligibility_result.setObjectName("muted")
        self.save_button = QPushButton(self.tr("&Save draft"), self)
        self.save_button.setShortcut("Ctrl+S")
        self.submit_button = QPushButton(self.tr("Check and s&ubmit pre-auth…"), self)
        self.submit_button.setObjectName("primary")
        row.addWidget(self.eligibility_button)
        row.addWidget(self.eligibility_result, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.submit_button)
        self.save_button.clicked.connect(self.request_save)
        self.submit_button.clicked.connect(lambda: self.submit_requested.emit(self.to_json()))
        self.eligibility_button.clicked.connect(self.eligibility_requested)
        return row

    def _wire_changes(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._mark_dirty)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._mark_dirty)
            else:
                widget.textChanged.connect(self._mark_dirty)

    def _fix_tab_order(self) -> None:
        order: list[QWidget] = []
        for path, widget in self.fields.items():
            if path == "patient.name":  # "Read ABHA card…" opens the patient section
                order.append(self.abha_button)
            elif path == "coverage.payer":  # "Read insurance card…" opens the policy section
                order.append(self.insurance_button)
            order.append(widget)
        order += [self.eligibility_button, self.save_button, self.submit_button]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    # ---------------------------------------------------------------- behaviour

    def _mark_dirty(self, *_: object) -> None:
        self.edits += 1
        if not self.dirty:
            self.dirty = True
            self.state.setText(self.tr("Unsaved changes"))
        self.changed.emit()

    def _icd_typed(self, text: str) -> None:
        if len(text.strip()) >= 2:
            self.icd_search_requested.emit(text)

    def show_icd_matches(self, matches: list[tuple[str, str]]) -> None:
        self.icd_model.setStringList([f"{code} — {text}" for code, text in matches])
        edit = self.fields["clinical.diagnoses[0].icd10"]
        if edit.hasFocus() and matches:
            self.icd_completer.complete()

    def _icd_chosen(self, text: str) -> None:
        code, _, words = text.partition(" — ")
        code_edit = self.fields["clinical.diagnoses[0].icd10"]
        assert isinstance(code_edit, QLineEdit)
        code_edit.setText(code)
        words_edit = self.fields["clinical.diagnoses[0].text"]
        if isinstance(words_edit, QLineEdit) and not words_edit.text().strip():
            words_edit.setText(words)
        self._mark_dirty()

    # ---------------------------------------------------------------- ABHA card

    def choose_abha_card(self) -> None:
        from ui.abha_prefill import IMAGE_FILTER

        dialog = QFileDialog(self, self.tr("Read the ABHA card: choose its photo or scan"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr(IMAGE_FILTER))
        dialog.fileSelected.connect(self.read_abha_file)
        self.abha_file_dialog = dialog
        dialog.open()

    def read_abha_file(self, path: str) -> None:
        self.abha_note.setText(self.tr("Reading the card…"))
        self.abha_file_chosen.emit(path)

    def abha_failed(self, text: str) -> None:
        self.abha_note.setText(text)

    def offer_abha(self, card: Any) -> None:
        """Show what the card would change; nothing changes until the clerk confirms."""
        from ui.abha_prefill import AbhaConfirmDialog, proposed_changes

        if card is None:
            self.abha_note.setText(self.tr("No ABHA QR code was found on that picture. Take a "
                                           "sharper photo of the whole card, flat and well lit, "
                                           "or type the details."))
            return
        current = {path: self.value(path) for path in self.fields}
        labels = {path: self.fields[path].accessibleName() for path in self.fields}
        changes = self._shown(proposed_changes(card, current, labels))
        if not changes:
            self.abha_note.setText(self.tr("The card matches the form; nothing to change."))
            return
        note = ""
        if card.date_of_birth is None and card.birth_year is not None:
            note = self.tr("The card gives only the year of birth ({0}); type the full date "
                           "of birth.").format(card.birth_year)
        dialog = AbhaConfirmDialog(changes, note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.apply_changes)
        dialog.rejected.connect(lambda: self.abha_note.setText(
            self.tr("Nothing was copied from the card.")))
        self.abha_note.setText(self.tr("Confirm the details to copy from the card."))
        self.abha_dialog = dialog
        dialog.open()
        self.abha_offered.emit(dialog)

    def _shown(self, changes: list[Any]) -> list[Any]:
        """The changes with a choice's words for a choice field ("Female", not ``female``)."""
        from dataclasses import replace

        out = []
        for change in changes:
            combo = self.fields.get(change.path)
            if isinstance(combo, QComboBox):
                def words(value: str, box: QComboBox = combo) -> str:
                    index = box.findData(value)
                    return box.itemText(index) if value and index >= 0 else value
                change = replace(change, old_text=words(change.old), new_text=words(change.new))
            out.append(change)
        return out

    def apply_changes(self, changes: list[Any], card: str = "abha") -> None:
        """Copy the details the clerk ticked (from the ABHA card, or ``card="insurance"``)."""
        note = self.insurance_note if card == "insurance" else self.abha_note
        for change in changes:
            self.set_value(change.path, change.new)
        if not changes:
            note.setText(self.tr("Nothing was copied from the card."))
            return
        self._mark_dirty()
        note.setText(self.tr("Copied %n detail(s) from the insurance card.", "", len(changes))
                     if card == "insurance" else
                     self.tr("Copied %n detail(s) from the ABHA card.", "", len(changes)))

    # ---------------------------------------------------------------- insurance card

    def choose_insurance_card(self) -> None:
        from ui.abha_prefill import IMAGE_FILTER

        dialog = QFileDialog(self, self.tr("Read the insurance card: choose its photo or scan"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr(IMAGE_FILTER))
        dialog.fileSelected.connect(self.read_insurance_file)
        self.insurance_file_dialog = dialog
        dialog.open()

    def read_insurance_file(self, path: str) -> None:
        self.insurance_note.setText(self.tr("Reading the card…"))
        self.insurance_file_chosen.emit(path)

    def insurance_failed(self, text: str) -> None:
        self.insurance_note.setText(text)

    def offer_insurance(self, card: Any) -> None:
        """Show what the insurance card would change; nothing changes until the clerk
        confirms (the same confirmation as for the ABHA card)."""
        from ui.abha_prefill import AbhaConfirmDialog, insurance_changes, other_numbers

        if card is None:
            self.insurance_note.setText(self.tr(
                "No policy or member number was found in a QR code or barcode on that picture. "
                "Take a sharper photo of the whole card, flat and well lit, or type the "
                "numbers."))
            return
        current = {path: self.value(path) for path in self.fields}
        labels = {path: self.fields[path].accessibleName() for path in self.fields}
        changes = self._shown(insurance_changes(card, current, labels))
        others = other_numbers(card)
        if not changes:
            self.insurance_note.setText(self.tr("The card matches the form; nothing to change."))
            return
        note = (self.tr("The card also shows {0}; check which number is right.").format(
            ", ".join(others)) if others else "")
        dialog = AbhaConfirmDialog(changes, note, self, card="insurance")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda chosen: self.apply_changes(chosen, "insurance"))
        dialog.rejected.connect(lambda: self.insurance_note.setText(
            self.tr("Nothing was copied from the card.")))
        self.insurance_note.setText(self.tr("Confirm the details to copy from the card."))
        self.insurance_dialog = dialog
        dialog.open()
        self.insurance_offered.emit(dialog)

    def _update_total(self) -> None:
        total = 0
        for edit in self.estimate.values():
            try:
                total += parse_rupees(edit.text()) if edit.text().strip() else 0
            except AmountError:
                continue
        self.total.setText(format_inr(total))

    def set_payers(self, payers: list[tuple[str, str]]) -> None:
        """The payer choices (code, name) from the store's payer profiles."""
        combo = self.fields["coverage.payer"]
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        combo.clear()
        for code, name in payers:
            combo.addItem(f"{name} ({code})", code)
        if current:
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def estimate_total(self) -> str:
        return self.total.text()

    def request_save(self) -> None:
        self.save_requested.emit(self.to_json())

    def raw_fields(self) -> dict[str, str]:
        """Every filled-in field exactly as typed (the incomplete draft keeps these)."""
        return {path: self.value(path) for path in self.fields if self.value(path).strip()}

    def set_eligibility(self, text: str) -> None:
        self.eligibility_result.setText(text)

    # ---------------------------------------------------------------- values

    def value(self, path: str) -> str:
        w = self.fields[path]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QComboBox):
            return str(w.currentData() or "")
        return w.toPlainText()

    def set_value(self, path: str, value: str) -> None:
        w = self.fields[path]
        if isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            w.setCurrentIndex(max(i, 0))
        else:
            w.setPlainText(value)

    def to_json(self) -> dict[str, Any]:
        """The admission JSON from the fields; unparseable values stay as typed so that the
        validators name them (``local_errors`` explains them in plain words)."""
        data: dict[str, Any] = {"patient": {}, "coverage": {}, "admission": {},
                                "clinical": {"diagnoses": []}, "estimate": {}}
        for path, widget in self.fields.items():
            raw = self.value(path).strip()
            if not raw:
                continue
            kind = widget.property("kind") if isinstance(widget, QLineEdit) else None
            value: Any = raw
            if kind == "date":
                value = _date_iso(raw) or raw
            elif kind == "datetime":
                value = _datetime_iso(raw) or raw
            elif kind == "int":
                value = int(raw) if raw.isdigit() else raw
            elif kind == "amount" or path.startswith("estimate."):
                try:
                    value = parse_rupees(raw) / 100
                except AmountError:
                    value = raw
            elif path == "clinical.line_of_treatment":
                value = [raw]
            _set_path(data, path, value)
        diags = data["clinical"].get("diagnoses") or []
        data["clinical"]["diagnoses"] = [d for d in diags if d]
        if "procedure" in data["clinical"] and not data["clinical"]["procedure"]:
            del data["clinical"]["procedure"]
        return data

    def local_errors(self) -> list[FieldError]:
        """Problems the form sees before the validators: date formats and amounts."""
        out: list[FieldError] = []
        for path, widget in self.fields.items():
            raw = self.value(path).strip()
            if not raw or not isinstance(widget, QLineEdit):
                continue
            kind = widget.property("kind")
            if kind == "date" and _date_iso(raw) is None:
                out.append(FieldError(path, "write the date as DD-MM-YYYY, for example 21-03-1984"))
            elif kind == "datetime" and _datetime_iso(raw) is None:
                out.append(FieldError(path, "write date and time as DD-MM-YYYY HH:MM, for "
                                            "example 03-12-2026 09:30"))
            elif kind == "int" and not raw.isdigit():
                out.append(FieldError(path, "write a whole number of days"))
            elif kind == "amount" or path.startswith("estimate."):
                try:
                    parse_rupees(raw)
                except AmountError as exc:
                    out.append(FieldError(path, str(exc)))
        return out

    def load_fields(self, draft_id: str, case_id: str | None, fields: dict[str, str], *,
                    owner: str, saved_at: str = "") -> None:
        """Fill the form from an incomplete draft: every field exactly as it was typed."""
        self.load(case_id, None, editable=True, owner=owner)
        for path, text in fields.items():
            if path in self.fields:
                self.set_value(path, text)
        self.draft_id = draft_id
        self.title.setText(self.tr("Admission {0}").format(case_id) if case_id
                           else self.tr("Unfinished admission (not a case yet)"))
        self.state.setText(self.tr("Incomplete draft saved {0}").format(saved_at) if saved_at
                           else self.tr("Incomplete draft"))
        self.dirty = False
        self._update_total()

    def load(self, case_id: str | None, data: dict[str, Any] | None, *, editable: bool,
             owner: str | None = None) -> None:
        """Fill the form from an admission JSON (``None``: an empty new admission)."""
        self.case_id = case_id
        self.draft_id = None
        self.owner = owner
        self.session += 1
        self.editable = editable
        self.title.setText(self.tr("Admission {0}").format(case_id) if case_id
                           else self.tr("New admission"))
        for path, widget in self.fields.items():
            raw = _get_path(data or {}, path)
            kind = widget.property("kind") if isinstance(widget, QLineEdit) else None
            if path == "clinical.line_of_treatment":
                raw = raw[0] if raw else ""
            text = "" if raw is None else str(raw)
            if raw is not None and kind == "date":
                text = _show_date(str(raw))
            elif raw is not None and kind == "datetime":
                text = _show_datetime(str(raw))
            elif raw is not None and (kind == "amount" or path.startswith("estimate.")):
                text = group_indian(int(raw)) if float(raw).is_integer() else str(raw)
            if isinstance(widget, QComboBox) and raw is None and path == "admission.type":
                text = "emergency"
            self.set_value(path, text)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(True)
        self.show_errors([])
        self.dirty = False
        self.state.setText(self.tr("Saved") if case_id else self.tr("Not saved yet"))
        self._update_total()

    def mark_saved(self, case_id: str) -> None:
        self.case_id = case_id
        self.draft_id = None
        self.dirty = False
        self.title.setText(self.tr("Admission {0}").format(case_id))
        now = datetime.now(UTC).astimezone(IST).strftime(DATETIME_FORMAT)
        self.state.setText(self.tr("Draft saved {0}").format(now))

    def mark_draft_saved(self, draft_id: str, problems: int | None, *, clean: bool) -> None:
        """An incomplete draft was kept (``problems``: how many things are left, None for an
        autosave, which does not check); ``clean``: nothing was typed since the save began."""
        self.draft_id = draft_id
        if clean:
            self.dirty = False
        now = datetime.now(UTC).astimezone(IST).strftime("%H:%M:%S")
        if problems is None:
            text = self.tr("Autosaved {0} (incomplete draft)").format(now)
        elif problems == 1:
            text = self.tr("Incomplete draft saved {0} · 1 thing left to complete").format(now)
        else:
            text = self.tr("Incomplete draft saved {0} · {1} things left to complete").format(
                now, problems)
        self.state.setText(text if clean else self.tr("Unsaved changes"))
        if self.case_id is None:
            self.title.setText(self.tr("Unfinished admission (not a case yet)"))

    # ---------------------------------------------------------------- errors

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message under its field; messages for fields not on the form go on top."""
        for path, label in self.errors.items():
            label.clear()
            label.hide()
            widget = self.fields.get(path)
            if widget is not None:
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        unplaced: list[str] = []
        first: QWidget | None = None
        for e in errors:
            path = self._field_for(e.path)
            if path is None:
                unplaced.append(f"{e.path}: {e.message}")
                continue
            label = self.errors[path]
            message = e.message[:1].upper() + e.message[1:]
            label.setText(message if not label.text() else f"{label.text()}\n{message}")
            label.show()
            widget = self.fields.get(path)
            if widget is not None:
                widget.setProperty("invalid", True)
                widget.setAccessibleDescription(e.message)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                first = first or widget
        if errors:
            n = len(errors)
            head = (self.tr("Kept as an incomplete draft. 1 thing to complete or correct "
                            "before it becomes a case (shown on the field).") if n == 1 else
                    self.tr("Kept as an incomplete draft. {0} things to complete or correct "
                            "before it becomes a case (shown on the fields).").format(n))
            self.summary.setText("\n".join([head, *unplaced]))
        else:
            self.summary.setText("")
        if first is not None:
            first.setFocus()

    def _field_for(self, path: str) -> str | None:
        if path in self.errors:
            return path
        if path.startswith("clinical.diagnoses"):
            return ("clinical.diagnoses[0].text" if path.endswith("text")
                    else "clinical.diagnoses[0].icd10")
        if path == "patient.aadhaar_last4":
            return "patient.aadhaar"
        if path.startswith("estimate"):
            return "estimate.total"
        parent = path.rsplit(".", 1)[0]
        return parent if parent in self.errors else None

    def error_text(self, path: str) -> str:
        return self.errors[path].text() if self.errors[path].isVisible() or \
            self.errors[path].text() else ""


def _date_iso(text: str) -> str | None:
    for fmt in (DATE_FORMAT, "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _datetime_iso(text: str) -> str | None:
    for fmt in (DATETIME_FORMAT, "%d/%m/%Y %H:%M"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=IST).isoformat()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _show_date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime(DATE_FORMAT)
    except ValueError:
        return iso


def _show_datetime(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is not None:
        when = when.astimezone(IST)
    return when.strftime(DATETIME_FORMAT)
