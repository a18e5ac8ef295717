"""The daily desk report: cases by status, clock breaches with their times, and the amounts
requested, approved and pending, in total and per payer.

Input is a :class:`DeskReport` of plain :class:`ReportRow` records (one per case), which
:mod:`app.forms.from_case` builds from the case repository; amounts are paise, times aware
datetimes shown in India time.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, BinaryIO

from app.forms.layout import (
    CONTENT_WIDTH,
    DocMeta,
    Field,
    Story,
    build_pdf,
    data_table,
    fmt_amount,
    fmt_date,
    fmt_datetime,
    fmt_minutes,
    gap,
    grid,
    para,
    section,
    styles,
)

STAGE_LABELS: dict[str, str] = {
    "preauth": "Pre-authorisation",
    "enhancement": "Enhancement",
    "discharge": "Discharge authorisation",
    "claim": "Claim",
}

STATE_LABELS: dict[str, str] = {
    "queued": "queued on the desk",
    "sent": "sent, awaiting answer",
    "acknowledged": "acknowledged by payer",
    "approved": "approved",
    "partial": "partly approved",
    "queried": "queried",
    "rejected": "rejected",
}

STATUS_LABELS: dict[str, str] = {
    "draft": "Draft",
    "payment_received": "Payment received",
    "closed": "Closed",
    "cancelled": "Cancelled",
}


def status_label(status: str) -> str:
    """'preauth_sent' -> 'Pre-authorisation: sent, awaiting answer'; unknown codes as given."""
    if status in STATUS_LABELS:
        return STATUS_LABELS[status]
    stage, _, state = status.partition("_")
    if stage in STAGE_LABELS and state in STATE_LABELS:
        return f"{STAGE_LABELS[stage]}: {STATE_LABELS[state]}"
    return status.replace("_", " ")


@dataclass
class ClockBreach:
    """A payer's turn-around clock that ran past its limit."""

    stage: str                    # preauth | enhancement | discharge | claim
    sla_minutes: int
    started_at: datetime          # when the request reached the payer
    payer_minutes: int            # the payer's time used (hospital time excluded)
    due_at: datetime | None = None         # for a request still waiting on the payer
    answered_at: datetime | None = None    # None while still waiting

    @property
    def overdue_minutes(self) -> int:
        return max(0, self.payer_minutes - self.sla_minutes)


@dataclass
class ReportRow:
    """One case on the report."""

    case_id: str
    patient_name: str
    payer_name: str
    status: str                   # lifecycle status code, e.g. preauth_sent
    requested: int                # the amount the desk has asked for (paise)
    approved: int                 # the payer's approved total so far (paise)
    pending: int                  # asked for in requests not yet decided (paise)
    admitted_at: datetime | None = None
    emergency: bool = False
    breaches: list[ClockBreach] = field(default_factory=list)


@dataclass
class DeskReport:
    """The report for one day (India time)."""

    day: date
    rows: list[ReportRow]
    hospital_name: str = ""

    @property
    def breach_count(self) -> int:
        return sum(len(r.breaches) for r in self.rows)


@dataclass
class Totals:
    cases: int = 0
    requested: int = 0
    approved: int = 0
    pending: int = 0
    breaches: int = 0

    def add(self, row: ReportRow) -> None:
        self.cases += 1
        self.requested += row.requested
        self.approved += row.approved
        self.pending += row.pending
        self.breaches += len(row.breaches)


def group_totals(rows: Iterable[ReportRow], key: Callable[[ReportRow], str]
                 ) -> OrderedDict[str, Totals]:
    """Totals per group, groups sorted by name."""
    groups: dict[str, Totals] = {}
    for row in rows:
        groups.setdefault(key(row), Totals()).add(row)
    return OrderedDict(sorted(groups.items()))


def _totals_rows(groups: OrderedDict[str, Totals], with_breaches: bool) -> list[list[Any]]:
    overall = Totals()
    rows: list[list[Any]] = []
    for name, t in groups.items():
        rows.append([name, str(t.cases), fmt_amount(t.requested), fmt_amount(t.approved),
                     fmt_amount(t.pending), *([str(t.breaches)] if with_breaches else [])])
        overall.cases += t.cases
        overall.requested += t.requested
        overall.approved += t.approved
        overall.pending += t.pending
        overall.breaches += t.breaches
    rows.append(["Total", str(overall.cases), fmt_amount(overall.requested),
                 fmt_amount(overall.approved), fmt_amount(overall.pending),
                 *([str(overall.breaches)] if with_breaches else [])])
    return rows


def report_story(report: DeskReport, generated_at: datetime) -> Story:
    """The flowables of the daily desk report."""
    s = styles()
    w = CONTENT_WIDTH
    overall = Totals()
    for row in report.rows:
        overall.add(row)
    waiting = sum(1 for r in report.rows if r.pending > 0)
    story: Story = [
        para(f"DAILY DESK REPORT · {fmt_date(report.day)}", s.title),
        para(" · ".join(x for x in (report.hospital_name,
                                    f"generated {fmt_datetime(generated_at)} IST") if x),
             s.subtitle),
        gap(3),
        grid([Field("Cases on the report", str(overall.cases), bold=True),
              Field("Awaiting a payer's answer", str(waiting)),
              Field("Clock breaches", str(overall.breaches), bold=True),
              Field("Amount requested", fmt_amount(overall.requested), bold=True),
              Field("Amount approved", fmt_amount(overall.approved), bold=True),
              Field("Amount pending (awaiting a decision)", fmt_amount(overall.pending),
                    bold=True)]),
    ]
    by_status = group_totals(report.rows, lambda r: status_label(r.status))
    story += [gap(3), *section("Cases by status"),
              data_table(["Status", "Cases", "Requested", "Approved", "Pending"],
                         _totals_rows(by_status, with_breaches=False),
                         [w * 0.36, w * 0.10, w * 0.18, w * 0.18, w * 0.18],
                         right=(1, 2, 3, 4), total_rows=1)]
    by_payer = group_totals(report.rows, lambda r: r.payer_name)
    story += [gap(3), *section("Per payer"),
              data_table(["Payer", "Cases", "Requested", "Approved", "Pending", "Breaches"],
                         _totals_rows(by_payer, with_breaches=True),
                         [w * 0.28, w * 0.09, w * 0.18, w * 0.18, w * 0.17, w * 0.10],
                         right=(1, 2, 3, 4, 5), total_rows=1)]
    story += [gap(3), *section("Clock breaches (payer's time over the IRDAI / payer limit)")]
    breach_rows: list[list[Any]] = []
    for row in sorted(report.rows, key=lambda r: r.case_id):
        for b in sorted(row.breaches, key=lambda b: b.started_at):
            answered = (fmt_datetime(b.answered_at) if b.answered_at
                        else f"still waiting (due {fmt_datetime(b.due_at)})" if b.due_at
                        else "still waiting")
            breach_rows.append([row.case_id, row.patient_name, row.payer_name,
                                f"{STAGE_LABELS.get(b.stage, b.stage)} "
                                f"({fmt_minutes(b.sla_minutes)})",
                                fmt_datetime(b.started_at), answered,
                                fmt_minutes(b.overdue_minutes)])
    if breach_rows:
        story.append(data_table(["Case", "Patient", "Payer", "Request (limit)", "Reached payer",
                                 "Answered", "Over by"], breach_rows,
                                [w * 0.13, w * 0.14, w * 0.13, w * 0.16, w * 0.13, w * 0.19,
                                 w * 0.12], right=(6,)))
    else:
        story.append(para("No clock breaches.", s.body))
    case_rows: list[list[Any]] = [
        [r.case_id, r.patient_name, r.payer_name, status_label(r.status),
         fmt_datetime(r.admitted_at) + (" (emergency)" if r.emergency else ""),
         fmt_amount(r.requested), fmt_amount(r.approved), fmt_amount(r.pending)]
        for r in sorted(report.rows, key=lambda r: r.case_id)]
    story += [gap(3), *section("Cases")]
    if case_rows:
        story.append(data_table(["Case", "Patient", "Payer", "Status", "Admitted", "Requested",
                                 "Approved", "Pending"], case_rows,
                                [w * 0.13, w * 0.14, w * 0.12, w * 0.17, w * 0.12, w * 0.107,
                                 w * 0.107, w * 0.106], right=(5, 6, 7)))
    else:
        story.append(para("No cases for this day.", s.body))
    return story


def render_desk_report(report: DeskReport, out: BinaryIO, *, generated_at: datetime) -> int:
    """Write the daily desk report as a PDF to ``out``; return the number of pages."""
    meta = DocMeta(title=f"Daily desk report {fmt_date(report.day)}",
                   running_title=f"Daily desk report {fmt_date(report.day)}",
                   generated_at=generated_at)
    return build_pdf(lambda: report_story(report, generated_at), meta, out)
