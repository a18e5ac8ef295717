"""Scanner sources: one interface for SANE (Linux), and a placeholder for Windows scanners.

A source lists its devices and scans pages with a resolution, colour mode, flatbed or feeder and
a page count. Pages arrive one at a time as :class:`~app.capture.importer.PageImage` (a decoded
Pillow image and its dpi), so the caller can downscale each page while the feeder runs and never
holds a whole raw batch. Closing the iterator early (``close()`` or leaving a ``for`` loop)
cancels the scan and stops the scanner program.
"""

from __future__ import annotations

import abc
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from app.capture.errors import ScannerUnavailable
from app.capture.importer import PageImage
from app.capture.process import DEFAULT_OPTIONS, ProcessedDocument, ProcessOptions, process_pages
from offline.errors import BadInput

ColourMode = Literal["colour", "grey", "lineart"]
PaperSource = Literal["flatbed", "feeder"]


@dataclass(frozen=True)
class ScanDevice:
    """A scanner the source can use. ``id`` is what ``ScanSettings.device`` takes."""

    id: str
    vendor: str
    model: str
    kind: str

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.model} ({self.id})".strip()


@dataclass(frozen=True)
class DeviceCapabilities:
    """What a device offers, in the device's own words, for the UI's choices.

    ``resolutions`` are the values to offer (for a device with a range, the common values
    within it); ``resolution_range`` is (lowest, highest) for a device that takes any value in
    a range, None for one with a fixed list. ``scan_area_mm`` is the width and height the
    device scans by default (None when it does not say)."""

    modes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    resolutions: tuple[int, ...] = ()
    has_feeder: bool = False
    resolution_range: tuple[int, int] | None = None
    scan_area_mm: tuple[float, float] | None = None


#: below this a page's text cannot be read; payers refuse such documents
MIN_DOCUMENT_DPI = 75


def _dpi_list(values: tuple[int, ...]) -> str:
    return ", ".join(str(v) for v in values[:-1]) + f" and {values[-1]}" if len(values) > 1 \
        else str(values[0])


def choose_resolution(caps: DeviceCapabilities, requested: int, device: str
                      ) -> tuple[int, str | None]:
    """The resolution to scan at, and a note when it differs from ``requested``.

    Refuses (BadInput, exit 2), naming the option and what the device offers, a resolution
    outside the device's range or below :data:`MIN_DOCUMENT_DPI`; on a device with a fixed list
    of resolutions, a value between two of them is moved to the nearest one, and the note says
    so."""
    if caps.resolution_range is not None:
        low, high = caps.resolution_range
        offered = f"{low} to {high} dpi"
    elif caps.resolutions:
        low, high = min(caps.resolutions), max(caps.resolutions)
        offered = f"{_dpi_list(tuple(sorted(caps.resolutions)))} dpi"
    else:
        low, high, offered = 1, 100_000, ""
    where = f" (the scanner {device} offers {offered})" if offered else ""
    if requested > high:
        raise BadInput(f"resolution: {requested} dpi is more than the scanner {device} can "
                       f"scan{where}. Scan documents at 150 to 300 dpi.")
    if requested < max(low, MIN_DOCUMENT_DPI):
        if requested < low:
            raise BadInput(f"resolution: {requested} dpi is less than the scanner {device} can "
                           f"scan{where}. Scan documents at 150 to 300 dpi.")
        raise BadInput(f"resolution: {requested} dpi is too coarse for a document: its text "
                       f"could not be read. Give {MIN_DOCUMENT_DPI} dpi or more; 150 to 300 dpi "
                       f"suits documents{where}.")
    if caps.resolution_range is None and caps.resolutions and requested not in caps.resolutions:
        usable = [r for r in caps.resolutions if r >= MIN_DOCUMENT_DPI] or list(caps.resolutions)
        nearest = min(usable, key=lambda r: (abs(r - requested), -r))
        return nearest, (f"resolution: the scanner {device} offers {offered}; scanning at "
                         f"{nearest} dpi instead of {requested}.")
    return requested, None


@dataclass(frozen=True)
class ScanSettings:
    """One scan job. ``pages=None`` on the feeder scans until it is empty; on the flatbed one
    page is scanned per job (``pages`` > 1 on the flatbed scans that many passes in a row, for
    scanners whose flatbed is fed automatically). ``page_size_mm`` (width, height) limits the
    scan area; None leaves the device's default (often its whole glass)."""

    device: str
    resolution: int = 200
    mode: ColourMode = "grey"
    source: PaperSource = "flatbed"
    pages: int | None = 1
    page_size_mm: tuple[float, float] | None = None
    extra: dict[str, str] = field(default_factory=dict)


class ScanSource(abc.ABC):
    """A kind of scanner driver (SANE, WIA, TWAIN)."""

    name: str = "scanner"

    @abc.abstractmethod
    def available(self) -> bool:
        """True when the scanner software is installed and usable on this system."""

    @abc.abstractmethod
    def unavailable_reason(self) -> str | None:
        """Why :meth:`available` is false, in plain words (None when it is available)."""

    @abc.abstractmethod
    def list_devices(self) -> list[ScanDevice]:
        """The scanners found now; an empty list when none is connected."""

    @abc.abstractmethod
    def capabilities(self, device: str) -> DeviceCapabilities:
        """The modes, paper sources and resolutions the device offers."""

    @abc.abstractmethod
    def scan(self, settings: ScanSettings) -> Iterator[PageImage]:
        """Scan and yield pages as they finish. Raises ScannerUnavailable or ScanFailed."""


class WindowsScanSource(ScanSource):
    """Windows scanners (WIA or TWAIN). Not implemented in this version: it says so plainly and
    never pretends to scan. Windows desks use scan-to-folder or file import meanwhile."""

    name = "Windows scanner (WIA/TWAIN)"

    def available(self) -> bool:
        return False

    def unavailable_reason(self) -> str:
        if sys.platform != "win32":
            return ("Windows scanners (WIA/TWAIN) are not available on this system. Use a SANE "
                    "scanner, the scanner's scan-to-folder, or import the files.")
        return ("Scanning directly from Windows scanners is not available in this version. Set "
                "the scanner to scan to a folder and let TPA Desk watch that folder, or import "
                "the files.")

    def _refuse(self) -> ScannerUnavailable:
        return ScannerUnavailable(self.unavailable_reason())

    def list_devices(self) -> list[ScanDevice]:
        raise self._refuse()

    def capabilities(self, device: str) -> DeviceCapabilities:
        raise self._refuse()

    def scan(self, settings: ScanSettings) -> Iterator[PageImage]:
        raise self._refuse()


def scan_document(source: ScanSource, settings: ScanSettings, name: str,
                  options: ProcessOptions = DEFAULT_OPTIONS,
                  progress: Callable[[int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ProcessedDocument:
    """Scan a batch into one document within the payer's limit (what ``tpadesk scan`` and the
    UI's Scan button call). Pages are downscaled as they arrive; ``progress(n)`` after each;
    ``cancelled()`` true stops the scanner and raises CaptureCancelled."""
    return process_pages(source.scan(settings), name, options, progress=progress,
                         cancelled=cancelled)


def default_source() -> ScanSource:
    """The scanner source for this platform."""
    if sys.platform == "win32":
        return WindowsScanSource()
    from app.capture.sane import SaneScanSource

    return SaneScanSource()
