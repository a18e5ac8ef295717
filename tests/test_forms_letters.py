"""Enhancement request and discharge / claim cover sheet, read back from the PDF: the amounts
(Indian grouping), the reason and the document index with short SHA-256 digests are there."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, datetime
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from app.admission import Admission, example_admission_json
from app.forms.layout import CELL_PADDING, LABEL_W, MARGIN_X, WIDE_W
from app.forms.letters import (
    CaseParticulars,
    ClaimCoverSheet,
    EnhancementRequest,
    IndexedDocument,
    render_cover_sheet,
    render_enhancement_request,
)
from tests.test_forms_support import (
    all_text,
    dark_fraction,
    needs_pdftoppm,
    page_texts,
    printed_lines,
    rasterise,
)

GENERATED = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)  # 05-12-2026 11:30 IST


def particulars(name: str = "Asha Verma") -> CaseParticulars:
    a = Admission.from_json(example_admission_json())
    return CaseParticulars(case_id="C-2612-0042", hospital=a.admission.hospital,
                           payer_name="Training TPA", patient_name=name,
                           policy_number=a.coverage.policy_number,
                           member_id=a.coverage.member_id, admitted_at=a.admission.admitted_at,
                           diagnoses=a.clinical.diagnoses, preauth_reference="PA-2026-99881",
                           doctor_name="Dr. Meera Iyer")


def enhancement(reason: str = "Pelvic collection on CT; image-guided drainage and 2 ICU days.",
                ) -> EnhancementRequest:
    return EnhancementRequest(particulars(), approved_so_far=8_500_000, new_estimate=14_250_000,
                              interim_bill=11_010_050, reason=reason,
                              enclosures=["Interim bill", "CT abdomen report"])


def render_enhancement(req: EnhancementRequest) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = render_enhancement_request(req, out, generated_at=GENERATED)
    return out.getvalue(), pages


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def cover(kind: str = "discharge", documents: int = 3) -> ClaimCoverSheet:
    docs = [IndexedDocument("HDS", "Discharge Summary", "discharge-summary.pdf", 3,
                            digest("summary")),
            IndexedDocument("MB", "Medical Bill", "final-bill.pdf", 6, digest("bill")),
            IndexedDocument("DIA", "Diagnostic Report", "ct-abdomen.pdf", 2, digest("ct"))]
    while len(docs) < documents:
        n = len(docs)
        docs.append(IndexedDocument("OTH", "Other", f"page-scan-{n:03d}.jpg", 1,
                                    digest(f"scan {n}")))
    return ClaimCoverSheet(particulars(), kind, final_bill=14_010_000,  # type: ignore[arg-type]
                           approved_amount=14_250_000, documents=docs[:documents],
                           discharged_at=datetime(2026, 12, 9, 6, 30, tzinfo=UTC))


def render_cover(sheet: ClaimCoverSheet) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = render_cover_sheet(sheet, out, generated_at=GENERATED)
    return out.getvalue(), pages


def test_enhancement_letter_states_amounts_reason_and_references() -> None:
    req = enhancement()
    assert req.additional_amount == 5_750_000
    data, pages = render_enhancement(req)
    text = all_text(data)
    assert pages == 1
    for expected in ("₹85,000", "₹1,10,100.50", "₹1,42,500", "₹57,500",
                     "Pelvic collection on CT", "PA-2026-99881", "TRN/HL/2026/000123",
                     "Asha Verma", "K35.8", "C-2612-0042", "Training TPA", "05-12-2026",
                     "03-12-2026 09:30", "Interim bill", "CT abdomen report", "Page 1 of 1"):
        assert expected in text, expected


def test_enhancement_never_asks_for_a_negative_amount() -> None:
    req = enhancement()
    req.new_estimate = 8_000_000
    assert req.additional_amount == 0
    assert "₹0" in all_text(render_enhancement(req)[0])


def test_long_enhancement_reason_flows_onto_a_second_page() -> None:
    words = [f"reason{i:04d}" for i in range(900)]
    data, pages = render_enhancement(enhancement(" ".join(words)))
    assert pages >= 2
    tokens = set(all_text(data).split())
    assert all(w in tokens for w in words)
    assert "Yours faithfully," in page_texts(data)[-1]


def test_a_long_enhancement_reason_fills_its_lines() -> None:
    words = [f"r{i}" + "e" * (i * 3 % 4) for i in range(700)]
    data, pages = render_enhancement(enhancement(" ".join(words)))
    assert pages >= 2
    lines = printed_lines(data, re.compile(r"r\d+e*"))
    assert len(lines) > 20
    right_edge = MARGIN_X + LABEL_W + WIDE_W - CELL_PADDING
    longest = max(pdfmetrics.stringWidth(f" {w}", "NotoSans", 9) for w in words)
    short = [i for i, (_left, right) in enumerate(lines[:-1]) if right < right_edge - longest]
    assert short == [], f"lines ending early: {short[:8]}"


def test_cover_sheet_indexes_documents_with_pages_and_short_sha256() -> None:
    sheet = cover()
    data, _ = render_cover(sheet)
    text = all_text(data)
    assert "DISCHARGE: REQUEST FOR FINAL CASHLESS AUTHORISATION" in text
    for d in sheet.documents:
        assert d.short_hash in text
        assert d.sha256 not in text  # only the short form goes on paper
        assert d.title in text and d.category in text
    assert digest("summary")[:12] in text
    assert "3 (11 pages)" in text  # 3 documents of 3 + 6 + 2 pages
    assert "3 documents" in text
    for amount in ("₹1,40,100", "₹1,42,500"):
        assert amount in text


def test_cover_sheet_shows_what_is_stored_and_the_original_file_as_a_detail() -> None:
    sheet = cover(documents=1)
    sheet.documents.append(IndexedDocument("POI", "Proof of identity", "ds.jpg", 1,
                                           digest("photo"), mime="application/pdf",
                                           size=245_000))
    text = " ".join(all_text(render_cover(sheet)[0]).split())
    assert "Document as sent (original file)" in text
    assert "PDF, 239 KB attached as ds.jpg" in text
    assert "File attached as discharge-summary.pdf" in text  # type not recorded: not guessed


def test_claim_cover_sheet_title_and_many_documents_repeat_the_header() -> None:
    data, pages = render_cover(cover("claim", documents=80))
    texts = page_texts(data)
    assert "FINAL CLAIM SUBMISSION" in texts[0]
    assert pages >= 2
    assert "page-scan-079.jpg" in all_text(data)
    assert "SHA-256 (first 12)" in texts[1]  # the index header repeats on the next page
    assert all(f"Page {i} of {pages}" in t for i, t in enumerate(texts, start=1))


@needs_pdftoppm
def test_letters_render_to_non_blank_pages(tmp_path: Path) -> None:
    for i, data in enumerate((render_enhancement(enhancement())[0], render_cover(cover())[0])):
        folder = tmp_path / str(i)
        folder.mkdir()
        for image in rasterise(data, folder):
            assert 0.01 < dark_fraction(image) < 0.5


def test_cover_sheet_without_documents_says_so() -> None:
    text = all_text(render_cover(cover(documents=0))[0])
    assert "No documents are attached to this case yet." in text
