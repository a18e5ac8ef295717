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
    """What a device offers, in the device's own words, for the UI's choices."""

    modes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    resolutions: tuple[int, ...] = ()
    has_feeder: bool = False


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
