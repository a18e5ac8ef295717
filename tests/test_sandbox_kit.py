"""Helpers shared by the sandbox tests: a training desk speaking real HTTP + JWE + FHIR.

Import the ``*_fixture`` names to use the fixtures ``sandbox_dir``, ``server`` and ``desk``.

Request bundles are built here with fhir.resources (R4B models), independent of the desk's own
builders, so the sandbox is tested against the protocol rather than against itself. Synthetic data.
"""

from __future__ import annotations

import base64
import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from fhir.resources.R4B.attachment import Attachment
from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.claim import (
    Claim,
    ClaimDiagnosis,
    ClaimInsurance,
    ClaimItem,
    ClaimSupportingInfo,
)
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.communication import Communication, CommunicationPayload
from fhir.resources.R4B.coverage import Coverage
from fhir.resources.R4B.coverageeligibilityrequest import (
    CoverageEligibilityRequest,
    CoverageEligibilityRequestInsurance,
)
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.meta import Meta
from fhir.resources.R4B.money import Money
from fhir.resources.R4B.organization import Organization
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.paymentnotice import PaymentNotice
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource
from fhir.resources.R4B.task import Task

from app.hcx.identity import Identity, generate_identity
from app.hcx.jwe import seal
from app.sandbox import PAYER_CODE, SandboxServer
from app.sandbox.crypto import KeyOpener
from app.sandbox.service import PAYER_CERT_FILE, PAYER_KEY_FILE

_IDENTITIES: dict[str, Identity] = {}


def identity(name: str) -> Identity:
    """An RSA identity made once per test run (key generation is slow)."""
    if name not in _IDENTITIES:
        _IDENTITIES[name] = generate_identity(name)
    return _IDENTITIES[name]


def seed_payer_key(state_dir: Path) -> None:
    """Give a fresh state folder a ready payer key (the sandbox would make one, slowly)."""
    state_dir.mkdir(parents=True, exist_ok=True)
    payer = identity(PAYER_CODE)
    (state_dir / PAYER_KEY_FILE).write_bytes(payer.private_key_pem)
    (state_dir / PAYER_CERT_FILE).write_bytes(payer.certificate_pem)

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
CASE_SYSTEM = "urn:tpadesk:case-id"


def now_ist() -> dt.datetime:
    return dt.datetime.now(IST).replace(microsecond=0)


def urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _cc(system: str, code: str) -> CodeableConcept:
    return CodeableConcept(coding=[Coding(system=system, code=code)])


def _meta(kind: str) -> Meta:
    return Meta(profile=[f"https://nrces.in/ndhm/fhir/r4/StructureDefinition/{kind}"])


def _bundle(resources: list[tuple[str, Resource]]) -> dict[str, Any]:
    b = Bundle(type="collection", timestamp=now_ist(), meta=_meta("ClaimBundle"),
               entry=[BundleEntry(fullUrl=u, resource=r) for u, r in resources])
    out: dict[str, Any] = b.model_dump(mode="json", exclude_none=True)
    return out


@dataclass
class Parties:
    """The synthetic patient, hospital, payer and policy every request refers to."""

    patient_url: str = field(default_factory=urn)
    hospital_url: str = field(default_factory=urn)
    payer_url: str = field(default_factory=urn)
    coverage_url: str = field(default_factory=urn)
    policy: str = "POL-TRAIN-0001"

    def resources(self) -> list[tuple[str, Resource]]:
        patient = Patient(meta=_meta("Patient"), name=[HumanName(text="Asha Test Patient")],
                          gender="female", identifier=[Identifier(system="urn:mr",
                                                                  value="MR-0001")])
        hospital = Organization(meta=_meta("Organization"), name="Training Hospital",
                                identifier=[Identifier(system="urn:hfr", value="IN0000000001")])
        payer = Organization(meta=_meta("Organization"), name="Training TPA",
                             identifier=[Identifier(system="urn:participant", value=PAYER_CODE)])
        coverage = Coverage(meta=_meta("Coverage"), status="active",
                            identifier=[Identifier(system="urn:policy", value=self.policy)],
                            subscriberId="MB-0001",
                            beneficiary=Reference(reference=self.patient_url),
                            payor=[Reference(reference=self.payer_url)])
        return [(self.patient_url, patient), (self.hospital_url, hospital),
                (self.payer_url, payer), (self.coverage_url, coverage)]


def claim_bundle(total: int, *, use: str = "preauthorization", case_id: str = "CASE-1",
                 diagnoses: tuple[str, ...] = ("K35.8",), documents: tuple[str, ...] = ("POI",),
                 policy: str = "POL-TRAIN-0001") -> dict[str, Any]:
    """A Claim bundle with two items adding up to ``total`` rupees."""
    p = Parties(policy=policy)
    first = Decimal(total) * Decimal("0.6")
    first = first.quantize(Decimal(1))
    nets = [first, Decimal(total) - first]
    items = [ClaimItem(sequence=i + 1, category=_cc("https://irdai.gov.in/billing-group", cat),
                       productOrService=_cc("urn:service", f"SVC-{i + 1}"),
                       net=Money(value=net, currency="INR"), diagnosisSequence=[1])
             for i, (cat, net) in enumerate(zip(("100000", "300000"), nets, strict=True))]
    infos = [ClaimSupportingInfo(
        sequence=i + 1,
        category=_cc("http://hcxprotocol.io/codes/claim-supporting-info-categories", code),
        valueAttachment=Attachment(contentType="application/pdf",
                                   data=base64.b64encode(b"%PDF-1.4 synthetic"),
                                   title=f"{code}.pdf"))
        for i, code in enumerate(documents)]
    claim = Claim(
        meta=_meta("Claim"), identifier=[Identifier(system=CASE_SYSTEM, value=case_id)],
        status="active", type=_cc("http://terminology.hl7.org/CodeSystem/claim-type",
                                  "institutional"),
        use=use, patient=Reference(reference=p.patient_url), created=now_ist(),
        insurer=Reference(reference=p.payer_url), provider=Reference(reference=p.hospital_url),
        priority=_cc("http://terminology.hl7.org/CodeSystem/processpriority", "normal"),
        diagnosis=[ClaimDiagnosis(sequence=i + 1, diagnosisCodeableConcept=_cc(
            "http://hl7.org/fhir/sid/icd-10", code)) for i, code in enumerate(diagnoses)],
        insurance=[ClaimInsurance(sequence=1, focal=True,
                                  coverage=Reference(reference=p.coverage_url))],
        item=items, supportingInfo=infos or None,
        total=Money(value=Decimal(total), currency="INR"))
    return _bundle([(urn(), claim), *p.resources()])


def eligibility_bundle(policy: str = "POL-TRAIN-0001", case_id: str = "CASE-E") -> dict[str, Any]:
    p = Parties(policy=policy)
    req = CoverageEligibilityRequest(
        meta=_meta("CoverageEligibilityRequest"),
        identifier=[Identifier(system=CASE_SYSTEM, value=case_id)], status="active",
        purpose=["validation", "benefits"], patient=Reference(reference=p.patient_url),
        created=now_ist(), insurer=Reference(reference=p.payer_url),
        provider=Reference(reference=p.hospital_url),
        insurance=[CoverageEligibilityRequestInsurance(focal=True, coverage=Reference(
            reference=p.coverage_url))])
    return _bundle([(urn(), req), *p.resources()])


def communication_bundle(text: str = "Reports attached.") -> dict[str, Any]:
    p = Parties()
    comm = Communication(
        meta=_meta("Communication"), status="completed",
        subject=Reference(reference=p.patient_url), sent=now_ist(),
        payload=[CommunicationPayload(contentString=text),
                 CommunicationPayload(contentAttachment=Attachment(
                     contentType="application/pdf", data=base64.b64encode(b"%PDF-1.4 report"),
                     title="DIA"))])
    return _bundle([(urn(), comm), *p.resources()])


def task_bundle(code: str = "cancel") -> dict[str, Any]:
    task = Task(meta=_meta("Task"), status="requested", intent="order",
                code=_cc("http://hl7.org/fhir/CodeSystem/financialtaskcode", code),
                authoredOn=now_ist())
    return _bundle([(urn(), task)])


def payment_ack_bundle(utr: str) -> dict[str, Any]:
    p = Parties()
    notice = PaymentNotice(
        meta=_meta("PaymentNotice"), status="active", created=now_ist(),
        identifier=[Identifier(system="urn:utr", value=utr)],
        payment=Reference(identifier=Identifier(value=utr)),
        recipient=Reference(reference=p.hospital_url),
        amount=Money(value=Decimal(1), currency="INR"),
        paymentStatus=_cc("http://terminology.hl7.org/CodeSystem/paymentstatus", "cleared"))
    return _bundle([(urn(), notice), *p.resources()])


# --------------------------------------------------------------------------- a training desk


@dataclass
class TrainingDesk:
    """A desk registered with the sandbox: its key, certificate, secret and token."""

    base_url: str
    code: str
    key_pem: bytes
    cert_pem: bytes
    secret: str
    token: str = ""
    payer_cert: bytes = b""
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10))
    _opener: KeyOpener | None = None

    def url(self, path: str) -> str:
        return self.base_url + path

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def login(self) -> None:
        r = self.http.post(self.url("/v1/auth/token"), data={
            "grant_type": "password", "username": self.code, "password": self.secret})
        assert r.status_code == 200, r.text
        self.token = r.json()["access_token"]

    def headers(self, *, correlation_id: str | None = None, api_call_id: str | None = None,
                workflow: str = "12", **overrides: Any) -> dict[str, Any]:
        hdr: dict[str, Any] = {
            "x-hcx-sender_code": self.code,
            "x-hcx-recipient_code": PAYER_CODE,
            "x-hcx-api_call_id": api_call_id or str(uuid.uuid4()),
            "x-hcx-correlation_id": correlation_id or str(uuid.uuid4()),
            "x-hcx-workflow_id": workflow,
            "x-hcx-timestamp": now_ist().isoformat(),
            "x-hcx-status": "request.initiated",
        }
        for key, value in overrides.items():
            name = "x-hcx-" + key
            if value is None:
                hdr.pop(name, None)
            else:
                hdr[name] = value
        return hdr

    def seal(self, bundle: Any, hdr: dict[str, Any]) -> str:
        return seal(bundle, hdr, self.payer_cert)

    def post(self, action: str, payload: str) -> httpx.Response:
        return self.http.post(self.url(f"/v1/{action}"), json={"payload": payload},
                              headers=self.auth())

    def send(self, action: str, bundle: Any, **hdr_args: Any) -> tuple[httpx.Response,
                                                                        dict[str, Any]]:
        hdr = self.headers(**hdr_args)
        return self.post(action, self.seal(bundle, hdr)), hdr

    def inbox(self, after: str | None = None) -> dict[str, Any]:
        params = {} if after is None else {"after": after}
        r = self.http.get(self.url("/relay/v1/inbox"), params=params, headers=self.auth())
        assert r.status_code == 200, r.text
        data: dict[str, Any] = r.json()
        return data

    def wait_for(self, count: int, *, after: str = "0", timeout: float = 15.0
                 ) -> list[dict[str, Any]]:
        """Poll the inbox (bounded, with a deadline) until ``count`` envelopes are there."""
        deadline = time.monotonic() + timeout
        pause = threading.Event()
        items: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            items = self.inbox(after)["items"]
            if len(items) >= count:
                return items
            pause.wait(0.02)
        raise AssertionError(f"inbox has {len(items)} envelopes, expected {count}")

    def open(self, item: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        if self._opener is None:
            self._opener = KeyOpener(self.key_pem)
        opened = self._opener.open(item["payload"])
        assert opened.headers["x-hcx-recipient_code"] == self.code
        body: dict[str, Any] = opened.json()
        return opened.headers, body

    def close(self) -> None:
        self.http.close()


def register_desk(base_url: str, code: str = "hospital-1@sandbox") -> TrainingDesk:
    """Register a fresh desk identity, log in and fetch the payer's certificate."""
    ident = identity(code)
    http = httpx.Client(timeout=10)
    r = http.post(base_url + "/v1/participant/register", json={
        "participant_code": code, "participant_name": "Training Hospital",
        "encryption_cert": ident.certificate_pem.decode()})
    assert r.status_code == 201, r.text
    desk = TrainingDesk(base_url, code, ident.private_key_pem, ident.certificate_pem,
                        r.json()["secret"], http=http)
    desk.login()
    r = http.post(base_url + "/v1/participant/search",
                  json={"filters": {"participant_code": {"eq": PAYER_CODE}}})
    assert r.status_code == 200, r.text
    desk.payer_cert = r.json()["participants"][0]["encryption_cert"].encode()
    return desk


def focal(bundle: dict[str, Any]) -> dict[str, Any]:
    resource: dict[str, Any] = bundle["entry"][0]["resource"]
    return resource


def amount(resource: dict[str, Any], category: str = "benefit") -> Decimal:
    for total in resource.get("total", []):
        if total["category"]["coding"][0]["code"] == category:
            return Decimal(str(total["amount"]["value"]))
    raise AssertionError(f"no {category} total")


@pytest.fixture(name="sandbox_dir")
def sandbox_dir_fixture(tmp_path: Path) -> Path:
    return tmp_path / "sandbox-state"


@pytest.fixture(name="server")
def server_fixture(sandbox_dir: Path) -> Iterator[SandboxServer]:
    seed_payer_key(sandbox_dir)
    srv = SandboxServer(sandbox_dir, decision_delay=0)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(name="desk")
def desk_fixture(server: SandboxServer) -> Iterator[TrainingDesk]:
    d = register_desk(server.base_url)
    try:
        yield d
    finally:
        d.close()
