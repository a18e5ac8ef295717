"""Reading payers' answers: complete ones, quirky ones (unknown extensions and fields, missing
optional parts, extra or reordered resources, bare resources) and ones missing what the desk needs
(a clear BadPayload naming it)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle, BundleEntry
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
from fhir.resources.R4B.communicationrequest import (
    CommunicationRequest,
    CommunicationRequestPayload,
)
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
)
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource
from fhir.resources.R4B.task import Task
from hypothesis import given
from hypothesis import strategies as st

from app.admission import Admission, example_admission_json
from app.hcx import codes
from app.hcx.fhir_build import BundleContext, Leg, build_query_answer
from app.hcx.fhir_parse import (
    BadPayload,
    ClaimDecision,
    EligibilityResult,
    PayerQuery,
    PaymentInfo,
    TaskInfo,
    parse_answer,
    parse_claim_response,
    parse_communication_request,
    parse_eligibility_response,
    parse_payment,
    parse_task,
)

IST = timezone(timedelta(hours=5, minutes=30))
WHEN = datetime(2026, 12, 3, 12, 0, tzinfo=IST)
ADJ = "http://terminology.hl7.org/CodeSystem/adjudication"
PATIENT_NAME = "Synthetic Patient Kumar"


def cc(system: str, code: str, display: str | None = None) -> CodeableConcept:
    return CodeableConcept(coding=[Coding(system=system, code=code, display=display)])


def inr(rupees: str) -> Money:
    return Money(value=Decimal(rupees), currency="INR")


def collection(*resources: Resource) -> dict[str, Any]:
    bundle = Bundle(type="collection", timestamp=WHEN, entry=[
        BundleEntry(fullUrl=f"urn:uuid:{r.id}", resource=r) for r in resources])
    out: dict[str, Any] = json.loads(bundle.model_dump_json())
    return out


def patient() -> Patient:
    return Patient(id="0b1e6a55-1111-4c1e-9a7e-000000000001",
                   meta=Meta(profile=[codes.PROFILES["Patient"]]))


def payer() -> Organization:
    return Organization(id="0b1e6a55-1111-4c1e-9a7e-000000000002", name="Training TPA")


def ref(res: Resource) -> Reference:
    return Reference(reference=f"urn:uuid:{res.id}")


def claim_response(**overrides: Any) -> dict[str, Any]:
    pat, org = patient(), payer()
    fields: dict[str, Any] = dict(
        id="0b1e6a55-1111-4c1e-9a7e-000000000003",
        meta=Meta(profile=[codes.PROFILES["ClaimResponse"]]),
        status="active", type=cc("http://terminology.hl7.org/CodeSystem/claim-type",
                                 "institutional"),
        use="preauthorization", patient=ref(pat), created=WHEN, insurer=ref(org),
        request=Reference(type="Claim", identifier=Identifier(value="case-0001")),
        outcome="partial", disposition="Approved in part: room rent capped.",
        preAuthRef="PA-2026-77",
        item=[ClaimResponseItem(itemSequence=1, adjudication=[
                  ClaimResponseItemAdjudication(category=cc(ADJ, "submitted"),
                                                amount=inr("12000")),
                  ClaimResponseItemAdjudication(category=cc(ADJ, "benefit"),
                                                amount=inr("10000"))]),
              ClaimResponseItem(itemSequence=2, adjudication=[
                  ClaimResponseItemAdjudication(category=cc(ADJ, "submitted"),
                                                amount=inr("80000.50")),
                  ClaimResponseItemAdjudication(category=cc(ADJ, "benefit"),
                                                amount=inr("70000.25"))])],
        total=[ClaimResponseTotal(category=cc(ADJ, "submitted"), amount=inr("92000.50")),
               ClaimResponseTotal(category=cc(ADJ, "benefit"), amount=inr("80000.25"))],
        processNote=[ClaimResponseProcessNote(number=1, type="display",
                                              text="Room rent above the policy limit.")],
        error=[ClaimResponseError(code=cc("http://hcxprotocol.io/codes/claim-error-codes",
                                          "AUTH-005"))],
    )
    fields.update(overrides)
    return collection(ClaimResponse(**fields), pat, org)


# ------------------------------------------------------------------ ClaimResponse


def test_complete_claim_response_is_read_in_paise() -> None:
    decision = parse_claim_response(json.dumps(claim_response()).encode())
    assert decision.outcome == "partial"
    assert decision.disposition == "Approved in part: room rent capped."
    assert decision.pre_auth_ref == "PA-2026-77"
    assert decision.request_ref == "case-0001"
    assert decision.approved_total == 8_000_025
    assert decision.submitted_total == 9_200_050
    assert [(i.item_sequence, i.submitted, i.approved) for i in decision.items] == [
        (1, 1_200_000, 1_000_000), (2, 8_000_050, 7_000_025)]
    assert decision.notes == ("Room rent above the policy limit.",)
    assert decision.errors[0].code == "AUTH-005"
    assert "inconsistent" in decision.errors[0].message  # named from the HCX error codes
    assert decision.warnings == ()


def _with_unknown_extension(doc: dict[str, Any]) -> None:
    res = doc["entry"][0]["resource"]
    res["extension"] = [{"url": "https://payer.example/fhir/ext/tat",
                         "valueDuration": {"value": 42, "unit": "min"}}]
    res["item"][0]["extension"] = [{"url": "urn:payer:x", "valueString": "y"}]


def _without_disposition(doc: dict[str, Any]) -> None:
    del doc["entry"][0]["resource"]["disposition"]


def _with_extra_resources_out_of_order(doc: dict[str, Any]) -> None:
    entries = doc["entry"]
    entries.reverse()
    entries.insert(1, {"fullUrl": "urn:uuid:c0ffee00-0000-4000-8000-000000000009",
                       "resource": {"resourceType": "Observation", "status": "final",
                                    "code": {"text": "payer audit"}}})


def _with_unknown_fields(doc: dict[str, Any]) -> None:
    res = doc["entry"][0]["resource"]
    res["payerInternalScore"] = 0.93
    res["reviewerName"] = PATIENT_NAME  # a value that must not leak into warnings
    res["total"][0]["foo"] = {"bar": 1}
    doc["signatureBlob"] = "zzz"


def _as_a_bare_resource(doc: dict[str, Any]) -> None:
    res = doc["entry"][0]["resource"]
    doc.clear()
    doc.update(res)


def _with_single_objects_for_lists_and_string_amounts(doc: dict[str, Any]) -> None:
    res = doc["entry"][0]["resource"]
    res["total"] = res["total"][1]  # one object where FHIR wants a list
    res["total"]["amount"]["value"] = "80000.25"
    res["processNote"] = res["processNote"][0]


def _inside_a_message_bundle(doc: dict[str, Any]) -> None:
    doc["type"] = "message"
    doc["entry"].insert(0, {"fullUrl": "urn:uuid:c0ffee00-0000-4000-8000-00000000000a",
                            "resource": {"resourceType": "MessageHeader",
                                         "eventCoding": {"code": "claim-response"},
                                         "source": {"endpoint": "https://payer.example"}}})


QUIRKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "unknown extension": _with_unknown_extension,
    "missing optional disposition": _without_disposition,
    "extra resources out of order": _with_extra_resources_out_of_order,
    "unknown fields": _with_unknown_fields,
    "bare resource": _as_a_bare_resource,
    "single objects and string amounts": _with_single_objects_for_lists_and_string_amounts,
    "message bundle": _inside_a_message_bundle,
}


@pytest.mark.parametrize("quirk", list(QUIRKS))
def test_quirky_claim_responses_still_parse(quirk: str) -> None:
    doc = claim_response()
    QUIRKS[quirk](doc)
    decision = parse_claim_response(json.dumps(doc))
    assert decision.outcome == "partial"
    assert decision.approved_total == 8_000_025
    assert decision.pre_auth_ref == "PA-2026-77"
    assert decision.disposition == ("" if quirk == "missing optional disposition"
                                    else "Approved in part: room rent capped.")


def test_unknown_fields_become_warnings_without_their_values() -> None:
    doc = claim_response()
    _with_unknown_fields(doc)
    decision = parse_claim_response(doc)
    assert any("reviewerName" in w and "extra_forbidden" in w for w in decision.warnings)
    assert not any(PATIENT_NAME in w for w in decision.warnings)


def test_answer_without_claim_response_names_what_is_missing_and_what_came() -> None:
    doc = collection(patient(), payer())
    with pytest.raises(BadPayload, match=r"no ClaimResponse \(it holds: Patient, Organization\)"):
        parse_claim_response(doc)


def test_claim_response_without_outcome_is_refused_clearly() -> None:
    doc = claim_response()
    del doc["entry"][0]["resource"]["outcome"]
    with pytest.raises(BadPayload, match="no outcome"):
        parse_claim_response(doc)


@pytest.mark.parametrize("payload", [b"<html>Gateway Timeout</html>", b"[1, 2]", b"\xff\xfe"])
def test_not_json_or_not_a_resource_is_refused_clearly(payload: bytes) -> None:
    with pytest.raises(BadPayload, match="ask the payer to send it again"):
        parse_claim_response(payload)


def test_payload_with_a_byte_order_mark_parses() -> None:
    raw = b"\xef\xbb\xbf" + json.dumps(claim_response()).encode()
    assert parse_claim_response(raw).outcome == "partial"


@given(st.integers(min_value=0, max_value=10**13))
def test_amounts_round_trip_to_the_paisa(paise: int) -> None:
    rupees = Decimal(paise) / 100
    doc = claim_response(total=[ClaimResponseTotal(category=cc(ADJ, "benefit"),
                                                   amount=Money(value=rupees, currency="INR"))])
    assert parse_claim_response(doc).approved_total == paise


def test_approved_total_falls_back_to_item_adjudication() -> None:
    doc = claim_response()
    del doc["entry"][0]["resource"]["total"]
    assert parse_claim_response(doc).approved_total == 8_000_025


# ------------------------------------------------------------------ eligibility


def eligibility(inforce: bool = True, **overrides: Any) -> dict[str, Any]:
    pat, org = patient(), payer()
    fields: dict[str, Any] = dict(
        id="0b1e6a55-1111-4c1e-9a7e-000000000004",
        status="active", purpose=["validation", "benefits"], patient=ref(pat), created=WHEN,
        request=Reference(identifier=Identifier(value="case-0001")), outcome="complete",
        disposition="Policy in force.", insurer=ref(org),
        insurance=[CoverageEligibilityResponseInsurance(
            coverage=Reference(identifier=Identifier(value="TRN/HL/2026/000123")),
            inforce=inforce,
            item=[CoverageEligibilityResponseInsuranceItem(
                category=cc("http://terminology.hl7.org/CodeSystem/ex-benefitcategory", "1",
                            "Medical Care"),
                benefit=[CoverageEligibilityResponseInsuranceItemBenefit(
                    type=cc("http://terminology.hl7.org/CodeSystem/benefit-type", "benefit"),
                    allowedMoney=inr("500000"), usedMoney=inr("50000"))])])],
    )
    fields.update(overrides)
    return collection(CoverageEligibilityResponse(**fields), pat, org)


def test_eligibility_in_force_with_balance() -> None:
    result = parse_eligibility_response(eligibility())
    assert result.in_force is True and result.outcome == "complete"
    assert result.balance == 45_000_000
    assert result.benefits[0].allowed == 50_000_000 and result.benefits[0].used == 5_000_000


def test_eligibility_not_in_force_and_without_benefits_parses() -> None:
    doc = eligibility(inforce=False)
    del doc["entry"][0]["resource"]["insurance"][0]["item"]
    doc["entry"][0]["resource"]["extension"] = [{"url": "urn:x", "valueBoolean": True}]
    result = parse_eligibility_response(doc)
    assert result.in_force is False and result.balance is None and result.benefits == ()


def test_eligibility_without_outcome_is_refused_clearly() -> None:
    doc = eligibility()
    del doc["entry"][0]["resource"]["outcome"]
    with pytest.raises(BadPayload, match="no outcome"):
        parse_eligibility_response(doc)


# ------------------------------------------------------------------ CommunicationRequest


def query(documents: tuple[str, ...] = ("DIA", "MB"), **overrides: Any) -> dict[str, Any]:
    pat, org = patient(), payer()
    fields: dict[str, Any] = dict(
        id="0b1e6a55-1111-4c1e-9a7e-000000000005",
        identifier=[Identifier(system="https://payer.example/query", value="Q-778")],
        status="active", subject=ref(pat), authoredOn=WHEN, requester=ref(org),
        about=[Reference(type="Claim", identifier=Identifier(value="case-0001"))],
        reasonCode=[cc(codes.SUPPORTING_INFO_SYSTEM, d) for d in documents] or None,
        payload=[CommunicationRequestPayload(contentString="Send the USG report and the bill.")],
    )
    fields.update(overrides)
    return collection(CommunicationRequest(**fields), pat, org)


def test_query_text_and_documents_asked_for() -> None:
    q = parse_communication_request(query())
    assert q.query_id == "Q-778"
    assert q.text == "Send the USG report and the bill."
    assert q.documents == ("DIA", "MB")
    assert q.about == ("case-0001",)


def test_query_documents_in_payload_extensions_and_unknown_extras_parse() -> None:
    doc = query(documents=())
    res = doc["entry"][0]["resource"]
    res["payload"].append({"extension": [{"url": "urn:payer:doc", "valueCoding": {
        "system": codes.SUPPORTING_INFO_SYSTEM, "code": "HDS"}}], "contentString": "HDS"})
    res["payerQueueId"] = 17
    q = parse_communication_request(doc)
    assert q.documents == ("HDS",)


def test_query_without_id_cannot_be_answered() -> None:
    doc = query()
    res = doc["entry"][0]["resource"]
    del res["id"], res["identifier"]
    with pytest.raises(BadPayload, match="neither an id nor an identifier"):
        parse_communication_request(doc)


def test_empty_query_is_refused_clearly() -> None:
    doc = query(documents=())
    del doc["entry"][0]["resource"]["payload"]
    with pytest.raises(BadPayload, match="no text and asks for no document"):
        parse_communication_request(doc)


def test_the_answer_cites_the_query_it_answers() -> None:
    q = parse_communication_request(query())
    adm = Admission.from_json(example_admission_json())
    built = build_query_answer(adm, BundleContext("case-0001", Leg.QUERY_ANSWER,
                                                  query_ref=q.query_id, answer_text="Attached."))
    comm = json.loads(built.data)["entry"][0]["resource"]
    assert comm["basedOn"][0]["identifier"]["value"] == "Q-778"


# ------------------------------------------------------------------ payment


def payment(deduction: str = "1500") -> dict[str, Any]:
    org = payer()
    utr = Identifier(type=cc(codes.V2_0203, "UTR"), system="https://bank.example/utr",
                     value="UTR2026120300001")
    recon = PaymentReconciliation(
        id="0b1e6a55-1111-4c1e-9a7e-000000000006", status="active", created=WHEN,
        paymentDate=WHEN.date(), paymentAmount=inr("83500"), paymentIdentifier=utr,
        outcome="complete", disposition="Paid by NEFT.",
        detail=[PaymentReconciliationDetail(type=cc("http://terminology.hl7.org/CodeSystem/"
                                                    "payment-type", "payment"),
                                            amount=inr("85000"),
                                            request=Reference(identifier=Identifier(
                                                value="case-0001"))),
                PaymentReconciliationDetail(type=cc("http://terminology.hl7.org/CodeSystem/"
                                                    "payment-type", "adjustment"),
                                            amount=inr(f"-{deduction}"))])
    notice = PaymentNotice(
        id="0b1e6a55-1111-4c1e-9a7e-000000000007", identifier=[utr], status="active",
        created=WHEN, request=Reference(identifier=Identifier(value="case-0001")),
        payment=ref(recon), paymentDate=WHEN.date(), recipient=ref(org), amount=inr("83500"),
        paymentStatus=cc("http://terminology.hl7.org/CodeSystem/paymentstatus", "paid"))
    return collection(notice, recon, org)


def test_payment_utr_amount_and_deductions() -> None:
    info = parse_payment(payment())
    assert info.utr == "UTR2026120300001"
    assert info.amount == 8_350_000 and info.gross == 8_500_000
    assert [d.amount for d in info.deductions] == [150_000]
    assert info.payment_date == WHEN.date()
    assert info.status == "paid" and info.request_ref == "case-0001"


def test_payment_reconciliation_alone_parses() -> None:
    doc = payment()
    doc["entry"] = [e for e in doc["entry"]
                    if e["resource"]["resourceType"] != "PaymentNotice"]
    info = parse_payment(doc)
    assert info.utr == "UTR2026120300001" and info.amount == 8_350_000


def test_payment_without_utr_is_refused_clearly() -> None:
    doc = payment()
    for e in doc["entry"]:
        e["resource"].pop("identifier", None)
        e["resource"].pop("paymentIdentifier", None)
    with pytest.raises(BadPayload, match="no UTR"):
        parse_payment(doc)


def test_payment_without_amount_is_refused_clearly() -> None:
    doc = payment()
    doc["entry"][0]["resource"].pop("amount")
    doc["entry"][1]["resource"].pop("paymentAmount")
    with pytest.raises(BadPayload, match="no amount"):
        parse_payment(doc)


# ------------------------------------------------------------------ Task and dispatch


def task(status: str = "completed") -> dict[str, Any]:
    return collection(Task(
        id="0b1e6a55-1111-4c1e-9a7e-000000000008", status=status, intent="order",
        code=cc("http://terminology.hl7.org/CodeSystem/financialtaskcode", "cancel"),
        focus=Reference(identifier=Identifier(value="PA-2026-77")),
        description="Cancelled as asked."), payer())


def test_task_status_and_focus() -> None:
    info = parse_task(task())
    assert (info.status, info.code, info.focus_ref) == ("completed", "cancel", "PA-2026-77")


def test_task_without_status_is_refused_clearly() -> None:
    doc = task()
    del doc["entry"][0]["resource"]["status"]
    with pytest.raises(BadPayload, match="no status"):
        parse_task(doc)


@pytest.mark.parametrize(("doc", "kind"), [
    (claim_response(), ClaimDecision), (eligibility(), EligibilityResult),
    (query(), PayerQuery), (payment(), PaymentInfo), (task(), TaskInfo)])
def test_parse_answer_picks_the_parser_by_resource(doc: dict[str, Any], kind: type) -> None:
    shuffled = copy.deepcopy(doc)
    shuffled["entry"].reverse()
    assert isinstance(parse_answer(doc), kind)
    assert isinstance(parse_answer(shuffled), kind)


def test_parse_answer_with_nothing_known_names_what_came() -> None:
    with pytest.raises(BadPayload, match="it holds: Organization"):
        parse_answer(collection(payer()))


def test_query_inside_a_task_bundle_is_read_as_a_query() -> None:
    doc = query()
    task_first = Task(id="0b1e6a55-1111-4c1e-9a7e-00000000000b", status="requested",
                      intent="order", description="Additional information needed.",
                      code=cc("http://terminology.hl7.org/CodeSystem/financialtaskcode", "poll"))
    doc["entry"].insert(0, {"fullUrl": f"urn:uuid:{task_first.id}",
                            "resource": json.loads(task_first.model_dump_json())})
    answer = parse_answer(doc)
    assert isinstance(answer, PayerQuery)
    assert answer.query_id == "Q-778" and answer.documents == ("DIA", "MB")


def test_query_words_only_on_the_task_are_still_read() -> None:
    doc = query(documents=())
    del doc["entry"][0]["resource"]["payload"]
    doc["entry"].append({"fullUrl": "urn:uuid:0b1e6a55-1111-4c1e-9a7e-00000000000c",
                         "resource": {"resourceType": "Task", "status": "requested",
                                      "intent": "order",
                                      "description": "Send the indoor case papers."}})
    assert parse_communication_request(doc).text == "Send the indoor case papers."


def test_claim_response_carrying_a_query_is_marked_queried() -> None:
    doc = claim_response(outcome="queued", disposition="Queried.")
    doc["entry"] += query(documents=("HDS",))["entry"][:1]
    decision = parse_claim_response(doc)
    assert decision.queried and decision.query is not None
    assert decision.query.documents == ("HDS",)
    assert not parse_claim_response(claim_response()).queried


LETTER = b"%PDF-1.4 synthetic authorisation letter"


def test_authorisation_letter_in_the_form_is_decoded_and_checked() -> None:
    doc = claim_response()
    doc["entry"][0]["resource"]["form"] = {
        "contentType": "application/pdf", "title": "Part D",
        "data": base64.b64encode(LETTER).decode(),
        "hash": base64.b64encode(hashlib.sha1(LETTER).digest()).decode()}
    decision = parse_claim_response(doc)
    assert [(d.title, d.mime, d.data, d.hash_ok) for d in decision.documents] == [
        ("Part D", "application/pdf", LETTER, True)]

    doc["entry"][0]["resource"]["form"]["hash"] = base64.b64encode(b"0" * 20).decode()
    decision = parse_claim_response(doc)
    assert decision.documents[0].hash_ok is False
    assert any("SHA-1" in w for w in decision.warnings)


def test_undecodable_letter_is_left_out_with_a_warning() -> None:
    doc = claim_response()
    doc["entry"][0]["resource"]["form"] = {"contentType": "application/pdf", "data": "%%%"}
    decision = parse_claim_response(doc)
    assert decision.documents == () and decision.outcome == "partial"
    assert any("not valid base64" in w for w in decision.warnings)


def test_documents_sent_with_a_query_are_decoded() -> None:
    doc = query()
    doc["entry"][0]["resource"]["payload"].append(
        {"contentAttachment": {"contentType": "image/png", "title": "Format to fill",
                               "data": base64.b64encode(b"\x89PNG synthetic").decode()}})
    q = parse_communication_request(doc)
    assert [(a.title, a.data, a.hash_ok) for a in q.attachments] == [
        ("Format to fill", b"\x89PNG synthetic", None)]
