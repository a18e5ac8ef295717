"""Schema of the outbox and inbox (component "sync", defined in offline/outbox.py)."""

from offline.outbox import OUTBOX_MIGRATIONS as MIGRATIONS

__all__ = ["MIGRATIONS"]
