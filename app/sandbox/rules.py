"""The training payer's decision rules: clear, documented and configurable.

Default rules (amounts in rupees; ``rules.json`` in the state folder overrides any of them):

- A diagnosis (ICD-10) starting with a code on ``excluded_diagnoses`` is **rejected** (by default
  Z41 cosmetic and other non-therapeutic procedures, Z31 procreative management / infertility,
  F10 alcohol-related disorders).
- Pre-authorisation and enhancement, judged on the estimate total (for an enhancement, the new
  total of the case):
  up to ``full_approval_limit`` (1,00,000) **approved in full**; up to ``partial_approval_limit``
  (3,00,000) **approved in part** (``partial_approval_percent`` = 80 % of the total, rounded down
  to a rupee); above that **queried** for ``query_documents`` (DIA diagnostic reports and CD
  clinical documents) first, and approved in full once the desk replies.
- Discharge and claim: approved up to what the case already has approved (pre-auth plus
  enhancements); more than that is approved in part. A discharge or claim with no approved
  pre-auth is judged like a pre-auth.
- A claim approved (fully or in part) is followed by a payment notice with a UTR for the approved
  amount less ``claim_deduction_percent`` (0 % by default).
- No approval goes beyond what is left of ``sum_insured`` on the policy number (the cases on
  one policy share it; a case's later approval replaces its own earlier one): more is approved
  in part up to the rest, and refused once nothing is left.
- Eligibility: the policy is in force unless its number starts with one of
  ``lapsed_policy_prefixes`` (``LAPSED``); the balance is ``sum_insured`` (5,00,000) less what
  the payer approved on that policy.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

from offline.errors import BadInput

RULES_FILE = "rules.json"


@dataclass
class PayerRules:
    """The knobs of the training payer (see the module docstring for what each does)."""

    full_approval_limit: int = 100_000
    partial_approval_limit: int = 300_000
    partial_approval_percent: int = 80
    excluded_diagnoses: list[str] = field(default_factory=lambda: ["Z41", "Z31", "F10"])
    query_documents: list[str] = field(default_factory=lambda: ["DIA", "CD"])
    query_text: str = ("The estimate is above the cashless limit: please send the diagnostic "
                       "reports and the clinical notes supporting the planned treatment.")
    claim_deduction_percent: int = 0
    sum_insured: int = 500_000
    lapsed_policy_prefixes: list[str] = field(default_factory=lambda: ["LAPSED"])
    token_ttl_seconds: int = 3600
    timestamp_window_seconds: int = 24 * 3600
    future_skew_seconds: int = 300

    def to_json(self) -> dict[str, Any]:
        """The rules as JSON (shown at /sandbox/health)."""
        return asdict(self)

    @classmethod
    def load(cls, folder: Path) -> PayerRules:
        """Defaults, overridden by ``rules.json`` in the state folder when present."""
        path = folder / RULES_FILE
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise BadInput(f"{path}: not readable JSON ({exc}).") from exc
        if not isinstance(data, dict):
            raise BadInput(f"{path}: must be a JSON object of rule names and values.")
        defaults = cls().to_json()
        unknown = sorted(set(data) - set(defaults))
        if unknown:
            raise BadInput(f"{path}: unknown rule(s) {', '.join(unknown)}; "
                           f"known: {', '.join(sorted(defaults))}")
        for name, value in data.items():
            want = defaults[name]
            if isinstance(want, list):
                ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            elif isinstance(want, int):
                ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
            else:
                ok = isinstance(value, type(want))
            if not ok:
                raise BadInput(f"{path}: rule {name} must be like {want!r}, not {value!r}.")
        return cls(**data)

    def excluded(self, diagnoses: list[str]) -> str | None:
        """The first diagnosis on the exclusion list, if any."""
        for code in diagnoses:
            norm = code.replace(".", "").upper().strip()
            for prefix in self.excluded_diagnoses:
                if norm.startswith(prefix.replace(".", "").upper()):
                    return code
        return None


@dataclass(frozen=True)
class Verdict:
    """What the payer decided about one request."""

    kind: str  # approved | partial | rejected | queried
    approved: Decimal
    reason: str

    @property
    def outcome(self) -> str:
        """ClaimResponse.outcome for this verdict."""
        return {"approved": "complete", "partial": "partial", "rejected": "complete",
                "queried": "queued"}[self.kind]


def _rupees(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("1"), rounding=ROUND_DOWN)


def judge_estimate(rules: PayerRules, total: Decimal, diagnoses: list[str], *,
                   query_answered: bool) -> Verdict:
    """Pre-auth / enhancement rule on an estimate total (see the module docstring)."""
    excluded = rules.excluded(diagnoses)
    if excluded is not None:
        return Verdict("rejected", Decimal(0),
                       f"Rejected: diagnosis {excluded} is excluded under the policy "
                       "(permanent exclusion).")
    if total <= rules.full_approval_limit:
        return Verdict("approved", total, "Approved in full.")
    if total <= rules.partial_approval_limit:
        part = _rupees(total * rules.partial_approval_percent / 100)
        return Verdict("partial", part,
                       f"Approved in part: {rules.partial_approval_percent} % of the estimate "
                       "(estimates above the full-approval limit).")
    if query_answered:
        return Verdict("approved", total, "Approved in full after the documents were received.")
    return Verdict("queried", Decimal(0), rules.query_text)


def judge_final(rules: PayerRules, total: Decimal, diagnoses: list[str],
                approved_so_far: Decimal, *, query_answered: bool) -> Verdict:
    """Discharge / claim rule: pay up to what the case already has approved."""
    if approved_so_far <= 0:
        return judge_estimate(rules, total, diagnoses, query_answered=query_answered)
    excluded = rules.excluded(diagnoses)
    if excluded is not None:
        return Verdict("rejected", Decimal(0),
                       f"Rejected: diagnosis {excluded} is excluded under the policy.")
    if total <= approved_so_far:
        return Verdict("approved", total, "Approved in full.")
    return Verdict("partial", approved_so_far,
                   "Approved in part: the bill is above the authorised amount; the difference "
                   "needs an enhancement.")
