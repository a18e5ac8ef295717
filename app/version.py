"""The program's version (from the installed distribution metadata, which pyproject.toml sets)."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("tpa-desk")
except metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"
