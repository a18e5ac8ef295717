"""Scan-to-folder: only complete files are taken, imported into the real encrypted store, and
the plaintext source is removed only after the stored copy was read back and verified. The clock
is fake: no test waits."""

from __future__ import annotations

import fcntl
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.capture.errors import DocumentRefused
from app.capture.folder_watch import FolderWatcher, is_partial_name
from app.capture.process import prepare_file
from app.capture.storage import VerifiedImport, store_document
from offline.blobs import Blobs
from offline.errors import Locked
from offline.store import Store
from tests.test_capture_support import jpeg_bytes, js_action, pdf_with, text_page, write


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "desk.db", os.urandom(32))
    yield s
    s.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "scans"
    folder.mkdir()
    return folder


def importer_into(store: Store) -> tuple[list[str], Callable[[Path], VerifiedImport]]:
    names: list[str] = []

    def run(path: Path) -> VerifiedImport:
        doc = prepare_file(path)
        result = store_document(Blobs(store), doc)
        names.append(path.name)
        return result

    return names, run


def scanned_jpeg() -> bytes:
    return jpeg_bytes(text_page(dpi=60))


def test_complete_file_is_imported_verified_and_the_source_removed(
        store: Store, inbox: Path) -> None:
    clock = FakeClock()
    names, run = importer_into(store)
    watcher = FolderWatcher(inbox, run, clock=clock)
    source = write(inbox / "scan0001.jpg", scanned_jpeg())
    first = watcher.poll_once()
    assert first.waiting == [source] and not first.imported  # seen once: not yet trusted
    clock.advance(2.5)
    second = watcher.poll_once()
    assert [p for p, _ in second.imported] == [source]
    assert second.removed == [source] and not source.exists()
    [(_, verified)] = second.imported
    stored = Blobs(store).open(verified.blob_id).read()
    assert len(PdfReader(io.BytesIO(stored)).pages) == 1
    assert names == ["scan0001.jpg"]


def test_a_file_still_growing_is_not_taken(store: Store, inbox: Path) -> None:
    clock = FakeClock()
    _, run = importer_into(store)
    watcher = FolderWatcher(inbox, run, clock=clock)
    data = pdf_with(pages=2)
    growing = write(inbox / "doc.pdf", data[:100])
    watcher.poll_once()
    clock.advance(5)
    with growing.open("ab") as fh:  # the printer is still writing
        fh.write(data[100:])
    report = watcher.poll_once()
    assert report.waiting == [growing] and not report.imported and not report.refused
    clock.advance(5)
    assert [p for p, _ in watcher.poll_once().imported] == [growing]


def test_settle_time_must_pass_between_the_two_polls(store: Store, inbox: Path) -> None:
    clock = FakeClock()
    _, run = importer_into(store)
    watcher = FolderWatcher(inbox, run, clock=clock, settle_seconds=3)
    path = write(inbox / "a.jpg", scanned_jpeg())
    watcher.poll_once()
    clock.advance(1)
    assert watcher.poll_once().waiting == [path]
    clock.advance(2)
    assert watcher.poll_once().removed == [path]


@pytest.mark.parametrize("name", ["scan.pdf.tmp", "scan.part", ".scan.pdf", "~$scan.pdf",
                                  "scan.pdf.crdownload", "scan.pdf~", "Thumbs.db"])
def test_temporary_and_partial_names_are_ignored(store: Store, inbox: Path, name: str) -> None:
    assert is_partial_name(name)
    clock = FakeClock()
    names, run = importer_into(store)
    watcher = FolderWatcher(inbox, run, clock=clock)
    path = write(inbox / name, scanned_jpeg())
    watcher.poll_once()
    clock.advance(10)
    report = watcher.poll_once()
    assert not report.imported and not report.waiting and path.exists() and names == []


def test_a_locked_file_waits_until_the_lock_is_released(store: Store, inbox: Path) -> None:
    clock = FakeClock()
    _, run = importer_into(store)
    watcher = FolderWatcher(inbox, run, clock=clock)
    path = write(inbox / "locked.jpg", scanned_jpeg())
    with path.open("rb") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
        watcher.poll_once()
        clock.advance(10)
        assert watcher.poll_once().waiting == [path]
        fcntl.flock(holder.fileno(), fcntl.LOCK_UN)
    assert watcher.poll_once().removed == [path]


def test_keeping_sources_imports_each_file_once(store: Store, inbox: Path) -> None:
    clock = FakeClock()
    names, run = importer_into(store)
    watcher = FolderWatcher(inbox, run, clock=clock, delete_after_import=False)
    path = write(inbox / "keep.jpg", scanned_jpeg())
    watcher.poll_once()
    clock.advance(3)
    report = watcher.poll_once()
    assert len(report.imported) == 1 and report.removed == [] and path.exists()
    clock.advance(3)
    assert not watcher.poll_once().imported
    assert names == ["keep.jpg"]


def test_a_refused_file_is_reported_once_and_kept(store: Store, inbox: Path) -> None:
    clock = FakeClock()
    _, run = importer_into(store)
    watcher = FolderWatcher(inbox, run, clock=clock)
    bad = write(inbox / "macro.pdf", pdf_with({"/OpenAction": js_action()}))
    watcher.poll_once()
    clock.advance(3)
    report = watcher.poll_once()
    assert [p for p, _ in report.refused] == [bad]
    assert "macro.pdf" in report.refused[0][1] and "JavaScript" in report.refused[0][1]
    assert bad.exists()
    clock.advance(3)
    assert not watcher.poll_once().refused  # not repeated every poll
    assert Blobs(store).find_by_sha256("") == []


def test_store_failures_leave_the_file_and_are_retried(inbox: Path) -> None:
    clock = FakeClock()
    calls: list[str] = []

    def locked_store(path: Path) -> VerifiedImport:
        calls.append(path.name)
        raise Locked("The store is locked; unlock it and try again.")

    watcher = FolderWatcher(inbox, locked_store, clock=clock)
    path = write(inbox / "a.jpg", scanned_jpeg())
    watcher.poll_once()
    clock.advance(3)
    assert [p for p, _ in watcher.poll_once().failed] == [path]
    clock.advance(3)
    assert [p for p, _ in watcher.poll_once().failed] == [path]
    assert path.exists() and calls == ["a.jpg", "a.jpg"]


def test_a_file_changed_during_import_is_not_removed(store: Store, inbox: Path) -> None:
    clock = FakeClock()

    def import_then_printer_rewrites(path: Path) -> VerifiedImport:
        result = store_document(Blobs(store), prepare_file(path))
        path.write_bytes(path.read_bytes() + b"\0" * 10)
        return result

    watcher = FolderWatcher(inbox, import_then_printer_rewrites, clock=clock)
    path = write(inbox / "a.jpg", scanned_jpeg())
    watcher.poll_once()
    clock.advance(3)
    report = watcher.poll_once()
    assert len(report.imported) == 1 and report.removed == [] and path.exists()
    assert "changed" in report.failed[0][1]


def test_an_importer_that_does_not_verify_cannot_trigger_removal(inbox: Path) -> None:
    clock = FakeClock()
    def forgetful(path: Path) -> VerifiedImport:
        return None  # type: ignore[return-value]  # a buggy importer that stored nothing

    watcher = FolderWatcher(inbox, forgetful, clock=clock)
    path = write(inbox / "a.jpg", scanned_jpeg())
    watcher.poll_once()
    clock.advance(3)
    with pytest.raises(TypeError):
        watcher.poll_once()
    assert path.exists()


def test_store_document_refuses_nothing_good_and_verifies(store: Store, tmp_path: Path) -> None:
    doc = prepare_file(write(tmp_path / "x.jpg", scanned_jpeg()))
    verified = store_document(Blobs(store), doc)
    assert verified.sha256 == doc.sha256 and verified.size == doc.size
    with pytest.raises(DocumentRefused):
        prepare_file(write(tmp_path / "zero.jpg", b""))
