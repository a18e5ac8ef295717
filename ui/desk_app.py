"""Start the GUI: QApplication, the main window, and the store opened off the GUI thread."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from app.cli import Cli
from app.desk import Desk
from offline.errors import DeskError
from offline.keys import KeyringAccess


def _open_or_create(cli: Cli) -> Desk:
    data_dir = cli.data_dir
    keyring = cli.keyring or KeyringAccess()
    if not (data_dir / "desk.json").exists() and keyring.usable():
        return Desk.create(data_dir, keyring=keyring)
    return Desk.open(data_dir, cli.passphrase(), keyring=keyring)


def run(cli: Cli) -> int:
    if getattr(cli.args, "smoke_test", False):
        return smoke_test(cli)
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.tasks import Background

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("TPA Desk")
    window = MainWindow()
    background = Background(window)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DeskError):
            window.show_failed(str(exc))
        else:
            window.show_failed(f"The store could not be opened because of a bug "
                               f"({exc.__class__.__name__}). Please report it.")

    background.submit(lambda: _open_or_create(cli), window.show_opened, failed)
    window.show()
    code = int(app.exec())
    background.wait()
    return code


def smoke_test(cli: Cli) -> int:
    """Offscreen, in a temporary data folder: create and open the store, show the window, exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="tpadesk-smoke-") as tmp:
        data_dir = Path(tmp) / "data"
        throwaway = "smoke-test-passphrase"
        desk = Desk.create(data_dir, passphrase=throwaway, use_keyring=False,
                           keyring=KeyringAccess(False))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow()
        window.show()
        window.show_opened(desk)
        problems = desk.check()
        QTimer.singleShot(0, app.quit)
        app.exec()
        window.close()
        if problems:
            print("smoke test: store check failed: " + "; ".join(problems), file=cli.err)
            return 1
    print("smoke test: ok", file=cli.out)
    return 0
