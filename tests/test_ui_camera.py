"""Proof-of-presence photos: without Qt Multimedia (PySide6-Essentials) or without a camera the
desk says so plainly and readies the Attach button for a photo file (category PoPr), without a
crash; a photo from the camera is stored in colour as PoPr, stamped with its capture time."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.documents import documents_of
from tests.test_ui_support import make_desk, open_window
from ui import camera
from ui.main_window import MainWindow

WAIT = 60_000


def _case_window(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, str]:
    window = open_window(qtbot, make_desk(data_dir))
    assert window.port is not None
    case_id = window.port.save_draft(None, example_admission_json(), actor="asha.clerk")
    with qtbot.waitSignal(window.case_loaded, timeout=WAIT):
        window.open_case(case_id)
    return window, case_id


def test_without_qt_multimedia_the_desk_explains_and_offers_a_photo_file(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(camera, "_multimedia", lambda: None)
    window, _case_id = _case_window(qtbot, data_dir)
    view = window.case_view
    with qtbot.waitSignal(window.camera_unavailable, timeout=WAIT) as blocker:
        view.photo_button.click()
    assert "Qt Multimedia is not installed" in blocker.args[0]
    assert "PoPr" in view.attach_status.text()
    assert view.attach_category.currentData() == "PoPr"


def test_without_a_camera_the_desk_says_so(qtbot: QtBot, data_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    media = SimpleNamespace(QMediaDevices=SimpleNamespace(videoInputs=lambda: []))
    monkeypatch.setattr(camera, "_multimedia", lambda: (media, None))
    window, _case_id = _case_window(qtbot, data_dir)
    with qtbot.waitSignal(window.camera_unavailable, timeout=WAIT) as blocker:
        window.case_view.photo_button.click()
    assert blocker.args[0] == camera.NO_CAMERA


def test_a_camera_photo_is_stored_as_proof_of_presence_with_its_time(
        qtbot: QtBot, data_dir: Path) -> None:
    window, case_id = _case_window(qtbot, data_dir)
    assert window.port is not None and window.desk is not None
    frame = io.BytesIO()
    Image.new("RGB", (1280, 720), (180, 120, 90)).save(frame, "JPEG")
    taken = datetime(2026, 12, 3, 7, 45, 12, tzinfo=UTC)
    doc = window.port.store_photo(case_id, frame.getvalue(), taken, actor="field.officer")
    assert (doc.category, doc.mime, doc.pages) == ("PoPr", "image/jpeg", 1)
    assert doc.captured_at is not None
    assert datetime.fromisoformat(doc.captured_at) == taken
    assert doc.filename == "popr-20261203-131512.jpg"  # India time in the name
    assert [d.id for d in documents_of(window.desk.store, case_id)] == [doc.id]
