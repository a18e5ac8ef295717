"""The case view's documents panel and Part C: files dropped on the panel are attached in the
background (all or none; each refused file named, nothing added); Part C is rendered off the
GUI thread, previewed page by page and printed through QPrinter (here to a PDF file)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.documents import documents_of
from tests.test_ui_support import make_desk, open_window
from ui.main_window import MainWindow
from ui.part_c_print import PartCPreview

WAIT = 60_000


def _case_window(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, str]:
    desk = make_desk(data_dir)
    window = open_window(qtbot, desk)
    assert window.port is not None
    case_id = window.port.save_draft(None, example_admission_json(), actor="asha.clerk")
    with qtbot.waitSignal(window.case_loaded, timeout=WAIT):
        window.open_case(case_id)
    return window, case_id


def _scan(path: Path, width: int) -> Path:
    Image.new("RGB", (width, 300), "white").save(path, format="PNG")
    return path


def _drop(window: MainWindow, paths: list[Path]) -> None:
    panel = window.case_view.drop_panel
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)


def test_dropped_files_are_attached_in_the_background(qtbot: QtBot, data_dir: Path,
                                                      tmp_path: Path) -> None:
    window, case_id = _case_window(qtbot, data_dir)
    view = window.case_view
    view.attach_category.setCurrentIndex(view.attach_category.findData("POI"))
    files = [_scan(tmp_path / "id-front.png", 400), _scan(tmp_path / "id-back.png", 410)]
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        _drop(window, files)
        assert view.attach_progress.isVisible()  # progress while it works
    assert not view.attach_progress.isVisible()
    assert view.attach_status.text() == "2 documents attached."
    assert window.desk is not None
    docs = documents_of(window.desk.store, case_id)
    assert [d.category for d in docs] == ["POI", "POI"]
    qtbot.waitUntil(lambda: view.documents.count() == 2, timeout=WAIT)


def test_dropping_a_broken_file_names_it_and_adds_nothing(qtbot: QtBot, data_dir: Path,
                                                          tmp_path: Path) -> None:
    window, case_id = _case_window(qtbot, data_dir)
    view = window.case_view
    good = _scan(tmp_path / "report.png", 420)
    broken = tmp_path / "broken-scan.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)  # a truncated JPEG
    with qtbot.waitSignal(window.action_failed, timeout=WAIT):
        _drop(window, [good, broken])
    assert view.attach_errors.isVisibleTo(view)
    assert "broken-scan.jpg" in view.attach_errors.text()
    assert "report.png" not in view.attach_errors.text()
    assert "Nothing was attached" in view.attach_status.text()
    assert window.desk is not None
    assert documents_of(window.desk.store, case_id) == []
    assert view.attach_button.isEnabled()


def test_a_drag_without_local_files_is_refused(qtbot: QtBot, data_dir: Path) -> None:
    window, _case_id = _case_window(qtbot, data_dir)
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.case_view.drop_panel, enter)
    assert not enter.isAccepted()


def test_part_c_is_previewed_and_printed_page_for_page(qtbot: QtBot, data_dir: Path,
                                                       tmp_path: Path) -> None:
    window, case_id = _case_window(qtbot, data_dir)
    with qtbot.waitSignal(window.part_c_ready, timeout=WAIT) as blocker:
        window.case_view.action_buttons["print"].click()
    dialog = blocker.args[0]
    assert isinstance(dialog, PartCPreview) and dialog.isVisible()
    assert "Preparing Part C" not in window.statusBar().currentMessage()  # done: not lingering
    pages = len(PdfReader(io.BytesIO(dialog.rendered.data)).pages)
    assert dialog.page_count() == pages >= 1
    assert not dialog.page_labels[0].pixmap().isNull()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=WAIT):
        dialog.print_to(printer)
    assert len(PdfReader(out).pages) == pages
    saved = tmp_path / f"{case_id}-part-c.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_to(str(saved))
    assert saved.read_bytes() == dialog.rendered.data
    dialog.reject()


def test_the_print_dialog_opens_without_blocking(qtbot: QtBot, data_dir: Path) -> None:
    window, case_id = _case_window(qtbot, data_dir)
    with qtbot.waitSignal(window.part_c_ready, timeout=WAIT) as blocker:
        window.run_action(case_id, "print", {})
    dialog = blocker.args[0]
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.print_dialog.isVisible(), timeout=WAIT)
    assert dialog.isVisible()  # the preview stays usable behind it
    dialog.print_dialog.reject()
    assert dialog.note.text() == ""  # nothing printed
    dialog.reject()
