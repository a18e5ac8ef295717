"""Turn pages (scans, photos, imported files) into the document that is stored and sent.

Payers take PDF, JPEG or PNG of at most 2 MB per document (domain.md section 5). For pages the
steps are: upright (EXIF orientation); text pages to greyscale (a page with almost no colour);
downscale to the target resolution (200 dpi by default); then the highest JPEG quality whose PDF
fits the limit, found by binary search, and only if even the lowest acceptable quality does not
fit, a lower resolution (down to ``min_dpi``). The JPEGs are packed into a PDF by img2pdf, which
embeds them as they are (no second encoding). A PDF already within the limit is kept byte for
byte; a larger one is re-rendered page by page with pdftoppm (poppler-utils) and goes through the
same steps. When even that cannot fit, the document is refused with a message saying what to do.

Nothing is written to disk here: pages are rendered to a pipe, and the result is held in memory
(it is at most ``max_bytes``) until the caller streams it into the blob store.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Literal

import img2pdf
from PIL import Image, ImageChops

from app.capture.errors import DocumentRefused
from app.capture.importer import (
    DEFAULT_LIMITS,
    FileKind,
    ImportLimits,
    InspectedFile,
    PageImage,
    exif_capture_time,
    inspect_file,
    iter_image_pages,
)
from offline.errors import FieldError, ValidationFailed

MiB = 1024 * 1024
A4_LONG_SIDE_INCHES = 297 / 25.4

ColourMode = Literal["auto", "colour", "grey"]
OutputFormat = Literal["pdf", "jpeg"]


@dataclass(frozen=True)
class ProcessOptions:
    """How pages become a document. ``max_bytes`` is the payer's per-document limit."""

    max_bytes: int = 2 * MiB
    target_dpi: int = 200
    min_dpi: int = 100
    colour: ColourMode = "auto"
    max_quality: int = 90
    min_quality: int = 40
    output: OutputFormat = "pdf"
    pdftoppm_timeout_s: float = 120.0


DEFAULT_OPTIONS = ProcessOptions()


@dataclass(frozen=True)
class ProcessedDocument:
    """A document ready for the blob store: its bytes (at most the payer's limit), type, pages,
    size and SHA-256. ``kept_original`` is true when a PDF within the limit was kept unchanged.
    ``captured_at`` is the camera's capture time for photos (EXIF), for proof of presence."""

    name: str
    mime_type: str
    page_count: int
    size: int
    sha256: str
    data: bytes = field(repr=False)
    kept_original: bool = False
    jpeg_quality: int | None = None
    dpi: int | None = None
    captured_at: str | None = None

    def open(self) -> BinaryIO:
        """A stream of the bytes, for ``Blobs.put(doc.open(), max_size=doc.size)``."""
        return io.BytesIO(self.data)


def human_size(size: int) -> str:
    """``2.0 MB``, ``350 KB``: sizes in messages for clerks."""
    if size >= MiB:
        return f"{size / MiB:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _document(name: str, mime: str, pages: int, data: bytes, **extra: object) -> ProcessedDocument:
    return ProcessedDocument(name=name, mime_type=mime, page_count=pages, size=len(data),
                             sha256=hashlib.sha256(data).hexdigest(), data=data,
                             **extra)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ page steps


def is_text_page(img: Image.Image, *, colour_share: float = 0.02, chroma: int = 24) -> bool:
    """True when almost no pixel is coloured (under ``colour_share`` of a thumbnail has chroma
    above ``chroma``): printed or handwritten text on paper, even slightly tinted paper. Photos,
    ID cards and pages with large colour stamps are not text pages."""
    if img.mode in ("1", "L", "LA", "I", "I;16", "F"):
        return True
    factor = max(1, max(img.size) // 256)
    thumb = (img.reduce(factor) if factor > 1 else img).convert("RGB")
    _, cb, cr = thumb.convert("YCbCr").split()
    cb_dev = cb.point(lambda v: abs(v - 128))
    cr_dev = cr.point(lambda v: abs(v - 128))
    total = ImageChops.add(cb_dev, cr_dev)
    hist = total.histogram()
    coloured = sum(hist[chroma + 1:])
    return coloured <= colour_share * thumb.width * thumb.height


def _flatten(img: Image.Image) -> Image.Image:
    """RGB or L without alpha or palette: transparent areas become white paper."""
    if img.mode in ("RGB", "L"):
        return img
    if img.mode in ("1", "I", "I;16", "F"):
        return img.convert("L")
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return img.convert("RGB")


def _source_dpi(page: PageImage) -> float:
    """The page's resolution; for photos without one, as if the long side were an A4 page."""
    if page.dpi is not None and page.dpi > 0:
        return page.dpi
    return max(page.image.size) / A4_LONG_SIDE_INCHES


@dataclass
class _Prepared:
    image: Image.Image
    dpi: float


def prepare_page(page: PageImage, options: ProcessOptions = DEFAULT_OPTIONS) -> _Prepared:
    """Flatten, greyscale a text page (per ``options.colour``), downscale to the target dpi."""
    img = _flatten(page.image)
    if options.colour == "grey" or (options.colour == "auto" and is_text_page(img)):
        img = img.convert("L")
    elif img.mode != "RGB":
        img = img.convert("RGB")
    dpi = _source_dpi(page)
    if dpi > options.target_dpi * 1.05:
        img = _scale(img, options.target_dpi / dpi)
        dpi = float(options.target_dpi)
    return _Prepared(img, dpi)


def _scale(img: Image.Image, factor: float) -> Image.Image:
    size = (max(1, round(img.width * factor)), max(1, round(img.height * factor)))
    # Pillow widens the filter when shrinking, so bicubic is antialiased and 3x faster than
    # Lanczos with no visible difference on text at these ratios.
    return img.resize(size, Image.Resampling.BICUBIC)


def _jpeg(img: Image.Image, quality: int, dpi: float) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=True, dpi=(round(dpi), round(dpi)))
    return out.getvalue()


def _pack(jpegs: Sequence[bytes], output: OutputFormat) -> bytes:
    if output == "jpeg":
        return jpegs[0]
    pdf = img2pdf.convert(list(jpegs), nodate=True, producer="TPA Desk")
    assert isinstance(pdf, bytes)
    return pdf


def _pdf_overhead(pages: int) -> int:
    """A generous bound on what img2pdf adds around the JPEGs (measured: ~900 B + ~480 B/page)."""
    return 4096 + 768 * pages


def fit_pages(pages: Sequence[_Prepared], name: str,
              options: ProcessOptions = DEFAULT_OPTIONS) -> tuple[bytes, int, int]:
    """Encode the prepared pages at the highest JPEG quality whose packed size fits
    ``options.max_bytes``; lower the resolution step by step only when the lowest quality does
    not fit. Returns (document bytes, quality, dpi); refuses when nothing fits.

    The binary search runs on the JPEG sizes plus a bound on the PDF overhead (encoding pages in
    parallel threads; Pillow releases the GIL), and the packed result is checked against the
    limit before it is returned."""
    if not pages:
        raise DocumentRefused(name, f"{name}: has no pages; nothing to store.")
    if options.output == "jpeg" and len(pages) != 1:
        raise ValueError("a JPEG document holds exactly one page")
    overhead = 0 if options.output == "jpeg" else _pdf_overhead(len(pages))
    current = list(pages)
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        while True:
            search = _QualitySearch(current, pool, options, overhead)
            found = search.best()
            if found is not None:
                return found[0], found[1], round(current[0].dpi)
            dpi = current[0].dpi
            if dpi * 0.8 < options.min_dpi:
                raise DocumentRefused(
                    name, f"{name}: cannot be made smaller than {human_size(search.smallest())} "
                          f"({len(pages)} pages at {round(dpi)} dpi), over the payer's limit of "
                          f"{human_size(options.max_bytes)} per document. Split it into "
                          "smaller documents (fewer pages each) and attach them separately.")
            current = [_Prepared(_scale(p.image, 0.8), p.dpi * 0.8) for p in current]


class _QualitySearch:
    """The JPEG quality search at one resolution; encodings are cached per quality."""

    def __init__(self, batch: list[_Prepared], pool: ThreadPoolExecutor,
                 options: ProcessOptions, overhead: int) -> None:
        self.batch = batch
        self.pool = pool
        self.options = options
        self.overhead = overhead
        self.cache: dict[int, list[bytes]] = {}

    def encoded(self, quality: int) -> list[bytes]:
        if quality not in self.cache:
            self.cache[quality] = list(self.pool.map(
                lambda page: _jpeg(page.image, quality, page.dpi), self.batch))
        return self.cache[quality]

    def estimate(self, quality: int) -> int:
        return sum(map(len, self.encoded(quality))) + self.overhead

    def fits(self, quality: int) -> bool:
        return self.estimate(quality) <= self.options.max_bytes

    def smallest(self) -> int:
        return self.estimate(self.options.min_quality)

    def best(self) -> tuple[bytes, int] | None:
        """(packed bytes, quality) at the highest quality that fits, or None."""
        low, high = self.options.min_quality, self.options.max_quality
        if self.fits(high):
            low = high
        elif self.fits(low):
            while high - low > 1:  # invariant: low fits, high does not
                mid = (low + high) // 2
                if self.fits(mid):
                    low = mid
                else:
                    high = mid
        quality = low
        while self.fits(quality):
            data = _pack(self.encoded(quality), self.options.output)
            if len(data) <= self.options.max_bytes:
                return data, quality
            if quality == self.options.min_quality:
                break
            quality = max(self.options.min_quality, quality - 2)
        return None


def process_pages(pages: Iterable[PageImage], name: str,
                  options: ProcessOptions = DEFAULT_OPTIONS, *,
                  captured_at: str | None = None,
                  progress: Callable[[int], None] | None = None) -> ProcessedDocument:
    """Scanned or imported pages -> one PDF (or one JPEG) within the payer's limit. Pages are
    prepared as they arrive (so a scan batch is downscaled while the feeder runs);
    ``progress(n)`` is told after each page."""
    prepared: list[_Prepared] = []
    for page in pages:
        prepared.append(prepare_page(page, options))
        if progress is not None:
            progress(len(prepared))
    data, quality, dpi = fit_pages(prepared, name, options)
    mime = "image/jpeg" if options.output == "jpeg" else "application/pdf"
    return _document(name, mime, len(prepared), data, jpeg_quality=quality, dpi=dpi,
                     captured_at=captured_at)


# -------------------------------------------------------------------------------- PDFs


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


def render_pdf_pages(path: Path, name: str, pages: int, dpi: int,
                     timeout_s: float = 120.0) -> Iterable[PageImage]:
    """Render each page of a checked PDF at ``dpi`` through a pipe (no files written)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise DocumentRefused(name, f"{name}: is over the payer's size limit and this desk "
                                    "cannot shrink PDFs because poppler-utils (pdftoppm) is not "
                                    "installed. Ask IT to install it, or scan the paper copy.")
    for number in range(1, pages + 1):
        try:
            done = subprocess.run(
                [exe, "-r", str(dpi), "-f", str(number), "-l", str(number), "-singlefile",
                 "--", str(path)],
                capture_output=True, timeout=timeout_s, check=False)
        except subprocess.TimeoutExpired:
            raise DocumentRefused(name, f"{name}: page {number} took too long to render. Scan "
                                        "the paper copy instead.") from None
        if done.returncode != 0 or not done.stdout:
            raise DocumentRefused(name, f"{name}: page {number} cannot be rendered (the PDF is "
                                        "damaged). Scan the paper copy instead.")
        with Image.open(io.BytesIO(done.stdout)) as img:
            img.load()
            yield PageImage(img.copy(), float(dpi))


def process_pdf(inspected: InspectedFile,
                options: ProcessOptions = DEFAULT_OPTIONS) -> ProcessedDocument:
    """A checked PDF within the limit is kept byte for byte; a larger one is re-rendered and
    compressed (its text layer is lost; OCR can restore searchable text)."""
    if inspected.size <= options.max_bytes:
        data = inspected.path.read_bytes()
        if len(data) != inspected.size or b"%PDF-" not in data[:1024]:
            raise DocumentRefused(inspected.name, f"{inspected.name}: changed while it was being "
                                                  "read. Wait until it is saved and try again.")
        return _document(inspected.name, "application/pdf", inspected.pages, data,
                         kept_original=True)
    pdf_options = options if options.output == "pdf" else _replace_output(options)
    pages = render_pdf_pages(inspected.path, inspected.name, inspected.pages,
                             options.target_dpi, options.pdftoppm_timeout_s)
    return process_pages(pages, inspected.name, pdf_options)


def _replace_output(options: ProcessOptions) -> ProcessOptions:
    return replace(options, output="pdf")


# ------------------------------------------------------------------------- whole files


def prepare_file(path: Path, options: ProcessOptions = DEFAULT_OPTIONS,
                 limits: ImportLimits = DEFAULT_LIMITS) -> ProcessedDocument:
    """Check one file and turn it into the document to store (what ``tpadesk attach`` and the
    UI's drag and drop call per file). Raises :class:`DocumentRefused` naming the file."""
    inspected = inspect_file(path, limits)
    if inspected.kind is FileKind.PDF:
        return process_pdf(inspected, options)
    if options.output == "jpeg" and inspected.pages != 1:
        options = _replace_output(options)
    captured = exif_capture_time(path) if inspected.kind in (FileKind.JPEG,
                                                             FileKind.HEIC) else None
    return process_pages(iter_image_pages(inspected, limits), inspected.name, options,
                         captured_at=captured)


def prepare_files(paths: Sequence[Path], options: ProcessOptions = DEFAULT_OPTIONS,
                  limits: ImportLimits = DEFAULT_LIMITS) -> list[ProcessedDocument]:
    """All files or none: every file is checked and processed before anything is stored; when
    any is refused, :class:`ValidationFailed` lists every refused file by name."""
    done: list[ProcessedDocument] = []
    errors: list[FieldError] = []
    for path in paths:
        try:
            done.append(prepare_file(path, options, limits))
        except DocumentRefused as exc:
            prefix = f"{exc.filename}: "
            text = str(exc)
            errors.append(FieldError(exc.filename, text[len(prefix):]
                                     if text.startswith(prefix) else text))
    if errors:
        raise ValidationFailed(errors, what="The documents")
    return done
