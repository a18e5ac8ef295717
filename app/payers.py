"""Payer profiles: how to reach and please one TPA or insurer.

A profile says where the exchange and relay are, how to authenticate, which JWE algorithms,
timestamp format and workflow-id mode the payer expects, its SLA clocks, its document checklist per
stage and its size limits. Profiles live in the encrypted store; defaults ship in
``resources/payers/*.json`` (the "Training TPA" points at the built-in sandbox). Secrets (passwords,
client secrets) never live in a profile: they go to the keyring (or the encrypted store).
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from app import audit
from app.hcx.codes import supporting_info_categories
from offline.errors import BadInput, FieldError, ValidationFailed
from offline.keys import KeyringAccess
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
    helpline: str = ""  # the payer's toll-free / helpline number, printed on the Part C
    payer_participant_code: str = ""
    provider_participant_code: str = ""
    exchange_url: str = ""
    relay_url: str = ""
    auth_style: str = "password"  # password | client_credentials
    auth_header: str = "Authorization"  # Authorization | bearer_auth (NHCX)
    username: str = ""  # or client id; the secret is in the keyring
    client_id: str = ""  # for a password grant whose token server also wants a client id
    token_url: str = ""  # empty: exchange_url + api_prefix + "/auth/token"
    token_format: str = "form"  # noqa: S105 (form: OAuth2 form-encoded | json: NHCX gateway)
    api_prefix: str = "/v1"  # put before every endpoint path ("/v1/preauth/submit")
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

    @property
    def effective_token_url(self) -> str:
        """Where bearer tokens come from: ``token_url``, else the exchange's ``/auth/token``."""
        if self.token_url:
            return self.token_url
        if not self.exchange_url:
            return ""
        return self.exchange_url.rstrip("/") + self.api_prefix.rstrip("/") + "/auth/token"

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


def changed_fields(before: PayerProfile | None, after: PayerProfile) -> list[str]:
    """The profile fields that differ (``sla_minutes.preauth``, ``checklist.claim.required``,
    ...); every set field for a new profile."""
    old = {} if before is None else _flat(before.to_json())
    new = _flat(after.to_json())
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def save_profile(store: Store, profile: PayerProfile, *, actor: str | None = None) -> list[str]:
    """Validate and store ``profile`` (every wrong field is named; nothing is written then).
    The audit trail records who (``actor``, default :func:`app.audit.default_actor`) changed
    which fields of which payer (names only, never values); an unchanged profile writes
    nothing. Returns the changed field names."""
    problems = validate_profile(profile)
    if problems:
        raise ValidationFailed(problems, f"Payer profile '{profile.code}'")
    with store.transaction() as conn:
        row = conn.execute("SELECT profile FROM payer_profile WHERE code = ?",
                           (profile.code,)).fetchone()
        saved = PayerProfile.from_json(json.loads(row[0])) if row is not None else None
        before = saved if saved is not None else default_profiles().get(profile.code)
        changed = changed_fields(before, profile)
        if row is not None and not changed:
            return []
        conn.execute(
            "INSERT INTO payer_profile(code, profile, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(code) DO UPDATE SET profile = excluded.profile,"
            " updated_at = excluded.updated_at",
            (profile.code, json.dumps(profile.to_json()), now_utc()),
        )
        audit.record(conn, actor=actor or audit.default_actor(), action="payer.saved",
                     details={"payer": profile.code, "created": before is None,
                              "fields": changed})
    return changed


# --------------------------------------------------------------------------- validation

AUTH_STYLES = ("password", "client_credentials")
AUTH_HEADERS = ("Authorization", "bearer_auth")
TOKEN_FORMATS = ("form", "json")
TIMESTAMP_FORMATS = ("iso8601", "unix_ms")
WORKFLOW_MODES = ("nhcx", "episode")
QUERY_CHANNELS = ("communication", "claim")
JWE_ALGS = ("RSA-OAEP-256", "RSA-OAEP")
JWE_ENCS = ("A256GCM", "A192GCM", "A128GCM")
_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_PARTICIPANT = re.compile(r"^\S{1,128}$")
_PREFIX = re.compile(r"^(/[A-Za-z0-9._~-]+)*$")


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this computer (``localhost``, 127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, training: bool) -> str | None:
    """Why ``url`` is not acceptable for a payer endpoint, or None when it is. HTTPS always, except
    plain HTTP on this computer (loopback) or for a training payer. No user:password in the URL
    (secrets live in the keyring), no query or fragment."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port
    except ValueError:
        return f"'{url}' is not a valid URL."
    if parts.scheme not in ("https", "http") or not host:
        return f"'{url}' is not an http(s) URL with a host name, e.g. https://hcx.example.in."
    if parts.username or parts.password:
        return ("must not contain a user name or password; set the secret with "
                "'tpadesk payer set CODE --secret-file FILE' (it goes to the keyring).")
    if parts.query or parts.fragment:
        return f"'{url}' must not have a query (?...) or fragment (#...)."
    if parts.scheme == "http" and not (training or is_loopback_host(host)):
        return (f"'{url}' uses plain http; a live payer must use https (http is allowed only "
                "on this computer, 127.0.0.1 / localhost, or for a training payer).")
    return None


def validate_profile(profile: PayerProfile) -> list[FieldError]:
    """Every problem with ``profile``, each naming its field. An empty list means valid."""
    errors: list[FieldError] = []

    def bad(field_name: str, message: str) -> None:
        errors.append(FieldError(field_name, message))

    def choice(field_name: str, value: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            bad(field_name, f"'{value}' is not one of {', '.join(allowed)}.")

    if not _CODE.match(profile.code):
        bad("code", "use 1-64 lower-case letters, digits, '.', '_' or '-' (e.g. 'star-health').")
    if not profile.name.strip():
        bad("name", "give the payer a name (e.g. 'Star Health').")
    for name in ("payer_participant_code", "provider_participant_code"):
        value = getattr(profile, name)
        if value and not _PARTICIPANT.match(value):
            bad(name, "a participant code has no spaces (e.g. '1000003538@hcx').")
    for name in ("exchange_url", "relay_url", "token_url"):
        value = getattr(profile, name)
        if value:
            problem = check_url(value, training=profile.training)
            if problem:
                bad(name, problem)
    if not _PREFIX.match(profile.api_prefix):
        bad("api_prefix", "a path like '/v1' or '/api/v0.8' (or empty).")
    choice("auth_style", profile.auth_style, AUTH_STYLES)
    choice("auth_header", profile.auth_header, AUTH_HEADERS)
    choice("token_format", profile.token_format, TOKEN_FORMATS)
    choice("jwe_alg", profile.jwe_alg, JWE_ALGS)
    choice("jwe_enc", profile.jwe_enc, JWE_ENCS)
    choice("timestamp_format", profile.timestamp_format, TIMESTAMP_FORMATS)
    choice("workflow_mode", profile.workflow_mode, WORKFLOW_MODES)
    choice("query_channel", profile.query_channel, QUERY_CHANNELS)
    for leg, minutes in profile.sla_minutes.items():
        if leg not in STAGES:
            bad(f"sla_minutes.{leg}", f"unknown stage; use one of {', '.join(STAGES)}.")
        elif not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
            bad(f"sla_minutes.{leg}", "must be a whole number of minutes above 0.")
    categories = supporting_info_categories()
    for stage, checklist in profile.checklist.items():
        if stage not in STAGES:
            bad(f"checklist.{stage}", f"unknown stage; use one of {', '.join(STAGES)}.")
            continue
        for kind in ("required", "recommended"):
            unknown = [c for c in getattr(checklist, kind) if c not in categories]
            if unknown:
                what = ("is not an HCX document category" if len(unknown) == 1
                        else "are not HCX document categories")
                bad(f"checklist.{stage}.{kind}",
                    f"{', '.join(repr(c) for c in unknown)} {what}; use codes from: "
                    f"{', '.join(categories.codes)}.")
    if profile.max_document_bytes <= 0:
        bad("max_document_bytes", "must be above 0.")
    if profile.max_bundle_bytes <= 0:
        bad("max_bundle_bytes", "must be above 0.")
    elif profile.max_document_bytes > profile.max_bundle_bytes:
        bad("max_document_bytes", "cannot be larger than max_bundle_bytes.")
    return errors


def missing_for_sending(profile: PayerProfile) -> list[FieldError]:
    """What must still be set before messages can go to this payer (a live one)."""
    errors = []
    for name in ("exchange_url", "relay_url", "payer_participant_code",
                 "provider_participant_code", "username"):
        if not getattr(profile, name):
            errors.append(FieldError(name, "not set yet; set it with 'tpadesk payer set "
                                           f"{profile.code} --{name.replace('_', '-')} ...'."))
    return errors


# --------------------------------------------------------------------------- secrets


class PayerSecrets:
    """A payer's password or client secret: in the OS keyring when one works, otherwise in the
    encrypted store (table ``payer_secret``). Never in a profile, a log or an error message."""

    def __init__(self, store: Store, keyring: KeyringAccess | None = None) -> None:
        self.store = store
        self.keyring = keyring if keyring is not None else KeyringAccess()

    def _name(self, code: str) -> str:
        return f"payer/{self.store.info('store_id') or 'store'}/{code}"

    def get(self, code: str) -> str | None:
        """The secret for payer ``code``, or None when none was set."""
        if self.keyring.usable():
            value = self.keyring.get_secret(self._name(code))
            if value is not None:
                return value
        row = self.store.conn().execute("SELECT value FROM payer_secret WHERE name = ?",
                                        (self._name(code),)).fetchone()
        return None if row is None else str(row[0])

    def where(self, code: str) -> str | None:
        """'keyring', 'store' or None: where the secret of ``code`` is kept (for display)."""
        if self.keyring.usable() and self.keyring.get_secret(self._name(code)) is not None:
            return "keyring"
        row = self.store.conn().execute("SELECT 1 FROM payer_secret WHERE name = ?",
                                        (self._name(code),)).fetchone()
        return None if row is None else "store"

    def set(self, code: str, secret: str, *, actor: str | None = None) -> str:
        """Keep ``secret`` for payer ``code``; returns where it went ('keyring' or 'store').
        A changed secret is recorded in the audit trail (who, which payer, where it is kept;
        never the value)."""
        if not secret:
            raise BadInput("secret: it is empty; nothing was saved.")
        unchanged = self.get(code) == secret
        if self.keyring.usable():
            self.keyring.set_secret(self._name(code), secret)
            with self.store.transaction() as conn:
                conn.execute("DELETE FROM payer_secret WHERE name = ?", (self._name(code),))
                if not unchanged:
                    self._audit(conn, actor, "payer.secret_saved", code, "keyring")
            return "keyring"
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO payer_secret(name, value, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value,"
                " updated_at = excluded.updated_at",
                (self._name(code), secret, now_utc()))
            if not unchanged:
                self._audit(conn, actor, "payer.secret_saved", code, "store")
        return "store"

    @staticmethod
    def _audit(conn: Any, actor: str | None, action: str, code: str, where: str | None) -> None:
        audit.record(conn, actor=actor or audit.default_actor(), action=action,
                     details={"payer": code, "kept_in": where})

    def getter(self, code: str) -> Callable[[], str | None]:
        """A callable reading the secret of ``code`` when it is needed (for the token provider)."""
        return lambda: self.get(code)

    def delete(self, code: str, *, actor: str | None = None) -> None:
        """Forget the secret of ``code`` (recorded in the audit trail when there was one)."""
        had = self.where(code)
        self.keyring.delete_secret(self._name(code))
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM payer_secret WHERE name = ?", (self._name(code),))
            if had is not None:
                self._audit(conn, actor, "payer.secret_removed", code, None)
