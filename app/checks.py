"""Pre-submission checks: what would get a leg queried or rejected, found before it is queued.

:func:`check_leg` returns *blocking errors* (the leg must not be queued until they are fixed) and
*warnings* (rejection risks the clerk should look at, but may override). Each finding names the
field or document category and says what to do. Rules per leg:

- Part C completeness for the leg (pre-auth: treating doctor and registration number, hospital
  and Rohini ID, complaints, line of treatment, expected stay, room, estimate; a surgical line of
  treatment needs the surgery's name; an accident reported to the police needs the FIR number;
  discharge and claim: the discharge date and the bill amount);
- required documents for the stage from the payer's checklist (errors) and recommended ones
  (warnings); a document of that category anywhere on the case counts;
- the estimate's stated total equals its heads;
- room rent per day against the policy's limit (proportionate deduction risk: warning);
- claim amount against the approved amount (error when above it) and the balance (warning);
- an enhancement suggested when the interim or final bill exceeds the approved amount;
- the name on the ID proof against the patient's name on the policy (fuzzy match; warning);
- the case status must allow the leg (the lifecycle state machine).

Messages never repeat names or identifiers, only field names, categories and amounts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, utils

from app.admission import Admission, Treatment
from app.lifecycle import Event, IllegalTransition, next_status
from app.money import format_inr
from offline.errors import FieldError, ValidationFailed

if TYPE_CHECKING:
    from app.cases import Case
    from app.payers import PayerProfile
    from offline.store import Store

NAME_MATCH_THRESHOLD = 85  # rapidfuzz token_sort_ratio (0-100) below which names "differ"
CHECKED_LEGS = ("preauth", "enhancement", "discharge", "claim")


@dataclass(frozen=True)
class Finding:
    path: str      # a field path (``admission.doctor.name``) or ``documents.POI``
    message: str   # what is wrong and what to do

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class CheckResult:
    leg: str
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, path: str, message: str) -> None:
        self.errors.append(Finding(path, message))

    def warn(self, path: str, message: str) -> None:
        self.warnings.append(Finding(path, message))

    def raise_if_blocked(self) -> None:
        """Raise ValidationFailed (exit 2) listing the blocking errors, if any."""
        if self.errors:
            raise ValidationFailed([FieldError(f.path, f.message) for f in self.errors],
                                   f"The {self.leg} request")

    def to_json(self) -> dict[str, object]:
        return {"leg": self.leg, "ok": self.ok,
                "errors": [{"path": f.path, "message": f.message} for f in self.errors],
                "warnings": [{"path": f.path, "message": f.message} for f in self.warnings]}


def names_match(a: str, b: str) -> tuple[bool, float]:
    """Whether two spellings of a person's name are the same person (order and case ignored,
    small typos tolerated), and the similarity 0-100."""
    score = float(fuzz.token_sort_ratio(a, b, processor=utils.default_process))
    return score >= NAME_MATCH_THRESHOLD, score


def _part_c(adm: Admission, leg: str, result: CheckResult) -> None:
    a, cl = adm.admission, adm.clinical

    def need(path: str, value: object, what: str) -> None:
        if value in (None, "", [], 0):
            result.error(path, f"is required on Part C for the {leg} request; {what}")

    if leg in ("preauth", "enhancement"):
        need("admission.doctor.name", a.doctor.name, "give the treating doctor's name")
        need("admission.doctor.registration_number", a.doctor.registration_number,
             "give the doctor's council registration number")
        need("admission.hospital.name", a.hospital.name, "give the hospital's name")
        need("admission.hospital.rohini_id", a.hospital.rohini_id,
             "give the hospital's 13-digit Rohini ID")
        need("clinical.complaints", cl.complaints, "write the presenting complaints")
        need("clinical.line_of_treatment", cl.line_of_treatment,
             "choose medical, surgical, intensive care, investigation or non-allopathic")
        need("admission.expected_days", a.expected_days, "give the expected length of stay")
        need("admission.room_category", a.room_category, "choose the room category")
        if adm.estimate.total <= 0:
            result.error("estimate", "the cost estimate is empty; fill in the heads")
        if Treatment.SURGICAL in cl.line_of_treatment and not (cl.procedure
                                                               and cl.procedure.name):
            result.error("clinical.procedure.name", "a surgical line of treatment needs the "
                                                    "name of the surgery")
        if (Treatment.SURGICAL in cl.line_of_treatment and cl.procedure
                and not cl.procedure.icd10_pcs):
            result.warn("clinical.procedure.icd10_pcs", "payers expect the surgery's ICD-10-PCS "
                                                        "code; add it")
        if Treatment.MEDICAL in cl.line_of_treatment and not cl.drug_route:
            result.warn("clinical.drug_route", "Part C asks for the route of drugs for medical "
                                               "management (oral, IV, ...)")
        if cl.accident and cl.accident.reported_to_police and not cl.accident.fir_number:
            result.error("clinical.accident.fir_number", "the accident was reported to the "
                                                         "police; give the FIR number")
        if not cl.findings:
            result.warn("clinical.findings", "relevant clinical findings are often asked for; "
                                             "add them")
    if leg in ("discharge", "claim"):
        need("admission.discharge_at", a.discharge_at, "give the discharge date and time")


def _documents(profile: PayerProfile, leg: str, categories: set[str],
               result: CheckResult) -> None:
    checklist = profile.checklist_for(leg)
    for code in checklist.required:
        if code not in categories:
            result.error(f"documents.{code}", f"the payer requires a {code} document for the "
                                              f"{leg} request; attach it")
    for code in checklist.recommended:
        if code not in categories:
            result.warn(f"documents.{code}", f"the payer usually asks for a {code} document "
                                             f"for the {leg} request; attach it to avoid a query")


def check_leg(adm: Admission, leg: str, *, profile: PayerProfile, document_categories: set[str],
              status: str | None = None, amount: int | None = None,
              approved_amount: int | None = None) -> CheckResult:
    """The pre-submission checks for queuing ``leg`` (preauth | enhancement | discharge | claim).

    ``amount`` (paise) is what this leg asks for (the enhancement's new total, the final bill for
    discharge or claim); ``approved_amount`` is the payer's approved total so far; ``status`` the
    case status (checked against the state machine when given)."""
    result = CheckResult(leg)
    if leg not in CHECKED_LEGS:
        result.error("leg", f"choose one of {', '.join(CHECKED_LEGS)}")
        return result
    if status is not None:
        try:
            next_status(status, Event.QUEUE, leg)
        except IllegalTransition as exc:
            result.error("status", str(exc))
    _part_c(adm, leg, result)
    _documents(profile, leg, document_categories, result)

    e, c = adm.estimate, adm.coverage
    if e.stated_total is not None and e.stated_total != e.total:
        result.error("estimate.total", f"is {format_inr(e.stated_total)} but the heads add up "
                                       f"to {format_inr(e.total)}; correct it")
    if (c.room_rent_limit_per_day is not None and e.room_rent_per_day is not None
            and e.room_rent_per_day > c.room_rent_limit_per_day):
        result.warn("estimate.room_rent_per_day",
                    f"{format_inr(e.room_rent_per_day)} a day is above the policy's room rent "
                    f"limit of {format_inr(c.room_rent_limit_per_day)}; the payer may deduct "
                    "proportionately from every head. Offer an eligible room or inform the "
                    "patient")
    if leg in ("enhancement", "discharge", "claim") and amount is None:
        result.error("amount", f"give the amount for the {leg} request (the bill so far, in "
                               "rupees)")
    if amount is not None and leg == "enhancement" and approved_amount is not None \
            and amount <= approved_amount:
        result.error("amount", f"{format_inr(amount)} is not more than the approved "
                               f"{format_inr(approved_amount)}; an enhancement asks for a higher "
                               "total")
    if amount is not None and leg == "discharge" and approved_amount is not None \
            and amount > approved_amount:
        result.warn("amount", f"the bill {format_inr(amount)} exceeds the approved "
                              f"{format_inr(approved_amount)}; request an enhancement first or "
                              "collect the difference from the patient")
    if amount is not None and leg == "claim":
        if approved_amount is not None and amount > approved_amount:
            result.error("amount", f"the claim {format_inr(amount)} is above the approved "
                                   f"{format_inr(approved_amount)}; claim at most the approved "
                                   "amount and collect the rest from the patient")
        if c.balance is not None and amount > c.balance:
            result.warn("amount", f"the claim {format_inr(amount)} is above the policy balance "
                                  f"{format_inr(c.balance)}; the payer will pay at most the "
                                  "balance")
    if leg == "preauth" and c.balance is not None and e.total > c.balance:
        result.warn("estimate", f"the estimate {format_inr(e.total)} is above the policy "
                                f"balance {format_inr(c.balance)}; expect a partial approval")
    if c.name_on_id:
        same, score = names_match(c.name_on_id, adm.patient.name)
        if not same:
            result.warn("coverage.name_on_id", f"the name on the ID proof differs from the "
                                               f"patient's name on the policy (similarity "
                                               f"{score:.0f}%); mismatched names are a common "
                                               "rejection reason. Check both spellings")
    return result


def suggest_enhancement(interim_bill: int, approved_amount: int | None) -> Finding | None:
    """A warning when the running bill has outgrown the approved amount (ask for more before
    discharge), else None."""
    if approved_amount is None or interim_bill <= approved_amount:
        return None
    return Finding("billing.interim_bill",
                   f"the interim bill {format_inr(interim_bill)} exceeds the approved "
                   f"{format_inr(approved_amount)} by "
                   f"{format_inr(interim_bill - approved_amount)}; request an enhancement now")


def interim_bill_hint(case: Case) -> Finding | None:
    """The enhancement suggestion for a stored case: its recorded interim bill
    (``billing.interim_bill``) against the payer's approved amount."""
    bill = case.admission.billing.interim_bill
    return None if bill is None else suggest_enhancement(bill, case.approved_amount)


def check_case(store: Store, case: Case | str, leg: str, *, amount: int | None = None,
               interim_bill: int | None = None) -> CheckResult:
    """:func:`check_leg` for a stored case (its payer profile, documents, status, approval).

    ``interim_bill`` (paise) defaults to the bill recorded on the case (``billing.interim_bill``,
    set with ``tpadesk update CASE --interim-bill RUPEES``), so that every caller gets the
    enhancement suggestion when the running bill has outgrown the approval."""
    from app.cases import load_case
    from app.payers import get_profile

    loaded = load_case(store, case) if isinstance(case, str) else case
    result = check_leg(loaded.admission, leg, profile=get_profile(store, loaded.payer),
                       document_categories={d.category for d in loaded.documents},
                       status=loaded.status, amount=amount,
                       approved_amount=loaded.approved_amount)
    if interim_bill is None:
        interim_bill = loaded.admission.billing.interim_bill
    if interim_bill is not None:
        hint = suggest_enhancement(interim_bill, loaded.approved_amount)
        if hint is not None and leg != "enhancement":
            result.warnings.append(hint)
    return result
