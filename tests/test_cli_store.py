"""`tpadesk init / check / key / rekey / export / restore` as an operator runs them: exit codes,
messages, and files left byte-identical whenever something is refused."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from app import audit
from app.cli import main
from app.desk import Desk
from offline.keys import KeyringAccess, key_check_value
from offline.store import KeyRejected, Store
from tests.conftest import FAST_KDF
from tests.memkeyring import MemoryKeyring
from tests.test_store import content_digest

PASS = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[1]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)


# ---------------------------------------------------------------------------- init

def test_init_with_a_keyring_keeps_the_key_there(mem_keyring: MemoryKeyring,
                                                 data_dir: Path) -> None:
    code, out, _ = run("--data-dir", str(data_dir), "init")
    assert code == 0
    assert str(data_dir) in out and "system keyring" in out
    assert not (data_dir / "keyslots.json").exists()
    meta = json.loads((data_dir / "desk.json").read_text())
    assert meta["keyring"] is True
    assert len(mem_keyring.items) == 1
    assert run("--data-dir", str(data_dir), "check")[:2] == (0, "ok\n")


def test_init_without_a_keyring_uses_a_passphrase_slot(no_keyring: None, data_dir: Path,
                                                       passphrase_env: None) -> None:
    code, out, _ = run("init", "--data-dir", str(data_dir))
    assert code == 0
    assert "passphrase slot" in out
    slots = json.loads((data_dir / "keyslots.json").read_text())
    assert slots["slots"][0]["kdf"]["name"] == "argon2id"
    assert slots["slots"][0]["kdf"]["memory_kib"] >= 65536
    assert run("--data-dir", str(data_dir), "check")[0] == 0


def test_init_without_keyring_or_passphrase_is_bad_input(no_keyring: None,
                                                         data_dir: Path) -> None:
    code, _, err = run("--data-dir", str(data_dir), "init")
    assert code == 2
    assert "passphrase" in err and "--passphrase-file" in err
    assert not data_dir.exists()


def test_init_refuses_a_short_passphrase(no_keyring: None, data_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TPADESK_PASSPHRASE", "short")
    code, _, err = run("--data-dir", str(data_dir), "init")
    assert code == 2 and "too short" in err
    assert not data_dir.exists()


def test_passphrase_file_is_read(no_keyring: None, data_dir: Path, tmp_path: Path) -> None:
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n")
    assert run("--data-dir", str(data_dir), "--passphrase-file", str(pf), "init")[0] == 0
    assert run("--data-dir", str(data_dir), "--passphrase-file", str(pf), "check")[0] == 0
    missing = run("--data-dir", str(data_dir), "--passphrase-file", str(tmp_path / "nope"),
                  "check")
    assert missing[0] == 2 and "does not exist" in missing[2]


def test_init_twice_is_refused_and_changes_nothing(mem_keyring: MemoryKeyring,
                                                   data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "init")
    assert code == 2 and "already exists" in err
    assert snapshot(data_dir) == before


def test_data_dir_from_the_environment(mem_keyring: MemoryKeyring, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TPADESK_DATA_DIR", str(tmp_path / "env-dir"))
    assert run("init")[0] == 0
    assert (tmp_path / "env-dir" / "desk.json").exists()


def test_the_default_data_folder_is_the_platform_user_data_folder(
        mem_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from offline.paths import default_data_dir, resolve_data_dir

    home = tmp_path / "home" / "asha"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("TPADESK_DATA_DIR")
    assert default_data_dir() == home / ".local" / "share" / "TPADesk"
    xdg = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg))
    assert default_data_dir() == xdg / "TPADesk"
    assert resolve_data_dir() == xdg / "TPADesk"
    # the command line uses it when neither --data-dir nor TPADESK_DATA_DIR is given
    code, out, _ = run("init")
    assert code == 0 and str(xdg / "TPADesk") in out
    assert (xdg / "TPADesk" / "desk.db").is_file() and (xdg / "TPADesk" / "desk.json").is_file()
    assert run("check")[:2] == (0, "ok\n")
    # precedence: the environment, then the option
    other = tmp_path / "from-env"
    monkeypatch.setenv("TPADESK_DATA_DIR", str(other))
    assert resolve_data_dir() == other
    assert resolve_data_dir(str(tmp_path / "from-option")) == tmp_path / "from-option"


# ---------------------------------------------------------------------------- locked / wrong key

def test_wrong_passphrase_exits_3_and_leaves_files_identical(no_keyring: None, data_dir: Path,
                                                             passphrase_env: None,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before = snapshot(data_dir)
    monkeypatch.setenv("TPADESK_PASSPHRASE", "not the passphrase")
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "passphrase is wrong" in err
    assert snapshot(data_dir) == before


def test_no_passphrase_given_exits_3(no_keyring: None, data_dir: Path, passphrase_env: None,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before = snapshot(data_dir)
    monkeypatch.delenv("TPADESK_PASSPHRASE")
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "locked" in err
    assert snapshot(data_dir) == before


def test_locked_keyring_exits_3(mem_keyring: MemoryKeyring, data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before = snapshot(data_dir)
    mem_keyring.locked = True
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "keyring is locked" in err
    assert snapshot(data_dir) == before


def test_missing_keyring_entry_exits_3(mem_keyring: MemoryKeyring, data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before = snapshot(data_dir)
    mem_keyring.items.clear()
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "not in this computer's keyring" in err and "tpadesk restore" in err
    assert "no system keyring" not in err
    assert snapshot(data_dir) == before


def test_an_unusable_keyring_is_not_called_a_missing_key(mem_keyring: MemoryKeyring,
                                                         data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before, keys = snapshot(data_dir), dict(mem_keyring.items)
    keyring.set_keyring(fail.Keyring())  # the key is still there; no backend can reach it
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3
    assert "kept in the system keyring" in err and "no system keyring service" in err
    assert "unlock the desktop keyring" in err
    assert "tpadesk key add-passphrase" in err and "TPADESK_PASSPHRASE" in err
    assert "not in this computer's keyring" not in err and "restore" not in err
    assert snapshot(data_dir) == before and mem_keyring.items == keys


def test_a_keyring_turned_off_says_how_to_turn_it_on(mem_keyring: MemoryKeyring, data_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before = snapshot(data_dir)
    monkeypatch.setenv("TPADESK_KEYRING", "off")
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "turned off here (TPADESK_KEYRING=off)" in err
    assert "unset TPADESK_KEYRING" in err and "tpadesk key add-passphrase" in err
    assert "restore" not in err
    assert snapshot(data_dir) == before
    monkeypatch.delenv("TPADESK_KEYRING")
    assert run("--data-dir", str(data_dir), "check")[:2] == (0, "ok\n")


def test_an_unusable_keyring_with_a_passphrase_slot_asks_for_the_passphrase(
        mem_keyring: MemoryKeyring, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    assert run("--data-dir", str(data_dir), "init", "--also-passphrase")[0] == 0
    monkeypatch.delenv("TPADESK_PASSPHRASE")
    keyring.set_keyring(fail.Keyring())
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "No keyring can be used" in err and "give its passphrase" in err
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    assert run("--data-dir", str(data_dir), "check")[:2] == (0, "ok\n")


def test_wrong_key_in_the_keyring_exits_3(mem_keyring: MemoryKeyring, data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    before = snapshot(data_dir)
    (entry,) = mem_keyring.items
    import base64

    mem_keyring.items[entry] = base64.b64encode(os.urandom(32)).decode()
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "does not open this store" in err
    assert snapshot(data_dir) == before


# ---------------------------------------------------------------------------- the prompt (a pty)

def _at_the_terminal(argv: list[str], answers: list[bytes], env: dict[str, str],
                     timeout: float = 60.0) -> tuple[int, str]:
    """Run ``tpadesk ARGV`` in a child whose controlling terminal is a pseudo-terminal (as a clerk
    at a console), answer each prompt in turn, and return (exit code, everything the terminal
    showed)."""
    import pty
    import select
    import termios
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdin/stdout/stderr and /dev/tty are the pty
        try:
            os.chdir(REPO)
            os.execve(sys.executable, [sys.executable, "-m", "app.cli", *argv], env)
        finally:
            os._exit(127)
    shown = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            # answer a prompt only once it is the last thing shown and the child reads with echo
            # off (getpass flushes typed-ahead input when it starts: an early answer is lost)
            if pending and shown.endswith(b": ") and not termios.tcgetattr(fd)[3] & termios.ECHO:
                os.write(fd, pending.pop(0))
        else:
            os.kill(pid, 9)
            pytest.fail(f"the prompt did not finish: {shown!r}")
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


@pytest.fixture
def slot_store(data_dir: Path) -> dict[str, str]:
    """A passphrase-only store (fast KDF) and the environment of a clerk with no passphrase set."""
    Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF).close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TPADESK_")}
    env.update(TPADESK_DATA_DIR=str(data_dir), TPADESK_KEYRING="off",
               PYTHONPATH=str(REPO))
    return env


def test_the_prompt_reads_the_passphrase_without_echoing_it(slot_store: dict[str, str]) -> None:
    code, shown = _at_the_terminal(["check"], [PASS.encode() + b"\r"], slot_store)
    assert code == 0, shown
    assert "Passphrase:" in shown and "ok" in shown
    assert PASS not in shown  # typed, not echoed


def test_a_wrong_passphrase_at_the_prompt_exits_3(slot_store: dict[str, str],
                                                  data_dir: Path) -> None:
    before = snapshot(data_dir)
    code, shown = _at_the_terminal(["check"], [b"not the passphrase at all\r"], slot_store)
    assert code == 3 and "passphrase is wrong" in shown
    assert snapshot(data_dir) == before


def test_ctrl_d_at_the_prompt_is_no_passphrase(slot_store: dict[str, str],
                                              data_dir: Path) -> None:
    before = snapshot(data_dir)
    code, shown = _at_the_terminal(["check"], [b"\x04"], slot_store)
    assert code == 3, shown
    assert "The store is locked" in shown and "give its passphrase" in shown
    assert "internal error" not in shown and "bug" not in shown
    assert snapshot(data_dir) == before


def test_ctrl_d_at_the_repeat_prompt_of_init_creates_nothing(data_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TPADESK_")}
    env.update(TPADESK_KEYRING="off", PYTHONPATH=str(REPO))
    code, shown = _at_the_terminal(["--data-dir", str(data_dir), "init"],
                                   [PASS.encode() + b"\r", b"\x04"], env)
    assert code == 2 and "protected by a passphrase" in shown, shown
    assert "internal error" not in shown
    assert not data_dir.exists()


def test_two_different_entries_at_init_are_refused(data_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TPADESK_")}
    env.update(TPADESK_KEYRING="off", PYTHONPATH=str(REPO))
    code, shown = _at_the_terminal(["--data-dir", str(data_dir), "init"],
                                   [PASS.encode() + b"\r", b"another passphrase\r"], env)
    assert code == 2 and "the two entries differ" in shown, shown
    assert not data_dir.exists()


def test_closed_standard_input_is_no_passphrase(no_keyring: None, data_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF).close()
    monkeypatch.setattr("sys.stdin", None)  # started with stdin closed (a service, cron)
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 3 and "The store is locked" in err


# ---------------------------------------------------------------------------- not a store

def test_missing_store_says_how_to_create_one(mem_keyring: MemoryKeyring, data_dir: Path) -> None:
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 2 and "tpadesk init" in err
    assert not data_dir.exists()


def _plain_sqlite(path: Path) -> None:
    import sqlite3  # the standard, unencrypted SQLite: what another program would leave

    with contextlib.closing(sqlite3.connect(path)) as plain:
        plain.execute("CREATE TABLE notes(text)")
        plain.execute("INSERT INTO notes VALUES ('another program')")
        plain.commit()


@pytest.mark.parametrize("content", ["plain-sqlite", "empty", "odd-size", "folder"])
def test_a_folder_with_a_file_that_was_never_a_store_says_so(mem_keyring: MemoryKeyring,
                                                             data_dir: Path,
                                                             content: str) -> None:
    data_dir.mkdir()
    db = data_dir / "desk.db"
    if content == "plain-sqlite":
        _plain_sqlite(db)
    elif content == "folder":
        db.mkdir()
    else:
        db.write_bytes(b"" if content == "empty" else os.urandom(8000))
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 2
    assert "this folder holds a file that is not a TPA Desk store" in err
    assert "choose another --data-dir, or move the file away" in err.lower()
    assert "restore" not in err.lower()
    assert snapshot(data_dir) == before
    code, _, err = run("--data-dir", str(data_dir), "init")  # init does not overwrite it
    assert code == 2 and "not a TPA Desk store" in err and "already exists" not in err
    assert snapshot(data_dir) == before


def test_a_store_that_lost_its_description_file_is_restored_from_backup(
        mem_keyring: MemoryKeyring, data_dir: Path, passphrase_env: None) -> None:
    assert run("--data-dir", str(data_dir), "init", "--also-passphrase")[0] == 0
    (data_dir / "desk.json").unlink()
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 2 and "not a complete TPA Desk store" in err and "Restore the folder" in err
    assert "not a TPA Desk store at all" not in err
    assert snapshot(data_dir) == before


def test_a_random_database_file_without_description_gets_both_explanations(
        mem_keyring: MemoryKeyring, data_dir: Path) -> None:
    # an encrypted store is indistinguishable from random bytes without its key
    data_dir.mkdir()
    (data_dir / "desk.db").write_bytes(os.urandom(8192))
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 2 and "lost its description file" in err and "restore" in err
    assert "not a TPA Desk store at all" in err and "move the file away" in err
    assert snapshot(data_dir) == before


def test_a_replaced_database_file_is_named_as_such(mem_keyring: MemoryKeyring,
                                                   data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    (data_dir / "desk.db").unlink()
    _plain_sqlite(data_dir / "desk.db")
    before = snapshot(data_dir)
    code, out, _ = run("--data-dir", str(data_dir), "check")
    assert code == 2
    assert "it is a plain (unencrypted) SQLite database, not this store's encrypted file" in out
    assert snapshot(data_dir) == before


def test_a_damaged_description_file_is_reported(mem_keyring: MemoryKeyring,
                                                data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    (data_dir / "desk.json").write_text("{ not json")
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 2 and "damaged" in err
    assert snapshot(data_dir) == before


def test_a_file_given_as_data_dir_is_refused(mem_keyring: MemoryKeyring, tmp_path: Path) -> None:
    f = tmp_path / "notes.txt"
    f.write_text("hello")
    code, _, err = run("--data-dir", str(f), "check")
    assert code == 2 and "is a file" in err
    assert f.read_text() == "hello"


def test_a_store_from_a_newer_format_is_refused_untouched(mem_keyring: MemoryKeyring,
                                                          data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    meta = json.loads((data_dir / "desk.json").read_text())
    meta["format_version"] = 99
    (data_dir / "desk.json").write_text(json.dumps(meta))
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 2 and "newer TPA Desk" in err
    assert snapshot(data_dir) == before


def test_a_database_with_newer_migrations_is_refused_untouched(mem_keyring: MemoryKeyring,
                                                               data_dir: Path) -> None:
    desk = Desk.create(data_dir, kdf=FAST_KDF)
    with desk.store.transaction() as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('core', 99, 'future', 'x')")
    desk.close()
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "check")
    assert code == 2 and "newer version of TPA Desk" in err
    assert snapshot(data_dir) == before


# ---------------------------------------------------------------------------- check

def _page_size(data_dir: Path) -> int:
    return int(json.loads((data_dir / "desk.json").read_text())["cipher"]["page_size"])


def test_check_reports_a_flipped_byte(mem_keyring: MemoryKeyring, data_dir: Path) -> None:
    desk = Desk.create(data_dir, kdf=FAST_KDF)
    desk.blobs.put(io.BytesIO(os.urandom(300_000)))
    desk.close()
    db = data_dir / "desk.db"
    raw = bytearray(db.read_bytes())
    page = _page_size(data_dir)
    raw[5 * page + 1234] ^= 0x40
    db.write_bytes(bytes(raw))
    code, out, _ = run("--data-dir", str(data_dir), "check")
    assert code == 2
    assert "problems" in out and "cipher_integrity_check" in out


def test_check_reports_a_damaged_first_page(mem_keyring: MemoryKeyring, data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    db = data_dir / "desk.db"
    raw = bytearray(db.read_bytes())
    raw[100] ^= 0xFF
    db.write_bytes(bytes(raw))
    code, out, _ = run("--data-dir", str(data_dir), "check")
    assert code == 2 and "damaged or was replaced" in out


# ---------------------------------------------------------------------------- keys

def test_add_and_remove_passphrases(mem_keyring: MemoryKeyring, data_dir: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    monkeypatch.setenv("TPADESK_NEW_PASSPHRASE", "backup passphrase for IT")
    code, out, _ = run("--data-dir", str(data_dir), "key", "add-passphrase", "--label", "IT")
    assert code == 0
    slot_id = out.split("slot ")[1].split(" ")[0]
    # now the passphrase alone opens the store (as on a PC without this keyring)
    store = Desk.open(data_dir, lambda: "backup passphrase for IT",
                      keyring=KeyringAccess(False))
    store.close()
    code, out, _ = run("--data-dir", str(data_dir), "key", "list")
    assert code == 0 and "keyring: yes" in out and slot_id in out
    assert run("--data-dir", str(data_dir), "key", "remove-passphrase", slot_id)[0] == 0
    assert "passphrase slots: none" in run("--data-dir", str(data_dir), "key", "list")[1]


def test_the_last_way_to_unlock_cannot_be_removed(no_keyring: None, data_dir: Path,
                                                  passphrase_env: None) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    slot_id = json.loads((data_dir / "keyslots.json").read_text())["slots"][0]["id"]
    before = snapshot(data_dir)
    code, _, err = run("--data-dir", str(data_dir), "key", "remove-passphrase", slot_id)
    assert code == 2 and "last way to unlock" in err
    assert snapshot(data_dir) == before  # its audit entry was rolled back with it too


def _trail(data_dir: Path, passphrase: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    with Desk.open(data_dir, lambda: passphrase) as desk:
        assert desk.check() == []  # the chain verifies
        return [(e.actor, e.action, e.details) for e in audit.entries(desk.store)
                if e.action.startswith(("key.", "store."))]


def test_key_changes_rekey_export_and_restore_are_audited(mem_keyring: MemoryKeyring,
                                                          data_dir: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    secrets = ["backup passphrase for IT", "export passphrase 2026", "new pc passphrase"]
    monkeypatch.setenv("TPADESK_USER", "it.admin")
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    monkeypatch.setenv("TPADESK_NEW_PASSPHRASE", secrets[0])
    code, out, _ = run("--data-dir", str(data_dir), "key", "add-passphrase", "--label", "IT")
    assert code == 0
    slot_id = out.split("slot ")[1].split(" ")[0]
    # refused changes leave no entry
    assert run("--data-dir", str(data_dir), "key", "add-passphrase")[0] == 2  # same passphrase
    assert run("--data-dir", str(data_dir), "key", "remove-passphrase", "nosuchslot")[0] == 2
    assert run("--data-dir", str(data_dir), "key", "remove-passphrase", slot_id)[0] == 0
    assert run("--data-dir", str(data_dir), "rekey")[0] == 0
    export = tmp_path / "desk.tpadesk-export"
    monkeypatch.setenv("TPADESK_EXPORT_PASSPHRASE", secrets[1])
    assert run("--data-dir", str(data_dir), "export", "--out", str(export))[0] == 0
    expected = [
        ("it.admin", "key.passphrase_added", {"slot": slot_id, "label": "IT"}),
        ("it.admin", "key.passphrase_removed", {"slot": slot_id, "label": "IT"}),
        ("it.admin", "key.rotated", {"slots_kept": 0, "slots_removed": []}),
        ("it.admin", "store.exported", {"file": export.name,
                                        "size_bytes": export.stat().st_size}),
    ]
    assert _trail(data_dir) == expected
    assert run("--data-dir", str(data_dir), "check")[:2] == (0, "ok\n")
    # the new PC: the export holds the trail up to the export; the restore is recorded there
    monkeypatch.setenv("TPADESK_USER", "new.pc.admin")
    monkeypatch.setenv("TPADESK_PASSPHRASE", secrets[2])
    new_dir = tmp_path / "new-pc"
    assert run("--data-dir", str(new_dir), "restore", str(export), "--no-keyring")[0] == 0
    moved = _trail(new_dir, secrets[2])
    assert moved == [*expected[:3], ("new.pc.admin", "store.restored",
                                     {"file": export.name, "keyring": False})]
    assert not any(secret in json.dumps(moved + expected) for secret in secrets)


def test_rekey_rotates_the_key_and_keeps_the_data(mem_keyring: MemoryKeyring,
                                                  data_dir: Path) -> None:
    desk = Desk.create(data_dir, kdf=FAST_KDF)
    blob = desk.blobs.put(io.BytesIO(b"scan of a policy card" * 1000))
    old_key = desk.store.key
    desk.close()
    code, out, _ = run("--data-dir", str(data_dir), "rekey")
    assert code == 0 and "rotated" in out
    with pytest.raises(KeyRejected):
        Store.open(data_dir / "desk.db", old_key, migrate=False)
    with Desk.open(data_dir) as again:
        assert again.store.key != old_key
        assert again.blobs.open(blob.id).read() == b"scan of a policy card" * 1000
    assert run("--data-dir", str(data_dir), "check")[0] == 0


def test_rekey_rewraps_the_passphrase_slot(no_keyring: None, data_dir: Path,
                                           passphrase_env: None) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    slots_before = (data_dir / "keyslots.json").read_text()
    assert run("--data-dir", str(data_dir), "rekey")[0] == 0
    assert (data_dir / "keyslots.json").read_text() != slots_before
    assert run("--data-dir", str(data_dir), "check")[0] == 0


@pytest.mark.parametrize("crash_after", ["pending saved", "database re-encrypted"])
def test_an_interrupted_rekey_recovers_on_the_next_unlock(mem_keyring: MemoryKeyring,
                                                          data_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          crash_after: str) -> None:
    desk = Desk.create(data_dir, kdf=FAST_KDF)
    blob = desk.blobs.put(io.BytesIO(b"discharge summary"))

    class Crash(BaseException):
        pass

    if crash_after == "pending saved":
        def boom(self: Store, new_key: bytes) -> None:
            raise Crash
        monkeypatch.setattr(Store, "rekey", boom)
    else:
        def boom_promote(self: object, meta: object, new_key: bytes) -> None:
            raise Crash
        monkeypatch.setattr(type(desk.vault), "_promote_pending", boom_promote)
    with pytest.raises(Crash):
        desk.vault.rekey(desk.store)
    desk.close()
    monkeypatch.undo()
    assert json.loads((data_dir / "desk.json").read_text())["pending_kcv"]
    with Desk.open(data_dir) as again:
        assert again.blobs.open(blob.id).read() == b"discharge summary"
        meta = again.vault.meta()
        assert meta.pending_kcv is None
        assert meta.kcv == key_check_value(again.store.key)
    assert not any(user.endswith("/pending") for _, user in mem_keyring.items)


# ---------------------------------------------------------------------------- export / restore

def _export(data_dir: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TPADESK_EXPORT_PASSPHRASE", "export passphrase 2026")
    code, text, err = run("--data-dir", str(data_dir), "export", "--out", str(out))
    assert code == 0, err
    assert "Wrote the encrypted export" in text


def test_export_and_restore_move_a_desk_to_a_new_pc(mem_keyring: MemoryKeyring, data_dir: Path,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    desk = Desk.create(data_dir, kdf=FAST_KDF)
    blob = desk.blobs.put(io.BytesIO(b"ZZMARKER export content" * 2000))
    with desk.store.transaction() as conn:
        conn.execute("INSERT INTO store_info(key, value) VALUES ('note', 'ZZMARKER note')")
    desk.close()
    export = tmp_path / "desk.tpadesk-export"
    _export(data_dir, export, monkeypatch)
    assert b"ZZMARKER" not in export.read_bytes()
    # the new PC has no keyring: the restored store gets a passphrase
    new_dir = tmp_path / "new-pc"
    monkeypatch.setenv("TPADESK_PASSPHRASE", "new pc passphrase")
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    code, _out, err = run("--data-dir", str(new_dir), "restore", str(export))
    assert code == 0, err
    with Desk.open(new_dir, lambda: "new pc passphrase") as moved:
        assert moved.blobs.open(blob.id).read() == b"ZZMARKER export content" * 2000
        assert moved.store.info("note") == "ZZMARKER note"
        assert moved.check() == []
    assert run("--data-dir", str(new_dir), "check")[0] == 0


def test_restore_with_a_wrong_export_passphrase_creates_nothing(
        mem_keyring: MemoryKeyring, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    export = tmp_path / "x.export"
    _export(data_dir, export, monkeypatch)
    monkeypatch.setenv("TPADESK_EXPORT_PASSPHRASE", "some other passphrase")
    code, _, err = run("--data-dir", str(tmp_path / "target"), "restore", str(export))
    assert code == 3 and "wrong" in err
    assert not (tmp_path / "target").exists()


def test_restore_of_a_truncated_export_creates_nothing(mem_keyring: MemoryKeyring,
                                                       data_dir: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    export = tmp_path / "x.export"
    _export(data_dir, export, monkeypatch)
    export.write_bytes(export.read_bytes()[:-5000])
    code, _, err = run("--data-dir", str(tmp_path / "target"), "restore", str(export))
    assert code == 2 and "truncated or damaged" in err
    assert not (tmp_path / "target").exists()


def test_restore_of_a_file_that_is_not_an_export(mem_keyring: MemoryKeyring, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + os.urandom(1000))
    monkeypatch.setenv("TPADESK_EXPORT_PASSPHRASE", "export passphrase 2026")
    code, _, err = run("--data-dir", str(tmp_path / "target"), "restore", str(junk))
    assert code == 2 and "not a TPA Desk export" in err
    assert not (tmp_path / "target").exists()


def test_export_refuses_to_overwrite(mem_keyring: MemoryKeyring, data_dir: Path,
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("--data-dir", str(data_dir), "init")[0] == 0
    existing = tmp_path / "exists.export"
    existing.write_text("keep me")
    monkeypatch.setenv("TPADESK_EXPORT_PASSPHRASE", "export passphrase 2026")
    code, _, err = run("--data-dir", str(data_dir), "export", "--out", str(existing))
    assert code == 2 and "already exists" in err
    assert existing.read_text() == "keep me"


# ---------------------------------------------------------------------------- full disk

FULL_DISK_CHILD = textwrap.dedent("""
    import hashlib, io, os, resource, signal, sys
    sys.path.insert(0, {repo!r})
    from app.desk import Desk
    from offline.errors import DeskError
    from offline.keys import KdfParams, KeyringAccess
    from tests.test_store import content_digest
    data_dir = sys.argv[1]
    def sha(name):
        with open(os.path.join(data_dir, name), "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    desk = Desk.create(__import__("pathlib").Path(data_dir), passphrase="full disk test pass",
                       use_keyring=False, keyring=KeyringAccess(False),
                       kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1))
    saved = desk.blobs.put(io.BytesIO(b"saved" * 1000))
    desk.store.conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all committed in desk.db
    print("saved", saved.id, flush=True)
    print("before", content_digest(desk.store), sha("desk.db"), sha("desk.json"),
          sha("keyslots.json"), flush=True)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    size = os.path.getsize(os.path.join(data_dir, "desk.db"))
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 300_000, size + 300_000))
    try:
        desk.blobs.put(io.BytesIO(os.urandom(5_000_000)))
    except DeskError as exc:
        print("refused", type(exc).__name__, exc.exit_code, flush=True)
    except Exception as exc:
        print("other", type(exc).__name__, str(exc)[:200], flush=True)
    print("after", content_digest(desk.store), sha("desk.db"), sha("desk.json"),
          sha("keyslots.json"), flush=True)
    print("wal", os.path.getsize(os.path.join(data_dir, "desk.db-wal")), flush=True)
""")


def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    child = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD.format(repo=str(REPO)),
                            str(data_dir)], capture_output=True, text=True, timeout=120,
                           cwd=REPO)
    lines = child.stdout.split("\n")
    saved_id = lines[0].split()[1]
    before, after = lines[1].split()[1:], lines[3].split()[1:]
    assert lines[2].startswith("refused DiskFull 2"), child.stdout + child.stderr
    # the refused write hit the limit while writing the WAL (frames that never committed);
    # the database file, the key slots and the description are byte-identical, and the committed
    # content is unchanged
    assert int(lines[4].split()[1]) > 0
    assert after == before
    with Desk.open(data_dir, lambda: "full disk test pass",
                   keyring=KeyringAccess(False)) as desk:
        assert desk.check() == []
        assert desk.blobs.open(saved_id).read() == b"saved" * 1000
        assert desk.store.query("SELECT count(*) FROM blob")[0][0] == 1
        assert content_digest(desk.store) == before[0]
    # reopening recovered past the uncommitted frames without writing anything to the database
    assert hashlib.sha256((data_dir / "desk.db").read_bytes()).hexdigest() == before[1]
