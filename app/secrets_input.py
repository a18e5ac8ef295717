"""Where passphrases come from: a file, an environment variable, or a prompt in a terminal.

Order (as restic and borg do): ``--passphrase-file``, then ``TPADESK_PASSPHRASE``, then a prompt
when standard input is a terminal. Nothing is echoed or logged. At the prompt, Ctrl-D (or just
Enter) means "no passphrase": the caller then says the store is locked (exit 3) or that a
passphrase is needed.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from offline.errors import BadInput

ENV_PASSPHRASE = "TPADESK_PASSPHRASE"  # noqa: S105 (a variable name)


def read_passphrase_file(path: str, what: str = "passphrase-file") -> str:
    p = Path(path)
    try:
        if p.stat().st_size > 4096:
            raise BadInput(f"{what}: {path} is larger than 4 KB; it should hold one line.")
        text = p.read_text("utf-8")
    except FileNotFoundError as exc:
        raise BadInput(f"{what}: {path} does not exist.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{what}: {path} cannot be read ({exc.__class__.__name__}).") from exc
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line:
        raise BadInput(f"{what}: {path} is empty; put the passphrase on its first line.")
    return line


def _ask(prompt: str) -> str | None:
    """One hidden entry at the terminal; Ctrl-D (end of input) or an empty entry means that no
    passphrase was given."""
    try:
        value = getpass.getpass(prompt)
    except EOFError:
        print(file=sys.stderr)  # end the prompt's line
        return None
    return value or None


def passphrase_source(file: str | None, env: str = ENV_PASSPHRASE, *, prompt: str = "Passphrase: ",
                      confirm: bool = False, what: str = "passphrase-file"
                      ) -> Callable[[], str | None]:
    """A callable that yields the passphrase when (and only when) one is needed."""
    cache: list[str | None] = []

    def get() -> str | None:
        if cache:
            return cache[0]
        value: str | None = None
        if file:
            value = read_passphrase_file(file, what)
        elif os.environ.get(env):
            value = os.environ[env]
        elif sys.stdin is not None and sys.stdin.isatty():
            value = _ask(prompt)
            if value is not None and confirm:
                again = _ask("Repeat it: ")
                if again is None:
                    value = None
                elif again != value:
                    raise BadInput("passphrase: the two entries differ; nothing was changed.")
        cache.append(value)
        return value

    return get
