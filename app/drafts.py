"""Unfinished admission forms ("incomplete drafts"), kept exactly as the clerk typed them.

A case is only created from an admission that validates (:mod:`app.cases`). Until then the
desk keeps the form's fields as text, one JSON object of ``field path -> text``, in the
encrypted store: a clerk can save an incomplete form at any time (and the desk autosaves it),
close the desk, and carry on later. Each draft belongs to the clerk who typed it (``owner``):
another clerk signing in on the same desk neither sees it nor saves over it.

A draft may belong to an existing draft case (``case_id``) when a clerk edits that case's
admission and the edits do not validate yet; otherwise it is a new admission. Once the form
validates, the window saves it as a case and deletes the draft in the same transaction
(:func:`delete_draft` with ``conn``).

The audit trail records that a draft was started and what became of it (by draft id and field
count only, never the values); the many autosaves in between are not audited.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app import audit
from offline.errors import BadInput
from offline.migrations import Migration

if TYPE_CHECKING:
    from sqlite3 import Connection

    from offline.store import Store

MIGRATIONS: tuple[Migration, ...] = (
    Migration("drafts", 1, "unfinished admission forms, as typed", """
        CREATE TABLE form_draft (
            id            TEXT PRIMARY KEY,
            owner         TEXT NOT NULL,
            case_id       TEXT,
            fields        TEXT NOT NULL,
            patient_name  TEXT NOT NULL DEFAULT '',
            payer         TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        );
        CREATE INDEX form_draft_owner ON form_draft(owner);
    """),
)

MAX_FIELDS = 500
MAX_TEXT = 20_000


@dataclass(frozen=True)
class FormDraft:
    id: str
    owner: str
    case_id: str | None
    fields: dict[str, str] = field(default_factory=dict)
    patient_name: str = ""
    payer: str = ""
    created_at: str = ""
    updated_at: str = ""


def _now(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")


def _clean(fields: dict[str, str]) -> dict[str, str]:
    if len(fields) > MAX_FIELDS:
        raise BadInput(f"draft: at most {MAX_FIELDS} fields")
    out: dict[str, str] = {}
    for path, value in fields.items():
        text = "" if value is None else str(value)
        if len(text) > MAX_TEXT:
            raise BadInput(f"{path}: at most {MAX_TEXT} characters")
        if text.strip():
            out[str(path)] = text
    return out


def _row(r: tuple[object, ...]) -> FormDraft:
    return FormDraft(id=str(r[0]), owner=str(r[1]), case_id=None if r[2] is None else str(r[2]),
                     fields=json.loads(str(r[3])), patient_name=str(r[4]), payer=str(r[5]),
                     created_at=str(r[6]), updated_at=str(r[7]))


_COLUMNS = "id, owner, case_id, fields, patient_name, payer, created_at, updated_at"
_SELECT = f"SELECT {_COLUMNS} FROM form_draft"  # noqa: S608 (constant names)


def save_draft(store: Store, draft_id: str | None, fields: dict[str, str], *, owner: str,
               case_id: str | None = None, now: datetime | None = None) -> FormDraft:
    """Create (``draft_id`` None) or replace a draft owned by ``owner``; returns it. Nothing is
    validated: the point is to keep what was typed. BadInput when the draft belongs to another
    clerk (nothing is written)."""
    kept = _clean(fields)
    stamp = _now(now)
    patient = kept.get("patient.name", "").strip()[:120]
    payer = kept.get("coverage.payer", "").strip()[:64]
    with store.transaction() as conn:
        existing = None if draft_id is None else conn.execute(
            "SELECT owner FROM form_draft WHERE id = ?", (draft_id,)).fetchone()
        if existing is not None and str(existing[0]) != owner:
            raise BadInput(f"draft: {draft_id} belongs to another clerk; it was not changed")
        if existing is None:
            new_id = draft_id or f"D-{secrets.token_hex(4)}"
            conn.execute("INSERT INTO form_draft(id, owner, case_id, fields, patient_name, payer,"
                         " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (new_id, owner, case_id, json.dumps(kept, ensure_ascii=False),
                          patient, payer, stamp, stamp))
            audit.record(conn, actor=owner, action="draft.started", case_id=case_id,
                         details={"draft": new_id, "fields": len(kept)})
        else:
            new_id = str(draft_id)
            conn.execute("UPDATE form_draft SET fields = ?, patient_name = ?, payer = ?,"
                         " case_id = COALESCE(?, case_id), updated_at = ? WHERE id = ?",
                         (json.dumps(kept, ensure_ascii=False), patient, payer, case_id, stamp,
                          new_id))
    return get_draft(store, new_id)


def get_draft(store: Store, draft_id: str) -> FormDraft:
    row = store.conn().execute(_SELECT + " WHERE id = ?",
                               (draft_id,)).fetchone()
    if row is None:
        raise BadInput(f"draft: there is no unfinished admission {draft_id[:20]} (it may have "
                       "become a case already)")
    return _row(row)


def list_drafts(store: Store, *, owner: str | None = None) -> list[FormDraft]:
    """Drafts, newest first (one clerk's, or everybody's)."""
    if owner is None:
        rows = store.conn().execute(
            _SELECT + " ORDER BY updated_at DESC").fetchall()
    else:
        rows = store.conn().execute(
            _SELECT + " WHERE owner = ? ORDER BY updated_at DESC",
            (owner,)).fetchall()
    return [_row(r) for r in rows]


def draft_for_case(store: Store, case_id: str, owner: str) -> FormDraft | None:
    """The clerk's unfinished edits of a draft case, if any."""
    row = store.conn().execute(
        _SELECT + " WHERE case_id = ? AND owner = ? ORDER BY updated_at DESC LIMIT 1",
        (case_id, owner)).fetchone()
    return None if row is None else _row(row)


def delete_draft(conn: Connection, draft_id: str, *, actor: str, outcome: str,
                 case_id: str | None = None) -> bool:
    """Remove a draft inside the caller's transaction (``outcome``: ``became_case`` or
    ``discarded``); False when there was none."""
    gone = conn.execute("DELETE FROM form_draft WHERE id = ?", (draft_id,)).rowcount
    if gone:
        audit.record(conn, actor=actor, action=f"draft.{outcome}", case_id=case_id,
                     details={"draft": draft_id})
    return bool(gone)
