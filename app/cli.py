"""The ``tpadesk`` command line (architecture.md section 6 is the contract).

Exit codes: 0 done; 2 bad input or a problem the user can fix (every wrong field named, nothing
written); 3 the store is locked or the key is wrong (nothing written); 1 a bug.

Commands live in ``app/commands/*.py``; each module has ``register(subparsers, common)``, and each
command's handler takes a :class:`Cli` and returns an exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.desk import Desk
from app.logsetup import configure_logging, debug_enabled, describe_exception
from app.secrets_input import passphrase_source
from app.training import ENV_SANDBOX_URL, check_sandbox_url
from app.version import __version__
from offline.errors import DeskError
from offline.keys import KeyringAccess
from offline.paths import resolve_data_dir


def command_modules() -> list[str]:
    """Every module in app/commands (each defines ``register``), in a stable order."""
    import app.commands as pkg

    preferred = ["store", "cases", "sync", "forms", "capture", "payer", "hcx", "sandbox",
                 "users"]
    names = sorted((i.name for i in pkgutil.iter_modules(pkg.__path__)),
                   key=lambda n: (preferred.index(n) if n in preferred else len(preferred), n))
    return [f"{pkg.__name__}.{n}" for n in names]


EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT, EXIT_LOCKED = 0, 1, 2, 3

GuiLauncher = Callable[["Cli"], int]


@dataclass
class Cli:
    """What a command handler needs: its arguments, output streams and the desk (opened once)."""

    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    keyring: KeyringAccess | None = None
    _desk: Desk | None = None

    @property
    def data_dir(self) -> Path:
        return resolve_data_dir(getattr(self.args, "data_dir", None))

    def passphrase(self, *, confirm: bool = False) -> Callable[[], str | None]:
        return passphrase_source(getattr(self.args, "passphrase_file", None), confirm=confirm)

    def desk(self, *, migrate: bool = True) -> Desk:
        if self._desk is None:
            self._desk = Desk.open(self.data_dir, self.passphrase(), keyring=self.keyring,
                                   migrate=migrate)
        return self._desk

    def print(self, *lines: str) -> None:
        for line in lines:
            print(line, file=self.out)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, indent=2, ensure_ascii=False, sort_keys=False)
        self.out.write("\n")

    def close(self) -> None:
        if self._desk is not None:
            self._desk.close()
            self._desk = None


def common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="the desk's data folder (default: $TPADESK_DATA_DIR, else the "
                             "platform's user data folder)")
    common.add_argument("--sandbox-url", metavar="URL", default=argparse.SUPPRESS,
                        help="training mode: use this sandbox instead of the built-in one "
                             "(else $TPADESK_SANDBOX_URL)")
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="read the store passphrase from the first line of FILE (else "
                             "$TPADESK_PASSPHRASE, else a prompt)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="tpadesk",
        description="TPA Desk: cashless pre-authorisation and claims for hospital insurance desks. "
                    "Without a command, opens the desk.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"tpadesk {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start offscreen with a temporary data folder, run one cycle, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None, *, open_gui: GuiLauncher | None = None,
         out: TextIO | None = None, err: TextIO | None = None,
         keyring: KeyringAccess | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help / --version exit 0, usage errors exit 2
        return int(exc.code or 0)
    cli = Cli(args, out or sys.stdout, err or sys.stderr, keyring)
    configure_logging()
    try:
        sandbox_url = getattr(args, "sandbox_url", None)
        if sandbox_url:  # one setting for every part of this process (desk, sync, service)
            os.environ[ENV_SANDBOX_URL] = check_sandbox_url(sandbox_url)
        handler = getattr(args, "handler", None)
        if handler is None:
            if open_gui is None:
                parser.print_help(cli.out)
                return EXIT_OK
            return open_gui(cli)
        return int(handler(cli))
    except DeskError as exc:
        print(f"tpadesk: {exc}", file=cli.err)
        return exc.exit_code
    except BrokenPipeError:  # the reader went away (e.g. `| head`): not an error
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("tpadesk: interrupted; what was saved stays saved.", file=cli.err)
        return 130
    except Exception as exc:  # a bug: say so without echoing data that might be a patient's
        if debug_enabled():
            raise
        where = describe_exception(type(exc), exc.__traceback__)
        print(f"tpadesk: internal error ({where}). This is a bug; please report it. Set "
              "TPADESK_DEBUG=1 for the full traceback.", file=cli.err)
        return EXIT_BUG
    finally:
        cli.close()


if __name__ == "__main__":
    raise SystemExit(main())
