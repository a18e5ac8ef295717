"""The main window opens the store off the GUI thread and says what happened."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cli import Cli
from app.desk import Desk
from offline.errors import DeskError
from offline.keys import KeyringAccess
from tests.conftest import FAST_KDF
from ui.main_window import MainWindow
from ui.tasks import Background


def open_in_background(qtbot: QtBot, window: MainWindow, job: object) -> Background:
    bg = Background(window)

    def failed(exc: BaseException) -> None:
        window.show_failed(str(exc) if isinstance(exc, DeskError) else "bug")

    bg.submit(job, window.show_opened, failed)  # type: ignore[arg-type]
    return bg


def test_the_store_opens_off_the_gui_thread(qtbot: QtBot, data_dir: Path) -> None:
    Desk.create(data_dir, passphrase="window test pass", use_keyring=False,
                keyring=KeyringAccess(False), kdf=FAST_KDF).close()
    window = MainWindow()
    qtbot.addWidget(window)
    gui_thread = threading.get_ident()
    seen: list[int] = []

    def job() -> Desk:
        seen.append(threading.get_ident())
        return Desk.open(data_dir, lambda: "window test pass", keyring=KeyringAccess(False))

    with qtbot.waitSignal(window.store_opened, timeout=60_000):
        open_in_background(qtbot, window, job)
    assert seen and seen[0] != gui_thread
    assert "is open" in window.message.text()
    window.close()
    assert window.desk is None


def test_a_locked_store_is_explained_in_the_window(qtbot: QtBot, data_dir: Path) -> None:
    Desk.create(data_dir, passphrase="window test pass", use_keyring=False,
                keyring=KeyringAccess(False), kdf=FAST_KDF).close()
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_failed, timeout=60_000) as blocker:
        open_in_background(qtbot, window,
                           lambda: Desk.open(data_dir, lambda: None,
                                             keyring=KeyringAccess(False)))
    assert "locked" in blocker.args[0]
    assert "passphrase" in window.message.text()


def test_no_command_opens_the_desk_and_a_command_does_not(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.desk_app
    from ui.entry import main

    opened: list[Cli] = []

    def fake_run(cli: Cli) -> int:
        opened.append(cli)
        return 7

    monkeypatch.setattr(ui.desk_app, "run", fake_run)
    monkeypatch.setattr("sys.excepthook", sys.excepthook)  # restored after the test
    assert main(["--data-dir", str(data_dir)]) == 7
    assert len(opened) == 1 and opened[0].data_dir == data_dir.resolve()
    assert main(["--data-dir", str(data_dir), "check"]) == 2  # no store yet: the CLI answered
    assert len(opened) == 1


def test_smoke_test_runs_offscreen_and_exits_0(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "ui", "--smoke-test"], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[1],
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert "smoke test: ok" in proc.stdout
