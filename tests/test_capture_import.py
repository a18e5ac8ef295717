"""File import: type by content, and every kind of bad input refused with a message that names
the file, with nothing produced and no temporary file left behind."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from app.capture.errors import DocumentRefused
from app.capture.importer import FileKind, ImportLimits, inspect_file, sniff
from app.capture.process import prepare_file, prepare_files
from offline.errors import ValidationFailed
from tests.test_capture_support import (
    jpeg_bytes,
    js_action,
    launch_action,
    pdf_with,
    photo,
    sparse_tiff,
    text_page,
    write,
)


def refused(path: Path, match: str) -> DocumentRefused:
    with pytest.raises(DocumentRefused, match=match) as info:
        prepare_file(path)
    assert info.value.filename == path.name
    assert path.name in str(info.value)
    return info.value


# ---------------------------------------------------------------------- detection


def test_type_is_detected_from_content_not_from_the_extension(tmp_path: Path) -> None:
    png = io.BytesIO()
    text_page(dpi=50).save(png, "PNG")
    disguised = write(tmp_path / "scan.pdf", png.getvalue())
    assert inspect_file(disguised).kind is FileKind.PNG
    doc = prepare_file(disguised)
    assert doc.mime_type == "application/pdf"
    assert PdfReader(doc.open()).pages[0] is not None


def test_sniff_knows_each_accepted_type() -> None:
    assert sniff(b"\xff\xd8\xff\xe0" + b"\0" * 12) is FileKind.JPEG
    assert sniff(b"\x89PNG\r\n\x1a\n" + b"\0" * 8) is FileKind.PNG
    assert sniff(b"II*\x00" + b"\0" * 12) is FileKind.TIFF
    assert sniff(b"MM\x00*" + b"\0" * 12) is FileKind.TIFF
    assert sniff(b"%PDF-1.7\n" + b"\0" * 8) is FileKind.PDF
    assert sniff(b"\0\0\0\x18ftypheic" + b"\0" * 8) is FileKind.HEIC
    assert sniff(b"GIF89a" + b"\0" * 10) is None
    assert sniff(b"PK\x03\x04" + b"\0" * 12) is None


# ---------------------------------------------------------------------- bad input


def test_zero_byte_file_is_refused(tmp_path: Path, tmp_root: Path) -> None:
    refused(write(tmp_path / "empty.jpg", b""), "empty")


def test_truncated_jpeg_is_refused(tmp_path: Path, tmp_root: Path) -> None:
    data = jpeg_bytes(photo(800, 600))
    refused(write(tmp_path / "cut.jpg", data[: len(data) * 2 // 3]), "cut off")


def test_jpeg_missing_only_its_end_marker_is_refused(tmp_path: Path) -> None:
    data = jpeg_bytes(photo(400, 300))
    refused(write(tmp_path / "almost.jpg", data[:-2]), "cut off")


@pytest.mark.parametrize(("content", "words"), [
    (b"PK\x03\x04" + b"\0" * 200, "Office document"),
    (b"GIF89a" + b"\0" * 200, "GIF"),
    (b"<html><body>hi</body></html>", "HTML"),
    (b"\x00\x01\x02\x03 random bytes" * 10, "does not accept"),
])
def test_unsupported_types_are_refused_by_content(tmp_path: Path, content: bytes,
                                                  words: str) -> None:
    exc = refused(write(tmp_path / "document", content), words)
    assert "PDF, JPEG" in str(exc)


@pytest.mark.parametrize(("name", "content", "words"), [
    ("scan.jpg", b"Dear Sir, please find the report attached.\n", "not a JPEG image (it is a "
                                                                   "text file)"),
    ("report.pdf", b"PK\x03\x04" + b"\0" * 200, "not a PDF (it is a ZIP archive"),
    ("photo.png", b"\x00\x01\x02\x03 random bytes" * 10, "not a PNG image, whatever"),
])
def test_a_file_whose_content_is_not_what_its_name_says_is_told_so(
        tmp_path: Path, name: str, content: bytes, words: str) -> None:
    exc = refused(write(tmp_path / name, content), re.escape(words))
    assert str(exc).startswith(f"{name}: its content is not")
    assert "does not accept" not in str(exc)


def test_a_200_mb_tiff_is_refused_without_reading_it(tmp_path: Path, tmp_root: Path) -> None:
    big = sparse_tiff(tmp_path / "big.tif", 10_000, 7_000)
    assert big.stat().st_size > 200_000_000
    refused(big, "200 MB")


def test_a_pixel_bomb_is_refused_even_when_the_file_is_small(tmp_path: Path) -> None:
    bomb = sparse_tiff(tmp_path / "bomb.tif", 30_000, 30_000, file_size=8192)
    refused(bomb, "million pixels")


def test_pixel_limit_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path / "p.png", b"")
    text_page(dpi=50).save(path, "PNG")
    with pytest.raises(DocumentRefused, match="million pixels"):
        inspect_file(path, ImportLimits(max_page_pixels=100_000))


def test_password_protected_pdf_is_refused(tmp_path: Path, tmp_root: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    refused(write(tmp_path / "locked.pdf", out.getvalue()), "password")


def test_truncated_pdf_is_refused(tmp_path: Path, tmp_root: Path) -> None:
    data = pdf_with(pages=3)
    refused(write(tmp_path / "cut.pdf", data[: len(data) // 2]), "incomplete")


def test_garbage_pdf_is_refused(tmp_path: Path) -> None:
    error = refused(write(tmp_path / "junk.pdf",
                          b"%PDF-1.4\n" + b"\x8f garbage " * 50 + b"\n%%EOF\n"), "damaged")
    assert str(error) == ("junk.pdf: is a damaged PDF; its contents cannot be read. Save or print "
                          "it to PDF again, or scan the paper copy.")


@pytest.mark.parametrize("head", [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"II*\x00"])
def test_a_picture_with_only_its_first_bytes_is_refused_in_plain_words(
        tmp_path: Path, head: bytes) -> None:
    """Pillow's UnidentifiedImageError: the clerk is told what is wrong with the file, not the
    name of an exception."""
    error = refused(write(tmp_path / "torn-scan.png", head + b"\x00" * 40), "is damaged")
    assert str(error) == ("torn-scan.png: is damaged; it starts like a picture, but the rest "
                          "cannot be read as one (it may be only partly saved, or another kind "
                          "of file). Scan or save it again.")
    assert "Error" not in str(error)


def test_pdf_with_javascript_open_action_is_refused(tmp_path: Path, tmp_root: Path) -> None:
    refused(write(tmp_path / "js.pdf", pdf_with({"/OpenAction": js_action()})), "JavaScript")


def test_pdf_with_launch_action_is_refused(tmp_path: Path) -> None:
    refused(write(tmp_path / "launch.pdf", pdf_with({"/OpenAction": launch_action()})),
            "Launch")


def test_pdf_with_javascript_in_names_tree_is_refused(tmp_path: Path) -> None:
    names = DictionaryObject()
    js_tree = DictionaryObject()
    js_tree[NameObject("/Names")] = ArrayObject([js_action()])
    names[NameObject("/JavaScript")] = js_tree
    refused(write(tmp_path / "names.pdf", pdf_with({"/Names": names})), "JavaScript")


def test_pdf_with_automatic_actions_is_refused(tmp_path: Path) -> None:
    aa = DictionaryObject()
    aa[NameObject("/WC")] = launch_action()
    refused(write(tmp_path / "aa.pdf", pdf_with({"/AA": aa})), "automatically")


def test_pdf_opening_at_a_page_is_accepted_and_kept_as_is(tmp_path: Path) -> None:
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    writer._root_object[NameObject("/OpenAction")] = ArrayObject(
        [page.indirect_reference, NameObject("/Fit")])
    out = io.BytesIO()
    writer.write(out)
    path = write(tmp_path / "goto.pdf", out.getvalue())
    doc = prepare_file(path)
    assert doc.kept_original and doc.data == path.read_bytes()


def test_one_bad_file_refuses_the_whole_batch_and_names_every_bad_file(tmp_path: Path) -> None:
    good = write(tmp_path / "good.jpg", jpeg_bytes(photo(400, 300)))
    empty = write(tmp_path / "empty.png", b"")
    scripted = write(tmp_path / "script.pdf", pdf_with({"/OpenAction": js_action()}))
    with pytest.raises(ValidationFailed) as info:
        prepare_files([good, empty, scripted])
    names = [e.path for e in info.value.errors]
    assert names == ["empty.png", "script.pdf"]
    assert "nothing was saved" in str(info.value)


# ---------------------------------------------------------------------- good input


def test_small_pdf_is_kept_byte_for_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "report.pdf", pdf_with(pages=2))
    doc = prepare_file(path)
    assert doc.kept_original
    assert doc.data == path.read_bytes()
    assert (doc.page_count, doc.mime_type) == (2, "application/pdf")


def test_multi_page_tiff_becomes_one_pdf_with_every_page(tmp_path: Path) -> None:
    pages = [text_page(dpi=100, seed=n) for n in range(3)]
    path = tmp_path / "batch.tif"
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw",
                  dpi=(100, 100))
    doc = prepare_file(path)
    reader = PdfReader(doc.open())
    assert doc.page_count == len(reader.pages) == 3


def test_heic_photo_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "phone.heic"
    heif = pillow_heif.from_pillow(photo(320, 240))
    heif.save(str(path), quality=80)
    assert inspect_file(path).kind is FileKind.HEIC
    doc = prepare_file(path)
    assert doc.page_count == 1 and doc.size <= 2 * 1024 * 1024
    with Image.open(io.BytesIO(PdfReader(doc.open()).pages[0].images[0].data)) as img:
        assert img.mode == "RGB"


def test_photo_capture_time_is_read_from_exif(tmp_path: Path) -> None:
    img = photo(640, 480)
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2026:03:04 10:11:12"
    exif.get_ifd(0x8769)[36881] = "+05:30"
    path = write(tmp_path / "presence.jpg", jpeg_bytes(img, exif=exif.tobytes()))
    doc = prepare_file(path)
    assert doc.captured_at == "2026-03-04T10:11:12+05:30"


def test_exif_location_is_not_carried_into_the_stored_document(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8825)[1] = "N"  # GPS latitude reference
    exif[0x010F] = "SyntheticCameraMaker"
    path = write(tmp_path / "gps.jpg", jpeg_bytes(photo(640, 480), exif=exif.tobytes()))
    doc = prepare_file(path)
    assert b"SyntheticCameraMaker" in path.read_bytes()
    assert b"SyntheticCameraMaker" not in doc.data


def test_a_phone_jpeg_with_extra_pictures_is_one_page(tmp_path: Path) -> None:
    path = tmp_path / "phone.jpg"
    photo(400, 300).save(path, "MPO", save_all=True, append_images=[photo(200, 150)])
    with Image.open(path) as img:
        assert getattr(img, "n_frames", 1) == 2
    assert inspect_file(path).pages == 1
    assert prepare_file(path).page_count == 1
