"""The one place the desk's windows reach the core: reads, drafts, submissions and the outbox.

Every method here may touch the database or the network, so windows call them only through
:class:`ui.tasks.Background` (never on the GUI thread). When ``app.service.DeskService`` is
available, sending goes through it (its sync thread, the HCX transport, the training sandbox);
until then drafts and reads use the case repository directly and a submit only queues the leg.
"""

from __future__ import annotations

import importlib
import itertools
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.clocks import IST, current_clock, parse_time
from app.lifecycle import WAITING_STATES, legs_of, split_status
from offline.errors import BadInput, FieldError, ValidationFailed
from ui.rows import FORM_DRAFT, CaseRow

if TYPE_CHECKING:
    from app.cases import Case, CaseSummary
    from app.desk import Desk
    from app.drafts import FormDraft
    from app.payers import PayerProfile

__all__ = ["CaseRow", "DeskPort", "FormSaved", "validate_admission_json"]


@dataclass
class FormSaved:
    """What became of a form save: a case (``draft_id`` None) or an incomplete draft."""

    case_id: str | None
    draft_id: str | None
    errors: list[FieldError] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.draft_id is None and self.case_id is not None

def _service_class() -> Any | None:
    try:
        module = importlib.import_module("app.service")
    except ImportError:
        return None
    return getattr(module, "DeskService", None)


class DeskPort:
    """Adapter over the desk (and the desk service once it exists)."""

    def __init__(self, desk: Desk, *, training: bool | None = True,
                 service: Any | None = None) -> None:
        self.desk = desk
        self.service = service
        self.training = bool(getattr(service, "training", training if training is not None
                                     else True))
        # the payer-profile cache is shared by the window's worker threads: guarded
        self._lock = threading.Lock()
        self._profiles: dict[str, PayerProfile | None] = {}
        self._known_payers: set[str] = set()
        self._generation = 0  # bumped when a profile is saved

    @classmethod
    def open(cls, desk: Desk, *, training: bool | None = None, start: bool = False) -> DeskPort:
        """Build the port; with the desk service available, open it (and start it if asked:
        the sandbox in training mode and the sync thread). ``training=None``: the service
        decides (training unless a live payer is configured). Call off the GUI thread."""
        service_cls = _service_class()
        service = None
        if service_cls is not None:
            opener = getattr(service_cls, "open", None)
            service = (opener(desk, training=training) if callable(opener)
                       else service_cls(desk, training=training))
            if start:
                service.start()
        return cls(desk, training=training, service=service)

    @property
    def store(self) -> Any:
        return self.desk.store

    def close(self) -> None:
        if self.service is not None:
            self.service.stop()

    # ------------------------------------------------------------------ reading

    def profile(self, code: str) -> PayerProfile | None:
        from app.payers import get_profile

        with self._lock:
            self._known_payers.add(code)
            if code in self._profiles:
                return self._profiles[code]
            generation = self._generation
        try:  # read outside the lock (a database read)
            found: PayerProfile | None = get_profile(self.store, code)
        except BadInput:
            found = None
        with self._lock:
            if generation != self._generation:  # a save happened meanwhile: do not cache
                return found
            return self._profiles.setdefault(code, found)

    def _forget_profile(self, code: str) -> None:
        with self._lock:
            self._profiles.pop(code, None)
            self._generation += 1

    def profiles(self) -> list[PayerProfile]:
        from app.payers import list_profiles

        found = list_profiles(self.store)
        with self._lock:
            self._known_payers.update(p.code for p in found)
        return found

    def sync_times(self) -> tuple[float | None, float | None]:
        """(last successful exchange round trip, last successful inbox pull) as epoch seconds,
        None for never: the sync engine's in-memory connectivity record (a short lock, no
        database and no network, so the GUI thread may ask)."""
        engine = getattr(self.service, "engine", None)
        connectivity = getattr(engine, "connectivity", None)
        if connectivity is None:
            return None, None
        from offline.sync import relay_endpoint

        with self._lock:
            codes = sorted(self._known_payers)
        pulls = [h.last_success_at for code in codes
                 if (h := connectivity.health(relay_endpoint(code))) is not None
                 and h.last_success_at is not None]
        return connectivity.last_success_at, max(pulls) if pulls else None

    def has_outbox(self) -> bool:
        """Whether this store has the sync tables yet (the desk service adds them)."""
        row = self.store.conn().execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox_message'"
        ).fetchone()
        return row is not None

    def _outbox_flags(self) -> dict[str, set[str]]:
        flags: dict[str, set[str]] = {}
        if not self.has_outbox():
            return flags
        rows = self.store.conn().execute(
            "SELECT case_ref, state FROM outbox_message"
            " WHERE state IN ('queued', 'needs_attention', 'paused')").fetchall()
        names = {"queued": "queued_offline", "paused": "paused",
                 "needs_attention": "needs_attention"}
        for case_ref, state in rows:
            flags.setdefault(str(case_ref), set()).add(names[str(state)])
        return flags

    def case_rows(self, now: datetime | None = None, *, owner: str | None = None
                  ) -> list[CaseRow]:
        """The whole work queue with clocks and flags; with ``owner``, that clerk's unfinished
        admissions too (each a row of status ``form_draft``)."""
        from app.cases import list_cases

        when = now or datetime.now(UTC)
        flags = self._outbox_flags()
        if owner is not None:
            for case_id in self._edit_flags(owner):
                flags.setdefault(case_id, set()).add("unsaved_edits")
        conn = self.store.conn()
        rows = [self._row(s, conn, when, flags.get(s.id, set())) for s in list_cases(self.store)]
        if owner is not None:
            rows = self._draft_rows(owner) + rows
        return rows

    def case_row(self, case_id: str, now: datetime | None = None) -> CaseRow | None:
        from app.cases import list_cases

        when = now or datetime.now(UTC)
        for s in list_cases(self.store):
            if s.id == case_id:
                return self._row(s, self.store.conn(), when, self._outbox_flags().get(s.id, set()))
        return None

    def _row(self, s: CaseSummary, conn: Any, now: datetime, flags: set[str]) -> CaseRow:
        stage, state = split_status(s.status)
        row = CaseRow(id=s.id, patient=s.patient_name, payer=s.payer, stage=stage,
                      status=s.status, requested=s.requested_amount, approved=s.approved_amount,
                      emergency=s.emergency, created_at=parse_time(s.created_at),
                      updated_at=parse_time(s.updated_at), flags=set(flags))
        profile = self.profile(s.payer)
        row.payer_name = profile.name if profile is not None else s.payer
        if state in WAITING_STATES or state == "queried":
            clock = current_clock(legs_of(conn, s.id), self.profile(s.payer),
                                  emergency=s.emergency, now=now)
            if clock is not None:
                row.waiting_on = clock.waiting_on
                row.due_at = clock.due_at
                row.breached_answered = clock.breached and clock.waiting_on != "payer"
        return row

    def load_case(self, case_id: str) -> Case:
        from app.cases import load_case

        return load_case(self.store, case_id)

    # ------------------------------------------------------------------ writing

    def save_draft(self, case_id: str | None, data: dict[str, Any], *, actor: str) -> str:
        """Create the case (first save) or replace its draft; returns the case id. Raises
        ValidationFailed naming every wrong field."""
        from app.cases import create_case, update_draft

        if case_id is None:
            return create_case(self.store, data, actor=actor)
        update_draft(self.store, case_id, data, actor=actor)
        return case_id

    # ------------------------------------------------------------------ unfinished forms

    def save_form(self, *, draft_id: str | None, case_id: str | None, fields: dict[str, str],
                  data: dict[str, Any], local_errors: list[FieldError], owner: str,
                  now: datetime | None = None) -> FormSaved:
        """The clerk saves the form (Ctrl+S). When the admission validates it becomes (or
        updates) a draft case and the incomplete draft goes, in one transaction; otherwise
        every field is kept as typed in an incomplete draft owned by ``owner`` and the problems
        are returned (shown on the fields, not blocking the save)."""
        from app.drafts import delete_draft, save_draft

        seen = {e.path for e in local_errors}
        errors = list(local_errors) + [e for e in validate_admission_json(data, now)
                                       if e.path not in seen]
        if not errors:
            try:
                with self.store.transaction() as conn:
                    saved = self.save_draft(case_id, data, actor=owner)
                    if draft_id is not None:
                        delete_draft(conn, draft_id, actor=owner, outcome="became_case",
                                     case_id=saved)
                return FormSaved(saved, None, [])
            except ValidationFailed as exc:  # the core's own checks (e.g. an unknown payer)
                errors = list(exc.errors)
        draft = save_draft(self.store, draft_id, fields, owner=owner, case_id=case_id, now=now)
        return FormSaved(case_id, draft.id, errors)

    def autosave_form(self, *, draft_id: str | None, case_id: str | None,
                      fields: dict[str, str], owner: str) -> str:
        """Keep the open form as typed (no validation); returns the draft id."""
        from app.drafts import save_draft

        return save_draft(self.store, draft_id, fields, owner=owner, case_id=case_id).id

    def form_draft(self, draft_id: str, *, owner: str) -> FormDraft:
        """One of ``owner``'s unfinished admissions (another clerk's is refused)."""
        from app.drafts import get_draft

        draft = get_draft(self.store, draft_id)
        if draft.owner != owner:
            raise BadInput(f"draft: {draft_id} belongs to another clerk")
        return draft

    def form_draft_for_case(self, case_id: str, *, owner: str) -> FormDraft | None:
        from app.drafts import draft_for_case

        return draft_for_case(self.store, case_id, owner)

    def discard_form_draft(self, draft_id: str, *, actor: str) -> bool:
        from app.drafts import delete_draft, get_draft

        draft = get_draft(self.store, draft_id)
        if draft.owner != actor:
            raise BadInput(f"draft: {draft_id} belongs to another clerk")
        with self.store.transaction() as conn:
            return delete_draft(conn, draft_id, actor=actor, outcome="discarded",
                                case_id=draft.case_id)

    def _draft_rows(self, owner: str) -> list[CaseRow]:
        from app.drafts import list_drafts

        rows = []
        for d in list_drafts(self.store, owner=owner):
            if d.case_id is not None:
                continue  # shown on its case's row (flag "unsaved edits kept")
            when = parse_time(d.updated_at)
            profile = self.profile(d.payer) if d.payer else None
            rows.append(CaseRow(id=d.id, patient=d.patient_name, payer=d.payer, stage=None,
                                status=FORM_DRAFT, requested=0, approved=None,
                                emergency=d.fields.get("admission.type") == "emergency",
                                created_at=parse_time(d.created_at), updated_at=when,
                                payer_name=profile.name if profile is not None else d.payer))
        return rows

    def _edit_flags(self, owner: str) -> set[str]:
        rows = self.store.conn().execute(
            "SELECT case_id FROM form_draft WHERE owner = ? AND case_id IS NOT NULL",
            (owner,)).fetchall()
        return {str(r[0]) for r in rows}

    def checks(self, case_id: str, leg: str, *, amount: int | None = None) -> Any:
        """The pre-submission checks (``app.checks.CheckResult``) for queuing ``leg``."""
        if self.service is not None and hasattr(self.service, "preview"):
            return self.service.preview(case_id, leg, amount=amount)
        from app.checks import check_case

        return check_case(self.store, case_id, leg, amount=amount)

    def submit(self, case_id: str, leg: str, *, actor: str, amount: int | None = None) -> Any:
        """Queue a leg: through the service when present (it also wakes the sync thread)."""
        if self.service is not None:
            return self.service.submit(case_id, leg, actor=actor, amount=amount)
        from app.lifecycle import leg_queued

        with self.store.transaction() as conn:
            leg_row = leg_queued(conn, case_id, leg, amount=amount, actor=actor)
            self._enqueue(conn, case_id, leg, {"leg_id": leg_row.id})
        return leg_row

    def reply(self, case_id: str, text: str, document_ids: Iterable[str], *, actor: str) -> Any:
        if self.service is not None:
            return self.service.reply(case_id, text, actor=actor, document_ids=list(document_ids))
        from app.lifecycle import reply_queued

        with self.store.transaction() as conn:
            leg_row = reply_queued(conn, case_id, text=text, document_ids=document_ids,
                                   actor=actor)
            self._enqueue(conn, case_id, "query", {"leg_id": leg_row.id})
        return leg_row

    def eligibility_text(self, case_id: str) -> str | None:
        """The newest eligibility answer in plain words, or None when none has arrived: "Policy
        in force, balance ₹4,08,000 (answered 03-12-2026 14:05)." The balance is what the case
        keeps (never below zero, never above the sum insured); when the payer's own figure was
        different, a note says what it was and what to check."""
        from PySide6.QtCore import QCoreApplication  # the clerk's language (safe off the GUI)

        from app.cases import load_case
        from app.lifecycle import admission_balance
        from app.money import format_inr

        legs = [leg for leg in legs_of(self.store.conn(), case_id) if leg.kind == "eligibility"]
        if not legs:
            return None
        leg = legs[-1]
        if leg.state in WAITING_STATES:
            return QCoreApplication.translate(
                "DeskPort", "Eligibility check sent; waiting for the payer's answer.")
        if leg.decision != "in_force":
            if leg.payer_words:
                return QCoreApplication.translate(
                    "DeskPort", "Policy NOT in force. The payer said: {0}").format(leg.payer_words)
            return QCoreApplication.translate("DeskPort", "Policy NOT in force.")
        when = _short(leg.answered_at)
        balance = leg.approved_amount
        if balance is None:
            return QCoreApplication.translate("DeskPort", "Policy in force (answered {0}).").format(
                when)
        sum_insured = load_case(self.store, case_id).admission.coverage.sum_insured
        kept = admission_balance(balance, sum_insured)
        text = QCoreApplication.translate(
            "DeskPort", "Policy in force, balance {0} (answered {1}).").format(format_inr(kept),
                                                                                when)
        if kept != balance and balance < 0:
            text += " " + QCoreApplication.translate(
                "DeskPort", "The payer's figure was below zero ({0}), so the case keeps ₹0; check "
                            "the balance with the payer.").format(format_inr(balance))
        elif kept != balance:
            text += " " + QCoreApplication.translate(
                "DeskPort", "The payer's figure {0} is above the sum insured ({1}), so the case "
                            "keeps the sum insured; check both amounts.").format(
                format_inr(balance), format_inr(sum_insured or 0))
        return text

    def attach(self, case_id: str, path: str, category: str, *, actor: str) -> Any:
        """Import one file (pdf, jpg, png) into the case, for the stage the case is at."""
        from pathlib import Path

        from app.documents import attach_files

        return attach_files(self.desk, case_id, [Path(path)], category=category, actor=actor)

    def attach_files(self, case_id: str, paths: Iterable[str], category: str, *, actor: str,
                     stage: str | None = None) -> list[Any]:
        """Import files into the case, all or none (ValidationFailed names each refused file)."""
        from pathlib import Path

        from app.documents import attach_files

        return attach_files(self.desk, case_id, [Path(p) for p in paths], category=category,
                            stage=stage, actor=actor)

    def store_pages(self, case_id: str, plans: Iterable[Any], *, actor: str) -> list[Any]:
        """Edited pages -> one PDF per plan (within the payer's limit), then all stored in one
        transaction: all documents or none."""
        from app.capture.process import ProcessOptions, process_pages
        from app.documents import PHOTO_CATEGORIES, add_document

        case = self.load_case(case_id)
        profile = self.profile(case.payer)
        limit = profile.max_document_bytes if profile is not None else 2 * 1024 * 1024
        plans = list(plans)
        made = [process_pages(plan.page_images(), plan.name,
                              ProcessOptions(max_bytes=limit,
                                             colour="colour" if plan.category in PHOTO_CATEGORIES
                                             else "auto"))
                for plan in plans]
        added = []
        with self.store.transaction():
            for plan, doc in zip(plans, made, strict=True):
                with doc.open() as fh:
                    added.append(add_document(self.store, case_id, fh, category=plan.category,
                                              stage=plan.stage, filename=doc.name,
                                              pages=doc.page_count, mime=doc.mime_type,
                                              actor=actor, **plan.text_fields()))
        return added

    def store_photo(self, case_id: str, jpeg: bytes, captured_at: datetime, *,
                    category: str = "PoPr", actor: str) -> Any:
        """A camera photo (proof of presence) stored in colour with its capture time."""
        import io

        from PIL import Image

        from app.capture.importer import PageImage
        from app.capture.process import ProcessOptions, process_pages
        from app.clocks import IST
        from app.documents import add_document

        case = self.load_case(case_id)
        profile = self.profile(case.payer)
        limit = profile.max_document_bytes if profile is not None else 2 * 1024 * 1024
        stamp = captured_at.astimezone(IST).strftime("%Y%m%d-%H%M%S")
        with Image.open(io.BytesIO(jpeg)) as img:
            img.load()
            page = PageImage(img.copy(), None)
        doc = process_pages([page], f"{category.lower()}-{stamp}.jpg",
                            ProcessOptions(max_bytes=limit, colour="colour", output="jpeg"),
                            captured_at=captured_at.isoformat())
        with doc.open() as fh:
            return add_document(self.store, case_id, fh, category=category,
                                stage=self._stage_now(case_id), filename=doc.name,
                                pages=1, mime=doc.mime_type, actor=actor,
                                captured_at=captured_at, capture_source="camera")

    def _stage_now(self, case_id: str) -> str:
        from app.documents import default_stage

        return default_stage(self.store.conn(), case_id)

    def check_eligibility(self, case_id: str, *, actor: str) -> Any:
        if self.service is not None:
            return self.service.check_eligibility(case_id, actor=actor)
        return self.submit(case_id, "eligibility", actor=actor)

    def acknowledge_payment(self, case_id: str, *, actor: str) -> None:
        """Tell the payer the money arrived and close the file."""
        if self.service is not None:
            self.service.acknowledge_payment(case_id, actor=actor)
            return
        from app.lifecycle import close

        with self.store.transaction() as conn:
            close(conn, case_id, actor=actor)

    def cancel(self, case_id: str, reason: str, *, actor: str) -> None:
        if self.service is not None:
            self.service.cancel(case_id, reason=reason, actor=actor)
            return
        from app.lifecycle import cancel

        with self.store.transaction() as conn:
            cancel(conn, case_id, reason=reason, actor=actor)

    def _enqueue(self, conn: Any, case_id: str, leg: str, params: dict[str, Any]) -> None:
        from offline.outbox import enqueue

        payer = str(conn.execute("SELECT payer FROM cases WHERE id = ?",
                                 (case_id,)).fetchone()[0])
        if self.has_outbox():  # otherwise the leg stays queued on the case
            enqueue(conn, case_ref=case_id, leg=leg, payer=payer, params=params)

    # ------------------------------------------------------------------ settings

    def set_payer_secret(self, code: str, secret: str) -> str:
        """Keep a payer's password or client secret: the OS keyring when one works, else the
        encrypted store. Returns where it went ("keyring" or "store")."""
        from app.payers import PayerSecrets

        keyring = getattr(self.service, "keyring", None)
        return PayerSecrets(self.store, keyring).set(code, secret)

    def payer_details(self, code: str) -> tuple[PayerProfile, str | None]:
        """A payer profile and where its secret is kept ("keyring", "store" or None)."""
        from app.payers import PayerSecrets, get_profile

        keyring = getattr(self.service, "keyring", None)
        return get_profile(self.store, code), PayerSecrets(self.store, keyring).where(code)

    def save_payer(self, profile: PayerProfile, secret: str = "", *, actor: str | None = None
                   ) -> tuple[PayerProfile, str | None, bool]:
        """Validate and save a payer profile, then its secret (when one was typed). Raises
        ValidationFailed naming every wrong field; nothing is written then. Returns the saved
        profile, where its secret is, and whether the store now has a live payer (so the desk
        leaves training mode at its next start)."""
        from app.payers import PayerSecrets, get_profile, save_profile
        from app.training import is_training

        save_profile(self.store, profile)
        self._forget_profile(profile.code)
        vault = PayerSecrets(self.store, getattr(self.service, "keyring", None))
        if secret:
            vault.set(profile.code, secret)
        if actor is not None:
            self.record_action(actor, "payer.saved",
                               details={"payer": profile.code, "secret_changed": bool(secret)})
        return (get_profile(self.store, profile.code), vault.where(profile.code),
                not is_training(self.store))

    def scanner_defaults(self) -> Any:
        """What a scan starts with (``app.settings.ScannerDefaults``: ``resolution`` in dpi and
        ``mode``, "grey", "colour" or "lineart"), as saved in Settings. The page editor reads
        this (off the GUI thread) for its scans."""
        from app.settings import scanner_defaults

        return scanner_defaults(self.store)

    def save_scanner_defaults(self, resolution: int, mode: str, *, actor: str) -> Any:
        from app.settings import save_scanner_defaults

        return save_scanner_defaults(self.store, resolution, mode, actor=actor)

    def set_sla(self, code: str, stage: str, minutes: int) -> None:
        """Change one SLA of a payer profile (minutes the payer has to answer)."""
        from dataclasses import replace

        from app.payers import get_profile, save_profile

        profile = get_profile(self.store, code)
        save_profile(self.store, replace(profile, sla_minutes={**profile.sla_minutes,
                                                               stage: int(minutes)}))
        self._forget_profile(code)

    # ------------------------------------------------------------------ outbox

    def queue(self) -> list[Any]:
        if self.service is not None:
            return list(self.service.queue())
        from offline.outbox import Outbox

        return Outbox(self.store).messages() if self.has_outbox() else []

    def outbox_depth(self) -> int:
        if not self.has_outbox():
            return 0
        row = self.store.conn().execute(
            "SELECT count(*) FROM outbox_message WHERE state NOT IN ('sent', 'done')").fetchone()
        return int(row[0])

    def paused_payers(self) -> dict[str, Any]:
        """Payer code -> ``offline.outbox.PayerPause`` for every paused payer."""
        if not self.has_outbox():
            return {}
        from offline.outbox import Outbox

        return dict(Outbox(self.store).paused_payers())

    def dead_letters(self) -> list[Any]:
        if not self.has_outbox():
            return []
        from offline.inbox import Inbox

        try:
            inbox = Inbox(self.store)
        except TypeError:
            return []
        getter = getattr(inbox, "dead_letters", None)
        return list(getter()) if callable(getter) else []

    def why_waiting(self, message: Any) -> str:
        """Why a message waits, in plain words (from the sync engine's own rules)."""
        if self.service is not None:
            return str(self.service.why_waiting(message))
        from offline.outbox import Outbox

        return str(Outbox(self.store).why_waiting(message))

    def retry_now(self, message_id: str, *, actor: str) -> Any:
        """Make a waiting message due at once; recorded in the audit trail under ``actor``."""
        from offline.outbox import Outbox

        if self.service is not None:
            message = self.service.retry_now(message_id)
        else:
            message = Outbox(self.store).retry_now(message_id)
        self.record_action(actor, "outbox.retry_now", case_id=getattr(message, "case_ref", None),
                           details={"message": message_id})
        return message

    def pause_payer(self, code: str, *, actor: str) -> Any:
        from offline.outbox import Outbox

        if self.service is not None:
            paused = self.service.pause_payer(code)
        else:
            paused = Outbox(self.store).pause_payer(code)
        self.record_action(actor, "outbox.payer_paused", details={"payer": code})
        return paused

    def resume_payer(self, code: str, *, actor: str) -> Any:
        from offline.outbox import Outbox

        if self.service is not None:
            resumed = self.service.resume_payer(code)
        else:
            resumed = Outbox(self.store).resume_payer(code)
        self.record_action(actor, "outbox.payer_resumed",
                           details={"payer": code, "messages": int(resumed or 0)})
        return resumed

    # ------------------------------------------------------------------ the audit trail

    def record_action(self, actor: str, action: str, *, case_id: str | None = None,
                      details: dict[str, Any] | None = None) -> None:
        """Record a desk action (sign-in, lock, user switch, outbox operations) under the
        signed-in clerk. ``details`` hold names and ids only, never patient data."""
        from app import audit

        with self.store.transaction() as conn:
            audit.record(conn, actor=actor, action=action, case_id=case_id, details=details)

    def hint_network_changed(self) -> None:
        if self.service is not None:
            self.service.hint_network_changed()


def today_ist(now: datetime) -> Any:
    return now.astimezone(IST).date()


def _short(value: str | None) -> str:
    from app.clocks import format_ist

    return format_ist(value)


def validate_admission_json(data: dict[str, Any], now: datetime | None = None) -> list[Any]:
    """Every problem with an admission JSON as FieldErrors, all at once: structural problems
    (missing or unreadable fields) and the business rules on what could be read (the core's
    :func:`app.validation.validate_json`, as ``tpadesk admit`` reports them)."""
    from app.validation import validate_json

    return list(validate_json(data, now=now or datetime.now(UTC))[1])


def _split(path: str) -> list[str | int]:
    out: list[str | int] = []
    for part in path.split("."):
        if part.endswith("]") and "[" in part:
            name, idx = part[:-1].split("[", 1)
            out.extend([name, int(idx)] if idx.isdigit() else [part])
        else:
            out.append(part)
    return out


def _get_path(data: Any, path: str) -> Any:
    cur = data
    for key in _split(path):
        if isinstance(key, int):
            cur = cur[key] if isinstance(cur, list) and len(cur) > key else None
        else:
            cur = cur.get(key) if isinstance(cur, dict) else None
        if cur is None:
            return None
    return cur


def _set_path(data: Any, path: str, value: Any) -> None:
    keys = _split(path)
    cur = data
    for key, nxt in itertools.pairwise(keys):
        if isinstance(key, int):
            if not isinstance(cur, list) or len(cur) <= key:
                return
            cur = cur[key]
        else:
            if not isinstance(cur, dict):
                return
            cur = cur.setdefault(key, [] if isinstance(nxt, int) else {})
    last = keys[-1]
    if isinstance(last, int):
        if isinstance(cur, list) and len(cur) > last:
            cur[last] = value
    elif isinstance(cur, dict):
        cur[last] = value
