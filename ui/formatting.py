"""How the desk writes times, amounts, statuses and clocks (03-12-2026 14:05, ₹4,50,000)."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.clocks import format_ist
from app.money import format_inr

__all__ = ["clock_text", "format_inr", "format_ist", "leg_label", "money", "status_label"]

_STAGE_LABELS = {
    "preauth": "Pre-auth", "enhancement": "Enhancement", "discharge": "Discharge",
    "claim": "Claim", "eligibility": "Eligibility", "query": "Query reply",
    "payment": "Payment", "cancel": "Cancellation",
}
_STATE_LABELS = {
    "queued": "queued", "sent": "sent, awaiting payer", "acknowledged": "acknowledged by payer",
    "approved": "approved", "partial": "partly approved", "queried": "queried by payer",
    "rejected": "rejected",
}
_WHOLE = {"draft": "Draft", "payment_received": "Payment received", "closed": "Closed",
          "cancelled": "Cancelled"}


def money(paise: int | None) -> str:
    """``₹4,50,000``; an em dash for an unknown amount."""
    return "—" if paise is None else format_inr(paise)


def leg_label(kind: str | None) -> str:
    return _STAGE_LABELS.get(kind or "", (kind or "").replace("_", " ").capitalize())


def status_label(status: str) -> str:
    """``preauth_queried`` -> ``Pre-auth queried by payer``."""
    if status in _WHOLE:
        return _WHOLE[status]
    stage, _, state = status.partition("_")
    if stage in _STAGE_LABELS and state in _STATE_LABELS:
        return f"{_STAGE_LABELS[stage]} {_STATE_LABELS[state]}"
    return status.replace("_", " ").capitalize()


def _span(delta: timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    hours, mins = divmod(minutes, 60)
    if hours >= 24:
        days, hours = divmod(hours, 24)
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {mins:02d} min"
    return f"{mins} min"


def clock_text(time_left: timedelta | None, waiting_on: str | None) -> str:
    """``42 min left`` / ``overdue 1 h 05 min`` / ``with hospital``; "" without a clock."""
    if waiting_on == "hospital":
        return "with hospital"
    if time_left is None:
        return ""
    if time_left.total_seconds() < 0:
        return f"overdue {_span(time_left)}"
    return f"{_span(time_left)} left"


def short_time(value: str | datetime | None) -> str:
    return format_ist(value)
