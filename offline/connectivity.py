"""Are we online? Judged from real request outcomes, not from the operating system.

The sync engine reports every request's outcome per payer:

- ``record_success(payer)``: the server answered as an API (delivered, or even a definite
  rejection: the network and the server work);
- ``record_failure(payer, network=True)``: no answer at all (connection refused, DNS, timeout);
- ``record_failure(payer, network=False)``: an answer, but a failing one (5xx, 429, login page).

From the latest outcome of each payer the overall state is:

- ``online``: every payer heard from lately answered;
- ``offline``: every payer heard from failed at the network level (the desk is cut off);
- ``degraded``: a mix (one exchange down, another up; or answers that are errors);
- ``unknown``: nothing tried yet.

The names reported are endpoints: the engine reports a payer's exchange under the payer's code
and its relay inbox as ``relay:<payer>`` (see :func:`offline.sync.relay_endpoint`), since the two
are different servers. When the state leaves ``offline`` the engine makes every waiting message
due at once.

The operating system's network-change notice (Qt's QNetworkInformation, via the UI) is only a
hint: :meth:`Connectivity.hint_network_changed` makes waiting messages due at once, and the next
real request decides the state. When a payer answers again after failures, ``on_payer_recovered``
listeners run (the engine makes that payer's waiting messages due immediately).

Listeners are plain callables called on the reporting thread, outside the internal lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Clock = Callable[[], float]


class ConnectivityState(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    DEGRADED = "degraded"
    OFFLINE = "offline"


@dataclass(frozen=True)
class PayerHealth:
    """The latest outcome with one payer: ``"ok"``, ``"network"`` or ``"server"`` failure."""

    payer: str
    last_outcome: str
    last_change_at: float
    consecutive_failures: int
    last_success_at: float | None


class Connectivity:
    """Thread-safe connectivity state with listeners."""

    def __init__(self, clock: Clock = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._health: dict[str, PayerHealth] = {}
        self._state = ConnectivityState.UNKNOWN
        self._last_success_at: float | None = None
        self.on_change: list[Callable[[ConnectivityState], None]] = []
        self.on_payer_recovered: list[Callable[[str], None]] = []
        self.on_hint: list[Callable[[], None]] = []

    @property
    def state(self) -> ConnectivityState:
        with self._lock:
            return self._state

    @property
    def last_success_at(self) -> float | None:
        """When any request last succeeded (epoch seconds): "last synced at" for the status bar."""
        with self._lock:
            return self._last_success_at

    def health(self, payer: str) -> PayerHealth | None:
        with self._lock:
            return self._health.get(payer)

    def record_success(self, payer: str) -> None:
        now = self._clock()
        with self._lock:
            before = self._health.get(payer)
            recovered = before is not None and before.last_outcome != "ok"
            self._health[payer] = PayerHealth(payer, "ok", now, 0, now)
            self._last_success_at = now
            changed = self._recompute()
        if recovered:
            for fn in list(self.on_payer_recovered):
                fn(payer)
        self._announce(changed)

    def record_failure(self, payer: str, *, network: bool) -> None:
        now = self._clock()
        with self._lock:
            before = self._health.get(payer)
            failures = (before.consecutive_failures if before else 0) + 1
            self._health[payer] = PayerHealth(
                payer, "network" if network else "server", now, failures,
                before.last_success_at if before else None)
            changed = self._recompute()
        self._announce(changed)

    def hint_network_changed(self) -> None:
        """The OS says the network changed: try waiting work at once (the outcome decides)."""
        for fn in list(self.on_hint):
            fn()

    def _recompute(self) -> ConnectivityState | None:
        outcomes = {h.last_outcome for h in self._health.values()}
        if not outcomes:
            new = ConnectivityState.UNKNOWN
        elif outcomes == {"ok"}:
            new = ConnectivityState.ONLINE
        elif outcomes == {"network"}:
            new = ConnectivityState.OFFLINE
        else:
            new = ConnectivityState.DEGRADED
        if new is self._state:
            return None
        self._state = new
        return new

    def _announce(self, changed: ConnectivityState | None) -> None:
        if changed is None:
            return
        for fn in list(self.on_change):
            fn(changed)
