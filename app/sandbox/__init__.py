"""The training sandbox: a real HTTP exchange + payer + relay on loopback (architecture.md s.5).

Start it in-process with :class:`app.sandbox.server.SandboxServer`, or run ``tpadesk sandbox``.
"""

from __future__ import annotations

from app.sandbox.server import SandboxServer
from app.sandbox.service import PAYER_CODE

__all__ = ["PAYER_CODE", "SandboxServer"]
