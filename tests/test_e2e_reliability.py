"""Reliability against the real sandbox over loopback: outages, slow answers, server errors, rate
limits, a dropped connection after the exchange committed, token expiry, wrong credentials, a
captive-portal page and a redirect to another host.

The engine gets a fake clock and a short backoff, so a retry becomes due when the test moves the
clock, never after a real wait; conditions are polled with deadlines, never slept on. The
sandbox's fault injection (``POST /sandbox/fault``) makes the trouble; its ledger is the truth
about what the exchange received. Each test first warms the desk's caches (token, the payer's
certificate), so that the armed fault hits the request under test and not a token fetch.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from app import audit
from app.cases import load_case
from app.documents import sent_records
from app.hcx.identity import ensure_identity
from app.hcx.registry import ParticipantRegistry
from app.payers import TRAINING_PAYER, PayerSecrets, get_profile, save_profile
from app.service import DeskService
from offline.connectivity import ConnectivityState
from offline.keys import KeyringAccess
from offline.outbox import Message, State
from offline.retry import Backoff
from offline.sync import Alert
from tests.test_e2e_support import (
    ACTOR,
    FakeClock,
    admit,
    assert_each_message_received_once,
    base_url,
    decisions_applied,
    expire_tokens,
    fault,
    ledger,
    legs,
    make_desk,
    point_training_payer,
    receipts_by_api_call,
    service,
    status,
    sync_until,
    wait_for,
)

pytestmark = pytest.mark.slow

BACKOFF = Backoff(base=1.0, factor=2.0, cap=4.0, floor=0.5)
PAST_BACKOFF = 5.0  # seconds of fake time after which any backoff delay has elapsed


class Desk:
    """A desk service wired for reliability tests: fake clock, short backoff, recorded events."""

    def __init__(self, data_dir: Path, **options: Any) -> None:
        self.desk = make_desk(data_dir)
        self.clock = FakeClock()
        self.svc: DeskService = service(self.desk, clock=self.clock, backoff=BACKOFF,
                                        rng=lambda: 0.5, **options)
        self.alerts: list[Alert] = []
        self.changes: list[Message] = []
        self.svc.engine.on_alert.connect(self.alerts.append)
        self.svc.engine.on_message_changed.connect(self.changes.append)
        self.svc.connect()
        self.url = base_url(self.svc)

    def warm(self, payer: str = TRAINING_PAYER) -> None:
        """Fetch a token and the payer's certificate now (both are then cached)."""
        client = self.svc.transport.client(payer)
        client.tokens.token()
        ParticipantRegistry(self.svc.store, client).certificate(
            get_profile(self.svc.store, payer).payer_participant_code)

    def submit_new_case(self, seed: int, payer: str = TRAINING_PAYER) -> tuple[str, Message]:
        case_id = admit(self.svc, poi_seed=seed, payer=payer)
        return case_id, self.svc.submit(case_id, "preauth", actor=ACTOR)

    def message(self, message_id: str) -> Message:
        return self.svc.engine.outbox.get(message_id)

    def attempts_seen(self, message_id: str) -> list[Message]:
        """The message as it was after each recorded attempt (retry, delivery, pause)."""
        return [m for m in self.changes if m.id == message_id and m.state is not State.SENDING
                and m.attempts > 0]

    def close(self) -> None:
        self.svc.stop()
        self.desk.close()


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk(data_dir)
    try:
        d.warm()
        yield d
    finally:
        d.close()


def _approved(d: Desk, case_id: str) -> bool:
    return status(d.svc, case_id) == "preauth_approved"


# ---------------------------------------------------------------- outage


def test_outage_keeps_messages_queued_then_they_go_without_anyone_acting(
        data_dir: Path) -> None:
    d = Desk(data_dir, synchronous=False)
    try:
        d.warm()
        d.svc.engine.pull_interval = 0.1
        fault(d.url, "down", count=100_000)
        sent = [d.submit_new_case(seed) for seed in (1, 2, 3)]
        d.svc.engine.start()
        wait_for(lambda: all(d.message(m.id).attempts >= 1
                             and d.message(m.id).state is State.QUEUED for _, m in sent)
                 and d.svc.engine.connectivity.state is ConnectivityState.OFFLINE,
                 what="every message to be tried once while the exchange is down")
        for _, m in sent:
            now = d.message(m.id)
            reason = d.svc.why_waiting(now)
            assert "offline" in reason and "as soon as the network is back" in reason, reason
        assert ledger(d.url) == []  # the exchange processed nothing while down
        tried_while_down = {m.id: d.message(m.id).attempts for _, m in sent}

        fault(d.url, "none")  # the outage ends; nobody touches the desk; the clock stands still
        wait_for(lambda: all(_approved(d, case_id) for case_id, _ in sent), timeout=30,
                 what="every case to be approved once the exchange is back")
        d.svc.engine.stop()
        queue = d.svc.queue()
        assert all(m.state is State.DONE for m in queue)
        assert all(d.message(m.id).attempts > tried_while_down[m.id] for _, m in sent)
        assert_each_message_received_once(d.url, queue)
        assert d.alerts == []
        assert d.svc.engine.connectivity.state is ConnectivityState.ONLINE
    finally:
        d.close()


# ---------------------------------------------------------------- slow, error, rate limit


def test_slow_exchange_times_out_then_the_message_is_delivered_once(data_dir: Path) -> None:
    d = Desk(data_dir, http_timeout=1.0)
    try:
        d.warm()
        case_id, msg = d.submit_new_case(1)
        fault(d.url, "slow", count=1, seconds=2.5)
        d.svc.engine.send_due()
        first = d.message(msg.id)
        assert first.state is State.QUEUED and first.attempts == 1
        assert first.last_error is not None and "did not answer in time" in first.last_error
        for _ in range(5):  # bounded: a loaded machine may need another try
            d.clock.advance(PAST_BACKOFF)
            d.svc.engine.send_due()
            if d.message(msg.id).state is State.SENT:
                break
        assert d.message(msg.id).state is State.SENT
        assert d.message(msg.id).api_call_id == msg.api_call_id  # the retry kept its ids
        # the slow first attempt still reaches the exchange: one of the two is the duplicate
        wait_for(lambda: sum(receipts_by_api_call(d.url)[1].values()) >= 1, timeout=10,
                 what="the late first attempt to land")
        sync_until(d.svc, lambda: _approved(d, case_id))
        assert_each_message_received_once(d.url, d.svc.queue())
        assert [dec for _, dec in decisions_applied(d.svc, case_id)] == ["approved"]
    finally:
        d.close()


def test_server_errors_are_retried_with_the_same_ids(desk: Desk) -> None:
    case_id, msg = desk.submit_new_case(1)
    fault(desk.url, "error", count=2)
    for _ in range(3):
        desk.svc.engine.send_due()
        desk.clock.advance(PAST_BACKOFF)
    attempts = desk.attempts_seen(msg.id)
    assert [m.last_http_status for m in attempts] == [500, 500, 202]
    assert [m.state for m in attempts] == [State.QUEUED, State.QUEUED, State.SENT]
    assert {m.api_call_id for m in attempts} == {msg.api_call_id}
    assert "ERR_SERVICE_UNAVAILABLE" in (attempts[0].last_error_code or "")
    sync_until(desk.svc, lambda: _approved(desk, case_id))
    assert_each_message_received_once(desk.url, desk.svc.queue())
    assert receipts_by_api_call(desk.url)[1] == {}  # no duplicate: the 500s processed nothing


def test_rate_limit_retry_after_is_honoured_in_seconds_and_as_an_http_date(desk: Desk) -> None:
    case_id, msg = desk.submit_new_case(1)
    fault(desk.url, "ratelimit", count=2, seconds=120)  # "120", then an HTTP date 120 s ahead
    desk.svc.engine.send_due()
    first = desk.message(msg.id)
    assert first.last_http_status == 429 and first.state is State.QUEUED
    assert first.next_attempt_at - desk.clock() == pytest.approx(120, abs=0.01)
    # 100 s later it is still not due: nothing is sent, even when the network "changes"
    desk.clock.advance(100)
    desk.svc.engine.hint_network_changed()
    desk.svc.engine.send_due()
    assert desk.message(msg.id).attempts == 1
    desk.clock.advance(21)
    desk.svc.engine.send_due()
    second = desk.message(msg.id)
    assert second.attempts == 2 and second.last_http_status == 429
    # an HTTP date has whole seconds and was computed on the server's real clock
    assert 118 <= second.next_attempt_at - desk.clock() <= 121
    desk.clock.advance(60)
    desk.svc.engine.send_due()
    assert desk.message(msg.id).attempts == 2  # still waiting as the server asked
    desk.clock.advance(62)
    desk.svc.engine.send_due()
    assert desk.message(msg.id).state is State.SENT and desk.message(msg.id).attempts == 3
    sync_until(desk.svc, lambda: _approved(desk, case_id))
    assert_each_message_received_once(desk.url, desk.svc.queue())


# ---------------------------------------------------------------- dropped after commit


def test_drop_after_commit_is_delivered_once_and_decided_once(desk: Desk) -> None:
    case_id, msg = desk.submit_new_case(1)
    fault(desk.url, "drop-after-commit", count=1)
    desk.svc.engine.send_due()
    dropped = desk.message(msg.id)
    assert dropped.state is State.QUEUED and dropped.attempts == 1  # the desk cannot know
    firsts, dups = receipts_by_api_call(desk.url)
    assert firsts == {msg.api_call_id: 1} and dups == {}  # ... but the exchange has it
    desk.clock.advance(PAST_BACKOFF)
    desk.svc.engine.send_due()
    delivered = desk.message(msg.id)
    assert delivered.state is State.SENT and delivered.attempts == 2
    assert delivered.receipt is not None
    assert delivered.receipt.get("api_call_id") == msg.api_call_id  # the original receipt
    firsts, dups = receipts_by_api_call(desk.url)
    assert firsts == {msg.api_call_id: 1} and dups == {msg.api_call_id: 1}
    sync_until(desk.svc, lambda: _approved(desk, case_id))
    assert [dec for _, dec in decisions_applied(desk.svc, case_id)] == ["approved"]
    assert desk.message(msg.id).state is State.DONE


# ---------------------------------------------------------------- the payer's certificate


def test_a_rotated_payer_certificate_is_fetched_again_and_the_message_goes_with_fresh_ids(
        desk: Desk) -> None:
    """The desk cached the payer's certificate (warm); the payer rotates it. The next message,
    sealed to the old one, is refused ERR_INVALID_ENCRYPTION; the desk drops the cached
    certificate, fetches the new one and sends again with fresh ids (the exchange keeps its
    refusal of the old ones), and the payer decides it."""
    old_cert = ParticipantRegistry(desk.svc.store, desk.svc.transport.client(TRAINING_PAYER)
                                   ).certificate("training-tpa@sandbox")
    rotated = httpx.post(f"{desk.url}/sandbox/payer/rotate-key", timeout=30)
    assert rotated.status_code == 200
    new_cert = rotated.json()["encryption_cert"].encode("ascii")
    assert new_cert != old_cert
    case_id, msg = desk.submit_new_case(31)
    desk.svc.sync_once()
    after = desk.message(msg.id)
    assert after.state is State.QUEUED and after.attempts == 1
    assert after.last_error_code == "ERR_INVALID_ENCRYPTION"
    [retired] = after.retired_ids
    assert (retired.api_call_id, retired.correlation_id) == (msg.api_call_id,
                                                             msg.correlation_id)
    assert after.api_call_id != msg.api_call_id and after.correlation_id != msg.correlation_id
    assert ledger(desk.url) == []  # the refused attempt was not taken in
    desk.clock.advance(PAST_BACKOFF)
    sync_until(desk.svc, lambda: _approved(desk, case_id), what="the approval")
    cached = ParticipantRegistry(desk.svc.store, desk.svc.transport.client(TRAINING_PAYER)
                                 ).cached("training-tpa@sandbox")
    assert cached is not None and cached.certificate_pem == new_cert
    done = desk.message(msg.id)
    assert done.state is State.DONE and done.attempts == 2
    assert [r["api_call_id"] for r in ledger(desk.url)] == [done.api_call_id]
    assert [leg.api_call_id for leg in legs(desk.svc, case_id)] == [done.api_call_id]
    rejections = httpx.get(f"{desk.url}/sandbox/rejections", timeout=10).json()
    assert [r["api_call_id"] for r in rejections] == [msg.api_call_id]


def test_a_query_answer_refused_for_an_old_certificate_keeps_the_payers_correlation(
        desk: Desk) -> None:
    case_id = admit(desk.svc, ot_rupees=325_000, poi_seed=41)  # queried by the sandbox
    desk.svc.submit(case_id, "preauth", actor=ACTOR)
    sync_until(desk.svc, lambda: status(desk.svc, case_id) == "preauth_queried",
               what="the payer's query")
    assert httpx.post(f"{desk.url}/sandbox/payer/rotate-key", timeout=30).status_code == 200
    answer = desk.svc.reply(case_id, "Reports attached.", actor=ACTOR)
    desk.svc.sync_once()
    refused = desk.message(answer.id)
    assert refused.last_error_code == "ERR_INVALID_ENCRYPTION"
    assert refused.correlation_id == answer.correlation_id  # still the payer's cycle
    assert refused.api_call_id != answer.api_call_id
    desk.clock.advance(PAST_BACKOFF)
    sync_until(desk.svc, lambda: _approved(desk, case_id), what="the approval after the answer")
    assert desk.message(answer.id).state is State.DONE


# ---------------------------------------------------------------- tokens and credentials


def test_token_expiry_in_the_middle_of_a_run_is_refreshed_once(desk: Desk) -> None:
    sent = [desk.submit_new_case(seed) for seed in (1, 2, 3, 4)]
    tokens = desk.svc.transport.client(TRAINING_PAYER).tokens
    assert tokens.fetches == 1
    expired = threading.Event()

    def expire_after_first_delivery(m: Message) -> None:
        if m.state is State.SENT and not expired.is_set():
            expired.set()
            expire_tokens(desk.url)

    desk.svc.engine.on_message_changed.connect(expire_after_first_delivery)
    desk.svc.engine.send_due()
    assert expired.is_set()
    assert all(desk.message(m.id).state is State.SENT for _, m in sent)
    assert all(desk.message(m.id).attempts == 1 for _, m in sent)  # no failed attempt at all
    assert tokens.fetches == 2  # refreshed once, not once per message
    assert desk.alerts == []
    sync_until(desk.svc, lambda: all(_approved(desk, c) for c, _ in sent))
    assert_each_message_received_once(desk.url, desk.svc.queue())


def _second_payer(d: Desk, code: str) -> None:
    """Another payer profile on the same sandbox under a second registration of this desk."""
    participant = f"desk-b-{secrets.token_hex(4)}@training"
    secret = secrets.token_urlsafe(16)
    body = {"participant_code": participant, "participant_name": "Second desk registration",
            "encryption_cert": ensure_identity(d.svc.store).certificate_pem.decode("ascii"),
            "secret": secret}
    answer = httpx.post(f"{d.url}/v1/participant/register", json=body, timeout=10)
    assert answer.status_code in (200, 201), answer.text
    base = get_profile(d.svc.store, TRAINING_PAYER)
    save_profile(d.svc.store, replace(base, code=code, name="Second training payer",
                                      username=participant, client_id=participant,
                                      provider_participant_code=participant))
    PayerSecrets(d.svc.store, KeyringAccess(False)).set(code, secret)


def test_wrong_credentials_pause_the_payer_with_one_alert_and_spare_other_payers(
        desk: Desk) -> None:
    other = "training-tpa-b"
    _second_payer(desk, other)
    vault = PayerSecrets(desk.svc.store, KeyringAccess(False))
    good_secret = vault.get(TRAINING_PAYER)
    assert good_secret
    vault.set(TRAINING_PAYER, "not-the-right-secret")
    desk.svc.transport.forget()
    refused = [desk.submit_new_case(seed) for seed in (1, 2, 3)]
    other_case, other_msg = desk.submit_new_case(4, payer=other)

    desk.svc.sync_once()
    assert len(desk.alerts) == 1, desk.alerts
    alert = desk.alerts[0]
    assert alert.payer == TRAINING_PAYER and alert.http_status == 401
    assert "credentials" in alert.message
    assert all(desk.message(m.id).state is State.PAUSED for _, m in refused)
    assert all(desk.message(m.id).attempts <= 1 for _, m in refused)
    assert "paused" in desk.svc.why_waiting(refused[0][1].id)
    firsts, _ = receipts_by_api_call(desk.url)
    assert not {m.api_call_id for _, m in refused} & set(firsts)
    # the other payer is not affected
    sync_until(desk.svc, lambda: _approved(desk, other_case))
    assert desk.message(other_msg.id).state is State.DONE
    desk.svc.sync_once()
    assert len(desk.alerts) == 1  # still one alert, however many passes

    # the operator fixes the secret and resumes: everything goes, each message once
    vault.set(TRAINING_PAYER, good_secret)
    desk.svc.transport.forget()
    assert desk.svc.resume_payer(TRAINING_PAYER) == 3
    sync_until(desk.svc, lambda: all(_approved(desk, c) for c, _ in refused))
    assert_each_message_received_once(desk.url, desk.svc.queue())


# ---------------------------------------------------------------- not the exchange at all


class FakeExchange:
    """A stdlib HTTP server on 127.0.0.1 that answers every request the same way."""

    def __init__(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.requests: list[tuple[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                owner.requests.append((self.command, self.path))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)


@pytest.fixture
def portal() -> Iterator[FakeExchange]:
    page = (b"<!DOCTYPE html><html><head><title>Hospital Wi-Fi: please log in</title></head>"
            b"<body><form>Room number <input name=room></form></body></html>")
    server = FakeExchange(200, page, {"Content-Type": "text/html; charset=utf-8"})
    yield server
    server.close()


def test_a_captive_portal_answering_200_is_not_counted_as_delivered(
        desk: Desk, portal: FakeExchange) -> None:
    # the token still comes from the sandbox; the API address now lands on a login page
    point_training_payer(desk.svc, exchange_url=portal.url)
    case_id, msg = desk.submit_new_case(1)
    desk.svc.engine.send_due()
    assert ("POST", "/v1/preauth/submit") in portal.requests
    now = desk.message(msg.id)
    assert now.state is State.PAUSED and now.sent_at is None
    assert status(desk.svc, case_id) == "preauth_queued"  # the case's clock did not start
    assert len(desk.alerts) == 1 and "web page" in desk.alerts[0].message
    assert ledger(desk.url) == []


def test_a_redirect_to_another_host_is_refused(desk: Desk) -> None:
    elsewhere = FakeExchange(202, b'{"api_call_id": "x", "timestamp": "0"}',
                             {"Content-Type": "application/json"})
    redirector = FakeExchange(307, b"", {"Location": f"{elsewhere.url}/v1/preauth/submit"})
    try:
        point_training_payer(desk.svc, exchange_url=redirector.url)
        case_id, msg = desk.submit_new_case(1)
        desk.svc.engine.send_due()
        assert redirector.requests == [("POST", "/v1/preauth/submit")]
        assert elsewhere.requests == []  # never followed
        now = desk.message(msg.id)
        assert now.state is State.PAUSED and now.sent_at is None
        assert status(desk.svc, case_id) == "preauth_queued"
        assert len(desk.alerts) == 1 and "another host" in desk.alerts[0].message
        assert ledger(desk.url) == []
    finally:
        redirector.close()
        elsewhere.close()


def test_a_failing_token_endpoint_is_retried_not_refused(desk: Desk) -> None:
    desk.svc.transport.forget()  # no cached token: the next request is a token fetch
    case_id, msg = desk.submit_new_case(1)
    fault(desk.url, "error", count=1)  # ... and it answers 500
    desk.svc.engine.send_due()
    first = desk.message(msg.id)
    assert first.state is State.QUEUED and first.last_http_status == 500, first.last_error
    assert desk.alerts == []
    desk.clock.advance(PAST_BACKOFF)
    desk.svc.engine.send_due()
    assert desk.message(msg.id).state is State.SENT
    sync_until(desk.svc, lambda: _approved(desk, case_id))
    assert_each_message_received_once(desk.url, desk.svc.queue())


def test_an_answer_that_overtakes_the_lost_receipt_records_the_leg_and_documents_sent(
        desk: Desk) -> None:
    """The exchange stored the pre-auth and the payer answered, but the desk never saw the 202
    (the connection dropped). The next pass pulls the answer before it resends: the decision is
    applied once, the message is done without a second send, and the timeline still says when
    the leg went out (the payer's clock)."""
    case_id, msg = desk.submit_new_case(1)
    fault(desk.url, "drop-after-commit", count=1)
    desk.svc.engine.send_due()
    assert desk.message(msg.id).state is State.QUEUED
    # the answer is pulled before the retry is due (as after a crash and a restart)
    wait_for(lambda: desk.svc.engine.pull_all().applied > 0 or _approved(desk, case_id),
             what="the payer's answer")
    assert _approved(desk, case_id)
    assert desk.message(msg.id).state is State.DONE
    desk.clock.advance(PAST_BACKOFF)
    assert desk.svc.engine.send_due().delivered == 0  # nothing left to resend
    assert [dec for _, dec in decisions_applied(desk.svc, case_id)] == ["approved"]
    firsts, _ = receipts_by_api_call(desk.url)
    assert firsts == {msg.api_call_id: 1}
    leg = legs(desk.svc, case_id)[0]
    assert leg.sent_at is not None and leg.api_call_id == msg.api_call_id
    actions = [e.action for e in audit.entries(desk.svc.store, case_id)]
    assert actions.index("leg.sent") < actions.index("answer.received")
    # the ID proof it carried counts as sent to this payer, in this message
    poi = [d.id for d in load_case(desk.svc.store, case_id).documents if d.category == "POI"]
    assert [(r.document_id, r.payer, r.message_id) for r in sent_records(desk.svc.store, case_id)] \
        == [(poi[0], msg.payer, msg.id)]


def test_pre_auths_sent_in_parallel_all_render_their_part_c(data_dir: Path) -> None:
    """Four workers build four pre-auth bundles at once, each rendering the case's Part C: none
    may fail because the PDF renderer's shared font state is touched by two threads at once."""
    d = Desk(data_dir, synchronous=False, max_parallel=4)
    try:
        d.warm()
        sent = [d.submit_new_case(seed) for seed in range(1, 9)]
        report = d.svc.engine.send_due()
        assert report.rejected == 0, [d.message(m.id).last_error for _, m in sent]
        assert report.delivered == len(sent)
        assert_each_message_received_once(d.url, d.svc.queue())
    finally:
        d.close()
