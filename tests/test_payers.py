"""Payer profiles: defaults, validation (https for live payers), secrets kept out of profiles (in
the keyring or the encrypted store), and the ``payer list`` / ``payer set`` commands."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.desk import Desk
from app.payers import (
    TRAINING_PAYER,
    PayerProfile,
    PayerSecrets,
    check_url,
    default_profiles,
    get_profile,
    save_profile,
    validate_profile,
)
from offline.errors import ValidationFailed
from offline.keys import KEYRING_SERVICE, KeyringAccess
from tests.conftest import FAST_KDF
from tests.memkeyring import MemoryKeyring

SECRET = "payer-secret-for-tests-7f3a"


def test_default_profiles_are_valid_and_training_needs_only_poi() -> None:
    profiles = default_profiles()
    assert TRAINING_PAYER in profiles
    for profile in profiles.values():
        assert validate_profile(profile) == []
    training = profiles[TRAINING_PAYER]
    assert training.training
    assert training.checklist_for("preauth").required == ["POI"]
    assert training.checklist_for("preauth").recommended
    assert training.api_prefix == "/v1"


@pytest.mark.parametrize(("url", "training", "ok"), [
    ("https://hcx.example.in", False, True),
    ("https://hcx.example.in:8443/api", False, True),
    ("http://127.0.0.1:8765", False, True),
    ("http://localhost:8765", False, True),
    ("http://[::1]:8765", False, True),
    ("http://hcx.example.in", False, False),
    ("http://10.0.0.5:8765", False, False),
    ("http://sandbox.lan:8765", True, True),
    ("ftp://hcx.example.in", False, False),
    ("https://", False, False),
    ("https://user:pw@hcx.example.in", False, False),
    ("https://hcx.example.in/?x=1", False, False),
    ("not a url", True, False),
])
def test_url_rules(url: str, training: bool, ok: bool) -> None:
    assert (check_url(url, training=training) is None) is ok


def test_validation_names_every_wrong_field() -> None:
    profile = PayerProfile(
        code="Bad Code", name=" ", exchange_url="http://hcx.example.in",
        relay_url="https://u:p@relay.example.in", auth_style="magic", auth_header="X-Token",
        jwe_alg="RSA1_5", jwe_enc="A128CBC-HS256", timestamp_format="epoch",
        workflow_mode="x", query_channel="fax", sla_minutes={"preauth": 0, "teatime": 5},
        max_document_bytes=30, max_bundle_bytes=20, api_prefix="v1",
        payer_participant_code="has space")
    paths = [e.path for e in validate_profile(profile)]
    for field in ("code", "name", "exchange_url", "relay_url", "auth_style", "auth_header",
                  "jwe_alg", "jwe_enc", "timestamp_format", "workflow_mode", "query_channel",
                  "sla_minutes.preauth", "sla_minutes.teatime", "max_document_bytes",
                  "api_prefix", "payer_participant_code"):
        assert field in paths, field
    messages = " ".join(str(e) for e in validate_profile(profile))
    assert "must use https" in messages
    assert "keyring" in messages  # a password in the URL is refused, pointing at the keyring


def test_effective_token_url() -> None:
    p = PayerProfile(code="p", name="P", exchange_url="https://hcx.example.in/")
    assert p.effective_token_url == "https://hcx.example.in/v1/auth/token"
    p.token_url = "https://auth.example.in/token"
    assert p.effective_token_url == "https://auth.example.in/token"
    assert PayerProfile(code="q", name="Q").effective_token_url == ""


@pytest.fixture
def desk(data_dir: Path, no_keyring: None) -> Iterator[Desk]:
    with Desk.create(data_dir, passphrase="correct horse battery", use_keyring=False,
                     kdf=FAST_KDF) as d:
        yield d


def test_save_refuses_an_invalid_profile_and_writes_nothing(desk: Desk) -> None:
    with pytest.raises(ValidationFailed, match="exchange_url"):
        save_profile(desk.store, PayerProfile(code="live-1", name="Live",
                                              exchange_url="http://hcx.example.in"))
    assert desk.store.query("SELECT count(*) FROM payer_profile")[0][0] == 0
    save_profile(desk.store, PayerProfile(code="live-1", name="Live",
                                          exchange_url="https://hcx.example.in"))
    assert get_profile(desk.store, "live-1").exchange_url == "https://hcx.example.in"


def test_secret_goes_to_the_encrypted_store_without_a_keyring(desk: Desk) -> None:
    secrets = PayerSecrets(desk.store, KeyringAccess())
    assert secrets.get("p1") is None
    assert secrets.set("p1", SECRET) == "store"
    assert secrets.get("p1") == SECRET
    assert secrets.where("p1") == "store"
    row = desk.store.query("SELECT profile FROM payer_profile")
    assert row == []  # nothing went into any profile
    secrets.delete("p1")
    assert secrets.get("p1") is None
    db_bytes = b"".join(p.read_bytes() for p in desk.data_dir.rglob("*") if p.is_file())
    assert SECRET.encode() not in db_bytes


def test_secret_goes_to_the_keyring_when_there_is_one(data_dir: Path,
                                                      mem_keyring: MemoryKeyring) -> None:
    with Desk.create(data_dir, kdf=FAST_KDF) as desk:
        secrets = PayerSecrets(desk.store, KeyringAccess())
        assert secrets.set("p1", SECRET) == "keyring"
        assert secrets.get("p1") == SECRET
        assert desk.store.query("SELECT count(*) FROM payer_secret")[0][0] == 0
        names = [user for (service, user), value in mem_keyring.items.items()
                 if service == KEYRING_SERVICE and value == SECRET]
        assert len(names) == 1 and names[0].startswith("secret/payer/")
        secrets.delete("p1")
        assert secrets.get("p1") is None


# --------------------------------------------------------------------------- CLI


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cli_desk(data_dir: Path, mem_keyring: MemoryKeyring) -> Path:
    code, _, err = _run("--data-dir", str(data_dir), "init")
    assert code == 0, err
    return data_dir


def test_cli_set_creates_a_profile_and_keeps_the_secret_out_of_it(
        cli_desk: Path, tmp_path: Path, mem_keyring: MemoryKeyring) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET + "\n")
    code, out, err = _run(
        "payer", "set", "star-demo", "--data-dir", str(cli_desk), "--name", "Star Demo",
        "--exchange-url", "https://hcx.example.in", "--relay-url", "https://relay.example.in",
        "--auth-style", "client_credentials", "--auth-header", "bearer_auth",
        "--username", "client-42", "--timestamp-format", "unix_ms", "--workflow-mode",
        "episode", "--payer-participant-code", "1000@hcx", "--provider-participant-code",
        "2000@hcx", "--sla", "preauth=45", "--require", "preauth=poi,fcf",
        "--secret-file", str(secret_file))
    assert code == 0, err
    assert "Created payer profile 'star-demo'" in out
    assert "system keyring" in out
    assert SECRET not in out + err
    code, out, err = _run("payer", "list", "--json", "--data-dir", str(cli_desk))
    assert code == 0, err
    rows = {r["code"]: r for r in json.loads(out)}
    star = rows["star-demo"]
    assert star["auth_style"] == "client_credentials"
    assert star["auth_header"] == "bearer_auth"
    assert star["timestamp_format"] == "unix_ms"
    assert star["sla_minutes"]["preauth"] == 45
    assert star["checklist"]["preauth"]["required"] == ["POI", "FCF"]
    assert star["secret"] == "keyring"
    assert star["source"] == "saved"
    assert star["ready"] is True
    assert rows[TRAINING_PAYER]["source"] == "default"
    assert SECRET not in out
    assert SECRET in mem_keyring.items.values()


def test_cli_set_names_every_wrong_value_and_saves_nothing(cli_desk: Path) -> None:
    code, _, err = _run("payer", "set", "x1", "--data-dir", str(cli_desk), "--name", "X",
                        "--exchange-url", "http://hcx.example.in", "--jwe-alg", "RSA1_5",
                        "--auth-header", "Token")
    assert code == 2
    for field in ("exchange_url", "jwe_alg", "auth_header", "nothing was saved"):
        assert field in err
    code, out, _ = _run("payer", "list", "--json", "--data-dir", str(cli_desk))
    assert "x1" not in {r["code"] for r in json.loads(out)}
    code, _, err = _run("payer", "set", "x2", "--data-dir", str(cli_desk), "--sla", "lunch=5")
    assert code == 2 and "--name" in err
    code, _, err = _run("payer", "set", "x3", "--data-dir", str(cli_desk), "--name", "X3",
                        "--sla", "lunch=5", "--sla", "preauth=soon")
    assert code == 2 and "lunch=5" in err and "soon" in err


def test_cli_set_updates_an_existing_profile_and_clears_a_secret(
        cli_desk: Path, tmp_path: Path, mem_keyring: MemoryKeyring) -> None:
    secret_file = tmp_path / "s"
    secret_file.write_text(SECRET)
    assert _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk), "--exchange-url",
                "http://127.0.0.1:8765", "--username", "desk-a",
                "--secret-file", str(secret_file))[0] == 0
    code, out, _ = _run("payer", "list", "--data-dir", str(cli_desk))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith(TRAINING_PAYER))
    assert "keyring" in line and "http://127.0.0.1:8765" in line and "training" in line
    code, out, err = _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk),
                          "--clear-secret")
    assert code == 0, err
    assert "removed" in out
    assert SECRET not in mem_keyring.items.values()
    with Desk.open(cli_desk) as desk:
        profile = get_profile(desk.store, TRAINING_PAYER)
    assert profile.username == "desk-a"
    assert profile.checklist_for("preauth").required == ["POI"]  # untouched fields kept


def test_cli_ask_secret_without_a_terminal_is_refused(cli_desk: Path) -> None:
    code, _, err = _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk),
                        "--ask-secret")
    assert code == 2 and "--secret-file" in err


def test_cli_list_says_what_a_live_payer_still_needs(cli_desk: Path) -> None:
    assert _run("payer", "set", "new-live", "--data-dir", str(cli_desk), "--name",
                "New Live", "--exchange-url", "https://hcx.example.in")[0] == 0
    code, out, _ = _run("payer", "list", "--data-dir", str(cli_desk))
    assert code == 0
    assert "new-live: not ready to send" in out
    assert "relay_url" in out and "secret" in out


def test_cli_set_refuses_unknown_document_categories_and_saves_nothing(cli_desk: Path) -> None:
    code, _, err = _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk),
                        "--require", "preauth=ZZZ,POI", "--recommend", "claim=MB,QQ1")
    assert code == 2
    assert "checklist.preauth.required: 'ZZZ' is not an HCX document category" in err
    assert "checklist.claim.recommended: 'QQ1'" in err
    assert "POI" in err and "nothing was saved" in err
    with Desk.open(cli_desk) as desk:
        assert get_profile(desk.store, TRAINING_PAYER).checklist_for("preauth").required == \
            ["POI"]


def test_cli_set_reports_every_wrong_option_at_once(cli_desk: Path) -> None:
    code, _, err = _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk),
                        "--sla", "preauth=soon", "--jwe-alg", "RSA1_5", "--require",
                        "preauth=XYZ", "--max-document-bytes", "lots", "--exchange-url",
                        "ftp://example.in")
    assert code == 2
    for path in ("sla_minutes.preauth", "jwe_alg", "checklist.preauth.required",
                 "max_document_bytes", "exchange_url"):
        assert f"  - {path}:" in err, (path, err)
    assert "5 problems" in err


def test_the_shipped_checklists_use_known_categories() -> None:
    from app.hcx.codes import supporting_info_categories

    for profile in default_profiles().values():
        for checklist in profile.checklist.values():
            for code in checklist.required + checklist.recommended:
                assert code in supporting_info_categories(), (profile.code, code)


def test_cli_set_can_apply_the_preauth_clock_to_emergencies_only(cli_desk: Path) -> None:
    code, out, err = _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk),
                          "--preauth-sla-emergency-only", "yes")
    assert code == 0 and "preauth_sla_emergency_only" in out, err
    with Desk.open(cli_desk) as desk:
        profile = get_profile(desk.store, TRAINING_PAYER)
    assert profile.preauth_sla_emergency_only is True
    assert profile.sla_for("preauth", emergency=False) is None
    assert profile.sla_for("preauth", emergency=True) == 60
    code, _, err = _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk),
                        "--preauth-sla-emergency-only", "perhaps", "--sla", "claim=x")
    assert code == 2 and "preauth_sla_emergency_only: 'perhaps' is not yes or no" in err
    assert "sla_minutes.claim" in err
    assert _run("payer", "set", TRAINING_PAYER, "--data-dir", str(cli_desk),
                "--preauth-sla-emergency-only", "no")[0] == 0
    with Desk.open(cli_desk) as desk:
        assert get_profile(desk.store, TRAINING_PAYER).preauth_sla_emergency_only is False


def test_saving_a_profile_or_secret_is_audited_without_the_secret(
        cli_desk: Path, tmp_path: Path, mem_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app import audit

    monkeypatch.setenv("TPADESK_USER", "admin.rekha")
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET + "\n")
    argv = ["payer", "set", "star-demo", "--data-dir", str(cli_desk), "--name", "Star Demo",
            "--exchange-url", "https://hcx.example.in", "--sla", "preauth=45",
            "--secret-file", str(secret_file)]
    assert _run(*argv)[0] == 0
    assert _run(*argv)[0] == 0  # the same again: nothing changed, nothing recorded
    assert _run("payer", "set", "star-demo", "--data-dir", str(cli_desk),
                "--clear-secret")[0] == 0
    with Desk.open(cli_desk) as desk:
        trail = [e for e in audit.entries(desk.store) if e.action.startswith("payer.")]
        raw = desk.store.conn().execute("SELECT group_concat(details) FROM audit_log"
                                        ).fetchone()[0]
    assert [(e.action, e.actor) for e in trail] == [
        ("payer.saved", "admin.rekha"), ("payer.secret_saved", "admin.rekha"),
        ("payer.secret_removed", "admin.rekha")]
    saved = trail[0].details
    assert saved["payer"] == "star-demo" and saved["created"] is True
    assert {"exchange_url", "name", "sla_minutes.preauth"} <= set(saved["fields"])
    assert trail[1].details == {"payer": "star-demo", "kept_in": "keyring"}
    assert SECRET not in raw
    code, _, _ = _run("payer", "set", "star-demo", "--data-dir", str(cli_desk),
                      "--sla", "preauth=30")
    assert code == 0
    with Desk.open(cli_desk) as desk:
        last = [e for e in audit.entries(desk.store) if e.action == "payer.saved"][-1]
    assert last.details == {"payer": "star-demo", "created": False,
                            "fields": ["sla_minutes.preauth"]}
