"""Case commands: ``admit``, ``attach``, ``cases``, ``show`` (architecture.md section 6).

JSON output (``--json``) is a stable contract documented in the README: amounts in rupees
(numbers), times ISO-8601 in India time (+05:30). Human output uses Indian digit grouping
(₹4,50,000) and dates as clerks write them (03-12-2026 14:05).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.admission import example_admission_json
from app.audit import default_actor
from app.cases import Case, CaseSummary, check_status, create_case, list_cases, load_case
from app.checks import interim_bill_hint
from app.clocks import Clock, clocks_for, current_clock, format_ist, iso_ist
from app.documents import attach_files
from app.lifecycle import Leg, eligibility_warning, eligibility_words, legs_of
from app.money import format_inr, paise_to_rupees_json
from app.payers import PayerProfile, get_profile
from offline.errors import BadInput


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("admit", parents=[common], help="create a case from an admission JSON",
                       description="Create a draft case from an admission JSON (the README "
                                   "documents every field) and print its id. Bad input: exit 2, "
                                   "nothing written.")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--json", metavar="FILE", dest="json_file",
                   help="the admission JSON file ('-' reads standard input)")
    g.add_argument("--example", action="store_true",
                   help="print a complete, valid example admission JSON and exit")
    p.set_defaults(handler=cmd_admit)

    p = sub.add_parser("attach", parents=[common],
                       help="add documents (PDF, JPEG, PNG, TIFF, HEIC) to a case",
                       description="Add documents (PDF, JPEG, PNG, TIFF with several pages, HEIC) "
                                   "to a case, each compressed to fit the payer's limit; all or "
                                   "none: every refused file is named (exit 2) and nothing is "
                                   "kept.")
    p.add_argument("case", help="the case id, for example C-2612-0042")
    p.add_argument("--category", required=True,
                   help="HCX document category: POI, POA, FCF, MB, DIA, HDS, ...; 'auto' "
                        "takes the category each document's text suggests (needs tesseract)")
    p.add_argument("--stage", default=None,
                   help="eligibility, preauth, query, enhancement, discharge, claim or payment "
                        "(default: the case's current stage)")
    p.add_argument("--no-ocr", action="store_true",
                   help="do not read the documents' text (by default, with tesseract "
                        "installed, the text is stored with each document for searching)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("cases", parents=[common], help="cases with status, amounts and clocks")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--status", default=None,
                   help="only cases with this status: draft, preauth_sent, preauth_queried, "
                        "discharge_approved, closed, ... (STAGE_STATE)")
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser("show", parents=[common], help="one case with its timeline")
    p.add_argument("case", help="the case id, for example C-2612-0042")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_show)


# ---------------------------------------------------------------------------- admit / attach
    register_update(sub, common)


def _read_admission(name: str) -> Any:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise BadInput(f"json: the file {name} does not exist; check the path") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"json: the file {name} cannot be read as UTF-8 text") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"json: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                       f"{exc.msg}); fix the file and try again") from exc


def cmd_admit(cli: Any) -> int:
    if cli.args.example:
        cli.print_json(example_admission_json(datetime.now(UTC)))
        return 0
    # the dict goes to create_case as it is: structure, rules and payer are checked at once
    case_id = create_case(cli.desk().store, _read_admission(cli.args.json_file),
                          actor=default_actor())
    cli.print(case_id)
    return 0


def cmd_attach(cli: Any) -> int:
    desk = cli.desk()
    docs = attach_files(desk, cli.args.case, [Path(f) for f in cli.args.files],
                        category=cli.args.category, stage=cli.args.stage, actor=default_actor(),
                        ocr=False if cli.args.no_ocr else None,
                        notes=lambda notice: print(notice, file=cli.err))
    for d in docs:
        cli.print(f"{d.id}  {d.category}  {d.stage}  {d.pages} page(s)  "
                  f"{d.size_bytes:,} bytes  {d.filename}")
    return 0


# ---------------------------------------------------------------------------- JSON shapes


def _rupees(paise: int | None) -> int | float | None:
    return None if paise is None else paise_to_rupees_json(paise)


def clock_json(clock: Clock | None) -> dict[str, Any]:
    """``{"stage", "leg_id", "waiting_on", "sla_minutes", "started_at", "due_at", "breached",
    "elapsed_minutes", "hospital_minutes", "minutes_left"}``; nulls when nothing waits."""
    if clock is None:
        return {"stage": None, "leg_id": None, "waiting_on": None, "sla_minutes": None,
                "started_at": None, "due_at": None, "breached": False, "elapsed_minutes": None,
                "hospital_minutes": None, "minutes_left": None}
    left = clock.time_left
    return {"stage": clock.stage, "leg_id": clock.leg_id, "waiting_on": clock.waiting_on,
            "sla_minutes": clock.sla_minutes, "started_at": iso_ist(clock.started_at),
            "due_at": iso_ist(clock.due_at), "breached": clock.breached,
            "elapsed_minutes": round(clock.payer_time.total_seconds() / 60, 1),
            "hospital_minutes": round(clock.hospital_time.total_seconds() / 60, 1),
            "minutes_left": None if left is None else round(left.total_seconds() / 60, 1)}


def leg_json(leg: Leg) -> dict[str, Any]:
    return {"id": leg.id, "seq": leg.seq, "kind": leg.kind, "stage": leg.stage,
            "state": leg.state, "decision": leg.decision,
            "requested_amount": _rupees(leg.requested_amount),
            "approved_amount": _rupees(leg.approved_amount),
            "queued_at": iso_ist(leg.queued_at), "sent_at": iso_ist(leg.sent_at),
            "acknowledged_at": iso_ist(leg.acknowledged_at),
            "answered_at": iso_ist(leg.answered_at), "payer_words": leg.payer_words,
            "query_text": leg.query_text, "documents_requested": leg.documents_requested,
            "reply_text": leg.reply_text, "api_call_id": leg.api_call_id,
            "correlation_id": leg.correlation_id, "payer_reference": leg.payer_reference,
            "utr": leg.utr, "paid_amount": _rupees(leg.paid_amount),
            "deductions": [{**d, "amount": _rupees(int(d["amount"]))}
                           if isinstance(d.get("amount"), int) else d for d in leg.deductions],
            "last_error": leg.last_error, "actor": leg.actor}


class _Profiles:
    def __init__(self, store: Any) -> None:
        self.store = store
        self.cache: dict[str, PayerProfile | None] = {}

    def get(self, code: str) -> PayerProfile | None:
        if code not in self.cache:
            try:
                self.cache[code] = get_profile(self.store, code)
            except BadInput:
                self.cache[code] = None  # profile removed: default clocks
        return self.cache[code]


def summary_json(s: CaseSummary, clock: Clock | None) -> dict[str, Any]:
    return {"id": s.id, "patient_name": s.patient_name, "payer": s.payer, "status": s.status,
            "status_at": iso_ist(s.status_at), "emergency": s.emergency,
            "requested_amount": _rupees(s.requested_amount),
            "approved_amount": _rupees(s.approved_amount),
            "created_at": iso_ist(s.created_at), "updated_at": iso_ist(s.updated_at),
            "clock": clock_json(clock)}


def case_json(case: Case, profile: PayerProfile | None, now: datetime) -> dict[str, Any]:
    clock = current_clock(case.legs, profile, emergency=case.emergency, now=now)
    return {
        "id": case.id, "status": case.status, "status_at": iso_ist(case.status_at),
        "payer": case.payer, "emergency": case.emergency,
        "patient_name": case.admission.patient.name,
        "requested_amount": _rupees(case.requested_amount),
        "approved_amount": _rupees(case.approved_amount),
        "created_at": iso_ist(case.created_at), "created_by": case.created_by,
        "updated_at": iso_ist(case.updated_at),
        "billing": {"interim_bill": _rupees(case.admission.billing.interim_bill),
                    "interim_bill_at": iso_ist(case.admission.billing.interim_bill_at),
                    "enhancement_suggested": interim_bill_hint(case) is not None},
        "clock": clock_json(clock),
        "clocks": [clock_json(c) for c in clocks_for(case.legs, profile,
                                                     emergency=case.emergency, now=now)],
        "legs": [leg_json(leg) for leg in case.legs],
        "documents": [{"id": d.id, "category": d.category, "stage": d.stage,
                       "filename": d.filename, "mime": d.mime, "pages": d.pages,
                       "size_bytes": d.size_bytes, "sha256": d.sha256,
                       "added_at": iso_ist(d.added_at), "added_by": d.added_by,
                       "captured_at": iso_ist(d.captured_at) if d.captured_at else None,
                       "capture_source": d.capture_source}
                      for d in case.documents],
        "admission": case.admission.to_json(),
    }


# ---------------------------------------------------------------------------- cases / show


def _due_text(clock: Clock | None) -> str:
    if clock is None:
        return ""
    if clock.waiting_on == "hospital":
        return "query open (our turn)"
    if clock.due_at is None:
        return ""
    late = "  LATE" if clock.breached else ""
    return f"due {format_ist(clock.due_at)}{late}"


def cmd_cases(cli: Any) -> int:
    status = None if cli.args.status is None else check_status(cli.args.status)  # before unlock
    store = cli.desk().store
    now = datetime.now(UTC)
    profiles = _Profiles(store)
    rows: list[tuple[CaseSummary, Clock | None]] = []
    for s in list_cases(store, status=status):
        legs = legs_of(store.conn(), s.id)
        rows.append((s, current_clock(legs, profiles.get(s.payer), emergency=s.emergency,
                                      now=now)))
    if cli.args.json:
        cli.print_json([summary_json(s, c) for s, c in rows])
        return 0
    if not rows and status is not None:
        cli.print(f"No cases with status {status}. "
                  "'tpadesk cases' lists them all.")
        return 0
    if not rows:
        cli.print("No cases yet. Create one with 'tpadesk admit --json FILE'.")
        return 0
    cli.print(f"{'CASE':<13}{'PATIENT':<24}{'PAYER':<16}{'STATUS':<24}{'REQUESTED':>13}"
              f"{'APPROVED':>13}  CLOCK")
    for s, c in rows:
        approved = "" if s.approved_amount is None else format_inr(s.approved_amount)
        cli.print(f"{s.id:<13}{s.patient_name[:23]:<24}{s.payer[:15]:<16}{s.status:<24}"
                  f"{format_inr(s.requested_amount):>13}{approved:>13}  {_due_text(c)}")
    return 0


def _indented(label: str, text: str) -> str:
    """``      label: first line`` with the text's further lines under its first line."""
    lines = text.strip().splitlines() or [""]
    pad = " " * (6 + len(label) + 2)
    return "\n".join([f"      {label}: {lines[0]}", *(pad + line.strip() for line in lines[1:])])


def cmd_show(cli: Any) -> int:
    store = cli.desk().store
    case = load_case(store, cli.args.case)
    profile = _Profiles(store).get(case.payer)
    now = datetime.now(UTC)
    if cli.args.json:
        cli.print_json(case_json(case, profile, now))
        return 0
    adm = case.admission
    clock = current_clock(case.legs, profile, emergency=case.emergency, now=now)
    approved = "-" if case.approved_amount is None else format_inr(case.approved_amount)
    cli.print(f"Case {case.id}  {case.status}  (since {format_ist(case.status_at)})",
              f"  Patient:   {adm.patient.name}, {adm.patient.gender.value}, "
              f"born {adm.patient.dob:%d-%m-%Y}",
              f"  Payer:     {case.payer}  policy {adm.coverage.policy_number}  "
              f"member {adm.coverage.member_id}",
              f"  Admitted:  {format_ist(adm.admission.admitted_at)} "
              f"({adm.admission.type.value})",
              "  Diagnosis: " + "; ".join(f"{d.icd10} {d.text}" for d in adm.clinical.diagnoses),
              f"  Requested: {format_inr(case.requested_amount)}   Approved: {approved}")
    billing = adm.billing
    if billing.interim_bill is not None:
        when = f" (as of {format_ist(billing.interim_bill_at)})" if billing.interim_bill_at else ""
        cli.print(f"  Interim bill: {format_inr(billing.interim_bill)}{when}")
    hint = interim_bill_hint(case)
    if hint is not None:
        cli.print(f"  Warning:   {hint.message}")
    if clock is not None:
        cli.print(f"  Clock:     {clock.stage} {_due_text(clock)}")
    cli.print("Timeline:")
    if not case.legs:
        cli.print("  (nothing sent yet)")
    for leg in case.legs:
        eligibility = leg.kind == "eligibility"
        state = "answered" if eligibility and leg.answered_at else leg.state
        parts = [f"  {leg.seq:>2}. {leg.kind:<12}{state:<13}"
                 f"queued {format_ist(leg.queued_at)}"]
        if leg.sent_at:
            parts.append(f"sent {format_ist(leg.sent_at)}")
        if leg.answered_at:
            parts.append(f"answered {format_ist(leg.answered_at)}")
        if eligibility and leg.answered_at:
            parts.append(eligibility_words(leg))
        elif leg.approved_amount is not None:
            parts.append(f"approved {format_inr(leg.approved_amount)}")
        if leg.utr:
            parts.append(f"UTR {leg.utr}")
        cli.print("  ".join(parts))
        if leg.payer_words:
            cli.print(_indented("payer", leg.payer_words))
        if leg.query_text and leg.kind != "query":
            cli.print(_indented("query", leg.query_text))
        warning = eligibility_warning(leg, adm.coverage.sum_insured)
        if warning:
            cli.print(f"      warning: {warning}")
    cli.print("Documents:")
    if not case.documents:
        cli.print("  (none)")
    for d in case.documents:
        cli.print(f"  {d.id}  {d.category:<5}{d.stage:<12}{d.pages} page(s)  "
                  f"{d.size_bytes:,} bytes  {d.filename}")
    return 0


def register_update(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("update", parents=[common], help="change a case's admission details",
                       description="Change fields of a case's admission: the discharge time, "
                                   "the bill heads, clinical findings. Validated like admit; "
                                   "who the patient is and the policy cannot change once sent.")
    p.add_argument("case", help="the case id")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--json", metavar="FILE", dest="json_file",
                   help="a complete admission JSON replacing the current one")
    g.add_argument("--set", action="append", metavar="PATH=VALUE", dest="sets",
                   help="one field, e.g. admission.discharge_at=2026-12-05T11:00:00+05:30 or "
                        "estimate.medicines_consumables=18000 (repeatable)")
    g.add_argument("--interim-bill", metavar="RUPEES", dest="interim_bill",
                   help="record the running (interim) bill so far, e.g. 1,20,000 (the same as "
                        "--set billing.interim_bill=RUPEES; dated now); checks then suggest an "
                        "enhancement when it exceeds the approved amount")
    p.set_defaults(handler=cmd_update)


def _set_path(data: dict[str, Any], path: str, raw: str) -> None:
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    keys = path.split(".")
    target = data
    for key in keys[:-1]:
        nxt = target.get(key)
        if not isinstance(nxt, dict):
            nxt = {}
            target[key] = nxt
        target = nxt
    target[keys[-1]] = value


def cmd_update(cli: Any) -> int:
    from app.cases import load_case, update_admission

    store = cli.desk().store
    if cli.args.json_file:
        data = _read_admission(cli.args.json_file)
    else:
        data = load_case(store, cli.args.case, with_documents=False).admission.to_json()
        sets = list(cli.args.sets or [])
        if cli.args.interim_bill is not None:
            sets.append(f"billing.interim_bill={json.dumps(cli.args.interim_bill)}")
        for item in sets:
            path, sep, raw = item.partition("=")
            if not sep or not path.strip():
                raise BadInput(f"set: '{item}' must look like PATH=VALUE, for example "
                               "admission.discharge_at=2026-12-05T11:00:00+05:30")
            _set_path(data, path.strip(), raw)
        data.get("estimate", {}).pop("total", None)
    changed = update_admission(store, cli.args.case, data, actor=default_actor())
    if changed:
        cli.print(f"Updated {', '.join(changed)}.")
    else:
        cli.print("Nothing changed.")
    if any(f.startswith("billing.") for f in changed):
        hint = interim_bill_hint(load_case(store, cli.args.case, with_documents=False))
        if hint is not None:
            cli.print(f"  warning: {hint.path}: {hint.message}")
    return 0
