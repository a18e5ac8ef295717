"""The bundles the desk sends: valid FHIR (R4 models of fhir.resources), linked by sequence,
totals that add up, documents streamed once and the payer's size limits enforced by name."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tracemalloc
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.claim import Claim
from fhir.resources.R4B.communication import Communication
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.admission import ESTIMATE_HEADS, Admission, Estimate, example_admission_json
from app.hcx import codes
from app.hcx.fhir_build import (
    IST,
    MB,
    BundleContext,
    DocumentChanged,
    DocumentLimitExceeded,
    DocumentLimits,
    DocumentRef,
    Leg,
    PaymentAck,
    QueryChannel,
    build_bundle,
    build_claim,
    build_enhancement,
    build_preauth,
    build_query_answer,
)
from app.payers import PayerProfile
from offline.blobs import Blobs
from offline.errors import BadInput
from offline.migrations import CORE_MIGRATIONS
from offline.store import Store

WHEN = datetime(2026, 12, 3, 11, 0, tzinfo=IST)


def admission() -> Admission:
    return Admission.from_json(example_admission_json())


class _Pattern(io.RawIOBase):
    """A document of ``size`` bytes made up on the fly: nothing is held in memory."""

    def __init__(self, size: int, seed: int = 7) -> None:
        self.left = size
        self.byte = seed % 251
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        n = min(len(buf), self.left)
        buf[:n] = bytes([self.byte]) * n
        self.left -= n
        self.read_bytes += n
        return n


def doc_from_bytes(data: bytes, *, doc_id: str = "doc-1", category: str = "POI",
                   title: str = "Aadhaar card", mime: str = "application/pdf") -> DocumentRef:
    return DocumentRef(doc_id, category, title, mime, len(data),
                       hashlib.sha256(data).hexdigest(), lambda: io.BytesIO(data))


class _Opened:
    """Counts how many documents were opened (and how many bytes they gave)."""

    def __init__(self) -> None:
        self.streams: list[_Pattern] = []

    def doc(self, i: int, real_size: int, declared: int | None = None) -> DocumentRef:
        def opener() -> Any:
            stream = _Pattern(real_size, i)
            self.streams.append(stream)
            return stream
        return DocumentRef(f"doc-{i}", "DIA", f"Scan {i}", "application/pdf",
                           real_size if declared is None else declared, "", opener)


def ctx_for(leg: Leg, **kw: Any) -> BundleContext:
    base: dict[str, Any] = dict(
        case_id="case-0001", leg=leg, sender_code="hosp-1@hcx", recipient_code="tpa-1@hcx",
        preauth_ref="PA-2026-77", query_ref="CR-9", answer_text="Ultrasound report attached.",
        cancel_reason="Patient moved to another hospital.",
        payment=PaymentAck("UTR2026120300001", 8_500_000, "PR-1"), created=WHEN)
    base.update(kw)
    return BundleContext(**base)


def entries(data: bytes) -> list[dict[str, Any]]:
    return list(json.loads(data)["entry"])


def references(node: Any) -> Iterator[str]:
    """Every Reference.reference string anywhere in a JSON tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


SMALL_PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF"
LEGS_WITH_DOCS = {Leg.PREAUTH, Leg.ENHANCEMENT, Leg.QUERY_ANSWER, Leg.DISCHARGE, Leg.CLAIM}
FOCAL = {
    Leg.ELIGIBILITY: "CoverageEligibilityRequest", Leg.PREAUTH: "Claim",
    Leg.ENHANCEMENT: "Claim", Leg.QUERY_ANSWER: "Communication", Leg.DISCHARGE: "Claim",
    Leg.CLAIM: "Claim", Leg.PAYMENT_ACK: "PaymentNotice", Leg.CANCEL: "Task",
}


@pytest.mark.parametrize("leg", list(Leg))
def test_every_leg_builds_a_valid_fhir_collection_bundle(leg: Leg) -> None:
    docs = [doc_from_bytes(SMALL_PDF)] if leg in LEGS_WITH_DOCS else []
    built = build_bundle(admission(), ctx_for(leg, documents=docs))

    bundle = Bundle.model_validate_json(built.data)  # raises if not valid FHIR
    assert bundle.type == "collection"
    first = bundle.entry[0].resource
    assert first.get_resource_type() == FOCAL[leg] == built.focal_type
    assert first.id == built.focal_id

    raw = json.loads(built.data)
    assert raw["timestamp"].endswith("+05:30")
    assert raw["meta"]["profile"] == [codes.BUNDLE_PROFILES[FOCAL[leg]]]
    full_urls = {e["fullUrl"] for e in raw["entry"]}
    for e in raw["entry"]:
        res = e["resource"]
        assert e["fullUrl"] == f"urn:uuid:{res['id']}"
        assert res["meta"]["profile"] == [codes.PROFILES[res["resourceType"]]]
    for ref in references(raw):
        assert ref.startswith("urn:uuid:") and ref in full_urls, ref


def test_timestamps_are_written_in_indian_time() -> None:
    built = build_preauth(admission(), ctx_for(Leg.PREAUTH, created=None))
    claim = entries(built.data)[0]["resource"]
    assert claim["created"].endswith("+05:30")
    assert claim["billablePeriod"]["start"] == "2026-12-03T09:30:00+05:30"


def test_claim_links_items_to_diagnosis_procedure_care_team_and_documents_by_sequence() -> None:
    docs = [doc_from_bytes(SMALL_PDF, doc_id="a", category="POI"),
            doc_from_bytes(SMALL_PDF + b"x", doc_id="b", category="DIA", title="USG report")]
    built = build_preauth(admission(), ctx_for(Leg.PREAUTH, documents=docs))
    claim = Claim.model_validate(entries(built.data)[0]["resource"])

    diagnoses = {d.sequence for d in claim.diagnosis}
    procedures = {p.sequence for p in claim.procedure}
    team = {c.sequence for c in claim.careTeam}
    info = {s.sequence for s in claim.supportingInfo}
    attachments = [s for s in claim.supportingInfo if s.valueAttachment is not None]
    assert diagnoses and procedures and team and len(attachments) == 2
    assert len(info) == len(claim.supportingInfo)  # sequences are unique
    assert claim.use == "preauthorization"
    assert claim.subType.coding[0].code == "EM"
    assert claim.type.text == "inpatient"
    assert claim.diagnosis[0].diagnosisCodeableConcept.coding[0].system == codes.ICD10_SYSTEM
    assert claim.diagnosis[0].diagnosisCodeableConcept.coding[0].code == "K35.8"
    assert claim.procedure[0].procedureCodeableConcept.coding[0].code == "0DTJ4ZZ"
    assert [s.category.coding[0].code for s in attachments] == ["POI", "DIA"]
    for item in claim.item:
        assert item.id
        assert item.category.coding[0].system == codes.BILLING_GROUP_SYSTEM
        assert item.category.coding[0].code in codes.billing_groups()
        assert set(item.diagnosisSequence) <= diagnoses
        assert set(item.procedureSequence) <= procedures
        assert set(item.careTeamSequence) <= team
        assert set(item.informationSequence) <= info
    assert len({i.sequence for i in claim.item}) == len(claim.item)


def test_claim_carries_the_part_c_clinical_facts_as_supporting_info() -> None:
    data = example_admission_json()
    data["clinical"]["accident"] = {"road_traffic": True, "injury_date": "2026-12-01",
                                    "reported_to_police": True, "fir_number": "FIR-12/2026"}
    built = build_preauth(Admission.from_json(data), ctx_for(Leg.PREAUTH))
    claim = Claim.model_validate(entries(built.data)[0]["resource"])
    facts = {(s.category.coding[0].code, s.valueString) for s in claim.supportingInfo}
    assert ("VRE", "Pain in the right lower abdomen for two days, fever, vomiting.") in facts
    assert ("INF", "Chronic illness: hypertension since 2019") in facts
    assert ("TRD", "Line of treatment: Surgical Management") in facts
    assert ("COI", "Road traffic accident; reported to police, FIR FIR-12/2026") in facts
    treatment = next(s for s in claim.supportingInfo if s.category.coding[0].code == "TRD")
    assert treatment.code.coding[0].code == "SUR"
    assert str(claim.accident.date) == "2026-12-01"
    assert claim.accident.type.coding[0].code == "MVA"


def test_claim_carries_the_parties_identifiers() -> None:
    built = build_preauth(admission(), ctx_for(Leg.PREAUTH))
    by_type: dict[str, list[dict[str, Any]]] = {}
    for e in entries(built.data):
        by_type.setdefault(e["resource"]["resourceType"], []).append(e["resource"])

    def ids(res: dict[str, Any]) -> dict[str, str]:
        return {i.get("type", {}).get("coding", [{}])[0].get("code", i.get("system")): i["value"]
                for i in res.get("identifier", [])}

    assert ids(by_type["Patient"][0]) == {"ABHA": "91123456789012", "MR": "MRN-2026-004512"}
    hospital, payer = by_type["Organization"]
    assert {i["system"]: i["value"] for i in hospital["identifier"]
            if i.get("type", {}).get("coding", [{}])[0].get("code") == "NPI"} == {
        codes.HFR_SYSTEM: "IN2710000123", codes.ROHINI_SYSTEM: "8900080123456"}
    assert ids(payer)["NIIP"] == "tpa-1@hcx"
    assert ids(by_type["Practitioner"][0])["MD"] == "MMC-2009-12345"
    coverage = by_type["Coverage"][0]
    assert ids(coverage) == {"NH": "TRN/HL/2026/000123", "MB": "TRN-000123-02"}
    assert coverage["subscriberId"] == "TRN-000123-02"


def test_attachment_is_the_document_base64_encoded_once_with_sha1_and_size() -> None:
    built = build_claim(admission(), ctx_for(Leg.CLAIM, documents=[doc_from_bytes(SMALL_PDF)]))
    attachment = entries(built.data)[0]["resource"]["supportingInfo"][0]["valueAttachment"]
    assert base64.b64decode(attachment["data"], validate=True) == SMALL_PDF
    assert base64.b64decode(attachment["hash"]) == hashlib.sha1(SMALL_PDF).digest()
    assert attachment["size"] == len(SMALL_PDF)
    assert attachment["contentType"] == "application/pdf"
    assert attachment["title"] == "Aadhaar card"
    assert attachment["creation"].endswith("+05:30")
    assert built.document_ids == ("doc-1",)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(min_value=0, max_value=5_000_000_00), min_size=len(ESTIMATE_HEADS),
                max_size=len(ESTIMATE_HEADS)).filter(lambda v: sum(v) > 0))
def test_total_is_the_sum_of_item_nets(values: list[int]) -> None:
    adm = admission()
    adm.estimate = Estimate(**{k: v for (k, _, _), v in zip(ESTIMATE_HEADS, values, strict=True)})
    built = build_preauth(adm, ctx_for(Leg.PREAUTH))
    claim = Claim.model_validate(entries(built.data)[0]["resource"])
    nets = [round(item.net.value * 100) for item in claim.item]
    assert sum(nets) == round(claim.total.value * 100) == adm.estimate.total == built.total
    assert len(claim.item) == sum(1 for v in values if v > 0)


def test_requested_amount_that_disagrees_with_the_estimate_is_refused() -> None:
    with pytest.raises(BadInput, match="differs from the estimate total"):
        build_enhancement(admission(), ctx_for(Leg.ENHANCEMENT, requested_amount=1))


def test_enhancement_without_preauth_reference_is_refused() -> None:
    with pytest.raises(BadInput, match="pre-auth reference"):
        build_enhancement(admission(), ctx_for(Leg.ENHANCEMENT, preauth_ref=""))


def test_enhancement_cites_the_preauth() -> None:
    built = build_enhancement(admission(), ctx_for(Leg.ENHANCEMENT))
    claim = Claim.model_validate(entries(built.data)[0]["resource"])
    assert claim.insurance[0].preAuthRef == ["PA-2026-77"]
    assert claim.related[0].claim.identifier.value == "PA-2026-77"


def test_query_answer_on_communication_channel_carries_text_documents_and_query_id() -> None:
    doc = doc_from_bytes(SMALL_PDF, category="DIA", title="USG abdomen")
    built = build_query_answer(admission(), ctx_for(Leg.QUERY_ANSWER, documents=[doc]))
    comm = Communication.model_validate(entries(built.data)[0]["resource"])
    assert comm.basedOn[0].identifier.value == "CR-9"
    assert comm.payload[0].contentString == "Ultrasound report attached."
    assert comm.payload[1].contentAttachment.data == SMALL_PDF
    ext = comm.payload[1].extension[0]
    assert ext.url == codes.PAYLOAD_CATEGORY_EXTENSION and ext.valueCoding.code == "DIA"


def test_query_answer_on_claim_channel_resubmits_the_claim_of_the_queried_leg() -> None:
    built = build_query_answer(admission(), ctx_for(
        Leg.QUERY_ANSWER, query_channel=QueryChannel.CLAIM, query_leg=Leg.CLAIM,
        documents=[doc_from_bytes(SMALL_PDF)]))
    claim = Claim.model_validate(entries(built.data)[0]["resource"])
    assert claim.use == "claim"
    assert claim.insurance[0].preAuthRef == ["PA-2026-77"]


# ------------------------------------------------------------------ document limits


def test_document_over_the_per_document_limit_is_refused_by_name() -> None:
    opened = _Opened()
    big = opened.doc(1, 3 * MB)
    big = DocumentRef(big.id, big.category, "Discharge summary scan", big.mime, big.size,
                      big.sha256, big.open)
    with pytest.raises(DocumentLimitExceeded) as err:
        build_preauth(admission(), ctx_for(Leg.PREAUTH, documents=[big]))
    assert "Discharge summary scan" in str(err.value)
    assert err.value.document_id == "doc-1"
    assert opened.streams == []  # refused on the recorded size, nothing read


def test_document_larger_than_it_claimed_is_stopped_by_name_while_streaming() -> None:
    opened = _Opened()
    liar = opened.doc(4, 5 * MB, declared=1000)
    with pytest.raises(DocumentLimitExceeded, match="Scan 4"):
        build_preauth(admission(), ctx_for(Leg.PREAUTH, documents=[liar]))
    assert opened.streams[0].read_bytes <= 2 * MB + 256 * 1024


def test_bundle_over_the_limit_names_the_document_that_does_not_fit() -> None:
    opened = _Opened()
    docs = [opened.doc(i, 1_500_000) for i in range(1, 5)]
    limits = DocumentLimits(max_document_bytes=2 * MB, max_bundle_bytes=5 * MB)
    with pytest.raises(DocumentLimitExceeded) as err:
        build_claim(admission(), ctx_for(Leg.CLAIM, documents=docs, limits=limits))
    # 4/3 * 1.5 MB each: the third one crosses 5 MB
    assert "'Scan 3'" in str(err.value)
    assert err.value.document_id == "doc-3"
    assert opened.streams == []


def test_thirty_megabytes_of_documents_are_refused_without_reading_them() -> None:
    opened = _Opened()
    docs = [opened.doc(i, 2 * MB) for i in range(15)]  # 30 MB, each within 2 MB
    tracemalloc.start()
    try:
        with pytest.raises(DocumentLimitExceeded):
            build_claim(admission(), ctx_for(Leg.CLAIM, documents=docs))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert opened.streams == []
    assert peak < 1 * MB, f"peak {peak / MB:.2f} MB"


def test_documents_that_understate_their_size_are_stopped_at_the_bundle_limit() -> None:
    opened = _Opened()
    docs = [opened.doc(i, 2 * MB, declared=10_000) for i in range(15)]  # 30 MB really
    limits = DocumentLimits()  # 2 MB / 20 MB
    tracemalloc.start()
    try:
        with pytest.raises(DocumentLimitExceeded, match="per bundle"):
            build_claim(admission(), ctx_for(Leg.CLAIM, documents=docs, limits=limits))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    read = sum(s.read_bytes for s in opened.streams)
    assert read < 16 * MB  # stopped once the encoded total passed 20 MB, not after 30 MB
    assert len(opened.streams) < len(docs)
    assert peak < 24 * MB, f"peak {peak / MB:.2f} MB"


def test_memory_stays_near_the_bundle_size_when_building_a_full_bundle() -> None:
    opened = _Opened()
    docs = [opened.doc(i, 1_900_000) for i in range(7)]  # 13.3 MB -> 16.9 MiB encoded
    tracemalloc.start()
    try:
        built = build_claim(admission(), ctx_for(Leg.CLAIM, documents=docs))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = len(built.data)
    assert 16 * MB < size < 20 * MB
    assert peak < 2.3 * size, f"peak {peak / MB:.1f} MB for a {size / MB:.1f} MB bundle"
    Bundle.model_validate_json(built.data)


def test_document_that_changed_since_it_was_stored_is_refused_by_name() -> None:
    doc = doc_from_bytes(SMALL_PDF, title="Policy card")
    tampered = DocumentRef(doc.id, doc.category, doc.title, doc.mime, doc.size,
                           hashlib.sha256(b"other").hexdigest(), doc.open)
    with pytest.raises(DocumentChanged, match="Policy card"):
        build_preauth(admission(), ctx_for(Leg.PREAUTH, documents=[tampered]))


def test_document_of_a_type_the_payer_refuses_is_named() -> None:
    doc = doc_from_bytes(b"GIF89a", title="Old scan", mime="image/gif")
    with pytest.raises(DocumentLimitExceeded, match=r"'Old scan'.*PDF, JPEG or PNG"):
        build_preauth(admission(), ctx_for(Leg.PREAUTH, documents=[doc]))


def test_unknown_document_category_is_named() -> None:
    doc = doc_from_bytes(SMALL_PDF, category="XYZ", title="Mystery")
    with pytest.raises(DocumentLimitExceeded, match=r"'Mystery'.*not an HCX document category"):
        build_preauth(admission(), ctx_for(Leg.PREAUTH, documents=[doc]))


def test_context_for_payer_takes_its_codes_channel_and_limits() -> None:
    profile = PayerProfile(code="tpa-x", name="TPA X", payer_participant_code="tpa-x@hcx",
                           provider_participant_code="hosp-9@hcx", query_channel="claim",
                           max_document_bytes=1000, max_bundle_bytes=5000)
    ctx = BundleContext.for_payer(profile, "case-7", Leg.QUERY_ANSWER, preauth_ref="PA-1")
    assert (ctx.sender_code, ctx.recipient_code) == ("hosp-9@hcx", "tpa-x@hcx")
    assert ctx.query_channel is QueryChannel.CLAIM
    assert ctx.limits == DocumentLimits(1000, 5000)
    doc = doc_from_bytes(b"%PDF" + b"x" * 2000, title="Too big for TPA X")
    with pytest.raises(DocumentLimitExceeded, match="Too big for TPA X"):
        build_bundle(admission(), BundleContext.for_payer(profile, "case-7", Leg.PREAUTH,
                                                          documents=[doc]))


# ------------------------------------------------------------------ from the encrypted store


def _stored(tmp_path: Path, data: bytes) -> tuple[Store, DocumentRef]:
    store = Store.create(tmp_path / "desk.db", os.urandom(32), CORE_MIGRATIONS)
    blobs = Blobs(store, chunk_size=64 * 1024)
    info = blobs.put(io.BytesIO(data))
    return store, DocumentRef(f"doc-{info.id[:8]}", "HDS", "Discharge summary",
                              "application/pdf", info.size, info.sha256,
                              lambda: blobs.open(info.id))


def test_documents_stream_from_the_encrypted_blob_store(tmp_path: Path) -> None:
    data = b"%PDF-1.7\n" + os.urandom(1_800_000)
    store, doc = _stored(tmp_path, data)
    try:
        built = build_claim(admission(), ctx_for(Leg.CLAIM, documents=[doc]))
    finally:
        store.close()
    attachment = entries(built.data)[0]["resource"]["supportingInfo"][0]["valueAttachment"]
    assert base64.b64decode(attachment["data"], validate=True) == data
    assert base64.b64decode(attachment["hash"]) == hashlib.sha1(data).digest()


def test_damaged_blob_is_refused_naming_the_document(tmp_path: Path) -> None:
    store, doc = _stored(tmp_path, b"%PDF-1.7\n" + os.urandom(300_000))
    try:
        with store.transaction() as conn:
            conn.execute("UPDATE blob_chunk SET data = ? WHERE seq = 1", (b"x" * 65536,))
        with pytest.raises(DocumentChanged, match="'Discharge summary'"):
            build_claim(admission(), ctx_for(Leg.CLAIM, documents=[doc]))
    finally:
        store.close()


class _Trickle(io.RawIOBase):
    """Gives its bytes back in short, uneven reads, as a slow or chunked source would."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.pos, self.step = data, 0, step

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        n = min(len(buf), self.step, len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=1, max_size=4000), st.integers(min_value=1, max_value=700))
def test_base64_from_uneven_reads_decodes_to_the_document(data: bytes, step: int) -> None:
    doc = DocumentRef("d", "DIA", "Report", "image/png", len(data),
                      hashlib.sha256(data).hexdigest(), lambda: _Trickle(data, step))
    built = build_claim(admission(), ctx_for(Leg.CLAIM, documents=[doc]))
    attachment = entries(built.data)[0]["resource"]["supportingInfo"][0]["valueAttachment"]
    assert base64.b64decode(attachment["data"], validate=True) == data
    assert attachment["size"] == len(data)


def test_empty_document_is_refused_by_name() -> None:
    doc = DocumentRef("d", "POI", "Blank page", "application/pdf", 0, "", lambda: io.BytesIO())
    with pytest.raises(DocumentLimitExceeded, match="'Blank page' is empty"):
        build_preauth(admission(), ctx_for(Leg.PREAUTH, documents=[doc]))
