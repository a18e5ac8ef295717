"""Start the GUI: QApplication, theme, first-run wizard or store opening, all off the GUI thread.

``run(cli)`` is what ``tpadesk`` (no command) calls; ``smoke_test(cli)`` is ``tpadesk
--smoke-test``: offscreen, a temporary data folder, one case submitted and (with the desk
service) one sync cycle against the in-process training sandbox.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli import Cli
from app.desk import Desk
from offline.errors import DeskError, Locked
from offline.keys import KeyringAccess


def _open(cli: Cli, passphrase: str | None) -> Any:
    """Open the store and the desk service (its sandbox and sync thread start here, off the
    GUI thread); returns the port."""
    from ui.port import DeskPort

    keyring = cli.keyring or KeyringAccess()
    source: Callable[[], str | None]
    if passphrase is not None:
        def source() -> str | None:
            return passphrase
    else:
        file = getattr(cli.args, "passphrase_file", None)
        env = os.environ.get("TPADESK_PASSPHRASE")

        def source() -> str | None:
            if file:
                from app.secrets_input import read_passphrase_file

                return read_passphrase_file(file)
            return env or None
    desk = Desk.open(cli.data_dir, source, keyring=keyring)
    try:
        return DeskPort.open(desk, start=True)
    except BaseException:
        desk.close()
        raise


def _create(cli: Cli, setup: Any) -> tuple[Any, Any]:
    from ui.accounts import Accounts
    from ui.port import DeskPort

    keyring = cli.keyring or KeyringAccess()
    desk = Desk.create(cli.data_dir, passphrase=setup.passphrase,
                       use_keyring=setup.passphrase is None, keyring=keyring)
    account = Accounts(desk.data_dir, desk.store).create(setup.admin_name, setup.admin_password,
                                                         role="admin")
    return DeskPort.open(desk, training=True, start=True), account


def run(cli: Cli) -> int:
    if getattr(cli.args, "smoke_test", False):
        return smoke_test(cli)
    from PySide6.QtWidgets import QApplication

    from ui import theme
    from ui.main_window import MainWindow
    from ui.wizard import FirstRunWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("TPA Desk")
    app.setOrganizationName("TPA Desk")
    from PySide6.QtCore import QCoreApplication, QSettings

    settings = QSettings()
    language = settings.value("desk/language", None)
    theme.apply(app, str(language) if language else None)
    window = MainWindow(lock_minutes=float(settings.value("desk/auto_lock_minutes", 5)))
    window.show()

    def opened(port: Any, user: Any = None) -> None:
        window.show_opened(port.desk, training=port.training, port=port, user=user)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Locked):
            window.ask_passphrase(str(exc))
            return
        window.show_failed(str(exc) if isinstance(exc, DeskError) else
                           QCoreApplication.translate(
                               "MainWindow", "The store could not be opened because of a bug "
                                             "(the error was {0}). Please tell your "
                                             "administrator.").format(exc.__class__.__name__))

    def try_open(passphrase: str | None) -> None:
        window.background.submit(lambda: _open(cli, passphrase), opened, failed)

    window.passphrase_entered.connect(try_open)
    _watch_network(window)
    if (cli.data_dir / "desk.json").exists():
        try_open(None)
    else:
        def start_wizard(keyring_usable: bool) -> None:
            wizard = FirstRunWizard(keyring_usable, window)

            def setup(choice: Any) -> None:
                window.message.setText(QCoreApplication.translate(
                    "MainWindow", "Creating the encrypted store…"))
                window.background.submit(lambda: _create(cli, choice),
                                         lambda r: opened(r[0], user=r[1]), failed)
            wizard.completed.connect(setup)
            wizard.rejected.connect(lambda: window.show_failed(
                QCoreApplication.translate(
                    "MainWindow", "Setup was cancelled. Start TPA Desk again to set it up.")))
            window.wizard = wizard
            wizard.open()
        keyring = cli.keyring or KeyringAccess()
        window.background.submit(keyring.usable, start_wizard, failed)
    code = int(app.exec())
    window.background.wait()
    return code


def smoke_test(cli: Cli) -> int:
    """Offscreen, in a temporary data folder: create and open the store, show the window,
    admit one synthetic case and queue its pre-auth through the UI's port, run one sync cycle
    when the desk service is there, check the store, exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.admission import example_admission_json
    from app.documents import add_document
    from ui import theme
    from ui.main_window import MainWindow
    from ui.port import DeskPort

    with tempfile.TemporaryDirectory(prefix="tpadesk-smoke-") as tmp:
        data_dir = Path(tmp) / "data"
        desk = Desk.create(data_dir, passphrase=secrets.token_urlsafe(16), use_keyring=False,
                           keyring=KeyringAccess(False))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        theme.apply(app)
        window = MainWindow()
        window.show()
        port = DeskPort(desk, training=True)  # replaced by the service-backed port below
        from ui.accounts import Account

        window.show_opened(desk, training=True, port=port, user=Account("smoke", "admin"))
        outcome: dict[str, Any] = {}

        def cycle() -> str:
            live = DeskPort.open(desk, training=True, start=False)
            try:
                case_id = live.save_draft(None, example_admission_json(), actor="smoke")
                add_document(desk, case_id, _tiny_png(), category="POI", stage="preauth",
                             filename="smoke-id.png", actor="smoke")
                live.submit(case_id, "preauth", actor="smoke")
                sync = getattr(live.service, "sync_once", None)
                if callable(sync):
                    sync()
                outcome["problems"] = desk.check()
                return live.load_case(case_id).status
            finally:
                live.close()

        def done(status: str) -> None:
            outcome["status"] = status
            app.quit()  # also closes the window, which closes the store

        def failed(exc: BaseException) -> None:
            outcome["error"] = f"{exc.__class__.__name__}: {exc}"
            app.quit()

        window.background.submit(cycle, done, failed)
        QTimer.singleShot(120_000, app.quit)
        app.exec()
        window.close()
    code, text = smoke_verdict(outcome)
    print(text, file=cli.out if code == 0 else cli.err)
    return code


def preauth_delivered(status: str) -> bool:
    """Whether a case in ``status`` has had its pre-auth delivered to the payer (sent, or
    further along); a draft or a pre-auth still queued has not."""
    from app.lifecycle import split_status

    if status in ("payment_received", "closed"):
        return True
    stage, state = split_status(status)
    if stage is None:
        return False
    return not (stage == "preauth" and state == "queued")


def smoke_verdict(outcome: dict[str, Any]) -> tuple[int, str]:
    """The smoke test's exit code and message: 0 only when the cycle ran, the pre-auth was
    really delivered and the store checks clean."""
    if "error" in outcome:
        return 1, f"smoke test: the cycle failed: {outcome['error']}"
    if "status" not in outcome:
        return 1, "smoke test: the cycle did not finish in time"
    if not preauth_delivered(str(outcome["status"])):
        return 1, (f"smoke test: the pre-auth was not delivered (the case is "
                   f"{outcome['status']}); the sandbox did not take it")
    problems = outcome.get("problems", [])
    if problems:
        return 1, "smoke test: store check failed: " + "; ".join(problems)
    return 0, f"smoke test: ok (case {outcome['status']})"


def _tiny_png() -> Any:
    """A small blank PNG: the synthetic ID proof the training payer's checklist asks for."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 80), "white").save(buf, format="PNG")
    buf.seek(0)
    return buf


def _watch_network(window: Any) -> None:
    """The operating system's network-change notice is only a hint: it makes queued work due at
    once; the next real request decides whether the desk is online."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return
    if not QNetworkInformation.loadDefaultBackend():
        return
    info = QNetworkInformation.instance()
    if info is None:
        return

    def changed(*_: object) -> None:
        port = window.port
        if port is not None:
            window.background.submit(port.hint_network_changed, lambda _r: None,
                                     lambda _e: None)
    info.reachabilityChanged.connect(changed)
    window.network_information = info
