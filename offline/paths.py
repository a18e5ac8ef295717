"""Where a desk keeps its data: ``--data-dir``, else ``TPADESK_DATA_DIR``, else the platform's
default user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "TPADesk"
ENV_DATA_DIR = "TPADESK_DATA_DIR"

DB_FILE = "desk.db"
META_FILE = "desk.json"
SLOTS_FILE = "keyslots.json"


def default_data_dir() -> Path:
    """The per-user data folder of this platform (for example ``~/.local/share/TPADesk``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, by precedence: the command-line value, the environment, the default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
