"""Fill the forms' plain inputs from the case repository's records (:mod:`app.cases`).

Pure functions over loaded :class:`~app.cases.Case` objects and payer profiles: no store access,
so the CLI, the GUI and the sync worker can all use them (the sync worker to attach the filled
Part C to a pre-auth as an FCF document).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Literal

from app.cases import Case
from app.clocks import IST, Clock, clocks_for, parse_time
from app.documents import categories
from app.forms.letters import CaseParticulars, ClaimCoverSheet, EnhancementRequest, IndexedDocument
from app.forms.partc import render_part_c
from app.forms.report import ClockBreach, DeskReport, ReportRow
from app.lifecycle import WAITING_STATES, Leg
from app.payers import PayerProfile

ProfileLookup = Callable[[str], PayerProfile | None]


def payer_name(case: Case, profile: PayerProfile | None) -> str:
    """The payer as a person reads it: the profile's name, else the TPA / insurer on the policy,
    else the payer code."""
    cov = case.admission.coverage
    return (profile.name if profile else "") or cov.tpa or cov.insurer or case.payer


def preauth_reference(case: Case) -> str:
    """The payer's newest reference for this case (pre-auth number), or ''."""
    for leg in reversed(case.legs):
        if leg.payer_reference:
            return leg.payer_reference
    return ""


def particulars(case: Case, profile: PayerProfile | None) -> CaseParticulars:
    adm = case.admission
    return CaseParticulars(
        case_id=case.id, hospital=adm.admission.hospital, payer_name=payer_name(case, profile),
        patient_name=adm.patient.name, policy_number=adm.coverage.policy_number,
        member_id=adm.coverage.member_id, admitted_at=adm.admission.admitted_at,
        diagnoses=list(adm.clinical.diagnoses), preauth_reference=preauth_reference(case),
        doctor_name=adm.admission.doctor.name)


def part_c_pdf(case: Case, profile: PayerProfile | None, *, generated_at: datetime
               ) -> tuple[bytes, int]:
    """The filled Part C of a case as PDF bytes and its page count."""
    out = io.BytesIO()
    pages = render_part_c(case.admission, out, case_id=case.id,
                          payer_name=payer_name(case, profile), generated_at=generated_at,
                          payer_helpline=profile.helpline if profile else None)
    return out.getvalue(), pages


def enhancement_request(case: Case, profile: PayerProfile | None, *, new_estimate: int,
                        interim_bill: int, reason: str) -> EnhancementRequest:
    """An enhancement request for a case: approved so far is the payer's approved total."""
    return EnhancementRequest(particulars(case, profile),
                              approved_so_far=case.approved_amount or 0,
                              new_estimate=new_estimate, interim_bill=interim_bill,
                              reason=reason)


def indexed_documents(case: Case, *, stages: Iterable[str] | None = None
                      ) -> list[IndexedDocument]:
    """The case's documents (optionally of some stages only) in the order they were added."""
    names = categories()
    wanted = set(stages) if stages is not None else None
    return [IndexedDocument(d.category, names.get(d.category, d.category), d.filename, d.pages,
                            d.sha256, mime=d.mime, size=d.size_bytes)
            for d in case.documents if wanted is None or d.stage in wanted]


def cover_sheet(case: Case, profile: PayerProfile | None, *,
                kind: Literal["discharge", "claim"], final_bill: int,
                claimed_amount: int | None = None) -> ClaimCoverSheet:
    """A discharge / final claim cover sheet listing every document of the case."""
    return ClaimCoverSheet(particulars(case, profile), kind, final_bill=final_bill,
                           approved_amount=case.approved_amount or 0,
                           documents=indexed_documents(case),
                           discharged_at=case.admission.admission.discharge_at,
                           claimed_amount=claimed_amount)


# ------------------------------------------------------------------ daily report


def _leg_by_id(legs: list[Leg], leg_id: int) -> Leg | None:
    return next((leg for leg in legs if leg.id == leg_id), None)


def breach_of(clock: Clock, legs: list[Leg]) -> ClockBreach:
    leg = _leg_by_id(legs, clock.leg_id)
    answered = None
    if clock.waiting_on != "payer" and leg is not None and leg.answered_at:
        answered = parse_time(leg.answered_at)
    return ClockBreach(stage=clock.stage, sla_minutes=clock.sla_minutes,
                       started_at=clock.started_at,
                       payer_minutes=int(clock.payer_time.total_seconds() // 60),
                       due_at=clock.due_at if clock.waiting_on == "payer" else None,
                       answered_at=answered)


def pending_amount(case: Case) -> int:
    """What the desk has asked for in stage requests still awaiting the payer's answer."""
    total = 0
    for leg in case.legs:
        if leg.stage is not None and leg.kind != "query" and leg.state in WAITING_STATES:
            total += leg.requested_amount if leg.requested_amount is not None else \
                case.requested_amount
    return total


def report_row(case: Case, profile: PayerProfile | None, *, now: datetime) -> ReportRow:
    """One case on the daily report, its clocks evaluated at ``now``."""
    clocks = clocks_for(case.legs, profile, emergency=case.emergency, now=now)
    return ReportRow(case_id=case.id, patient_name=case.admission.patient.name,
                     payer_name=payer_name(case, profile), status=case.status,
                     requested=case.requested_amount, approved=case.approved_amount or 0,
                     pending=pending_amount(case), admitted_at=case.admission.admission.admitted_at,
                     emergency=case.emergency,
                     breaches=[breach_of(c, case.legs) for c in clocks if c.breached])


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Start and end of a day in India time."""
    start = datetime.combine(day, time(0, 0), tzinfo=IST)
    return start, start + timedelta(days=1)


def _times(case: Case) -> list[datetime]:
    out = [parse_time(t) for t in (case.created_at, case.updated_at, case.status_at) if t]
    for leg in case.legs:
        out += [parse_time(t) for t in (leg.queued_at, leg.sent_at, leg.answered_at) if t]
    return out


def on_report(case: Case, day: date, *, now: datetime) -> bool:
    """A case belongs on the day's report when anything happened to it that day, or (for today's
    report) when it is still waiting on a payer."""
    start, end = day_bounds(day)
    if any(start <= t < end for t in _times(case)):
        return True
    today = now.astimezone(IST).date() == day
    return today and pending_amount(case) > 0


def desk_report(cases: Iterable[Case], profiles: ProfileLookup, *, day: date,
                now: datetime) -> DeskReport:
    """The daily report for ``day`` (India time). For a past day the clocks are evaluated at the
    end of that day, and only breaches that mattered that day are listed."""
    start, end = day_bounds(day)
    at = min(now, end)
    rows: list[ReportRow] = []
    hospitals: Counter[str] = Counter()
    for case in cases:
        if not on_report(case, day, now=now):
            continue
        row = report_row(case, profiles(case.payer), now=at)
        row.breaches = [b for b in row.breaches if b.started_at < end
                        and (b.answered_at is None or b.answered_at >= start)]
        rows.append(row)
        hospitals[case.admission.admission.hospital.name] += 1
    hospital = hospitals.most_common(1)[0][0] if hospitals else ""
    return DeskReport(day=day, rows=rows, hospital_name=hospital)
