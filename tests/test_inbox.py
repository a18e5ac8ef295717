"""The inbox: keep, apply once in one transaction, dead-letter the poisoned, cursors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from sqlite3 import Connection

import pytest

from offline.errors import DiskFull
from offline.inbox import Envelope, Inbox, Undeliverable
from offline.migrations import CORE_MIGRATIONS
from offline.outbox import OUTBOX_MIGRATIONS
from offline.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "desk.db", os.urandom(32), CORE_MIGRATIONS + OUTBOX_MIGRATIONS)
    s.conn().execute("CREATE TABLE decision (answer TEXT UNIQUE)")
    yield s
    s.close()


def env(n: int, payer: str = "tpa-a", raw: bytes | None = None) -> Envelope:
    return Envelope(payer=payer, cursor=f"{n:04d}", raw=raw or f"jwe-{n}".encode(),
                    api_call_id=f"answer-{n}", correlation_id=f"corr-{n}")


def apply_ok(conn: Connection, e: Envelope) -> None:
    conn.execute("INSERT INTO decision VALUES (?)", (e.api_call_id,))


def decisions(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT answer FROM decision ORDER BY answer")]


def test_envelopes_are_applied_kept_and_the_cursor_advances(store: Store) -> None:
    inbox = Inbox(store)
    result = inbox.apply_batch("tpa-a", [env(1), env(2)], apply_ok)
    assert [e.cursor for e in result.applied] == ["0001", "0002"]
    assert result.last_cursor == "0002" and inbox.cursor("tpa-a") == "0002"
    assert decisions(store) == ["answer-1", "answer-2"]
    [first, _] = inbox.items()
    assert inbox.raw(first.id) == b"jwe-1" and first.status == "applied"


def test_a_repeated_envelope_is_ignored(store: Store) -> None:
    inbox = Inbox(store)
    inbox.apply_batch("tpa-a", [env(1)], apply_ok)
    again = inbox.apply_batch("tpa-a", [env(1)], apply_ok)
    assert again.applied == [] and len(again.duplicates) == 1
    assert decisions(store) == ["answer-1"]


def test_dedup_key_defaults_to_the_sha256_of_the_raw_envelope() -> None:
    a = Envelope(payer="p", cursor="1", raw=b"same")
    b = Envelope(payer="p", cursor="2", raw=b"same")
    assert a.key == b.key and a.key.startswith("sha256:")


def test_unopenable_envelope_goes_to_dead_letters_and_does_not_block(store: Store) -> None:
    def apply(conn: Connection, e: Envelope) -> None:
        apply_ok(conn, e)  # partial work that must be rolled back
        if e.cursor == "0002":
            raise Undeliverable("the answer is not encrypted to this desk's key")

    inbox = Inbox(store)
    heard: list[int] = []
    result = inbox.apply_batch("tpa-a", [env(1), env(2), env(3)], apply,
                               on_applied=lambda e: heard.append(int(e.cursor)))
    assert [e.cursor for e in result.applied] == ["0001", "0003"] and heard == [1, 3]
    assert decisions(store) == ["answer-1", "answer-3"]
    [letter] = inbox.dead_letters()
    assert letter.error == "the answer is not encrypted to this desk's key"
    assert inbox.raw(letter.id) == b"jwe-2"
    assert result.last_cursor == "0003"


def test_a_parser_bug_is_dead_lettered_with_its_type(store: Store) -> None:
    def apply(conn: Connection, e: Envelope) -> None:
        raise KeyError("ClaimResponse.total")

    result = Inbox(store).apply_batch("tpa-a", [env(1)], apply)
    assert "KeyError" in (result.dead_letters[0].error or "")


def test_a_desk_problem_stops_the_batch_without_losing_the_envelope(store: Store) -> None:
    def apply(conn: Connection, e: Envelope) -> None:
        raise DiskFull("disk full")

    inbox = Inbox(store)
    with pytest.raises(DiskFull):
        inbox.apply_batch("tpa-a", [env(1)], apply)
    assert inbox.items() == [] and inbox.cursor("tpa-a") is None
    assert inbox.apply_batch("tpa-a", [env(1)], apply_ok).applied  # tried again later


def test_replay_applies_a_dead_letter_after_a_fix(store: Store) -> None:
    inbox = Inbox(store)

    def broken(conn: Connection, e: Envelope) -> None:
        raise Undeliverable("unknown bundle profile")

    inbox.apply_batch("tpa-a", [env(1)], broken)
    [letter] = inbox.dead_letters()
    assert inbox.replay(letter.id, broken) is False
    assert inbox.replay(letter.id, apply_ok) is True
    assert inbox.dead_letters() == [] and decisions(store) == ["answer-1"]
    assert inbox.get(letter.id).status == "applied"


def test_dismiss_keeps_the_envelope(store: Store) -> None:
    inbox = Inbox(store)

    def broken(conn: Connection, e: Envelope) -> None:
        raise Undeliverable("garbage")

    inbox.apply_batch("tpa-a", [env(1)], broken)
    [letter] = inbox.dead_letters()
    inbox.dismiss(letter.id, "spam from a misconfigured relay")
    assert inbox.dead_letters() == []
    assert inbox.get(letter.id).status == "dismissed" and inbox.raw(letter.id) == b"jwe-1"


def test_cursors_are_per_payer_and_ack_is_recorded(store: Store) -> None:
    inbox = Inbox(store)
    inbox.apply_batch("tpa-a", [env(5)], apply_ok)
    inbox.apply_batch("tpa-b", [env(9, payer="tpa-b")], apply_ok)
    assert (inbox.cursor("tpa-a"), inbox.cursor("tpa-b")) == ("0005", "0009")
    assert inbox.acked_cursor("tpa-a") is None
    inbox.mark_acked("tpa-a", "0005")
    assert inbox.acked_cursor("tpa-a") == "0005" and inbox.cursor("tpa-a") == "0005"


def test_an_envelope_of_another_payer_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        Inbox(store).apply_batch("tpa-a", [env(1, payer="tpa-b")], apply_ok)
