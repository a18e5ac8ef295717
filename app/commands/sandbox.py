"""``tpadesk sandbox``: run the training exchange + payer + relay on loopback."""

from __future__ import annotations

import argparse
import ipaddress
from pathlib import Path
from typing import Any

from app.sandbox.constants import DEFAULT_DECISION_DELAY, DEFAULT_PORT, LOOPBACK, PAYER_CODE
from offline.errors import BadInput


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``sandbox`` command."""
    p = sub.add_parser(
        "sandbox", parents=[common], help="run the training exchange, payer and relay",
        description="Run the training sandbox (HCX exchange + payer + relay inbox) on this "
                    "computer. Its state (ledger, inbox, decisions, participants, the payer's "
                    "key) is kept encrypted in --state DIR/sandbox.db (default DIR: 'sandbox' "
                    "inside the data folder, apart from the desk's built-in "
                    "'training-sandbox'), with its key in DIR/sandbox.key (owner-only).")
    p.add_argument("--host", default=LOOPBACK, help=f"address to listen on (default {LOOPBACK})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT,
                   help=f"port (default {DEFAULT_PORT}; 0 = any free port)")
    p.add_argument("--state", metavar="DIR", help="state folder")
    p.add_argument("--decision-delay", type=float, default=DEFAULT_DECISION_DELAY,
                   metavar="SECONDS",
                   help=f"seconds before the payer decides (default {DEFAULT_DECISION_DELAY:g})")
    p.set_defaults(handler=cmd_sandbox)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_sandbox(cli: Any) -> int:
    """Serve until interrupted."""
    args = cli.args
    if args.decision_delay < 0:
        raise BadInput("--decision-delay: must be 0 or more seconds.")
    if not 0 <= args.port <= 65535:
        raise BadInput("--port: must be 0 to 65535.")
    if not _is_loopback(args.host):
        raise BadInput(f"--host: {args.host} is not a loopback address; the training sandbox "
                       "has open registration and no TLS, so it only listens on this computer "
                       "(127.0.0.1 or ::1).")
    from app.sandbox.server import SandboxServer

    state = Path(args.state) if args.state else Path(cli.data_dir) / "sandbox"
    server = SandboxServer(state, args.decision_delay, host=args.host, port=args.port)

    def ready(url: str) -> None:
        cli.print(f"TPA Desk training sandbox: payer {PAYER_CODE}, state in {state}",
                  f"listening on {url} (Ctrl+C to stop)")
        cli.out.flush()

    try:
        server.serve_forever(on_ready=ready)
    except OSError as exc:
        raise BadInput(f"--port: cannot listen on {args.host}:{args.port} ({exc.strerror}); "
                       "is another sandbox running? Try --port 0.") from exc
    except KeyboardInterrupt:
        cli.print("sandbox stopped; its state is kept.")
    return 0
