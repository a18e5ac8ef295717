"""Numbered schema migrations, versioned per component.

Each layer owns a component (``core`` here in offline/, ``cases``, ``hcx``, ... in app/) and numbers
its migrations 1, 2, 3 ... without coordinating with the others. The store records what was applied
in ``schema_migrations``; at open it applies what is missing in one transaction, and it refuses a
store that has a component version newer than this program knows (written by a newer TPA Desk).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Step = str | Callable[[Any], None]


@dataclass(frozen=True)
class Migration:
    component: str
    version: int
    name: str
    step: Step  # SQL script (``;``-separated statements) or a callable taking the connection

    def apply(self, conn: Any) -> None:
        if callable(self.step):
            self.step(conn)
            return
        for statement in split_sql(self.step):
            conn.execute(statement)


def split_sql(script: str) -> list[str]:
    """Split a migration script on ``;`` at line ends (our scripts hold no such strings)."""
    parts = [p.strip() for p in script.split(";\n")]
    return [p.rstrip(";").strip() for p in parts if p.strip().rstrip(";").strip()]


def latest_versions(migrations: Iterable[Migration]) -> dict[str, int]:
    out: dict[str, int] = {}
    for m in migrations:
        out[m.component] = max(out.get(m.component, 0), m.version)
    return out


def check_sequence(migrations: Sequence[Migration]) -> None:
    """Each component's versions must be 1..n with no gaps or repeats (a programming error)."""
    by: dict[str, list[int]] = {}
    for m in migrations:
        by.setdefault(m.component, []).append(m.version)
    for component, versions in by.items():
        if sorted(versions) != list(range(1, len(versions) + 1)):
            raise ValueError(f"migrations of {component!r} are not numbered 1..n: {versions}")


CORE_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "core",
        1,
        "store info and chunked blobs",
        """
        CREATE TABLE store_info (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE blob (
            id          TEXT PRIMARY KEY,
            sha256      TEXT NOT NULL,
            size        INTEGER NOT NULL CHECK (size >= 0),
            chunk_size  INTEGER NOT NULL,
            chunks      INTEGER NOT NULL,
            created_at  TEXT NOT NULL
        );
        CREATE INDEX blob_sha256 ON blob(sha256);
        CREATE TABLE blob_chunk (
            id       INTEGER PRIMARY KEY,
            blob_id  TEXT NOT NULL REFERENCES blob(id) ON DELETE CASCADE,
            seq      INTEGER NOT NULL,
            data     BLOB NOT NULL,
            UNIQUE (blob_id, seq)
        );
        """,
    ),
)
