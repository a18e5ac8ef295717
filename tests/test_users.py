"""Clerk accounts: roles, Argon2id hashes with recorded parameters, verify, change password,
and nothing secret in the audit trail."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import audit
from app.cli import main
from app.desk import Desk
from app.users import Role, add_user, change_password, list_users, needs_rehash, set_active, verify
from offline.errors import BadInput
from offline.keys import KdfParams
from tests.conftest import FAST_KDF

PASS = "correct horse battery"


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


@pytest.fixture(autouse=True)
def _fast_user_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests hash with little memory (same code path); the default stays 64 MiB."""
    monkeypatch.setattr("app.users.DEFAULT_USER_KDF", FAST_KDF)


def test_add_and_verify(desk: Desk) -> None:
    user = add_user(desk.store, "Priya", "s3cret-pass", "clerk", display_name="Priya N",
                    actor="admin", kdf=FAST_KDF)
    assert user.username == "priya" and user.role is Role.CLERK
    assert verify(desk.store, "priya", "s3cret-pass") == user
    assert verify(desk.store, "priya", "wrong-pass!") is None
    assert verify(desk.store, "nobody", "s3cret-pass") is None


def test_hash_is_argon2id_with_recorded_params_and_no_plain_password(desk: Desk) -> None:
    add_user(desk.store, "ravi", "s3cret-pass", Role.SUPERVISOR, actor="admin", kdf=FAST_KDF)
    row = desk.store.conn().execute("SELECT pw_hash, kdf FROM users").fetchone()
    params = json.loads(row[1])
    assert params["name"] == "argon2id" and params["memory_kib"] == FAST_KDF.memory_kib
    assert params["salt"]
    assert "s3cret" not in row[0]
    assert needs_rehash(desk.store, "ravi", KdfParams())  # weaker than the shipped default


def test_same_password_gives_different_hashes(desk: Desk) -> None:
    add_user(desk.store, "a1", "same-password", "clerk", actor="admin", kdf=FAST_KDF)
    add_user(desk.store, "a2", "same-password", "clerk", actor="admin", kdf=FAST_KDF)
    hashes = {r[0] for r in desk.store.conn().execute("SELECT pw_hash FROM users")}
    assert len(hashes) == 2


@pytest.mark.parametrize(("name", "password", "role", "match"), [
    ("x", "long-enough", "clerk", "username"),
    ("bad name", "long-enough", "clerk", "username"),
    ("ok", "short", "clerk", "password"),
    ("ok", "long-enough", "boss", "role"),
])
def test_bad_accounts_are_refused(desk: Desk, name: str, password: str, role: str,
                                  match: str) -> None:
    with pytest.raises(BadInput, match=match):
        add_user(desk.store, name, password, role, actor="admin", kdf=FAST_KDF)
    assert list_users(desk.store) == []


def test_duplicate_username_is_refused(desk: Desk) -> None:
    add_user(desk.store, "meera", "long-enough", "admin", actor="admin", kdf=FAST_KDF)
    with pytest.raises(BadInput, match="already exists"):
        add_user(desk.store, "Meera", "long-enough", "clerk", actor="admin", kdf=FAST_KDF)


def test_change_password_needs_the_old_one(desk: Desk) -> None:
    add_user(desk.store, "meera", "first-password", "clerk", actor="admin", kdf=FAST_KDF)
    with pytest.raises(BadInput, match="current password is wrong"):
        change_password(desk.store, "meera", "not-it-at-all", "second-password", actor="meera",
                        kdf=FAST_KDF)
    change_password(desk.store, "meera", "first-password", "second-password", actor="meera",
                    kdf=FAST_KDF)
    assert verify(desk.store, "meera", "first-password") is None
    assert verify(desk.store, "meera", "second-password") is not None


def test_disabled_account_cannot_log_in(desk: Desk) -> None:
    add_user(desk.store, "temp", "long-enough", "field_staff", actor="admin", kdf=FAST_KDF)
    set_active(desk.store, "temp", False, actor="admin")
    assert verify(desk.store, "temp", "long-enough") is None


def test_audit_names_users_but_never_passwords(desk: Desk) -> None:
    add_user(desk.store, "meera", "first-password", "clerk", actor="admin", kdf=FAST_KDF)
    change_password(desk.store, "meera", None, "second-password", actor="admin", kdf=FAST_KDF)
    entries = audit.entries(desk.store)
    assert [e.action for e in entries] == ["user.added", "user.password_changed"]
    text = json.dumps([e.details for e in entries])
    assert "password\"" not in text and "first-password" not in text
    assert "second-password" not in text


def test_user_cli(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF).close()
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    pw = tmp_path / "pw.txt"
    pw.write_text("clerk-password\n")
    common = ["--data-dir", str(data_dir)]
    out = io.StringIO()
    assert main(["user", "add", "asha", "--role", "clerk", "--password-file", str(pw), *common],
                out=out, err=io.StringIO()) == 0
    assert "asha" in out.getvalue()
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    err = io.StringIO()
    assert main(["user", "passwd", "asha", "--password-file", str(short), *common],
                out=io.StringIO(), err=err) == 2
    assert "at least 8" in err.getvalue()
    out = io.StringIO()
    assert main(["user", "list", "--json", *common], out=out, err=io.StringIO()) == 0
    assert json.loads(out.getvalue())[0]["role"] == "clerk"


def test_roles_and_permissions(desk: Desk) -> None:
    from app.users import may, require

    clerk = add_user(desk.store, "c1", "long-enough", "clerk", actor="admin")
    field = add_user(desk.store, "f1", "long-enough", "field_staff", actor="admin")
    boss = add_user(desk.store, "s1", "long-enough", "supervisor", actor="admin")
    assert may(clerk, "case.create") and not may(clerk, "case.cancel")
    assert may(field, "document.add") and not may(field, "leg.submit")
    assert may(boss, "warnings.override") and not may(boss, "user.manage")
    with pytest.raises(BadInput, match=r"may not do user\.manage"):
        require(boss, "user.manage")
    set_active(desk.store, "s1", False, actor="admin")
    assert verify(desk.store, "s1", "long-enough") is None
    with pytest.raises(KeyError):
        may(clerk, "fly")
