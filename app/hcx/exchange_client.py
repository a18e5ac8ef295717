"""A small HTTP client for one payer's exchange and relay (httpx; TLS verification always on).

It moves bytes and reports what happened; it does not decide. The sync layer classifies the
:class:`HttpResult` (202 receipt, ``ERR_*``, 5xx, 429 with Retry-After, a login page, a redirect)
or the :class:`ExchangeUnreachable` (``kind``: connect, timeout, tls, protocol).

HTTP contract (the training sandbox serves the same):

- ``POST {exchange_url}{api_prefix}/<action path>`` (e.g. ``/v1/preauth/submit``), body
  ``{"payload": "<compact JWE>"}``, the payer's auth header; answer ``202`` with a receipt
  ``{"timestamp", "api_call_id", "correlation_id"}`` or an error JSON with
  ``x-hcx-error_details`` / ``error`` ``{code, message, trace}``.
- ``POST {exchange_url}{api_prefix}/participant/search`` with
  ``{"filters": {"participant_code": {"eq": CODE}}}`` (``{"in": [codes...]}`` for several); answer
  ``{"participants": [{"participant_code", "participant_name", "roles", "status",
  "encryption_cert" (PEM text, or an https URL to it), "endpoint_url", ...}]}``.
- Relay inbox: ``GET {relay}/relay/v1/inbox?after=CURSOR&limit=N`` (``after`` left out at the
  start); answer ``{"items": [{"cursor": "...", "payload": "<JWE sealed to the desk>",
  "path": "/v1/preauth/on_submit", "api_call_id", "correlation_id"} or {"cursor": "...",
  "headers": {x-hcx-* of a plain-JSON error}}, ...], "cursor": "<last>", "more": bool}``
  (the list may also be called ``envelopes``);
  ``POST {relay}/relay/v1/inbox/ack`` with ``{"cursor": "<last applied>"}``. ``{relay}`` is the
  profile's ``relay_url`` (a URL already ending in ``/relay/v1/inbox`` is used as it is).

Redirects are never followed: a redirect is reported (``HttpResult.redirect_to``), since an
exchange that redirects is misconfigured or a captive portal.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import httpx

from app.hcx.headers import ErrorDetails, error_from_response
from app.hcx.jwe import JweError, peek_headers
from app.hcx.tokens import SecretGetter, TokenProvider
from app.payers import PayerProfile, PayerSecrets, check_url, get_profile
from app.version import __version__
from offline.errors import BadInput, DeskError
from offline.keys import KeyringAccess
from offline.store import Store

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
USER_AGENT = f"TPA-Desk/{__version__}"
RELAY_INBOX_PATH = "/relay/v1/inbox"
MAX_INBOX_PAGE = 200


class ExchangeUnreachable(DeskError):
    """The request did not get an HTTP answer. ``kind``: ``connect`` (no connection), ``timeout``,
    ``tls`` (certificate or handshake refused: systemic), ``protocol`` (the connection broke
    mid-answer: the request may or may not have arrived)."""

    exit_code = 2

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        return self.kind != "tls"


@dataclass(frozen=True)
class Receipt:
    """A 202 receipt: the exchange took the message (the answer comes later via the relay)."""

    api_call_id: str
    correlation_id: str | None
    timestamp: Any
    body: dict[str, Any]


@dataclass(frozen=True)
class HttpResult:
    """One HTTP answer, raw: the sync layer decides what it means."""

    status: int
    headers: dict[str, str]
    body: bytes
    url: str
    redirect_to: str | None = None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def is_redirect(self) -> bool:
        return self.redirect_to is not None

    @property
    def looks_like_html(self) -> bool:
        """A web page (a captive portal or login page) rather than an API answer."""
        head = self.body[:512].lstrip().lower()
        return self.content_type in ("text/html", "application/xhtml+xml") or \
            head.startswith((b"<!doctype html", b"<html"))

    def json(self) -> Any | None:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None

    def error(self) -> ErrorDetails | None:
        """The ``ERR_*`` error in the body, if any."""
        return error_from_response(self.json())

    def receipt(self) -> Receipt | None:
        """The exchange's acknowledgement when this is a 202 with a JSON receipt, else None."""
        body = self.json()
        if self.status != 202 or not isinstance(body, dict):
            return None
        api_call_id = body.get("api_call_id") or body.get("x-hcx-api_call_id")
        if not api_call_id:
            return None
        correlation = body.get("correlation_id") or body.get("x-hcx-correlation_id")
        return Receipt(str(api_call_id), None if correlation is None else str(correlation),
                       body.get("timestamp"), body)

    @property
    def retry_after(self) -> str | None:
        """The raw Retry-After header (seconds or an HTTP date), for the retry policy."""
        return self.headers.get("retry-after")


@dataclass(frozen=True)
class InboxEntry:
    """One envelope from the relay: its ``cursor``, the sealed ``payload`` (None for a plain-JSON
    error), the routing ``headers`` readable without the key (from the JWE's protected header,
    else from the item), the callback ``path`` when the relay says it (``/v1/preauth/on_submit``),
    and the item exactly as received (``raw``)."""

    cursor: str
    payload: str | None
    headers: dict[str, Any]
    raw: bytes
    path: str | None = None

    def _routing(self, name: str) -> str | None:
        value = self.headers.get(f"x-hcx-{name}")
        if not value:
            item = json.loads(self.raw)
            value = item.get(name) if isinstance(item, dict) else None
        return str(value) if value else None

    @property
    def api_call_id(self) -> str | None:
        return self._routing("api_call_id")

    @property
    def correlation_id(self) -> str | None:
        return self._routing("correlation_id")


@dataclass(frozen=True)
class InboxPage:
    entries: list[InboxEntry] = field(default_factory=list)
    cursor: str | None = None  # the relay's position after this page
    more: bool = False  # the relay has more after this page


class InboxFormatError(DeskError):
    """The relay answered 200 but not with an inbox page (wrong URL, a login page...)."""

    exit_code = 2


def _describe(exc: httpx.TransportError) -> ExchangeUnreachable:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError | ssl.CertificateError):
            return ExchangeUnreachable("tls", f"The secure connection was refused: {cause}. "
                                              "Check the payer's URL and the PC's date/time.")
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, httpx.TimeoutException):
        return ExchangeUnreachable("timeout", f"No answer in time ({exc.__class__.__name__}).")
    if isinstance(exc, httpx.ConnectError):
        return ExchangeUnreachable("connect", f"Could not connect ({exc}).")
    return ExchangeUnreachable("protocol", f"The connection broke ({exc.__class__.__name__}: "
                                           f"{exc}).")


def new_http_client(timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                    max_connections: int = 8) -> httpx.Client:
    """The pooled client every call goes through: TLS verified, redirects not followed."""
    return httpx.Client(
        verify=True,
        follow_redirects=False,
        timeout=timeout,
        limits=httpx.Limits(max_connections=max_connections,
                            max_keepalive_connections=max_connections),
        headers={"User-Agent": USER_AGENT},
        trust_env=False,
    )


def _result(response: httpx.Response) -> HttpResult:
    redirect = None
    if response.is_redirect:
        redirect = urljoin(str(response.url), response.headers.get("location", ""))
    return HttpResult(response.status_code, {k.lower(): v for k, v in response.headers.items()},
                      response.content, str(response.url), redirect)


class ExchangeClient:
    """Talks to one payer's exchange and relay with that payer's tokens.

    ``secret`` returns the payer's password / client secret (see :class:`app.payers.PayerSecrets`);
    ``http`` may be shared between payers (connection pooling); ``tokens`` may be given to share a
    token cache. Close the client when done (it closes ``http`` only if it made it).
    """

    def __init__(self, profile: PayerProfile, secret: SecretGetter, *,
                 http: httpx.Client | None = None, tokens: TokenProvider | None = None,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT) -> None:
        for name in ("exchange_url", "relay_url", "token_url"):
            value = getattr(profile, name)
            if value:
                problem = check_url(value, training=profile.training)
                if problem:
                    raise BadInput(f"payer {profile.code} {name}: {problem}")
        self.profile = profile
        self._own_http = http is None
        self.http = http if http is not None else new_http_client(timeout)
        self.tokens = tokens if tokens is not None else TokenProvider(profile, secret, self.http)

    @classmethod
    def for_payer(cls, store: Store, code: str, *, keyring: KeyringAccess | None = None,
                  http: httpx.Client | None = None) -> ExchangeClient:
        """A client for the saved (or default) profile ``code``, its secret read from the keyring
        or the encrypted store when a token is needed."""
        profile = get_profile(store, code)
        return cls(profile, PayerSecrets(store, keyring).getter(code), http=http)

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def __enter__(self) -> ExchangeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    def _exchange_url(self, path: str) -> str:
        if not self.profile.exchange_url:
            raise BadInput(f"payer {self.profile.code}: no exchange URL is set; set it with "
                           f"'tpadesk payer set {self.profile.code} --exchange-url URL'.")
        return self.profile.exchange_url.rstrip("/") + "/" + path.lstrip("/")

    def _call(self, make: Callable[[dict[str, str]], httpx.Response]) -> HttpResult:
        try:
            response = self.tokens.send(make)
        except httpx.TransportError as exc:
            raise _describe(exc) from exc
        return _result(response)

    def post_json(self, path: str, body: Mapping[str, Any]) -> HttpResult:
        """POST JSON to ``exchange_url + path`` with the auth header (refreshed once on 401)."""
        url = self._exchange_url(path)
        data = json.dumps(body, separators=(",", ":")).encode("utf-8")

        def make(auth: dict[str, str]) -> httpx.Response:
            return self.http.post(url, content=data, headers={
                **auth, "Content-Type": "application/json", "Accept": "application/json"})

        return self._call(make)

    # ------------------------------------------------------------------ exchange

    def post_envelope(self, path: str, jwe: str) -> HttpResult:
        """Send an already-sealed envelope ``{"payload": jwe}`` to ``exchange_url + path`` (a path
        from :func:`app.hcx.headers.endpoint_path`, e.g. ``/v1/preauth/submit``)."""
        return self.post_json(path, {"payload": jwe})

    def search_participants(self, codes: Sequence[str]) -> list[dict[str, Any]]:
        """Registry entries for ``codes`` (see the module docstring for the contract)."""
        path = self.profile.api_prefix.rstrip("/") + "/participant/search"
        wanted = list(codes)
        condition: dict[str, Any] = {"eq": wanted[0]} if len(wanted) == 1 else {"in": wanted}
        result = self.post_json(path, {"filters": {"participant_code": condition}})
        if result.is_redirect:
            raise BadInput(f"The participant registry answered with a redirect to "
                           f"{result.redirect_to}; check the payer's exchange URL.")
        body = result.json()
        if result.status != 200 or not isinstance(body, dict):
            err = result.error()
            words = str(err) if err else result.body[:200].decode("utf-8", "replace")
            raise RegistryRequestFailed(
                f"The participant registry answered HTTP {result.status}: {words}",
                status=result.status)
        participants = body.get("participants", [])
        if not isinstance(participants, list):
            raise RegistryRequestFailed("The participant registry's answer has no list of "
                                        "participants.", status=result.status)
        return [p for p in participants if isinstance(p, dict)]

    def fetch_certificate(self, url: str) -> bytes:
        """Download a certificate published at ``url`` (https, or loopback / training http)."""
        problem = check_url(url, training=self.profile.training)
        if problem:
            raise BadInput(f"encryption_cert: {problem}")
        try:
            response = self.http.get(url)
        except httpx.TransportError as exc:
            raise _describe(exc) from exc
        if response.status_code != 200:
            raise RegistryRequestFailed(f"The certificate at {url} could not be downloaded "
                                        f"(HTTP {response.status_code}).",
                                        status=response.status_code)
        return response.content

    # ------------------------------------------------------------------ relay

    def _relay_inbox_url(self, relay_url: str | None) -> str:
        base = relay_url or self.profile.relay_url
        if not base:
            raise BadInput(f"payer {self.profile.code}: no relay URL is set; set it with "
                           f"'tpadesk payer set {self.profile.code} --relay-url URL'.")
        if relay_url:
            problem = check_url(relay_url, training=self.profile.training)
            if problem:
                raise BadInput(f"relay_url: {problem}")
        base = base.rstrip("/")
        return base if base.endswith(RELAY_INBOX_PATH) else base + RELAY_INBOX_PATH

    def fetch_inbox(self, cursor: str | None, *, relay_url: str | None = None,
                    limit: int = MAX_INBOX_PAGE) -> InboxPage:
        """Envelopes after ``cursor`` (all from the start when None). Raises
        :class:`InboxFormatError` when the answer is not an inbox page and
        :class:`ExchangeUnreachable` when there is no answer; an HTTP error status raises
        :class:`RelayRequestFailed` carrying the :class:`HttpResult`."""
        url = self._relay_inbox_url(relay_url)
        params: dict[str, str | int] = {"limit": limit}
        if cursor:
            params["after"] = cursor

        def make(auth: dict[str, str]) -> httpx.Response:
            return self.http.get(url, params=params, headers={**auth,
                                                              "Accept": "application/json"})

        result = self._call(make)
        if result.status != 200:
            raise RelayRequestFailed(result)
        return parse_inbox_page(result)

    def ack_inbox(self, cursor: str, *, relay_url: str | None = None) -> HttpResult:
        """Tell the relay everything up to ``cursor`` was applied (raises on a non-2xx answer)."""
        url = self._relay_inbox_url(relay_url) + "/ack"
        data = json.dumps({"cursor": cursor}).encode("utf-8")

        def make(auth: dict[str, str]) -> httpx.Response:
            return self.http.post(url, content=data, headers={
                **auth, "Content-Type": "application/json", "Accept": "application/json"})

        result = self._call(make)
        if not 200 <= result.status < 300:
            raise RelayRequestFailed(result)
        return result


class RegistryRequestFailed(DeskError):
    """The participant registry did not give a usable answer."""

    exit_code = 2

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RelayRequestFailed(DeskError):
    """The relay answered with an HTTP error (or a redirect); ``result`` holds the raw answer."""

    exit_code = 2

    def __init__(self, result: HttpResult) -> None:
        err = result.error()
        if result.is_redirect:
            words = f"a redirect to {result.redirect_to}"
        else:
            words = str(err) if err else f"HTTP {result.status}"
        super().__init__(f"The relay inbox answered {words}.")
        self.result = result


def parse_inbox_page(result: HttpResult) -> InboxPage:
    """Read a relay inbox page tolerantly (the list under ``envelopes`` or ``items``); envelopes
    whose JWE header cannot be read are kept (with empty headers) so that the sync layer can
    dead-letter them, never dropped."""
    body = result.json()
    items = None
    if isinstance(body, dict):
        items = body.get("envelopes", body.get("items"))
    if not isinstance(body, dict) or not isinstance(items, list):
        kind = "a web page" if result.looks_like_html else "no inbox page"
        raise InboxFormatError(f"The relay answered {kind} at {result.url}; check the payer's "
                               "relay URL.")
    entries: list[InboxEntry] = []
    for item in items:
        if not isinstance(item, dict) or item.get("cursor") in (None, ""):
            raise InboxFormatError("The relay sent an envelope without a cursor.")
        raw = json.dumps(item, separators=(",", ":"), sort_keys=True).encode("utf-8")
        payload = item.get("payload")
        headers: dict[str, Any] = {}
        if isinstance(payload, str):
            try:
                headers = peek_headers(payload)
            except JweError:
                headers = {}
        else:
            payload = None
            plain = item.get("headers", item)
            if isinstance(plain, dict):
                headers = {k: v for k, v in plain.items() if str(k).startswith("x-hcx-")}
        path = item.get("path")
        entries.append(InboxEntry(str(item["cursor"]), payload, headers, raw,
                                  path if isinstance(path, str) else None))
    cursor = body.get("cursor")
    if cursor in (None, "") and entries:
        cursor = entries[-1].cursor
    return InboxPage(entries, None if cursor in (None, "") else str(cursor),
                     bool(body.get("more", False)))
