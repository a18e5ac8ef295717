"""HCX identity commands: ``tpadesk cert show`` and ``tpadesk cert export --out FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.hcx.identity import certificate_fingerprint, ensure_identity, export_certificate
from offline.errors import BadInput
from offline.fsutil import atomic_write_bytes


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("cert", parents=[common],
                       help="the desk's HCX certificate (for registration with an exchange)")
    csub = p.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    c = csub.add_parser("export", parents=[common],
                        help="write the desk's certificate (PEM) to a file",
                        description="Write the desk's self-signed X.509 certificate (PEM) for "
                                    "registration with an exchange. The private key never "
                                    "leaves the encrypted store.")
    c.add_argument("--out", required=True, metavar="FILE", help="the .pem file to create")
    c.add_argument("--force", action="store_true", help="replace FILE if it exists")
    c.set_defaults(handler=cmd_cert_export)
    c = csub.add_parser("show", parents=[common], help="print the certificate's fingerprint")
    c.set_defaults(handler=cmd_cert_show)


def cmd_cert_export(cli: Any) -> int:
    desk = cli.desk()
    out = Path(cli.args.out)
    if out.exists() and not cli.args.force:
        raise BadInput(f"out: {out} already exists; choose a new file name or add --force.")
    if not out.parent.is_dir():
        raise BadInput(f"out: the folder {out.parent} does not exist.")
    ensure_identity(desk.store)  # stores made before HCX support get their key pair now
    pem = export_certificate(desk.store)
    atomic_write_bytes(out, pem)
    cli.print(f"Wrote the desk's certificate to {out}",
              f"  SHA-256 fingerprint: {certificate_fingerprint(pem)}",
              "Send this file to the exchange to register the desk; it holds no secret.")
    return 0


def cmd_cert_show(cli: Any) -> int:
    desk = cli.desk()
    identity = ensure_identity(desk.store)
    cli.print(f"key id:      {identity.key_id}",
              f"created:     {identity.created_at}",
              f"fingerprint: {identity.fingerprint}")
    return 0
