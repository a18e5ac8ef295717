"""Schema of the payer profiles (component "payers")."""

from app.payers import MIGRATIONS

__all__ = ["MIGRATIONS"]
