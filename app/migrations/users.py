"""Schema of clerk accounts (component "users")."""

from app.users import MIGRATIONS

__all__ = ["MIGRATIONS"]
