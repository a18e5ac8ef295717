"""Scan-to-folder: import the files a network scanner or printer drops into a folder.

Poll based (works on network shares, where change notifications are unreliable) and testable
without waiting: the clock is injected and :meth:`FolderWatcher.poll_once` does one round.

A file is taken only when it is complete: its size and modification time are the same as at an
earlier poll at least ``settle_seconds`` ago, no other program holds a lock on it, and its name is
not a temporary or partial one (``.tmp``, ``.part``, ``~$x``, hidden files ...). Each complete file
goes to the ``importer`` callback, which must store it and return a :class:`VerifiedImport`
(use :func:`app.capture.storage.store_document`). Only after that, and only if the file did not
change meanwhile, the plaintext source is removed (``delete_after_import``). A file the importer
refuses (bad input) is reported once and left alone until it changes; other failures (the store
is locked, the disk is full) are retried at the next poll.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.capture.storage import VerifiedImport
from offline.errors import BadInput, DeskError, DiskFull, StoreDamaged

PARTIAL_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download",
                    ".filepart", ".lock", ".swp", ".swx", ".!ut", "~")
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}

FileImporter = Callable[[Path], VerifiedImport]


def is_partial_name(name: str) -> bool:
    """True for names that scanners, copiers and editors use while a file is still written."""
    lower = name.lower()
    return (lower.startswith((".", "~$", "~"))
            or lower.endswith(PARTIAL_SUFFIXES)
            or lower in IGNORED_NAMES)


def is_locked(path: Path) -> bool:
    """True when another program holds the file open for writing (Windows: it cannot be
    renamed; POSIX: it holds an exclusive advisory lock)."""
    if sys.platform == "win32":
        try:
            os.replace(path, path)
        except OSError:
            return True
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


@dataclass(frozen=True)
class _Signature:
    size: int
    mtime_ns: int


@dataclass
class _Seen:
    signature: _Signature
    since: float


@dataclass
class PollReport:
    """What one poll did, per file name (no contents)."""

    imported: list[tuple[Path, VerifiedImport]] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    waiting: list[Path] = field(default_factory=list)


class FolderWatcher:
    """Watches one folder. ``clock`` returns seconds (monotonic); tests pass a fake one."""

    def __init__(self, folder: Path, importer: FileImporter, *,
                 settle_seconds: float = 2.0, empty_grace_seconds: float = 60.0,
                 delete_after_import: bool = True,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = folder
        self.importer = importer
        self.settle_seconds = settle_seconds
        self.empty_grace_seconds = empty_grace_seconds
        self.delete_after_import = delete_after_import
        self.clock = clock
        self._seen: dict[Path, _Seen] = {}
        self._settled: dict[Path, _Signature] = {}

    def _signature(self, path: Path) -> _Signature | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return _Signature(st.st_size, st.st_mtime_ns)

    def _complete_files(self, report: PollReport) -> list[tuple[Path, _Signature]]:
        now = self.clock()
        try:
            entries = sorted(p for p in self.folder.iterdir()
                             if p.is_file() and not is_partial_name(p.name))
        except FileNotFoundError:
            raise BadInput(f"The scan folder {self.folder} does not exist any more. Choose the "
                           "scan folder again in the settings.") from None
        present = set(entries)
        for gone in [p for p in self._seen if p not in present]:
            del self._seen[gone]
        for gone in [p for p in self._settled if p not in present]:
            del self._settled[gone]
        ready: list[tuple[Path, _Signature]] = []
        for path in entries:
            sig = self._signature(path)
            if sig is None:
                continue
            if self._settled.get(path) == sig:
                continue
            seen = self._seen.get(path)
            if seen is None or seen.signature != sig:
                self._seen[path] = _Seen(sig, now)
                report.waiting.append(path)
                continue
            settle = self.settle_seconds if sig.size > 0 else self.empty_grace_seconds
            if now - seen.since < settle or is_locked(path):
                report.waiting.append(path)
                continue
            ready.append((path, sig))
        return ready

    def poll_once(self) -> PollReport:
        """One round: note new or changed files, import those that are complete."""
        report = PollReport()
        for path, sig in self._complete_files(report):
            try:
                result = self.importer(path)
            except (BadInput, DeskError) as exc:
                retryable = (isinstance(exc, DiskFull | StoreDamaged)
                             or not isinstance(exc, BadInput))
                if retryable:
                    report.failed.append((path, str(exc)))
                else:
                    self._settled[path] = sig
                    report.refused.append((path, str(exc)))
                continue
            if not isinstance(result, VerifiedImport):
                raise TypeError("the importer must return a VerifiedImport")
            report.imported.append((path, result))
            self._seen.pop(path, None)
            if self.delete_after_import and self._signature(path) == sig:
                try:
                    path.unlink()
                    report.removed.append(path)
                except OSError as exc:
                    report.failed.append((path, f"{path.name} was imported but could not be "
                                                f"removed ({exc.strerror}); remove it by hand."))
            elif self.delete_after_import:
                report.failed.append((path, f"{path.name} changed while it was imported; it "
                                            "was kept and will be imported again."))
            else:
                self._settled[path] = sig  # imported and kept: do not import it again
        return report

    def run(self, stop: threading.Event, interval_s: float = 2.0,
            on_report: Callable[[PollReport], None] | None = None) -> None:
        """Poll until ``stop`` is set (for a worker thread; the UI relays the reports)."""
        while not stop.is_set():
            report = self.poll_once()
            if on_report is not None:
                on_report(report)
            stop.wait(interval_s)
