"""Payer profiles: how to reach and please one TPA or insurer.

A profile says where the exchange and relay are, how to authenticate, which JWE algorithms,
timestamp format and workflow-id mode the payer expects, its SLA clocks, its document checklist per
stage and its size limits. Profiles live in the encrypted store; defaults ship in
``resources/payers/*.json`` (the "Training TPA" points at the built-in sandbox). Secrets (passwords,
client secrets) never live in a profile: they go to the keyring (or the encrypted store).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

from offline.errors import BadInput
from offline.migrations import Migration
from offline.store import Store, now_utc

TRAINING_PAYER = "training-tpa"
STAGES = ("eligibility", "preauth", "enhancement", "discharge", "claim")

MIGRATIONS: tuple[Migration, ...] = (
    Migration("payers", 1, "payer profiles", """
        CREATE TABLE payer_profile (
            code        TEXT PRIMARY KEY,
            profile     TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
    """),
)


@dataclass
class Checklist:
    required: list[str] = field(default_factory=list)
    recommended: list[str] = field(default_factory=list)


@dataclass
class PayerProfile:
    code: str
    name: str
    training: bool = False
    insurer: str = ""
    payer_participant_code: str = ""
    provider_participant_code: str = ""
    exchange_url: str = ""
    relay_url: str = ""
    auth_style: str = "password"  # password | client_credentials
    auth_header: str = "Authorization"  # Authorization | bearer_auth (NHCX)
    username: str = ""  # or client id; the secret is in the keyring
    jwe_alg: str = "RSA-OAEP-256"
    jwe_enc: str = "A256GCM"
    timestamp_format: str = "iso8601"  # iso8601 | unix_ms
    workflow_mode: str = "nhcx"  # nhcx (stage codes) | episode (a UUID per case)
    query_channel: str = "communication"  # communication | claim (resubmitted Claim)
    sla_minutes: dict[str, int] = field(default_factory=lambda: {
        "preauth": 60, "enhancement": 60, "discharge": 180})
    preauth_sla_emergency_only: bool = False
    max_document_bytes: int = 2 * 1024 * 1024
    max_bundle_bytes: int = 20 * 1024 * 1024
    checklist: dict[str, Checklist] = field(default_factory=dict)

    def checklist_for(self, stage: str) -> Checklist:
        return self.checklist.get(stage, Checklist())

    def sla_for(self, leg: str, *, emergency: bool = True) -> int | None:
        """Minutes the payer has to answer this leg, or None when no clock applies."""
        if leg == "preauth" and self.preauth_sla_emergency_only and not emergency:
            return None
        return self.sla_minutes.get(leg)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PayerProfile:
        data = dict(data)
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise BadInput(f"payer profile: unknown field(s) {', '.join(unknown)}")
        checklist = {stage: Checklist(list(c.get("required", [])), list(c.get("recommended", [])))
                     for stage, c in dict(data.pop("checklist", {})).items()}
        return cls(**data, checklist=checklist)


def default_profiles() -> dict[str, PayerProfile]:
    """The profiles shipped in resources/payers/."""
    out: dict[str, PayerProfile] = {}
    folder = resources.files("resources") / "payers"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            profile = PayerProfile.from_json(json.loads(entry.read_text("utf-8")))
            out[profile.code] = profile
    return out


def list_profiles(store: Store) -> list[PayerProfile]:
    profiles = default_profiles()
    for code, text in store.conn().execute("SELECT code, profile FROM payer_profile"):
        profiles[str(code)] = PayerProfile.from_json(json.loads(text))
    return [profiles[k] for k in sorted(profiles)]


def get_profile(store: Store, code: str) -> PayerProfile:
    row = store.conn().execute("SELECT profile FROM payer_profile WHERE code = ?",
                               (code,)).fetchone()
    if row is not None:
        return PayerProfile.from_json(json.loads(row[0]))
    defaults = default_profiles()
    if code in defaults:
        return defaults[code]
    known = ", ".join(sorted({p.code for p in list_profiles(store)}))
    raise BadInput(f"coverage.payer: no payer profile '{code}'. Known payers: {known}. "
                   "Add one with 'tpadesk payer set'.")


def save_profile(store: Store, profile: PayerProfile) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO payer_profile(code, profile, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(code) DO UPDATE SET profile = excluded.profile,"
            " updated_at = excluded.updated_at",
            (profile.code, json.dumps(profile.to_json()), now_utc()),
        )
