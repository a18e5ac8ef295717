"""Interoperability: the desk's own HCX modules (builders, sealing, exchange client, parsers)
against the sandbox, over real loopback HTTP, for a whole cashless cycle."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from app.admission import Admission, example_admission_json
from app.hcx import fhir_parse
from app.hcx.exchange_client import ExchangeClient
from app.hcx.fhir_build import BundleContext, Leg, PaymentAck, build_bundle
from app.hcx.headers import new_message_ids, seal_message
from app.payers import PayerProfile, default_profiles
from app.sandbox import PAYER_CODE, SandboxServer
from tests.test_sandbox_kit import (  # noqa: F401 - fixtures
    TrainingDesk,
    desk_fixture,
    sandbox_dir_fixture,
    server_fixture,
)


class Cycle:
    """One desk's view: its profile, exchange client, the payer certificate and the cursor."""

    def __init__(self, desk: TrainingDesk, client: ExchangeClient, profile: PayerProfile,
                 adm: Admission) -> None:
        self.desk, self.client, self.profile, self.adm = desk, client, profile, adm
        found = client.search_participants([PAYER_CODE])
        self.payer_cert = found[0]["encryption_cert"].encode()
        self.cursor: str | None = None
        self.episode = str(uuid.uuid4())

    def send(self, leg: Leg, action: str, *, correlation_id: str | None = None,
             **details: Any) -> str:
        ctx = BundleContext.for_payer(self.profile, "CASE-INTEROP", leg, **details)
        built = build_bundle(self.adm, ctx)
        ids = new_message_ids(action, workflow_mode="nhcx", episode_id=self.episode,
                              correlation_id=correlation_id)
        sealed = seal_message(built.data, profile=self.profile, action=action, ids=ids,
                              recipient_cert_pem=self.payer_cert)
        result = self.client.post_envelope(sealed.path, sealed.jwe)
        assert result.status == 202, result.body
        receipt = result.receipt()
        assert receipt is not None
        return ids.correlation_id

    def answers(self, count: int) -> list[tuple[str, Any]]:
        items = self.desk.wait_for(count, after=self.cursor or "0")
        page = self.client.fetch_inbox(self.cursor)
        assert len(page.entries) == count
        out = []
        for entry in page.entries:
            _, bundle = self.desk.open({"payload": entry.payload})
            out.append((str(entry.path), fhir_parse.parse_answer(bundle)))
        self.cursor = page.cursor
        assert self.cursor == items[-1]["cursor"]
        self.client.ack_inbox(self.cursor)
        return out


@pytest.fixture
def cycle(desk: TrainingDesk) -> Iterator[Cycle]:
    profile = default_profiles()["training-tpa"]
    profile.exchange_url = desk.base_url
    profile.relay_url = desk.base_url
    profile.provider_participant_code = desk.code
    profile.username = desk.code
    data = example_admission_json()
    data["estimate"]["ot"] = 250_000  # total above 3,00,000: the payer queries first
    adm = Admission.from_json(data)
    with ExchangeClient(profile, lambda: desk.secret) as client:
        yield Cycle(desk, client, profile, adm)


def test_whole_cycle_with_the_desk_modules(cycle: Cycle) -> None:
    cycle.send(Leg.ELIGIBILITY, "eligibility")
    [(path, elig)] = cycle.answers(1)
    assert path == "/v1/coverageeligibility/on_check"
    assert isinstance(elig, fhir_parse.EligibilityResult)
    assert elig.in_force is True

    corr = cycle.send(Leg.PREAUTH, "preauth")
    [(path, query)] = cycle.answers(1)
    assert path == "/v1/communication/request"
    assert isinstance(query, fhir_parse.PayerQuery)
    assert query.documents == ("DIA", "CD") and query.text

    cycle.send(Leg.QUERY_ANSWER, "preauth_query_answer", correlation_id=corr,
               query_ref=query.query_id, answer_text="Reports attached.")
    [(path, decision)] = cycle.answers(1)
    assert path == "/v1/preauth/on_submit"
    assert isinstance(decision, fhir_parse.ClaimDecision)
    assert decision.outcome == "complete" and decision.approved_total == \
        decision.submitted_total
    ref = decision.pre_auth_ref
    assert ref.startswith("SBX-PA-")

    cycle.send(Leg.DISCHARGE, "discharge", preauth_ref=ref)
    [(path, discharge)] = cycle.answers(1)
    assert isinstance(discharge, fhir_parse.ClaimDecision)
    assert discharge.approved_total == decision.approved_total

    corr = cycle.send(Leg.CLAIM, "claim", preauth_ref=ref)
    [(p1, claim), (p2, payment)] = cycle.answers(2)
    assert (p1, p2) == ("/v1/claim/on_submit", "/v1/paymentnotice/request")
    assert isinstance(claim, fhir_parse.ClaimDecision)
    assert isinstance(payment, fhir_parse.PaymentInfo)
    assert payment.utr.startswith("SBXN") and payment.amount == claim.approved_total

    cycle.send(Leg.PAYMENT_ACK, "payment_ack", correlation_id=corr, preauth_ref=ref,
               payment=PaymentAck(utr=payment.utr, amount=payment.amount))
    ledger = cycle.desk.http.get(cycle.desk.url("/sandbox/ledger")).json()
    assert [e["action"] for e in ledger] == [
        "coverageeligibility/check", "preauth/submit", "communication/on_request",
        "preauth/submit", "claim/submit", "paymentnotice/on_request"]
    assert {e["case_reference"] for e in ledger} == {"CASE-INTEROP"}
    assert not any(e["duplicate"] for e in ledger)


def test_cancellation_with_the_desk_modules(cycle: Cycle) -> None:
    corr = cycle.send(Leg.ELIGIBILITY, "eligibility")
    cycle.answers(1)
    cycle.send(Leg.CANCEL, "cancel", correlation_id=corr, cancel_reason="Patient left.")
    [(path, task)] = cycle.answers(1)
    assert path == "/v1/task/on_submit"
    assert isinstance(task, fhir_parse.TaskInfo)


def test_server_fixture_is_loopback(server: SandboxServer) -> None:
    assert server.base_url.startswith("http://127.0.0.1:")
