"""How the desk writes times, amounts, statuses and clocks (03-12-2026 14:05, ₹4,50,000).

The words go through Qt's translator (context ``Formatting``), so with Hindi chosen a status reads
``प्री-ऑथ भेजा गया, पेयर के जवाब का इंतज़ार``; without a translator the English is returned as is.
Every literal here is marked for ``pyside6-lupdate`` (``QT_TRANSLATE_NOOP`` or a ``translate``
call with a literal source)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.clocks import format_ist
from app.lifecycle import split_status
from app.money import format_inr

__all__ = ["category_label", "clock_text", "decision_label", "format_inr", "format_ist",
           "leg_label", "money", "resolution_label", "role_label", "scanner_mode_label",
           "state_label", "status_label"]

CONTEXT = "Formatting"
CATEGORY_CONTEXT = "DocumentCategory"

_STAGE_LABELS: dict[str, object] = {
    "preauth": QT_TRANSLATE_NOOP("Formatting", "Pre-auth"),
    "enhancement": QT_TRANSLATE_NOOP("Formatting", "Enhancement"),
    "discharge": QT_TRANSLATE_NOOP("Formatting", "Discharge"),
    "claim": QT_TRANSLATE_NOOP("Formatting", "Claim"),
    "eligibility": QT_TRANSLATE_NOOP("Formatting", "Eligibility"),
    "query": QT_TRANSLATE_NOOP("Formatting", "Query reply"),
    "payment": QT_TRANSLATE_NOOP("Formatting", "Payment"),
    "cancel": QT_TRANSLATE_NOOP("Formatting", "Cancellation"),
}
# One whole sentence per status (app/lifecycle.py ALL_STATUSES), so a translation can put the
# words in its own order; the English is "<stage> <state>" exactly as before.
_STATUS_LABELS: dict[str, object] = {
    "draft": QT_TRANSLATE_NOOP("Formatting", "Draft"),
    "payment_received": QT_TRANSLATE_NOOP("Formatting", "Payment received"),
    "closed": QT_TRANSLATE_NOOP("Formatting", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Formatting", "Cancelled"),
    "preauth_queued": QT_TRANSLATE_NOOP("Formatting", "Pre-auth queued"),
    "preauth_sent": QT_TRANSLATE_NOOP("Formatting", "Pre-auth sent, awaiting payer"),
    "preauth_acknowledged": QT_TRANSLATE_NOOP("Formatting", "Pre-auth acknowledged by payer"),
    "preauth_approved": QT_TRANSLATE_NOOP("Formatting", "Pre-auth approved"),
    "preauth_partial": QT_TRANSLATE_NOOP("Formatting", "Pre-auth partly approved"),
    "preauth_queried": QT_TRANSLATE_NOOP("Formatting", "Pre-auth queried by payer"),
    "preauth_rejected": QT_TRANSLATE_NOOP("Formatting", "Pre-auth rejected"),
    "enhancement_queued": QT_TRANSLATE_NOOP("Formatting", "Enhancement queued"),
    "enhancement_sent": QT_TRANSLATE_NOOP("Formatting", "Enhancement sent, awaiting payer"),
    "enhancement_acknowledged": QT_TRANSLATE_NOOP("Formatting",
                                                  "Enhancement acknowledged by payer"),
    "enhancement_approved": QT_TRANSLATE_NOOP("Formatting", "Enhancement approved"),
    "enhancement_partial": QT_TRANSLATE_NOOP("Formatting", "Enhancement partly approved"),
    "enhancement_queried": QT_TRANSLATE_NOOP("Formatting", "Enhancement queried by payer"),
    "enhancement_rejected": QT_TRANSLATE_NOOP("Formatting", "Enhancement rejected"),
    "discharge_queued": QT_TRANSLATE_NOOP("Formatting", "Discharge queued"),
    "discharge_sent": QT_TRANSLATE_NOOP("Formatting", "Discharge sent, awaiting payer"),
    "discharge_acknowledged": QT_TRANSLATE_NOOP("Formatting", "Discharge acknowledged by payer"),
    "discharge_approved": QT_TRANSLATE_NOOP("Formatting", "Discharge approved"),
    "discharge_partial": QT_TRANSLATE_NOOP("Formatting", "Discharge partly approved"),
    "discharge_queried": QT_TRANSLATE_NOOP("Formatting", "Discharge queried by payer"),
    "discharge_rejected": QT_TRANSLATE_NOOP("Formatting", "Discharge rejected"),
    "claim_queued": QT_TRANSLATE_NOOP("Formatting", "Claim queued"),
    "claim_sent": QT_TRANSLATE_NOOP("Formatting", "Claim sent, awaiting payer"),
    "claim_acknowledged": QT_TRANSLATE_NOOP("Formatting", "Claim acknowledged by payer"),
    "claim_approved": QT_TRANSLATE_NOOP("Formatting", "Claim approved"),
    "claim_partial": QT_TRANSLATE_NOOP("Formatting", "Claim partly approved"),
    "claim_queried": QT_TRANSLATE_NOOP("Formatting", "Claim queried by payer"),
    "claim_rejected": QT_TRANSLATE_NOOP("Formatting", "Claim rejected"),
}
# A status without its leg's name, for where the leg is shown beside it (the work queue's Status
# column next to Current leg): whole phrases, so a translation need not cut a sentence apart
_STATE_ONLY: dict[str, object] = {
    "queued": QT_TRANSLATE_NOOP("Formatting", "Queued"),
    "sent": QT_TRANSLATE_NOOP("Formatting", "Sent, awaiting payer"),
    "acknowledged": QT_TRANSLATE_NOOP("Formatting", "Acknowledged by payer"),
    "approved": QT_TRANSLATE_NOOP("Formatting", "Approved"),
    "partial": QT_TRANSLATE_NOOP("Formatting", "Partly approved"),
    "queried": QT_TRANSLATE_NOOP("Formatting", "Queried by payer"),
    "rejected": QT_TRANSLATE_NOOP("Formatting", "Rejected"),
}
# A leg's state or decision in the case timeline (app/lifecycle.py LEG_STATES)
_LEG_STATES: dict[str, object] = {
    "queued": QT_TRANSLATE_NOOP("Formatting", "queued"),
    "sent": QT_TRANSLATE_NOOP("Formatting", "sent"),
    "acknowledged": QT_TRANSLATE_NOOP("Formatting", "acknowledged"),
    "approved": QT_TRANSLATE_NOOP("Formatting", "approved"),
    "partial": QT_TRANSLATE_NOOP("Formatting", "partial"),
    "queried": QT_TRANSLATE_NOOP("Formatting", "queried"),
    "rejected": QT_TRANSLATE_NOOP("Formatting", "rejected"),
}
# app/settings.py SCANNER_MODES, as the clerk chooses them (Settings, the page editor)
SCANNER_MODE_LABELS: dict[str, object] = {
    "grey": QT_TRANSLATE_NOOP("Formatting", "Grey"),
    "colour": QT_TRANSLATE_NOOP("Formatting", "Colour"),
    "lineart": QT_TRANSLATE_NOOP("Formatting", "Black and white"),
}
# app/users.py roles
_ROLES: dict[str, object] = {
    "clerk": QT_TRANSLATE_NOOP("Formatting", "clerk"),
    "field_staff": QT_TRANSLATE_NOOP("Formatting", "field staff"),
    "supervisor": QT_TRANSLATE_NOOP("Formatting", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Formatting", "admin"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def money(paise: int | None) -> str:
    """``₹4,50,000``; an em dash for an unknown amount."""
    return "—" if paise is None else format_inr(paise)


def leg_label(kind: str | None) -> str:
    """``preauth`` -> ``Pre-auth``; an unknown kind reads as its words (``x_y`` -> ``X y``)."""
    known = _STAGE_LABELS.get(kind or "")
    if known is not None:
        return _tr(known)
    return (kind or "").replace("_", " ").capitalize()


def status_label(status: str) -> str:
    """``preauth_queried`` -> ``Pre-auth queried by payer``; an unknown status reads as words."""
    known = _STATUS_LABELS.get(status)
    if known is not None:
        return _tr(known)
    return status.replace("_", " ").capitalize()


def state_label(status: str) -> str:
    """``preauth_sent`` -> ``Sent, awaiting payer`` (the leg's name left out, for a column
    beside the leg); a status of the whole case (``draft``) reads as :func:`status_label`."""
    _stage, state = split_status(status)
    known = _STATE_ONLY.get(state or "")
    return _tr(known) if known is not None else status_label(status)


def decision_label(state: str | None) -> str:
    """A leg's state or the payer's decision as the timeline shows it (``partial``)."""
    known = _LEG_STATES.get(state or "")
    return _tr(known) if known is not None else (state or "").replace("_", " ")


def scanner_mode_label(mode: str) -> str:
    """``lineart`` -> ``Black and white``."""
    known = SCANNER_MODE_LABELS.get(mode)
    return _tr(known) if known is not None else mode.replace("_", " ").capitalize()


def resolution_label(dpi: int) -> str:
    """``300`` -> ``300 dpi``."""
    return QCoreApplication.translate("Formatting", "{0} dpi").format(dpi)


def role_label(role: str) -> str:
    """``field_staff`` -> ``field staff``."""
    known = _ROLES.get(role)
    return _tr(known) if known is not None else role.replace("_", " ")


def category_label(code: str, display: str) -> str:
    """An HCX document category for the clerk: the value set's ``display`` text translated
    (context ``DocumentCategory``, listed in ui/strings.py), first letter upper-case."""
    text = QCoreApplication.translate(CATEGORY_CONTEXT, display) if display else code
    return text[:1].upper() + text[1:]


def _span(delta: timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    hours, mins = divmod(minutes, 60)
    if hours >= 24:
        days, hours = divmod(hours, 24)
        return QCoreApplication.translate("Formatting", "{0} d {1} h").format(days, hours)
    if hours:
        return QCoreApplication.translate("Formatting", "{0} h {1} min").format(
            hours, f"{mins:02d}")
    return QCoreApplication.translate("Formatting", "{0} min").format(mins)


def clock_text(time_left: timedelta | None, waiting_on: str | None) -> str:
    """``42 min left`` / ``overdue 1 h 05 min`` / ``with hospital``; "" without a clock."""
    if waiting_on == "hospital":
        return QCoreApplication.translate("Formatting", "with hospital")
    if time_left is None:
        return ""
    if time_left.total_seconds() < 0:
        return QCoreApplication.translate("Formatting", "overdue {0}").format(_span(time_left))
    return QCoreApplication.translate("Formatting", "{0} left").format(_span(time_left))


def short_time(value: str | datetime | None) -> str:
    return format_ist(value)
