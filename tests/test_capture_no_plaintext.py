"""No plaintext copy of a captured document anywhere: after attaching an image (whose text OCR
reads and stores) or scanning a page, a marker from the picture's text, its metadata and the
patient's name appears in no file under the data folder, and the temporary folder is empty.

The markers are searched as ASCII, UTF-16 (both byte orders, as Windows tools and PDF strings
write text) and in lower case, in every file of the data folder (the SQLCipher database, its WAL
while open, keys, logs) and of the private TMPDIR the test gives the desk and its tools."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, PngImagePlugin

from app.cli import main
from app.desk import Desk
from tests.conftest import FAST_KDF
from tests.test_capture_support import font

PASS = "no plaintext pass"
SEEN_TEXT = "ZORAWAR QUIXOTIC"  # printed on the page: OCR reads it
HIDDEN_TEXT = "XYLOPHONE-VELVET-4471"  # only in the file's metadata
PATIENT = "Quenby Marwick-Oyelaran"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


@pytest.fixture
def case_id(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            tmp_root: Path) -> str:
    Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF).close()
    monkeypatch.setenv("TPADESK_KEYRING", "off")
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    monkeypatch.setenv("TPADESK_DATA_DIR", str(data_dir))
    admission = json.loads(run("admit", "--example")[1])
    admission["patient"]["name"] = PATIENT
    source = tmp_path / "inputs"
    source.mkdir()
    (source / "admission.json").write_text(json.dumps(admission))
    code, out, err = run("admit", "--json", str(source / "admission.json"))
    assert code == 0, err
    (source / "admission.json").unlink()
    return out.strip()


def _variants(text: str) -> list[bytes]:
    out = []
    for value in (text, text.lower()):
        out += [value.encode("ascii"), value.encode("utf-16-le"), value.encode("utf-16-be")]
    return out


def _plaintext_hits(folders: list[Path], markers: list[str]) -> list[str]:
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for marker in markers:
                if any(v in data for v in _variants(marker)):
                    hits.append(f"{marker!r} in {path.relative_to(folder.parent)}")
    return hits


def _page_with_marker(path: Path) -> Path:
    """A scanned-looking page with the marker printed large and hidden in its metadata."""
    page = Image.new("RGB", (1240, 1754), (252, 251, 247))
    draw = ImageDraw.Draw(page)
    draw.text((120, 160), "DISCHARGE SUMMARY", fill=(20, 20, 20), font=font(60))
    draw.text((120, 300), SEEN_TEXT, fill=(20, 20, 20), font=font(60))
    info = PngImagePlugin.PngInfo()
    info.add_text("Description", HIDDEN_TEXT)
    info.add_text("Author", PATIENT)
    page.save(path, "PNG", pnginfo=info, dpi=(150, 150))
    data = path.read_bytes()
    assert HIDDEN_TEXT.encode() in data and PATIENT.encode() in data
    return path


def test_an_attached_image_leaves_no_plaintext_in_the_data_folder_or_temp(
        case_id: str, data_dir: Path, tmp_path: Path, tmp_root: Path) -> None:
    page = _page_with_marker(tmp_path / "inputs" / "summary.png")
    code, out, err = run("attach", case_id, "--category", "HDS", str(page))
    assert code == 0, err
    doc_id = out.split()[0]
    # the search finds the markers where they are in plaintext: in the clerk's own file
    assert len(_plaintext_hits([page.parent], [HIDDEN_TEXT, PATIENT])) == 2
    page.unlink()  # the clerk's own file is not the desk's business
    if shutil.which("tesseract") is not None:
        # the marker really was read and stored (so finding it nowhere below means something)
        from app.documents import document_text

        with Desk.open(data_dir, lambda: PASS) as desk:
            assert SEEN_TEXT in (document_text(desk, doc_id) or "")
    hits = _plaintext_hits([data_dir, tmp_root], [SEEN_TEXT, HIDDEN_TEXT, PATIENT])
    assert hits == []
    assert any(data_dir.rglob("*")), "the check looked at nothing"


def test_an_open_desk_keeps_no_plaintext_in_its_write_ahead_log(case_id: str, data_dir: Path,
                                                               tmp_path: Path,
                                                               tmp_root: Path) -> None:
    page = _page_with_marker(tmp_path / "inputs" / "summary.png")
    from app.documents import attach_files

    with Desk.open(data_dir, lambda: PASS) as desk:
        attach_files(desk, case_id, [page], category="HDS", actor="clerk1")
        wal = [p for p in data_dir.rglob("*-wal") if p.stat().st_size > 0]
        assert wal, "the write-ahead log holds the new pages while the desk is open"
        assert _plaintext_hits([data_dir, tmp_root], [SEEN_TEXT, HIDDEN_TEXT, PATIENT]) == []


@pytest.mark.skipif(shutil.which("scanimage") is None,
                    reason="scanimage (sane-utils) is not installed; .ci/run installs it")
def test_a_scan_leaves_no_page_file_and_no_plaintext(case_id: str, data_dir: Path,
                                                     tmp_root: Path) -> None:
    code, out, err = run("scan", case_id, "--category", "DIA", "--device", "test:0",
                         "--pages", "2", "--source", "feeder", "--resolution", "75")
    assert code == 0, err
    assert "2 page(s)" in out
    # scanimage's page files start with this header; no copy of a page may survive anywhere
    hits = _plaintext_hits([data_dir, tmp_root], ["SANE data follows", PATIENT])
    assert hits == []
