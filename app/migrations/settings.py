"""Schema of desk settings (component "settings")."""

from app.settings import MIGRATIONS

__all__ = ["MIGRATIONS"]
