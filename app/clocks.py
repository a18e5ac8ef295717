"""Turn-around clocks: how long the payer has had a request, when it is due, whether it is late.

The rule (IRDAI master circular, 29 May 2024; minutes per payer profile, defaults pre-auth and
enhancement 60 minutes, discharge authorisation 180 minutes; the claim has no clock by default):

- The payer's clock for a request starts when the exchange gave its receipt for it (the leg's
  ``sent_at``): a request still queued on the desk (for example while offline) has not reached
  the payer and its clock has not started.
- It runs while the request is sent or acknowledged, and stops when the payer answers.
- **Time waiting on the hospital does not count.** When the payer answers with a query, its clock
  pauses; the time until the hospital's reply reaches the payer (the reply leg's ``sent_at``) is
  the hospital's time. The clock then resumes with the payer's minutes already used carried over:
  ``due_at = resumed_at + (SLA - payer minutes already used)``.
- A new request for the same stage after a rejection (or a new enhancement) starts a fresh clock.
- ``breached`` is true when the payer's minutes exceed the SLA (for an open request: now is after
  ``due_at``; for an answered one: it was answered after its ``due_at``, which answered rounds
  keep). Answered-late records are the hospital's
  evidence for charges caused by a late discharge authorisation.
- A payer profile may apply the pre-auth clock to emergencies only (``preauth_sla_emergency_only``).

All times are aware datetimes; shown to clerks in India time as ``03-12-2026 14:05``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from app.lifecycle import WAITING_STATES, Leg

if TYPE_CHECKING:
    from app.payers import PayerProfile

IST = timezone(timedelta(hours=5, minutes=30), "IST")
DEFAULT_SLA_MINUTES: dict[str, int] = {"preauth": 60, "enhancement": 60, "discharge": 180}


def parse_time(value: str | datetime) -> datetime:
    when = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def format_ist(value: str | datetime | None) -> str:
    """``03-12-2026 14:05`` in India time, as clerks write it ("" for no time)."""
    if value is None or value == "":
        return ""
    return parse_time(value).astimezone(IST).strftime("%d-%m-%Y %H:%M")


def iso_ist(value: str | datetime | None) -> str | None:
    """ISO-8601 in India time (``2026-12-03T14:05:00+05:30``) for JSON output."""
    if value is None or value == "":
        return None
    return parse_time(value).astimezone(IST).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Clock:
    """The payer's clock for one request (one stage round: the request and its query replies)."""

    stage: str
    leg_id: int                 # the newest leg of the round
    sla_minutes: int
    started_at: datetime        # first receipt of the round
    payer_time: timedelta       # payer's time used, hospital time excluded
    hospital_time: timedelta    # time the payer's query waited on the hospital
    waiting_on: str             # "payer" | "hospital" | "answered"
    due_at: datetime | None     # when the payer's time runs (ran) out; None while on hospital
    breached: bool

    @property
    def time_left(self) -> timedelta | None:
        """Payer time left before the SLA (negative when late); None unless waiting on payer."""
        if self.waiting_on != "payer":
            return None
        return timedelta(minutes=self.sla_minutes) - self.payer_time

    @property
    def elapsed(self) -> timedelta:
        return self.payer_time


def _rounds(legs: list[Leg]) -> list[list[Leg]]:
    """Group stage legs into rounds: a stage leg and the query replies that follow it."""
    rounds: list[list[Leg]] = []
    for leg in legs:
        if leg.stage is None:
            continue
        if leg.kind == "query" and rounds and rounds[-1][0].stage == leg.stage:
            rounds[-1].append(leg)
        else:
            rounds.append([leg])
    return rounds


def _sla(profile: PayerProfile | None, stage: str, emergency: bool) -> int | None:
    if profile is None:
        return DEFAULT_SLA_MINUTES.get(stage)
    return profile.sla_for(stage, emergency=emergency)


def round_clock(round_legs: list[Leg], sla_minutes: int, now: datetime) -> Clock | None:
    """The clock of one round, or None while nothing of it has reached the payer."""
    payer = timedelta()
    hospital = timedelta()
    started: datetime | None = None
    waiting_on = "answered"
    resumed: datetime | None = None  # start of the payer's latest stretch of time
    used_before = timedelta()        # payer time used before that stretch
    prev_query_at: datetime | None = None
    for leg in round_legs:
        if leg.sent_at is None:
            # queued, not yet received by the payer: if it answers a query, the hospital's
            # time runs until now
            if prev_query_at is not None:
                hospital += max(now - prev_query_at, timedelta())
                prev_query_at = None
            waiting_on = "hospital"
            continue
        sent = parse_time(leg.sent_at)
        if started is None:
            started = sent
        if prev_query_at is not None:
            hospital += max(sent - prev_query_at, timedelta())
            prev_query_at = None
        if leg.answered_at is not None:
            answered = parse_time(leg.answered_at)
            resumed, used_before = sent, payer
            payer += max(answered - sent, timedelta())
            if leg.state == "queried":
                prev_query_at = answered
                waiting_on = "hospital"
            else:
                waiting_on = "answered"
        elif leg.state in WAITING_STATES:
            resumed, used_before = sent, payer
            payer += max(now - sent, timedelta())
            waiting_on = "payer"
    if prev_query_at is not None:  # query still open, no reply queued yet
        hospital += max(now - prev_query_at, timedelta())
    if started is None:
        return None
    limit = timedelta(minutes=sla_minutes)
    due: datetime | None = None
    # waiting on the payer: when its time runs out; answered: when it ran out (compare with the
    # answer's time: the evidence of a late answer); paused on a query: no due time
    if waiting_on in ("payer", "answered") and resumed is not None:
        due = resumed + (limit - used_before)
    return Clock(stage=round_legs[0].stage or "", leg_id=round_legs[-1].id,
                 sla_minutes=sla_minutes, started_at=started, payer_time=payer,
                 hospital_time=hospital, waiting_on=waiting_on, due_at=due,
                 breached=payer > limit)


def clocks_for(legs: list[Leg], profile: PayerProfile | None, *, emergency: bool,
               now: datetime) -> list[Clock]:
    """Every round's clock (answered ones too), oldest first, for stages that have an SLA."""
    out: list[Clock] = []
    for rnd in _rounds(legs):
        sla = _sla(profile, rnd[0].stage or "", emergency)
        if sla is None:
            continue
        clock = round_clock(rnd, sla, now)
        if clock is not None:
            out.append(clock)
    return out


def current_clock(legs: list[Leg], profile: PayerProfile | None, *, emergency: bool,
                  now: datetime) -> Clock | None:
    """The clock of the request the case is waiting on now (payer or hospital), if any."""
    rounds = _rounds(legs)
    if not rounds:
        return None
    last = rounds[-1]
    sla = _sla(profile, last[0].stage or "", emergency)
    if sla is None:
        return None
    clock = round_clock(last, sla, now)
    if clock is None or clock.waiting_on == "answered":
        return None
    return clock
