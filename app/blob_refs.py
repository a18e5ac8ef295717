"""Which stored documents travel with which leg, as streams for the FHIR builder.

- pre-auth: the documents filed for the pre-auth stage, plus the filled IRDAI Part C (as FCF),
  rendered from the case at send time unless the clerk attached a signed FCF;
- enhancement / discharge: the documents of that stage;
- claim: the discharge and claim documents (the final claim carries the whole file);
- a query answer: exactly the documents the clerk chose for the reply;
- eligibility, payment acknowledgement, cancellation: none.

Documents are opened lazily from the encrypted blob store (verified by SHA-256 while read);
nothing is read here.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import partial

from app.cases import Case
from app.documents import Document, documents_of
from app.hcx.fhir_build import DocumentRef
from app.payers import get_profile
from offline.blobs import Blobs
from offline.errors import BadInput
from offline.store import Store

STAGES_FOR_LEG: dict[str, tuple[str, ...]] = {
    "preauth": ("preauth",),
    "enhancement": ("enhancement",),
    "discharge": ("discharge",),
    "claim": ("discharge", "claim"),
}


def _ref(store: Store, doc: Document) -> DocumentRef:
    return DocumentRef(id=doc.id, category=doc.category, title=doc.filename, mime=doc.mime,
                       size=doc.size_bytes, sha256=doc.sha256,
                       open=partial(Blobs(store).open, doc.blob_id),
                       created=datetime.fromisoformat(doc.captured_at or doc.added_at))


GENERATED_PREFIX = "generated-"


def is_generated(document_id: str) -> bool:
    """Documents rendered at send time (the Part C) have no row in the documents table."""
    return document_id.startswith(GENERATED_PREFIX)


def part_c_ref(store: Store, case: Case) -> DocumentRef:
    """The case's Part C, rendered now (a few tens of KB, kept in memory, never on disk)."""
    from app.forms.from_case import part_c_pdf

    data, _pages = part_c_pdf(case, get_profile(store, case.payer),
                              generated_at=datetime.now(UTC))
    return DocumentRef(id=f"{GENERATED_PREFIX}partc-{case.id}", category="FCF",
                       title=f"Part C cashless request {case.id}.pdf", mime="application/pdf",
                       size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                       open=partial(io.BytesIO, data))


def document_refs(store: Store, case: Case, leg: str,
                  wanted: Sequence[str] | None = None) -> list[DocumentRef]:
    all_docs = documents_of(store, case.id)
    if wanted is not None:
        by_id = {d.id: d for d in all_docs}
        missing = [d for d in wanted if d not in by_id]
        if missing:
            raise BadInput(f"documents: {', '.join(missing)} are not documents of case "
                           f"{case.id}; attach them first.")
        return [_ref(store, by_id[d]) for d in wanted]
    stages = STAGES_FOR_LEG.get(leg)
    if not stages:
        return []
    chosen = [d for d in all_docs if d.stage in stages]
    refs = [_ref(store, d) for d in chosen]
    if leg == "preauth" and not any(d.category == "FCF" for d in chosen):
        refs.insert(0, part_c_ref(store, case))
    return refs
