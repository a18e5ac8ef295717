"""Fault injection for rehearsing outages (``POST /sandbox/fault``).

Modes, each affecting the next ``count`` requests to the exchange, the registry, the token
endpoint and the relay (never the ``/sandbox/...`` admin endpoints):

- ``down``: the connection is closed at once, with no reply (a real connection failure);
- ``slow``: the request waits ``seconds`` before it is handled (past a client's timeout); it is
  then handled normally, so a submission arrives even if the client gave up;
- ``error``: ``500`` with an ``ERR_SERVICE_UNAVAILABLE`` body, nothing processed;
- ``ratelimit``: ``429`` with ``Retry-After``, alternating the seconds form and the HTTP-date
  form, nothing processed;
- ``drop-after-commit``: the request is handled and committed, then the connection is closed
  without a reply (the client cannot know it was received);
- ``none``: clear the fault.

The connection-level modes need the socket: :class:`ConnectionRegistry` maps each client address
to its asyncio transport (filled by the server's protocol class).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import json
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

MODES = ("none", "down", "slow", "error", "ratelimit", "drop-after-commit")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class Fault:
    """The fault applied to one request."""

    mode: str
    seconds: float
    http_date: bool = False


class FaultState:
    """The current fault: mode, requests left, seconds (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.mode = "none"
        self.remaining = 0
        self.seconds = 1.0
        self.applied = 0
        self._ratelimit_turn = 0

    def set(self, mode: str, count: int, seconds: float) -> None:
        """Arm a fault for the next ``count`` requests (``none`` clears)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        with self._lock:
            self.mode = "none" if count <= 0 else mode
            self.remaining = 0 if self.mode == "none" else count
            self.seconds = seconds
            self._ratelimit_turn = 0

    def take(self) -> Fault | None:
        """The fault for this request, if one is armed (counts it)."""
        with self._lock:
            if self.mode == "none" or self.remaining <= 0:
                return None
            self.remaining -= 1
            self.applied += 1
            fault = Fault(self.mode, self.seconds, http_date=self._ratelimit_turn % 2 == 1)
            if self.mode == "ratelimit":
                self._ratelimit_turn += 1
            if self.remaining == 0:
                self.mode = "none"
            return fault

    def to_json(self) -> dict[str, Any]:
        """The fault state for /sandbox/health and /sandbox/fault."""
        with self._lock:
            return {"mode": self.mode, "remaining": self.remaining, "seconds": self.seconds,
                    "applied": self.applied}


class ConnectionRegistry:
    """Client address -> asyncio transport, so a request can drop its own connection."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._transports: dict[tuple[str, int], asyncio.BaseTransport] = {}

    def add(self, client: tuple[str, int] | None, transport: asyncio.BaseTransport) -> None:
        """Remember a new connection."""
        if client is not None:
            with self._lock:
                self._transports[(client[0], int(client[1]))] = transport

    def remove(self, client: tuple[str, int] | None) -> None:
        """Forget a closed connection."""
        if client is not None:
            with self._lock:
                self._transports.pop((client[0], int(client[1])), None)

    def abort(self, client: Any) -> bool:
        """Close this client's connection at once (RST, no reply); False if unknown."""
        if not client:
            return False
        with self._lock:
            transport = self._transports.get((str(client[0]), int(client[1])))
        if transport is None:
            return False
        abort = getattr(transport, "abort", None)
        if callable(abort):
            abort()
        else:
            transport.close()
        return True


def retry_after(fault: Fault) -> str:
    """The Retry-After value: seconds, or an HTTP date on alternate requests."""
    seconds = max(1, round(fault.seconds))
    if fault.http_date:
        when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)
        return email.utils.format_datetime(when, usegmt=True)
    return str(seconds)


async def _json(send: Send, status: int, body: dict[str, Any],
                extra: list[tuple[bytes, bytes]] | None = None) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"),
               (b"content-length", str(len(data)).encode())] + (extra or [])
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data, "more_body": False})


async def _await_disconnect(receive: Receive) -> None:
    """After aborting, wait (bounded) until the server has seen the connection go."""
    for _ in range(1000):
        try:
            message = await asyncio.wait_for(receive(), timeout=2)
        except TimeoutError:
            return
        if message.get("type") == "http.disconnect":
            return


class FaultMiddleware:
    """ASGI middleware applying the armed fault to non-admin HTTP requests."""

    def __init__(self, app: ASGIApp, faults: FaultState, connections: ConnectionRegistry,
                 exempt_prefix: str = "/sandbox/") -> None:
        self.app = app
        self.faults = faults
        self.connections = connections
        self.exempt_prefix = exempt_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(self.exempt_prefix):
            await self.app(scope, receive, send)
            return
        fault = self.faults.take()
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.mode == "down":
            if self.connections.abort(scope.get("client")):
                await _await_disconnect(receive)
                return
            await _json(send, 503, _unavailable("The exchange is down (sandbox fault)."))
            return
        if fault.mode == "error":
            await _json(send, 500, _unavailable("Internal error (sandbox fault 'error')."))
            return
        if fault.mode == "ratelimit":
            await _json(send, 429, _unavailable("Too many requests (sandbox fault)."),
                        [(b"retry-after", retry_after(fault).encode())])
            return
        if fault.mode == "slow":
            # read the request first (it reached the server), then answer late
            buffered = await _read_all(receive)
            await asyncio.sleep(fault.seconds)
            await self.app(scope, _replay(buffered, receive), send)
            return
        # drop-after-commit: handle fully, swallow the reply, then cut the connection
        async def swallow(message: Message) -> None:
            return None

        await self.app(scope, receive, swallow)
        if self.connections.abort(scope.get("client")):
            await _await_disconnect(receive)
            return
        await _json(send, 503, _unavailable("Connection dropped (sandbox fault)."))


async def _read_all(receive: Receive) -> Message:
    """The whole request body as one ``http.request`` message (bounded by the body's size)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message.get("type") != "http.request":
            return message
        chunks.append(bytes(message.get("body", b"")))
        if not message.get("more_body", False):
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}


def _replay(first: Message, receive: Receive) -> Receive:
    """A receive callable giving ``first`` once, then the real messages."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if not given:
            given = True
            return first
        return await receive()

    return replay


def _unavailable(message: str) -> dict[str, Any]:
    details = {"code": "ERR_SERVICE_UNAVAILABLE", "message": message, "trace": ""}
    return {"error": details, "x-hcx-status": "response.error", "x-hcx-error_details": details}
