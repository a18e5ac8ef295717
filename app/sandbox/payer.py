"""The training payer: decides queued requests by the rules in :mod:`app.sandbox.rules`.

A worker thread takes due jobs (``--decision-delay`` after receipt), decides, builds the FHIR
answer, seals it (JWE) to the desk's registered certificate with the original correlation id and
puts it into the desk's relay inbox, all in one transaction with the payer's memory of the case
(approved amounts, open query, pre-auth reference). A restart picks up pending jobs.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Any

from app.hcx import headers as H
from app.hcx.jwe import ALLOWED_ALGS, DEFAULT_ALG, seal
from app.money import format_inr
from app.sandbox import fhir_payer as F
from app.sandbox.crypto import KeyOpener
from app.sandbox.gateway import SUBMIT_ACTIONS, iso_now
from app.sandbox.rules import PayerRules, Verdict, judge_estimate, judge_final
from app.sandbox.state import Job, Outgoing, SandboxState

log = logging.getLogger(__name__)

#: NHCX stage codes a desk sends (their presence means: answer with NHCX payer codes).
NHCX_PROVIDER_CODES = frozenset({"12", "121", "13", "19", "131", "14", "15", "151", "17", "36",
                                 "PC01"})
ANSWER_ACTION = {
    "preauth/submit": "preauth/on_submit",
    "claim/submit": "claim/on_submit",
    "predetermination/submit": "predetermination/on_submit",
    "coverageeligibility/check": "coverageeligibility/on_check",
    "task/submit": "task/on_submit",
    "status": "on_status",
}


@dataclass
class Answer:
    """One envelope the payer sends: action, FHIR (or JSON) body, workflow code, status."""

    action: str
    body: dict[str, Any]
    nhcx_code: str
    status: str = H.STATUS_RESPONSE_COMPLETE


def _dec(value: Any) -> Decimal:
    return Decimal(str(value or 0))


def inr(rupees: Decimal) -> str:
    """Rupees as clerks write them: ``₹4,08,000``."""
    return format_inr(int((rupees * 100).to_integral_value()))


class Payer:
    """Decides jobs and delivers sealed answers to the relay inbox."""

    def __init__(self, state: SandboxState, rules: PayerRules, party: F.PayerParty,
                 opener: KeyOpener | None = None) -> None:
        self.opener = opener
        self.state = state
        self.rules = rules
        self.party = party
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ worker

    def start(self) -> None:
        """Start the decision thread."""
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="sandbox-payer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the decision thread (pending jobs stay on disk)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def nudge(self) -> None:
        """A job was queued: look now."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.run_due()
            nxt = self.state.next_due()
            wait = 5.0 if nxt is None else max(0.0, min(5.0, nxt - time.time()))
            self._wake.wait(wait)
            self._wake.clear()

    def run_due(self) -> int:
        """Decide every due job now; returns how many were decided."""
        done = 0
        for job in self.state.due_jobs(time.time()):
            if self._stop.is_set():
                break
            try:
                self.decide(job)
            except Exception as exc:  # a bug in a rule must not stop the payer
                log.exception("sandbox payer: job %s failed", job.id)
                self._report_failure(job, exc)
            done += 1
        return done

    def _report_failure(self, job: Job, exc: Exception) -> None:
        """Tell the desk (a sealed ``response.error`` with ERR_DOMAIN_PROCESSING) and close the
        job; if even that fails, only close the job."""
        try:
            hdr: dict[str, Any] = dict(job.body["headers"])
            sender, corr = str(hdr[H.SENDER_CODE]), str(hdr[H.CORRELATION_ID])
            action = ANSWER_ACTION.get(str(job.body["action"]), "communication/request")
            error = H.ErrorDetails(H.ERR_DOMAIN_PROCESSING,
                                   f"The training payer could not process the message "
                                   f"({exc.__class__.__name__}); send it again with new ids.")
            out = self._seal(Answer(action, {}, "", H.STATUS_RESPONSE_ERROR), hdr, sender, corr,
                             error=error)
            case_ref = self.state.case_for_correlation(sender, corr) or corr
            self.state.finish_job(job.id, sender, case_ref, self.state.episode(sender, case_ref),
                                  [out], iso_now())
        except Exception:
            log.exception("sandbox payer: could not report the failure of job %s", job.id)
            self.state.fail_job(job.id)

    # ------------------------------------------------------------------ deciding

    def decide(self, job: Job) -> None:
        """Decide one job and deliver its answers (one transaction)."""
        action = str(job.body["action"])
        hdr: dict[str, Any] = dict(job.body["headers"])
        sender = str(hdr[H.SENDER_CODE])
        corr = str(hdr[H.CORRELATION_ID])
        bundle = job.body.get("bundle")
        if bundle is None:  # sealed at rest; opened only now, in memory
            if self.opener is None:
                raise RuntimeError("the payer has no key to open the sealed request")
            bundle = json.loads(self.opener.open(str(job.body["sealed"])).payload)
        fallback = self.state.case_for_correlation(sender, corr) or corr
        answers: list[Answer]
        if action == "status":
            case_ref = fallback
            asked = bundle.get("request_id") if isinstance(bundle, dict) else None
            target = str(asked or corr)
            status = H.STATUS_RESPONSE_COMPLETE if self.state.answered(target) \
                else H.STATUS_REQUEST_QUEUED
            answers = [Answer("on_status", {"correlation_id": target, "status": status}, "")]
            episode = self.state.episode(sender, case_ref)
        else:
            focal_types = SUBMIT_ACTIONS[action][0]
            parsed = F.parse_bundle(bundle, focal_types)
            kind = parsed.focal.get_resource_type()
            if kind == "Claim":
                facts = F.claim_facts(parsed, fallback)
            elif kind == "CoverageEligibilityRequest":
                facts = F.eligibility_facts(parsed, fallback)
            else:
                facts = F.other_facts(parsed, fallback)
            case_ref = facts.case_ref
            episode = self.state.episode(sender, case_ref)
            episode.setdefault("correlations", [])
            if corr not in episode["correlations"]:
                episode["correlations"].append(corr)
            answers = self._answers(action, hdr, facts, bundle, episode)
        outgoing = [self._seal(a, hdr, sender, corr) for a in answers]
        self.state.finish_job(job.id, sender, case_ref, episode, outgoing, iso_now())

    def _answers(self, action: str, hdr: dict[str, Any], facts: F.RequestFacts,
                 bundle: dict[str, Any], ep: dict[str, Any]) -> list[Answer]:
        workflow = str(hdr.get(H.WORKFLOW_ID) or "")
        if action == "coverageeligibility/check":
            return [self._eligibility(facts)]
        if action in ("preauth/submit", "predetermination/submit"):
            return self._preauth(action, workflow, facts, bundle, ep)
        if action == "claim/submit":
            return self._claim(facts, bundle, ep)
        if action == "communication/on_request":
            return self._query_answer(ep)
        if action == "paymentnotice/on_request":
            ep["payment_acknowledged"] = iso_now()
            return []
        if action == "task/submit":
            return self._task(facts, ep)
        return []

    def _eligibility(self, facts: F.RequestFacts) -> Answer:
        lapsed = any(facts.policy.upper().startswith(p.upper())
                     for p in self.rules.lapsed_policy_prefixes if p)
        used = self.state.policy_used(facts.policy)
        allowed = Decimal(self.rules.sum_insured)
        note = ("Policy lapsed: not in force." if lapsed else
                f"Policy in force. Balance {inr(max(Decimal(0), allowed - used))} of "
                f"{inr(allowed)}.")
        body = F.eligibility_response(facts, self.party, inforce=not lapsed, allowed=allowed,
                                      used=used, note=note)
        return Answer("coverageeligibility/on_check", body, "")

    def _stage(self, workflow: str, facts: F.RequestFacts, ep: dict[str, Any]) -> str:
        if workflow == "14":
            return "discharge"
        if workflow == "13":
            return "enhancement"
        if workflow in ("121", "19", "131") or ep.get("open_query"):
            return "resubmission" if ep.get("open_query") else "preauth"
        if workflow == "12":
            return "preauth"
        if _dec(ep.get("approved")) > 0:
            return "discharge" if "HDS" in facts.documents else "enhancement"
        return "preauth"

    def _preauth(self, action: str, workflow: str, facts: F.RequestFacts,
                 bundle: dict[str, Any], ep: dict[str, Any]) -> list[Answer]:
        stage = self._stage(workflow, facts, ep)
        approved_so_far = _dec(ep.get("approved"))
        if stage == "discharge":
            verdict = judge_final(self.rules, facts.total, facts.diagnoses, approved_so_far,
                                  query_answered=False)
        else:
            verdict = judge_estimate(self.rules, facts.total, facts.diagnoses,
                                     query_answered=stage == "resubmission")
        if stage == "resubmission":
            ep.pop("open_query", None)
        return self._verdict_answers(action, stage, facts, bundle, verdict, ep)

    def _claim(self, facts: F.RequestFacts, bundle: dict[str, Any],
               ep: dict[str, Any]) -> list[Answer]:
        so_far = max(_dec(ep.get("approved")), _dec(ep.get("discharge_approved")))
        answered = bool(ep.pop("open_query", None))
        verdict = judge_final(self.rules, facts.total, facts.diagnoses, so_far,
                              query_answered=answered)
        return self._verdict_answers("claim/submit", "claim", facts, bundle, verdict, ep)

    def _query_answer(self, ep: dict[str, Any]) -> list[Answer]:
        query = ep.pop("open_query", None)
        if not query:
            return []
        action, stage = str(query["action"]), str(query["stage"])
        parsed = F.parse_bundle(query["bundle"], ("Claim",))
        facts = F.claim_facts(parsed, str(query["case_ref"]))
        if stage == "claim":
            verdict = judge_final(self.rules, facts.total, facts.diagnoses,
                                  max(_dec(ep.get("approved")), _dec(ep.get("discharge_approved"))),
                                  query_answered=True)
        else:
            verdict = judge_estimate(self.rules, facts.total, facts.diagnoses,
                                     query_answered=True)
        return self._verdict_answers(action, stage, facts, query["bundle"], verdict, ep)

    def _verdict_answers(self, action: str, stage: str, facts: F.RequestFacts,
                         bundle: dict[str, Any], verdict: Verdict,
                         ep: dict[str, Any]) -> list[Answer]:
        if verdict.kind == "queried":
            query_id = str(uuid.uuid4())
            ep["open_query"] = {"action": action, "stage": stage, "query_id": query_id,
                                "case_ref": facts.case_ref, "bundle": bundle}
            body = F.communication_request(facts, self.party, query_id=query_id,
                                           documents=list(self.rules.query_documents),
                                           text=verdict.reason)
            code = {"claim": "27", "enhancement": "241"}.get(stage, "24")
            return [Answer("communication/request", body, code, H.STATUS_REQUEST_INITIATED)]
        verdict = self._within_balance(verdict, facts, ep)
        preauth_ref = str(ep.get("preauth_ref") or "")
        if not preauth_ref and verdict.kind in ("approved", "partial"):
            preauth_ref = f"SBX-PA-{secrets.token_hex(4).upper()}"
            ep["preauth_ref"] = preauth_ref
        denial = "NCOV-001" if verdict.kind == "rejected" else None
        body = F.claim_response(facts, self.party, kind=verdict.kind, approved=verdict.approved,
                                disposition=verdict.reason, preauth_ref=preauth_ref,
                                denial_code=denial)
        answer_action = ANSWER_ACTION[action]
        ep.setdefault("decisions", []).append(
            {"stage": stage, "kind": verdict.kind, "approved": str(verdict.approved),
             "total": str(facts.total), "at": iso_now()})
        if facts.policy:
            ep["policy"] = facts.policy
        if verdict.kind == "rejected":
            return [Answer(answer_action, body, "23")]
        if stage == "claim":
            ep["claim_approved"] = str(verdict.approved)
            deduction = (verdict.approved * self.rules.claim_deduction_percent / 100).quantize(
                Decimal("1"))
            utr = f"SBXN{secrets.randbelow(10**12):012d}"
            ep["utr"] = utr
            ep["paid"] = str(verdict.approved - deduction)
            pay = F.payment_notice(facts, self.party, gross=verdict.approved,
                                   deduction=deduction, utr=utr)
            return [Answer(answer_action, body, "26"),
                    Answer("paymentnotice/request", pay, "31", H.STATUS_REQUEST_INITIATED)]
        if stage == "discharge":
            ep["discharge_approved"] = str(verdict.approved)
            return [Answer(answer_action, body, "21")]
        if stage == "enhancement":
            ep["approved"] = str(max(_dec(ep.get("approved")), verdict.approved))
            return [Answer(answer_action, body, "22")]
        ep["approved"] = str(verdict.approved)
        return [Answer(answer_action, body, "21")]

    def _within_balance(self, verdict: Verdict, facts: F.RequestFacts,
                        ep: dict[str, Any]) -> Verdict:
        """Never approve more than is left of the sum insured on the policy (what the other
        cases on it were approved; this case's own earlier approval is replaced, not added)."""
        if verdict.kind not in ("approved", "partial") or not facts.policy:
            return verdict
        used = self.state.policy_used(facts.policy)
        if ep.get("policy") == facts.policy:
            used -= _dec(ep.get("claim_approved") or ep.get("approved"))
        left = Decimal(self.rules.sum_insured) - used
        if verdict.approved <= left:
            return verdict
        if left <= 0:
            return Verdict("rejected", Decimal(0),
                           f"Rejected: the sum insured of {inr(Decimal(self.rules.sum_insured))} "
                           "on this policy is used up.")
        left = left.quantize(Decimal("1"), rounding=ROUND_DOWN)
        return Verdict("partial", left,
                       f"Approved in part: only {inr(left)} of the sum insured is left on the "
                       "policy.")

    def _task(self, facts: F.RequestFacts, ep: dict[str, Any]) -> list[Answer]:
        if facts.task_code.startswith("cancel"):
            ep["cancelled"] = iso_now()
            body = F.task_response(facts, self.party, status="completed",
                                   note="Cancellation recorded; the authorisation is withdrawn.")
            return [Answer("task/on_submit", body, "PC02")]
        body = F.task_response(facts, self.party, status="completed",
                               note="Reprocess request recorded.")
        return [Answer("task/on_submit", body, "28")]

    # ------------------------------------------------------------------ sealing

    def _seal(self, answer: Answer, request_hdr: dict[str, Any], desk: str,
              corr: str, error: H.ErrorDetails | None = None) -> Outgoing:
        participant = self.state.participant(desk)
        if participant is None:
            raise RuntimeError(f"desk {desk!r} vanished from the registry")
        workflow = str(request_hdr.get(H.WORKFLOW_ID) or "")
        if workflow in NHCX_PROVIDER_CODES and answer.nhcx_code:
            workflow = answer.nhcx_code
        ids = H.MessageIds(api_call_id=str(uuid.uuid4()), correlation_id=corr,
                           workflow_id=workflow or corr,
                           request_id=request_hdr.get(H.REQUEST_ID))
        stamp = request_hdr.get(H.TIMESTAMP)
        fmt = "unix_ms" if isinstance(stamp, int) or str(stamp).isdigit() else "iso8601"
        headers = H.build_headers(sender_code=self.party.code, recipient_code=desk, ids=ids,
                                  timestamp_format=fmt, status=answer.status,
                                  ben_abha_id=request_hdr.get(H.BEN_ABHA_ID), error=error)
        alg = str(request_hdr.get("alg") or DEFAULT_ALG)
        if alg not in ALLOWED_ALGS:
            alg = DEFAULT_ALG
        token = seal(answer.body, headers, participant.cert_pem.encode("ascii"), alg=alg)
        return Outgoing(desk, answer.action, ids.api_call_id, corr, token)
