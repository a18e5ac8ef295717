"""One line of the work queue: plain data, safe to hand from a worker thread to the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.lifecycle import split_status

# the status of a work-queue row that is an unfinished admission form, not yet a case
FORM_DRAFT = "form_draft"

# statuses in which the desk (not the payer) has the next move
_DESK_MOVES = ("approved", "partial", "queried", "rejected")


@dataclass
class CaseRow:
    """One line of the work queue (no database handles; safe to pass to the GUI thread)."""

    id: str
    patient: str
    payer: str
    stage: str | None
    status: str
    requested: int
    approved: int | None
    emergency: bool
    created_at: datetime
    updated_at: datetime
    due_at: datetime | None = None
    waiting_on: str | None = None     # "payer" | "hospital" | None
    breached_answered: bool = False   # answered, but late
    # needs_attention, queued_offline, paused, unsaved_edits (the clerk's unfinished edits)
    flags: set[str] = field(default_factory=set)
    payer_name: str = ""              # the profile's name ("Training TPA"); else the code

    @property
    def is_form_draft(self) -> bool:
        return self.status == FORM_DRAFT

    def time_left(self, now: datetime) -> timedelta | None:
        if self.waiting_on != "payer" or self.due_at is None:
            return None
        return self.due_at - now

    def breached(self, now: datetime) -> bool:
        left = self.time_left(now)
        return self.breached_answered or (left is not None and left.total_seconds() < 0)

    def needs_action(self) -> bool:
        _, state = split_status(self.status)
        return (self.status in ("draft", "payment_received", FORM_DRAFT) or state in _DESK_MOVES
                or "needs_attention" in self.flags)

    def awaiting_payer(self) -> bool:
        _, state = split_status(self.status)
        return state in ("sent", "acknowledged")

    def queued_offline(self) -> bool:
        _, state = split_status(self.status)
        return state == "queued" or "queued_offline" in self.flags
