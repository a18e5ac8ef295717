"""Helpers for the forms tests: read PDFs back with pypdf, rasterise them with pdftoppm.

Holds no tests itself; imported by the other ``tests/test_forms_*.py`` modules.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PIL import Image

PDFTOPPM = shutil.which("pdftoppm")
needs_pdftoppm = pytest.mark.skipif(
    PDFTOPPM is None,
    reason="pdftoppm (Debian package poppler-utils) is not installed; CI installs it",
)


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def all_text(data: bytes) -> str:
    """The text of every page, pages separated by newlines."""
    return "\n".join(page.extract_text() for page in reader(data).pages)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


@dataclass
class Placed:
    """A run of text shown on a page, with its start point in PDF points."""

    page: int
    text: str
    x: float
    y: float
    font_size: float
    font: str


def placed_text(data: bytes) -> list[Placed]:
    """Every text run with its position (text matrix times CTM), page by page."""
    out: list[Placed] = []
    for number, page in enumerate(reader(data).pages, start=1):

        def visit(text: str, cm: Any, tm: Any, font_dict: Any, font_size: float,
                  number: int = number) -> None:
            if not text.strip():
                return
            m = pypdf.mult(tm, cm)
            scale = (m[0] ** 2 + m[1] ** 2) ** 0.5 if font_size else 1.0
            base = str(font_dict.get("/BaseFont", "")) if font_dict else ""
            out.append(Placed(number, text, float(m[4]), float(m[5]),
                              float(font_size) * float(scale), base.split("+", 1)[-1]))

        page.extract_text(visitor_text=visit)
    return out


def printed_lines(data: bytes, word: re.Pattern[str]) -> list[tuple[float, float]]:
    """(left, right) in points of each printed line that holds a word matching ``word``, in
    page order (for checking that long text fills its lines)."""
    from reportlab.pdfbase import pdfmetrics

    lines: dict[tuple[int, float], list[float]] = {}
    for r in placed_text(data):
        if not any(word.fullmatch(w) for w in r.text.split()):
            continue
        font = r.font.lstrip("/").removesuffix("-Regular")  # the registered reportlab name
        right = r.x + pdfmetrics.stringWidth(r.text.rstrip(), font, r.font_size)
        key = (r.page, round(-r.y, 1))
        lines.setdefault(key, [r.x, right])
        lines[key][0] = min(lines[key][0], r.x)
        lines[key][1] = max(lines[key][1], right)
    return [(left, right) for _key, (left, right) in sorted(lines.items())]


def embedded_fonts(data: bytes) -> dict[str, bool]:
    """BaseFont name (subset prefix removed) -> whether a font file is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_res = resources.get_object().get("/Font")
        if font_res is None:
            continue
        for ref in font_res.get_object().values():
            font = ref.get_object()
            base = str(font.get("/BaseFont", ""))
            name = base.split("+", 1)[-1].lstrip("/")
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                d = descriptor.get_object()
                embedded = any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[name] = fonts.get(name, False) or embedded
    return fonts


def rasterise(data: bytes, tmp_path: Path, dpi: int = 60) -> list[Image.Image]:
    """Every page as an RGB image (pdftoppm)."""
    assert PDFTOPPM is not None
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    subprocess.run([PDFTOPPM, "-png", "-r", str(dpi), str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True, timeout=120)
    files = sorted(tmp_path.glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    return [Image.open(f).convert("RGB") for f in files]


def dark_fraction(image: Image.Image, box: tuple[int, int, int, int] | None = None,
                  threshold: int = 160) -> float:
    """Share of pixels darker than ``threshold`` (grey level), in ``box`` or the whole image."""
    region = image.crop(box) if box else image
    grey = region.convert("L")
    hist = grey.histogram()
    dark = sum(hist[:threshold])
    total = region.width * region.height
    return dark / total if total else 0.0
