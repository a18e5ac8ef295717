"""SIGKILL of a syncing desk at random moments, against a real sandbox over loopback.

The driver (``tests/drivers/sync_crash.py``) forks a syncer 100 times and kills it after a random
delay (during start-up, while bundles are built and posted, while answers are applied), playing
the clerk between runs. At the end, after one clean sync: the sandbox's ledger holds exactly one
non-duplicate receipt per outbox message, every message is done, every leg got exactly one
decision, no answer was dead-lettered, and the store and its audit chain are intact.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DRIVER = Path(__file__).parent / "drivers" / "sync_crash.py"
RUNS = 100


def test_sigkill_at_random_moments_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(DRIVER), str(tmp_path / "work"), str(RUNS), "5"],
                          capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["problems"] == []
    assert summary["runs"] == RUNS
    # the kills really landed in the middle of the work, and the work went on between them
    assert summary["caught_sending"] > 0
    assert summary["decided_during_runs"] > 0
    # every message reached the exchange once and got its one decision
    assert summary["messages"] == summary["queued"]
    assert summary["ledger_rows"] - summary["duplicate_receipts"] == summary["messages"]
    assert summary["decisions"] == summary["messages"]
