"""Screenshots of the desk with synthetic training data: work queue, admission form, case view,
outbox. Offscreen by default (``QWidget.grab()``); ``--xvfb`` runs the same under Xvfb;
``--language hi`` shows the desk in Hindi.

    .venv/bin/python tools/screenshots.py [--out screenshots] [--xvfb] [--language hi]
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _wait(app: object, predicate: object, timeout_ms: int = 20_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not predicate():  # type: ignore[operator]
        if deadline.hasExpired():
            raise TimeoutError("the desk did not get there in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _abha_card_image() -> object:
    """A synthetic ABHA-style card whose QR is made by zxing-cpp's writer."""
    import json

    import zxingcpp
    from PIL import Image, ImageDraw

    payload = {"hidn": "91-5555-0000-1234", "hid": "kiran.patil@abdm", "name": "Kiran Patil",
               "gender": "M", "dob": "02-05-1979", "state name": "MAHARASHTRA",
               "district_name": "PUNE", "mobile": "9000000007",
               "address": "12 Synthetic Road, Kothrud"}
    code = zxingcpp.create_barcode(json.dumps(payload), zxingcpp.BarcodeFormat.QRCode)
    raw = memoryview(zxingcpp.write_barcode_to_image(code, scale=4))
    qr = Image.frombytes("L", (raw.shape[1], raw.shape[0]), raw.tobytes())
    card = Image.new("RGB", (1012, 638), (240, 246, 255))
    ImageDraw.Draw(card).rectangle((0, 0, 1012, 90), fill=(0, 82, 155))
    card.paste(qr.convert("RGB"), (1012 - qr.width - 30, 638 - qr.height - 30))
    return card


def _insurance_card_image() -> object:
    """A synthetic TPA e-card whose QR (zxing-cpp's writer) holds its policy and member ids."""
    import json

    import zxingcpp
    from PIL import Image, ImageDraw

    payload = {"insurer": "Training General Insurance Ltd", "policyNo": "TRN/HL/2026/000777",
               "memberId": "TRN-000777-01", "insuredName": "Kiran Patil"}
    code = zxingcpp.create_barcode(json.dumps(payload), zxingcpp.BarcodeFormat.QRCode)
    raw = memoryview(zxingcpp.write_barcode_to_image(code, scale=4))
    qr = Image.frombytes("L", (raw.shape[1], raw.shape[0]), raw.tobytes())
    card = Image.new("RGB", (1012, 638), (255, 250, 240))
    ImageDraw.Draw(card).rectangle((0, 0, 1012, 80), fill=(150, 30, 40))
    card.paste(qr.convert("RGB"), (1012 - qr.width - 30, 100))
    return card


def shoot(out: Path, language: str = "en") -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.admission import example_admission_json
    from app.desk import Desk
    from offline.keys import KeyringAccess
    from ui import theme
    from ui.accounts import Account
    from ui.main_window import MainWindow
    from ui.port import DeskPort
    from ui.queue_model import View
    from ui.training_seed import seed_cases, seed_outbox

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app, language)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tpadesk-shots-") as tmp:
        desk = Desk.create(Path(tmp) / "data", passphrase=secrets.token_urlsafe(16),
                           use_keyring=False, keyring=KeyringAccess(False))
        ids = seed_cases(desk.store)
        seed_outbox(desk.store, ids)
        window = MainWindow()
        window.resize(1366, 800)
        window.show()
        window.show_opened(desk, training=True, port=DeskPort(desk, training=True),
                           user=Account("priya", "admin"))
        _wait(app, lambda: window.model.rowCount() == len(ids))
        window.set_connectivity("online")
        window.set_view(View.ALL)
        window.table.selectRow(2)

        def grab(name: str) -> None:
            QApplication.processEvents()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            saved.append(path)

        grab("work-queue")
        # the admission form, filled, with one inline validation message showing
        window.new_admission()
        data = example_admission_json()
        data["patient"]["name"] = "Kiran Patil"
        data["patient"]["address"]["pin"] = "04110"
        window.form.load(None, data, editable=True)
        window.form.set_value("patient.aadhaar", "")
        got: list[object] = []
        window.validated.connect(got.append)
        window.save_form(window.form.to_json())
        _wait(app, lambda: bool(got))
        scroll = window.form.findChild(__import__("PySide6.QtWidgets", fromlist=["QScrollArea"])
                                       .QScrollArea)
        if scroll is not None:
            pin = window.form.fields["patient.address.pin"]
            scroll.ensureWidgetVisible(pin, 50, 160)
        grab("admission-form")
        # the ABHA card confirmation over the form (the clerk had typed a name already)
        window.form.set_value("patient.name", "Kiran Patil")
        window.form.set_value("patient.abha_number", "")
        card_path = Path(tmp) / "abha-card.png"
        _abha_card_image().save(card_path, "PNG")
        offered: list[object] = []
        window.form.abha_offered.connect(offered.append)
        window.form.read_abha_file(str(card_path))
        _wait(app, lambda: bool(offered))
        dialog = offered[0]
        QApplication.processEvents()
        path = out / "abha-confirm.png"
        dialog.grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)
        dialog.reject()  # type: ignore[attr-defined]
        # the insurance card's confirmation (a policy number typed already stays unticked)
        insurance_path = Path(tmp) / "tpa-card.png"
        _insurance_card_image().save(insurance_path, "PNG")
        offered.clear()
        window.form.insurance_offered.connect(offered.append)
        window.form.read_insurance_file(str(insurance_path))
        _wait(app, lambda: bool(offered))
        QApplication.processEvents()
        _dialog_shot(offered[0], out / "insurance-confirm.png", saved)
        offered[0].reject()  # type: ignore[attr-defined]
        # a queried case
        queried = next(i for i, r in enumerate(window.model.rows())
                       if r.status == "preauth_queried")
        case_id = window.model.row_at(queried).id
        loaded: list[str] = []
        window.case_loaded.connect(loaded.append)
        window.open_case(case_id)
        _wait(app, lambda: bool(loaded))
        grab("case-view")
        # the documents panel after a drop with one broken file, then the Part C preview
        broken = Path(tmp) / "broken-scan.jpg"
        broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)
        good = Path(tmp) / "discharge-summary.png"
        _abha_card_image().save(good, "PNG")
        failed_attach: list[str] = []
        window.action_failed.connect(failed_attach.append)
        window.case_view.attach_paths([str(good), str(broken)])
        _wait(app, lambda: bool(failed_attach))
        grab("case-documents-error")
        previews: list[object] = []
        window.part_c_ready.connect(previews.append)
        window.run_action(case_id, "print", {})
        _wait(app, lambda: bool(previews))
        QApplication.processEvents()
        path = out / "part-c-preview.png"
        previews[0].grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)
        previews[0].reject()  # type: ignore[attr-defined]
        # the page editor: four synthetic pages, one turned, split into two documents
        from PIL import Image, ImageDraw

        from ui.page_editor import EditPage

        editors: list[object] = []
        window.page_editor_ready.connect(editors.append)
        window.open_page_editor(case_id, "DIA", "query")
        _wait(app, lambda: bool(editors))
        editor = editors[0]
        pages = []
        for i, (w, h) in enumerate(((1240, 1754), (1754, 1240), (1240, 1754), (1240, 1754))):
            img = Image.new("RGB", (w, h), "white")
            draw = ImageDraw.Draw(img)
            draw.rectangle((80, 80, w - 80, 220), fill=(220, 228, 238))
            for line in range(14):
                y = 300 + line * 70
                draw.rectangle((100, y, w - 100 - (line * 37) % 400, y + 22), fill=(90, 90, 90))
            draw.text((110, 120), f"SYNTHETIC REPORT PAGE {i + 1}", fill="black")
            pages.append(EditPage(img, 150.0, "synthetic"))
        editor.add_pages(pages)  # type: ignore[attr-defined]
        editor.select_row(1)  # type: ignore[attr-defined]
        editor.rotate_selected(-90)  # type: ignore[attr-defined]
        editor.select_row(2)  # type: ignore[attr-defined]
        editor.split_at_selected()  # type: ignore[attr-defined]
        editor.set_choice(1, category="MB", stage="claim")  # type: ignore[attr-defined]
        QApplication.processEvents()
        path = out / "page-editor.png"
        editor.grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)
        editor.reject()  # type: ignore[attr-defined]
        window.set_connectivity("offline")
        done: list[bool] = []
        window.outbox_loaded.connect(lambda: done.append(True))
        window.show_outbox()
        _wait(app, lambda: bool(done))
        window.outbox_view.table.selectRow(0)
        grab("outbox")
        # settings: a new live payer with one wrong URL named on its field
        window.show_settings()
        view = window.settings_view
        _wait(app, lambda: view.editor.base is not None)
        view.new_payer()
        editor = view.editor
        for name, value in (("code", "star-demo"), ("name", "Star Demo"),
                            ("exchange_url", "http://hcx.example.in"),
                            ("relay_url", "https://relay.example.in"),
                            ("payer_participant_code", "1000@hcx")):
            editor.fields[name].setText(value)  # type: ignore[union-attr]
        failed: list[object] = []
        window.payer_save_failed.connect(failed.append)
        editor.request_save()
        _wait(app, lambda: bool(failed))
        grab("settings-payer")
        # settings: the administrator's Clerks tab
        view.tabs.setCurrentIndex(1)
        _wait(app, lambda: view.clerks.list.count() > 0 or True)
        view.clerks.name.setText("meena.k")
        grab("settings-clerks")
        view.tabs.setCurrentIndex(2)
        grab("settings-desk")
        window.set_connectivity("online")
        # the smallest supported width: every queue and timeline column still on screen
        window.resize(1280, 800)
        window.set_view(View.ALL)
        window.table.selectRow(0)
        grab("work-queue-1280")
        loaded.clear()
        window.open_case(case_id)
        _wait(app, lambda: bool(loaded))
        grab("case-view-1280")
        # the checks before a pre-auth (a draft with its ID proof missing), then Cancel case
        draft = next(r.id for r in window.model.rows() if r.status == "draft")
        checks: list[object] = []
        window.checks_ready.connect(checks.append)
        window.run_action(draft, "preauth", {})
        _wait(app, lambda: bool(checks))
        QApplication.processEvents()
        _dialog_shot(checks[0], out / "checks-dialog.png", saved)
        checks[0].reject()  # type: ignore[attr-defined]
        asked: list[object] = []
        window.cancel_asked.connect(asked.append)
        window.run_action(draft, "cancel", {})
        _wait(app, lambda: bool(asked))
        asked[0].reason.setPlainText("Patient shifted to another hospital")  # type: ignore
        QApplication.processEvents()
        _dialog_shot(asked[0], out / "cancel-dialog.png", saved)
        asked[0].reject()  # type: ignore[attr-defined]
        # locked: the work and the signed-in name are hidden
        window.show_queue()
        window.lock()
        grab("locked")
        window.close()
    # the first-run wizard, on a computer without a keyring
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(keyring_usable=False)
    wizard.open()
    wizard.store_page.passphrase.setText("a long desk passphrase")
    wizard.store_page.confirm.setText("a long desk passphrase")
    wizard.next()
    wizard.admin_page.name.setText("meera.admin")
    QApplication.processEvents()
    _dialog_shot(wizard, out / "first-run-wizard.png", saved)
    wizard.reject()
    return saved


def _dialog_shot(dialog: object, path: Path, saved: list[Path]) -> None:
    dialog.grab().save(str(path))  # type: ignore[attr-defined]
    saved.append(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--xvfb", action="store_true", help="run under Xvfb instead of offscreen")
    parser.add_argument("--language", default="en", choices=("en", "hi"),
                        help="the desk's language (default English)")
    args = parser.parse_args()
    if args.xvfb and not os.environ.get("TPADESK_UNDER_XVFB"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("xvfb-run is not installed (apt-get install -y xvfb)", file=sys.stderr)
            return 2
        env = dict(os.environ, TPADESK_UNDER_XVFB="1", QT_QPA_PLATFORM="xcb")
        return subprocess.run([xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable,
                               __file__, "--out", args.out, "--xvfb", "--language",
                               args.language], env=env,
                              check=False).returncode
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in shoot(Path(args.out), args.language):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
