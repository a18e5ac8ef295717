"""Schema of unfinished admission forms (component "drafts")."""

from app.drafts import MIGRATIONS

__all__ = ["MIGRATIONS"]
