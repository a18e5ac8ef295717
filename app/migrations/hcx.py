"""Schema of the HCX plumbing (component "hcx"): the desk's key pair, cached payer certificates
from the participant registry, and payer secrets when no keyring is usable."""

from __future__ import annotations

from offline.migrations import Migration

MIGRATIONS: tuple[Migration, ...] = (
    Migration("hcx", 1, "desk identity, participant certificates, payer secrets", """
        CREATE TABLE hcx_identity (
            key_id           TEXT PRIMARY KEY,
            private_key_pem  TEXT NOT NULL,
            certificate_pem  TEXT NOT NULL,
            created_at       TEXT NOT NULL,
            retired_at       TEXT
        );
        CREATE TABLE hcx_participant (
            participant_code  TEXT PRIMARY KEY,
            certificate_pem   TEXT NOT NULL,
            details           TEXT NOT NULL,
            fetched_at        TEXT NOT NULL
        );
        CREATE TABLE payer_secret (
            name        TEXT PRIMARY KEY,
            value       TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
    """),
)
