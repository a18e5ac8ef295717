"""Prefill the admission form from a card's codes, asking before anything changes: the ABHA
card's QR (the patient's details) and an insurance / TPA card's QR or barcode (policy and member
numbers, the name on the card).

:func:`read_abha_card` and :func:`read_insurance_card` run off the GUI thread (they open the
image and decode its codes with ``app.capture.qr``). :func:`proposed_changes` and
:func:`insurance_changes` compare the card with what the form holds now;
:class:`AbhaConfirmDialog` lists each field that would change (old → new) with a tick box, opened
with ``open()``: fields that are empty on the form are ticked, values the clerk typed are left
unticked, so nothing typed is overwritten unless the clerk ticks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from offline.errors import BadInput

if TYPE_CHECKING:
    from PIL import Image

    from app.capture.qr import AbhaCard, InsuranceCard

IMAGE_FILTER = "Card images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.heic)"
_GENDERS = {"M": "male", "F": "female", "O": "third_gender"}


@dataclass(frozen=True)
class Change:
    """One form field the card would change: ``path``, its label, old and new value, and how
    the form shows them (a choice's words, "Female", where the value is ``female``)."""

    path: str
    label: str
    old: str
    new: str
    old_text: str = ""
    new_text: str = ""

    @property
    def shown_old(self) -> str:
        return self.old_text or self.old

    @property
    def shown_new(self) -> str:
        return self.new_text or self.new

    @property
    def overwrites(self) -> bool:
        return bool(self.old.strip())


def _open_card(path: str, card: str) -> Image.Image:
    """The picture at ``path``, loaded (call off the GUI thread); BadInput in plain words when
    it is gone or is not a picture. ``card`` names the card for the message."""
    from PIL import Image, UnidentifiedImageError

    name = Path(path).name
    if Path(path).suffix.lower() in (".heic", ".heif"):
        try:
            from pillow_heif import register_heif_opener

            register_heif_opener()
        except ImportError:  # pragma: no cover - pillow-heif is a dependency
            pass
    try:
        with Image.open(path) as img:
            img.load()
            return img.copy()
    except FileNotFoundError:
        raise BadInput(QCoreApplication.translate(
            "CardReader", "{0}: the file is no longer there; choose it again.").format(name)
        ) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise BadInput(QCoreApplication.translate(
            "CardReader", "{0}: cannot be read as a picture. Take a photo or scan of the {1} "
                          "(JPG or PNG) and try again.").format(name, card)) from None


def read_abha_card(path: str) -> AbhaCard | None:
    """Open the image and decode its ABHA QR (call off the GUI thread). None: no ABHA QR."""
    from app.capture.qr import find_abha_card

    return find_abha_card(_open_card(path, QCoreApplication.translate("CardReader",
                                                                      "ABHA card")))


def read_insurance_card(path: str) -> InsuranceCard | None:
    """Open the image and decode the codes of an insurance / TPA card (call off the GUI thread).
    None: no code on it gives a policy or member number."""
    from app.capture.qr import find_insurance_card

    return find_insurance_card(_open_card(path, QCoreApplication.translate(
        "CardReader", "insurance card")))


def _tidy(text: str) -> str:
    """Cards print names of places in capitals; the form writes them as words."""
    return text.title() if text.isupper() else text


def card_values(card: AbhaCard) -> dict[str, str]:
    """The form's field paths and the text the card proposes for them."""
    values: dict[str, str] = {}
    if card.name:
        values["patient.name"] = card.name
    if card.gender in _GENDERS:
        values["patient.gender"] = _GENDERS[card.gender]
    if card.date_of_birth is not None:
        values["patient.dob"] = card.date_of_birth.strftime("%d-%m-%Y")
    if card.mobile:
        values["patient.phone"] = card.mobile
    if card.abha_number:
        values["patient.abha_number"] = card.abha_number
    if card.abha_address:
        values["patient.abha_address"] = card.abha_address
    if card.address:
        values["patient.address.line"] = card.address
    if card.district:
        values["patient.address.city"] = _tidy(card.district)
    if card.state:
        values["patient.address.state"] = _tidy(card.state)
    return values


def changes_for(values: dict[str, str], current: dict[str, str],
                labels: dict[str, str]) -> list[Change]:
    """Each field whose value would change (fields the form does not have are left out)."""
    out: list[Change] = []
    for path, new in values.items():
        if path not in current:
            continue
        old = current[path]
        if old.strip().casefold() == new.strip().casefold():
            continue
        out.append(Change(path, labels.get(path, path), old, new))
    return out


def proposed_changes(card: AbhaCard, current: dict[str, str],
                     labels: dict[str, str]) -> list[Change]:
    """What the ABHA card would change on the form."""
    return changes_for(card_values(card), current, labels)


def insurance_changes(card: InsuranceCard, current: dict[str, str],
                      labels: dict[str, str]) -> list[Change]:
    """What the insurance card would change on the form (its first policy and member number
    candidates, the name on it: ``InsuranceCard.form_values``)."""
    return changes_for(card.form_values(), current, labels)


def other_numbers(card: InsuranceCard) -> list[str]:
    """Numbers on the card that are not offered for a field (a second policy number, a bare
    number beside a labelled member id): the clerk is told, to check which is right."""
    offered = set(card.form_values().values())
    return [n for n in (*card.policy_numbers, *card.member_ids, *card.numbers)
            if n not in offered]


class AbhaConfirmDialog(QDialog):
    """The clerk ticks what to take from the card; ``chosen`` carries the ticked changes."""

    chosen = Signal(object)  # list[Change]

    def __init__(self, changes: list[Change], note: str = "",
                 parent: QWidget | None = None, *, card: str = "abha") -> None:
        super().__init__(parent)
        self.changes = changes
        self.card = card
        self.setWindowTitle(self.tr("Take details from the insurance card?") if card == "insurance"
                            else self.tr("Take details from the ABHA card?"))
        self.resize(720, 380)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Tick the details to copy into the form. Details you typed are "
                              "only replaced when you tick them."), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Details on the card"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Field"), self.tr("On the form now"),
                                    self.tr("On the card")])
        self.table.setColumnWidth(0, 230)
        self.table.setColumnWidth(1, 210)
        for change in changes:
            item = QTreeWidgetItem([self.tr(change.label),
                                    change.shown_old or self.tr("(empty)"), change.shown_new])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if change.overwrites
                               else Qt.CheckState.Checked)
            if change.overwrites:
                item.setToolTip(1, self.tr("Typed on the form; replaced only if ticked"))
                item.setForeground(1, Qt.GlobalColor.darkRed)
            self.table.addTopLevelItem(item)
        lay.addWidget(self.table, 1)
        if note:
            extra = QLabel(note, self)
            extra.setObjectName("muted")
            extra.setWordWrap(True)
            lay.addWidget(extra)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Copy ticked details"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("primary")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.accepted.connect(lambda: self.chosen.emit(self.ticked()))

    def set_ticked(self, path: str, ticked: bool) -> None:
        for i, change in enumerate(self.changes):
            if change.path == path:
                self.table.topLevelItem(i).setCheckState(
                    0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def ticked(self) -> list[Change]:
        return [c for i, c in enumerate(self.changes)
                if self.table.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]
