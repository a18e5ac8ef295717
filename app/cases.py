"""The case repository: cases on the encrypted store.

A case is created from an :class:`~app.admission.Admission` that passed validation (nothing is
written when it does not). Case ids are short and readable for clerks on the phone with a TPA:
``C-YYMM-NNNN`` (month of creation in India time, then a running number for the desk), for
example ``C-2612-0042``. Lookups accept lower case and a missing first dash.

Each case keeps its admission JSON (the full Aadhaar is never part of it), its status (see
:mod:`app.lifecycle`), the requested amount (the estimate total, then whatever the newest leg asks
for) and the payer's latest approved total. Every write also writes its audit entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app import audit
from app.admission import Admission, AdmissionType
from app.clocks import IST
from app.lifecycle import ALL_STATUSES, DRAFT, LEG_STATES, STAGES, Leg, legs_of
from app.payers import get_profile
from app.validation import validate, validate_json
from offline.errors import BadInput, FieldError, ValidationFailed

if TYPE_CHECKING:
    from sqlite3 import Connection

    from app.documents import Document
    from offline.store import Store

CASE_ID_RE = re.compile(r"C-?([0-9]{4})-([0-9]{4,})")


@dataclass
class CaseSummary:
    id: str
    patient_name: str
    payer: str
    status: str
    status_at: str
    requested_amount: int
    approved_amount: int | None
    emergency: bool
    created_at: str
    updated_at: str


@dataclass
class Case:
    id: str
    status: str
    status_at: str
    payer: str
    emergency: bool
    admission: Admission
    requested_amount: int
    approved_amount: int | None
    created_at: str
    created_by: str
    updated_at: str
    legs: list[Leg] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)


def normalise_case_id(text: str) -> str:
    """``c26120042``-style typing aside, accept ``c-2612-0042`` and ``C2612-0042``."""
    value = text.strip().upper()
    m = CASE_ID_RE.fullmatch(value)
    if not m:
        raise BadInput(f"case: '{text.strip()[:20]}' is not a case id; case ids look like "
                       "C-2612-0042 (see 'tpadesk cases')")
    return f"C-{m.group(1)}-{m.group(2)}"


def _now(now: datetime | None) -> datetime:
    when = now or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("times must carry a time zone")
    return when


def _new_case_id(conn: Connection, when: datetime) -> tuple[str, int]:
    seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM cases").fetchone()[0])
    return f"C-{when.astimezone(IST):%y%m}-{seq:04d}", seq


def _validated(store: Store, data: Admission | dict[str, Any], now: datetime) -> Admission:
    """The admission, checked all at once: structure (for a dict), business rules on whatever
    could be read, and the payer profile. Raises ValidationFailed naming every wrong field."""
    if isinstance(data, Admission):
        adm: Admission | None = data
        errors = validate(data, now=now)
    else:
        adm, errors = validate_json(data, now=now)
    if adm is not None and adm.coverage.payer:
        try:
            get_profile(store, adm.coverage.payer)
        except BadInput as exc:
            errors.append(_payer_error(str(exc)))
    if errors or adm is None:
        raise ValidationFailed(errors, "The admission")
    return adm


def _payer_error(message: str) -> FieldError:
    return FieldError("coverage.payer", message.removeprefix("coverage.payer: "))


def create_case(store: Store, admission: Admission | dict[str, Any], *, actor: str,
                now: datetime | None = None) -> str:
    """Validate and save a new draft case; return its id. Raises ValidationFailed (nothing
    written) naming every wrong field."""
    when = _now(now)
    adm = _validated(store, admission, when)
    if adm.billing.interim_bill is not None and adm.billing.interim_bill_at is None:
        adm.billing.interim_bill_at = when
    stamp = when.astimezone(UTC).isoformat(timespec="microseconds")
    with store.transaction() as conn:
        case_id, seq = _new_case_id(conn, when)
        conn.execute(
            "INSERT INTO cases(id, seq, status, status_at, payer, emergency, admission,"
            " requested_amount, approved_amount, created_at, created_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (case_id, seq, DRAFT, stamp, adm.coverage.payer,
             int(adm.admission.type is AdmissionType.EMERGENCY), adm.dumps(),
             adm.estimate.total, stamp, actor, stamp))
        audit.record(conn, actor=actor, action="case.created", case_id=case_id, at=when,
                     details={"payer": adm.coverage.payer, "status": DRAFT})
    return case_id


def update_draft(store: Store, case_id: str, admission: Admission | dict[str, Any], *,
                 actor: str, now: datetime | None = None) -> list[str]:
    """Replace a draft case's admission (validated first). Returns the names of the fields that
    changed (the audit entry records these names, never their values)."""
    return _replace_admission(store, case_id, admission, actor=actor, now=now, drafts_only=True)


FROZEN_AFTER_SUBMIT = ("coverage.payer", "coverage.policy_number", "coverage.member_id",
                       "patient.name", "patient.dob", "patient.gender")


def update_admission(store: Store, case_id: str, admission: Admission | dict[str, Any], *,
                     actor: str, now: datetime | None = None) -> list[str]:
    """Update the admission of a case in progress (discharge time, final bill heads, findings),
    validated first. Who the patient is, the payer and the policy cannot change once the case
    went to the payer; a closed or cancelled case cannot change at all. Returns the changed
    field names (recorded in the audit, never their values)."""
    return _replace_admission(store, case_id, admission, actor=actor, now=now, drafts_only=False)


def _replace_admission(store: Store, case_id: str, admission: Admission | dict[str, Any], *,
                       actor: str, now: datetime | None, drafts_only: bool) -> list[str]:
    when = _now(now)
    case_id = normalise_case_id(case_id)
    adm = _validated(store, admission, when)
    stamp = when.astimezone(UTC).isoformat(timespec="microseconds")
    with store.transaction() as conn:
        row = conn.execute("SELECT status, admission FROM cases WHERE id = ?",
                           (case_id,)).fetchone()
        if row is None:
            raise BadInput(f"case: there is no case '{case_id}'")
        if drafts_only and row[0] != DRAFT:
            raise BadInput(f"case {case_id} is {row[0]}: only a draft can be edited; ask for "
                           "an enhancement or answer the query instead")
        if row[0] in ("closed", "cancelled"):
            raise BadInput(f"case {case_id} is {row[0]}; its admission can no longer change.")
        old = json.loads(row[1])
        changed = _changed_fields(old, adm.to_json())
        if "billing.interim_bill" in changed and "billing.interim_bill_at" not in changed:
            # a new running bill is dated now unless the clerk gave its date
            adm.billing.interim_bill_at = when if adm.billing.interim_bill is not None else None
            changed = _changed_fields(old, adm.to_json())
        frozen = [f for f in changed if row[0] != DRAFT
                  and any(f == k or f.startswith(k + ".") for k in FROZEN_AFTER_SUBMIT)]
        if frozen:
            raise ValidationFailed([FieldError(f, "cannot change after the case went to the "
                                                  "payer; cancel it and admit a new case")
                                    for f in frozen], "The update")
        conn.execute("UPDATE cases SET admission = ?, payer = ?, emergency = ?,"
                     " requested_amount = CASE WHEN status = 'draft' THEN ?"
                     " ELSE requested_amount END, updated_at = ? WHERE id = ?",
                     (adm.dumps(), adm.coverage.payer,
                      int(adm.admission.type is AdmissionType.EMERGENCY), adm.estimate.total,
                      stamp, case_id))
        audit.record(conn, actor=actor, action="case.updated", case_id=case_id, at=when,
                     details={"fields": changed})
    return changed


def _changed_fields(old: Any, new: Any, prefix: str = "") -> list[str]:
    if isinstance(old, dict) and new is None:  # a section that appeared or went: its fields
        new = {}
    if old is None and isinstance(new, dict):
        old = {}
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in sorted(set(old) | set(new)):
            path = f"{prefix}.{key}" if prefix else key
            out.extend(_changed_fields(old.get(key), new.get(key), path))
        return out
    return [] if old == new else [prefix]


def _row_summary(r: Any) -> CaseSummary:
    adm = json.loads(r[6])
    return CaseSummary(id=str(r[0]), status=str(r[1]), status_at=str(r[2]), payer=str(r[3]),
                       emergency=bool(r[4]), requested_amount=int(r[5]),
                       patient_name=str(adm.get("patient", {}).get("name", "")),
                       approved_amount=None if r[7] is None else int(r[7]),
                       created_at=str(r[8]), updated_at=str(r[9]))


_SUMMARY_SQL = ("SELECT id, status, status_at, payer, emergency, requested_amount, admission,"
                " approved_amount, created_at, updated_at FROM cases")


def check_status(text: str) -> str:
    """A case status as typed (any case, spaces around) in its stored form, or BadInput naming
    every valid status."""
    status = text.strip().lower()
    if status not in ALL_STATUSES:
        raise BadInput(
            f"status: '{text.strip()[:40]}' is not a case status. Use draft, payment_received, "
            f"closed or cancelled, or STAGE_STATE with STAGE one of {', '.join(STAGES)} and "
            f"STATE one of {', '.join(LEG_STATES)} (for example preauth_queried).")
    return status


def list_cases(store: Store, *, status: str | None = None) -> list[CaseSummary]:
    """All cases, newest first (optionally only those with one status; an unknown status is
    BadInput naming the valid ones)."""
    if status is not None:
        status = check_status(status)
    sql = _SUMMARY_SQL + (" WHERE status = ?" if status else "") + " ORDER BY seq DESC"
    rows = store.conn().execute(sql, (status,) if status else ()).fetchall()
    return [_row_summary(r) for r in rows]


def load_case(store: Store, case_id: str, *, with_documents: bool = True) -> Case:
    """One case with its timeline and documents. BadInput when there is no such case."""
    case_id = normalise_case_id(case_id)
    conn = store.conn()
    row = conn.execute("SELECT id, status, status_at, payer, emergency, admission,"
                       " requested_amount, approved_amount, created_at, created_by, updated_at"
                       " FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise BadInput(f"case: there is no case '{case_id}'; list cases with 'tpadesk cases'")
    case = Case(id=str(row[0]), status=str(row[1]), status_at=str(row[2]), payer=str(row[3]),
                emergency=bool(row[4]), admission=Admission.loads(row[5]),
                requested_amount=int(row[6]),
                approved_amount=None if row[7] is None else int(row[7]),
                created_at=str(row[8]), created_by=str(row[9]), updated_at=str(row[10]))
    case.legs = legs_of(conn, case_id)
    if with_documents:
        from app.documents import documents_of

        case.documents = documents_of(store, case_id)
    return case


def case_exists(store: Store, case_id: str) -> bool:
    return store.conn().execute("SELECT 1 FROM cases WHERE id = ?",
                                (case_id,)).fetchone() is not None


def require_case(conn: Connection, case_id: str) -> str:
    """The normalised id of an existing case, or BadInput naming it."""
    cid = normalise_case_id(case_id)
    if conn.execute("SELECT 1 FROM cases WHERE id = ?", (cid,)).fetchone() is None:
        raise BadInput(f"case: there is no case '{cid}'; list cases with 'tpadesk cases'")
    return cid
