"""Errors of document capture. Every message names the file (or the scanner) and says what to do."""

from __future__ import annotations

from offline.errors import BadInput


class DocumentRefused(BadInput):
    """A file or scan cannot become a document; nothing was stored. ``filename`` names it."""

    def __init__(self, filename: str, message: str) -> None:
        self.filename = filename
        super().__init__(message)


class ScannerUnavailable(BadInput):
    """No scanner software or no such scanner on this system."""


class ScanFailed(BadInput):
    """The scanner started but the scan did not finish (paper jam, feeder empty, unplugged)."""


class CaptureCancelled(BadInput):
    """The clerk cancelled a scan or an import; nothing was added."""
