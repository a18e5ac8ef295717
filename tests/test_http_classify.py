"""HTTP answers -> delivered / retryable / rejected / systemic, from plain values and over real
loopback HTTP (httpx against a tiny stdlib server in a thread)."""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from offline.http_classify import (
    classify_exception,
    classify_httpx_response,
    classify_response,
    error_details,
    is_cross_host_redirect,
    looks_like_html,
)
from offline.retry import http_date
from offline.sync import Outcome, SendResult

URL = "https://exchange.example.in/v1/preauth/submit"
NOW = 1_800_000_000.0
RECEIPT = {"timestamp": "1800000000000", "api_call_id": "a1", "correlation_id": "c1"}


def classify(status: int, body: bytes | str = b"", **headers: str) -> SendResult:
    return classify_response(status=status, headers=headers, body=body, request_url=URL, now=NOW)


def err(code: str, message: str) -> bytes:
    return json.dumps({"timestamp": "1", "error": {"code": code, "message": message,
                                                   "trace": ""}}).encode()


# ---------------------------------------------------------------- plain values


def test_202_with_receipt_is_delivered_and_keeps_the_receipt() -> None:
    result = classify(202, json.dumps(RECEIPT), **{"Content-Type": "application/json"})
    assert result.kind is Outcome.DELIVERED
    assert result.receipt == RECEIPT and not result.duplicate


def test_html_login_page_answering_200_is_systemic_not_delivered() -> None:
    page = b"<!DOCTYPE html><html><head><title>Hotel Wi-Fi Login</title></head></html>"
    result = classify(200, page, **{"Content-Type": "text/html"})
    assert result.kind is Outcome.SYSTEMIC
    assert result.server_message == "Hotel Wi-Fi Login"
    assert "web page" in result.reason


def test_html_page_without_content_type_is_still_recognised() -> None:
    assert looks_like_html({}, b"  <html><body>hi</body></html>")
    assert classify(200, b"<html><body>Sign in</body></html>").kind is Outcome.SYSTEMIC


def test_2xx_that_is_not_a_receipt_is_systemic() -> None:
    assert classify(200, b"").kind is Outcome.SYSTEMIC
    assert classify(202, b'{"hello": "world"}').kind is Outcome.SYSTEMIC
    assert classify(200, b"[1, 2]").kind is Outcome.SYSTEMIC


def test_redirect_to_another_host_is_refused_as_systemic() -> None:
    result = classify(302, Location="http://login.captive.example/portal")
    assert result.kind is Outcome.SYSTEMIC
    assert "login.captive.example" in result.reason


def test_cross_host_detection_covers_relative_port_and_scheme_changes() -> None:
    assert not is_cross_host_redirect(URL, "/v1/other")
    assert is_cross_host_redirect(URL, "https://evil.example/v1")
    assert is_cross_host_redirect(URL, "https://exchange.example.in:8443/v1")
    assert is_cross_host_redirect(URL, "http://exchange.example.in/v1")


def test_same_host_redirect_is_systemic_too_because_the_api_never_redirects() -> None:
    assert classify(301, Location="/v2/preauth/submit").kind is Outcome.SYSTEMIC


def test_429_with_retry_after_seconds() -> None:
    result = classify(429, b"slow down", **{"Retry-After": "30"})
    assert result.kind is Outcome.RETRYABLE and result.retry_after == 30.0


def test_503_with_retry_after_date() -> None:
    result = classify(503, b"", **{"Retry-After": http_date(NOW + 120)})
    assert result.kind is Outcome.RETRYABLE
    assert result.retry_after == pytest.approx(120.0)
    assert not result.network


@pytest.mark.parametrize("status", [500, 502, 504, 408, 425])
def test_server_errors_and_timeouts_are_retryable(status: int) -> None:
    assert classify(status, b"oops").kind is Outcome.RETRYABLE


def test_gateway_error_code_is_a_rejection_with_the_servers_words_verbatim() -> None:
    words = "Timestamp is older than 24 hours: 2026-12-01T10:00:00+05:30"
    result = classify(400, err("ERR_INVALID_TIMESTAMP", words))
    assert result.kind is Outcome.REJECTED
    assert result.error_code == "ERR_INVALID_TIMESTAMP"
    assert result.server_message == words
    assert result.describe() == words


def test_err_code_inside_a_2xx_body_is_a_rejection() -> None:
    result = classify(202, err("ERR_INVALID_PAYLOAD", "bad bundle"))
    assert result.kind is Outcome.REJECTED and result.server_message == "bad bundle"


def test_duplicate_answer_counts_as_delivered() -> None:
    result = classify(400, err("ERR_INVALID_API_CALL_ID", "Request already received"))
    assert result.kind is Outcome.DELIVERED and result.duplicate
    assert classify(409, err("ERR_DUPLICATE", "dup")).kind is Outcome.DELIVERED


def test_retryable_and_systemic_gateway_codes() -> None:
    assert classify(400, err("ERR_SERVICE_UNAVAILABLE", "x")).kind is Outcome.RETRYABLE
    assert classify(400, err("ERR_RECIPIENT_NOT_AVAILABLE", "x")).kind is Outcome.RETRYABLE
    assert classify(400, err("ERR_ACCESS_DENIED", "no")).kind is Outcome.SYSTEMIC


@pytest.mark.parametrize("status", [401, 403, 407])
def test_credentials_refused_is_systemic(status: int) -> None:
    result = classify(status, b'{"error": "invalid_token"}')
    assert result.kind is Outcome.SYSTEMIC and result.http_status == status


def test_404_without_exchange_error_means_wrong_url() -> None:
    assert classify(404, b"Not Found").kind is Outcome.SYSTEMIC
    assert classify(404, err("ERR_INVALID_RECIPIENT", "unknown payer")).kind is Outcome.REJECTED


def test_other_4xx_is_a_rejection_with_plain_text_words() -> None:
    result = classify(422, b"Claim.total does not match the items")
    assert result.kind is Outcome.REJECTED
    assert result.server_message == "Claim.total does not match the items"


def test_error_shapes_are_all_understood() -> None:
    assert error_details({"x-hcx-error_details": {"code": "ERR_X", "message": "m"}}) == \
        ("ERR_X", "m")
    assert error_details({"errors": [{"code": "ERR_Y", "message": "n"}]}) == ("ERR_Y", "n")
    assert error_details({"code": "ERR_Z", "message": "o"}) == ("ERR_Z", "o")
    assert error_details({"api_call_id": "a"}) == (None, None)


def test_exceptions_are_classified() -> None:
    req = httpx.Request("POST", URL)
    assert classify_exception(httpx.ConnectError("refused", request=req)).network
    assert classify_exception(httpx.ReadTimeout("t", request=req)).kind is Outcome.RETRYABLE
    assert classify_exception(httpx.RemoteProtocolError("dropped", request=req)).kind \
        is Outcome.RETRYABLE
    assert classify_exception(httpx.UnsupportedProtocol("ftp")).kind is Outcome.SYSTEMIC


def test_tls_failure_is_systemic_even_when_wrapped() -> None:
    try:
        try:
            raise ssl.SSLCertVerificationError("certificate verify failed")
        except ssl.SSLError as inner:
            raise httpx.ConnectError("handshake failed") from inner
    except httpx.ConnectError as exc:
        result = classify_exception(exc)
    assert result.kind is Outcome.SYSTEMIC and "TLS" in result.reason


# ---------------------------------------------------------------- real loopback HTTP


class _Handler(BaseHTTPRequestHandler):
    release: threading.Event

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        path = self.path
        if path == "/ok":
            self._reply(202, json.dumps(RECEIPT).encode(), {"Content-Type": "application/json"})
        elif path == "/portal":
            self._reply(200, b"<html><head><title>Guest Wi-Fi</title></head></html>",
                        {"Content-Type": "text/html; charset=utf-8"})
        elif path == "/moved":
            self._reply(302, b"", {"Location": "http://portal.invalid/login"})
        elif path == "/busy":
            self._reply(429, b"", {"Retry-After": http_date(NOW + 45)})
        elif path == "/broken":
            self._reply(500, b"Internal Server Error", {"Content-Type": "text/plain"})
        elif path == "/slow":
            self.release.wait(5.0)  # the client gives up long before; released at teardown
            self._reply(202, json.dumps(RECEIPT).encode(), {})
        else:
            self._reply(404, b"nothing here", {})


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    release = threading.Event()
    handler = type("Handler", (_Handler,), {"release": release})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def post(url: str, timeout: float = 2.0) -> SendResult:
    """What the app's transport does: post without following redirects, classify."""
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        try:
            response = client.post(url, json={"payload": "x.y.z.w.v"})
        except httpx.HTTPError as exc:
            return classify_exception(exc)
        return classify_httpx_response(response, now=NOW)


def test_loopback_receipt_is_delivered(server: str) -> None:
    result = post(f"{server}/ok")
    assert result.kind is Outcome.DELIVERED and result.http_status == 202


def test_loopback_html_page_with_200_is_systemic(server: str) -> None:
    result = post(f"{server}/portal")
    assert result.kind is Outcome.SYSTEMIC and result.server_message == "Guest Wi-Fi"


def test_loopback_redirect_to_another_host_is_refused(server: str) -> None:
    result = post(f"{server}/moved")
    assert result.kind is Outcome.SYSTEMIC and "portal.invalid" in result.reason


def test_loopback_429_with_retry_after_date(server: str) -> None:
    result = post(f"{server}/busy")
    assert result.kind is Outcome.RETRYABLE
    assert result.retry_after == pytest.approx(45.0)


def test_loopback_500_is_retryable(server: str) -> None:
    result = post(f"{server}/broken")
    assert result.kind is Outcome.RETRYABLE and result.http_status == 500
    assert result.server_message == "Internal Server Error"


def test_loopback_unknown_path_is_a_wrong_url(server: str) -> None:
    assert post(f"{server}/nowhere").kind is Outcome.SYSTEMIC


def test_loopback_connection_refused_is_retryable_network() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens on this port now
    result = post(f"http://127.0.0.1:{port}/v1/preauth/submit")
    assert result.kind is Outcome.RETRYABLE and result.network


def test_loopback_read_timeout_is_retryable_network(server: str) -> None:
    result = post(f"{server}/slow", timeout=0.3)
    assert result.kind is Outcome.RETRYABLE and result.network
    assert "same ids" in result.reason
