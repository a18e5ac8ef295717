"""Every migration the desk knows, from every layer: the single list a store is opened with.

offline/ brings the ``core`` component; each module in ``app/migrations/`` brings its own
component's ``MIGRATIONS`` (numbered from 1), found automatically so layers never collide.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import app.migrations as _pkg
from offline.migrations import CORE_MIGRATIONS, Migration


@cache
def all_migrations() -> tuple[Migration, ...]:
    found: list[Migration] = list(CORE_MIGRATIONS)
    for info in sorted(pkgutil.iter_modules(_pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{_pkg.__name__}.{info.name}")
        found.extend(getattr(module, "MIGRATIONS", ()))
    return tuple(found)
