"""Turn an HTTP answer (or the lack of one) into a :class:`~offline.sync.SendResult`.

The app's HCX transport posts with httpx (TLS verification on, ``follow_redirects=False``, a token
refreshed once on 401 *before* classifying) and hands the answer here. The functions take plain
values, so every rule is testable without a server:

    result = classify_response(status=r.status_code, headers=r.headers, body=r.content,
                               request_url=str(r.request.url))
    result = classify_exception(exc)         # httpx.ConnectError, ReadTimeout, ssl errors ...
    result = classify_httpx_response(r)      # the same as the first line, for convenience

Rules (architecture.md section 4):

- **delivered**: 2xx whose JSON body is an exchange receipt (``api_call_id`` /
  ``correlation_id`` / ``timestamp``), or any answer saying the server already has this message
  ("duplicate", "already received / exists / processed").
- **retryable**: no answer (connection refused, DNS, timeouts, dropped connection: the ids are
  kept, so a server that did store the message answers "duplicate" next time), 408, 425, 429, 5xx
  (except 501), ``ERR_SERVICE_UNAVAILABLE``, ``ERR_RECIPIENT_NOT_AVAILABLE``; ``Retry-After`` in
  seconds or as an HTTP date is honoured.
- **rejected**: other 4xx and ``ERR_*`` codes about this message; ``server_message`` holds the
  server's words verbatim for the clerk.
- **systemic** (pause the payer, one alert): 401/407/403 (credentials refused after the refresh),
  ``ERR_ACCESS_DENIED`` / ``ERR_INVALID_SENDER`` (the desk's own registration), a TLS failure, a
  wrong URL (404/405/410 without an exchange error body, 501, an unsupported scheme), an HTML page
  answering (a captive portal or login page, even with 200), any redirect (to another host it is
  refused outright; the API never redirects), a 2xx that is not a receipt.
"""

from __future__ import annotations

import html
import json
import re
import ssl
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from offline.retry import parse_retry_after
from offline.sync import SendResult

RETRYABLE_CODES = frozenset({"ERR_SERVICE_UNAVAILABLE", "ERR_RECIPIENT_NOT_AVAILABLE"})
SYSTEMIC_CODES = frozenset({"ERR_ACCESS_DENIED", "ERR_INVALID_SENDER"})
DUPLICATE_PATTERN = re.compile(
    r"duplicate|already\s+(?:been\s+)?(?:received|exists?|processed|submitted|recorded)",
    re.IGNORECASE)
RECEIPT_KEYS = ("api_call_id", "correlation_id", "timestamp",
                "x-hcx-api_call_id", "x-hcx-correlation_id", "x-hcx-timestamp")
MAX_MESSAGE = 500
_INSPECT_BYTES = 64 * 1024


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()}


def _text(body: bytes | str) -> str:
    if isinstance(body, str):
        return body[:_INSPECT_BYTES]
    return body[:_INSPECT_BYTES].decode("utf-8", errors="replace")


def looks_like_html(headers: Mapping[str, str], body: bytes | str) -> bool:
    """True when the answer is a web page (content type or the first bytes say so)."""
    ctype = _lower(headers).get("content-type", "").lower()
    if "html" in ctype:
        return True
    head = _text(body)[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body"))


def html_title(body: bytes | str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", _text(body), re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    return _squash(html.unescape(m.group(1))) or None


def _squash(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + "\u2026"


def plain_text(body: bytes | str) -> str | None:
    """The body as short plain text (tags removed), or None when empty."""
    text = _text(body)
    if "<" in text and ">" in text:
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.I | re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    out = _squash(text)
    return out or None


def parse_json(body: bytes | str) -> Any:
    """The JSON body, or None when it is not JSON."""
    try:
        return json.loads(body)
    except (ValueError, TypeError):
        return None


def error_details(doc: Any) -> tuple[str | None, str | None]:
    """``(code, message)`` from the error shapes HCX gateways and payers use: ``{"error": {code,
    message}}``, ``{"x-hcx-error_details": {...}}``, ``{"errors": [...]}``, a top-level ``code``
    with ``message``, or ``{"error": "text"}``."""
    if not isinstance(doc, dict):
        return None, None
    for key in ("error", "x-hcx-error_details", "error_details"):
        val = doc.get(key)
        if isinstance(val, dict):
            return _str(val.get("code")), _str(val.get("message") or val.get("description"))
        if isinstance(val, str) and val:
            return (val if val.startswith("ERR_") else None,
                    _str(doc.get("message") or doc.get("error_description") or val))
    errors = doc.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        return _str(first.get("code")), _str(first.get("message"))
    code = _str(doc.get("code"))
    if code and code.upper().startswith("ERR"):
        return code, _str(doc.get("message"))
    return None, None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def is_cross_host_redirect(request_url: str, location: str) -> bool:
    """True when ``location`` (absolute or relative) points at another host, port or scheme."""
    target = urlsplit(urljoin(request_url, location))
    origin = urlsplit(request_url)
    return ((target.hostname or "").lower(), target.port, target.scheme) != (
        (origin.hostname or "").lower(), origin.port, origin.scheme)


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _by_code(code: str | None, message: str | None, status: int,
             retry_after: float | None) -> SendResult | None:
    words = message or code
    if (code and "DUPLICATE" in code.upper()) or (message and DUPLICATE_PATTERN.search(message)):
        return SendResult.delivered(http_status=status, duplicate=True, server_message=words)
    if code in RETRYABLE_CODES:
        return SendResult.retryable("The exchange or the payer is busy or unavailable.",
                                    http_status=status, error_code=code, server_message=words,
                                    retry_after=retry_after)
    if code in SYSTEMIC_CODES:
        return SendResult.systemic(
            "The exchange refused this desk's identity or access. Check the desk's participant "
            "code and credentials for this payer.", http_status=status, error_code=code,
            server_message=words)
    if code:
        return SendResult.rejected("The exchange refused the message.", http_status=status,
                                   error_code=code, server_message=words)
    return None


def classify_response(*, status: int, headers: Mapping[str, str], body: bytes | str,
                      request_url: str, now: float | None = None) -> SendResult:
    """Classify one HTTP answer to a POST (redirects not followed)."""
    h = _lower(headers)
    at = time.time() if now is None else now
    retry_after = parse_retry_after(h.get("retry-after"), at)
    is_html = looks_like_html(h, body)
    doc = None if is_html else parse_json(body)
    code, message = error_details(doc)
    words = message or (html_title(body) if is_html else plain_text(body))

    if 300 <= status < 400:
        location = h.get("location", "")
        if location and is_cross_host_redirect(request_url, location):
            target = _host(urljoin(request_url, location))
            return SendResult.systemic(
                f"The exchange address sent the desk to another host ({target}); the desk refused "
                "to follow it. This is usually a network login page or a wrong exchange URL: "
                "check the payer's settings.", http_status=status)
        return SendResult.systemic(
            f"The exchange address answered with a redirect ({status}) instead of a receipt. "
            "Check the payer's exchange URL.", http_status=status)

    if 200 <= status < 300:
        if is_html:
            return SendResult.systemic(
                "A web page answered instead of the exchange (often a Wi-Fi or proxy login "
                "page). Nothing was delivered. Log in to the network or check the exchange URL.",
                http_status=status, server_message=html_title(body))
        if not isinstance(doc, dict):
            return SendResult.systemic(
                "The exchange address answered, but not with an exchange receipt. Check the "
                "payer's exchange URL.", http_status=status, server_message=plain_text(body))
        by_code = _by_code(code, message, status, retry_after)
        if by_code is not None:
            return by_code
        if any(doc.get(k) for k in RECEIPT_KEYS):
            return SendResult.delivered(http_status=status, receipt=doc)
        return SendResult.systemic(
            "The exchange address answered, but not with an exchange receipt. Check the payer's "
            "exchange URL.", http_status=status, server_message=plain_text(body))

    if status in (401, 407):
        return SendResult.systemic(
            "The exchange refused the desk's credentials even after a fresh sign-in. Check the "
            "user name, password or client secret for this payer.", http_status=status,
            error_code=code, server_message=words)
    if status == 403:
        return SendResult.systemic(
            "The exchange refused access to this desk. Check the desk's registration and "
            "credentials for this payer.", http_status=status, error_code=code,
            server_message=words)
    if status in (408, 425, 429):
        reason = ("The exchange asked the desk to slow down." if status == 429
                  else "The exchange did not take the message in time.")
        return SendResult.retryable(reason, http_status=status, retry_after=retry_after,
                                    error_code=code, server_message=words)
    if 400 <= status < 500:
        by_code = _by_code(code, message, status, retry_after)
        if by_code is not None:
            return by_code
        if status in (404, 405, 410) or is_html:
            return SendResult.systemic(
                f"The exchange address did not accept the request ({status}); the URL is probably "
                "wrong. Check the payer's exchange URL.", http_status=status,
                server_message=words)
        if status == 409 and not words:
            return SendResult.delivered(http_status=status, duplicate=True)
        return SendResult.rejected("The exchange refused the message.", http_status=status,
                                   error_code=code, server_message=words)
    if status == 501:
        return SendResult.systemic(
            "The exchange address does not offer this service (501). Check the payer's "
            "exchange URL.", http_status=status, error_code=code, server_message=words)
    if 500 <= status < 600:
        return SendResult.retryable("The exchange had a server error; the desk will try again.",
                                    http_status=status, retry_after=retry_after,
                                    error_code=code, server_message=words)
    return SendResult.systemic(f"The exchange gave an unexpected answer ({status}).",
                               http_status=status, server_message=words)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen and len(seen) < 10:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def is_tls_failure(exc: BaseException) -> bool:
    """True when a certificate or TLS handshake problem caused ``exc``."""
    for e in _chain(exc):
        if isinstance(e, ssl.SSLError):
            return True
        text = str(e)
        if "CERTIFICATE_VERIFY_FAILED" in text or "[SSL" in text or "TLSV1_ALERT" in text:
            return True
    return False


def classify_exception(exc: BaseException) -> SendResult:
    """Classify a request that got no HTTP answer."""
    if is_tls_failure(exc):
        return SendResult.systemic(
            "The secure (TLS) connection to the exchange failed: its certificate is not trusted "
            "or the connection is being intercepted. Nothing was sent. Check the exchange URL "
            "and the network (a proxy or login page can cause this).")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return SendResult.systemic(
            f"The exchange URL is not valid ({exc}). Check the payer's settings.")
    if isinstance(exc, httpx.TooManyRedirects):
        return SendResult.systemic("The exchange address keeps redirecting. Check the URL.")
    if isinstance(exc, httpx.ConnectTimeout):
        return SendResult.retryable("Timed out connecting to the exchange.", network=True)
    if isinstance(exc, httpx.TimeoutException):
        return SendResult.retryable(
            "The exchange did not answer in time; the desk will try again with the same ids, "
            "so it cannot be recorded twice.", network=True)
    if isinstance(exc, httpx.ConnectError):
        return SendResult.retryable("Could not connect to the exchange (no network, or the "
                                    "exchange is down).", network=True)
    if isinstance(exc, httpx.TransportError | OSError):
        return SendResult.retryable(
            "The connection to the exchange broke; the desk will try again with the same ids.",
            network=True)
    return SendResult.retryable(
        f"The request could not be completed (an unexpected {type(exc).__name__}); the desk will "
        "try again with the same ids.")


def classify_httpx_response(response: httpx.Response, now: float | None = None) -> SendResult:
    """:func:`classify_response` for an ``httpx.Response`` whose body has been read."""
    return classify_response(status=response.status_code, headers=dict(response.headers),
                             body=response.content, request_url=str(response.request.url),
                             now=now)
