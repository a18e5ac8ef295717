"""The sending commands as a clerk or a script uses them: submit, reply, sync, queue, retry,
pause, resume, against a real sandbox over loopback (``--sandbox-url`` / TPADESK_SANDBOX_URL),
in training mode. Synthetic patient data only."""

from __future__ import annotations

import io
import json
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.admission import example_admission_json
from app.cases import create_case, load_case
from app.cli import main
from app.desk import Desk
from app.documents import add_document
from app.sandbox.server import SandboxServer
from offline.keys import KeyringAccess
from tests.conftest import FAST_KDF
from tests.test_e2e_support import png
from tests.test_sandbox_kit import seed_payer_key

PASS = "synthetic cli-sync pass"


@pytest.fixture
def env(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    Desk.create(data_dir, passphrase=PASS, use_keyring=False, keyring=KeyringAccess(False),
                kdf=FAST_KDF).close()
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    monkeypatch.setenv("TPADESK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("TPADESK_KEYRING", "off")
    monkeypatch.setenv("TPADESK_USER", "clerk1")
    return data_dir


@pytest.fixture
def sandbox_state(tmp_path: Path) -> Path:
    state = tmp_path / "shared-sandbox"
    seed_payer_key(state)
    return state


@pytest.fixture
def sandbox(sandbox_state: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    server = SandboxServer(sandbox_state, decision_delay=0)
    url = server.start()
    monkeypatch.setenv("TPADESK_SANDBOX_URL", url)
    try:
        yield server
    finally:
        server.stop()


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def open_desk(data_dir: Path) -> Desk:
    return Desk.open(data_dir, lambda: PASS, keyring=KeyringAccess(False))


def new_case(data_dir: Path, *, ot_rupees: int | None = None, poi_seed: int = 1) -> str:
    data = example_admission_json()
    if ot_rupees is not None:
        data["estimate"]["ot"] = ot_rupees
    with open_desk(data_dir) as desk:
        case_id = create_case(desk.store, data, actor="test")
        add_document(desk.store, case_id, png(poi_seed), category="POI", stage="preauth",
                     filename="id-proof.png", actor="test")
    return case_id


def status(data_dir: Path, case_id: str) -> str:
    with open_desk(data_dir) as desk:
        return load_case(desk.store, case_id, with_documents=False).status


def queue_json() -> list[dict[str, Any]]:
    code, out, err = run("queue", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list)
    return rows


def sync_until(data_dir: Path, case_id: str, wanted: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        code, _, err = run("sync", "--once")
        assert code == 0, err
        if status(data_dir, case_id) == wanted:
            return
    raise AssertionError(f"{case_id} did not reach {wanted}: {status(data_dir, case_id)}")


def dead_url() -> str:
    """A loopback URL nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def arm(url: str, mode: str, count: int = 1, seconds: float = 1) -> None:
    httpx.post(f"{url}/sandbox/fault", json={"mode": mode, "count": count, "seconds": seconds},
               timeout=10).raise_for_status()


def ledger(url: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = httpx.get(f"{url}/sandbox/ledger", timeout=10).json()
    return rows


# ---------------------------------------------------------------- the sandbox away (issue 5)


def test_sync_once_exits_0_when_the_sandbox_never_answered_and_sends_once_it_is_up(
        env: Path, sandbox_state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk that never registered, its sandbox not running: sync is not an error; the
    message stays queued and queue says why; once the sandbox runs, it goes without anyone
    acting (and is not refused for want of a registration)."""
    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    url = dead_url()
    monkeypatch.setenv("TPADESK_SANDBOX_URL", url)
    code, out, err = run("sync", "--once")
    assert code == 0, err
    assert "did not answer" in out and "stays queued" in out
    [row] = queue_json()
    assert row["state"] == "queued" and row["attempts"] == 1
    assert "Could not connect" in row["last_error"]
    assert "Could not connect" in row["why"] and "Ready to send" not in row["why"]
    code, out, _ = run("queue")
    assert code == 0 and "Could not connect" in out
    port = int(url.rsplit(":", 1)[1])
    with SandboxServer(sandbox_state, decision_delay=0, port=port):
        code, _, err = run("retry", row["id"][:12])
        assert code == 0, err
        sync_until(env, case_id, "preauth_approved")
        assert [e["case_reference"] for e in ledger(url) if not e["duplicate"]] == [case_id]
    [row] = queue_json()
    assert row["state"] == "done"


@pytest.mark.parametrize("mode", ["down", "ratelimit", "error"])
def test_sync_once_exits_0_when_a_registered_desk_meets_a_sandbox_fault(
        env: Path, sandbox: SandboxServer, mode: str) -> None:
    """Re-registration on every run must not turn an outage into exit 2: the desk registered
    earlier, the sandbox now cuts connections / answers 429 / 500."""
    url = sandbox.base_url
    case_id = new_case(env)
    assert run("sync", "--once")[0] == 0  # registers
    assert run("submit", case_id, "preauth")[0] == 0
    arm(url, mode, count=1000)
    code, _, err = run("sync", "--once")
    assert code == 0, err
    [row] = queue_json()
    assert row["state"] == "queued" and row["attempts"] >= 1, row
    assert row["last_error"] and row["why"].startswith("Will try again"), row
    assert status(env, case_id) == "preauth_queued"
    arm(url, "none")
    code, _, err = run("retry", row["id"])
    assert code == 0, err
    sync_until(env, case_id, "preauth_approved")


def test_sync_with_a_timeout_exits_0_while_the_sandbox_is_down(
        env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    monkeypatch.setenv("TPADESK_SANDBOX_URL", dead_url())
    started = time.monotonic()
    code, out, err = run("sync", "--timeout", "1.5")
    assert code == 0, err
    assert time.monotonic() - started < 15
    assert "still wait" in out
    [row] = queue_json()
    assert row["state"] == "queued" and "Could not connect" in row["why"]


# ---------------------------------------------------------------- eligibility (issue 5)


def test_submit_eligibility_keeps_the_status_and_show_says_in_force_with_the_balance(
        env: Path, sandbox: SandboxServer) -> None:
    case_id = new_case(env)
    code, out, err = run("submit", case_id, "eligibility")
    assert code == 0 and "Queued eligibility" in out, err
    assert status(env, case_id) == "draft"
    deadline = time.monotonic() + 30
    while True:
        assert run("sync", "--once")[0] == 0
        with open_desk(env) as desk:
            [leg] = load_case(desk.store, case_id).legs
        if leg.answered_at or time.monotonic() > deadline:
            break
    assert leg.decision == "in_force" and leg.approved_amount == 50_000_000
    assert status(env, case_id) == "draft"  # an eligibility answer changes no status
    code, out, _ = run("show", case_id)
    assert code == 0
    [line] = [x for x in out.splitlines() if "eligibility" in x]
    assert "answered" in line and "policy in force, balance ₹5,00,000" in line
    assert "approved" not in line
    assert "payer: Policy in force. Balance ₹5,00,000 of ₹5,00,000." in out
    [row] = queue_json()
    assert row["leg"] == "eligibility" and row["state"] == "done"


def test_show_warns_when_the_payers_balance_could_not_go_into_the_case(env: Path) -> None:
    from app import lifecycle

    case_id = new_case(env)
    with open_desk(env) as desk, desk.store.transaction() as conn:
        leg = lifecycle.leg_queued(conn, case_id, "eligibility", actor="test")
        lifecycle.leg_sent(conn, leg.id, api_call_id="elig-1")
        lifecycle.eligibility_answered(conn, leg.id, in_force=True, balance=-1_200_000)
    for argv in (("show", case_id), ("show", case_id, "--json"),
                 ("update", case_id, "--set", "clinical.findings=tender")):
        code, out, err = run(*argv)
        assert code == 0, (argv, err)
    code, out, _ = run("show", case_id)
    assert "policy in force, balance -₹12,000" in out
    assert "warning: the payer's balance is below zero (-₹12,000); the case keeps a balance " \
           "of ₹0" in out


# ---------------------------------------------------------------- pause / resume


def outbox_payer_rows(data_dir: Path) -> list[tuple[Any, ...]]:
    with open_desk(data_dir) as desk:
        return [tuple(r) for r in desk.store.conn().execute(
            "SELECT payer, paused FROM outbox_payer ORDER BY payer").fetchall()]


def test_pause_and_resume_refuse_an_unknown_payer_and_write_nothing(env: Path) -> None:
    for command in ("pause", "resume"):
        code, out, err = run(command, "nosuchpayer")
        assert code == 2, out
        assert "'nosuchpayer' is not a payer profile" in err and "training-tpa" in err
    assert outbox_payer_rows(env) == []


def test_pause_holds_the_queue_and_resume_sends_it(env: Path, sandbox: SandboxServer) -> None:
    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    code, out, _ = run("pause", "training-tpa")
    assert code == 0 and "is paused" in out
    code, out, _ = run("pause", "training-tpa")
    assert code == 0 and "already paused" in out
    assert run("sync", "--once")[0] == 0
    [row] = queue_json()
    assert row["state"] == "paused" and row["attempts"] == 0
    assert "was paused by the operator at " in row["why"]
    assert "paused by the operator: paused by the operator" not in row["why"]
    assert row["why"].endswith("Run 'tpadesk resume training-tpa' to send it.")
    assert ledger(sandbox.base_url) == []
    code, out, _ = run("resume", "training-tpa")
    assert code == 0 and "1 message(s) are due now" in out
    sync_until(env, case_id, "preauth_approved")


def test_a_stray_pause_of_an_unknown_payer_is_harmless(
        env: Path, sandbox: SandboxServer, caplog: pytest.LogCaptureFixture) -> None:
    """A pause row an older version left for a code with no profile: sync pulls nothing for
    it and logs no error, before or after it is resumed; resume clears it."""
    with open_desk(env) as desk, desk.store.transaction() as conn:
        conn.execute("INSERT INTO outbox_payer (payer, paused, paused_by, reason, paused_at)"
                     " VALUES ('ghost', 1, 'operator', 'paused by the operator',"
                     " '2026-12-01T00:00:00+00:00')")
    with caplog.at_level("INFO"):
        code, out, err = run("sync", "--once")
        assert code == 0, err
        assert "ghost" not in out
        code, out, _ = run("resume", "ghost")
        assert code == 0
        assert run("sync", "--once")[0] == 0
    assert [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")] == []
    assert outbox_payer_rows(env) == []


# ---------------------------------------------------------------- queue: times and words


IST_TEXT = re.compile(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}")


def test_queue_json_has_the_contract_shape_with_india_times(
        env: Path, sandbox: SandboxServer) -> None:
    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    [row] = queue_json()
    assert set(row) >= {"id", "case_id", "seq", "leg", "payer", "state", "attempts",
                        "next_attempt_at", "last_http_status", "last_error_code", "last_error",
                        "api_call_id", "correlation_id", "workflow_id", "retired_ids",
                        "created_at", "sent_at", "done_at", "why"}
    assert (row["case_id"], row["leg"], row["payer"], row["state"], row["attempts"]) == \
        (case_id, "preauth", "training-tpa", "queued", 0)
    assert row["next_attempt_at"].endswith("+05:30") and row["created_at"].endswith("+05:30")
    assert row["sent_at"] is None and row["last_error"] is None
    assert row["why"] == "Ready to send; it goes out on the next sync."
    sync_until(env, case_id, "preauth_approved")
    [row] = queue_json()
    assert row["state"] == "done" and row["attempts"] == 1 and row["next_attempt_at"] is None
    assert row["sent_at"].endswith("+05:30") and row["done_at"].endswith("+05:30")


def test_queue_says_when_it_was_delivered_in_clerk_time(env: Path,
                                                         sandbox_state: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with SandboxServer(sandbox_state, decision_delay=3600) as slow_payer:
        monkeypatch.setenv("TPADESK_SANDBOX_URL", slow_payer.base_url)
        case_id = new_case(env)
        assert run("submit", case_id, "preauth")[0] == 0
        assert run("sync", "--once")[0] == 0
        code, out, _ = run("queue")
        assert code == 0
        [line] = [x for x in out.splitlines() if case_id in x]
        assert " sent " in line and "Delivered to the exchange at " in line
        assert IST_TEXT.search(line) and "+00:00" not in line and "T" not in line.split("at ")[1]
        [row] = queue_json()
        assert row["why"].startswith("Delivered to the exchange at ")


def test_a_refused_message_says_how_to_resubmit_and_retry_insists(env: Path) -> None:
    from offline.outbox import Outbox

    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    with open_desk(env) as desk:
        box = Outbox(desk.store)
        [claimed] = box.claim_due(1)
        box.record_rejected(claimed.id, error="The payer could not read the bundle.",
                            http_status=400, code="ERR_INVALID_DOMAIN_PAYLOAD")
    [row] = queue_json()
    short = row["id"][:12]
    assert row["state"] == "needs_attention"
    assert row["why"] == ("Refused (ERR_INVALID_DOMAIN_PAYLOAD): \u201cThe payer could not read "
                          f"the bundle.\u201d Fix the case, then run 'tpadesk retry {short} "
                          "--resubmit' (it goes again with fresh ids).")
    code, _, err = run("retry", short)
    assert code == 2 and f"'tpadesk retry {short} --resubmit'" in err
    code, _, err = run("retry", short, "--resubmit")
    assert code == 0, err
    [row2] = queue_json()
    assert row2["state"] == "queued" and row2["api_call_id"] != row["api_call_id"]
    [retired] = row2["retired_ids"]
    assert retired["api_call_id"] == row["api_call_id"]
    assert retired["retired_at"].endswith("+05:30")
    code, _, err = run("retry", short, "--resubmit")
    assert code == 2 and "only for a refused message" in err


# ---------------------------------------------------------------- a query and its answer


def test_a_query_is_shown_indented_and_answered_with_text_and_a_file(
        env: Path, sandbox: SandboxServer, tmp_path: Path) -> None:
    case_id = new_case(env, ot_rupees=325_000)  # 3,92,000: the sandbox queries it
    assert run("submit", case_id, "preauth")[0] == 0
    sync_until(env, case_id, "preauth_queried")
    code, out, _ = run("show", case_id)
    assert code == 0
    lines = out.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("      query: "))
    block = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith("             "):
            break
        block.append(line)
    assert len(block) >= 3  # the question, then the documents asked for
    assert any(x.strip().startswith("DIA:") for x in block[1:])
    assert not any(re.match(r"^(DIA|CD):", x) for x in lines)  # nothing at column 0

    report = tmp_path / "usg-report.png"
    report.write_bytes(png(42).getvalue())
    code, out, err = run("reply", case_id, "--text", "USG report attached.",
                         "--attach", str(report), "--category", "DIA")
    assert code == 0 and "the answer to the payer's query" in out, err
    assert status(env, case_id) == "preauth_queued"
    sync_until(env, case_id, "preauth_approved")
    with open_desk(env) as desk:
        case = load_case(desk.store, case_id)
    assert [(leg.kind, leg.decision) for leg in case.legs] == [("preauth", "queried"),
                                                               ("query", "approved")]
    assert case.legs[-1].reply_text == "USG report attached."
    dia = [d for d in case.documents if d.category == "DIA"]
    assert len(dia) == 1 and dia[0].filename == "usg-report.png"
    actions = [e["action"] for e in ledger(sandbox.base_url)]
    assert actions == ["preauth/submit", "communication/on_request"]
    code, _, err = run("reply", case_id, "--text", "again")
    assert code == 2 and "no open query" in err


# ---------------------------------------------------------------- sync --timeout


def test_sync_with_a_timeout_returns_once_the_answer_is_applied(
        env: Path, sandbox: SandboxServer) -> None:
    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    started = time.monotonic()
    code, out, err = run("sync", "--timeout", "60")
    took = time.monotonic() - started
    assert code == 0, err
    assert status(env, case_id) == "preauth_approved"
    assert took < 30, took  # it did not sit out the minute
    assert "1 sent, 1 answer(s) applied" in out


def test_sync_with_a_timeout_waits_for_an_awaited_answer_until_the_timeout(
        env: Path, sandbox_state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SandboxServer(sandbox_state, decision_delay=3600) as slow_payer:
        monkeypatch.setenv("TPADESK_SANDBOX_URL", slow_payer.base_url)
        case_id = new_case(env)
        assert run("submit", case_id, "preauth")[0] == 0
        started = time.monotonic()
        code, _, err = run("sync", "--timeout", "2.5")
        took = time.monotonic() - started
        assert code == 0, err
        assert 2.5 <= took < 20, took
        assert status(env, case_id) == "preauth_sent"


def test_sync_with_a_timeout_does_not_wait_for_what_waits_for_a_person(
        env: Path, sandbox: SandboxServer) -> None:
    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    assert run("pause", "training-tpa")[0] == 0
    started = time.monotonic()
    code, out, err = run("sync", "--timeout", "60")
    assert code == 0, err
    assert time.monotonic() - started < 30
    assert "1 message(s) still wait" in out


def test_sync_timeout_must_be_a_number_of_seconds(env: Path) -> None:
    code, _, err = run("sync", "--timeout", "-1")
    assert code == 2 and "timeout" in err


# ---------------------------------------------------------------- parallel sends


def test_sync_sends_up_to_four_cases_at_once(env: Path, sandbox: SandboxServer,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Four cases' pre-auths are in flight together: each real send waits at a barrier for
    the other three (a one-at-a-time sync would break the barrier and fail them all)."""
    import threading

    from app.connector import HcxTransport

    cases = [new_case(env, poi_seed=n) for n in range(1, 5)]
    for case_id in cases:
        assert run("submit", case_id, "preauth")[0] == 0
    barrier = threading.Barrier(4, timeout=20)
    threads: set[str] = set()
    real_send = HcxTransport.send

    def send_together(self: HcxTransport, message: Any) -> Any:
        threads.add(threading.current_thread().name)
        barrier.wait()
        return real_send(self, message)

    monkeypatch.setattr(HcxTransport, "send", send_together)
    code, out, err = run("sync", "--once")
    assert code == 0, err
    assert "4 sent" in out, out
    assert len(threads) == 4
    assert sorted(e["case_reference"] for e in ledger(sandbox.base_url)) == sorted(cases)


# ---------------------------------------------------------------- the pull interval setting


def test_the_pull_interval_is_a_desk_setting(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.service import DeskService, pull_interval_setting

    assert pull_interval_setting() == 60.0
    monkeypatch.setenv("TPADESK_PULL_INTERVAL", "15")
    with open_desk(env) as desk:
        service = DeskService(desk, keyring=KeyringAccess(False))
        try:
            assert service.engine.pull_interval == 15.0
        finally:
            service.stop()
        explicit = DeskService(desk, keyring=KeyringAccess(False), pull_interval=300)
        try:
            assert explicit.engine.pull_interval == 300.0
        finally:
            explicit.stop()
    for bad in ("soon", "0", "-5", "nan", "100000"):
        monkeypatch.setenv("TPADESK_PULL_INTERVAL", bad)
        code, _, err = run("queue")
        assert code == 2 and "TPADESK_PULL_INTERVAL" in err and bad in err, (bad, err)


# ---------------------------------------------------------------- dead letters


def test_queue_lists_the_dead_letters_for_the_admin(env: Path, sandbox: SandboxServer) -> None:
    """An answer in the relay that cannot be opened is kept on the dead-letter list, shown by
    'queue --dead-letters' (and as JSON); the work behind it goes on."""
    from app.training import desk_participant_code

    code, out, _ = run("queue", "--dead-letters")
    assert code == 0 and "No dead letters" in out
    case_id = new_case(env)
    assert run("submit", case_id, "preauth")[0] == 0
    assert run("sync", "--once")[0] == 0  # registers and sends
    [row] = queue_json()
    with open_desk(env) as desk:
        recipient = desk_participant_code(desk.store)
    assert sandbox.sandbox is not None
    with sandbox.sandbox.state.tx() as conn:  # a damaged answer reaches the relay
        conn.execute("INSERT INTO inbox(recipient, action, api_call_id, correlation_id,"
                     " payload, created_at) VALUES (?, 'preauth/on_submit', ?, ?,"
                     " 'not.a.sealed.answer.at-all', '2026-12-04T10:00:00+05:30')",
                     (recipient, "5d0c3f0e-1b7a-4f57-9d59-2b1f8e0c9a11", row["correlation_id"]))
    sync_until(env, case_id, "preauth_approved")
    code, out, err = run("queue", "--dead-letters")
    assert code == 0, err
    assert "1 answer(s) could not be applied" in out
    [line] = [x for x in out.splitlines() if case_id in x]
    assert "training-tpa" in line and "could not be opened" in line
    assert IST_TEXT.search(line)
    code, out, _ = run("queue", "--dead-letters", "--json")
    [letter] = json.loads(out)
    assert set(letter) == {"id", "payer", "case_id", "cursor", "api_call_id", "correlation_id",
                           "error", "received_at"}
    assert letter["case_id"] == case_id and letter["payer"] == "training-tpa"
    assert letter["api_call_id"] == "5d0c3f0e-1b7a-4f57-9d59-2b1f8e0c9a11"
    assert letter["received_at"].endswith("+05:30")
