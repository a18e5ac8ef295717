"""The running desk: store, sync engine, HCX transport and (in training mode) the sandbox.

The CLI and the GUI both act through a :class:`DeskService`. Each action that must reach a payer
(submit a leg, answer a query, check eligibility, cancel, acknowledge a payment) writes the case
change and its outbox message in ONE transaction: once it returns, nothing can lose the work; the
sync engine sends it when it can.

    service = DeskService(desk)            # training mode when no live payer is configured
    service.start()                        # sandbox (training) + sync thread
    service.submit("TD-...", "preauth", actor="asha")
    service.engine.on_message_changed.connect(...)   # the UI bridge turns these into signals
    service.stop()

For the command line, ``sync_once()`` (one pass on the calling thread; sends still go out up to
``max_parallel`` cases at once through the engine's worker pool). ``synchronous=True`` sends one
message at a time on the calling thread (tests, the crash driver).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import lifecycle
from app.cases import load_case
from app.checks import CheckResult, check_case
from app.clocks import format_ist
from app.connector import HcxTransport, action_for, apply_answer, episode_id
from app.desk import Desk
from app.documents import attach_files
from app.hcx.headers import new_uuid, workflow_id_for
from app.payers import TRAINING_PAYER, get_profile, list_profiles
from app.training import (
    SandboxOffline,
    TrainingSandbox,
    aim_training_profile,
    connect_training,
    is_training,
    training_sandbox_key,
)
from offline import outbox as outbox_mod
from offline.errors import BadInput, FieldError, ValidationFailed
from offline.keys import KeyringAccess
from offline.outbox import Hints, Message, State
from offline.retry import Backoff, Clock, Rng
from offline.sync import PassReport, SyncEngine

LEGS = lifecycle.SUBMIT_LEGS
ENV_PULL_INTERVAL = "TPADESK_PULL_INTERVAL"
DEFAULT_PULL_INTERVAL = 60.0  # seconds between inbox pulls when nothing else triggers one


def pull_interval_setting(value: float | None = None) -> float:
    """Seconds between the inbox pulls the desk makes on its own (besides those after every
    send and when connectivity returns): ``value``, else ``$TPADESK_PULL_INTERVAL``, else 60.
    5 seconds to 1 day; anything else is refused naming the setting."""
    source = "pull_interval"
    raw: object = value
    if value is None:
        text = os.environ.get(ENV_PULL_INTERVAL, "").strip()
        if not text:
            return DEFAULT_PULL_INTERVAL
        source, raw = ENV_PULL_INTERVAL, text
    try:
        seconds = float(str(raw))
    except ValueError:
        seconds = float("nan")
    if not 5 <= seconds <= 86_400:
        raise BadInput(f"{source}: '{raw}' is not a number of seconds from 5 to 86400 (how "
                       "often the desk looks for the payers' answers; default 60).")
    return seconds
#: Seconds between attempts to register with a training sandbox that did not answer.
REGISTER_RETRY_SECONDS = 10.0


class DeskService:
    """One desk at work. Not thread-safe for its own calls: call it from one thread (the GUI's
    background executor, or the CLI); the sync engine runs on its own thread."""

    def __init__(self, desk: Desk, *, keyring: KeyringAccess | None = None,
                 training: bool | None = None, sandbox_url: str | None = None,
                 decision_delay: float | None = None, synchronous: bool = False,
                 max_parallel: int = 4, http_timeout: float | None = None,
                 clock: Clock | None = None, backoff: Backoff | None = None,
                 rng: Rng | None = None, pull_interval: float | None = None) -> None:
        """``http_timeout`` (seconds) replaces the HTTP client's default timeouts; ``clock``,
        ``backoff`` and ``rng`` go to the sync engine (tests inject them so that retries need
        no real waiting); ``pull_interval`` (seconds) see :func:`pull_interval_setting`."""
        interval = pull_interval_setting(pull_interval)  # refused before anything is opened
        self.desk = desk
        self.store = desk.store
        self.keyring = keyring
        self.training = is_training(self.store) if training is None else training
        self.sandbox = (TrainingSandbox(desk.data_dir, sandbox_url, decision_delay,
                                        state_key=lambda: training_sandbox_key(self.store))
                        if self.training else None)
        self.transport = HcxTransport(self.store, keyring=keyring, timeout=http_timeout)
        engine_options: dict[str, Any] = {}
        if clock is not None:
            engine_options["clock"] = clock
        if rng is not None:
            engine_options["rng"] = rng
        self.engine = SyncEngine(self.store, self.transport, apply_answer(self.store),
                                 max_parallel=max_parallel, synchronous=synchronous,
                                 payers=self._payer_codes, backoff=backoff,
                                 pull_interval=interval,
                                 prepare=self._finish_registration, format_time=format_ist,
                                 **engine_options)
        self._connected = False
        self._registered = False
        self._next_registration = 0.0
        #: Why the training sandbox could not be registered with (None when it was).
        self.sandbox_problem: str | None = None

    def _payer_codes(self) -> list[str]:
        """The payers whose inboxes are pulled: those with a profile that says where they are
        (a code the outbox knows without such a profile cannot be pulled, so it is left out)."""
        return sorted({p.code for p in list_profiles(self.store) if p.exchange_url})

    def _known_payer(self, code: str) -> None:
        known = sorted(p.code for p in list_profiles(self.store))
        if code not in known:
            raise BadInput(f"payer: '{code}' is not a payer profile on this desk; known payers: "
                           f"{', '.join(known)} (see 'tpadesk payer list'). Nothing was changed.")

    # ------------------------------------------------------------------ running

    def connect(self) -> None:
        """Training mode: start (or find) the sandbox and register this desk with it.

        A sandbox that does not answer (or answers that it is busy) is not an error: the desk
        is pointed at it, its work stays queued and waits as "offline", and the registration is
        tried again before later sync passes. A sandbox that refuses this desk raises
        :class:`~app.training.SandboxUnavailable` (exit 2)."""
        if self._connected:
            return
        if self.sandbox is not None:
            url = self.sandbox.start()
            self._register(url)
        self._connected = True

    def _register(self, url: str) -> bool:
        try:
            connect_training(self.store, url, keyring=self.keyring)
        except SandboxOffline as exc:
            self.sandbox_problem = str(exc)
            self._registered = False
            self._next_registration = time.monotonic() + REGISTER_RETRY_SECONDS
            aim_training_profile(self.store, url, keyring=self.keyring)
            self.transport.forget()
            return False
        was_offline = self.sandbox_problem is not None
        self.sandbox_problem = None
        self._registered = True
        self.transport.forget()
        if was_offline:
            # Registered at last: a pause the engine made because the sandbox did not know
            # this desk yet (credentials refused) is over.
            pause = self.engine.outbox.paused_payers().get(TRAINING_PAYER)
            if pause is not None and pause.paused_by == "system":
                self.engine.resume_payer(TRAINING_PAYER)
        return True

    def _finish_registration(self) -> None:
        """Before a sync pass: retry a registration that failed while the sandbox was away."""
        if (self.sandbox is None or not self._connected or self._registered
                or self.sandbox.url is None or time.monotonic() < self._next_registration):
            return
        self._register(self.sandbox.url)

    def start(self) -> None:
        self.connect()
        self.engine.start()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.engine.stop()
        if self.sandbox is not None:
            self.sandbox.stop()
        self.transport.close()
        self._connected = False
        self._registered = False

    def sync_once(self) -> PassReport:
        self.connect()
        return self.engine.run_once()

    def __enter__(self) -> DeskService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ clerk actions

    def preview(self, case_id: str, leg: str, *, amount: int | None = None) -> CheckResult:
        """The pre-submission checks, without queuing anything."""
        return check_case(self.store, case_id, leg, amount=amount)

    def submit(self, case_id: str, leg: str, *, actor: str, amount: int | None = None,
               accept_warnings: bool = True) -> Message:
        """Queue a leg (eligibility, preauth, enhancement, discharge, claim) for the case's payer.
        Blocking check errors refuse it (exit 2, every problem named, nothing written)."""
        if leg not in LEGS:
            raise BadInput(f"leg: '{leg}' is not one of {', '.join(LEGS)}.")
        case = load_case(self.store, case_id)
        if leg != "eligibility":
            result = check_case(self.store, case, leg, amount=amount)
            problems = list(result.errors)
            if not accept_warnings:
                problems += result.warnings
            if problems:
                raise ValidationFailed([FieldError(f.path, f.message) for f in problems],
                                       f"The {leg} request for {case.id}")
        profile = get_profile(self.store, case.payer)
        action = action_for(leg)
        estimate_total = case.admission.estimate.total
        params: dict[str, Any] = {}
        if amount is not None and amount != estimate_total and leg != "eligibility":
            params["amount"] = amount
        if profile.workflow_mode == "nhcx":
            params["request_id"] = new_uuid()
        if case.admission.patient.abha_number:
            params["abha"] = case.admission.patient.abha_number
        with self.store.transaction() as conn:
            row = lifecycle.leg_queued(conn, case.id, leg, actor=actor,
                                       amount=(None if leg == "eligibility"
                                               else amount if amount is not None
                                               else estimate_total))
            params["leg_id"] = row.id
            message = outbox_mod.enqueue(
                conn, now=self.engine.clock(), case_ref=case.id, leg=leg, payer=case.payer,
                workflow_id=workflow_id_for(action, profile.workflow_mode,
                                            episode_id(self.store, case.id)),
                params=params)
        self.engine.wake()
        return message

    def reply(self, case_id: str, text: str, *, actor: str,
              document_ids: Sequence[str] = (), files: Sequence[Path] = (),
              category: str = "OTH") -> Message:
        """Answer the payer's open query with text and documents (files are attached first, in
        the same transaction: all or nothing)."""
        if not text.strip():
            raise BadInput("text: write the answer to the payer's query.")
        case = load_case(self.store, case_id)
        stage, state = lifecycle.split_status(case.status)
        if state != "queried" or stage is None:
            raise BadInput(f"case {case.id} has no open query (its status is {case.status}); "
                           "there is nothing to answer.")
        conn = self.store.conn()
        queried = [leg for leg in lifecycle.legs_of(conn, case.id) if leg.decision == "queried"]
        if not queried:
            raise BadInput(f"case {case.id}: the payer's query was not found.")
        last = queried[-1]
        profile = get_profile(self.store, case.payer)
        action = action_for("query_answer", stage)
        with self.store.transaction() as conn:
            ids = list(document_ids)
            if files:
                added = attach_files(self.store, case.id, list(files), category=category,
                                     stage=stage, actor=actor)
                ids += [d.id for d in added]
            row = lifecycle.reply_queued(conn, case.id, text=text, document_ids=ids,
                                         actor=actor)
            params: dict[str, Any] = {"leg_id": row.id, "stage": stage, "text": text,
                                      "query_ref": last.payer_reference or "",
                                      "document_ids": ids}
            if profile.workflow_mode == "nhcx":
                params["request_id"] = new_uuid()
            message = outbox_mod.enqueue(
                conn, now=self.engine.clock(), case_ref=case.id, leg="query_answer",
                payer=case.payer,
                workflow_id=workflow_id_for(action, profile.workflow_mode,
                                            episode_id(self.store, case.id)),
                correlation_id=last.correlation_id, params=params)
        self.engine.wake()
        return message

    def check_eligibility(self, case_id: str, *, actor: str) -> Message:
        return self.submit(case_id, "eligibility", actor=actor)

    def cancel(self, case_id: str, *, reason: str, actor: str) -> Message:
        case = load_case(self.store, case_id)
        profile = get_profile(self.store, case.payer)
        with self.store.transaction() as conn:
            row = lifecycle.cancel(conn, case.id, reason=reason, actor=actor)
            message = outbox_mod.enqueue(
                conn, now=self.engine.clock(), case_ref=case.id, leg="cancel", payer=case.payer,
                workflow_id=workflow_id_for("cancel", profile.workflow_mode,
                                            episode_id(self.store, case.id)),
                params={"leg_id": row.id, "reason": reason}, expects_answer=False)
        self.engine.wake()
        return message

    def acknowledge_payment(self, case_id: str, *, actor: str) -> Message:
        """Tell the payer the payment arrived, and close the file."""
        case = load_case(self.store, case_id)
        paid = [leg for leg in lifecycle.legs_of(self.store.conn(), case.id) if leg.utr]
        if case.status != "payment_received" or not paid:
            raise BadInput(f"case {case.id}: no payment has been received yet (status "
                           f"{case.status}).")
        profile = get_profile(self.store, case.payer)
        with self.store.transaction() as conn:
            message = outbox_mod.enqueue(
                conn, now=self.engine.clock(), case_ref=case.id, leg="payment_ack",
                payer=case.payer,
                workflow_id=workflow_id_for("payment_ack", profile.workflow_mode,
                                            episode_id(self.store, case.id)),
                params={"utr": paid[-1].utr, "paid": paid[-1].paid_amount or 0},
                expects_answer=False)
            lifecycle.close(conn, case.id, actor=actor)
        self.engine.wake()
        return message

    # ------------------------------------------------------------------ the outbox

    def queue(self, *, states: Sequence[State] | None = None) -> list[Message]:
        return list(self.engine.outbox.messages(states=states))

    def why_waiting(self, message: Message | str, hints: Hints | None = None) -> str:
        """Why the message waits and what to do, times in India time (``hints``: the words of
        the interface showing it, see :class:`offline.outbox.Hints`)."""
        return self.engine.why_waiting(message, hints)

    def retry_now(self, message_id: str) -> Message:
        return self.engine.retry_now(message_id)

    def resubmit(self, message_id: str) -> Message:
        """After the clerk fixed a rejected message: fresh ids, old ones retired."""
        return self.engine.resubmit(message_id)

    def pause_payer(self, code: str) -> bool:
        """Hold the payer's queue; False when it was paused already. An unknown code is refused
        (exit 2), nothing written."""
        self._known_payer(code)
        return self.engine.pause_payer(code)

    def resume_payer(self, code: str) -> int:
        """Release the payer's queue; returns how many messages are due now. An unknown code is
        refused unless a pause is recorded for it (left by an older version): that is cleared."""
        if code not in self.engine.outbox.paused_payers():
            self._known_payer(code)
        return self.engine.resume_payer(code)

    def hint_network_changed(self) -> None:
        self.engine.hint_network_changed()
