"""`tpadesk scan` with the real SANE test device, and `attach` of formats that need processing."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.cli import main
from app.desk import Desk
from app.documents import open_document
from tests.conftest import FAST_KDF

PASS = "capture cli pass"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


@pytest.fixture
def case_id(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF).close()
    monkeypatch.setenv("TPADESK_KEYRING", "off")
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    monkeypatch.setenv("TPADESK_DATA_DIR", str(data_dir))
    example = tmp_path / "admission.json"
    example.write_text(run("admit", "--example")[1])
    code, out, err = run("admit", "--json", str(example))
    assert code == 0, err
    return out.strip()


def stored_pdf(data_dir: Path, doc_id: str) -> PdfReader:
    with Desk.open(data_dir, lambda: PASS) as desk:
        return PdfReader(io.BytesIO(open_document(desk, doc_id).read()))


@pytest.mark.skipif(shutil.which("scanimage") is None,
                    reason="scanimage (sane-utils) is not installed; .ci/run installs it")
def test_scan_a_feeder_batch_into_one_pdf(case_id: str, data_dir: Path) -> None:
    code, _out, err = run("scan", case_id, "--category", "MB", "--device", "test:0",
                         "--pages", "3", "--source", "feeder")
    assert code == 0, err
    shown = json.loads(run("show", case_id, "--json")[1])
    (doc,) = shown["documents"]
    assert (doc["category"], doc["pages"]) == ("MB", 3)
    assert len(stored_pdf(data_dir, doc["id"]).pages) == 3
    assert doc["size_bytes"] <= 2 * 1024 * 1024


@pytest.mark.skipif(shutil.which("scanimage") is None,
                    reason="scanimage (sane-utils) is not installed; .ci/run installs it")
def test_the_same_scan_twice_is_refused_as_a_duplicate(case_id: str) -> None:
    """The SANE test device draws the same picture each time: the second scan is the same
    document and is refused (exit 2), naming the document already attached."""
    argv = ("scan", case_id, "--category", "POI", "--device", "test:0", "--resolution", "75")
    code, out, err = run(*argv)
    assert code == 0, err
    first = out.split()[0]
    code, out, err = run(*argv)
    assert code == 2, out
    assert "already attached" in err and first in err
    shown = json.loads(run("show", case_id, "--json")[1])
    assert [d["id"] for d in shown["documents"]] == [first]


@pytest.mark.skipif(shutil.which("scanimage") is None,
                    reason="scanimage (sane-utils) is not installed; .ci/run installs it")
@pytest.mark.parametrize(("dpi", "words"), [("5000", "more than"), ("10", "too coarse")])
def test_scan_refuses_a_resolution_out_of_range_and_stores_nothing(case_id: str, dpi: str,
                                                                  words: str) -> None:
    code, _out, err = run("scan", case_id, "--category", "MB", "--device", "test:0",
                          "--resolution", dpi)
    assert code == 2
    assert f"resolution: {dpi} dpi is {words}" in err and "1 to 1200 dpi" in err
    assert json.loads(run("show", case_id, "--json")[1])["documents"] == []


def test_scan_with_an_unknown_device_is_bad_input(case_id: str) -> None:
    if shutil.which("scanimage") is None:
        pytest.skip("scanimage (sane-utils) is not installed; .ci/run installs it")
    code, _, err = run("scan", case_id, "--category", "MB", "--device", "nosuch:0")
    assert code == 2
    assert "nosuch:0" in err or "scanner" in err.lower()
    assert json.loads(run("show", case_id, "--json")[1])["documents"] == []


def test_attach_a_multipage_tiff_becomes_one_pdf(case_id: str, data_dir: Path,
                                                 tmp_path: Path) -> None:
    tiff = tmp_path / "report.tiff"
    pages = [Image.new("L", (1240, 1754), 255) for _ in range(3)]
    pages[0].save(tiff, save_all=True, append_images=pages[1:], dpi=(150, 150))
    code, _out, err = run("attach", case_id, "--category", "DIA", str(tiff))
    assert code == 0, err
    (doc,) = json.loads(run("show", case_id, "--json")[1])["documents"]
    assert (doc["pages"], doc["mime"]) == (3, "application/pdf")
    assert len(stored_pdf(data_dir, doc["id"]).pages) == 3


def test_attach_refuses_a_bad_file_and_keeps_the_good_one_out_too(case_id: str,
                                                                  tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    Image.new("RGB", (300, 200), "white").save(good)
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 40)
    code, _, err = run("attach", case_id, "--category", "POI", str(good), str(bad))
    assert code == 2 and "broken.jpg" in err
    assert json.loads(run("show", case_id, "--json")[1])["documents"] == []


def test_import_folder_takes_complete_files_and_removes_them_after_a_verified_import(
        case_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    page = tmp_path / "page.png"
    Image.new("L", (800, 1100), 255).save(page)
    (folder / "scan-001.png").write_bytes(page.read_bytes())
    (folder / "scan-002.pdf.part").write_bytes(b"%PDF-1.4 still being written")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 40)
    code, out, _ = run("import-folder", str(folder), case_id, "--category", "DIA",
                       "--settle", "0", "--timeout", "1.5")
    assert code == 0
    assert "imported scan-001.png" in out and "refused  broken.jpg" in out
    assert sorted(p.name for p in folder.iterdir()) == ["broken.jpg", "scan-002.pdf.part"]
    (doc,) = json.loads(run("show", case_id, "--json")[1])["documents"]
    assert (doc["category"], doc["pages"]) == ("DIA", 1)


def test_import_folder_keep_leaves_the_scans(case_id: str, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    Image.new("L", (800, 1100), 255).save(folder / "scan.png")
    code, out, _ = run("import-folder", str(folder), case_id, "--category", "DIA",
                       "--settle", "0", "--timeout", "1.5", "--keep")
    assert code == 0 and "1 imported" in out
    assert (folder / "scan.png").exists()


def test_a_proof_of_presence_photo_keeps_its_capture_time(case_id: str, tmp_path: Path) -> None:
    photo = tmp_path / "patient-at-bed-12.jpg"
    image = Image.new("RGB", (1200, 900), (180, 140, 120))
    exif = image.getexif()
    exif.get_ifd(0x8769)[36867] = "2026:12:03 10:15:30"  # DateTimeOriginal
    exif.get_ifd(0x8769)[36881] = "+05:30"  # OffsetTimeOriginal
    image.save(photo, exif=exif, quality=90)
    code, _, err = run("attach", case_id, "--category", "PoPr", str(photo))
    assert code == 0, err
    (doc,) = json.loads(run("show", case_id, "--json")[1])["documents"]
    assert doc["category"] == "PoPr"
    assert doc["captured_at"] == "2026-12-03T10:15:30+05:30"


needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract is not installed (tesseract-ocr)")


def _discharge_summary(path: Path) -> Path:
    from tests.test_capture_support import KNOWN_TEXT, text_page

    text_page(KNOWN_TEXT, dpi=200, rows=len(KNOWN_TEXT)).save(path, dpi=(200, 200))
    return path


@needs_tesseract
def test_attach_auto_takes_the_category_the_text_suggests_and_keeps_the_text(
        case_id: str, data_dir: Path, tmp_path: Path) -> None:
    from app.documents import document_text, find_documents

    page = _discharge_summary(tmp_path / "scan-0042.png")
    code, out, err = run("attach", case_id, "--category", "auto", "--stage", "discharge",
                         str(page))
    assert code == 0, err
    doc_id = out.split()[0]
    assert f"note: {doc_id} scan-0042.png: category HDS" in err
    (doc,) = json.loads(run("show", case_id, "--json")[1])["documents"]
    assert (doc["id"], doc["category"], doc["stage"]) == (doc_id, "HDS", "discharge")
    with Desk.open(data_dir, lambda: PASS) as desk:
        text = document_text(desk, doc_id)
        assert text is not None and "pneumonia" in text
        assert [d.id for d in find_documents(desk, case_id, "PNEUMONIA antibiotics")] == [doc_id]
        assert find_documents(desk, case_id, "pneumonia appendix") == []


@needs_tesseract
def test_attach_auto_refuses_a_page_whose_text_suggests_nothing(case_id: str,
                                                               tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (1240, 1754), 255).save(blank, dpi=(150, 150))
    good = _discharge_summary(tmp_path / "summary.png")
    code, out, err = run("attach", case_id, "--category", "auto", str(good), str(blank))
    assert code == 2, out
    assert "blank.png" in err and "--category" in err and "summary.png" not in err
    assert json.loads(run("show", case_id, "--json")[1])["documents"] == []


def test_attach_auto_without_tesseract_says_what_to_do(case_id: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = _discharge_summary(tmp_path / "summary.png")
    monkeypatch.setattr("app.capture.ocr.shutil.which", lambda _name: None)
    code, _, err = run("attach", case_id, "--category", "auto", str(page))
    assert code == 2
    assert "category" in err and "tesseract is not installed" in err and "--category HDS" in err
    assert json.loads(run("show", case_id, "--json")[1])["documents"] == []


def test_attach_works_without_tesseract_and_stores_no_text(case_id: str, data_dir: Path,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from app.documents import document_text

    page = _discharge_summary(tmp_path / "summary.png")
    monkeypatch.setattr("app.capture.ocr.shutil.which", lambda _name: None)
    code, out, err = run("attach", case_id, "--category", "HDS", str(page))
    assert code == 0, err
    assert "note:" not in err
    with Desk.open(data_dir, lambda: PASS) as desk:
        assert document_text(desk, out.split()[0]) is None


@needs_tesseract
def test_attach_notes_when_the_text_reads_like_another_category(case_id: str, tmp_path: Path
                                                                ) -> None:
    page = _discharge_summary(tmp_path / "summary.png")
    code, _out, err = run("attach", case_id, "--category", "MB", str(page))
    assert code == 0, err
    assert "reads like HDS" in err and "attached as MB" in err


@needs_tesseract
def test_attach_no_ocr_stores_no_text(case_id: str, data_dir: Path, tmp_path: Path) -> None:
    from app.documents import document_text

    page = _discharge_summary(tmp_path / "summary.png")
    code, out, err = run("attach", case_id, "--category", "HDS", "--no-ocr", str(page))
    assert code == 0, err
    with Desk.open(data_dir, lambda: PASS) as desk:
        assert document_text(desk, out.split()[0]) is None


def test_a_proof_of_presence_photo_without_a_capture_time_is_warned_and_recorded_unknown(
        case_id: str, data_dir: Path, tmp_path: Path) -> None:
    from app.audit import entries

    photo = tmp_path / "patient-at-bed-7.jpg"
    Image.new("RGB", (1200, 900), (150, 120, 100)).save(photo, quality=90)  # no EXIF at all
    code, out, err = run("attach", case_id, "--category", "PoPr", str(photo))
    assert code == 0, err
    doc_id = out.split()[0]
    assert f"warning: {doc_id} patient-at-bed-7.jpg: the photo carries no capture time" in err
    assert "recorded as unknown" in err
    (doc,) = json.loads(run("show", case_id, "--json")[1])["documents"]
    assert doc["captured_at"] is None  # no invented time
    assert doc["capture_source"] == "unknown"
    with Desk.open(data_dir, lambda: PASS) as desk:
        (added,) = [e for e in entries(desk.store, case_id) if e.action == "document.added"]
    assert added.details["captured_at"] == "unknown"


def test_a_photo_with_its_capture_time_says_where_the_time_came_from(case_id: str,
                                                                     tmp_path: Path) -> None:
    photo = tmp_path / "ward.jpg"
    image = Image.new("RGB", (1200, 900), (180, 140, 120))
    exif = image.getexif()
    exif.get_ifd(0x8769)[36867] = "2026:12:03 10:15:30"
    image.save(photo, exif=exif, quality=90)
    code, _out, err = run("attach", case_id, "--category", "PHT", str(photo))
    assert code == 0 and "warning" not in err
    (doc,) = json.loads(run("show", case_id, "--json")[1])["documents"]
    assert (doc["captured_at"], doc["capture_source"]) == ("2026-12-03T10:15:30+05:30", "photo")


def test_other_documents_have_no_capture_source(case_id: str, tmp_path: Path) -> None:
    page = tmp_path / "bill.png"
    Image.new("L", (800, 1100), 255).save(page)
    code, _out, err = run("attach", case_id, "--category", "MB", str(page))
    assert code == 0 and "warning" not in err
    (doc,) = json.loads(run("show", case_id, "--json")[1])["documents"]
    assert doc["capture_source"] is None and doc["captured_at"] is None


def test_attach_help_names_every_accepted_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("attach", "--help")[0] == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse prints help itself
    assert "Add documents (PDF, JPEG, PNG, TIFF with several pages, HEIC)" in out
    assert run("--help")[0] == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "add documents (PDF, JPEG, PNG, TIFF, HEIC) to a case" in out
    assert "pdf/jpg/png" not in out


def test_attach_a_text_file_named_jpg_says_its_content_is_not_a_jpeg(case_id: str,
                                                                   tmp_path: Path) -> None:
    fake = tmp_path / "discharge.jpg"
    fake.write_text("Discharge summary typed in a text editor\n")
    code, _, err = run("attach", case_id, "--category", "HDS", str(fake))
    assert code == 2
    assert "discharge.jpg: its content is not a JPEG image (it is a text file)" in err


@pytest.mark.skipif(shutil.which("scanimage") is None,
                    reason="scanimage (sane-utils) is not installed; .ci/run installs it")
def test_scan_names_the_document_in_india_time_whatever_the_computer_clock_zone(
        case_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from datetime import datetime, timedelta

    from app.clocks import IST

    monkeypatch.setenv("TZ", "Pacific/Honolulu")  # UTC-10: 15 h 30 min from India time
    time.tzset()
    try:
        before = datetime.now(IST).replace(microsecond=0, tzinfo=None)
        code, out, err = run("scan", case_id, "--category", "MB", "--device", "test:0",
                             "--resolution", "75")
        after = datetime.now(IST).replace(tzinfo=None)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert code == 0, err
    name = out.split()[-1]
    stamp = datetime.strptime(name.removeprefix("MB-scan-").removesuffix(".pdf"),
                              "%Y%m%d-%H%M%S")
    assert before - timedelta(seconds=1) <= stamp <= after
