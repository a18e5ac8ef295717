"""Putting a processed document into the encrypted blob store, verified."""

from __future__ import annotations

from dataclasses import dataclass

from app.capture.process import ProcessedDocument
from offline.blobs import Blobs
from offline.errors import StoreDamaged


@dataclass(frozen=True)
class VerifiedImport:
    """A document that is in the store and was read back with the expected SHA-256 and size.
    Only this proves an import; the scan-to-folder watcher removes a source file only then."""

    blob_id: str
    sha256: str
    size: int


def store_document(blobs: Blobs, doc: ProcessedDocument) -> VerifiedImport:
    """Stream ``doc`` into ``blobs`` (inside the caller's transaction when there is one), read it
    back and compare SHA-256 and size. Raises StoreDamaged when the read-back differs."""
    info = blobs.put(doc.open(), max_size=doc.size)
    blobs.verify(info.id)
    if info.sha256 != doc.sha256 or info.size != doc.size:
        raise StoreDamaged(f"{doc.name} was not stored correctly (its check sum differs). "
                           "Nothing was removed; try again, and run 'tpadesk check'.")
    return VerifiedImport(info.id, info.sha256, info.size)
