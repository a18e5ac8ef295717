"""Training mode: the desk talks to the built-in sandbox (exchange + payer + relay on loopback).

When no live payer is configured the desk runs in training mode. It uses the sandbox at
``TPADESK_SANDBOX_URL`` (or ``--sandbox-url``) when given, otherwise it starts its own in-process
on a free loopback port, with its state in ``<data folder>/training-sandbox/``. Either way the desk
registers itself with the sandbox's participant registry (its HCX certificate and a secret kept in
the keyring or the encrypted store) and points the "Training TPA" profile at the sandbox.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.hcx.identity import ensure_identity
from app.payers import (
    TRAINING_PAYER,
    PayerProfile,
    PayerSecrets,
    get_profile,
    list_profiles,
    save_profile,
)
from offline.errors import BadInput, DeskError
from offline.keys import KeyringAccess
from offline.store import Store, now_utc

ENV_SANDBOX_URL = "TPADESK_SANDBOX_URL"
#: Who changes the training payer when the desk points it at its sandbox (audit trail).
TRAINING_ACTOR = "system:training"
SANDBOX_FOLDER = "training-sandbox"


class SandboxUnavailable(DeskError):
    """The training sandbox could not be reached or started."""

    exit_code = 2


class SandboxOffline(SandboxUnavailable):
    """The sandbox did not answer, or answered that it is busy (5xx, 429): a passing condition.
    The desk keeps its work queued and tries again; nothing is wrong with its registration."""


def _busy(status: int) -> bool:
    return status in (408, 425, 429) or 500 <= status < 600


def desk_participant_code(store: Store) -> str:
    return f"desk-{(store.info('store_id') or 'x')[:12]}@training"


def live_payers(store: Store) -> list[PayerProfile]:
    """Payer profiles that point at a real exchange (not the training sandbox)."""
    return [p for p in list_profiles(store) if not p.training and p.exchange_url]


def is_training(store: Store) -> bool:
    """Training mode: no live payer is configured yet."""
    return not live_payers(store)


def check_sandbox_url(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise BadInput(f"sandbox-url: '{url}' is not an http(s) URL such as "
                       "http://127.0.0.1:8765")
    if parts.scheme == "http" and not (host in ("localhost", "::1") or host.startswith("127.")):
        raise BadInput("sandbox-url: plain http is allowed only on this computer (127.0.0.1); "
                       "use https for a shared training server.")
    return url.rstrip("/")


def connect_training(store: Store, base_url: str, *, keyring: KeyringAccess | None = None,
                     http: httpx.Client | None = None) -> PayerProfile:
    """Register this desk with the sandbox at ``base_url`` (idempotent) and point the training
    payer profile at it. Returns the updated profile."""
    base_url = check_sandbox_url(base_url)
    identity = ensure_identity(store)
    code = desk_participant_code(store)
    vault = PayerSecrets(store, keyring)
    secret = vault.get(TRAINING_PAYER) or secrets.token_urlsafe(24)
    body = {"participant_code": code, "participant_name": "TPA Desk (training)",
            "encryption_cert": identity.certificate_pem.decode("ascii"), "secret": secret}
    client = http or httpx.Client(timeout=10.0, follow_redirects=False)
    try:
        answer = client.post(f"{base_url}/v1/participant/register", json=body)
    except httpx.HTTPError as exc:
        raise SandboxOffline(f"The training sandbox at {base_url} did not answer "
                             f"({exc.__class__.__name__}). Start it with 'tpadesk sandbox', "
                             "or leave TPADESK_SANDBOX_URL unset to use the built-in one."
                             ) from exc
    finally:
        if http is None:
            client.close()
    if _busy(answer.status_code):
        raise SandboxOffline(f"The training sandbox at {base_url} is busy or failing "
                             f"(HTTP {answer.status_code}); the desk will try again.")
    if answer.status_code not in (200, 201):
        raise SandboxUnavailable(f"The training sandbox refused to register this desk "
                                 f"(HTTP {answer.status_code}): {answer.text[:300]}")
    reply = answer.json()
    vault.set(TRAINING_PAYER, str(reply.get("secret") or secret), actor=TRAINING_ACTOR)
    profile = replace(
        get_profile(store, TRAINING_PAYER),
        exchange_url=base_url,
        relay_url=f"{base_url}{reply.get('relay_url', '/relay/v1/inbox')}",
        token_url=f"{base_url}{reply.get('token_url', '/v1/auth/token')}",
        username=str(reply.get("username", code)),
        client_id=str(reply.get("client_id", code)),
        provider_participant_code=code,
        payer_participant_code=str(reply.get("payer_code", "training-tpa@sandbox")),
    )
    save_profile(store, profile, actor=TRAINING_ACTOR)
    return profile


def aim_training_profile(store: Store, base_url: str, *,
                         keyring: KeyringAccess | None = None) -> PayerProfile:
    """Point the training payer at the sandbox at ``base_url`` without registering (it did not
    answer): messages then go to the right place and wait there as "offline" instead of being
    sent to an old address or failing for want of credentials. The identity is the one
    :func:`connect_training` registers (this desk's participant code and its kept secret), so
    the next successful registration completes it."""
    base_url = check_sandbox_url(base_url)
    profile = get_profile(store, TRAINING_PAYER)
    code = desk_participant_code(store)
    vault = PayerSecrets(store, keyring)
    if vault.get(TRAINING_PAYER) is None:
        vault.set(TRAINING_PAYER, secrets.token_urlsafe(24), actor=TRAINING_ACTOR)
    aimed = replace(profile, exchange_url=base_url, relay_url=f"{base_url}/relay/v1/inbox",
                    token_url=f"{base_url}/v1/auth/token",
                    username=profile.username or code, client_id=profile.client_id or code,
                    provider_participant_code=profile.provider_participant_code or code)
    if aimed != profile:
        save_profile(store, aimed, actor=TRAINING_ACTOR)
    return aimed


SANDBOX_KEY_NAME = "training-sandbox/state-key"


def training_sandbox_key(store: Store) -> bytes:
    """The key of the built-in sandbox's encrypted state, kept in the desk's encrypted store
    (made on first use). The sandbox's folder holds no key: without the desk's store its state
    cannot be read."""
    conn = store.conn()
    row = conn.execute("SELECT value FROM payer_secret WHERE name = ?",
                       (SANDBOX_KEY_NAME,)).fetchone()
    if row is None:
        with store.transaction() as tx:
            tx.execute("INSERT OR IGNORE INTO payer_secret(name, value, updated_at)"
                       " VALUES (?, ?, ?)", (SANDBOX_KEY_NAME, os.urandom(32).hex(), now_utc()))
        row = store.conn().execute("SELECT value FROM payer_secret WHERE name = ?",
                                   (SANDBOX_KEY_NAME,)).fetchone()
    return bytes.fromhex(str(row[0]))


PORT_FILE = "last-port"  # the built-in sandbox's port, reused when free (not a secret)


def _last_port(folder: Path) -> int:
    try:
        port = int((folder / PORT_FILE).read_text().strip())
    except (OSError, ValueError):
        return 0
    return port if 1024 <= port <= 65535 else 0


class TrainingSandbox:
    """The sandbox the desk uses in training mode: an external one, or its own in-process
    (state in ``<data folder>/training-sandbox``, encrypted with the key ``state_key()`` gives:
    :func:`training_sandbox_key`)."""

    def __init__(self, data_dir: Path, url: str | None = None,
                 decision_delay: float | None = None, *,
                 state_key: Callable[[], bytes] | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.external_url = url or os.environ.get(ENV_SANDBOX_URL) or None
        self.decision_delay = decision_delay
        self.state_key = state_key
        self._server: object | None = None
        self.url: str | None = None

    def start(self) -> str:
        if self.external_url:
            self.url = check_sandbox_url(self.external_url)
            return self.url
        from app.sandbox.constants import DEFAULT_DECISION_DELAY
        from app.sandbox.server import SandboxServer
        from app.sandbox.state import StateKeyRejected

        delay = DEFAULT_DECISION_DELAY if self.decision_delay is None else self.decision_delay
        folder = self.data_dir / SANDBOX_FOLDER
        key = self.state_key() if self.state_key is not None else None

        def started(port: int) -> tuple[Any, str]:
            server = SandboxServer(folder, delay, state_key=key, port=port)
            try:
                return server, server.start()
            except BaseException:
                server.stop()
                raise

        last = _last_port(folder)
        try:
            try:
                try:
                    server, self.url = started(last)
                except OSError:
                    if not last:
                        raise
                    server, self.url = started(0)  # the last port is taken: any free one
            except StateKeyRejected:
                # Not this desk's sandbox state (e.g. a data folder restored elsewhere): keep
                # it aside, unreadable as it is, and start a fresh training sandbox.
                folder.rename(folder.with_name(f"{SANDBOX_FOLDER}.unreadable-{int(time.time())}"))
                server, self.url = started(0)
        except (OSError, RuntimeError) as exc:
            raise SandboxUnavailable(f"The built-in training sandbox could not start: {exc}"
                                     ) from exc
        self._server = server
        # the same address next time, so the training payer's profile does not change at
        # every start (each change is an audit entry)
        with contextlib.suppress(OSError, ValueError):
            (folder / PORT_FILE).write_text(str(urlsplit(self.url).port or ""))
        return self.url

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            with contextlib.suppress(Exception):
                server.stop()  # type: ignore[attr-defined]
