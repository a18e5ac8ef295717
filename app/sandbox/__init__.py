"""The training sandbox: a real HTTP exchange + payer + relay on loopback (architecture.md s.5).

Start it in-process with :class:`app.sandbox.server.SandboxServer`, or run ``tpadesk sandbox``.
The server's packages (starlette, uvicorn, the FHIR models) load only when it is used.
"""

from __future__ import annotations

from typing import Any

from app.sandbox.constants import PAYER_CODE

__all__ = ["PAYER_CODE", "SandboxServer"]


def __getattr__(name: str) -> Any:
    if name == "SandboxServer":
        from app.sandbox.server import SandboxServer

        return SandboxServer
    raise AttributeError(name)
