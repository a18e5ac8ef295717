"""Repairs owned by the lifecycle (component "lifecycle").

1. Before the payer's eligibility balance was checked (app/lifecycle.py ``admission_balance``),
   an answer could write a balance below zero, or above the sum insured, into a stored
   admission; such a case could no longer be shown, updated or submitted. This puts those
   balances back within the admission's rules (the payer's own figure stays on the eligibility
   leg and in the audit trail).
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from offline.migrations import Migration


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _clamp_balances(conn: Any) -> None:
    rows = conn.execute("SELECT id, admission FROM cases").fetchall()
    for case_id, text in rows:
        try:
            data = json.loads(text)
        except ValueError:
            continue
        coverage = data.get("coverage") if isinstance(data, dict) else None
        if not isinstance(coverage, dict):
            continue
        balance, insured = _number(coverage.get("balance")), _number(coverage.get("sum_insured"))
        if balance is None:
            continue
        kept = max(balance, Decimal(0))
        if insured is not None and insured >= 0:
            kept = min(kept, insured)
        if kept == balance:
            continue
        coverage["balance"] = int(kept) if kept == kept.to_integral_value() else float(kept)
        conn.execute("UPDATE cases SET admission = ? WHERE id = ?",
                     (json.dumps(data, ensure_ascii=False), case_id))


MIGRATIONS: tuple[Migration, ...] = (
    Migration("lifecycle", 1, "eligibility balances within the admission's rules",
              _clamp_balances),
)
