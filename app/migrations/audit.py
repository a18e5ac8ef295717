"""Schema of the audit trail (component "audit")."""

from app.audit import MIGRATIONS

__all__ = ["MIGRATIONS"]
