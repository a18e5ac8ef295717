"""Logs and crash reports never carry patient data (exception text is withheld)."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from app.logsetup import PatientSafeFormatter, configure_logging

SECRET = "Zzyzx Quillfeather"  # stands for a patient's name inside an exception message


def _log_failure(formatter: logging.Formatter) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    log = logging.getLogger("tpadesk.test.logsetup")
    log.addHandler(handler)
    log.propagate = False
    try:
        try:
            raise ValueError(f"bad name on the policy: {SECRET}")
        except ValueError:
            log.exception("could not apply an answer to case %s", "C-2612-0001")
    finally:
        log.removeHandler(handler)
    return stream.getvalue()


def test_exception_text_is_withheld_but_type_and_place_are_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TPADESK_DEBUG", raising=False)
    text = _log_failure(PatientSafeFormatter("%(message)s"))
    assert SECRET not in text
    assert "could not apply an answer to case C-2612-0001" in text
    assert "ValueError at" in text and "test_logsetup.py" in text


def test_debug_mode_shows_the_full_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TPADESK_DEBUG", "1")
    assert SECRET in _log_failure(PatientSafeFormatter("%(message)s"))


def test_the_desk_keeps_a_log_file_in_the_data_folder(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TPADESK_DEBUG", raising=False)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        configure_logging(tmp_path, stream=False)
        try:
            raise RuntimeError(SECRET)
        except RuntimeError:
            logging.getLogger("tpadesk.test").exception("sync pass failed")
        for handler in root.handlers:
            handler.flush()
        content = (tmp_path / "logs" / "tpadesk.log").read_text()
        assert "sync pass failed" in content and "RuntimeError at" in content
        assert SECRET not in content
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_a_cli_bug_report_does_not_echo_the_exception_text(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import app.commands.store as s\n"
        f"def boom(cli): raise KeyError({SECRET!r})\n"
        "s.cmd_check = boom\n"
        "from app.cli import main\n"
        "sys.exit(main(['check']))\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[1],
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                               "TPADESK_DATA_DIR": str(tmp_path / "d")})
    assert proc.returncode == 1
    assert "internal error (KeyError at" in proc.stderr
    assert SECRET not in proc.stderr + proc.stdout
