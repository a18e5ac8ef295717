"""Synthetic practice cases for training mode, screenshots and tests (no real person's data).

Cases are created through the case repository and moved along the timeline through the
lifecycle functions, exactly as answers from the training payer would move them.
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from app.admission import example_admission_json
from app.cases import create_case
from app.lifecycle import answer_received, leg_acknowledged, leg_queued, leg_sent, payment_received

NAMES = ["Asha Verma", "Rohan Mehta", "Sunita Rao", "Imran Qureshi", "Kavita Nair",
         "Arjun Singh", "Meena Pillai", "Farhan Ali", "Lakshmi Iyer", "Vikram Joshi",
         "Pooja Desai", "Harpreet Kaur", "Suresh Babu", "Neha Kulkarni", "Anil Gupta"]

# (status to reach, minutes since the payer received it)
SCENARIOS: list[tuple[str, int]] = [
    ("draft", 0), ("preauth_queued", 0), ("preauth_sent", 12), ("preauth_sent", 52),
    ("preauth_acknowledged", 75), ("preauth_queried", 30), ("preauth_approved", 40),
    ("preauth_partial", 44), ("discharge_sent", 95), ("claim_approved", 30),
    ("payment_received", 20), ("preauth_rejected", 50), ("discharge_sent", 200),
    ("preauth_sent", 3), ("draft", 0),
]


def admission_for(i: int, now: datetime) -> dict[str, Any]:
    data = copy.deepcopy(example_admission_json())
    name = NAMES[i % len(NAMES)]
    data["patient"]["name"] = name
    data["patient"]["gender"] = "female" if name.split()[0] in (
        "Asha", "Sunita", "Kavita", "Meena", "Lakshmi", "Pooja", "Harpreet", "Neha") else "male"
    data["patient"].pop("aadhaar", None)
    data["coverage"]["policy_holder_name"] = name
    data["coverage"]["name_on_id"] = name
    data["coverage"]["policy_number"] = f"TRN/HL/2026/{1000 + i:06d}"
    data["coverage"]["member_id"] = f"TRN-{1000 + i:06d}-01"
    data["admission"]["admitted_at"] = (now - timedelta(hours=3 + i)).isoformat()
    data["admission"]["type"] = "emergency" if i % 3 else "planned"
    data["clinical"]["first_consultation"] = (now - timedelta(days=2)).date().isoformat()
    scale = 1 + (i % 5) * 0.35
    for head in ("room_nursing_diet", "investigations", "ot", "professional_fees",
                 "medicines_consumables"):
        data["estimate"][head] = int(data["estimate"][head] * scale)
    return data


def _walk(conn: Any, case_id: str, target: str, age: int, now: datetime, actor: str,
          requested: int) -> None:
    if target == "draft":
        return
    t0 = now - timedelta(minutes=age + 5)
    sent_at = now - timedelta(minutes=age)
    leg = leg_queued(conn, case_id, "preauth", actor=actor, at=t0)
    if target == "preauth_queued":
        return
    stage_target = target.split("_")[0]
    leg = leg_sent(conn, leg.id, api_call_id=uuid.uuid4().hex, at=sent_at)
    if target == "preauth_sent":
        return
    if target == "preauth_acknowledged":
        leg_acknowledged(conn, leg.id, at=sent_at + timedelta(minutes=4))
        return
    answered = sent_at + timedelta(minutes=min(age, 38))
    if target == "preauth_queried":
        answer_received(conn, leg.id, decision="queried", at=answered,
                        payer_words="Please share the USG report and the first consultation "
                                    "papers. Room rent eligibility to be confirmed.",
                        query_text="USG report and first consultation papers needed",
                        documents_requested=["DIA"])
        return
    if target == "preauth_rejected":
        answer_received(conn, leg.id, decision="rejected", at=answered,
                        payer_words="Pre-existing condition within waiting period (clause 4.1).")
        return
    approved = requested if target != "preauth_partial" else int(requested * 0.8)
    answer_received(conn, leg.id, decision="partial" if target == "preauth_partial" else
                    "approved", approved_amount=approved, at=answered,
                    payer_words=f"Approved for initial stay. Authorisation no. TRN-AUTH-"
                                f"{case_id[-4:]}.")
    if stage_target == "preauth":
        return
    d_sent = now - timedelta(minutes=age)
    leg = leg_queued(conn, case_id, "discharge", amount=approved, actor=actor,
                     at=d_sent - timedelta(minutes=3))
    leg = leg_sent(conn, leg.id, api_call_id=uuid.uuid4().hex, at=d_sent)
    if target == "discharge_sent":
        return
    answer_received(conn, leg.id, decision="approved", approved_amount=approved,
                    at=d_sent + timedelta(minutes=50), payer_words="Final discharge approved.")
    leg = leg_queued(conn, case_id, "claim", amount=approved, actor=actor,
                     at=d_sent + timedelta(minutes=70))
    leg = leg_sent(conn, leg.id, api_call_id=uuid.uuid4().hex,
                   at=d_sent + timedelta(minutes=71))
    answer_received(conn, leg.id, decision="approved", approved_amount=approved,
                    at=d_sent + timedelta(minutes=90), payer_words="Claim approved in full.")
    if target == "claim_approved":
        return
    payment_received(conn, case_id, utr=f"UTR2026{case_id[-4:]}77", amount=approved,
                     at=d_sent + timedelta(minutes=100),
                     payer_words="Payment processed by NEFT.")


def seed_cases(store: Any, *, count: int = len(SCENARIOS), actor: str = "trainer",
               now: datetime | None = None) -> list[str]:
    """Create ``count`` synthetic practice cases in a spread of states; returns their ids."""
    when = now or datetime.now(UTC)
    ids: list[str] = []
    for i in range(count):
        target, age = SCENARIOS[i % len(SCENARIOS)]
        data = admission_for(i, when)
        case_id = create_case(store, data, actor=actor, now=when)
        with store.transaction() as conn:
            requested = int(conn.execute("SELECT requested_amount FROM cases WHERE id = ?",
                                         (case_id,)).fetchone()[0])
            _walk(conn, case_id, target, age, when, actor, requested)
        ids.append(case_id)
    return ids


def ensure_outbox_tables(store: Any) -> None:
    """Add the sync tables to a store made before the desk service wires them in."""
    from app.schema import all_migrations
    from offline.outbox import OUTBOX_MIGRATIONS

    known = tuple(all_migrations())
    have = {(m.component, m.version) for m in known}
    extra = tuple(m for m in OUTBOX_MIGRATIONS if (m.component, m.version) not in have)
    store.migrate(known + extra)


def seed_outbox(store: Any, case_ids: list[str]) -> None:
    """Outbox messages for the seeded cases in a spread of states (synthetic errors)."""
    from offline.outbox import Outbox, enqueue

    ensure_outbox_tables(store)
    outbox = Outbox(store)
    made = []
    with store.transaction() as conn:
        for cid in case_ids:
            status = str(conn.execute("SELECT status FROM cases WHERE id = ?",
                                      (cid,)).fetchone()[0])
            if status == "draft":
                continue
            payer = str(conn.execute("SELECT payer FROM cases WHERE id = ?",
                                     (cid,)).fetchone()[0])
            made.append((enqueue(conn, case_ref=cid, leg="preauth", payer=payer), status))
    for msg, status in made:
        if status == "preauth_queued":
            outbox.record_retry(msg.id, delay=240, http_status=None,
                                error="The exchange could not be reached (connection refused).")
        elif status in ("preauth_rejected",):
            outbox.record_rejected(msg.id, error="ERR_INVALID_PAYLOAD: Claim.item[2].net "
                                                 "must be greater than zero", http_status=400,
                                   code="ERR_INVALID_PAYLOAD")
        else:
            outbox.record_delivered(msg.id, http_status=202)
