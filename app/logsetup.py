"""Logging that never carries patient data.

Log messages in this code base are written without patient data (ids, counts, states only), but
an exception's text or a traceback's local context can quote what a clerk typed or what a payer
sent. So the handlers installed here print an exception as its type and the place it was raised,
nothing more, unless ``TPADESK_DEBUG=1`` (a developer on synthetic data) asks for the full text.

The command line logs warnings to stderr; the desk (GUI) also keeps a small rotating log file in
the data folder (``logs/tpadesk.log``) for IT to read.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

DEBUG_ENV = "TPADESK_DEBUG"
_INSTALLED = "_tpadesk_handler"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def debug_enabled() -> bool:
    return bool(os.environ.get(DEBUG_ENV))


def describe_exception(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """``ValueError at app/x.py:12``: what failed and where, without the message."""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb is not None else "?"
    return f"{exc_type.__name__} at {where}"


class PatientSafeFormatter(logging.Formatter):
    """Formats exceptions as type and location only (full text with TPADESK_DEBUG=1)."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        if debug_enabled() or ei[0] is None:
            return super().formatException(ei)
        return f"  ({describe_exception(ei[0], ei[2])}; details withheld because they may " \
               f"quote patient data; set {DEBUG_ENV}=1 on synthetic data to see them)"

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # never reuse a cached full traceback
        return super().format(record)


def configure_logging(data_dir: Path | None = None, *, stream: bool = True,
                      level: int = logging.WARNING) -> None:
    """Install the patient-safe handlers on the root logger (once per process)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _INSTALLED, False):
            root.removeHandler(handler)
            handler.close()
    formatter = PatientSafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if stream:
        handlers.append(logging.StreamHandler(sys.stderr))
    if data_dir is not None:
        try:
            logs = data_dir / "logs"
            logs.mkdir(parents=True, exist_ok=True)
            handlers.append(logging.handlers.RotatingFileHandler(
                logs / "tpadesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"))
        except OSError:
            pass  # a read-only or full disk must not stop the desk from starting
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.setLevel(logging.DEBUG if debug_enabled() else level)
        setattr(handler, _INSTALLED, True)
        root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, level))
