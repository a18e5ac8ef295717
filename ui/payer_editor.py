"""Settings → Payers: add or edit one payer profile (a live TPA or insurer).

The editor is a form over :class:`app.payers.PayerProfile`. It never touches the store: it turns
its fields into a profile (:meth:`PayerEditor.profile`) and asks for it to be saved through
``save_requested``; the window runs ``app.payers.save_profile`` (which validates every field) and
``PayerSecrets.set`` in the background and hands the outcome back (:meth:`show_saved`,
:meth:`show_errors`). The secret is typed masked, sent once with the save and cleared from the
screen; it never goes into the profile.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.payers import (
    AUTH_HEADERS,
    AUTH_STYLES,
    JWE_ALGS,
    JWE_ENCS,
    QUERY_CHANNELS,
    TIMESTAMP_FORMATS,
    TOKEN_FORMATS,
    WORKFLOW_MODES,
    PayerProfile,
    missing_for_sending,
)
from offline.errors import FieldError
from ui.formatting import leg_label

KiB = 1024
SLA_STAGES = ("preauth", "enhancement", "discharge")

# (field, label, kind, help) in the order a clerk fills them from the payer's onboarding letter
TEXT_FIELDS: list[tuple[str, str, str]] = [
    ("code", "Short code", "lower-case, e.g. star-health; cannot change later"),
    ("name", "Name", "as the clerks know it, e.g. Star Health"),
    ("insurer", "Insurer", ""),
    ("payer_participant_code", "Payer participant code", "e.g. 1000003538@hcx"),
    ("provider_participant_code", "Our participant code", "this hospital's code at the exchange"),
    ("exchange_url", "Exchange URL", "https://…"),
    ("relay_url", "Relay (inbox) URL", "https://…"),
    ("token_url", "Token URL", "empty: the exchange's /auth/token"),
    ("api_prefix", "API prefix", "e.g. /v1"),
    ("username", "User name / client id", ""),
    ("client_id", "Client id (password login)", "only if the payer asks for one"),
]
CHOICE_FIELDS: list[tuple[str, str, tuple[str, ...]]] = [
    ("auth_style", "Login style", AUTH_STYLES),
    ("auth_header", "Auth header", AUTH_HEADERS),
    ("token_format", "Token request format", TOKEN_FORMATS),
    ("jwe_alg", "Key encryption (JWE alg)", JWE_ALGS),
    ("jwe_enc", "Content encryption (JWE enc)", JWE_ENCS),
    ("timestamp_format", "Timestamp format", TIMESTAMP_FORMATS),
    ("workflow_mode", "Workflow id", WORKFLOW_MODES),
    ("query_channel", "Query answers go as", QUERY_CHANNELS),
]
CHOICE_TEXT = {
    "password": "password (HCX)", "client_credentials": "client credentials (NHCX)",
    "Authorization": "Authorization: Bearer …", "bearer_auth": "bearer_auth (NHCX)",
    "form": "form (OAuth2)", "json": "JSON (NHCX gateway)",
    "iso8601": "ISO-8601, +05:30", "unix_ms": "Unix milliseconds",
    "nhcx": "NHCX stage codes", "episode": "one UUID per case",
    "communication": "Communication", "claim": "resubmitted Claim",
}


def secret_missing(where: str | None) -> FieldError | None:
    """The desk's own addition to :func:`missing_for_sending`: a live payer needs a secret."""
    if where:
        return None
    return FieldError("secret", "no password / client secret saved yet.")


class PayerEditor(QWidget):
    """Emits ``save_requested(profile, secret)``; ``secret`` is "" when unchanged."""

    save_requested = Signal(object, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base: PayerProfile | None = None
        self.secret_where: str | None = None
        self.fields: dict[str, QLineEdit | QComboBox | QSpinBox | QCheckBox] = {}
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("New payer"), self)
        self.title.setObjectName("sectionTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        outer.addLayout(head)
        self.summary = QLabel("", self)
        self.summary.setObjectName("fieldError")
        self.summary.setWordWrap(True)
        self.summary.hide()
        outer.addWidget(self.summary)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        body.setObjectName("editorBody")
        body.setStyleSheet("QWidget#editorBody { background: #ffffff; }")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 4, 8, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        row = 0
        for name, label, hint in TEXT_FIELDS:
            edit = QLineEdit(body)
            edit.setPlaceholderText(self.tr(hint) if hint else "")
            row = self._add(grid, row, name, label, edit)
        for name, label, options in CHOICE_FIELDS:
            combo = QComboBox(body)
            for value in options:
                combo.addItem(self.tr(CHOICE_TEXT.get(value, value)), value)
            row = self._add(grid, row, name, label, combo)
        for stage in SLA_STAGES:
            spin = QSpinBox(body)
            spin.setRange(0, 7 * 24 * 60)
            spin.setSuffix(self.tr(" min"))
            spin.setSpecialValueText(self.tr("no clock"))
            row = self._add(grid, row, f"sla_minutes.{stage}",
                            self.tr("{0}: answer due within").format(leg_label(stage)), spin)
        emergency = QCheckBox(self.tr("Pre-auth clock for emergencies only"), body)
        row = self._add(grid, row, "preauth_sla_emergency_only", "", emergency)
        for name, label, top in (("max_document_bytes", "Largest document", 50 * 1024),
                                 ("max_bundle_bytes", "Largest message", 500 * 1024)):
            spin = QSpinBox(body)
            spin.setRange(0, top)
            spin.setSingleStep(256)
            spin.setSuffix(self.tr(" KB"))
            row = self._add(grid, row, name, label, spin)
        self.secret = QLineEdit(body)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("type to set or replace; never shown"))
        row = self._add(grid, row, "secret", "Password / client secret", self.secret)
        self.secret_state = QLabel("", body)
        self.secret_state.setObjectName("muted")
        grid.addWidget(self.secret_state, row, 1)
        row += 1
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.missing = QLabel("", self)
        self.missing.setObjectName("missingBox")
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("What is still missing to send"))
        self.missing.setStyleSheet("QLabel#missingBox { background: #f9fbfd; border: 1px solid "
                                   "#dde3ea; border-radius: 6px; padding: 6px 10px; }")
        outer.addWidget(self.missing)
        buttons = QHBoxLayout()
        self.note = QLabel("", self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save payer"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.request_save)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._update_missing)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._update_missing)
        order = [*self.fields.values(), self.save_button]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        self.edit(None)

    def _add(self, grid: QGridLayout, row: int, name: str, label: str, widget: QWidget) -> int:
        text = QLabel(self.tr(label), widget.parentWidget())
        text.setBuddy(widget)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        err = QLabel("", widget.parentWidget())
        err.setObjectName("fieldError")
        err.setWordWrap(True)
        err.hide()
        widget.setAccessibleName(self.tr(label) if label else name)
        grid.addWidget(text, row, 0)
        grid.addWidget(widget, row, 1)
        grid.addWidget(err, row + 1, 1)
        self.fields[name] = widget  # type: ignore[assignment]
        self.errors[name] = err
        return row + 2

    # ------------------------------------------------------------------ filling

    def edit(self, profile: PayerProfile | None, secret_where: str | None = None) -> None:
        """Show ``profile`` for editing (None: a new, empty live payer)."""
        self.base = profile
        self.secret_where = secret_where
        shown = profile or PayerProfile(code="", name="")
        code = self.fields["code"]
        assert isinstance(code, QLineEdit)
        code.setReadOnly(profile is not None)
        self.title.setText(self.tr("New payer") if profile is None else
                           self.tr("{0} ({1})").format(profile.name, profile.code))
        for name, widget in self.fields.items():
            if name == "secret":
                continue
            if name.startswith("sla_minutes."):
                value: Any = shown.sla_minutes.get(name.split(".", 1)[1], 0)
            else:
                value = getattr(shown, name)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif name.startswith("max_"):
                widget.setValue(int(value) // KiB)
            else:
                widget.setValue(int(value))
        self.secret.clear()
        self.secret_state.setText(self._secret_text(secret_where))
        self.note.clear()
        self.show_errors([])
        self._update_missing()

    def _secret_text(self, where: str | None) -> str:
        if where == "keyring":
            return self.tr("A secret is saved in this computer's keyring.")
        if where == "store":
            return self.tr("A secret is saved in the encrypted store (no keyring here).")
        return self.tr("No secret saved yet.")

    def profile(self) -> PayerProfile:
        """The profile as the fields say (checklist and training flag kept from the original)."""
        values: dict[str, Any] = {}
        sla = dict(self.base.sla_minutes) if self.base else {}
        for name, widget in self.fields.items():
            if name == "secret":
                continue
            if isinstance(widget, QLineEdit):
                value: Any = widget.text().strip()
            elif isinstance(widget, QComboBox):
                value = str(widget.currentData())
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif name.startswith("max_"):
                value = widget.value() * KiB
            else:
                value = widget.value()
            if name.startswith("sla_minutes."):
                stage = name.split(".", 1)[1]
                if value:
                    sla[stage] = int(value)
                else:
                    sla.pop(stage, None)
                continue
            values[name] = value
        values["sla_minutes"] = sla
        base = self.base or PayerProfile(code=values["code"], name=values["name"])
        return replace(base, **values)

    def request_save(self) -> None:
        secret = self.secret.text()
        self._update_missing()
        self.note.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        self.save_requested.emit(self.profile(), secret)

    # ------------------------------------------------------------------ outcome

    def show_saved(self, profile: PayerProfile, secret_where: str | None, note: str) -> None:
        self.edit(profile, secret_where)
        self.save_button.setEnabled(True)
        self.note.setText(note)

    def show_failed(self, errors: list[FieldError], text: str = "") -> None:
        """Nothing was saved: said once (in the summary above the fields when fields are
        wrong, otherwise beside the Save button)."""
        self.save_button.setEnabled(True)
        self.note.setText(text if text or errors else self.tr("Nothing was saved."))
        if errors and not text:
            self.note.clear()
        self.show_errors(errors)
        self._update_missing()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; those for fields not on the form go on top."""
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self._mark(self.fields[name], False)
        unplaced: list[str] = []
        first: QWidget | None = None
        for e in errors:
            name = e.path if e.path in self.errors else None
            if name is None:
                unplaced.append(str(e))
                continue
            label = self.errors[name]
            label.setText(e.message if not label.text() else f"{label.text()}\n{e.message}")
            label.show()
            widget = self.fields[name]
            widget.setAccessibleDescription(e.message)
            self._mark(widget, True)
            first = first or widget
        if errors:
            n = len(errors)
            head = (self.tr("1 thing to correct; nothing was saved.") if n == 1 else
                    self.tr("{0} things to correct; nothing was saved.").format(n))
            self.summary.setText("\n".join([head, *unplaced]))
        self.summary.setVisible(bool(errors))
        if first is not None:
            first.setFocus()

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def error_text(self, name: str) -> str:
        return self.errors[name].text()

    def _update_missing(self, *_: object) -> None:
        """"What is still missing to send" from the core's rule, plus the secret."""
        profile = self.profile()
        if profile.training:
            self.missing.setText(self.tr("Training payer: it talks to the built-in sandbox; "
                                         "nothing is missing."))
            return
        flagged = {name for name, label in self.errors.items() if label.text()}
        missing = [self.label_of(e.path) for e in missing_for_sending(profile)
                   if e.path not in flagged]
        if (secret_missing(self.secret_where) is not None and not self.secret.text()
                and "secret" not in flagged):
            missing.append(self.label_of("secret"))
        if missing:
            head = (self.tr("Besides the corrections above, still to fill in before messages "
                            "can go to this payer: {0}.") if flagged else
                    self.tr("Still to fill in before messages can go to this payer: {0}."))
            self.missing.setText(head.format(", ".join(missing)))
        elif flagged:
            self.missing.setText(self.tr("Correct the fields marked above, then save."))
        else:
            self.missing.setText(self.tr("✓ Everything needed to send is set."))

    def label_of(self, name: str) -> str:
        """The field's label as shown on the form (what "still to fill in" calls it)."""
        for field_name, label, *_rest in (*TEXT_FIELDS, *CHOICE_FIELDS):
            if field_name == name:
                return self.tr(label)
        if name == "secret":
            return self.tr("Password / client secret")
        return name.replace("_", " ")

    def missing_text(self) -> str:
        return self.missing.text()
