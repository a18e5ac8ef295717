"""The page editor: rotate, reorder, delete and split pages before they are stored; the stored
PDFs have the expected pages in the expected order and orientation, with the category and stage
chosen per document. Pages come from images (synthetic) or the SANE test scanner."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.admission import example_admission_json
from app.documents import documents_of, open_document
from tests.test_ui_support import make_desk, open_window
from ui.main_window import MainWindow
from ui.page_editor import EditPage, PageEditor

WAIT = 60_000


def _editor(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, str, PageEditor]:
    window = open_window(qtbot, make_desk(data_dir))
    assert window.port is not None
    case_id = window.port.save_draft(None, example_admission_json(), actor="asha.clerk")
    with qtbot.waitSignal(window.case_loaded, timeout=WAIT):
        window.open_case(case_id)
    with qtbot.waitSignal(window.page_editor_ready, timeout=WAIT) as blocker:
        window.case_view.pages_button.click()
    editor = blocker.args[0]
    assert isinstance(editor, PageEditor) and editor.isVisible()
    return window, case_id, editor


def _page(width: int, height: int, shade: int) -> EditPage:
    return EditPage(Image.new("RGB", (width, height), (shade, shade, shade)), 100.0, "test")


def _shapes(window: MainWindow, document_id: str) -> list[str]:
    """Each stored page as 'wide', 'tall' or 'square' (from its media box)."""
    assert window.desk is not None
    with open_document(window.desk.store, document_id) as fh:
        reader = PdfReader(io.BytesIO(fh.read()))
        out = []
        for page in reader.pages:
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            out.append("square" if abs(w - h) < 2 else ("wide" if w > h else "tall"))
    return out


def test_rotate_reorder_and_delete_give_the_stored_page_order(qtbot: QtBot, data_dir: Path
                                                              ) -> None:
    window, case_id, editor = _editor(qtbot, data_dir)
    editor.add_pages([_page(1000, 500, 200), _page(500, 800, 180), _page(600, 600, 220)])
    assert editor.list.count() == 3
    editor.select_row(0)
    editor.right_button.click()           # the wide page turns tall
    assert editor.pages[int(editor.list.item(0).data(256))].rotation == 90
    editor.select_row(2)
    editor.earlier_button.click()
    editor.earlier_button.click()         # the square page goes first
    assert editor.list.currentRow() == 0
    editor.select_row(2)          # the original tall page (now third)
    editor.delete_button.click()
    assert editor.list.count() == 2
    assert "turned right" in editor.list.item(1).text()
    editor.set_choice(0, category="DIA", stage="preauth")
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        editor.store_button.click()
    assert window.desk is not None
    docs = documents_of(window.desk.store, case_id)
    assert [(d.category, d.stage, d.pages, d.mime) for d in docs] == \
        [("DIA", "preauth", 2, "application/pdf")]
    assert _shapes(window, docs[0].id) == ["square", "tall"]
    assert not editor.isVisible()


def test_split_gives_two_documents_with_their_own_category_and_stage(qtbot: QtBot,
                                                                     data_dir: Path) -> None:
    window, case_id, editor = _editor(qtbot, data_dir)
    editor.add_pages([_page(500, 700, 200), _page(700, 500, 190), _page(600, 600, 210)])
    editor.select_row(1)
    editor.split_button.click()
    assert editor.docs.rowCount() == 2
    assert editor.docs.item(1, 0).text() == "Document 2: pages 2–3"
    assert editor.docs.item(0, 0).text() == "Document 1: page 1"
    editor.set_choice(0, category="POI", stage="preauth")
    editor.set_choice(1, category="HDS", stage="discharge")
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        editor.request_store()
    assert window.desk is not None
    docs = documents_of(window.desk.store, case_id)
    assert [(d.category, d.stage, d.pages) for d in docs] == \
        [("POI", "preauth", 1), ("HDS", "discharge", 2)]
    assert _shapes(window, docs[1].id) == ["wide", "square"]


def test_pages_from_a_broken_file_are_refused_by_name(qtbot: QtBot, data_dir: Path,
                                                      tmp_path: Path) -> None:
    _window, _case_id, editor = _editor(qtbot, data_dir)
    bad = tmp_path / "torn-page.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    with qtbot.waitSignal(editor.add_failed, timeout=WAIT) as blocker:
        editor.add_files([str(bad)])
    assert "torn-page.png" in blocker.args[0]
    assert editor.list.count() == 0 and not editor.store_button.isEnabled()


def test_image_files_become_pages(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    _window, _case_id, editor = _editor(qtbot, data_dir)
    path = tmp_path / "two-pages.tiff"
    first = Image.new("RGB", (400, 600), "white")
    first.save(path, save_all=True, append_images=[Image.new("RGB", (600, 400), "white")])
    with qtbot.waitSignal(editor.pages_added, timeout=WAIT):
        editor.add_files([str(path)])
    assert editor.list.count() == 2 and editor.docs.rowCount() == 1


@pytest.mark.skipif(shutil.which("scanimage") is None, reason="SANE (scanimage) not installed")
def test_a_page_from_the_sane_test_scanner(qtbot: QtBot, data_dir: Path) -> None:
    _window, _case_id, editor = _editor(qtbot, data_dir)
    with qtbot.waitSignal(editor.pages_added, timeout=WAIT):
        editor.scan("test:0")
    assert editor.list.count() == 1


def test_the_page_editor_starts_with_the_scanner_defaults_kept_in_settings(
        qtbot: QtBot, data_dir: Path) -> None:
    window = open_window(qtbot, make_desk(data_dir))
    assert window.port is not None
    window.port.save_scanner_defaults(300, "colour", actor="priya.admin")
    case_id = window.port.save_draft(None, example_admission_json(), actor="asha.clerk")
    with qtbot.waitSignal(window.case_loaded, timeout=WAIT):
        window.open_case(case_id)
    applied: list[tuple[int, str]] = []
    with qtbot.waitSignal(window.page_editor_ready, timeout=WAIT) as blocker:
        window.case_view.pages_button.click()
    editor = blocker.args[0]
    editor.scanner_defaults_applied.connect(lambda dpi, mode: applied.append((dpi, mode)))
    qtbot.waitUntil(lambda: applied == [(300, "colour")], timeout=WAIT)  # read off the GUI thread
    assert editor.scan_settings() == (300, "colour")
    assert (editor.resolution.currentText(), editor.colour.currentText()) == ("300 dpi", "Colour")
    if shutil.which("scanimage") is not None:  # the SANE test scanner scans with them
        with qtbot.waitSignal(editor.pages_added, timeout=WAIT):
            editor.scan("test:0")
        (page,) = editor.pages.values()
        assert round(page.dpi or 0) == 300 and page.image.mode == "RGB"


def test_a_scan_setting_the_clerk_picked_is_kept_when_the_defaults_arrive(
        qtbot: QtBot) -> None:
    editor = PageEditor("C-2612-0001", ocr=False)
    qtbot.addWidget(editor)
    assert editor.scan_settings() == (200, "grey")  # before the store has answered
    editor.colour.setCurrentIndex(editor.colour.findData("lineart"))
    editor.colour.activated.emit(editor.colour.currentIndex())
    editor.set_scanner_defaults(150, "colour")
    assert editor.scan_settings() == (150, "lineart")  # the default resolution, the clerk's colour
    assert editor.colour.currentText() == "Black and white"


needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract is not installed (tesseract-ocr)")


def _text_page(lines: list[str]) -> EditPage:
    from tests.test_capture_support import text_page

    return EditPage(text_page(lines, dpi=150, rows=len(lines)), 150.0, "scanner")


@needs_tesseract
def test_the_category_the_text_suggests_is_preselected_and_the_text_is_stored(
        qtbot: QtBot, data_dir: Path) -> None:
    from app.documents import document_text
    from tests.test_capture_support import KNOWN_TEXT

    window, case_id, editor = _editor(qtbot, data_dir)
    with qtbot.waitSignal(editor.category_suggested, timeout=WAIT) as blocker:
        editor.add_pages([_text_page(KNOWN_TEXT)])
    assert blocker.args == [0, "HDS"]
    assert editor.choices()[0][0] == "HDS"
    assert "HDS" in editor.note.text() and "check it" in editor.note.text()
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        editor.store_button.click()
    assert window.desk is not None
    (doc,) = documents_of(window.desk.store, case_id)
    assert doc.category == "HDS"
    text = document_text(window.desk.store, doc.id)
    assert text is not None and "pneumonia" in text


@needs_tesseract
def test_a_category_the_clerk_chose_is_not_overwritten_by_a_suggestion(qtbot: QtBot,
                                                                       data_dir: Path) -> None:
    from tests.test_capture_support import KNOWN_TEXT

    _window, _case_id, editor = _editor(qtbot, data_dir)
    editor.ocr_background.pool.setMaxThreadCount(1)
    first, second = _page(500, 700, 255), _text_page(KNOWN_TEXT)
    editor.add_pages([first])
    combo = editor.docs.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("MB"))
    combo.activated.emit(combo.currentIndex())  # as a clerk's pick does
    with qtbot.waitSignal(editor.page_read, timeout=WAIT,
                          check_params_cb=lambda pid: editor.pages[pid] is second):
        editor.add_pages([second])  # same document: its words suggest HDS
    assert editor.choices()[0][0] == "MB"


def test_without_ocr_nothing_is_suggested_and_storing_still_works(qtbot: QtBot,
                                                                  data_dir: Path) -> None:
    from app.documents import document_text
    from tests.test_capture_support import KNOWN_TEXT

    window, case_id, editor = _editor(qtbot, data_dir)
    editor.ocr_enabled = False  # as on a desk without tesseract
    suggestions: list[object] = []
    editor.category_suggested.connect(lambda *a: suggestions.append(a))
    editor.add_pages([_text_page(KNOWN_TEXT)])
    assert not editor.ocr_background.busy()
    with qtbot.waitSignal(window.action_done, timeout=WAIT):
        editor.store_button.click()
    assert window.desk is not None
    (doc,) = documents_of(window.desk.store, case_id)
    assert doc.category == editor.default_category and suggestions == []
    assert document_text(window.desk.store, doc.id) is None


def test_the_documents_table_reads_plainly_and_its_boxes_fit_their_rows(qtbot: QtBot,
                                                                       data_dir: Path) -> None:
    from PySide6.QtCore import Qt

    _window, _case_id, editor = _editor(qtbot, data_dir)
    editor.ocr_enabled = False
    editor.add_pages([_page(500, 700, 200), _page(500, 700, 190)])
    assert editor.store_button.text() == "Store 1 document"
    editor.select_row(1)
    editor.split_button.click()
    assert editor.store_button.text() == "Store 2 documents"
    # stages in plain words; the code stays the combo's data
    stage_box = editor.docs.cellWidget(0, 2)
    names = [stage_box.itemText(i) for i in range(stage_box.count())]
    assert names == ["Eligibility check", "Pre-authorisation", "Reply to a query", "Enhancement",
                     "Discharge", "Final claim", "Payment"]
    assert stage_box.itemData(2) == "query" and editor.choices()[0][1] == "preauth"
    # headers aligned like their (left-aligned) cells
    alignment = editor.docs.horizontalHeader().defaultAlignment()
    assert alignment & Qt.AlignmentFlag.AlignLeft
    # every combo box lies inside its row
    for row in range(editor.docs.rowCount()):
        height = editor.docs.rowHeight(row)
        for column in (1, 2):
            box = editor.docs.cellWidget(row, column)
            assert box.sizeHint().height() <= height - 4, (row, column)
    # turns in words
    editor.select_row(0)
    editor.left_button.click()
    assert editor.list.item(0).text().endswith("turned left")
    editor.left_button.click()
    assert editor.list.item(0).text().endswith("upside down")
    editor.right_button.click()
    editor.right_button.click()
    editor.right_button.click()
    assert editor.list.item(0).text().endswith("turned right")
    assert "°" not in editor.list.item(0).text()
