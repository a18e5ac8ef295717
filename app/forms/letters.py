"""Letters the desk sends with a case: the enhancement request, and the discharge / final claim
cover sheet with an index of the documents sent.

Inputs are plain dataclasses (no store access here): :mod:`app.forms.from_case` fills them from a
case, and tests or other callers can build them directly. Amounts are paise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO, Literal

from reportlab.platypus import KeepTogether, Table

from app.admission import Diagnosis, Hospital
from app.forms.layout import (
    CONTENT_WIDTH,
    INK,
    DocMeta,
    Field,
    Story,
    build_pdf,
    data_table,
    fmt_amount,
    fmt_date,
    fmt_datetime,
    gap,
    grid,
    para,
    section,
    styles,
    table_style,
)

SHORT_HASH = 12  # hex digits of SHA-256 shown on paper


@dataclass
class CaseParticulars:
    """Who and what a letter is about (the facts every payer letter repeats)."""

    case_id: str
    hospital: Hospital
    payer_name: str
    patient_name: str
    policy_number: str
    member_id: str
    admitted_at: datetime
    diagnoses: list[Diagnosis] = field(default_factory=list)
    preauth_reference: str = ""  # the payer's pre-authorisation / claim reference, when known
    doctor_name: str = ""


@dataclass
class EnhancementRequest:
    """An enhancement request: the bill has outgrown what the payer approved so far."""

    particulars: CaseParticulars
    approved_so_far: int
    new_estimate: int
    interim_bill: int
    reason: str
    enclosures: list[str] = field(default_factory=list)

    @property
    def additional_amount(self) -> int:
        """What the desk asks for on top of the approved amount (never negative)."""
        return max(0, self.new_estimate - self.approved_so_far)


STORED_TYPES: dict[str, str] = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG image",
    "image/png": "PNG image",
}


@dataclass
class IndexedDocument:
    """One document in a submission's index. ``title`` is the file the clerk attached (or a
    description); ``mime`` and ``size`` describe what is stored and sent, which may differ
    (a photo is stored as a PDF)."""

    category: str          # HCX category code, e.g. HDS
    category_name: str     # its display text, e.g. "Discharge Summary"
    title: str             # the original file name, or a description
    pages: int
    sha256: str            # full hex digest of the file as sent
    mime: str = ""         # the stored type, e.g. application/pdf ("" when not known)
    size: int | None = None  # bytes as stored and sent

    @property
    def short_hash(self) -> str:
        return self.sha256[:SHORT_HASH].lower()

    @property
    def stored_as(self) -> str:
        """``PDF, 245 KB``: the type (and size) of what the payer receives."""
        kind = STORED_TYPES.get(self.mime, self.mime or "File")
        return kind if self.size is None else f"{kind}, {_size_text(self.size)}"


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


@dataclass
class ClaimCoverSheet:
    """The cover sheet of a discharge (final authorisation) request or of the final claim."""

    particulars: CaseParticulars
    kind: Literal["discharge", "claim"]
    final_bill: int
    approved_amount: int
    documents: list[IndexedDocument] = field(default_factory=list)
    discharged_at: datetime | None = None
    claimed_amount: int | None = None  # defaults to the final bill

    @property
    def amount_claimed(self) -> int:
        return self.final_bill if self.claimed_amount is None else self.claimed_amount

    @property
    def total_pages(self) -> int:
        return sum(d.pages for d in self.documents)


# ------------------------------------------------------------------ shared parts


def _letterhead(p: CaseParticulars, generated_at: datetime) -> Story:
    s = styles()
    h = p.hospital
    lines = [x for x in (h.address, f"Rohini ID {h.rohini_id}" if h.rohini_id else "",
                         h.email) if x]
    head = Table([[[para(h.name or "Hospital", s.title), para("  ·  ".join(lines), s.subtitle)]]],
                 colWidths=[CONTENT_WIDTH])
    head.setStyle(table_style([
        ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [head, gap(3), para(f"Date: {fmt_date(generated_at)}", s.value), gap(2),
            para("To", s.value),
            para(f"The Medical Officer / Claims Team, {p.payer_name}", s.value_bold), gap(3)]


def _diagnosis_text(diagnoses: Sequence[Diagnosis]) -> str:
    return "; ".join(f"{d.icd10} {d.text}".strip() for d in diagnoses)


def _particulars_grid(p: CaseParticulars, extra: Sequence[Field] = ()) -> Any:
    return grid([
        Field("Patient", p.patient_name, bold=True),
        Field("Case", p.case_id),
        Field("Policy number", p.policy_number, bold=True),
        Field("Member / card ID", p.member_id),
        Field("Pre-authorisation ref.", p.preauth_reference or "—"),
        Field("Admitted on", fmt_datetime(p.admitted_at)),
        Field("Diagnosis (ICD-10)", _diagnosis_text(p.diagnoses), wide=True),
        *([Field("Treating doctor", p.doctor_name, wide=True)] if p.doctor_name else []),
        *extra,
    ])


def _amounts(rows: Sequence[tuple[str, int]], total_rows: int = 1) -> Any:
    return data_table(["Item", "Amount"], [[label, fmt_amount(v)] for label, v in rows],
                      [CONTENT_WIDTH * 0.72, CONTENT_WIDTH * 0.28], right=(1,),
                      total_rows=total_rows)


def _signatory(p: CaseParticulars) -> Any:
    s = styles()
    return KeepTogether([gap(6), para("Yours faithfully,", s.value), gap(14),
                         para("Authorised signatory, insurance desk", s.value_bold),
                         para(p.hospital.name, s.value),
                         para("(hospital seal)", s.small)])


# ------------------------------------------------------------------ enhancement


def enhancement_story(req: EnhancementRequest, generated_at: datetime) -> Story:
    """The flowables of an enhancement request letter."""
    s = styles()
    p = req.particulars
    subject = (f"Subject: request for enhancement of cashless authorisation: {p.patient_name}, "
               f"policy {p.policy_number}"
               + (f", pre-authorisation {p.preauth_reference}" if p.preauth_reference else ""))
    rows = [("Amount approved so far", req.approved_so_far),
            ("Interim bill to date", req.interim_bill),
            ("Revised estimate of the total cost", req.new_estimate),
            ("Enhancement requested (revised estimate less amount approved)",
             req.additional_amount)]
    story: Story = [
        *_letterhead(p, generated_at),
        para(subject, s.value_bold), gap(2),
        para("Dear Sir / Madam,", s.body), gap(1),
        para("The treatment of the patient below has gone beyond the estimate on which the "
             "cashless authorisation was given. We request you to enhance the authorisation to "
             "the revised estimate. The reason and the amounts follow; the supporting documents "
             "are enclosed.", s.body),
        gap(3), *section("Patient and policy"), _particulars_grid(p),
        gap(3), *section("Amounts"), _amounts(rows),
        gap(3), *section("Reason for the enhancement"),
        grid([Field("Clinical reason", req.reason or "—", wide=True)]),
    ]
    if req.enclosures:
        story += [gap(3), *section("Enclosures"),
                  data_table(["No.", "Document"],
                             [[str(i), e] for i, e in enumerate(req.enclosures, start=1)],
                             [CONTENT_WIDTH * 0.08, CONTENT_WIDTH * 0.92])]
    story.append(_signatory(p))
    return story


def render_enhancement_request(req: EnhancementRequest, out: BinaryIO, *,
                               generated_at: datetime) -> int:
    """Write the enhancement request letter as a PDF to ``out``; return the number of pages."""
    meta = DocMeta(title="Request for enhancement of cashless authorisation",
                   running_title="Enhancement request", generated_at=generated_at,
                   case_id=req.particulars.case_id,
                   subject=f"Enhancement, policy {req.particulars.policy_number}")
    return build_pdf(lambda: enhancement_story(req, generated_at), meta, out)


# ------------------------------------------------------------------ cover sheet

COVER_TITLES: dict[str, str] = {
    "discharge": "Discharge: request for final cashless authorisation",
    "claim": "Final claim submission",
}


def cover_sheet_story(sheet: ClaimCoverSheet, generated_at: datetime) -> Story:
    """The flowables of a discharge / final claim cover sheet with its document index."""
    s = styles()
    p = sheet.particulars
    title = COVER_TITLES[sheet.kind]
    extra = [Field("Discharged on", fmt_datetime(sheet.discharged_at)),
             Field("Documents", f"{len(sheet.documents)} ({sheet.total_pages} pages)")]
    amounts = [("Final bill", sheet.final_bill),
               ("Amount authorised so far", sheet.approved_amount),
               ("Amount claimed from the insurer / TPA", sheet.amount_claimed)]
    index_rows: list[list[Any]] = [
        [str(i), para(d.category, s.cell_bold), d.category_name,
         [para(d.stored_as, s.cell), para(f"attached as {d.title}", s.small)], str(d.pages),
         para(d.short_hash, s.cell)]
        for i, d in enumerate(sheet.documents, start=1)]
    index_rows.append(["", "", "Total", f"{len(sheet.documents)} documents",
                       str(sheet.total_pages), ""])
    index = data_table(["No.", "Code", "Category", "Document as sent (original file)", "Pages",
                        "SHA-256 (first 12)"],
                       index_rows,
                       [CONTENT_WIDTH * w for w in (0.06, 0.09, 0.22, 0.35, 0.08, 0.20)],
                       right=(4,), total_rows=1)
    return [
        para(title.upper(), s.title),
        para(f"Cover sheet for {p.payer_name} · to be read with the documents listed below",
             s.subtitle),
        gap(3),
        grid([Field("Hospital", p.hospital.name, bold=True),
              Field("Rohini ID", p.hospital.rohini_id, bold=True),
              Field("TPA / insurer", p.payer_name),
              Field("Hospital e-mail", p.hospital.email)]),
        gap(3), *section("Patient, policy and stay"), _particulars_grid(p, extra),
        gap(3), *section("Amounts"), _amounts(amounts),
        gap(3), *section("Index of documents"),
        index if sheet.documents else para("No documents are attached to this case yet.",
                                           s.body),
        gap(1.5),
        para("SHA-256: the first 12 hexadecimal digits of each file's SHA-256 digest as sent; "
             "the desk keeps the full digests with the case, so any copy can be checked against "
             "what was submitted.", s.small),
        _signatory(p),
    ]


def render_cover_sheet(sheet: ClaimCoverSheet, out: BinaryIO, *, generated_at: datetime) -> int:
    """Write the discharge / final claim cover sheet as a PDF to ``out``; return the pages."""
    meta = DocMeta(title=COVER_TITLES[sheet.kind], running_title=COVER_TITLES[sheet.kind],
                   generated_at=generated_at, case_id=sheet.particulars.case_id,
                   subject=f"{sheet.kind.title()}, policy {sheet.particulars.policy_number}")
    return build_pdf(lambda: cover_sheet_story(sheet, generated_at), meta, out)
