"""OCR: tesseract reads a known page and proposes its HCX category; everything returns None
when tesseract is absent, and capture does not depend on it."""

from __future__ import annotations

import io
import shutil
import threading
import time
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from app.capture import ocr
from app.capture.importer import PageImage
from app.capture.process import prepare_file, process_pages
from tests.test_capture_support import KNOWN_TEXT, text_page

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract is not installed (tesseract-ocr)")


@needs_tesseract
@pytest.mark.slow
def test_known_page_is_read_and_proposed_as_a_discharge_summary() -> None:
    page = text_page(KNOWN_TEXT, dpi=200, rows=len(KNOWN_TEXT))
    text = ocr.ocr_image(page)
    assert text is not None
    assert "DISCHARGE SUMMARY" in text
    assert "pneumonia" in text
    proposal = ocr.propose_category(text)
    assert proposal is not None and proposal.code == "HDS"


@needs_tesseract
@pytest.mark.slow
def test_ocr_of_a_stored_pdf_document() -> None:
    page = text_page(["TAX INVOICE", "Final bill for room charges", "Total amount 12500"],
                     dpi=200, rows=3)
    doc = process_pages([PageImage(page, 200.0)], "bill.pdf")
    result = ocr.ocr_document(doc)
    assert result is not None
    assert "INVOICE" in result.text.upper()
    assert result.category is not None and result.category.code == "MB"


def test_without_tesseract_everything_returns_none(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert not ocr.tesseract_available()
    page = text_page(KNOWN_TEXT, dpi=100, rows=len(KNOWN_TEXT))
    assert ocr.ocr_image(page) is None
    doc = process_pages([PageImage(page, 100.0)], "summary.pdf")  # capture still works
    assert doc.page_count == 1
    assert ocr.ocr_document(doc) is None


@pytest.mark.parametrize(("text", "code"), [
    ("DISCHARGE SUMMARY\nDate of discharge: 03-02-2026", "HDS"),
    ("City Hospital\nFINAL BILL\nRoom rent 2000\nTotal amount 9000", "MB"),
    ("Unique Identification Authority of India\nAadhaar", "POI"),
    ("INCOME TAX DEPARTMENT\nPermanent Account Number Card", "POI"),
    ("LABORATORY REPORT\nHaemoglobin 12.1 g/dL  reference range 12-15", "DIA"),
    ("Request for cashless hospitalisation\nPre-authorisation form Part C", "FCF"),
    ("Ayushman Bharat PM-JAY e-card", "BVC"),
])
def test_category_is_proposed_from_keywords(text: str, code: str) -> None:
    proposal = ocr.propose_category(text)
    assert proposal is not None and proposal.code == code
    assert proposal.matched


def test_a_title_outweighs_words_further_down() -> None:
    lines = ["DISCHARGE SUMMARY"] + ["course in hospital was uneventful"] * 15 + ["bill"]
    proposal = ocr.propose_category("\n".join(lines))
    assert proposal is not None and proposal.code == "HDS"


def test_no_keyword_gives_no_proposal() -> None:
    assert ocr.propose_category("lorem ipsum dolor sit amet") is None


def _text_pdf(lines: list[str]) -> bytes:
    """A PDF made by a computer (a text layer, no image)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842))
    y = 780
    for line in lines:
        pdf.drawString(60, y, line)
        y -= 18
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_pdf_with_a_text_layer_gives_its_text_without_ocr(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = _text_pdf(KNOWN_TEXT)
    path = tmp_path / "summary.pdf"
    path.write_bytes(data)
    doc = prepare_file(path)
    assert doc.kept_original
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no tesseract, no pdftoppm
    result = ocr.ocr_document(doc)
    assert result is not None and result.source == "text layer"
    assert "pneumonia" in result.text
    assert result.category is not None and result.category.code == "HDS"


def test_a_scanned_pdf_without_a_text_layer_is_not_mistaken_for_one() -> None:
    doc = process_pages([PageImage(text_page(KNOWN_TEXT, dpi=100, rows=8), 100.0)], "scan.pdf")
    assert ocr.pdf_text_layer(doc.data) is None


@needs_tesseract
def test_ocr_writes_nothing_outside_its_private_folder_and_removes_that(tmp_root: Path) -> None:
    page = text_page(["FINAL BILL", "Room charges 2000"], dpi=100, rows=2)
    text = ocr.ocr_image(page)
    assert text is not None and "BILL" in text.upper()
    # the tmp_root fixture checks that the folder is empty afterwards


@needs_tesseract
def test_cancel_stops_a_running_ocr_and_cleans_up(tmp_root: Path) -> None:
    page = text_page(dpi=300, seed=9)  # a dense page: several seconds of work
    cancel = ocr.OcrCancel()
    result: list[str | None] = []
    worker = threading.Thread(target=lambda: result.append(ocr.ocr_image(page, cancel=cancel)))
    worker.start()
    deadline = time.monotonic() + 30
    while cancel._proc is None and worker.is_alive() and time.monotonic() < deadline:
        worker.join(0.01)  # wait until tesseract runs
    started = time.monotonic()
    cancel.cancel()
    worker.join(30)
    assert not worker.is_alive() and time.monotonic() - started < 5
    assert result == [None]
    assert ocr.ocr_image(page, cancel=cancel) is None  # a cancelled token stays cancelled


def test_a_cancelled_token_runs_nothing() -> None:
    cancel = ocr.OcrCancel()
    cancel.cancel()
    assert cancel.run(["/bin/echo", "hello"], b"", 5) is None
