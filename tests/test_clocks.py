"""Turn-around clocks: the payer's time runs from the exchange's receipt to the answer; an open
query is the hospital's time and stops the payer's clock; per-payer SLAs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.clocks import clocks_for, current_clock, format_ist, iso_ist, round_clock
from app.lifecycle import Leg
from app.payers import PayerProfile

T0 = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)  # 13:30 in India


def m(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def leg(id_: int, kind: str, state: str, *, stage: str | None = None, sent: float | None = None,
        answered: float | None = None) -> Leg:
    return Leg(id=id_, case_id="C-2612-0001", seq=id_, kind=kind,
               stage=stage or (kind if kind != "query" else "preauth"), state=state,
               queued_at=m(-1).isoformat(), actor="clerk1",
               sent_at=None if sent is None else m(sent).isoformat(),
               answered_at=None if answered is None else m(answered).isoformat())


PROFILE = PayerProfile(code="p", name="P")


def test_queued_request_has_no_clock_yet() -> None:
    assert current_clock([leg(1, "preauth", "queued")], PROFILE, emergency=True,
                         now=m(30)) is None


def test_sent_request_is_due_after_the_sla_and_breaches_after() -> None:
    legs = [leg(1, "preauth", "sent", sent=0)]
    clock = current_clock(legs, PROFILE, emergency=True, now=m(45))
    assert clock is not None
    assert clock.due_at == m(60) and not clock.breached
    assert clock.time_left == timedelta(minutes=15) and clock.elapsed == timedelta(minutes=45)
    late = current_clock(legs, PROFILE, emergency=True, now=m(61))
    assert late is not None and late.breached and late.time_left == timedelta(minutes=-1)


def test_discharge_has_three_hours() -> None:
    clock = current_clock([leg(1, "discharge", "acknowledged", sent=0)], PROFILE,
                          emergency=True, now=m(100))
    assert clock is not None and clock.due_at == m(180) and clock.sla_minutes == 180


def test_open_query_stops_the_payer_clock() -> None:
    legs = [leg(1, "preauth", "queried", sent=0, answered=40)]
    clock = current_clock(legs, PROFILE, emergency=True, now=m(300))
    assert clock is not None
    assert clock.waiting_on == "hospital" and clock.due_at is None and not clock.breached
    assert clock.payer_time == timedelta(minutes=40)
    assert clock.hospital_time == timedelta(minutes=260)


def test_reply_resumes_with_the_payer_minutes_already_used() -> None:
    legs = [leg(1, "preauth", "queried", sent=0, answered=40),
            leg(2, "query", "queued")]
    waiting = current_clock(legs, PROFILE, emergency=True, now=m(100))
    assert waiting is not None and waiting.waiting_on == "hospital"  # reply not yet delivered
    legs[1] = leg(2, "query", "sent", sent=120)
    clock = current_clock(legs, PROFILE, emergency=True, now=m(130))
    assert clock is not None and clock.waiting_on == "payer"
    assert clock.due_at == m(140)  # 20 of the 60 minutes left, from the reply's receipt
    assert clock.payer_time == timedelta(minutes=50)
    assert clock.hospital_time == timedelta(minutes=80)
    assert not clock.breached
    later = current_clock(legs, PROFILE, emergency=True, now=m(141))
    assert later is not None and later.breached


def test_answered_round_records_whether_the_payer_was_late() -> None:
    legs = [leg(1, "preauth", "approved", sent=0, answered=75)]
    assert current_clock(legs, PROFILE, emergency=True, now=m(200)) is None
    (history,) = clocks_for(legs, PROFILE, emergency=True, now=m(200))
    assert history.waiting_on == "answered" and history.breached
    assert history.payer_time == timedelta(minutes=75)
    assert history.due_at == m(60)  # the evidence: due at 60, answered at 75


@pytest.mark.parametrize(("answered", "late"), [(115, False), (120, False), (125, True)])
def test_an_answered_round_keeps_its_due_time_across_a_query(answered: float,
                                                            late: bool) -> None:
    # 40 payer minutes, a query (hospital's time 40..100), the reply reaches the payer at 100:
    # 20 minutes were left, so the answer was due at 120
    legs = [leg(1, "preauth", "queried", sent=0, answered=40),
            leg(2, "query", "approved", sent=100, answered=answered)]
    (history,) = clocks_for(legs, PROFILE, emergency=True, now=m(300))
    assert history.waiting_on == "answered"
    assert history.due_at == m(120) and history.breached is late
    assert history.hospital_time == timedelta(minutes=60)


def test_new_request_starts_a_fresh_clock() -> None:
    legs = [leg(1, "preauth", "rejected", sent=0, answered=30),
            leg(2, "preauth", "sent", sent=100)]
    clock = current_clock(legs, PROFILE, emergency=True, now=m(110))
    assert clock is not None and clock.due_at == m(160)
    assert len(clocks_for(legs, PROFILE, emergency=True, now=m(110))) == 2


def test_per_payer_sla_and_emergency_only_rule() -> None:
    strict = PayerProfile(code="s", name="S", sla_minutes={"preauth": 30},
                          preauth_sla_emergency_only=True)
    legs = [leg(1, "preauth", "sent", sent=0)]
    clock = current_clock(legs, strict, emergency=True, now=m(10))
    assert clock is not None and clock.due_at == m(30)
    assert current_clock(legs, strict, emergency=False, now=m(10)) is None


def test_claim_has_no_clock_by_default() -> None:
    assert current_clock([leg(1, "claim", "sent", sent=0)], PROFILE, emergency=True,
                         now=m(5)) is None


def test_indian_time_formats() -> None:
    assert format_ist(T0) == "03-12-2026 13:30"
    assert format_ist("2026-12-03T08:35:00+00:00") == "03-12-2026 14:05"
    assert iso_ist(T0) == "2026-12-03T13:30:00+05:30"
    assert format_ist(None) == "" and iso_ist(None) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 120), st.integers(1, 240)), min_size=1, max_size=4),
       st.integers(0, 600))
def test_payer_time_never_includes_hospital_time(rounds: list[tuple[int, int]],
                                                 extra: int) -> None:
    """Alternate payer answers (queries) and hospital replies: the payer's time is exactly the
    sum of its own intervals, whatever the hospital takes."""
    legs: list[Leg] = []
    t = 0.0
    payer_total = 0
    for i, (payer_minutes, hospital_minutes) in enumerate(rounds):
        kind = "preauth" if i == 0 else "query"
        legs.append(leg(i + 1, kind, "queried", sent=t, answered=t + payer_minutes))
        payer_total += payer_minutes
        t += payer_minutes + hospital_minutes
    legs.append(leg(len(legs) + 1, "query", "sent", sent=t))
    now = m(t + extra)
    clock = round_clock(legs, 60, now)
    assert clock is not None
    assert clock.payer_time == timedelta(minutes=payer_total + extra)
    assert clock.breached == (payer_total + extra > 60)
    assert clock.due_at == m(t + 60 - payer_total)
