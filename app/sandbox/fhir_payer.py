"""The PAYER side of FHIR for the training sandbox (R4, via fhir.resources' R4B models).

Reading: the bundles a desk sends (Claim, CoverageEligibilityRequest, Communication, Task,
PaymentNotice acknowledgement) are validated as an R4 ``Bundle`` of type ``collection`` whose first
entry is the focal resource; then the facts the payer decides on are read out (totals, items,
diagnoses, supporting documents, policy number, case reference).

Writing: the answers (ClaimResponse, CommunicationRequest, PaymentNotice + PaymentReconciliation,
CoverageEligibilityResponse, Task) are built with fhir.resources models as collection bundles with
``urn:uuid`` fullUrls, ``meta.profile`` and ``+05:30`` timestamps.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.claim import Claim
from fhir.resources.R4B.claimresponse import (
    ClaimResponse,
    ClaimResponseError,
    ClaimResponseItem,
    ClaimResponseItemAdjudication,
    ClaimResponseProcessNote,
    ClaimResponseTotal,
)
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.communication import Communication
from fhir.resources.R4B.communicationrequest import (
    CommunicationRequest,
    CommunicationRequestPayload,
)
from fhir.resources.R4B.coverage import Coverage
from fhir.resources.R4B.coverageeligibilityrequest import CoverageEligibilityRequest
from fhir.resources.R4B.coverageeligibilityresponse import (
    CoverageEligibilityResponse,
    CoverageEligibilityResponseInsurance,
    CoverageEligibilityResponseInsuranceItem,
    CoverageEligibilityResponseInsuranceItemBenefit,
)
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.meta import Meta
from fhir.resources.R4B.money import Money
from fhir.resources.R4B.organization import Organization
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.paymentnotice import PaymentNotice
from fhir.resources.R4B.paymentreconciliation import (
    PaymentReconciliation,
    PaymentReconciliationDetail,
    PaymentReconciliationProcessNote,
)
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource
from fhir.resources.R4B.task import Task

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
PROFILE_BASE = "https://nrces.in/ndhm/fhir/r4/StructureDefinition/"
ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication"
CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type"
ID_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
DOC_CATEGORIES = "http://hcxprotocol.io/codes/claim-supporting-info-categories"
DENIAL_CODES = "http://hcxprotocol.io/codes/denial-code"
PAYMENT_TYPE = "http://terminology.hl7.org/CodeSystem/payment-type"
RESPONSE_ID_SYSTEM = "https://sandbox.tpadesk.invalid/claim-response"
UTR_SYSTEM = "https://sandbox.tpadesk.invalid/utr"
PAYER_SYSTEM = "https://sandbox.tpadesk.invalid/participant-code"

#: Names of the supporting-document categories the payer may ask for.
DOC_NAMES = {
    "POI": "proof of identity", "POA": "proof of address", "FCF": "filled claim form",
    "MB": "medical bill", "DIA": "diagnostic reports", "HDS": "hospital discharge summary",
    "CD": "clinical documents", "PHT": "photograph", "REF": "referral letter",
}


class DomainError(ValueError):
    """The payload is not the FHIR the endpoint expects; ``code`` is the gateway error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def now_ist() -> dt.datetime:
    """Now, in India Standard Time, to the second."""
    return dt.datetime.now(IST).replace(microsecond=0)


def new_urn() -> str:
    """A fresh ``urn:uuid:`` fullUrl."""
    return f"urn:uuid:{uuid.uuid4()}"


# =========================================================================== reading


@dataclass
class ParsedBundle:
    """A validated collection bundle: its focal resource and every entry by fullUrl."""

    bundle: Bundle
    focal: Any
    by_url: dict[str, Any] = field(default_factory=dict)

    def resolve(self, reference: Reference | None) -> Any:
        """The entry a reference points to (by fullUrl or ``Type/id``), if it is in the bundle."""
        if reference is None or not reference.reference:
            return None
        target = str(reference.reference)
        if target in self.by_url:
            return self.by_url[target]
        for res in self.by_url.values():
            if f"{res.get_resource_type()}/{getattr(res, 'id', None)}" == target:
                return res
        return None

    def first(self, resource_type: str) -> Any:
        """The first entry of a resource type, if any."""
        for res in self.by_url.values():
            if res.get_resource_type() == resource_type:
                return res
        return None


def parse_bundle(data: Any, focal_types: tuple[str, ...]) -> ParsedBundle:
    """Validate an R4 collection Bundle whose first entry is one of ``focal_types``.

    Raises :class:`DomainError`: ``ERR_INVALID_DOMAIN_PAYLOAD`` when it is not a valid bundle,
    ``ERR_WRONG_DOMAIN_PAYLOAD`` when it is valid FHIR but the wrong message for the endpoint.
    """
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise DomainError("ERR_WRONG_DOMAIN_PAYLOAD", "The payload is not a FHIR Bundle.")
    try:
        bundle = Bundle.model_validate(data)
    except (ValueError, TypeError) as exc:
        first = str(exc).splitlines()[:3]
        raise DomainError("ERR_INVALID_DOMAIN_PAYLOAD",
                          "The FHIR bundle is not valid R4: " + " | ".join(first)) from exc
    if bundle.type != "collection":
        raise DomainError("ERR_INVALID_DOMAIN_PAYLOAD",
                          f"The bundle type is {bundle.type!r}; HCX messages are 'collection'.")
    entries = bundle.entry or []
    if not entries or entries[0].resource is None:
        raise DomainError("ERR_INVALID_DOMAIN_PAYLOAD", "The bundle has no focal resource.")
    focal = entries[0].resource
    kind = focal.get_resource_type()
    if kind not in focal_types:
        raise DomainError("ERR_WRONG_DOMAIN_PAYLOAD",
                          f"The bundle's first entry is a {kind}; this endpoint expects "
                          f"{' or '.join(focal_types)}.")
    by_url: dict[str, Any] = {}
    for i, entry in enumerate(entries):
        if entry.resource is not None:
            by_url[str(entry.fullUrl or f"#entry-{i}")] = entry.resource
    return ParsedBundle(bundle, focal, by_url)


@dataclass
class ItemFacts:
    """One bill / estimate line."""

    sequence: int
    category: str
    net: Decimal


@dataclass
class RequestFacts:
    """What the payer reads from a request bundle."""

    resource_type: str
    case_ref: str
    use: str = ""
    total: Decimal = Decimal(0)
    items: list[ItemFacts] = field(default_factory=list)
    diagnoses: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    policy: str = ""
    identifier: Identifier | None = None
    patient: Patient | None = None
    task_code: str = ""
    text: str = ""


def _codes(concept: CodeableConcept | None) -> list[str]:
    if concept is None:
        return []
    return [str(c.code) for c in (concept.coding or []) if c.code]


def _money(m: Money | None) -> Decimal:
    return Decimal(str(m.value)) if m is not None and m.value is not None else Decimal(0)


def _policy(parsed: ParsedBundle, insurance: list[Any] | None) -> str:
    for ins in insurance or []:
        cov = parsed.resolve(ins.coverage)
        if isinstance(cov, Coverage):
            for ident in cov.identifier or []:
                if ident.value:
                    return str(ident.value)
            if cov.subscriberId:
                return str(cov.subscriberId)
        if ins.coverage is not None and ins.coverage.identifier is not None:
            return str(ins.coverage.identifier.value or "")
    return ""


def _case_ref(resource: Any, fallback: str) -> tuple[str, Identifier | None]:
    for ident in getattr(resource, "identifier", None) or []:
        if ident.value:
            return str(ident.value), ident
    rid = getattr(resource, "id", None)
    return (str(rid) if rid else fallback), None


def claim_facts(parsed: ParsedBundle, fallback_ref: str) -> RequestFacts:
    """Totals, items, diagnoses, documents and policy of a Claim bundle."""
    claim: Claim = parsed.focal
    case_ref, ident = _case_ref(claim, fallback_ref)
    items = [ItemFacts(int(it.sequence or 0), (_codes(it.category) or [""])[0],
                       _money(it.net) if it.net is not None
                       else _money(it.unitPrice) * Decimal(str(
                           it.quantity.value if it.quantity and it.quantity.value else 1)))
             for it in claim.item or []]
    total = _money(claim.total) if claim.total is not None else sum(
        (i.net for i in items), Decimal(0))
    diagnoses: list[str] = []
    for dx in claim.diagnosis or []:
        diagnoses += _codes(dx.diagnosisCodeableConcept)
        cond = parsed.resolve(dx.diagnosisReference)
        if cond is not None:
            diagnoses += _codes(getattr(cond, "code", None))
    documents = [code for info in claim.supportingInfo or [] for code in _codes(info.category)]
    patient = parsed.resolve(claim.patient)
    return RequestFacts(
        "Claim", case_ref, use=str(claim.use), total=total, items=items, diagnoses=diagnoses,
        documents=documents, policy=_policy(parsed, claim.insurance), identifier=ident,
        patient=patient if isinstance(patient, Patient) else None)


def eligibility_facts(parsed: ParsedBundle, fallback_ref: str) -> RequestFacts:
    """Policy and patient of a CoverageEligibilityRequest bundle."""
    req: CoverageEligibilityRequest = parsed.focal
    case_ref, ident = _case_ref(req, fallback_ref)
    patient = parsed.resolve(req.patient)
    return RequestFacts("CoverageEligibilityRequest", case_ref,
                        policy=_policy(parsed, req.insurance), identifier=ident,
                        patient=patient if isinstance(patient, Patient) else None)


def other_facts(parsed: ParsedBundle, fallback_ref: str) -> RequestFacts:
    """Communication, Task or PaymentNotice: the text, the task code, the documents."""
    res = parsed.focal
    kind = res.get_resource_type()
    facts = RequestFacts(kind, fallback_ref)
    if isinstance(res, Communication):
        texts = [str(p.contentString) for p in res.payload or [] if p.contentString]
        facts.text = "\n".join(texts)
        for p in res.payload or []:
            att = p.contentAttachment
            if att is not None and att.title:
                facts.documents.append(str(att.title))
        facts.documents += [c for concept in res.reasonCode or [] for c in _codes(concept)]
    elif isinstance(res, Task):
        facts.task_code = ((_codes(res.code) or [""])[0]).lower()
        facts.text = str(res.description or "")
    patient = parsed.first("Patient")
    facts.patient = patient if isinstance(patient, Patient) else None
    return facts


# =========================================================================== building


def _cc(system: str, code: str, display: str | None = None) -> CodeableConcept:
    return CodeableConcept(coding=[Coding(system=system, code=code, display=display)])


def _inr(amount: Decimal) -> Money:
    return Money(value=amount, currency="INR")


def _meta(kind: str) -> Meta:
    return Meta(profile=[PROFILE_BASE + kind], lastUpdated=now_ist())


def _collection(kind: str, resources: list[tuple[str, Resource]]) -> dict[str, Any]:
    """A collection bundle (first entry focal) as JSON."""
    bundle = Bundle(
        id=str(uuid.uuid4()),
        meta=_meta(kind + "Bundle"),
        identifier=Identifier(system="urn:ietf:rfc:3986", value=new_urn()),
        type="collection",
        timestamp=now_ist(),
        entry=[BundleEntry(fullUrl=url, resource=res) for url, res in resources],
    )
    out: dict[str, Any] = bundle.model_dump(mode="json", exclude_none=True)
    return out


@dataclass(frozen=True)
class PayerParty:
    """The payer organisation that signs the answers."""

    code: str
    name: str
    url: str = field(default_factory=new_urn)

    def organization(self) -> Organization:
        """The payer as an Organization with its NIIP identifier."""
        return Organization(
            id=str(uuid.uuid4()), meta=_meta("Organization"), name=self.name,
            identifier=[Identifier(type=_cc(ID_TYPE, "NIIP", "National Insurance Payer "
                                            "Identifier (Payer)"),
                                   system=PAYER_SYSTEM, value=self.code)])


def _patient_entry(facts: RequestFacts) -> tuple[str, Patient]:
    if facts.patient is not None:
        patient = facts.patient.model_copy(deep=True)
    else:
        patient = Patient(id=str(uuid.uuid4()), meta=_meta("Patient"))
    return new_urn(), patient


def _request_ref(facts: RequestFacts) -> Reference:
    if facts.identifier is not None:
        return Reference(type=facts.resource_type, identifier=facts.identifier)
    return Reference(type=facts.resource_type,
                     identifier=Identifier(value=facts.case_ref))


def claim_response(facts: RequestFacts, payer: PayerParty, *, kind: str, approved: Decimal,
                   disposition: str, preauth_ref: str, denial_code: str | None = None
                   ) -> dict[str, Any]:
    """A ClaimResponse bundle: outcome, disposition, preAuthRef, totals, item adjudication."""
    outcome = {"approved": "complete", "partial": "partial", "rejected": "complete",
               "queried": "queued"}[kind]
    patient_url, patient = _patient_entry(facts)
    items: list[ClaimResponseItem] = []
    remaining = approved
    for n, item in enumerate(facts.items):
        last = n == len(facts.items) - 1
        if facts.total > 0 and not last:
            share = (item.net * approved / facts.total).quantize(Decimal("1"))
            share = min(share, remaining)
        else:
            share = remaining
        remaining -= share
        items.append(ClaimResponseItem(itemSequence=item.sequence, adjudication=[
            ClaimResponseItemAdjudication(category=_cc(ADJUDICATION, "submitted"),
                                          amount=_inr(item.net)),
            ClaimResponseItemAdjudication(category=_cc(ADJUDICATION, "benefit"),
                                          amount=_inr(max(share, Decimal(0)))),
        ]))
    use = facts.use if facts.use in ("claim", "preauthorization", "predetermination") \
        else "preauthorization"
    response = ClaimResponse(
        id=str(uuid.uuid4()),
        meta=_meta("ClaimResponse"),
        identifier=[Identifier(system=RESPONSE_ID_SYSTEM, value=str(uuid.uuid4()))],
        status="active",
        type=_cc(CLAIM_TYPE, "institutional", "Institutional"),
        use=use,
        patient=Reference(reference=patient_url),
        created=now_ist(),
        insurer=Reference(reference=payer.url),
        request=_request_ref(facts),
        outcome=outcome,
        disposition=disposition,
        preAuthRef=preauth_ref or None,
        item=items or None,
        total=[
            ClaimResponseTotal(category=_cc(ADJUDICATION, "submitted", "Submitted Amount"),
                               amount=_inr(facts.total)),
            ClaimResponseTotal(category=_cc(ADJUDICATION, "benefit", "Benefit Amount"),
                               amount=_inr(approved)),
        ],
        processNote=[ClaimResponseProcessNote(number=1, type="display", text=disposition)],
        error=[ClaimResponseError(code=_cc(DENIAL_CODES, denial_code))] if denial_code else None,
    )
    return _collection("ClaimResponse", [(new_urn(), response), (patient_url, patient),
                                         (payer.url, payer.organization())])


def communication_request(facts: RequestFacts, payer: PayerParty, *, query_id: str,
                          documents: list[str], text: str) -> dict[str, Any]:
    """A CommunicationRequest asking for documents (their HCX category codes as reasonCode)."""
    patient_url, patient = _patient_entry(facts)
    payload = [CommunicationRequestPayload(contentString=text)]
    payload += [CommunicationRequestPayload(contentString=f"{d}: {DOC_NAMES.get(d, d)}")
                for d in documents]
    req = CommunicationRequest(
        id=query_id,
        meta=_meta("CommunicationRequest"),
        identifier=[Identifier(system=PAYER_SYSTEM + "/query", value=query_id)],
        status="active",
        category=[_cc("http://terminology.hl7.org/CodeSystem/communication-category",
                      "instruction", "Instruction")],
        priority="urgent",
        subject=Reference(reference=patient_url),
        about=[_request_ref(facts)],
        authoredOn=now_ist(),
        requester=Reference(reference=payer.url),
        reasonCode=[_cc(DOC_CATEGORIES, d, DOC_NAMES.get(d)) for d in documents],
        payload=payload,
    )
    return _collection("CommunicationRequest", [(new_urn(), req), (patient_url, patient),
                                                (payer.url, payer.organization())])


def payment_notice(facts: RequestFacts, payer: PayerParty, *, gross: Decimal,
                   deduction: Decimal, utr: str) -> dict[str, Any]:
    """PaymentNotice (focal) + PaymentReconciliation carrying the UTR and any deduction."""
    paid = gross - deduction
    when = now_ist()
    utr_id = Identifier(type=_cc(ID_TYPE, "UTR", "Unique Transaction Reference"),
                        system=UTR_SYSTEM, value=utr)
    recon_url = new_urn()
    details = [PaymentReconciliationDetail(type=_cc(PAYMENT_TYPE, "payment", "Payment"),
                                           amount=_inr(gross), request=_request_ref(facts))]
    if deduction:
        details.append(PaymentReconciliationDetail(
            type=_cc(PAYMENT_TYPE, "adjustment", "Adjustment"), amount=_inr(-deduction)))
    recon = PaymentReconciliation(
        id=str(uuid.uuid4()), meta=_meta("PaymentReconciliation"), identifier=[utr_id],
        status="active", created=when, paymentDate=when.date(), paymentAmount=_inr(paid),
        paymentIdentifier=utr_id, outcome="complete",
        disposition=f"Paid {paid} INR by bank transfer, UTR {utr}.", detail=details,
        paymentIssuer=Reference(reference=payer.url),
        processNote=[PaymentReconciliationProcessNote(
            type="display", text=f"Deductions: {deduction} INR.")])
    notice = PaymentNotice(
        id=str(uuid.uuid4()), meta=_meta("PaymentNotice"), identifier=[utr_id], status="active",
        created=when, request=_request_ref(facts), payment=Reference(reference=recon_url),
        paymentDate=when.date(), recipient=Reference(reference=payer.url),
        amount=_inr(paid), paymentStatus=_cc(
            "http://terminology.hl7.org/CodeSystem/paymentstatus", "paid", "Paid"))
    return _collection("PaymentNotice", [(new_urn(), notice), (recon_url, recon),
                                         (payer.url, payer.organization())])


def eligibility_response(facts: RequestFacts, payer: PayerParty, *, inforce: bool,
                         allowed: Decimal, used: Decimal, note: str) -> dict[str, Any]:
    """A CoverageEligibilityResponse: policy in force and the balance (allowed / used)."""
    patient_url, patient = _patient_entry(facts)
    benefit = [CoverageEligibilityResponseInsuranceItemBenefit(
        type=_cc("http://terminology.hl7.org/CodeSystem/benefit-type", "benefit", "Benefit"),
        allowedMoney=_inr(allowed), usedMoney=_inr(used))]
    insurance = CoverageEligibilityResponseInsurance(
        coverage=Reference(type="Coverage", identifier=Identifier(value=facts.policy or "-")),
        inforce=inforce,
        item=[CoverageEligibilityResponseInsuranceItem(
            category=_cc("http://terminology.hl7.org/CodeSystem/ex-benefitcategory", "1",
                         "Medical Care"), benefit=benefit, description=note)])
    resp = CoverageEligibilityResponse(
        id=str(uuid.uuid4()), meta=_meta("CoverageEligibilityResponse"), status="active",
        purpose=["validation", "benefits"], patient=Reference(reference=patient_url),
        created=now_ist(), request=_request_ref(facts), outcome="complete",
        disposition=note, insurer=Reference(reference=payer.url), insurance=[insurance])
    return _collection("CoverageEligibilityResponse", [(new_urn(), resp), (patient_url, patient),
                                                       (payer.url, payer.organization())])


def task_response(facts: RequestFacts, payer: PayerParty, *, status: str,
                  note: str) -> dict[str, Any]:
    """The payer's answer to a Task (cancel / reprocess): the task with its new status."""
    task = Task(id=str(uuid.uuid4()), meta=_meta("Task"), status=status, intent="order",
                code=_cc("http://hl7.org/fhir/CodeSystem/financialtaskcode",
                         facts.task_code or "cancel"),
                focus=_request_ref(facts), description=note, authoredOn=now_ist(),
                owner=Reference(reference=payer.url))
    return _collection("Task", [(new_urn(), task), (payer.url, payer.organization())])
