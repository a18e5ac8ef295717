"""The listener-to-signal bridge (the Electrum pattern): core callbacks become Qt signals.

The sync engine and the desk service call plain Python callables on their own threads. The
:class:`CoreBridge` lives in the GUI thread; its slots-free emit methods are safe to call from any
thread, because a signal emitted from a worker thread reaches receivers in the GUI thread through
a queued connection. Nothing here touches the database or the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


def _register(listeners: Any, name: str, fn: Callable[[Any], None]) -> bool:
    """Attach ``fn`` to ``listeners.<name>`` whether it is an event with ``connect``, a list of
    callables, or an object with ``add(name, fn)``. Returns False when there is no such hook."""
    if listeners is None:
        return False
    hook = getattr(listeners, name, None)
    if hook is not None and hasattr(hook, "connect"):
        hook.connect(fn)
        return True
    if isinstance(hook, list):
        hook.append(fn)
        return True
    if isinstance(listeners, dict):
        listeners.setdefault(name, []).append(fn)
        return True
    add = getattr(listeners, "add", None)
    if callable(add):
        add(name, fn)
        return True
    return False


class CoreBridge(QObject):
    """Signals the windows listen to. Emit from any thread."""

    message_changed = Signal(object)      # offline.outbox.Message
    alert = Signal(str)                   # plain words, already safe to show
    connectivity_changed = Signal(str)    # "online" | "offline" | "degraded" | "unknown"
    inbox_applied = Signal(object)        # offline.inbox.Envelope (no patient data shown)
    case_changed = Signal(str)            # case id
    dead_letter = Signal(object)

    def attach_engine(self, engine: Any) -> None:
        """Listen to a :class:`offline.sync.SyncEngine` (its ``on_*`` events)."""
        engine.on_message_changed.connect(self.message_changed.emit)
        engine.on_alert.connect(lambda a: self.alert.emit(_alert_text(a)))
        engine.on_connectivity_changed.connect(lambda s: self.connectivity_changed.emit(str(s)))
        engine.on_inbox_applied.connect(self.inbox_applied.emit)
        engine.on_dead_letter.connect(self.dead_letter.emit)

    def attach_service(self, service: Any) -> None:
        """Listen to the desk service (``service.listeners``: on_message, on_alert,
        on_connectivity, on_case_changed)."""
        hooks = getattr(service, "listeners", None)
        if hooks is None and getattr(service, "engine", None) is not None:
            self.attach_engine(service.engine)
            return
        _register(hooks, "on_message", self.message_changed.emit)
        _register(hooks, "on_alert", lambda a: self.alert.emit(_alert_text(a)))
        _register(hooks, "on_connectivity", lambda s: self.connectivity_changed.emit(str(s)))
        _register(hooks, "on_case_changed", lambda c: self.case_changed.emit(str(c)))


def _alert_text(alert: object) -> str:
    if isinstance(alert, str):
        return alert
    payer = getattr(alert, "payer", "")
    message = getattr(alert, "message", str(alert))
    return f"{payer}: {message}" if payer else str(message)
