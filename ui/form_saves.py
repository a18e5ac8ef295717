"""Saving the admission form, one save at a time and in order, off the GUI thread.

Two kinds of save reach the store: the clerk's own (Ctrl+S, "Save draft", submit), which
validates and becomes a case once the admission is complete, and the autosave, which keeps the
fields as typed every few seconds. They run strictly one after another so that an autosave
never re-creates a draft that a save just turned into a case, and a later save of the same
filling-in reuses the draft (or case) an earlier one made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject

from offline.errors import FieldError
from ui.tasks import Background


@dataclass(frozen=True)
class FormSnapshot:
    """The form as it was when a save was asked for (plain data, safe for a worker)."""

    session: int
    owner: str
    draft_id: str | None
    case_id: str | None
    fields: dict[str, str]
    data: dict[str, Any] = field(default_factory=dict)
    local_errors: list[FieldError] = field(default_factory=list)


@dataclass
class _Request:
    port: Any
    snap: FormSnapshot
    complete: bool                      # the clerk's save (validate; maybe a case)
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None]
    still_wanted: Callable[[], bool] | None = None


class FormSaves(QObject):
    """A queue of form saves run in the background one by one."""

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self._queue: list[_Request] = []
        self._running = False
        self._drafts: dict[int, str | None] = {}   # session -> its incomplete draft
        self._cases: dict[int, str] = {}           # session -> the case it became

    def draft_for(self, session: int) -> str | None:
        """The incomplete draft a filling-in was saved to, once a save has finished."""
        return self._drafts.get(session)

    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def save(self, port: Any, snap: FormSnapshot, done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> None:
        """The clerk's save; earlier autosaves of the same filling-in still waiting are
        superseded by it."""
        self._queue = [r for r in self._queue if r.complete or r.snap.session != snap.session]
        self._queue.append(_Request(port, snap, True, done, failed))
        self._next()

    def autosave(self, port: Any, snap: FormSnapshot, done: Callable[[Any], None],
                 failed: Callable[[BaseException], None],
                 still_wanted: Callable[[], bool] | None = None) -> None:
        """Keep the fields as typed; a newer autosave of the same filling-in replaces a
        waiting one."""
        self._queue = [r for r in self._queue if r.complete or r.snap.session != snap.session]
        self._queue.append(_Request(port, snap, False, done, failed, still_wanted))
        self._next()

    def _resolve(self, snap: FormSnapshot) -> FormSnapshot:
        draft = snap.draft_id
        if snap.session in self._drafts:
            draft = self._drafts[snap.session]
        return replace(snap, draft_id=draft,
                       case_id=snap.case_id or self._cases.get(snap.session))

    def _next(self) -> None:
        if self._running:
            return
        while self._queue:
            request = self._queue.pop(0)
            if request.still_wanted is not None and not request.still_wanted():
                continue
            self._run(request)
            return

    def _run(self, request: _Request) -> None:
        self._running = True
        snap = self._resolve(request.snap)
        port = request.port

        if request.complete:
            def job() -> Any:
                return port.save_form(draft_id=snap.draft_id, case_id=snap.case_id,
                                      fields=snap.fields, data=snap.data,
                                      local_errors=snap.local_errors, owner=snap.owner)
        else:
            def job() -> Any:
                return port.autosave_form(draft_id=snap.draft_id, case_id=snap.case_id,
                                          fields=snap.fields, owner=snap.owner)

        def done(result: Any) -> None:
            if request.complete:
                self._drafts[snap.session] = result.draft_id
                if result.case_id:
                    self._cases[snap.session] = result.case_id
            else:
                self._drafts[snap.session] = str(result)
            self._running = False
            try:
                request.done(result)
            finally:
                self._next()

        def failed(exc: BaseException) -> None:
            self._running = False
            try:
                request.failed(exc)
            finally:
                self._next()

        self.background.submit(job, done, failed)
