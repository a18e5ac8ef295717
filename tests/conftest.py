"""Shared fixtures: temporary data folders, an in-memory keyring, fast KDF parameters."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from offline.keys import KdfParams
from tests.memkeyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Argon2id with little memory: the same code path, fast enough for many tests.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's data folder, passphrase or keyring settings."""
    for var in ("TPADESK_DATA_DIR", "TPADESK_PASSPHRASE", "TPADESK_NEW_PASSPHRASE",
                "TPADESK_EXPORT_PASSPHRASE", "TPADESK_KEYRING", "TPADESK_SANDBOX_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("TPADESK_DATA_DIR", str(tmp_path / "default-data-dir"))


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's application with the English plural forms the desk installs at start
    ("1 case", "3 cases"), so tests see the words a clerk sees."""
    from ui.theme import install_plural_forms

    install_plural_forms(qapp)  # type: ignore[arg-type]
    return qapp


@pytest.fixture
def mem_keyring() -> Iterator[MemoryKeyring]:
    """Install an in-memory keyring backend for the test, and restore the previous one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No usable keyring backend: the passphrase path."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def tmp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private TMPDIR for the test (``tempfile`` and child processes use it); it must be
    empty when the test ends: capture never leaves a page, a scan or a tool's file behind."""
    import tempfile

    from tests.test_capture_support import leftovers

    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setenv("TMPDIR", str(root))
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    yield root
    assert leftovers(root) == [], "something was left in the temporary folder"
