"""``tpadesk sandbox`` runs the sandbox in the foreground and stops cleanly on Ctrl+C."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from app.cli import main
from app.sandbox import SandboxServer
from tests.test_sandbox_kit import seed_payer_key


@pytest.mark.slow
def test_sandbox_command_serves_and_stops(tmp_path: Path) -> None:
    state = tmp_path / "state"
    seed_payer_key(state)
    with subprocess.Popen(
        [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
         "sandbox", "--port", "0", "--state", str(state), "--decision-delay", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[1]) as proc:
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()
            second = proc.stdout.readline()
            assert "training-tpa@sandbox" in first, first
            match = re.search(r"http://127\.0\.0\.1:\d+", second)
            assert match, second
            deadline = time.monotonic() + 15
            pause = threading.Event()
            status = 0
            while time.monotonic() < deadline:
                try:
                    status = httpx.get(match.group(0) + "/sandbox/health",
                                       timeout=2).status_code
                    break
                except httpx.TransportError:
                    pause.wait(0.05)
            assert status == 200
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    # the state is encrypted (its key in the state folder, readable by its owner only), and
    # the payer's private key lives inside it, not in a file
    db = (state / "sandbox.db").read_bytes()
    assert db and not db.startswith(b"SQLite format 3")
    assert (state / "sandbox.key").stat().st_mode & 0o077 == 0
    assert not (state / "payer-key.pem").exists()
    assert not (state / "sandbox.sqlite3").exists()


def test_sandbox_command_rejects_bad_options(tmp_path: Path) -> None:
    args = ["sandbox", "--state", str(tmp_path / "s")]
    assert main([*args, "--decision-delay", "-1"]) == 2
    assert main([*args, "--port", "70000"]) == 2
    assert main([*args, "--host", "0.0.0.0"]) == 2


def test_sandbox_command_reports_a_busy_port(tmp_path: Path) -> None:
    """A port in use: exit 2 from the command, OSError from start(); nothing left open."""
    seed_payer_key(tmp_path / "s")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = int(busy.getsockname()[1])
        assert main(["sandbox", "--state", str(tmp_path / "s"), "--port", str(taken)]) == 2
        server = SandboxServer(tmp_path / "s", decision_delay=0, port=taken)
        with pytest.raises(OSError):
            server.start()
        assert server.sandbox is None
