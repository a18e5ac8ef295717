"""Bearer tokens for one payer's exchange: fetched, cached until expiry, refreshed once on 401.

The token endpoint contract (``PayerProfile.effective_token_url``, by default
``{exchange_url}/v1/auth/token``):

- ``auth_style = password`` (HCX): ``grant_type=password``, ``username``, ``password`` (and
  ``client_id`` when the profile has one);
- ``auth_style = client_credentials`` (NHCX): ``grant_type=client_credentials``, ``client_id``
  (the profile's ``username``), ``client_secret``.

With ``token_format = form`` (default) these go form-encoded, as OAuth2 does; with ``json`` they go
as a JSON object with camelCase names (``grantType``, ``clientId``, ``clientSecret``, ``username``,
``password``), as the NHA gateway takes them. The answer is JSON: ``access_token`` (or
``accessToken``), optional ``expires_in`` (or ``expiresIn``) seconds, optional ``token_type``.

The token goes in the payer's header: ``Authorization: Bearer <token>``, or (NHCX)
``bearer_auth: <token>``. Secrets come from a getter (the keyring or the encrypted store via
:class:`app.payers.PayerSecrets`) at the moment they are needed and are never logged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from app.payers import PayerProfile
from offline.errors import BadInput, DeskError

Clock = Callable[[], float]
SecretGetter = Callable[[], str | None]

DEFAULT_LIFETIME_S = 300  # when the server does not say how long a token lasts
EXPIRY_MARGIN_S = 30  # renew this long before the server's expiry


class TokenError(DeskError):
    """No token could be obtained. ``status`` is the HTTP status when the server answered;
    ``server_message`` is its own words (shown verbatim). ``systemic`` failures (credentials
    refused, wrong URL) should pause the payer's queue rather than fail each message."""

    exit_code = 2

    def __init__(self, message: str, *, status: int | None = None, server_message: str = "",
                 systemic: bool = True) -> None:
        super().__init__(message)
        self.status = status
        self.server_message = server_message
        self.systemic = systemic


@dataclass(frozen=True)
class Token:
    value: str
    expires_at: float  # on the provider's clock

    def valid(self, now: float) -> bool:
        return now < self.expires_at


def _server_words(response: httpx.Response) -> str:
    """The server's own error message, short, from JSON when there is some."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:300].strip()
    if isinstance(body, dict):
        for key in ("error_description", "message", "error", "errorMessage"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value[:300]
            if isinstance(value, dict) and value.get("message"):
                return str(value["message"])[:300]
    return str(body)[:300]


class TokenProvider:
    """Tokens for one payer: thread-safe, one fetch at a time, cached until shortly before expiry.

    ``secret`` is called each time a token is fetched (so a secret changed with ``tpadesk payer
    set`` is picked up). ``http`` is the shared client (TLS verification on, no redirects).
    """

    def __init__(self, profile: PayerProfile, secret: SecretGetter, http: httpx.Client, *,
                 clock: Clock = time.monotonic) -> None:
        self.profile = profile
        self._secret = secret
        self._http = http
        self._clock = clock
        self._lock = threading.Lock()
        self._token: Token | None = None
        self.fetches = 0  # how many times a token was fetched (for diagnostics and tests)

    # ------------------------------------------------------------------ tokens

    def token(self) -> str:
        """A valid access token: the cached one, or a freshly fetched one."""
        with self._lock:
            if self._token is not None and self._token.valid(self._clock()):
                return self._token.value
            self._token = self._fetch()
            return self._token.value

    def invalidate(self, stale: str | None = None) -> None:
        """Forget the cached token (only if it is still ``stale`` when one is given, so that two
        threads seeing the same 401 refresh once, not twice)."""
        with self._lock:
            if stale is None or (self._token is not None and self._token.value == stale):
                self._token = None

    def header(self, token: str) -> dict[str, str]:
        """The auth header carrying ``token`` in the payer's style."""
        if self.profile.auth_header == "bearer_auth":
            return {"bearer_auth": token}
        return {"Authorization": f"Bearer {token}"}

    def auth_headers(self) -> dict[str, str]:
        return self.header(self.token())

    def send(self, request: Callable[[dict[str, str]], httpx.Response]) -> httpx.Response:
        """Call ``request`` with the auth header; on a 401 refresh the token ONCE and call it again.
        A second 401 is returned as is: the caller treats it as credentials refused (systemic)."""
        token = self.token()
        response = request(self.header(token))
        if response.status_code != 401:
            return response
        response.close()
        self.invalidate(token)
        return request(self.header(self.token()))

    # ------------------------------------------------------------------ fetching

    def _request_body(self) -> tuple[dict[str, Any], bool]:
        p = self.profile
        if not p.username:
            raise BadInput(f"payer {p.code}: no user name / client id is set; set it with "
                           f"'tpadesk payer set {p.code} --username ...'.")
        secret = self._secret()
        if not secret:
            raise BadInput(f"payer {p.code}: no password / client secret is saved; set it with "
                           f"'tpadesk payer set {p.code} --secret-file FILE' (or --ask-secret).")
        as_json = p.token_format == "json"  # noqa: S105 (a format name)
        if p.auth_style == "client_credentials":
            if as_json:
                return {"grantType": "client_credentials", "clientId": p.username,
                        "clientSecret": secret}, True
            return {"grant_type": "client_credentials", "client_id": p.username,
                    "client_secret": secret}, False
        if as_json:
            body: dict[str, Any] = {"grantType": "password", "username": p.username,
                                    "password": secret}
            if p.client_id:
                body["clientId"] = p.client_id
            return body, True
        body = {"grant_type": "password", "username": p.username, "password": secret}
        if p.client_id:
            body["client_id"] = p.client_id
        return body, False

    def _fetch(self) -> Token:
        url = self.profile.effective_token_url
        if not url:
            raise BadInput(f"payer {self.profile.code}: no exchange URL is set, so there is no "
                           "token endpoint; set --exchange-url (or --token-url).")
        body, as_json = self._request_body()
        started = self._clock()
        self.fetches += 1
        if as_json:
            response = self._http.post(url, json=body, headers={"Accept": "application/json"})
        else:
            response = self._http.post(url, data=body, headers={"Accept": "application/json"})
        if response.is_redirect:
            raise TokenError(
                f"The token endpoint {url} answered with a redirect to "
                f"{response.headers.get('location', '?')}; check the payer's token URL.",
                status=response.status_code)
        if response.status_code in (400, 401, 403):
            words = _server_words(response)
            raise TokenError(
                f"The payer's token endpoint refused the credentials of '{self.profile.code}' "
                f"(HTTP {response.status_code}): {words}", status=response.status_code,
                server_message=words)
        if response.status_code != 200:
            words = _server_words(response)
            raise TokenError(f"The token endpoint answered HTTP {response.status_code}: {words}",
                             status=response.status_code, server_message=words,
                             systemic=response.status_code == 404)
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise TokenError(f"The token endpoint {url} did not answer JSON (a login page?); "
                             "check the payer's token URL.", status=response.status_code)
        value = data.get("access_token") or data.get("accessToken")
        if not isinstance(value, str) or not value:
            raise TokenError("The token endpoint's answer has no access_token.",
                             status=response.status_code)
        lifetime: Any = data.get("expires_in", data.get("expiresIn", DEFAULT_LIFETIME_S))
        try:
            seconds = float(lifetime)
        except (TypeError, ValueError):
            seconds = DEFAULT_LIFETIME_S
        margin = min(EXPIRY_MARGIN_S, seconds / 10)
        return Token(value, started + max(0.0, seconds - margin))
