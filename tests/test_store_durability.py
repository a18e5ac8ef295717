"""Crash safety under SIGKILL, and bounded memory for big documents (both in subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DRIVERS = Path(__file__).parent / "drivers"


def run_driver(name: str, *args: str, timeout: int = 240) -> dict[str, object]:
    proc = subprocess.run([sys.executable, str(DRIVERS / name), *args], capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.slow
def test_every_reported_commit_survives_200_random_sigkills(tmp_path: Path) -> None:
    result = run_driver("store_crash.py", str(tmp_path / "data"), "200", "20261203")
    assert result["problems"] == []
    assert result["runs"] == 200
    # the kills must land mid-work, not only before the writer started
    assert int(str(result["reported_commits"])) > 200


@pytest.mark.slow
def test_a_50_mb_document_streams_in_and_out_with_bounded_memory(tmp_path: Path) -> None:
    r = run_driver("blob_memory.py", str(tmp_path / "data"), "50")
    assert r["size"] == r["recorded_size"] == 50 * 1024 * 1024
    assert r["sha_in"] == r["sha_recorded"] == r["sha_out"]
    growth_mb = (int(str(r["after_read_kb"])) - int(str(r["baseline_kb"]))) / 1024
    assert growth_mb < 64, f"peak RSS grew by {growth_mb:.1f} MB"
