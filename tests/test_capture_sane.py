"""Scanning for real with the SANE 'test' device (scanimage), and the Windows placeholder.

CI enables the device with .ci/sane-setup.sh. Each test also checks that the private temporary
folder that scanimage writes pages into is gone afterwards, on success, error and cancellation.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.capture.errors import CaptureCancelled, ScanFailed, ScannerUnavailable
from app.capture.process import prepare_page
from app.capture.sane import SaneScanSource, _used_dpi
from app.capture.sources import (
    DeviceCapabilities,
    ScanSettings,
    WindowsScanSource,
    choose_resolution,
    scan_document,
)
from offline.errors import BadInput

pytestmark = pytest.mark.skipif(
    shutil.which("scanimage") is None,
    reason="scanimage (package sane-utils) is not installed; .ci/sane-setup.sh installs it")


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
    assert caps.resolution_range == (1, 1200)
    assert caps.scan_area_mm == (80.0, 100.0)


@pytest.mark.parametrize(("dpi", "words"), [
    (5000, r"resolution: 5000 dpi is more than the scanner test:0 can scan .*1 to 1200 dpi"),
    (10, r"resolution: 10 dpi is too coarse .*75 dpi or more.*1 to 1200 dpi"),
])
def test_a_resolution_the_device_or_a_document_cannot_use_is_refused(
        source: SaneScanSource, tmp_root: Path, dpi: int, words: str) -> None:
    with pytest.raises(BadInput, match=words):
        list(source.scan(ScanSettings(device="test:0", resolution=dpi)))
    assert scanimage_children() == []


@pytest.mark.parametrize("dpi", [75, 150])
def test_a_scanned_page_is_sized_from_the_resolution_used(source: SaneScanSource,
                                                          tmp_root: Path, dpi: int) -> None:
    """The test device scans 80 x 100 mm by default: the stored page has that size."""
    settings = ScanSettings(device="test:0", resolution=dpi, mode="grey",
                            extra={"test-picture": "Grid"})
    doc = scan_document(source, settings, "scan.pdf")
    box = PdfReader(doc.open()).pages[0].mediabox
    width_mm, height_mm = float(box.width) / 72 * 25.4, float(box.height) / 72 * 25.4
    assert width_mm == pytest.approx(80, abs=1) and height_mm == pytest.approx(100, abs=1)


def test_the_pixels_tell_the_resolution_when_a_backend_rounds_it() -> None:
    assert _used_dpi(3780, 80.0, 5000) == pytest.approx(1200, abs=1)  # rounded to 1200
    assert _used_dpi(472, 80.0, 150) == 150.0  # as asked
    assert _used_dpi(472, None, 150) == 150.0  # scan width unknown: as asked


def test_a_resolution_between_listed_values_moves_to_the_nearest_and_says_so() -> None:
    caps = DeviceCapabilities(resolutions=(75, 150, 300, 600))
    assert choose_resolution(caps, 300, "hp:1") == (300, None)
    used, note = choose_resolution(caps, 200, "hp:1")
    assert used == 150
    assert note is not None and "75, 150, 300 and 600 dpi" in note and "150 dpi instead of 200" \
        in note
    with pytest.raises(BadInput, match=r"more than the scanner hp:1 can scan.*600 dpi"):
        choose_resolution(caps, 1200, "hp:1")


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
