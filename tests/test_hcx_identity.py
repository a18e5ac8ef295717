"""The desk's HCX identity: made at Desk.create, kept in the encrypted store, exported as a
certificate (never the private key), usable to open JWEs sealed to it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from app.cli import main
from app.desk import Desk
from app.hcx import jwe
from app.hcx.identity import (
    all_identities,
    certificate_fingerprint,
    ensure_identity,
    export_certificate,
    load_identity,
    rotate_identity,
)
from offline.paths import DB_FILE
from tests.conftest import FAST_KDF
from tests.memkeyring import MemoryKeyring


def _desk(data_dir: Path) -> Desk:
    return Desk.create(data_dir, passphrase="correct horse battery", use_keyring=False,
                       kdf=FAST_KDF)


def test_identity_is_generated_at_desk_create(data_dir: Path, no_keyring: None) -> None:
    with _desk(data_dir) as desk:
        identity = load_identity(desk.store)
        assert identity is not None
        cert = x509.load_pem_x509_certificate(identity.certificate_pem)
        key = cert.public_key()
        assert isinstance(key, rsa.RSAPublicKey)
        assert key.key_size == 2048
        assert cert.issuer == cert.subject  # self-signed
        assert ensure_identity(desk.store) == identity  # idempotent: no second key pair
        assert len(all_identities(desk.store)) == 1


def test_private_key_is_only_inside_the_encrypted_store(data_dir: Path,
                                                        no_keyring: None) -> None:
    with _desk(data_dir) as desk:
        identity = load_identity(desk.store)
        assert identity is not None
    marker = identity.private_key_pem.splitlines()[1][:40]
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert marker not in path.read_bytes(), path
            assert b"BEGIN PRIVATE KEY" not in path.read_bytes(), path
    assert (data_dir / DB_FILE).exists()


def test_a_jwe_sealed_to_the_exported_certificate_opens_with_the_stored_key(
        data_dir: Path, no_keyring: None) -> None:
    with _desk(data_dir) as desk:
        cert = export_certificate(desk.store)
        token = jwe.seal(b'{"ok": true}', {"x-hcx-recipient_code": "desk"}, cert)
        identity = load_identity(desk.store)
        assert identity is not None
        assert jwe.open_jwe(token, identity.private_key_pem).json() == {"ok": True}


def test_rotation_keeps_old_keys_for_late_answers(data_dir: Path, no_keyring: None) -> None:
    with _desk(data_dir) as desk:
        old = load_identity(desk.store)
        assert old is not None
        new = rotate_identity(desk.store)
        assert load_identity(desk.store) == new
        assert [i.key_id for i in all_identities(desk.store)] == [new.key_id, old.key_id]


def test_cli_cert_export_writes_the_certificate_only(tmp_path: Path, data_dir: Path,
                                                     mem_keyring: MemoryKeyring) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data_dir), "init"], out=out, err=err) == 0, err.getvalue()
    pem_path = tmp_path / "desk.pem"
    out = io.StringIO()
    code = main(["cert", "export", "--data-dir", str(data_dir), "--out", str(pem_path)],
                out=out, err=err)
    assert code == 0, err.getvalue()
    pem = pem_path.read_bytes()
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----")
    assert b"PRIVATE" not in pem
    assert certificate_fingerprint(pem) in out.getvalue()
    with Desk.open(data_dir) as desk:
        assert export_certificate(desk.store) == pem
    # refuses to overwrite without --force, and says so
    err = io.StringIO()
    assert main(["cert", "export", "--data-dir", str(data_dir), "--out", str(pem_path)],
                out=io.StringIO(), err=err) == 2
    assert "already exists" in err.getvalue()


def test_cli_cert_show_prints_the_fingerprint(data_dir: Path,
                                              mem_keyring: MemoryKeyring) -> None:
    assert main(["--data-dir", str(data_dir), "init"], out=io.StringIO(),
                err=io.StringIO()) == 0
    out = io.StringIO()
    assert main(["cert", "show", "--data-dir", str(data_dir)], out=out, err=io.StringIO()) == 0
    with Desk.open(data_dir) as desk:
        identity = load_identity(desk.store)
    assert identity is not None
    assert identity.fingerprint in out.getvalue()


def test_open_for_desk_uses_retired_keys_and_refuses_misaddressed(data_dir: Path,
                                                                  no_keyring: None) -> None:
    from app.hcx.identity import open_for_desk

    with _desk(data_dir) as desk:
        old_cert = export_certificate(desk.store)
        sealed_before = jwe.seal(b"late answer", {"x-hcx-recipient_code": "hosp@hcx"}, old_cert)
        rotate_identity(desk.store)
        sealed_after = jwe.seal(b"new answer", {"x-hcx-recipient_code": "hosp@hcx"},
                                export_certificate(desk.store))
        assert open_for_desk(desk.store, sealed_before).payload == b"late answer"
        assert open_for_desk(desk.store, sealed_after,
                             expected_recipient="hosp@hcx").payload == b"new answer"
        with pytest.raises(jwe.JweMisaddressed):
            open_for_desk(desk.store, sealed_after, expected_recipient="other@hcx")
        from tests.test_hcx_jwe import _pair

        _, stranger = _pair("stranger")
        with pytest.raises(jwe.JweWrongKey, match="another certificate"):
            open_for_desk(desk.store, jwe.seal(b"x", {}, stranger))
