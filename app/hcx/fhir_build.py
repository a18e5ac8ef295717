"""The FHIR bundles the desk sends (provider side of HCX / NHCX), built with fhir.resources (R4).

One builder per leg of a case: eligibility check, pre-auth, enhancement, query answer (on either
channel), discharge, claim, payment acknowledgement and cancellation. Every bundle follows
domain.md section 7: a ``collection`` Bundle whose first entry is the focal resource, entries
addressed ``urn:uuid:`` with references matching ``fullUrl``, ``meta.profile`` on every resource
(``app.hcx.codes.PROFILES``), timestamps with ``+05:30``.

Documents are streamed from the blob store, never loaded whole: each one is base64-encoded from its
stream in chunks (exactly once), with its SHA-1 (what FHIR's ``Attachment.hash`` holds) computed on
the way. The fhir.resources models carry a small placeholder where a document's data goes; the
encoded bytes are spliced into the serialised JSON. The payer's limits are enforced with an error
that names the document: first on the declared sizes, before anything is read (a 30 MB pile is
refused at once), then on the bytes actually read (a document larger than it claimed stops the
build as soon as it crosses a limit). Memory is therefore bounded by the bundle limit (about twice
the finished bundle at the moment it is joined), whatever the number of documents queued.

The per-document limit applies to the document as stored (the file the clerk sees); the per-bundle
limit applies to the finished bundle JSON as it will be encrypted and sent (base64 makes documents
a third larger).
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import StrEnum
from typing import Any, BinaryIO

from fhir.resources.R4B.attachment import Attachment
from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.claim import (
    Claim,
    ClaimAccident,
    ClaimCareTeam,
    ClaimDiagnosis,
    ClaimInsurance,
    ClaimItem,
    ClaimProcedure,
    ClaimRelated,
    ClaimSupportingInfo,
)
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.communication import Communication, CommunicationPayload
from fhir.resources.R4B.contactpoint import ContactPoint
from fhir.resources.R4B.coverage import Coverage
from fhir.resources.R4B.coverageeligibilityrequest import (
    CoverageEligibilityRequest,
    CoverageEligibilityRequestInsurance,
)
from fhir.resources.R4B.extension import Extension
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.meta import Meta
from fhir.resources.R4B.money import Money
from fhir.resources.R4B.organization import Organization
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.paymentnotice import PaymentNotice
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.practitioner import Practitioner
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource
from fhir.resources.R4B.task import Task

from app.admission import Admission, AdmissionType, Gender
from app.hcx import codes
from app.money import PAISE_PER_RUPEE
from app.payers import PayerProfile
from offline.errors import BadInput, StoreDamaged

IST = timezone(timedelta(hours=5, minutes=30), "IST")
MB = 1024 * 1024
#: Read size when streaming a document: a multiple of 3 so chunks base64-encode without padding.
READ_CHUNK = 3 * 64 * 1024
#: NHCX accepts these document types only (domain.md section 5).
DEFAULT_MIME_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png"})


class Leg(StrEnum):
    """What a bundle asks for: one message of the cashless cycle."""

    ELIGIBILITY = "eligibility"
    PREAUTH = "preauth"
    ENHANCEMENT = "enhancement"
    QUERY_ANSWER = "query_answer"
    DISCHARGE = "discharge"
    CLAIM = "claim"
    PAYMENT_ACK = "payment_ack"
    CANCEL = "cancel"


class QueryChannel(StrEnum):
    """How a payer takes the answer to its query (``PayerProfile.query_channel``)."""

    COMMUNICATION = "communication"
    CLAIM = "claim"


# ------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class DocumentRef:
    """One stored document to attach. ``open`` returns a fresh stream of its bytes (for example
    ``lambda: Blobs(store).open(blob_id)``); ``size`` and ``sha256`` are what the store recorded.
    ``category`` is an HCX supporting-info category code (POI, FCF, MB ...)."""

    id: str
    category: str
    title: str
    mime: str
    size: int
    sha256: str
    open: Callable[[], BinaryIO]
    created: datetime | None = None


@dataclass(frozen=True)
class DocumentLimits:
    """The payer's limits (defaults are NHCX's: 2 MB per document, 20 MB per bundle)."""

    max_document_bytes: int = 2 * MB
    max_bundle_bytes: int = 20 * MB
    mime_types: frozenset[str] = DEFAULT_MIME_TYPES

    @classmethod
    def from_profile(cls, profile: PayerProfile) -> DocumentLimits:
        """The limits a payer profile sets."""
        return cls(int(profile.max_document_bytes), int(profile.max_bundle_bytes))


@dataclass(frozen=True)
class PaymentAck:
    """A payment the hospital acknowledges (from the payer's PaymentNotice / reconciliation)."""

    utr: str
    amount: int  # paise
    payment_ref: str = ""  # the payer's PaymentReconciliation / notice id
    payment_date: date | None = None
    claim_ref: str = ""  # the payer's claim number, when known


@dataclass(frozen=True)
class BundleContext:
    """Everything a bundle needs besides the admission itself.

    ``requested_amount`` (paise) defaults to the estimate total; when given it must equal the
    estimate total unless the estimate is empty (then one item carries the amount).
    ``preauth_ref`` is the payer's pre-auth reference (enhancement, discharge, claim, query
    answers); ``query_ref`` the id of the payer's CommunicationRequest (or ClaimResponse) being
    answered, ``query_leg`` the leg that was queried. ``sender_code`` / ``recipient_code`` are the
    HCX participant codes of the hospital and the payer.
    """

    case_id: str
    leg: Leg
    sender_code: str = ""
    recipient_code: str = ""
    requested_amount: int | None = None
    preauth_ref: str = ""
    query_ref: str = ""
    query_leg: Leg = Leg.PREAUTH
    query_channel: QueryChannel = QueryChannel.COMMUNICATION
    answer_text: str = ""
    cancel_reason: str = ""
    payment: PaymentAck | None = None
    documents: Sequence[DocumentRef] = ()
    limits: DocumentLimits = field(default_factory=DocumentLimits)
    created: datetime | None = None  # defaults to now, in IST

    @classmethod
    def for_payer(cls, profile: PayerProfile, case_id: str, leg: Leg,
                  **details: Any) -> BundleContext:
        """A context with the payer's participant codes, query channel and document limits;
        ``details`` fills the rest (documents, preauth_ref, query_ref, answer_text ...)."""
        details.setdefault("sender_code", profile.provider_participant_code)
        details.setdefault("recipient_code", profile.payer_participant_code)
        details.setdefault("query_channel", QueryChannel(profile.query_channel))
        details.setdefault("limits", DocumentLimits.from_profile(profile))
        return cls(case_id=case_id, leg=leg, **details)


@dataclass(frozen=True)
class BuiltBundle:
    """A finished bundle: ``data`` is the JSON (UTF-8) to seal and send."""

    leg: Leg
    bundle_id: str
    focal_type: str
    focal_id: str
    data: bytes
    document_ids: tuple[str, ...]
    total: int | None  # paise claimed (Claim legs), None otherwise


# ------------------------------------------------------------------ errors


class DocumentLimitExceeded(BadInput):
    """A document, or the bundle it would join, is over the payer's limit, or of a type the payer
    refuses. ``document_id`` and ``title`` name the document."""

    def __init__(self, document: DocumentRef, message: str) -> None:
        self.document_id = document.id
        self.title = document.title
        super().__init__(message)


class DocumentChanged(BadInput):
    """A document's bytes do not match the SHA-256 recorded when it was stored."""

    def __init__(self, document: DocumentRef, message: str) -> None:
        self.document_id = document.id
        self.title = document.title
        super().__init__(message)


def _mb(n: int) -> str:
    """Megabytes for a clerk: whole when whole (a limit), else two decimals (a document)."""
    value = n / MB
    return f"{value:.0f} MB" if n % MB == 0 else f"{value:.2f} MB"


def _b64_len(n: int) -> int:
    return 4 * ((n + 2) // 3)


# ------------------------------------------------------------------ streaming documents


@dataclass
class _Encoded:
    """One document read and base64-encoded, waiting to be spliced into the JSON."""

    doc: DocumentRef
    b64: bytearray
    size: int
    sha1: bytes
    marker: bytes  # placeholder raw bytes given to the model as Attachment.data


def _check_declared(docs: Sequence[DocumentRef], limits: DocumentLimits) -> None:
    """Refuse on the recorded sizes and types before reading a single byte."""
    running = 0
    for doc in docs:
        if doc.mime not in limits.mime_types:
            raise DocumentLimitExceeded(
                doc, f"The document '{doc.title}' is {doc.mime or 'of an unknown type'}; the payer "
                f"accepts only PDF, JPEG or PNG. Convert it to PDF and attach it again.")
        try:
            codes.supporting_info_category(doc.category)
        except KeyError as exc:
            raise DocumentLimitExceeded(doc, f"The document '{doc.title}': {exc.args[0]}.") \
                from None
        if doc.size <= 0:
            raise DocumentLimitExceeded(
                doc, f"The document '{doc.title}' is empty; scan or attach it again.")
        if doc.size > limits.max_document_bytes:
            raise DocumentLimitExceeded(
                doc, f"The document '{doc.title}' is {_mb(doc.size)}; the payer accepts at most "
                f"{_mb(limits.max_document_bytes)} per document. Compress it or scan it again "
                "at a lower resolution (or split it), then submit again.")
        running += _b64_len(doc.size)
        if running > limits.max_bundle_bytes:
            raise DocumentLimitExceeded(
                doc, f"Adding the document '{doc.title}' takes this message over the payer's "
                f"limit of {_mb(limits.max_bundle_bytes)} per bundle (documents grow by a third "
                f"when encoded: {_mb(running)} so far). Send fewer documents now and the rest "
                "with a later reply, or compress the largest ones.")


def _encode(doc: DocumentRef, limits: DocumentLimits, budget: int, index: int) -> _Encoded:
    """Stream one document: base64 in chunks, SHA-1 and SHA-256 on the way, limits enforced on
    the bytes actually read (``budget`` is what is left of the bundle limit)."""
    reader = _Reader(doc, limits, budget)
    try:
        stream = doc.open()
    except (KeyError, StoreDamaged) as exc:
        raise DocumentChanged(doc, f"The document '{doc.title}' cannot be read from the store "
                              "(missing or damaged); attach it again.") from exc
    try:
        reader.read_all(stream)
    except StoreDamaged as exc:
        raise DocumentChanged(doc, f"The document '{doc.title}' failed its integrity check in "
                              "the store (changed or damaged); attach it again.") from exc
    finally:
        stream.close()
    if reader.size == 0:
        raise DocumentLimitExceeded(
            doc, f"The document '{doc.title}' is empty; scan or attach it again.")
    if doc.sha256 and reader.sha256.hexdigest() != doc.sha256.lower():
        raise DocumentChanged(
            doc, f"The document '{doc.title}' no longer matches the fingerprint recorded when it "
            "was stored; it was changed or damaged. Attach it again.")
    # the marker's length is a multiple of 3, so its base64 is a clean, unique token
    marker = f"tpadesk-attachment-{uuid.uuid4().hex}-{index:06d}".encode()
    marker += b"-" * (-len(marker) % 3)
    return _Encoded(doc, reader.out, reader.size, reader.sha1.digest(), marker)


class _Reader:
    """Reads one document stream chunk by chunk into base64, hashing on the way and stopping as
    soon as a limit is crossed."""

    def __init__(self, doc: DocumentRef, limits: DocumentLimits, budget: int) -> None:
        self.doc, self.limits, self.budget = doc, limits, budget
        self.sha1 = hashlib.sha1(usedforsecurity=False)
        self.sha256 = hashlib.sha256()
        self.out = bytearray()
        self.size = 0

    def read_all(self, stream: BinaryIO) -> None:
        doc, limits = self.doc, self.limits
        carry = b""
        while True:
            chunk = stream.read(READ_CHUNK)
            if not chunk:
                break
            self.size += len(chunk)
            if self.size > limits.max_document_bytes:
                raise DocumentLimitExceeded(
                    doc, f"The document '{doc.title}' is larger than the "
                    f"{_mb(limits.max_document_bytes)} the payer accepts per document (it was "
                    f"recorded as {_mb(doc.size)}). Compress it or scan it again, then submit "
                    "again.")
            self.sha1.update(chunk)
            self.sha256.update(chunk)
            data = carry + chunk if carry else chunk
            cut = len(data) - len(data) % 3
            self.out += base64.b64encode(data[:cut])
            carry = bytes(data[cut:])
            if len(self.out) > self.budget:
                raise DocumentLimitExceeded(
                    doc, f"Adding the document '{doc.title}' takes this message over the payer's "
                    f"limit of {_mb(limits.max_bundle_bytes)} per bundle. Send fewer documents "
                    "now and the rest with a later reply, or compress the largest ones.")
        self.out += base64.b64encode(carry)


def _encode_all(docs: Sequence[DocumentRef], limits: DocumentLimits) -> list[_Encoded]:
    """Check every document's recorded size first, then stream them one after another (the same
    document listed twice travels once)."""
    unique = list({doc.id: doc for doc in docs}.values())
    _check_declared(unique, limits)
    out: list[_Encoded] = []
    used = 0
    for i, doc in enumerate(unique):
        enc = _encode(doc, limits, limits.max_bundle_bytes - used, i)
        used += len(enc.b64)
        out.append(enc)
    return out


def _attachment(enc: _Encoded, created: datetime) -> Attachment:
    doc = enc.doc
    return Attachment(
        contentType=doc.mime,
        # the models take base64 in and keep the decoded bytes: hand them the encoded forms
        data=base64.b64encode(enc.marker),
        size=enc.size,
        hash=base64.b64encode(enc.sha1),
        title=doc.title,
        creation=(doc.created or created).astimezone(IST),
    )


def _splice(skeleton: str, encoded: Sequence[_Encoded], limits: DocumentLimits) -> bytes:
    """Put each document's base64 where its placeholder is in the serialised bundle."""
    raw = skeleton.encode("utf-8")
    total = len(raw)
    positions: list[tuple[int, _Encoded, int]] = []
    for enc in encoded:
        token = base64.b64encode(enc.marker)
        at = raw.find(token)
        if at < 0 or raw.find(token, at + 1) >= 0:
            raise AssertionError("attachment placeholder not found exactly once in the bundle")
        positions.append((at, enc, len(token)))
        total += len(enc.b64) - len(token)
    if total > limits.max_bundle_bytes and encoded:
        largest = max(encoded, key=lambda e: e.size).doc
        raise DocumentLimitExceeded(
            largest, f"This message would be {_mb(total)}, more than the payer's limit of "
            f"{_mb(limits.max_bundle_bytes)} per bundle. Send fewer documents now and the rest "
            f"with a later reply, or compress the largest, '{largest.title}'.")
    positions.sort(key=lambda p: p[0])
    view = memoryview(raw)
    pieces: list[bytes | bytearray | memoryview] = []
    start = 0
    for at, enc, length in positions:
        pieces.append(view[start:at])
        pieces.append(enc.b64)
        start = at + length
    pieces.append(view[start:])
    return b"".join(pieces)


# ------------------------------------------------------------------ small FHIR helpers


def _now(ctx: BundleContext) -> datetime:
    when = ctx.created or datetime.now(IST)
    if when.tzinfo is None:
        raise ValueError("BundleContext.created needs a time zone")
    return when.astimezone(IST).replace(microsecond=0)


def _new_id() -> str:
    return str(uuid.uuid4())


def _urn(resource_id: str) -> str:
    return f"urn:uuid:{resource_id}"


def _meta(resource_type: str) -> Meta:
    return Meta(profile=[codes.PROFILES[resource_type]])


def _coding(code: codes.Code) -> Coding:
    return Coding(system=code.system, code=code.code, display=code.display)


def _concept(code: codes.Code, text: str | None = None) -> CodeableConcept:
    return CodeableConcept(coding=[_coding(code)], text=text)


def _identifier(kind: str, system: str, value: str) -> Identifier:
    return Identifier(type=_concept(codes.IDENTIFIER_TYPES[kind]), system=system, value=value)


def _ref(resource_id: str, resource_type: str, display: str | None = None) -> Reference:
    return Reference(reference=_urn(resource_id), type=resource_type, display=display)


def _ref_by_identifier(value: str, resource_type: str, system: str | None = None) -> Reference:
    """A reference to something held by the payer, which the bundle cannot contain."""
    return Reference(type=resource_type, identifier=Identifier(system=system, value=value))


def _money(paise: int) -> Money:
    return Money(value=Decimal(paise) / PAISE_PER_RUPEE, currency="INR")


# ------------------------------------------------------------------ parties


@dataclass
class _Parties:
    """The resources every bundle carries besides its focal one, with their ids."""

    patient_id: str
    provider_id: str
    insurer_id: str
    practitioner_id: str
    coverage_id: str
    resources: list[Resource]


def _parties(adm: Admission, ctx: BundleContext) -> _Parties:
    p, cov = adm.patient, adm.coverage
    hospital, doctor = adm.admission.hospital, adm.admission.doctor
    ids = _Parties(_new_id(), _new_id(), _new_id(), _new_id(), _new_id(), [])

    patient_identifiers = []
    if p.abha_number:
        digits = "".join(ch for ch in p.abha_number if ch.isdigit())
        patient_identifiers.append(_identifier("ABHA", codes.ABHA_SYSTEM, digits or p.abha_number))
    if p.mr_number:
        patient_identifiers.append(_identifier("MR", f"urn:tpadesk:mr:{ctx.sender_code or 'desk'}",
                                               p.mr_number))
    gender = {Gender.MALE: "male", Gender.FEMALE: "female", Gender.THIRD_GENDER: "other"}[p.gender]
    patient = Patient(
        id=ids.patient_id, meta=_meta("Patient"),
        identifier=patient_identifiers or None,
        name=[HumanName(text=p.name)],
        gender=gender,
        birthDate=p.dob,
        telecom=[ContactPoint(system="phone", value=p.phone, use="mobile")] if p.phone else None,
    )

    provider_identifiers = []
    if hospital.hfr_id:
        provider_identifiers.append(_identifier("NPI", codes.HFR_SYSTEM, hospital.hfr_id))
    if hospital.rohini_id:
        provider_identifiers.append(_identifier("NPI", codes.ROHINI_SYSTEM, hospital.rohini_id))
    if ctx.sender_code:
        provider_identifiers.append(Identifier(system=codes.PARTICIPANT_CODE_SYSTEM,
                                               value=ctx.sender_code))
    provider = Organization(
        id=ids.provider_id, meta=_meta("Organization"),
        identifier=provider_identifiers or None,
        name=hospital.name or "Hospital",
        telecom=[ContactPoint(system="email", value=hospital.email)] if hospital.email else None,
    )

    payer_name = cov.insurer or cov.tpa or cov.payer
    insurer = Organization(
        id=ids.insurer_id, meta=_meta("Organization"),
        identifier=[_identifier("NIIP", codes.PARTICIPANT_CODE_SYSTEM,
                                ctx.recipient_code or cov.payer)],
        name=payer_name,
    )

    practitioner_identifiers = []
    if doctor.registration_number:
        practitioner_identifiers.append(_identifier("MD", codes.HPR_SYSTEM,
                                                    doctor.registration_number))
    practitioner = Practitioner(
        id=ids.practitioner_id, meta=_meta("Practitioner"),
        identifier=practitioner_identifiers or None,
        name=[HumanName(text=doctor.name or "Treating doctor")],
        telecom=[ContactPoint(system="phone", value=doctor.phone)] if doctor.phone else None,
    )

    coverage = Coverage(
        id=ids.coverage_id, meta=_meta("Coverage"),
        identifier=[_identifier("NH", f"{codes.PARTICIPANT_CODE_SYSTEM}/policy",
                                cov.policy_number),
                    _identifier("MB", f"{codes.PARTICIPANT_CODE_SYSTEM}/member", cov.member_id)],
        status="active",
        subscriberId=cov.member_id,
        beneficiary=_ref(ids.patient_id, "Patient"),
        payor=[_ref(ids.insurer_id, "Organization", payer_name)],
    )
    ids.resources = [patient, provider, insurer, practitioner, coverage]
    return ids


def _bundle(focal: Resource, focal_type: str, others: Sequence[Resource],
            now: datetime) -> Bundle:
    entries = [BundleEntry(fullUrl=_urn(str(r.id)), resource=r) for r in [focal, *others]]
    return Bundle(
        id=_new_id(),
        meta=Meta(profile=[codes.BUNDLE_PROFILES[focal_type]], lastUpdated=now),
        identifier=Identifier(system="urn:ietf:rfc:3986", value=_urn(_new_id())),
        type="collection",
        timestamp=now,
        entry=entries,
    )


def _finish(leg: Leg, bundle: Bundle, focal: Resource, encoded: Sequence[_Encoded],
            limits: DocumentLimits, total: int | None) -> BuiltBundle:
    data = _splice(bundle.model_dump_json(), encoded, limits)
    return BuiltBundle(leg, str(bundle.id), str(focal.get_resource_type()), str(focal.id), data,
                       tuple(e.doc.id for e in encoded), total)


# ------------------------------------------------------------------ Claim


_CLAIM_USE = {
    Leg.PREAUTH: "preauthorization",
    Leg.ENHANCEMENT: "preauthorization",
    Leg.DISCHARGE: "preauthorization",
    Leg.CLAIM: "claim",
}


def _items(adm: Admission, ctx: BundleContext) -> list[tuple[str, str, str, int]]:
    """(id, label, billing group, paise) per claimed line: the non-zero estimate heads."""
    heads = [(k, label, group, v) for k, label, group, v in adm.estimate.heads() if v > 0]
    total = sum(v for *_, v in heads)
    wanted = ctx.requested_amount
    if wanted is None or wanted == total:
        if not heads:
            raise BadInput("estimate: every head is 0; fill in the estimated cost before "
                           "sending a request")
        return heads
    if wanted < 0:
        raise BadInput("amount: must be 0 or more")
    if not heads:
        return [("requested", "Amount requested", "800000", wanted)]
    raise BadInput(
        f"amount: the amount asked for ({wanted / PAISE_PER_RUPEE:.2f} rupees) differs from the "
        f"estimate total ({total / PAISE_PER_RUPEE:.2f} rupees); update the estimate heads so "
        "they add up to the amount, then submit again")


@dataclass(frozen=True)
class _Fact:
    """One clinical fact for Claim.supportingInfo."""

    category: str  # HCX supporting-info category
    text: str
    code: codes.Code | None = None
    when: date | None = None


def _clinical_facts(adm: Admission) -> list[_Fact]:
    clinical = adm.clinical
    facts: list[_Fact] = []
    if clinical.complaints:
        facts.append(_Fact("VRE", clinical.complaints))
    if clinical.findings:
        facts.append(_Fact("INF", f"Clinical findings: {clinical.findings}"))
    if clinical.past_history:
        facts.append(_Fact("INF", f"Past history: {clinical.past_history}"))
    for chronic in clinical.chronic:
        since = f" since {chronic.since}" if chronic.since else ""
        details = f" ({chronic.details})" if chronic.details else ""
        name = chronic.condition.value.replace("_", " ")
        facts.append(_Fact("INF", f"Chronic illness: {name}{since}{details}"))
    if clinical.first_consultation or clinical.ailment_duration_days is not None:
        text = (f"Present ailment for {clinical.ailment_duration_days} day(s)"
                if clinical.ailment_duration_days is not None else "Date of first consultation")
        facts.append(_Fact("ONS", text, when=clinical.first_consultation))
    for treatment in clinical.line_of_treatment:
        category = codes.procedure_category_for(treatment)
        facts.append(_Fact("TRD", f"Line of treatment: {category.display}", code=category))
    if clinical.drug_route:
        facts.append(_Fact("TRD", f"Route of drugs: {clinical.drug_route}"))
    if clinical.other_treatment:
        facts.append(_Fact("TRD", f"Other treatment: {clinical.other_treatment}"))
    accident = clinical.accident
    if accident is not None:
        parts = ["Road traffic accident" if accident.road_traffic else "Injury"]
        if accident.how_it_occurred:
            parts.append(accident.how_it_occurred)
        if accident.reported_to_police:
            parts.append(f"reported to police, FIR {accident.fir_number or 'number not given'}")
        if accident.substance_involved:
            parts.append("alcohol or substance involved"
                         + ("; test done" if accident.test_done else ""))
        facts.append(_Fact("COI", "; ".join(parts), when=accident.injury_date))
    maternity = clinical.maternity
    if maternity is not None:
        gpla = "/".join("-" if v is None else str(v) for v in
                        (maternity.gravida, maternity.para, maternity.living, maternity.abortions))
        due = (f", expected delivery {maternity.expected_delivery.isoformat()}"
               if maternity.expected_delivery else "")
        facts.append(_Fact("INF", f"Maternity G/P/L/A {gpla}{due}"))
    return facts


def _clinical_info(adm: Admission, first_sequence: int) -> list[ClaimSupportingInfo]:
    """The Part C clinical facts as supportingInfo (HCX categories VRE, INF, ONS, TRD, COI):
    what a payer's doctor reads before the documents."""
    return [
        ClaimSupportingInfo(
            sequence=seq,
            category=_concept(codes.supporting_info_category(fact.category)),
            code=_concept(fact.code) if fact.code else None,
            timingDate=fact.when,
            valueString=fact.text,
        )
        for seq, fact in enumerate(_clinical_facts(adm), start=first_sequence)
    ]


def _accident(adm: Admission) -> ClaimAccident | None:
    """Claim.accident for an injury with a date (FHIR requires the date; the details travel as
    supportingInfo COI either way)."""
    accident = adm.clinical.accident
    if accident is None or accident.injury_date is None:
        return None
    kind = None
    if accident.road_traffic:
        kind = CodeableConcept(coding=[Coding(
            system="http://terminology.hl7.org/CodeSystem/v3-ActCode", code="MVA",
            display="Motor vehicle accident")])
    return ClaimAccident(date=accident.injury_date, type=kind)


def _claim_bundle(adm: Admission, ctx: BundleContext, leg: Leg, use: str) -> BuiltBundle:
    encoded = _encode_all(ctx.documents, ctx.limits)
    now = _now(ctx)
    parties = _parties(adm, ctx)
    clinical, details = adm.clinical, adm.admission
    final = leg in (Leg.DISCHARGE, Leg.CLAIM) or (
        leg is Leg.QUERY_ANSWER and ctx.query_leg in (Leg.DISCHARGE, Leg.CLAIM))

    diagnosis_type = codes.Code(codes.DIAGNOSIS_TYPE_SYSTEM, "discharge" if final else "admitting",
                                "Discharge Diagnosis" if final else "Admitting Diagnosis")
    diagnoses = [
        ClaimDiagnosis(
            sequence=i,
            diagnosisCodeableConcept=CodeableConcept(
                coding=[Coding(system=codes.ICD10_SYSTEM, code=d.icd10, display=d.text)],
                text=d.text),
            type=[_concept(diagnosis_type)],
        )
        for i, d in enumerate(clinical.diagnoses, start=1)
    ]
    procedures = []
    if clinical.procedure and (clinical.procedure.icd10_pcs or clinical.procedure.name):
        proc = clinical.procedure
        procedures.append(ClaimProcedure(
            sequence=1,
            date=details.admitted_at.astimezone(IST),
            procedureCodeableConcept=CodeableConcept(
                coding=[Coding(system=codes.ICD10_PCS_SYSTEM, code=proc.icd10_pcs,
                               display=proc.name or None)] if proc.icd10_pcs else None,
                text=proc.name or proc.icd10_pcs),
        ))
    doctor = details.doctor
    care_team = [ClaimCareTeam(
        sequence=1,
        provider=_ref(parties.practitioner_id, "Practitioner", doctor.name or None),
        responsible=True,
        role=_concept(codes.CARE_TEAM_ROLE),
        qualification=CodeableConcept(text=doctor.speciality) if doctor.speciality else None,
    )]
    supporting = [
        ClaimSupportingInfo(
            sequence=i,
            category=_concept(codes.supporting_info_category(enc.doc.category)),
            valueAttachment=_attachment(enc, now),
        )
        for i, enc in enumerate(encoded, start=1)
    ]
    supporting += _clinical_info(adm, first_sequence=len(supporting) + 1)
    lines = _items(adm, ctx)
    items = [
        ClaimItem(
            id=key,
            sequence=i,
            category=_concept(codes.billing_group(group)),
            productOrService=CodeableConcept(
                coding=[_coding(codes.billing_group(group))], text=label),
            net=_money(paise),
            unitPrice=_money(paise),
            diagnosisSequence=[d.sequence for d in diagnoses] or None,
            procedureSequence=[p.sequence for p in procedures] or None,
            careTeamSequence=[c.sequence for c in care_team],
            informationSequence=[s.sequence for s in supporting] or None,
        )
        for i, (key, label, group, paise) in enumerate(lines, start=1)
    ]
    total = sum(paise for *_, paise in lines)

    pre_auth: list[str | None] | None = [ctx.preauth_ref] if ctx.preauth_ref else None
    related = None
    if ctx.preauth_ref and leg is not Leg.PREAUTH:
        related = [ClaimRelated(claim=_ref_by_identifier(ctx.preauth_ref, "Claim"),
                                relationship=_concept(codes.RELATED_CLAIM_PRIOR),
                                reference=Identifier(value=ctx.preauth_ref))]
    end = details.discharge_at
    if end is None and details.expected_days:
        end = details.admitted_at + timedelta(days=details.expected_days)
    emergency = details.type is AdmissionType.EMERGENCY
    claim_id = _new_id()
    claim = Claim(
        id=claim_id, meta=_meta("Claim"),
        identifier=[Identifier(system=codes.CASE_ID_SYSTEM, value=ctx.case_id)],
        status="active",
        type=_concept(codes.CLAIM_TYPE, codes.CLAIM_TYPE_TEXT),
        subType=_concept(codes.sub_type_for(details.type)),
        use=use,
        patient=_ref(parties.patient_id, "Patient", adm.patient.name),
        billablePeriod=Period(start=details.admitted_at.astimezone(IST),
                              end=end.astimezone(IST) if end else None),
        created=now,
        insurer=_ref(parties.insurer_id, "Organization"),
        provider=_ref(parties.provider_id, "Organization"),
        priority=CodeableConcept(coding=[Coding(system=codes.PRIORITY_SYSTEM,
                                                code="stat" if emergency else "normal")]),
        related=related,
        accident=_accident(adm),
        careTeam=care_team,
        supportingInfo=supporting or None,
        diagnosis=diagnoses or None,
        procedure=procedures or None,
        insurance=[ClaimInsurance(sequence=1, focal=True,
                                  coverage=_ref(parties.coverage_id, "Coverage"),
                                  preAuthRef=pre_auth)],
        item=items,
        total=_money(total),
    )
    bundle = _bundle(claim, "Claim", parties.resources, now)
    return _finish(leg, bundle, claim, encoded, ctx.limits, total)


# ------------------------------------------------------------------ public builders


def build_eligibility(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """CoverageEligibilityRequest: is the policy in force, and what balance is left?"""
    now = _now(ctx)
    parties = _parties(adm, ctx)
    details = adm.admission
    request = CoverageEligibilityRequest(
        id=_new_id(), meta=_meta("CoverageEligibilityRequest"),
        identifier=[Identifier(system=codes.CASE_ID_SYSTEM, value=ctx.case_id)],
        status="active",
        priority=CodeableConcept(coding=[Coding(
            system=codes.PRIORITY_SYSTEM,
            code="stat" if details.type is AdmissionType.EMERGENCY else "normal")]),
        purpose=["validation", "benefits"],
        patient=_ref(parties.patient_id, "Patient", adm.patient.name),
        servicedDate=details.admitted_at.astimezone(IST).date(),
        created=now,
        provider=_ref(parties.provider_id, "Organization"),
        insurer=_ref(parties.insurer_id, "Organization"),
        insurance=[CoverageEligibilityRequestInsurance(
            focal=True, coverage=_ref(parties.coverage_id, "Coverage"))],
    )
    bundle = _bundle(request, "CoverageEligibilityRequest", parties.resources, now)
    return _finish(Leg.ELIGIBILITY, bundle, request, [], ctx.limits, None)


def build_preauth(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """The cashless request (Part C): Claim with use = preauthorization."""
    return _claim_bundle(adm, ctx, Leg.PREAUTH, "preauthorization")


def build_enhancement(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """More money for an approved pre-auth: a new pre-auth Claim citing ``preauth_ref``, with the
    revised estimate."""
    _need(ctx.preauth_ref, "an enhancement needs the payer's pre-auth reference")
    return _claim_bundle(adm, ctx, Leg.ENHANCEMENT, "preauthorization")


def build_discharge(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """Final discharge authorisation: pre-auth Claim with the final bill and discharge papers."""
    _need(ctx.preauth_ref, "a discharge request needs the payer's pre-auth reference")
    return _claim_bundle(adm, ctx, Leg.DISCHARGE, "preauthorization")


def build_claim(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """The final claim: Claim with use = claim and all documents."""
    return _claim_bundle(adm, ctx, Leg.CLAIM, "claim")


def build_query_answer(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """Answer the payer's query on the payer's channel: a resubmitted Claim for the queried leg,
    or a Communication (text and documents) answering the CommunicationRequest ``query_ref``."""
    if ctx.query_channel is QueryChannel.CLAIM:
        use = _CLAIM_USE.get(ctx.query_leg, "preauthorization")
        return _claim_bundle(adm, ctx, Leg.QUERY_ANSWER, use)
    _need(ctx.query_ref, "a query answer needs the id of the payer's query")
    if not ctx.answer_text.strip() and not ctx.documents:
        raise BadInput("reply: write an answer or attach at least one document")
    encoded = _encode_all(ctx.documents, ctx.limits)
    now = _now(ctx)
    parties = _parties(adm, ctx)
    payload: list[CommunicationPayload] = []
    if ctx.answer_text.strip():
        payload.append(CommunicationPayload(contentString=ctx.answer_text.strip()))
    for enc in encoded:
        category = codes.supporting_info_category(enc.doc.category)
        payload.append(CommunicationPayload(
            extension=[Extension(url=codes.PAYLOAD_CATEGORY_EXTENSION,
                                 valueCoding=_coding(category))],
            contentAttachment=_attachment(enc, now)))
    about = [_ref_by_identifier(ctx.preauth_ref, "Claim")] if ctx.preauth_ref else []
    about.append(_ref_by_identifier(ctx.case_id, "Claim", codes.CASE_ID_SYSTEM))
    communication = Communication(
        id=_new_id(), meta=_meta("Communication"),
        identifier=[Identifier(system=codes.CASE_ID_SYSTEM, value=ctx.case_id)],
        basedOn=[_ref_by_identifier(ctx.query_ref, "CommunicationRequest")],
        status="completed",
        subject=_ref(parties.patient_id, "Patient", adm.patient.name),
        about=about,
        sent=now,
        recipient=[_ref(parties.insurer_id, "Organization")],
        sender=_ref(parties.provider_id, "Organization"),
        # the document categories this answer brings, for payers that read them here
        reasonCode=[_concept(codes.supporting_info_category(c))
                    for c in dict.fromkeys(e.doc.category for e in encoded)] or None,
        payload=payload,
    )
    bundle = _bundle(communication, "Communication", parties.resources, now)
    return _finish(Leg.QUERY_ANSWER, bundle, communication, encoded, ctx.limits, None)


def build_payment_ack(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """Acknowledge a payment (PaymentNotice, status cleared) with its UTR and amount."""
    pay = ctx.payment
    if pay is None or not pay.utr:
        raise BadInput("payment: the acknowledgement needs the payment's UTR and amount")
    now = _now(ctx)
    parties = _parties(adm, ctx)
    utr = _identifier("UTR", "urn:tpadesk:utr", pay.utr)
    notice = PaymentNotice(
        id=_new_id(), meta=_meta("PaymentNotice"),
        identifier=[Identifier(system=codes.CASE_ID_SYSTEM, value=ctx.case_id), utr],
        status="active",
        request=_ref_by_identifier(pay.claim_ref or ctx.preauth_ref or ctx.case_id, "Claim"),
        created=now,
        provider=_ref(parties.provider_id, "Organization"),
        payment=Reference(type="PaymentReconciliation",
                          identifier=Identifier(value=pay.payment_ref or pay.utr)),
        paymentDate=pay.payment_date,
        payee=_ref(parties.provider_id, "Organization"),
        recipient=_ref(parties.insurer_id, "Organization"),
        amount=_money(pay.amount),
        paymentStatus=CodeableConcept(coding=[Coding(system=codes.PAYMENT_STATUS_SYSTEM,
                                                     code="cleared", display="Cleared")]),
    )
    bundle = _bundle(notice, "PaymentNotice", parties.resources, now)
    return _finish(Leg.PAYMENT_ACK, bundle, notice, [], ctx.limits, None)


def build_cancellation(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """Cancel the request (Task code = cancel) for the pre-auth or the case."""
    reason = ctx.cancel_reason.strip()
    if not reason:
        raise BadInput("cancel: say why the request is cancelled (patient left, plan changed...)")
    now = _now(ctx)
    parties = _parties(adm, ctx)
    target = ctx.preauth_ref or ctx.case_id
    task = Task(
        id=_new_id(), meta=_meta("Task"),
        identifier=[Identifier(system=codes.CASE_ID_SYSTEM, value=ctx.case_id)],
        status="requested",
        intent="order",
        priority="stat",
        code=CodeableConcept(coding=[Coding(system=codes.TASK_CODE_SYSTEM, code="cancel",
                                            display="Cancel")]),
        description=reason,
        focus=_ref_by_identifier(target, "Claim",
                                 None if ctx.preauth_ref else codes.CASE_ID_SYSTEM),
        authoredOn=now,
        requester=_ref(parties.provider_id, "Organization"),
        owner=_ref(parties.insurer_id, "Organization"),
        reasonCode=CodeableConcept(text=reason),
    )
    # "for" is a Python keyword: the model names it for_fhir, set after construction
    task.for_fhir = _ref(parties.patient_id, "Patient", adm.patient.name)
    bundle = _bundle(task, "Task", parties.resources, now)
    return _finish(Leg.CANCEL, bundle, task, [], ctx.limits, None)


_BUILDERS: dict[Leg, Callable[[Admission, BundleContext], BuiltBundle]] = {
    Leg.ELIGIBILITY: build_eligibility,
    Leg.PREAUTH: build_preauth,
    Leg.ENHANCEMENT: build_enhancement,
    Leg.QUERY_ANSWER: build_query_answer,
    Leg.DISCHARGE: build_discharge,
    Leg.CLAIM: build_claim,
    Leg.PAYMENT_ACK: build_payment_ack,
    Leg.CANCEL: build_cancellation,
}


def build_bundle(adm: Admission, ctx: BundleContext) -> BuiltBundle:
    """The bundle for ``ctx.leg``: the one entry point the sync connector needs."""
    return _BUILDERS[ctx.leg](adm, ctx)


def _need(value: str, message: str) -> None:
    if not value.strip():
        raise BadInput(message)
