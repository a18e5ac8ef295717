"""Running the sandbox with uvicorn: in the foreground (``tpadesk sandbox``) or in-process.

In-process (the desk in training mode, and the tests)::

    server = SandboxServer(state_dir, decision_delay=0)
    base_url = server.start()        # "http://127.0.0.1:PORT", a free loopback port by default
    ...
    server.stop()                    # clean: uvicorn shut down, payer stopped, state closed

The server listens on a socket it binds itself (port 0 = a free one), runs uvicorn's h11
protocol through a subclass that records each connection's transport (so the ``down`` and
``drop-after-commit`` faults can cut a real connection), and runs the payer in its own thread.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.sandbox.constants import DEFAULT_DECISION_DELAY, LOOPBACK, PAYER_CODE
from app.sandbox.faults import ConnectionRegistry
from app.sandbox.service import Sandbox, build_app


def _protocol_for(registry: ConnectionRegistry) -> type[H11Protocol]:
    """uvicorn's h11 protocol, telling ``registry`` about each connection."""

    class TrackedH11Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            registry.add(self.client, transport)

        def connection_lost(self, exc: Exception | None) -> None:
            registry.remove(self.client)
            super().connection_lost(exc)

    return TrackedH11Protocol


def bind_socket(host: str = LOOPBACK, port: int = 0) -> socket.socket:
    """A listening-ready TCP socket on ``host:port`` (0 = a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


class SandboxServer:
    """The sandbox (exchange + payer + relay) on a loopback port, started and stopped on demand."""

    def __init__(self, state_dir: Path, decision_delay: float = DEFAULT_DECISION_DELAY, *,
                 host: str = LOOPBACK, port: int = 0, state_key: bytes | None = None) -> None:
        """``state_key`` (32 bytes) encrypts the state; None keeps it in ``sandbox.key`` in the
        state folder."""
        self.state_dir = Path(state_dir)
        self.state_key = state_key
        self.decision_delay = decision_delay
        self.host = host
        self.port = port
        self.sandbox: Sandbox | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._error: BaseException | None = None

    @property
    def payer_code(self) -> str:
        """The participant code of the sandbox payer."""
        return PAYER_CODE

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` once started."""
        if self._sock is None:
            raise RuntimeError("the sandbox is not running")
        host, port = self._sock.getsockname()[:2]
        return f"http://{host}:{port}" if ":" not in host else f"http://[{host}]:{port}"

    def _config(self) -> tuple[uvicorn.Config, Sandbox]:
        sandbox = Sandbox(self.state_dir, self.decision_delay, self.state_key)
        config = uvicorn.Config(
            build_app(sandbox), http=_protocol_for(sandbox.connections), lifespan="off",
            log_config=None, access_log=False, log_level=logging.WARNING, ws="none",
            timeout_graceful_shutdown=2)
        return config, sandbox

    def start(self, timeout: float = 30.0) -> str:
        """Start in a background thread; returns the base URL once it accepts connections."""
        if self._thread is not None:
            return self.base_url
        config, self.sandbox = self._config()
        try:
            self._sock = bind_socket(self.host, self.port)
        except OSError:
            self.sandbox.close()
            self.sandbox = None
            raise
        self._server = uvicorn.Server(config)
        server, sock = self._server, self._sock

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # reported by start()
                self._error = exc

        self.sandbox.payer.start()
        self._thread = threading.Thread(target=run, name="sandbox-http", daemon=True)
        self._thread.start()
        started = threading.Event()
        for _ in range(int(timeout / 0.01)):
            if server.started or not self._thread.is_alive():
                break
            started.wait(0.01)
        if not server.started:
            self.stop()
            raise RuntimeError(f"the sandbox did not start: {self._error!r}")
        return self.base_url

    def stop(self) -> None:
        """Stop serving, stop the payer and close the state (everything stays on disk)."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
            self._thread = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        if self.sandbox is not None:
            self.sandbox.close()
            self.sandbox = None
        self._server = None

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def serve_forever(self, on_ready: Callable[[str], None] | None = None) -> None:
        """Run in the foreground until interrupted (``tpadesk sandbox``); ``on_ready`` gets the
        base URL once the port is bound (with port 0, the one the system chose)."""
        config, self.sandbox = self._config()
        try:
            self._sock = bind_socket(self.host, self.port)
        except OSError:
            self.sandbox.close()
            self.sandbox = None
            raise
        self._server = uvicorn.Server(config)
        self.sandbox.payer.start()
        if on_ready is not None:
            on_ready(self.base_url)
        try:
            self._server.run(sockets=[self._sock])
        finally:
            self._sock.close()
            self._sock = None
            self.sandbox.close()
            self.sandbox = None
