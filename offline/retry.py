"""When to try again: exponential backoff with full jitter and a cap, and ``Retry-After``.

Pure functions and one small frozen policy object, no threads and no I/O, so the sync engine and
its tests share exactly the same arithmetic. Randomness and the clock are injected:

    policy = Backoff(base=2.0, cap=600.0)
    delay = policy.delay(attempt=3, rng=random.random)          # uniform in [0, min(cap, 2*2**2)]
    wait = policy.next_delay(attempt=3, retry_after=parse_retry_after("120", now=time.time()))

``attempt`` counts the attempts already made (1 after the first failure). Full jitter (the delay is
drawn uniformly between 0 and the exponential ceiling) spreads a crowd of desks that all lost the
exchange at the same moment, so they do not come back in lock-step. A server's ``Retry-After`` is
honoured as given (bounded by ``retry_after_cap`` so a wrong header cannot park a message for a
week); it is never shortened by jitter.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

Rng = Callable[[], float]
"""A source of floats in [0, 1): ``random.random`` or a scripted one in tests."""

Clock = Callable[[], float]
"""Wall-clock seconds since the epoch: ``time.time`` or a fake one in tests."""


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: the n-th retry waits U(0, min(cap, base*factor**(n-1)))
    seconds, but at least ``floor`` (so a failing server is never hammered in a tight loop)."""

    base: float = 2.0
    factor: float = 2.0
    cap: float = 600.0
    floor: float = 0.5
    retry_after_cap: float = 6 * 3600.0

    def __post_init__(self) -> None:
        if self.base <= 0 or self.factor < 1 or self.cap <= 0 or self.floor < 0:
            raise ValueError("backoff needs base > 0, factor >= 1, cap > 0 and floor >= 0")

    def ceiling(self, attempt: int) -> float:
        """The largest delay the ``attempt``-th retry may draw (before jitter)."""
        exponent = min(max(1, attempt) - 1, 1000)
        try:
            value = self.base * self.factor ** exponent
        except OverflowError:  # many attempts with a large factor: the cap applies anyway
            return self.cap
        return min(self.cap, value)

    def delay(self, attempt: int, rng: Rng = random.random) -> float:
        """A full-jitter delay in seconds for the ``attempt``-th retry."""
        draw = rng()
        if not 0.0 <= draw <= 1.0:
            raise ValueError("rng must return a float in [0, 1]")
        return max(self.floor, draw * self.ceiling(attempt))

    def next_delay(self, attempt: int, retry_after: float | None = None,
                   rng: Rng = random.random) -> float:
        """The delay to use: the server's ``Retry-After`` when it gave one (bounded by
        ``retry_after_cap``), otherwise the full-jitter backoff."""
        if retry_after is not None and retry_after >= 0:
            return max(self.floor, min(retry_after, self.retry_after_cap))
        return self.delay(attempt, rng)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds (``"120"``) or an HTTP date
    (``"Wed, 21 Oct 2026 07:28:00 GMT"``), measured from ``now`` (epoch seconds). A date in the past
    gives 0. Returns None when the header is absent or unreadable (then normal backoff applies)."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # HTTP dates are GMT by definition
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def http_date(epoch: float) -> str:
    """An IMF-fixdate (the HTTP date form) for ``epoch``; handy for tests and fake servers."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
