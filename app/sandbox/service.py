"""The sandbox as a Starlette ASGI application: exchange, registry, tokens, payer and relay.

Routes (see README and /sandbox/openapi.json):

- ``POST /v1/<action>`` for each desk action (``preauth/submit``, ``claim/submit``,
  ``coverageeligibility/check``, ``communication/on_request``, ``paymentnotice/on_request``,
  ``task/submit``, ``predetermination/submit``, ``status``): body ``{"payload": "<JWE>"}``.
- ``POST /v1/auth/token``: password grant (``username`` / ``password``) or client credentials
  (``client_id`` / ``client_secret``, or HTTP Basic); form-encoded or JSON.
- ``POST /v1/participant/search``: ``{"filters": {"participant_code": {"eq": CODE}}}`` (or
  ``{"in": [...]}``, or no filter for all) -> ``{"participants": [...]}`` with the PEM
  ``encryption_cert``.
- ``POST /v1/participant/register``: a training desk registers its code and certificate.
- ``GET /relay/v1/inbox?after=CURSOR`` and ``POST /relay/v1/inbox/ack``.
- ``GET /sandbox/health``, ``GET /sandbox/ledger``, ``GET /sandbox/rejections``,
  ``POST /sandbox/fault``, ``POST /sandbox/tokens/expire``, ``POST /sandbox/payer/rotate-key``,
  ``GET /sandbox/openapi.json``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import ipaddress
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.hcx import headers as H
from app.hcx.identity import generate_identity
from app.hcx.jwe import JweError, load_public_key
from app.sandbox import fhir_payer as F
from app.sandbox.constants import DEFAULT_DECISION_DELAY, PAYER_CODE
from app.sandbox.crypto import KeyOpener
from app.sandbox.faults import MODES, ConnectionRegistry, FaultMiddleware, FaultState
from app.sandbox.gateway import SUBMIT_ACTIONS, Gateway, Refusal, bearer_token, error_body
from app.sandbox.openapi import openapi_spec
from app.sandbox.payer import Payer
from app.sandbox.rules import PayerRules
from app.sandbox.state import Participant, SandboxState, key_file

PAYER_NAME = "Training TPA (sandbox)"
PAYER_KEY_FILE = "payer-key.pem"
PAYER_CERT_FILE = "payer-cert.pem"

MAX_BODY = 25 * 1024 * 1024
#: NHA's gateway takes token requests as camelCase JSON.
_SNAKE = {"grantType": "grant_type", "clientId": "client_id", "clientSecret": "client_secret"}
_CODE_RE = re.compile(r"^[A-Za-z0-9@._:-]{1,100}$")


def payer_identity(state: SandboxState, folder: Path) -> tuple[bytes, bytes]:
    """The sandbox payer's RSA key and certificate (PEM), made once and kept inside the
    encrypted state. Key files an older version (or a test) left in the folder are taken in,
    and the private key's file is removed."""
    kept = state.identity()
    key_path, cert_path = folder / PAYER_KEY_FILE, folder / PAYER_CERT_FILE
    if kept is None and key_path.exists() and cert_path.exists():
        kept = key_path.read_bytes(), cert_path.read_bytes()
        state.put_identity(*kept)
    if kept is None:
        ident = generate_identity(PAYER_CODE)
        kept = ident.private_key_pem, ident.certificate_pem
        state.put_identity(*kept)
    if key_path.exists():
        key_path.unlink()
    return kept


@dataclass
class Sandbox:
    """Everything behind the HTTP routes (built once per server)."""

    state_dir: Path
    decision_delay: float = DEFAULT_DECISION_DELAY
    state_key: bytes | None = None  # None: sandbox.key in the state folder (see state.key_file)
    rules: PayerRules = field(init=False)
    state: SandboxState = field(init=False)
    gateway: Gateway = field(init=False)
    payer: Payer = field(init=False)
    faults: FaultState = field(default_factory=FaultState)
    connections: ConnectionRegistry = field(default_factory=ConnectionRegistry)
    payer_cert_pem: bytes = b""

    def __post_init__(self) -> None:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.rules = PayerRules.load(self.state_dir)
        key = self.state_key if self.state_key is not None else key_file(self.state_dir)
        self.state = SandboxState(self.state_dir, key)
        try:
            key_pem, self.payer_cert_pem = payer_identity(self.state, self.state_dir)
        except BaseException:
            self.state.close()
            raise
        existing = self.state.participant(PAYER_CODE)
        if existing is None or existing.cert_pem != self.payer_cert_pem.decode("ascii"):
            self.state.put_participant(Participant(
                PAYER_CODE, PAYER_NAME, ["payor"], self.payer_cert_pem.decode("ascii"),
                secrets.token_urlsafe(24), "Active", F.now_ist().isoformat()))
        self.gateway = Gateway(self.state, self.rules, PAYER_CODE, key_pem, self.decision_delay)
        previous = self.state.previous_key()
        self.payer = Payer(self.state, self.rules, F.PayerParty(PAYER_CODE, PAYER_NAME),
                           KeyOpener(key_pem, (previous,)) if previous else self.gateway.opener)

    def rotate_payer_key(self) -> bytes:
        """Give the payer a new key and certificate (as a real payer does now and then):
        the registry publishes the new certificate at once; a request sealed to the old one is
        refused with ERR_INVALID_ENCRYPTION; requests accepted before still get decided."""
        old_key, _ = payer_identity(self.state, self.state_dir)
        ident = generate_identity(PAYER_CODE)
        self.state.put_identity(ident.private_key_pem, ident.certificate_pem, rotated=True)
        current = self.state.participant(PAYER_CODE)
        self.state.put_participant(Participant(
            PAYER_CODE, PAYER_NAME, ["payor"], ident.certificate_pem.decode("ascii"),
            current.secret if current else secrets.token_urlsafe(24), "Active",
            F.now_ist().isoformat()))
        self.payer_cert_pem = ident.certificate_pem
        self.gateway.opener = KeyOpener(ident.private_key_pem)
        self.payer.opener = KeyOpener(ident.private_key_pem, (old_key,))
        return ident.certificate_pem

    def close(self) -> None:
        """Stop the payer and close the state file."""
        self.payer.stop()
        self.state.close()


# ============================================================================ helpers


def _error(code: str, message: str, status: int = 400) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status)


async def _json_body(request: Request) -> Any:
    try:
        raw = await request.body()
    except ClientDisconnect as exc:
        raise Refusal(H.ERR_INVALID_PAYLOAD, "The client went away mid-request.") from exc
    if len(raw) > MAX_BODY:
        raise Refusal(H.ERR_INVALID_PAYLOAD, "The request is larger than 25 MB.", 413)
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Refusal(H.ERR_INVALID_PAYLOAD, "The request body is not JSON.") from exc


def _from_this_computer(request: Request) -> bool:
    """Whether the request came over loopback (admin endpoints answer nothing else)."""
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _admin_refused(request: Request) -> Response | None:
    """403 for an admin request from another computer (the sandbox listens on loopback only;
    this holds even if it were ever exposed)."""
    if _from_this_computer(request):
        return None
    return _error(H.ERR_ACCESS_DENIED, "The sandbox's admin endpoints answer only requests "
                                       "from this computer (loopback).", 403)


def _credentials(form: dict[str, str], authorization: str) -> tuple[str, str, str]:
    grant = form.get("grant_type", "")
    if grant == "password":
        return grant, form.get("username", ""), form.get("password", "")
    if grant == "client_credentials":
        cid, secret = form.get("client_id", ""), form.get("client_secret", "")
        if (not cid or not secret) and authorization.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                decoded = ""
            cid, _, secret = decoded.partition(":")
        return grant, cid, secret
    return grant, "", ""


# ============================================================================ the app


def build_app(sb: Sandbox) -> Starlette:
    """The ASGI application for one :class:`Sandbox` (fault middleware included)."""

    async def submit(request: Request) -> Response:
        action = request.url.path.removeprefix("/v1/")
        try:
            owner = sb.gateway.authenticate(request.headers)
            try:
                raw = await request.body()
            except ClientDisconnect as exc:
                raise Refusal(H.ERR_INVALID_PAYLOAD, "The client went away.") from exc
            if len(raw) > MAX_BODY:
                raise Refusal(H.ERR_INVALID_PAYLOAD, "The request is larger than 25 MB.", 413)
        except Refusal as r:
            return _error(r.code, r.message, r.status_code)
        answer = await run_in_threadpool(sb.gateway.submit, action, owner, raw)
        if answer.committed:
            sb.payer.nudge()
        return JSONResponse(answer.body, status_code=answer.status_code)

    async def token(request: Request) -> Response:
        try:
            raw = await request.body()
        except ClientDisconnect:
            return JSONResponse({"error": "invalid_request"}, 400)
        ctype = request.headers.get("content-type", "")
        form: dict[str, str] = {}
        try:
            if "json" in ctype:
                data = json.loads(raw.decode("utf-8"))
                if not isinstance(data, dict):
                    raise ValueError("not an object")
                form = {_SNAKE.get(str(k), str(k)): str(v) for k, v in data.items()
                        if isinstance(v, str)}
            else:
                parsed = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
                form = {k: v[0] for k, v in parsed.items() if v}
        except (UnicodeDecodeError, ValueError):
            return JSONResponse({"error": "invalid_request",
                                 "error_description": "Send a form or a JSON object."}, 400)
        grant, user, secret = _credentials(form, request.headers.get("authorization", ""))
        if grant not in ("password", "client_credentials"):
            return JSONResponse({"error": "unsupported_grant_type",
                                 "error_description": "Use grant_type password or "
                                                      "client_credentials."}, 400)
        participant = sb.state.participant(user) if user else None
        if participant is None or not secret or \
                not secrets.compare_digest(participant.secret.encode(), secret.encode()):
            return JSONResponse({"error": "invalid_grant" if grant == "password"
                                 else "invalid_client",
                                 "error_description": "Wrong participant code or secret."}, 401)
        value = secrets.token_urlsafe(32)
        ttl = sb.rules.token_ttl_seconds
        sb.state.add_token(value, participant.code, time.time() + ttl)
        return JSONResponse({"access_token": value, "token_type": "Bearer", "expires_in": ttl,
                             "participant_code": participant.code})

    async def search(request: Request) -> Response:
        try:
            data = await _json_body(request)
        except Refusal as r:
            return _error(r.code, r.message, r.status_code)
        if not isinstance(data, dict):
            return _error(H.ERR_INVALID_PAYLOAD, "The search must be a JSON object.")
        wanted: set[str] | None = None
        filters = data.get("filters", {})
        code_filter = filters.get("participant_code") if isinstance(filters, dict) else None
        if isinstance(data.get("participant_code"), str):
            wanted = {data["participant_code"]}
        elif isinstance(code_filter, str):
            wanted = {code_filter}
        elif isinstance(code_filter, dict):
            if isinstance(code_filter.get("eq"), str):
                wanted = {code_filter["eq"]}
            elif isinstance(code_filter.get("in"), list):
                wanted = {str(c) for c in code_filter["in"]}
        found = [p.public() for p in sb.state.participants()
                 if wanted is None or p.code in wanted]
        return JSONResponse({"participants": found})

    async def register(request: Request) -> Response:
        try:
            data = await _json_body(request)
        except Refusal as r:
            return _error(r.code, r.message, r.status_code)
        if not isinstance(data, dict):
            return _error(H.ERR_INVALID_PAYLOAD, "The registration must be a JSON object.")
        code, cert = data.get("participant_code"), data.get("encryption_cert")
        if not isinstance(code, str) or not _CODE_RE.match(code):
            return _error(H.ERR_INVALID_PAYLOAD, "participant_code: 1-100 characters of "
                                                 "letters, digits and @._:- are required.")
        if code == PAYER_CODE:
            return _error(H.ERR_ACCESS_DENIED, "That code belongs to the sandbox payer.", 403)
        if not isinstance(cert, str):
            return _error(H.ERR_INVALID_PAYLOAD, "encryption_cert: a PEM certificate is "
                                                 "required.")
        try:
            load_public_key(cert.encode("utf-8"))
        except (JweError, UnicodeEncodeError) as exc:
            return _error(H.ERR_INVALID_PAYLOAD, f"encryption_cert: {exc}")
        secret = data.get("secret")
        if secret is not None and (not isinstance(secret, str) or not 8 <= len(secret) <= 200):
            return _error(H.ERR_INVALID_PAYLOAD, "secret: 8-200 characters when given.")
        existing = sb.state.participant(code)
        if existing is not None:
            owner = sb.state.token_owner(_bearer(request), time.time())
            same = isinstance(secret, str) and secrets.compare_digest(
                existing.secret.encode(), secret.encode())
            if not same and owner != code:
                return _error(H.ERR_ACCESS_DENIED, f"{code!r} is already registered; give its "
                                                   "secret (or a token of it) to update it.", 403)
            secret = existing.secret if secret is None else secret
        if not isinstance(secret, str):
            secret = secrets.token_urlsafe(24)
        name = data.get("participant_name")
        sb.state.put_participant(Participant(
            code, name if isinstance(name, str) and name else code, ["provider"], cert,
            secret, "Active", F.now_ist().isoformat()))
        return JSONResponse({"participant_code": code, "username": code, "client_id": code,
                             "secret": secret, "token_url": "/v1/auth/token",
                             "payer_code": PAYER_CODE, "relay_url": "/relay/v1/inbox"}, 201)

    async def inbox(request: Request) -> Response:
        try:
            owner = sb.gateway.authenticate(request.headers)
        except Refusal as r:
            return _error(r.code, r.message, r.status_code)
        after_text = request.query_params.get("after")
        limit_text = request.query_params.get("limit", "100")
        if after_text is not None and not re.fullmatch(r"[0-9]{1,18}", after_text):
            return _error(H.ERR_INVALID_PAYLOAD, "after: a cursor from an earlier answer.")
        if not re.fullmatch(r"[0-9]{1,3}", limit_text) or not 1 <= int(limit_text) <= 500:
            return _error(H.ERR_INVALID_PAYLOAD, "limit: 1 to 500.")
        after = None if after_text is None else int(after_text)
        limit = int(limit_text)
        items = sb.state.inbox(owner, after, limit + 1)
        more = len(items) > limit
        items = items[:limit]
        start = after if after is not None else sb.state.acked(owner)
        cursor = items[-1].cursor if items else start
        return JSONResponse({"items": [i.to_json() for i in items], "cursor": str(cursor),
                             "acked": str(sb.state.acked(owner)), "more": more})

    async def ack(request: Request) -> Response:
        try:
            owner = sb.gateway.authenticate(request.headers)
            data = await _json_body(request)
        except Refusal as r:
            return _error(r.code, r.message, r.status_code)
        cursor = data.get("cursor") if isinstance(data, dict) else None
        if isinstance(cursor, int) and not isinstance(cursor, bool):
            cursor = str(cursor)
        if not isinstance(cursor, str) or not re.fullmatch(r"[0-9]{1,18}", cursor):
            return _error(H.ERR_INVALID_PAYLOAD, "cursor: the last cursor applied, as text.")
        if int(cursor) > sb.state.last_cursor(owner):
            return _error(H.ERR_INVALID_PAYLOAD, "cursor: beyond the last envelope delivered.")
        kept = sb.state.ack(owner, int(cursor))
        return JSONResponse({"acked": str(kept)})

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "training": True, "payer_code": PAYER_CODE,
                             "decision_delay": sb.decision_delay, "counts": sb.state.counts(),
                             "fault": sb.faults.to_json(), "rules": sb.rules.to_json(),
                             "time": dt.datetime.now(H.IST).isoformat(timespec="seconds")})

    async def ledger(request: Request) -> Response:
        return JSONResponse([e.to_json() for e in sb.state.ledger()])

    async def rejections(request: Request) -> Response:
        return JSONResponse(sb.state.rejections())

    async def fault(request: Request) -> Response:
        if (refused := _admin_refused(request)) is not None:
            return refused
        try:
            data = await _json_body(request)
        except Refusal as r:
            return _error(r.code, r.message, r.status_code)
        if not isinstance(data, dict) or data.get("mode") not in MODES:
            return _error(H.ERR_INVALID_PAYLOAD, f"mode: one of {', '.join(MODES)}.")
        count, seconds = data.get("count", 1), data.get("seconds", 1)
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 1_000_000:
            return _error(H.ERR_INVALID_PAYLOAD, "count: a whole number from 0.")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or \
                not 0 <= seconds <= 3600:
            return _error(H.ERR_INVALID_PAYLOAD, "seconds: 0 to 3600.")
        sb.faults.set(str(data["mode"]), count, float(seconds))
        return JSONResponse(sb.faults.to_json())

    async def expire_tokens(request: Request) -> Response:
        if (refused := _admin_refused(request)) is not None:
            return refused
        return JSONResponse({"expired": sb.state.expire_tokens()})

    async def rotate_key(request: Request) -> Response:
        if (refused := _admin_refused(request)) is not None:
            return refused
        cert = await run_in_threadpool(sb.rotate_payer_key)
        return JSONResponse({"participant_code": PAYER_CODE,
                             "encryption_cert": cert.decode("ascii")})

    async def openapi(request: Request) -> Response:
        return JSONResponse(openapi_spec())

    routes = [Route(f"/v1/{action}", submit, methods=["POST"]) for action in SUBMIT_ACTIONS]
    routes += [
        Route("/v1/auth/token", token, methods=["POST"]),
        Route("/v1/participant/search", search, methods=["POST"]),
        Route("/v1/participant/register", register, methods=["POST"]),
        Route("/relay/v1/inbox", inbox, methods=["GET"]),
        Route("/relay/v1/inbox/ack", ack, methods=["POST"]),
        Route("/sandbox/health", health, methods=["GET"]),
        Route("/sandbox/ledger", ledger, methods=["GET"]),
        Route("/sandbox/rejections", rejections, methods=["GET"]),
        Route("/sandbox/fault", fault, methods=["POST"]),
        Route("/sandbox/tokens/expire", expire_tokens, methods=["POST"]),
        Route("/sandbox/payer/rotate-key", rotate_key, methods=["POST"]),
        Route("/sandbox/openapi.json", openapi, methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(FaultMiddleware, faults=sb.faults, connections=sb.connections)
    return app


def _bearer(request: Request) -> str:
    return bearer_token(request.headers)
