"""The ``tpadesk`` entry point: the only place that wires the GUI to the core.

With a command it runs the command line (app/cli.py); without one it opens the desk.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from types import TracebackType

from app.cli import Cli
from app.cli import main as cli_main
from app.logsetup import configure_logging


def _open_gui(cli: Cli) -> int:
    from ui.desk_app import run  # imported only when a window is wanted

    data_dir = None if getattr(cli.args, "smoke_test", False) else cli.data_dir
    configure_logging(data_dir if data_dir is not None and data_dir.is_dir() else None)
    sys.excepthook = _log_unhandled  # errors in Qt slots: logged without patient data
    return run(cli)


def _log_unhandled(exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
    logging.getLogger("tpadesk").error("unhandled error in the desk", exc_info=(exc_type, exc, tb))


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_gui=_open_gui)


if __name__ == "__main__":
    raise SystemExit(main())
