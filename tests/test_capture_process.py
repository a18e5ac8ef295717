"""Processing: orientation, greyscale text pages, downscaling, the JPEG quality search that
fits the payer's limit with the least loss, JPEGs packed without re-encoding, PDF compression."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime, tzinfo
from pathlib import Path

import img2pdf
import pytest
from PIL import Image
from pypdf import PdfReader

from app.capture.errors import DocumentRefused
from app.capture.importer import PageImage
from app.capture.process import (
    ProcessOptions,
    fit_pages,
    is_text_page,
    prepare_file,
    prepare_page,
    process_pages,
)
from tests.test_capture_support import jpeg_bytes, photo, text_page, write

MB2 = 2 * 1024 * 1024
needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                    reason="pdftoppm (poppler-utils) is not installed")


def pdf_images(data: bytes) -> list[tuple[bytes, str]]:
    """(raw, undecoded image stream bytes, filter) for the image on each page of a PDF."""
    reader = PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        for ref in xobjects.values():
            obj = ref.get_object()
            filt = obj.get("/Filter")
            if isinstance(filt, list):
                filt = filt[0] if len(filt) == 1 else filt
            found.append((obj._data, str(filt)))
    return found


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    img = Image.new("RGB", (400, 200), "white")
    img.paste((200, 0, 0), (0, 0, 40, 200))  # red band at the left edge of the stored pixels
    exif = Image.Exif()
    exif[0x0112] = 6  # display rotated 90 degrees clockwise
    path = write(tmp_path / "rotated.jpg", jpeg_bytes(img, exif=exif.tobytes()))
    doc = prepare_file(path, ProcessOptions(colour="colour"))
    page = PdfReader(doc.open()).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert height > width  # portrait after the rotation
    with Image.open(io.BytesIO(page.images[0].data)) as shown:
        assert shown.size[1] > shown.size[0]
        top = shown.convert("RGB").getpixel((shown.width // 2, 5))
        assert isinstance(top, tuple) and top[0] > 150 and top[1] < 90  # red band now on top


def test_text_pages_become_grey_and_photos_stay_colour() -> None:
    assert is_text_page(text_page(dpi=60))
    assert is_text_page(text_page(dpi=60).convert("L"))
    assert not is_text_page(photo(600, 400))
    assert not is_text_page(photo(600, 400).convert("L"))  # a black-and-white photo
    assert prepare_page(PageImage(text_page(dpi=100), 100.0)).image.mode == "L"
    assert prepare_page(PageImage(photo(600, 400), 150.0)).image.mode == "RGB"


def test_a_page_with_a_large_colour_stamp_stays_colour() -> None:
    page = text_page(dpi=60)
    page.paste((30, 60, 200), (100, 100, 260, 260))  # a big blue seal
    assert not is_text_page(page)


def test_pages_are_downscaled_to_the_target_resolution() -> None:
    prepared = prepare_page(PageImage(text_page(dpi=300), 300.0), ProcessOptions(target_dpi=150))
    assert prepared.dpi == 150
    assert abs(prepared.image.width - round(8.27 * 150)) <= 2


def test_small_pages_are_not_upscaled() -> None:
    prepared = prepare_page(PageImage(text_page(dpi=100), 100.0))
    assert prepared.dpi == 100 and prepared.image.width == round(8.27 * 100)


def test_jpegs_are_packed_into_the_pdf_without_re_encoding() -> None:
    pages = [PageImage(text_page(dpi=100, seed=n), 100.0) for n in range(2)]
    doc = process_pages(pages, "letters.pdf")
    assert doc.jpeg_quality is not None
    expected = [prepare_page(PageImage(text_page(dpi=100, seed=n), 100.0)) for n in range(2)]
    embedded = pdf_images(doc.data)
    assert [f for _, f in embedded] == ["/DCTDecode", "/DCTDecode"]
    for (raw, _), page in zip(embedded, expected, strict=True):
        out = io.BytesIO()
        page.image.save(out, "JPEG", quality=doc.jpeg_quality, optimize=True,
                        dpi=(round(page.dpi), round(page.dpi)))
        assert raw == out.getvalue()  # the very JPEG we encoded, byte for byte


@pytest.mark.slow
def test_compression_meets_the_2_mb_limit_with_the_highest_quality_that_fits() -> None:
    scans = [text_page(dpi=300, seed=n, rows=70) for n in range(8)]
    doc = process_pages([PageImage(s, 300.0) for s in scans], "bill.pdf")
    assert doc.size <= MB2
    assert len(PdfReader(doc.open()).pages) == 8
    assert doc.jpeg_quality is not None and doc.jpeg_quality < 90
    # least loss: one quality step more would not have fitted
    prepared = [prepare_page(PageImage(s, 300.0)) for s in scans]
    opts = ProcessOptions(min_quality=doc.jpeg_quality + 1, max_quality=doc.jpeg_quality + 1,
                          min_dpi=199, bilevel_text=False)
    with pytest.raises(DocumentRefused):
        fit_pages(prepared, "bill.pdf", opts)


def test_a_small_limit_lowers_the_resolution_before_giving_up() -> None:
    pages = [PageImage(text_page(dpi=200, seed=n), 200.0) for n in range(2)]
    doc = process_pages(pages, "two.pdf", ProcessOptions(max_bytes=300_000, bilevel_text=False))
    assert doc.size <= 300_000
    assert doc.dpi is not None and doc.dpi < 200


@pytest.mark.slow
def test_dense_text_that_jpeg_cannot_fit_is_stored_black_and_white_at_full_resolution(
        tmp_path: Path) -> None:
    scans = [text_page(dpi=200, seed=n, rows=70) for n in range(4)]
    opts = ProcessOptions(max_bytes=400_000)
    doc = process_pages([PageImage(s, 200.0) for s in scans], "notes.pdf", opts)
    assert doc.size <= 400_000 and doc.bilevel_pages == 4 and doc.dpi == 200
    filters = [f for _, f in pdf_images(doc.data)]
    assert filters == ["/CCITTFaxDecode"] * 4
    if shutil.which("pdftoppm"):  # rendered, the page is dark text on white paper
        import subprocess

        png = subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
                              "-png", "-"], input=doc.data, capture_output=True, check=True)
        with Image.open(io.BytesIO(png.stdout)) as page:
            grey = page.convert("L")
            assert grey.getpixel((5, 5)) == 255
            assert sum(grey.histogram()[:128]) > 0.01 * grey.width * grey.height


def test_a_photo_page_stays_jpeg_when_text_pages_go_black_and_white() -> None:
    pages = [PageImage(text_page(dpi=200, seed=1, rows=70), 200.0),
             PageImage(photo(600, 800), 100.0)]
    doc = process_pages(pages, "mixed.pdf", ProcessOptions(max_bytes=250_000))
    assert doc.size <= 250_000
    assert [f for _, f in pdf_images(doc.data)] == ["/CCITTFaxDecode", "/DCTDecode"]
    assert doc.bilevel_pages == 1 and doc.jpeg_quality is not None


def test_impossible_limit_is_refused_with_a_clear_message(tmp_root: Path) -> None:
    pages = [PageImage(photo(900, 1270, seed=n), 110.0) for n in range(3)]
    with pytest.raises(DocumentRefused, match=r"photos\.pdf.*over the payer's limit.*Split"):
        process_pages(pages, "photos.pdf", ProcessOptions(max_bytes=30_000))


def test_single_page_can_be_a_jpeg_document() -> None:
    doc = process_pages([PageImage(photo(800, 600), None)], "patient.jpg",
                        ProcessOptions(output="jpeg"))
    assert doc.mime_type == "image/jpeg" and doc.data.startswith(b"\xff\xd8")


def test_sha256_and_size_describe_the_bytes() -> None:
    import hashlib

    doc = process_pages([PageImage(text_page(dpi=72), 72.0)], "one.pdf")
    assert doc.size == len(doc.open().read())
    assert doc.sha256 == hashlib.sha256(doc.data).hexdigest()


@needs_pdftoppm
@pytest.mark.slow
def test_a_pdf_over_the_limit_is_re_rendered_within_it(tmp_path: Path, tmp_root: Path) -> None:
    images = [photo(2480, 3508, seed=n) for n in range(3)]
    path = tmp_path / "big.pdf"
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=300,
                   quality=95)
    assert path.stat().st_size > MB2
    doc = prepare_file(path)
    assert not doc.kept_original
    assert doc.size <= MB2
    assert len(PdfReader(doc.open()).pages) == 3


def test_without_pdftoppm_a_large_pdf_is_refused_clearly(
        tmp_path: Path, tmp_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.pdf"
    photo(1200, 1600).save(path, "PDF", resolution=150, quality=95)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    with pytest.raises(DocumentRefused, match=r"big\.pdf.*poppler-utils"):
        prepare_file(path, ProcessOptions(max_bytes=30_000))


@needs_pdftoppm
def test_a_pdf_that_cannot_fit_is_refused_and_leaves_nothing(tmp_path: Path,
                                                             tmp_root: Path) -> None:
    path = tmp_path / "scan.pdf"
    photo(1200, 1600).save(path, "PDF", resolution=150, quality=95)
    with pytest.raises(DocumentRefused, match=r"scan\.pdf.*Split"):
        prepare_file(path, ProcessOptions(max_bytes=20_000, min_dpi=120))


class _Clock(datetime):
    """A wall clock that is set, for img2pdf (it stamps dates unless told not to)."""

    at = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _Clock:  # type: ignore[override]
        return cls.fromtimestamp(cls.at.timestamp(), tz)


def test_the_same_pages_give_the_same_document_so_duplicates_can_be_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two runs years apart by the clock, one with pikepdf installed (as in development), one
    without it (as in the frozen build), give byte-identical PDFs with the same SHA-256."""
    pages = [text_page(dpi=72, seed=3), photo(300, 200)]
    monkeypatch.setattr(img2pdf, "datetime", _Clock)
    first = process_pages([PageImage(p, 72.0) for p in pages], "a.pdf")
    monkeypatch.setattr(_Clock, "at", datetime(2031, 6, 15, 17, 45, 12, tzinfo=UTC))
    monkeypatch.setattr(img2pdf, "have_pikepdf", False)
    again = process_pages([PageImage(p, 72.0) for p in pages], "b.pdf")
    assert first.sha256 == again.sha256
    assert first.data == again.data
    # nothing in the file that could differ between runs: no dates, no file identifier
    for marker in (b"/CreationDate", b"/ModDate", b"/ID", b"2026", b"2031"):
        assert marker not in first.data
    assert len(PdfReader(io.BytesIO(first.data)).pages) == 2


def test_a_bilevel_document_is_deterministic_too() -> None:
    pages = [text_page(dpi=200, seed=5)]
    options = ProcessOptions(max_bytes=70_000, min_dpi=190)
    first = process_pages([PageImage(p, 200.0) for p in pages], "a.pdf", options)
    again = process_pages([PageImage(p, 200.0) for p in pages], "a.pdf", options)
    assert first.bilevel_pages == 1
    assert first.sha256 == again.sha256


def test_a_16_bit_grey_scan_keeps_its_tones() -> None:
    import struct

    row = struct.pack("<100H", *[5000] * 100) + struct.pack("<100H", *[40000] * 100)
    deep = Image.frombytes("I;16", (200, 300), row * 300)  # 8 % and 61 % grey in 16 bits
    prepared = prepare_page(PageImage(deep, 100.0), ProcessOptions(colour="grey",
                                                                   clean_background=False))
    assert prepared.image.mode == "L"
    assert abs(prepared.image.getpixel((150, 150)) - 156) <= 1  # not clipped to white
    assert abs(prepared.image.getpixel((50, 150)) - 19) <= 1


def test_a_camera_photo_claiming_72_dpi_is_sized_as_a_page(tmp_path: Path) -> None:
    path = write(tmp_path / "phone.jpg", jpeg_bytes(photo(3000, 4000), dpi=(72, 72)))
    doc = prepare_file(path)
    page = PdfReader(doc.open()).pages[0]
    height_inches = float(page.mediabox.height) / 72
    assert abs(height_inches - 297 / 25.4) < 0.2  # an A4-tall page, not a 55-inch poster
    with Image.open(io.BytesIO(page.images[0].data)) as img:
        assert max(img.size) <= round(297 / 25.4 * 200) + 2  # downscaled to 200 dpi
