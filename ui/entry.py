"""The ``tpadesk`` entry point: the only place that wires the GUI to the core.

With a command it runs the command line (app/cli.py); without one it opens the desk.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.cli import Cli
from app.cli import main as cli_main


def _open_gui(cli: Cli) -> int:
    from ui.desk_app import run  # imported only when a window is wanted

    return run(cli)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_gui=_open_gui)


if __name__ == "__main__":
    raise SystemExit(main())
