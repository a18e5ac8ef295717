"""Bearer tokens and the exchange client, against a real HTTP server on loopback.

``FakeExchange`` is a tiny stdlib HTTP server (token endpoint, a submit endpoint, the participant
registry and the relay inbox) run in a thread; nothing of httpx is mocked.
"""

from __future__ import annotations

import json
import secrets
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from app.hcx.exchange_client import (
    ExchangeClient,
    ExchangeUnreachable,
    InboxFormatError,
    RelayRequestFailed,
    new_http_client,
)
from app.hcx.tokens import TokenError, TokenProvider
from app.payers import PayerProfile
from offline.errors import BadInput

USER, SECRET = "hosp-desk-1", "s3cret-for-tests"


@dataclass
class FakeExchange:
    """State of the fake exchange; tests change it between calls."""

    base: str = ""
    token_ttl: int = 3600
    token_requests: list[dict[str, Any]] = field(default_factory=list)
    valid_tokens: set[str] = field(default_factory=set)
    seen_auth: list[dict[str, str]] = field(default_factory=list)
    submissions: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    searches: int = 0
    files: dict[str, bytes] = field(default_factory=dict)
    inbox: list[dict[str, Any]] = field(default_factory=list)
    acked: list[str] = field(default_factory=list)
    token_page_html: bool = False
    reject_all_tokens: bool = False
    redirect_submit_to: str = ""
    release: threading.Event = field(default_factory=threading.Event)
    hold_submit: bool = False

    def issue(self) -> str:
        token = secrets.token_urlsafe(16)
        self.valid_tokens.add(token)
        return token


def _handler(state: FakeExchange) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _send(self, status: int, body: Any, ctype: str = "application/json",
                  headers: dict[str, str] | None = None) -> None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _authorized(self) -> bool:
            auth = {k: v for k, v in self.headers.items()
                    if k.lower() in ("authorization", "bearer_auth")}
            state.seen_auth.append(auth)
            token = ""
            if "bearer_auth" in {k.lower() for k in auth}:
                token = next(v for k, v in auth.items() if k.lower() == "bearer_auth")
            elif auth:
                token = next(iter(auth.values())).removeprefix("Bearer ")
            if state.reject_all_tokens or token not in state.valid_tokens:
                self._send(401, {"error": {"code": "ERR_ACCESS_DENIED",
                                           "message": "token expired or invalid"}})
                return False
            return True

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            if url.path in state.files:
                self._send(200, state.files[url.path], "application/x-pem-file")
                return
            if url.path == "/relay/v1/inbox":
                if not self._authorized():
                    return
                query = urllib.parse.parse_qs(url.query)
                after = int(query.get("after", ["0"])[0])
                items = [i for i in state.inbox if int(i["cursor"]) > after]
                last = items[-1]["cursor"] if items else str(after)
                self._send(200, {"envelopes": items, "cursor": last})
                return
            if url.path == "/portal/relay/v1/inbox":
                self._send(200, b"<!DOCTYPE html><html>Login</html>", "text/html")
                return
            self._send(404, {"error": {"code": "NOT_FOUND", "message": self.path}})

        def do_POST(self) -> None:
            body = self._body()
            path = urllib.parse.urlsplit(self.path).path
            if path == "/v1/auth/token":
                ctype = self.headers.get("Content-Type", "")
                form: dict[str, Any]
                if ctype.startswith("application/json"):
                    form = json.loads(body)
                else:
                    form = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode()).items()}
                state.token_requests.append(form)
                if state.token_page_html:
                    self._send(200, b"<html><body>Sign in</body></html>", "text/html")
                    return
                user = form.get("username") or form.get("client_id") or form.get("clientId")
                secret = form.get("password") or form.get("client_secret") or \
                    form.get("clientSecret")
                if (user, secret) != (USER, SECRET):
                    self._send(401, {"error": "invalid_grant",
                                     "error_description": "Invalid user credentials"})
                    return
                self._send(200, {"access_token": state.issue(), "token_type": "Bearer",
                                 "expires_in": state.token_ttl})
                return
            if path == "/v1/participant/search":
                if not self._authorized():
                    return
                state.searches += 1
                condition = json.loads(body)["filters"]["participant_code"]
                codes = condition["in"] if "in" in condition else [condition["eq"]]
                found = [p for p in state.participants if p["participant_code"] in codes]
                self._send(200, {"participants": found})
                return
            if path == "/relay/v1/inbox/ack":
                if not self._authorized():
                    return
                state.acked.append(json.loads(body)["cursor"])
                self._send(200, {"acknowledged": True})
                return
            if path.startswith("/v1/"):
                if state.redirect_submit_to:
                    self._send(302, b"", "text/plain", {"Location": state.redirect_submit_to})
                    return
                if not self._authorized():
                    return
                if state.hold_submit:
                    state.release.wait(10)
                state.submissions.append({"path": path, **json.loads(body)})
                self._send(202, {"timestamp": 1, "api_call_id": "a", "correlation_id": "c"})
                return
            self._send(404, {"error": "not found"})

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """Client disconnects (the timeout and TLS tests cause them) are expected, not errors."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        return


@pytest.fixture
def exchange() -> Iterator[FakeExchange]:
    state = FakeExchange()
    server = _QuietServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def profile_for(ex: FakeExchange, **over: Any) -> PayerProfile:
    data: dict[str, Any] = {
        "code": "test-payer", "name": "Test Payer", "exchange_url": ex.base,
        "relay_url": ex.base, "username": USER, "payer_participant_code": "payer@test",
        "provider_participant_code": "hosp@test",
    }
    data.update(over)
    return PayerProfile(**data)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    client = new_http_client(timeout=5.0)
    yield client
    client.close()


# --------------------------------------------------------------------------- tokens


def test_password_grant_token_is_cached_until_expiry(exchange: FakeExchange,
                                                     http: httpx.Client) -> None:
    clock = FakeClock()
    exchange.token_ttl = 600
    tokens = TokenProvider(profile_for(exchange), lambda: SECRET, http, clock=clock)
    first = tokens.token()
    assert tokens.token() == first and tokens.token() == first
    assert tokens.fetches == 1
    assert exchange.token_requests == [
        {"grant_type": "password", "username": USER, "password": SECRET}]
    assert tokens.auth_headers() == {"Authorization": f"Bearer {first}"}
    clock.now += 560  # still inside the lifetime less the renewal margin
    assert tokens.token() == first
    clock.now += 20  # past expiry minus the margin: a new token is fetched
    second = tokens.token()
    assert second != first
    assert tokens.fetches == 2


def test_client_credentials_json_with_bearer_auth_header(exchange: FakeExchange,
                                                         http: httpx.Client) -> None:
    prof = profile_for(exchange, auth_style="client_credentials", auth_header="bearer_auth",
                       token_format="json")
    tokens = TokenProvider(prof, lambda: SECRET, http)
    token = tokens.token()
    assert exchange.token_requests == [
        {"grantType": "client_credentials", "clientId": USER, "clientSecret": SECRET}]
    assert tokens.auth_headers() == {"bearer_auth": token}
    with ExchangeClient(prof, lambda: SECRET, http=http, tokens=tokens) as client:
        result = client.post_envelope("/v1/preauth/submit", "a.b.c.d.e")
    assert result.status == 202
    assert exchange.seen_auth[-1] == {"bearer_auth": token}


def test_client_credentials_form_grant(exchange: FakeExchange, http: httpx.Client) -> None:
    prof = profile_for(exchange, auth_style="client_credentials")
    TokenProvider(prof, lambda: SECRET, http).token()
    assert exchange.token_requests == [
        {"grant_type": "client_credentials", "client_id": USER, "client_secret": SECRET}]


def test_a_401_refreshes_the_token_once_and_succeeds(exchange: FakeExchange,
                                                     http: httpx.Client) -> None:
    with ExchangeClient(profile_for(exchange), lambda: SECRET, http=http) as client:
        assert client.post_envelope("/v1/preauth/submit", "x.y.z.w.v").status == 202
        exchange.valid_tokens.clear()  # the server forgot every token (expired early)
        result = client.post_envelope("/v1/claim/submit", "x.y.z.w.v")
        assert result.status == 202
        assert client.tokens.fetches == 2
    assert [s["path"] for s in exchange.submissions] == ["/v1/preauth/submit",
                                                         "/v1/claim/submit"]
    assert exchange.submissions[-1]["payload"] == "x.y.z.w.v"


def test_a_second_401_is_returned_not_retried_again(exchange: FakeExchange,
                                                    http: httpx.Client) -> None:
    exchange.reject_all_tokens = True
    with ExchangeClient(profile_for(exchange), lambda: SECRET, http=http) as client:
        result = client.post_envelope("/v1/preauth/submit", "x.y.z.w.v")
        assert result.status == 401
        assert client.tokens.fetches == 2  # the first token and exactly one refresh
    assert len(exchange.seen_auth) == 2
    err = result.error()
    assert err is not None and err.code == "ERR_ACCESS_DENIED"
    assert exchange.submissions == []


def test_wrong_credentials_give_the_servers_words(exchange: FakeExchange,
                                                  http: httpx.Client) -> None:
    tokens = TokenProvider(profile_for(exchange), lambda: "wrong", http)
    with pytest.raises(TokenError, match="Invalid user credentials") as info:
        tokens.token()
    assert info.value.status == 401 and info.value.systemic


def test_a_login_page_instead_of_a_token_is_refused(exchange: FakeExchange,
                                                    http: httpx.Client) -> None:
    exchange.token_page_html = True
    with pytest.raises(TokenError, match="did not answer JSON"):
        TokenProvider(profile_for(exchange), lambda: SECRET, http).token()


def test_missing_secret_or_user_is_bad_input_and_nothing_is_sent(exchange: FakeExchange,
                                                                 http: httpx.Client) -> None:
    with pytest.raises(BadInput, match="no password / client secret"):
        TokenProvider(profile_for(exchange), lambda: None, http).token()
    with pytest.raises(BadInput, match="no user name"):
        TokenProvider(profile_for(exchange, username=""), lambda: SECRET, http).token()
    assert exchange.token_requests == []


def test_concurrent_callers_share_one_token_fetch(exchange: FakeExchange,
                                                  http: httpx.Client) -> None:
    tokens = TokenProvider(profile_for(exchange), lambda: SECRET, http)
    results: list[str] = []
    start = threading.Barrier(6)

    def worker() -> None:
        start.wait(5)
        results.append(tokens.token())

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(results) == 6 and len(set(results)) == 1
    assert tokens.fetches == 1


# --------------------------------------------------------------------------- exchange client


def test_redirects_are_reported_not_followed(exchange: FakeExchange, http: httpx.Client) -> None:
    exchange.redirect_submit_to = "https://captive.example.net/login"
    with ExchangeClient(profile_for(exchange), lambda: SECRET, http=http) as client:
        result = client.post_envelope("/v1/preauth/submit", "a.b.c.d.e")
    assert result.status == 302
    assert result.is_redirect
    assert result.redirect_to == "https://captive.example.net/login"


def test_connection_refused_is_unreachable_connect(http: httpx.Client) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    prof = PayerProfile(code="gone", name="Gone", exchange_url=base, relay_url=base,
                        username=USER)
    with ExchangeClient(prof, lambda: SECRET, http=http) as client, \
            pytest.raises(ExchangeUnreachable) as info:
        client.post_envelope("/v1/preauth/submit", "a.b.c.d.e")
    assert info.value.kind == "connect" and info.value.retryable


def test_a_slow_server_is_unreachable_timeout(exchange: FakeExchange) -> None:
    exchange.hold_submit = True
    with ExchangeClient(profile_for(exchange), lambda: SECRET, timeout=1.0) as client:
        client.tokens.token()
        with pytest.raises(ExchangeUnreachable) as info:
            client.post_envelope("/v1/preauth/submit", "a.b.c.d.e")
    exchange.release.set()
    assert info.value.kind == "timeout"


def test_tls_failure_is_reported_as_tls_and_not_retryable(exchange: FakeExchange,
                                                          http: httpx.Client) -> None:
    https_base = exchange.base.replace("http://", "https://")
    prof = profile_for(exchange, exchange_url=https_base, relay_url=https_base)
    with ExchangeClient(prof, lambda: SECRET, http=http) as client, \
            pytest.raises(ExchangeUnreachable) as info:
        client.post_envelope("/v1/preauth/submit", "a.b.c.d.e")
    assert info.value.kind == "tls"
    assert not info.value.retryable


def test_client_refuses_plain_http_to_a_remote_live_exchange() -> None:
    prof = PayerProfile(code="live", name="Live", exchange_url="http://hcx.example.in")
    with pytest.raises(BadInput, match="must use https"):
        ExchangeClient(prof, lambda: SECRET)
    training = PayerProfile(code="t", name="T", training=True,
                            exchange_url="http://sandbox.lan:8765")
    ExchangeClient(training, lambda: SECRET).close()


def test_relay_inbox_fetch_and_ack(exchange: FakeExchange, http: httpx.Client) -> None:
    from app.hcx import jwe
    from tests.test_hcx_jwe import _pair

    _, cert = _pair("desk")
    sealed = jwe.seal(b"{}", {"x-hcx-api_call_id": "11111111-1111-1111-1111-111111111111",
                              "x-hcx-correlation_id": "c-1"}, cert)
    exchange.inbox = [
        {"cursor": "1", "payload": sealed},
        {"cursor": "2", "headers": {"x-hcx-status": "response.error",
                                    "x-hcx-api_call_id": "22222222-2222-2222-2222-222222222222",
                                    "x-hcx-error_details": {"code": "ERR_INVALID_ENCRYPTION"}}},
        {"cursor": "3", "payload": "garbage"},
    ]
    with ExchangeClient(profile_for(exchange), lambda: SECRET, http=http) as client:
        page = client.fetch_inbox(None)
        assert [e.cursor for e in page.entries] == ["1", "2", "3"]
        assert page.cursor == "3"
        assert page.entries[0].payload == sealed
        assert page.entries[0].api_call_id == "11111111-1111-1111-1111-111111111111"
        assert page.entries[0].correlation_id == "c-1"
        assert page.entries[1].payload is None
        assert page.entries[1].headers["x-hcx-error_details"]["code"] == \
            "ERR_INVALID_ENCRYPTION"
        assert page.entries[2].headers == {}  # unreadable: kept for the dead-letter list
        assert client.fetch_inbox("2").cursor == "3"
        assert [e.cursor for e in client.fetch_inbox("2").entries] == ["3"]
        assert client.fetch_inbox("3").entries == []
        client.ack_inbox("3")
    assert exchange.acked == ["3"]


def test_relay_login_page_and_unauthorized_are_errors(exchange: FakeExchange,
                                                      http: httpx.Client) -> None:
    portal = profile_for(exchange, relay_url=exchange.base + "/portal/relay/v1/inbox")
    with ExchangeClient(portal, lambda: SECRET, http=http) as client, \
            pytest.raises(InboxFormatError, match="a web page"):
        client.fetch_inbox(None)
    exchange.reject_all_tokens = True
    with ExchangeClient(profile_for(exchange), lambda: SECRET, http=http) as client, \
            pytest.raises(RelayRequestFailed, match="ERR_ACCESS_DENIED") as info:
        client.fetch_inbox(None)
    assert info.value.result.status == 401


def test_receipt_and_client_for_a_saved_payer(exchange: FakeExchange, data_dir: Any,
                                              no_keyring: None) -> None:
    from app.desk import Desk
    from app.payers import PayerSecrets, save_profile
    from tests.conftest import FAST_KDF

    with Desk.create(data_dir, passphrase="correct horse battery", use_keyring=False,
                     kdf=FAST_KDF) as desk:
        save_profile(desk.store, profile_for(exchange))
        PayerSecrets(desk.store).set("test-payer", SECRET)
        with ExchangeClient.for_payer(desk.store, "test-payer") as client:
            result = client.post_envelope("/v1/preauth/submit", "a.b.c.d.e")
    receipt = result.receipt()
    assert receipt is not None
    assert (receipt.api_call_id, receipt.correlation_id) == ("a", "c")
    assert result.error() is None and not result.looks_like_html


def test_inbox_page_in_the_sandbox_items_shape() -> None:
    from app.hcx.exchange_client import HttpResult, parse_inbox_page

    body = {"items": [{"cursor": "7", "action": "preauth/on_submit",
                       "path": "/v1/preauth/on_submit", "api_call_id": "api-7",
                       "correlation_id": "corr-7", "payload": "not-a-jwe"}],
            "cursor": "7", "acked": "6", "more": True}
    page = parse_inbox_page(HttpResult(200, {"content-type": "application/json"},
                                       json.dumps(body).encode(), "http://127.0.0.1/x"))
    assert page.cursor == "7" and page.more
    entry = page.entries[0]
    assert entry.path == "/v1/preauth/on_submit"
    assert entry.payload == "not-a-jwe" and entry.headers == {}
    assert (entry.api_call_id, entry.correlation_id) == ("api-7", "corr-7")
    with pytest.raises(InboxFormatError, match="no inbox page"):
        parse_inbox_page(HttpResult(200, {}, b'{"status": "ok"}', "http://127.0.0.1/x"))
