"""The bundled PDF fonts: Noto Sans (Latin, the rupee sign) and Noto Sans Devanagari (Hindi,
Marathi ...), both under the SIL Open Font License (``resources/fonts/OFL.txt``).

Desk PCs and CI machines often have no Indic fonts, so the forms never rely on system fonts: the
four TTF files ship in ``resources/fonts/`` and are embedded (subset) in every PDF.

Devanagari needs *shaping* (conjuncts, reph, matra reordering). reportlab does it through
HarfBuzz when the ``uharfbuzz`` package is installed (a declared dependency); the forms turn
shaping on for every paragraph that contains Devanagari (and only those: shaping Latin text would
turn "fi" into a ligature glyph that searches badly). :func:`markup` splits text into Latin and
Devanagari runs so that each run is set in a font that has its glyphs.

Known limit: reportlab maps glyphs that HarfBuzz composes (conjuncts such as क्ष, the reph of र्म) to
private-use code points, so *copying* such syllables out of the PDF gives gaps; the printed page is
right, and simple syllables (आशा, सीमा) extract as typed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
DEVANAGARI = "NotoSansDevanagari"
DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"

# reportlab name -> file in resources/fonts
FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
}
LICENCE_FILE = "OFL.txt"

_lock = threading.Lock()
_registered = False


class FontsMissing(RuntimeError):
    """A bundled font file is missing: the installation is damaged (a bug, not user input)."""


@dataclass(frozen=True)
class FontSet:
    """The registered reportlab font names."""

    regular: str = REGULAR
    bold: str = BOLD
    devanagari: str = DEVANAGARI
    devanagari_bold: str = DEVANAGARI_BOLD


def register_fonts() -> FontSet:
    """Register the bundled fonts with reportlab (once per process; safe from any thread)."""
    global _registered
    with _lock:
        if not _registered:
            folder = resources.files("resources") / "fonts"
            for name, filename in FONT_FILES.items():
                entry = folder / filename
                if not entry.is_file():
                    raise FontsMissing(f"the bundled font resources/fonts/{filename} is missing; "
                                       "reinstall TPA Desk")
                with resources.as_file(entry) as path:
                    font = ttfonts.TTFont(name, str(path))  # reads the whole file now
                pdfmetrics.registerFont(font)
            for family, regular, bold in ((REGULAR, REGULAR, BOLD),
                                          (DEVANAGARI, DEVANAGARI, DEVANAGARI_BOLD)):
                # <b> inside a paragraph picks the bold face; there are no italics
                addMapping(family, 0, 0, regular)
                addMapping(family, 1, 0, bold)
                addMapping(family, 0, 1, regular)
                addMapping(family, 1, 1, bold)
            _registered = True
    return FontSet()


def shaping_available() -> bool:
    """True when reportlab can shape complex scripts (``uharfbuzz`` is importable)."""
    return ttfonts.uharfbuzz is not None


def is_devanagari(ch: str) -> bool:
    """Devanagari, Devanagari Extended and Vedic Extensions code points."""
    cp = ord(ch)
    return 0x0900 <= cp <= 0x097F or 0xA8E0 <= cp <= 0xA8FF or 0x1CD0 <= cp <= 0x1CFF


def has_devanagari(text: str) -> bool:
    """True when ``text`` has at least one Devanagari character (and so needs shaping)."""
    return any(is_devanagari(ch) for ch in text)


# Characters that belong to whichever run they sit in, so that no font switch happens at them.
# Both bundled fonts have every one of them (tests/test_forms_fonts.py checks), so a comma, a full
# stop or brackets next to Devanagari are shaped with the Devanagari text: reportlab's shaping
# draws a short Latin run between two Devanagari runs with glyphs of the wrong font ("आशा, सीमा"
# printed as "आशाद्सीमा", "(राम)" as empty boxes).
_NEUTRAL = frozenset(" \u00a0\u200c\u200d0123456789!\"#%'()*+,-./:;<=>?[\\]^_{|}~"
                     "\u00ad\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20b9")
# neutral characters that open something: at a change of script they go with the text after
_OPENERS = frozenset("([{\u2018\u201c")


def is_neutral(ch: str) -> bool:
    """True for spaces, joiners, digits and punctuation that both fonts have."""
    return ch in _NEUTRAL


def script_runs(text: str) -> list[tuple[bool, str]]:
    """Split ``text`` into (is_devanagari, run) pieces. Spaces, joiners, digits and punctuation
    (:func:`is_neutral`) stay in the run they follow; leading ones join the first run, and an
    opening bracket or quote just before a change of script goes with the text it opens."""
    runs: list[tuple[bool, str]] = []
    current: list[str] = []
    deva: bool | None = None  # the script of ``current``; None while only neutrals were seen
    for ch in text:
        if is_neutral(ch):
            current.append(ch)
            continue
        script = is_devanagari(ch)
        if deva is None or script == deva:
            current.append(ch)
            deva = script
            continue
        carry: list[str] = []  # openers right before the new script go with it
        while current and current[-1] in _OPENERS:
            carry.insert(0, current.pop())
        if current:
            runs.append((deva, "".join(current)))
        current = [*carry, ch]
        deva = script
    if current:
        runs.append((bool(deva), "".join(current)))
    return runs


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for plain ``text``: XML-escaped, newlines kept, Devanagari runs set in
    Noto Sans Devanagari. The result goes into a ``Paragraph`` whose style font is Noto Sans."""
    parts: list[str] = []
    for deva, run in script_runs(text):
        body = escape(run).replace("\r\n", "\n").replace("\n", "<br/>")
        if deva:
            face = DEVANAGARI_BOLD if bold else DEVANAGARI
            parts.append(f'<font name="{face}">{body}</font>')
        else:
            parts.append(body)
    joined = "".join(parts)
    return f"<b>{joined}</b>" if bold and joined else joined
