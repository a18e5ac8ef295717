"""Scanning for real with the SANE 'test' device (scanimage), and the Windows placeholder.

CI enables the device with .ci/sane-setup.sh. Each test also checks that the private temporary
folder that scanimage writes pages into is gone afterwards, on success, error and cancellation.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.capture.errors import CaptureCancelled, ScanFailed, ScannerUnavailable
from app.capture.process import prepare_page
from app.capture.sane import SaneScanSource
from app.capture.sources import ScanSettings, WindowsScanSource, scan_document
from tests.test_capture_support import leftovers

pytestmark = pytest.mark.skipif(
    shutil.which("scanimage") is None,
    reason="scanimage (package sane-utils) is not installed; .ci/sane-setup.sh installs it")


@pytest.fixture
def tmp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setenv("TMPDIR", str(root))
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    yield root
    assert leftovers(root) == [], "scan pages were left in the temporary folder"


@pytest.fixture(scope="module")
def source() -> SaneScanSource:
    src = SaneScanSource()
    if "test:0" not in [d.id for d in src.list_devices()]:
        pytest.fail("the SANE test device test:0 is not enabled; run .ci/sane-setup.sh")
    return src


def feeder(pages: int | None, **kw: object) -> ScanSettings:
    return ScanSettings(device="test:0", resolution=75, mode="grey", source="feeder",
                        pages=pages, extra={"test-picture": "Grid"}, **kw)  # type: ignore[arg-type]


def scanimage_children() -> list[int]:
    """Process ids of scanimage programs started by this test process."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmd = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == os.getpid() and b"scanimage" in cmd:
            found.append(int(entry.name))
    return found


def test_the_test_device_is_listed_with_its_capabilities(source: SaneScanSource) -> None:
    caps = source.capabilities("test:0")
    assert caps.has_feeder
    assert {"Gray", "Color"} <= set(caps.modes)
    assert 200 in caps.resolutions


@pytest.mark.slow
def test_feeder_batch_of_several_pages_becomes_one_pdf(source: SaneScanSource,
                                                       tmp_root: Path) -> None:
    seen: list[int] = []
    doc = scan_document(source, feeder(4), "scan.pdf", progress=seen.append)
    assert seen == [1, 2, 3, 4]
    reader = PdfReader(doc.open())
    assert doc.page_count == len(reader.pages) == 4
    assert doc.mime_type == "application/pdf" and doc.size <= 2 * 1024 * 1024


def test_feeder_without_a_count_scans_until_it_is_empty(source: SaneScanSource,
                                                        tmp_root: Path) -> None:
    pages = list(source.scan(feeder(None)))
    assert len(pages) == 10  # the test device's feeder holds ten sheets
    assert all(p.dpi == 75 for p in pages)


def test_colour_flatbed_page(source: SaneScanSource, tmp_root: Path) -> None:
    settings = ScanSettings(device="test:0", resolution=100, mode="colour", source="flatbed",
                            pages=1, extra={"test-picture": "Color pattern"})
    [page] = list(source.scan(settings))
    assert page.image.mode == "RGB"
    assert page.dpi == 100


def test_cancelling_mid_batch_stops_the_scanner_and_leaves_no_pages(
        source: SaneScanSource, tmp_root: Path) -> None:
    slow = ScanSettings(device="test:0", resolution=75, mode="grey", source="feeder", pages=None,
                        extra={"read-delay": "yes", "read-delay-duration": "50000"})
    scan = source.scan(slow)  # the device pauses 50 ms per buffer, like a real feeder
    first = next(scan)
    assert first.image.size[0] > 0
    assert scanimage_children()  # the batch is running
    scan.close()  # what the UI's Cancel button does
    assert scanimage_children() == []


def test_an_unknown_scanner_is_reported_clearly(source: SaneScanSource, tmp_root: Path) -> None:
    with pytest.raises(ScannerUnavailable, match=r"nosuch:0.*not found"):
        list(source.scan(ScanSettings(device="nosuch:0")))


def test_a_colour_mode_the_device_lacks_is_refused(source: SaneScanSource,
                                                  tmp_root: Path) -> None:
    with pytest.raises(ScanFailed, match="lineart"):
        list(source.scan(ScanSettings(device="test:0", mode="lineart")))


def test_missing_scanimage_says_what_to_install(tmp_path: Path) -> None:
    src = SaneScanSource(executable=str(tmp_path / "scanimage"))
    assert not src.available()
    with pytest.raises(ScannerUnavailable, match="sane-utils"):
        src.list_devices()


def test_windows_source_says_it_is_not_available_and_never_scans() -> None:
    win = WindowsScanSource()
    assert not win.available()
    assert "not available" in (win.unavailable_reason() or "")
    with pytest.raises(ScannerUnavailable, match="not available"):
        win.list_devices()
    with pytest.raises(ScannerUnavailable):
        list(win.scan(ScanSettings(device="wia:0")))


def test_a_16_bit_grey_scan_is_kept_grey_with_its_tones(source: SaneScanSource,
                                                        tmp_root: Path) -> None:
    settings = ScanSettings(device="test:0", resolution=75, mode="grey",
                            extra={"depth": "16", "test-picture": "Grid"})
    [page] = list(source.scan(settings))
    prepared = prepare_page(page)
    assert prepared.image.mode == "L"
    hist = prepared.image.histogram()
    total = prepared.image.width * prepared.image.height
    assert hist[0] > total // 4 and hist[255] > total // 4  # black and white squares survive


def test_cancel_during_scan_document_stops_the_scanner_and_adds_nothing(
        source: SaneScanSource, tmp_root: Path) -> None:
    slow = ScanSettings(device="test:0", resolution=75, mode="grey", source="feeder", pages=None,
                        extra={"read-delay": "yes", "read-delay-duration": "50000"})
    seen: list[int] = []
    with pytest.raises(CaptureCancelled, match="cancelled after 2 page"):
        scan_document(source, slow, "scan.pdf", progress=seen.append,
                      cancelled=lambda: len(seen) >= 2)
    assert seen == [1, 2]
    assert scanimage_children() == []
