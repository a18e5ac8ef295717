"""Desk settings kept in the encrypted store (shared by every clerk on this desk).

Small named values that the desk's windows and its command line both read, for example the
scanner defaults the page editor starts with. Each value is validated here; a change is audited
by the setting's name (values are settings, never patient data).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app import audit
from offline.errors import BadInput
from offline.migrations import Migration

if TYPE_CHECKING:
    from offline.store import Store

MIGRATIONS: tuple[Migration, ...] = (
    Migration("settings", 1, "desk settings", """
        CREATE TABLE desk_setting (
            key         TEXT PRIMARY KEY,
            value       TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            updated_by  TEXT NOT NULL
        );
    """),
)

SCANNER_RESOLUTIONS = (150, 200, 300)
SCANNER_MODES = ("grey", "colour", "lineart")  # app.capture.sources.ColourMode


@dataclass(frozen=True)
class ScannerDefaults:
    """What a new scan starts with (the page editor reads these)."""

    resolution: int = 200
    mode: str = "grey"


def _get(store: Store, key: str) -> Any:
    row = store.conn().execute("SELECT value FROM desk_setting WHERE key = ?",
                               (key,)).fetchone()
    return None if row is None else json.loads(str(row[0]))


def _set(store: Store, key: str, value: Any, *, actor: str) -> None:
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    with store.transaction() as conn:
        conn.execute("INSERT INTO desk_setting(key, value, updated_at, updated_by)"
                     " VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                     " value = excluded.value, updated_at = excluded.updated_at,"
                     " updated_by = excluded.updated_by",
                     (key, json.dumps(value), now, actor))
        audit.record(conn, actor=actor, action="setting.changed", details={"setting": key})


def scanner_defaults(store: Store) -> ScannerDefaults:
    """The saved scanner defaults (the built-in ones until someone changes them)."""
    saved = _get(store, "scanner") or {}
    resolution = saved.get("resolution", 200)
    mode = saved.get("mode", "grey")
    return ScannerDefaults(resolution if resolution in SCANNER_RESOLUTIONS else 200,
                           mode if mode in SCANNER_MODES else "grey")


def save_scanner_defaults(store: Store, resolution: int, mode: str, *,
                          actor: str) -> ScannerDefaults:
    """Validate and keep the scanner defaults. BadInput names the wrong value."""
    if resolution not in SCANNER_RESOLUTIONS:
        raise BadInput(f"scanner.resolution: choose {', '.join(map(str, SCANNER_RESOLUTIONS))}"
                       " dpi")
    if mode not in SCANNER_MODES:
        raise BadInput(f"scanner.mode: choose one of {', '.join(SCANNER_MODES)}")
    _set(store, "scanner", {"resolution": resolution, "mode": mode}, actor=actor)
    return scanner_defaults(store)
