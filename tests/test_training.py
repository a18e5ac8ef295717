"""Training mode: the desk registers with the sandbox, sends, and keeps nothing in plaintext."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from app.admission import example_admission_json
from app.cases import create_case, load_case
from app.desk import Desk
from app.documents import add_document
from app.payers import TRAINING_PAYER, PayerSecrets, get_profile
from app.service import DeskService
from app.training import check_sandbox_url, connect_training, is_training
from offline.errors import BadInput
from offline.keys import KeyringAccess
from tests.conftest import FAST_KDF

MARKER_NAME = "Zzyzx Quillfeather"


def make_desk(data_dir: Path) -> Desk:
    return Desk.create(data_dir, passphrase="training test pass", use_keyring=False,
                       keyring=KeyringAccess(False), kdf=FAST_KDF)


def poi_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(100, 700, "Synthetic identity card")
    c.save()
    return out.getvalue()


def sync_until(service: DeskService, case_id: str, status: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        service.sync_once()
        if load_case(service.store, case_id).status == status:
            return
    raise AssertionError(f"case {case_id} did not reach {status}: "
                         f"{load_case(service.store, case_id).status}")


@pytest.mark.parametrize("url", ["http://10.0.0.5:8765", "ftp://127.0.0.1", "nonsense"])
def test_a_remote_plain_http_or_odd_sandbox_url_is_refused(url: str) -> None:
    with pytest.raises(BadInput, match="sandbox-url"):
        check_sandbox_url(url)


def test_loopback_and_https_sandbox_urls_are_accepted() -> None:
    assert check_sandbox_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_sandbox_url("https://training.example.org") == "https://training.example.org"


def test_a_new_desk_is_in_training_mode(data_dir: Path) -> None:
    with make_desk(data_dir) as desk:
        assert is_training(desk.store)


@pytest.mark.slow
def test_registration_is_idempotent_and_keeps_the_secret_out_of_the_profile(
        data_dir: Path) -> None:
    from app.sandbox.server import SandboxServer

    server = SandboxServer(data_dir.parent / "sandbox-state", 0)
    url = server.start()
    try:
        with make_desk(data_dir) as desk:
            first = connect_training(desk.store, url, keyring=KeyringAccess(False))
            secret = PayerSecrets(desk.store, KeyringAccess(False)).get(TRAINING_PAYER)
            again = connect_training(desk.store, url, keyring=KeyringAccess(False))
            assert first == again == get_profile(desk.store, TRAINING_PAYER)
            assert secret and secret not in repr(first.to_json())
            assert first.exchange_url == url
            assert first.provider_participant_code.endswith("@training")
    finally:
        server.stop()


@pytest.mark.slow
def test_cli_sync_uses_an_external_sandbox_given_by_url(data_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    from app.cli import main
    from app.sandbox.server import SandboxServer

    server = SandboxServer(data_dir.parent / "shared-sandbox", 0)
    url = server.start()
    try:
        with make_desk(data_dir) as desk:
            case_id = create_case(desk.store, example_admission_json(), actor="test")
            add_document(desk.store, case_id, io.BytesIO(poi_pdf()), category="POI",
                         stage="preauth", filename="id.pdf", actor="test")
        monkeypatch.setenv("TPADESK_KEYRING", "off")
        monkeypatch.setenv("TPADESK_PASSPHRASE", "training test pass")
        argv = ["--data-dir", str(data_dir)]
        out, err = io.StringIO(), io.StringIO()
        assert main([*argv, "submit", case_id, "preauth"], out=out, err=err) == 0, err.getvalue()
        deadline = time.monotonic() + 30
        status = ""
        while time.monotonic() < deadline and status != "preauth_approved":
            code = main([*argv, "sync", "--once", "--sandbox-url", url], out=out, err=err)
            assert code == 0, err.getvalue()
            with Desk.open(data_dir, lambda: "training test pass",
                           keyring=KeyringAccess(False)) as desk:
                status = load_case(desk.store, case_id).status
        assert status == "preauth_approved"
        ledger = httpx.get(f"{url}/sandbox/ledger", timeout=10).json()
        assert [e["case_reference"] for e in ledger if not e["duplicate"]] == [case_id]
        assert not (data_dir / "training-sandbox").exists()  # the external one was used
    finally:
        server.stop()


def _dead_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_a_sandbox_that_comes_up_late_gets_the_registration_and_the_work(
        data_dir: Path) -> None:
    """The sandbox was down at connect(); it comes up and the desk's first request reaches it
    before the desk could register (credentials refused: the payer is paused). The next pass
    registers, lifts that pause and delivers: nobody has to act."""
    from app.sandbox.server import SandboxServer
    from app.service import DeskService
    from offline.outbox import State

    port = _dead_port()
    url = f"http://127.0.0.1:{port}"
    with make_desk(data_dir) as desk:
        case_id = create_case(desk.store, example_admission_json(), actor="test")
        add_document(desk.store, case_id, io.BytesIO(poi_pdf()), category="POI",
                     stage="preauth", filename="id.pdf", actor="test")
        service = DeskService(desk, keyring=KeyringAccess(False), training=True,
                              sandbox_url=url, decision_delay=0)
        server = SandboxServer(data_dir.parent / "late-sandbox", 0, port=port)
        try:
            service.connect()
            assert service.sandbox_problem and "did not answer" in service.sandbox_problem
            profile = get_profile(desk.store, TRAINING_PAYER)
            assert profile.exchange_url == url and profile.username  # aimed, with identity
            message = service.submit(case_id, "preauth", actor="test")
            server.start()
            service._next_registration = time.monotonic() + 3600  # the race: not yet
            service.sync_once()
            assert service.queue()[0].state is State.PAUSED
            service._next_registration = 0.0
            deadline = time.monotonic() + 30
            while load_case(desk.store, case_id).status != "preauth_approved":
                assert time.monotonic() < deadline, service.why_waiting(message)
                service.sync_once()
            assert service.sandbox_problem is None
            assert not service.engine.outbox.paused_payers()
        finally:
            service.stop()
            server.stop()


@pytest.mark.slow
def test_a_sandbox_that_refuses_this_desk_is_an_error_not_an_outage(data_dir: Path) -> None:
    from app.sandbox.server import SandboxServer
    from app.training import SandboxOffline, SandboxUnavailable

    server = SandboxServer(data_dir.parent / "refusing-sandbox", 0)
    url = server.start()
    try:
        with make_desk(data_dir) as desk:
            connect_training(desk.store, url, keyring=KeyringAccess(False))
            PayerSecrets(desk.store, KeyringAccess(False)).set(TRAINING_PAYER, "another-secret")
            with pytest.raises(SandboxUnavailable, match="refused") as caught:
                connect_training(desk.store, url, keyring=KeyringAccess(False))
            assert not isinstance(caught.value, SandboxOffline)
            assert caught.value.exit_code == 2
    finally:
        server.stop()


MARKER_POLICY = "POL-ZQX-778899"


@pytest.mark.slow
def test_a_full_training_cycle_leaves_nothing_readable_in_the_data_folder(
        data_dir: Path) -> None:
    """Pre-auth, discharge, claim, payment, acknowledgement through the built-in sandbox: no
    file in the data folder is a plain SQLite database, and neither the patient's name nor the
    policy number can be found in any file (the sandbox's state is encrypted too, its key kept
    in the desk's store, the payer's key inside it)."""
    from app.cases import update_admission
    from app.training import SANDBOX_FOLDER, training_sandbox_key
    from offline.store import connect
    from tests.test_e2e_support import png

    admission = example_admission_json()
    admission["patient"]["name"] = MARKER_NAME
    admission["coverage"]["policy_holder_name"] = MARKER_NAME
    admission["coverage"]["name_on_id"] = MARKER_NAME
    admission["coverage"]["policy_number"] = MARKER_POLICY
    with make_desk(data_dir) as desk:
        case_id = create_case(desk.store, admission, actor="test")
        add_document(desk.store, case_id, io.BytesIO(poi_pdf()), category="POI",
                     stage="preauth", filename="id.pdf", actor="test")
        service = DeskService(desk, keyring=KeyringAccess(False), decision_delay=0)
        try:
            service.submit(case_id, "eligibility", actor="test")
            service.submit(case_id, "preauth", actor="test")
            sync_until(service, case_id, "preauth_approved")
            data = load_case(desk.store, case_id).admission.to_json()
            data["admission"]["discharge_at"] = "2026-12-06T11:00:00+05:30"
            update_admission(desk.store, case_id, data, actor="test")
            add_document(desk.store, case_id, png(7), category="HDS", stage="discharge",
                         filename="summary.png", actor="test")
            total = load_case(desk.store, case_id).admission.estimate.total
            service.submit(case_id, "discharge", actor="test", amount=total)
            sync_until(service, case_id, "discharge_approved")
            add_document(desk.store, case_id, png(8), category="MB", stage="claim",
                         filename="bill.png", actor="test")
            service.submit(case_id, "claim", actor="test", amount=total)
            sync_until(service, case_id, "payment_received")
            service.acknowledge_payment(case_id, actor="test")
            service.sync_once()
        finally:
            service.stop()
        key = training_sandbox_key(desk.store)
    folder = data_dir / SANDBOX_FOLDER
    assert (folder / "sandbox.db").is_file()
    assert not (folder / "sandbox.key").exists()  # its key is in the desk's store
    assert not (folder / "payer-key.pem").exists()
    conn = connect(folder / "sandbox.db", key)  # the desk's key opens it ...
    try:
        assert conn.execute("SELECT count(*) FROM ledger").fetchone()[0] >= 5
        assert conn.execute("SELECT count(*) FROM payer_identity").fetchone()[0] == 2
    finally:
        conn.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert len(files) >= 3
    for path in files:
        content = path.read_bytes()
        assert not content.startswith(b"SQLite format 3"), path
        for marker in (MARKER_NAME, MARKER_POLICY):
            assert marker.encode() not in content, (marker, path)
            assert marker.encode("utf-16-le") not in content, (marker, path)


def test_an_older_plain_sandbox_state_is_encrypted_on_first_open(tmp_path: Path) -> None:
    import os
    import sqlite3

    from app.sandbox.state import LEGACY_DB_NAME, SandboxState
    from tests.test_sandbox_kit import seed_payer_key

    folder = tmp_path / "old-sandbox"
    seed_payer_key(folder)
    plain = sqlite3.connect(folder / LEGACY_DB_NAME)
    plain.execute("CREATE TABLE episode (sender TEXT NOT NULL, case_ref TEXT NOT NULL,"
                  " state TEXT NOT NULL, PRIMARY KEY (sender, case_ref))")
    plain.execute("INSERT INTO episode VALUES ('desk-1', 'C-1', ?)",
                  ('{"policy": "' + MARKER_POLICY + '"}',))
    plain.commit()
    plain.close()
    key = os.urandom(32)
    state = SandboxState(folder, key)
    try:
        assert state.episode("desk-1", "C-1") == {"policy": MARKER_POLICY}
    finally:
        state.close()
    assert not (folder / LEGACY_DB_NAME).exists()
    for path in folder.iterdir():
        assert MARKER_POLICY.encode() not in path.read_bytes(), path
    from app.sandbox.state import StateKeyRejected

    with pytest.raises(StateKeyRejected, match="does not open"):
        SandboxState(folder, os.urandom(32))


@pytest.mark.slow
def test_a_built_in_sandbox_state_the_desk_cannot_open_is_set_aside(data_dir: Path) -> None:
    from app.training import SANDBOX_FOLDER, SANDBOX_KEY_NAME

    with make_desk(data_dir) as desk:
        service = DeskService(desk, keyring=KeyringAccess(False), decision_delay=0)
        try:
            service.connect()
        finally:
            service.stop()
        with desk.store.transaction() as conn:  # e.g. the folder came from another desk
            conn.execute("DELETE FROM payer_secret WHERE name = ?", (SANDBOX_KEY_NAME,))
        service = DeskService(desk, keyring=KeyringAccess(False), decision_delay=0)
        try:
            service.connect()
            assert service.sandbox is not None and service.sandbox.url
            assert service.sandbox_problem is None  # registered with the fresh sandbox
        finally:
            service.stop()
    aside = [p.name for p in data_dir.iterdir() if p.name.startswith(SANDBOX_FOLDER + ".")]
    assert len(aside) == 1 and aside[0].startswith("training-sandbox.unreadable-")
    assert (data_dir / SANDBOX_FOLDER / "sandbox.db").is_file()


def test_the_built_in_sandbox_keeps_its_address_so_the_profile_and_audit_stay_quiet(
        data_dir: Path) -> None:
    """Each start of the desk starts the built-in sandbox; it comes back on the port it had, so
    the training payer's profile is not rewritten (and audited) at every `tpadesk sync`. When
    that port is taken it takes any free one."""
    import socket

    from app import audit

    def start_once(desk: Desk) -> str:
        service = DeskService(desk, keyring=KeyringAccess(False), decision_delay=0)
        try:
            service.connect()
            assert service.sandbox is not None and service.sandbox.url
            return service.sandbox.url
        finally:
            service.stop()

    with make_desk(data_dir) as desk:
        first = start_once(desk)
        saves = len([e for e in audit.entries(desk.store) if e.action == "payer.saved"])
        assert start_once(desk) == first
        assert get_profile(desk.store, TRAINING_PAYER).exchange_url == first
        assert len([e for e in audit.entries(desk.store) if e.action == "payer.saved"]) == saves
        port = int(first.rsplit(":", 1)[1])
        with socket.socket() as squatter:  # someone else took the port meanwhile
            squatter.bind(("127.0.0.1", port))
            squatter.listen()
            moved = start_once(desk)
        assert moved != first and get_profile(desk.store, TRAINING_PAYER).exchange_url == moved
