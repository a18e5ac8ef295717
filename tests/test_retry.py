"""Backoff with full jitter and a cap, and Retry-After in both of its forms."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offline.retry import Backoff, http_date, parse_retry_after

NOW = 1_800_000_000.0


def test_ceiling_grows_exponentially_then_stops_at_the_cap() -> None:
    policy = Backoff(base=2.0, factor=2.0, cap=60.0)
    assert [policy.ceiling(n) for n in range(1, 8)] == [2, 4, 8, 16, 32, 60, 60]


def test_ceiling_of_a_huge_attempt_number_is_the_cap_without_overflow() -> None:
    assert Backoff(base=1.0, factor=10.0, cap=300.0).ceiling(100_000) == 300.0


def test_full_jitter_spans_zero_to_the_ceiling() -> None:
    policy = Backoff(base=2.0, cap=600.0, floor=0.0)
    assert policy.delay(4, rng=lambda: 0.0) == 0.0
    assert policy.delay(4, rng=lambda: 1.0) == 16.0
    assert policy.delay(4, rng=lambda: 0.25) == 4.0


def test_floor_keeps_a_failing_server_from_being_hammered() -> None:
    assert Backoff(floor=0.5).delay(1, rng=lambda: 0.0) == 0.5


def test_jitter_spreads_delays_across_the_window() -> None:
    rng = random.Random(7)
    delays = [Backoff(base=1.0, cap=1000.0, floor=0.0).delay(6, rng.random) for _ in range(500)]
    assert min(delays) < 4 and max(delays) > 28 and max(delays) <= 32


def test_bad_rng_values_are_refused() -> None:
    with pytest.raises(ValueError):
        Backoff().delay(1, rng=lambda: 1.5)


def test_retry_after_overrides_jitter_and_is_never_shortened() -> None:
    policy = Backoff(base=2.0, cap=10.0)
    assert policy.next_delay(1, retry_after=120.0, rng=lambda: 0.0) == 120.0


def test_retry_after_is_bounded_by_its_own_cap() -> None:
    assert Backoff(retry_after_cap=3600.0).next_delay(1, retry_after=10 ** 9) == 3600.0


def test_next_delay_without_retry_after_uses_backoff() -> None:
    assert Backoff(base=2.0, floor=0.0).next_delay(3, None, rng=lambda: 0.5) == 4.0


@given(st.integers(min_value=1, max_value=10_000), st.floats(min_value=0.0, max_value=1.0))
def test_delay_always_within_floor_and_cap(attempt: int, draw: float) -> None:
    policy = Backoff(base=1.5, factor=3.0, cap=900.0, floor=0.25)
    assert 0.25 <= policy.delay(attempt, rng=lambda: draw) <= 900.0


def test_retry_after_in_seconds() -> None:
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after(" 0 ", NOW) == 0.0


def test_retry_after_as_http_date() -> None:
    assert parse_retry_after(http_date(NOW + 90), NOW) == pytest.approx(90.0)


def test_retry_after_date_in_the_past_means_now() -> None:
    assert parse_retry_after(http_date(NOW - 3600), NOW) == 0.0


def test_retry_after_date_with_rfc850_and_asctime_forms() -> None:
    # 1_800_000_000 is Fri, 15 Jan 2027 08:00:00 GMT
    assert parse_retry_after("Friday, 15-Jan-27 08:01:00 GMT", NOW) == pytest.approx(60.0)
    assert parse_retry_after("Fri Jan 15 08:02:00 2027", NOW) == pytest.approx(120.0)


@pytest.mark.parametrize("value", [None, "", "soon", "-5", "nan", "Fri, 99 Foo 2027"])
def test_unreadable_retry_after_gives_none(value: str | None) -> None:
    assert parse_retry_after(value, NOW) is None
