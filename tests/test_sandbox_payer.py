"""The training payer's rules, driven over real loopback HTTP with real JWE for every leg."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from tests.test_sandbox_kit import (  # noqa: F401 - fixtures
    TrainingDesk,
    amount,
    claim_bundle,
    communication_bundle,
    desk_fixture,
    eligibility_bundle,
    focal,
    payment_ack_bundle,
    sandbox_dir_fixture,
    server_fixture,
    task_bundle,
)


def answer(desk: TrainingDesk, after: str = "0", count: int = 1
           ) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """Wait for ``count`` envelopes after a cursor; (item, opened headers, bundle) each."""
    items = desk.wait_for(count, after=after)
    out = []
    for item in items:
        hdr, bundle = desk.open(item)
        if bundle.get("resourceType") == "Bundle":  # every FHIR answer is a valid R4 bundle
            Bundle.model_validate(bundle)
        out.append((item, hdr, bundle))
    return out


def check_conventions(bundle: dict[str, Any]) -> None:
    """Collection, urn:uuid fullUrls, profiles, +05:30 timestamps."""
    assert bundle["type"] == "collection"
    assert bundle["timestamp"].endswith("+05:30")
    for entry in bundle["entry"]:
        assert entry["fullUrl"].startswith("urn:uuid:")
        assert entry["resource"]["meta"]["profile"]


@pytest.mark.parametrize(("total", "kind", "approved", "outcome"), [
    (50_000, "approved", 50_000, "complete"),
    (100_000, "approved", 100_000, "complete"),
    (100_001, "partial", 80_000, "partial"),
    (300_000, "partial", 240_000, "partial"),
])
def test_preauth_thresholds(desk: TrainingDesk, total: int, kind: str, approved: int,
                            outcome: str) -> None:
    """Up to 1,00,000 approved in full; up to 3,00,000 approved in part (80 %)."""
    r, hdr = desk.send("preauth/submit", claim_bundle(total))
    assert r.status_code == 202, r.text
    [(item, ahdr, bundle)] = answer(desk)
    assert item["action"] == "preauth/on_submit"
    assert ahdr["x-hcx-correlation_id"] == hdr["x-hcx-correlation_id"]
    assert ahdr["x-hcx-status"] == "response.complete"
    assert ahdr["x-hcx-workflow_id"] == "21"
    assert ahdr["x-hcx-sender_code"] == "training-tpa@sandbox"
    check_conventions(bundle)
    cr = focal(bundle)
    assert cr["resourceType"] == "ClaimResponse"
    assert cr["outcome"] == outcome
    assert cr["preAuthRef"].startswith("SBX-PA-")
    assert amount(cr) == Decimal(approved)
    assert amount(cr, "submitted") == Decimal(total)
    item_benefit = sum(Decimal(str(a["amount"]["value"])) for it in cr["item"]
                       for a in it["adjudication"] if a["category"]["coding"][0]["code"]
                       == "benefit")
    assert item_benefit == Decimal(approved)
    assert cr["processNote"][0]["text"]


def test_above_limit_is_queried_then_approved_after_reply(desk: TrainingDesk) -> None:
    """Above 3,00,000: a CommunicationRequest naming documents; the reply gets full approval."""
    r, hdr = desk.send("preauth/submit", claim_bundle(300_001))
    assert r.status_code == 202
    [(item, qhdr, qbundle)] = answer(desk)
    assert item["action"] == "communication/request"
    assert qhdr["x-hcx-status"] == "request.initiated"
    assert qhdr["x-hcx-workflow_id"] == "24"
    assert qhdr["x-hcx-correlation_id"] == hdr["x-hcx-correlation_id"]
    check_conventions(qbundle)
    query = focal(qbundle)
    assert query["resourceType"] == "CommunicationRequest"
    asked = [c["coding"][0]["code"] for c in query["reasonCode"]]
    assert asked == ["DIA", "CD"]
    assert "diagnostic" in query["payload"][0]["contentString"]

    r, _ = desk.send("communication/on_request", communication_bundle(),
                     correlation_id=hdr["x-hcx-correlation_id"], workflow="19")
    assert r.status_code == 202, r.text
    [(item, ahdr, bundle)] = answer(desk, after=item["cursor"])
    assert item["action"] == "preauth/on_submit"
    assert ahdr["x-hcx-workflow_id"] == "21"
    cr = focal(bundle)
    assert cr["outcome"] == "complete"
    assert amount(cr) == Decimal(300_001)


def test_answers_open_with_the_desk_side_jwe_module(desk: TrainingDesk) -> None:
    """Interop: the desk's own open_jwe (app.hcx.jwe) opens what the payer sealed."""
    from app.hcx.jwe import open_jwe

    desk.send("preauth/submit", claim_bundle(1_000))
    [item] = desk.wait_for(1)
    opened = open_jwe(item["payload"], desk.key_pem, expected_recipient=desk.code)
    assert opened.json()["entry"][0]["resource"]["resourceType"] == "ClaimResponse"


def test_excluded_diagnosis_is_rejected(desk: TrainingDesk) -> None:
    """A cosmetic-surgery diagnosis (Z41.1) is on the exclusion list."""
    r, _ = desk.send("preauth/submit", claim_bundle(40_000, diagnoses=("Z41.1",)))
    assert r.status_code == 202
    [(_, ahdr, bundle)] = answer(desk)
    assert ahdr["x-hcx-workflow_id"] == "23"
    cr = focal(bundle)
    assert amount(cr) == 0
    assert cr["disposition"].startswith("Rejected")
    assert cr["error"][0]["code"]["coding"][0]["code"] == "NCOV-001"


def test_enhancement_discharge_claim_and_payment(desk: TrainingDesk) -> None:
    """The whole cycle: pre-auth, enhancement, discharge, claim, payment notice with a UTR."""
    desk.send("preauth/submit", claim_bundle(60_000, case_id="CASE-C"))
    [(item, _, bundle)] = answer(desk)
    ref = focal(bundle)["preAuthRef"]

    desk.send("preauth/submit", claim_bundle(90_000, case_id="CASE-C"), workflow="13")
    [(item, ahdr, bundle)] = answer(desk, after=item["cursor"])
    assert ahdr["x-hcx-workflow_id"] == "22"
    assert amount(focal(bundle)) == 90_000
    assert focal(bundle)["preAuthRef"] == ref

    desk.send("preauth/submit", claim_bundle(95_000, case_id="CASE-C",
                                             documents=("POI", "HDS")), workflow="14")
    [(item, ahdr, bundle)] = answer(desk, after=item["cursor"])
    assert focal(bundle)["outcome"] == "partial"  # above the 90,000 authorised
    assert amount(focal(bundle)) == 90_000

    r, hdr = desk.send("claim/submit", claim_bundle(85_000, use="claim", case_id="CASE-C"),
                       workflow="15")
    assert r.status_code == 202
    got = answer(desk, after=item["cursor"], count=2)
    assert [g[0]["action"] for g in got] == ["claim/on_submit", "paymentnotice/request"]
    assert got[0][1]["x-hcx-workflow_id"] == "26"
    assert amount(focal(got[0][2])) == 85_000
    pay_hdr, pay = got[1][1], got[1][2]
    assert pay_hdr["x-hcx-correlation_id"] == hdr["x-hcx-correlation_id"]
    check_conventions(pay)
    notice = focal(pay)
    assert notice["resourceType"] == "PaymentNotice"
    assert Decimal(str(notice["amount"]["value"])) == 85_000
    recon = pay["entry"][1]["resource"]
    assert recon["resourceType"] == "PaymentReconciliation"
    utr = recon["paymentIdentifier"]["value"]
    assert utr.startswith("SBXN") and len(utr) == 16
    assert recon["paymentIdentifier"]["type"]["coding"][0]["code"] == "UTR"

    r, _ = desk.send("paymentnotice/on_request", payment_ack_bundle(utr),
                     correlation_id=hdr["x-hcx-correlation_id"], workflow="17")
    assert r.status_code == 202, r.text


def test_claim_without_preauth_follows_the_estimate_rules(desk: TrainingDesk) -> None:
    desk.send("claim/submit", claim_bundle(150_000, use="claim", case_id="CASE-R"),
              workflow="15")
    got = answer(desk, count=2)
    assert amount(focal(got[0][2])) == 120_000
    assert focal(got[1][2])["resourceType"] == "PaymentNotice"


def test_eligibility_in_force_and_lapsed(desk: TrainingDesk) -> None:
    desk.send("coverageeligibility/check", eligibility_bundle("POL-OK-1"), workflow=str(
        uuid.uuid4()))
    desk.send("coverageeligibility/check", eligibility_bundle("LAPSED-9"), workflow=str(
        uuid.uuid4()))
    got = answer(desk, count=2)
    first, second = focal(got[0][2]), focal(got[1][2])
    assert got[0][0]["action"] == "coverageeligibility/on_check"
    assert first["resourceType"] == "CoverageEligibilityResponse"
    assert first["insurance"][0]["inforce"] is True
    benefit = first["insurance"][0]["item"][0]["benefit"][0]
    assert Decimal(str(benefit["allowedMoney"]["value"])) == 500_000
    assert second["insurance"][0]["inforce"] is False


def test_cancel_task_answered(desk: TrainingDesk) -> None:
    _, hdr = desk.send("preauth/submit", claim_bundle(10_000, case_id="CASE-X"))
    [(item, _, _)] = answer(desk)
    r, _ = desk.send("task/submit", task_bundle("cancel"),
                     correlation_id=hdr["x-hcx-correlation_id"], workflow="PC01")
    assert r.status_code == 202
    [(item, ahdr, bundle)] = answer(desk, after=item["cursor"])
    assert item["action"] == "task/on_submit"
    assert ahdr["x-hcx-workflow_id"] == "PC02"
    assert focal(bundle)["status"] == "completed"


def test_episode_workflow_ids_are_echoed(desk: TrainingDesk) -> None:
    """Plain HCX: the workflow id is an episode UUID; answers echo it, stages are inferred."""
    episode = str(uuid.uuid4())
    desk.send("preauth/submit", claim_bundle(50_000, case_id="CASE-U"), workflow=episode)
    [(item, ahdr, _)] = answer(desk)
    assert ahdr["x-hcx-workflow_id"] == episode
    desk.send("preauth/submit", claim_bundle(70_000, case_id="CASE-U"), workflow=episode)
    [(item, ahdr, bundle)] = answer(desk, after=item["cursor"])
    assert ahdr["x-hcx-workflow_id"] == episode
    assert amount(focal(bundle)) == 70_000  # judged as an enhancement on the new total


def test_decisions_wait_for_the_delay(tmp_path: Any) -> None:
    """With a decision delay, the receipt comes at once and the answer only later."""
    from app.sandbox import SandboxServer
    from tests.test_sandbox_kit import register_desk, seed_payer_key

    seed_payer_key(tmp_path / "delayed")
    with SandboxServer(tmp_path / "delayed", decision_delay=0.5) as srv:
        d = register_desk(srv.base_url)
        try:
            r, _ = d.send("preauth/submit", claim_bundle(1_000))
            assert r.status_code == 202
            assert d.inbox()["items"] == []
            assert len(d.wait_for(1)) == 1
        finally:
            d.close()


def test_query_answered_by_resubmitting_the_claim(desk: TrainingDesk) -> None:
    """The 'claim' query channel: a resubmitted pre-auth Claim (NHCX 121) answers the query."""
    _, hdr = desk.send("preauth/submit", claim_bundle(450_000, case_id="CASE-Q"))
    [(item, _, _)] = answer(desk)
    assert item["action"] == "communication/request"
    r, _ = desk.send("preauth/submit", claim_bundle(450_000, case_id="CASE-Q",
                                                    documents=("POI", "DIA", "CD")),
                     correlation_id=hdr["x-hcx-correlation_id"], workflow="121")
    assert r.status_code == 202, r.text
    [(item, ahdr, bundle)] = answer(desk, after=item["cursor"])
    assert item["action"] == "preauth/on_submit" and ahdr["x-hcx-workflow_id"] == "21"
    assert amount(focal(bundle)) == 450_000


def test_claim_above_limit_is_queried_then_paid(desk: TrainingDesk) -> None:
    _, hdr = desk.send("claim/submit", claim_bundle(350_000, use="claim", case_id="CASE-K"),
                       workflow="15")
    [(item, qhdr, _)] = answer(desk)
    assert item["action"] == "communication/request" and qhdr["x-hcx-workflow_id"] == "27"
    desk.send("communication/on_request", communication_bundle(),
              correlation_id=hdr["x-hcx-correlation_id"], workflow="151")
    got = answer(desk, after=item["cursor"], count=2)
    assert [g[0]["action"] for g in got] == ["claim/on_submit", "paymentnotice/request"]
    assert amount(focal(got[0][2])) == 350_000


def test_predetermination_and_status(desk: TrainingDesk) -> None:
    _, hdr = desk.send("predetermination/submit",
                       claim_bundle(20_000, use="predetermination", case_id="CASE-P"),
                       workflow=str(uuid.uuid4()))
    [(item, _, bundle)] = answer(desk)
    assert item["action"] == "predetermination/on_submit"
    assert focal(bundle)["use"] == "predetermination"
    r, _ = desk.send("status", {"request_id": hdr["x-hcx-correlation_id"]},
                     correlation_id=hdr["x-hcx-correlation_id"], workflow=str(uuid.uuid4()))
    assert r.status_code == 202, r.text
    [(item, _, body)] = answer(desk, after=item["cursor"])
    assert item["action"] == "on_status"
    assert body == {"correlation_id": hdr["x-hcx-correlation_id"], "status": "response.complete"}


def test_a_failing_decision_reaches_the_desk_as_an_error(server: Any, desk: TrainingDesk,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a rule does not stop the payer: the desk gets a sealed response.error."""

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("rule bug")

    monkeypatch.setattr(server.sandbox.payer, "_answers", broken)
    _, hdr = desk.send("preauth/submit", claim_bundle(1_000))
    [item] = desk.wait_for(1)
    ahdr, body = desk.open(item)
    assert ahdr["x-hcx-status"] == "response.error"
    assert ahdr["x-hcx-error_details"]["code"] == "ERR_DOMAIN_PROCESSING"
    assert ahdr["x-hcx-correlation_id"] == hdr["x-hcx-correlation_id"]
    assert body == {}
    monkeypatch.undo()
    desk.send("preauth/submit", claim_bundle(1_000))  # the payer goes on deciding
    assert len(desk.wait_for(2)) == 2


def test_rules_json_configures_the_payer(tmp_path: Any) -> None:
    """rules.json in the state folder overrides the defaults; unknown rules are refused."""
    import json

    from app.sandbox import SandboxServer
    from app.sandbox.rules import PayerRules
    from offline.errors import BadInput
    from tests.test_sandbox_kit import register_desk, seed_payer_key

    state = tmp_path / "custom"
    seed_payer_key(state)
    (state / "rules.json").write_text(json.dumps({
        "full_approval_limit": 1_000, "partial_approval_limit": 10_000,
        "partial_approval_percent": 50, "excluded_diagnoses": ["K35"]}))
    with SandboxServer(state, decision_delay=0) as srv:
        d = register_desk(srv.base_url)
        try:
            d.send("preauth/submit", claim_bundle(5_000, diagnoses=("A09",)))
            d.send("preauth/submit", claim_bundle(500, diagnoses=("K35.8",)))
            got = answer(d, count=2)
            assert amount(focal(got[0][2])) == 2_500
            assert got[1][1]["x-hcx-workflow_id"] == "23"
        finally:
            d.close()
    (state / "rules.json").write_text(json.dumps({"approve_everything": True}))
    with pytest.raises(BadInput, match="approve_everything"):
        PayerRules.load(state)
    (state / "rules.json").write_text(json.dumps({"full_approval_limit": "lots"}))
    with pytest.raises(BadInput, match="full_approval_limit"):
        PayerRules.load(state)


def test_approvals_never_exceed_the_balance_left_on_the_policy(tmp_path: Any) -> None:
    """Cases on one policy share its sum insured: the payer approves what is left, in part,
    and refuses once it is used up; eligibility then says the balance in Indian grouping and
    never below zero."""
    import json

    from app.sandbox import SandboxServer
    from tests.test_sandbox_kit import register_desk, seed_payer_key

    state = tmp_path / "small-policy"
    seed_payer_key(state)
    (state / "rules.json").write_text(json.dumps({"sum_insured": 150_000}))
    with SandboxServer(state, decision_delay=0) as srv:
        d = register_desk(srv.base_url)
        try:
            for n, case_id in enumerate(("CASE-A", "CASE-B", "CASE-C")):
                d.send("preauth/submit", claim_bundle(92_000, case_id=case_id,
                                                      policy="POL-SHARED-1"))
                [(_, hdr, bundle)] = answer(d, after=str(n), count=1)
                cr = focal(bundle)
                if n == 0:
                    assert cr["outcome"] == "complete" and amount(cr) == 92_000
                elif n == 1:
                    assert cr["outcome"] == "partial" and amount(cr) == 58_000
                    assert "₹58,000" in cr["disposition"]
                else:
                    assert hdr["x-hcx-workflow_id"] == "23"  # rejected: nothing left
                    assert "used up" in cr["disposition"]
            # an enhancement of the first case replaces its own approval, it is not added
            d.send("preauth/submit", claim_bundle(95_000, case_id="CASE-A",
                                                  policy="POL-SHARED-1"), workflow="13")
            [(_, _, bundle)] = answer(d, after="3", count=1)
            assert amount(focal(bundle)) == 92_000  # 1,50,000 less CASE-B's 58,000
            d.send("coverageeligibility/check", eligibility_bundle("POL-SHARED-1"),
                   workflow=str(uuid.uuid4()))
            [(_, _, bundle)] = answer(d, after="4", count=1)
            response = focal(bundle)
            assert response["disposition"] == "Policy in force. Balance ₹0 of ₹1,50,000."
        finally:
            d.close()
