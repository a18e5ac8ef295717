"""The audit trail is append-only and hash-chained; ``tpadesk check`` finds tampering done with a
raw SQLCipher connection that holds the key."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import audit
from app.admission import example_admission_json
from app.cases import create_case
from app.cli import main
from app.desk import EXTRA_CHECKS, Desk
from offline.paths import DB_FILE
from offline.store import IntegrityError, connect
from tests.conftest import FAST_KDF

PASS = "correct horse battery"


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


def _fill(desk: Desk, n: int = 4) -> None:
    with desk.store.transaction() as c:
        for i in range(n):
            audit.record(c, actor="clerk1", action="test.event", case_id=f"C-2612-{i:04d}",
                         details={"i": i})


def _check(data_dir: Path, tmp_path: Path) -> tuple[int, str]:
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS)
    out = io.StringIO()
    code = main(["check", "--data-dir", str(data_dir), "--passphrase-file", str(pf)], out=out,
                err=io.StringIO())
    return code, out.getvalue()


def test_verifier_is_registered() -> None:
    assert audit.verify_chain in EXTRA_CHECKS


def test_chain_links_entries(desk: Desk) -> None:
    _fill(desk)
    entries = audit.entries(desk.store)
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev_hash == audit.GENESIS
    for a, b in itertools.pairwise(entries):
        assert b.prev_hash == a.hash
    assert audit.verify_store(desk.store) == []


def test_record_outside_a_transaction_is_refused(desk: Desk) -> None:
    with pytest.raises(RuntimeError):
        audit.record(desk.store.conn(), actor="x", action="y")


def test_update_and_delete_are_refused_by_triggers(desk: Desk) -> None:
    _fill(desk)
    conn = desk.store.conn()
    with pytest.raises(IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    with pytest.raises(IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE seq = 2")


def test_intact_store_checks_ok(desk: Desk, data_dir: Path, tmp_path: Path) -> None:
    create_case(desk.store, example_admission_json(), actor="clerk1",
                now=datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    desk.close()
    assert _check(data_dir, tmp_path) == (0, "ok\n")


def _tamper(desk: Desk, *sql: str) -> None:
    raw = connect(desk.data_dir / DB_FILE, desk.store.key)
    try:
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("DROP TRIGGER audit_log_no_delete")
        for s in sql:
            raw.execute(s)
        # put the guards back so only the chain can tell
        for name, op in (("audit_log_no_update", "UPDATE"), ("audit_log_no_delete", "DELETE")):
            raw.execute(f"CREATE TRIGGER {name} BEFORE {op} ON audit_log BEGIN "
                        "SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
    finally:
        raw.close()


@pytest.mark.parametrize(("what", "sql", "expected"), [
    ("edited", ["UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"], "entry 2 was changed"),
    ("deleted", ["DELETE FROM audit_log WHERE seq = 2"], "entry 2 is missing"),
    ("reordered", ["UPDATE audit_log SET seq = 100 WHERE seq = 2",
                   "UPDATE audit_log SET seq = 2 WHERE seq = 3",
                   "UPDATE audit_log SET seq = 3 WHERE seq = 100"], "does not follow"),
    ("cut off", ["DELETE FROM audit_log WHERE seq = 4"], "removed from the end"),
])
def test_tampering_is_found_by_tpadesk_check(desk: Desk, data_dir: Path, tmp_path: Path,
                                             what: str, sql: list[str], expected: str) -> None:
    _fill(desk)
    _tamper(desk, *sql)
    desk.close()
    code, out = _check(data_dir, tmp_path)
    assert code == 2, what
    assert expected in out, out


def test_dropped_guard_is_reported(desk: Desk, data_dir: Path, tmp_path: Path) -> None:
    _fill(desk)
    raw = connect(desk.data_dir / DB_FILE, desk.store.key)
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.close()
    desk.close()
    code, out = _check(data_dir, tmp_path)
    assert code == 2 and "audit_log_no_delete" in out
