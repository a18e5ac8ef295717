"""Turn pages (scans, photos, imported files) into the document that is stored and sent.

Payers take PDF, JPEG or PNG of at most 2 MB per document (domain.md section 5). For pages the
steps are: upright (EXIF orientation); text pages to greyscale (a page with almost no colour)
with the paper cleaned to white; downscale to the target resolution (200 dpi by default); then
the highest JPEG quality whose PDF fits the limit, found by binary search. When even the lowest
acceptable quality does not fit (a long, dense document), text pages are stored black and white
(CCITT G4, sharp at full resolution, 30-60 KB a page) and only then is the resolution lowered
(down to ``min_dpi``). The images are packed into a PDF by img2pdf, which embeds JPEG and G4
data as they are (no second encoding), byte-deterministic so that the same pages always give the
same SHA-256 (the duplicate check relies on it). A PDF already within the limit is kept byte for
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

from app.capture.errors import CaptureCancelled, DocumentRefused
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
A3_LONG_SIDE_INCHES = 420 / 25.4

ColourMode = Literal["auto", "colour", "grey"]
OutputFormat = Literal["pdf", "jpeg"]


@dataclass(frozen=True)
class ProcessOptions:
    """How pages become a document. ``max_bytes`` is the payer's per-document limit.
    ``colour``: "auto" decides per page (text pages greyscale); use "colour" for photographs
    (PHT, PoPr) so that they are never cleaned or turned black and white."""

    max_bytes: int = 2 * MiB
    target_dpi: int = 200
    min_dpi: int = 100
    colour: ColourMode = "auto"
    max_quality: int = 90
    min_quality: int = 40
    output: OutputFormat = "pdf"
    clean_background: bool = True
    bilevel_text: bool = True
    pdftoppm_timeout_s: float = 120.0


DEFAULT_OPTIONS = ProcessOptions()


@dataclass(frozen=True)
class ProcessedDocument:
    """A document ready for the blob store: its bytes (at most the payer's limit), type, pages,
    size and SHA-256. ``kept_original`` is true when a PDF within the limit was kept unchanged;
    ``bilevel_pages`` counts text pages stored in black and white to fit the limit.
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
    bilevel_pages: int = 0
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


def is_text_page(img: Image.Image, *, colour_share: float = 0.02, chroma: int = 24,
                 paper_share: float = 0.75) -> bool:
    """True for a page of text or line drawings on paper: almost no pixel is coloured (under
    ``colour_share`` of a thumbnail has chroma above ``chroma``; slightly tinted paper is fine)
    and most of the page is light paper (``paper_share`` of the pixels within a few grey levels
    of a light median). Photos, in colour or black and white, ID cards and pages with large
    colour stamps are not text pages."""
    if img.mode == "1":
        return True
    factor = max(1, max(img.size) // 256)
    thumb = img.reduce(factor) if factor > 1 else img
    grey = thumb.convert("L")
    hist = grey.histogram()
    total = sum(hist)
    seen, median = 0, 255
    for value, count in enumerate(hist):
        seen += count
        if seen * 2 >= total:
            median = value
            break
    near_paper = sum(hist[max(0, median - 25):])
    if median < 150 or near_paper < paper_share * total:
        return False
    if thumb.mode in ("L", "LA", "I", "I;16", "F"):
        return True
    _, cb, cr = thumb.convert("RGB").convert("YCbCr").split()
    cb_dev = cb.point(lambda v: abs(v - 128))
    cr_dev = cr.point(lambda v: abs(v - 128))
    coloured = sum(ImageChops.add(cb_dev, cr_dev).histogram()[chroma + 1:])
    return coloured <= colour_share * total


def _flatten(img: Image.Image) -> Image.Image:
    """RGB or L without alpha or palette: transparent areas become white paper."""
    if img.mode in ("RGB", "L"):
        return img
    if img.mode == "1":
        return img.convert("L")
    if img.mode.startswith(("I", "F")):  # 16-bit scans (scanimage --depth 16, TIFF, PNG)
        wide = img.convert("F")
        _, high = wide.getextrema()
        if isinstance(high, int | float) and high > 255:
            wide = wide.point(lambda v: v * (255.0 / 65535.0))
        return wide.convert("L")
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return img.convert("RGB")


def _source_dpi(page: PageImage) -> float:
    """The page's resolution. A scanner's or a rendered PDF's resolution (``exact``) is the
    truth. Cameras and screenshots write 72 or 96 dpi whatever the picture, so a file's claimed
    resolution is believed only when it gives a page no larger than A3; otherwise the picture
    is taken to be an A4 page on its long side."""
    long_side = max(page.image.size)
    if page.dpi is not None and page.dpi > 0 and page.exact:
        return page.dpi
    if page.dpi is not None and page.dpi >= 100 and long_side / page.dpi <= A3_LONG_SIDE_INCHES:
        return page.dpi
    return long_side / A4_LONG_SIDE_INCHES


@dataclass
class _Prepared:
    image: Image.Image
    dpi: float
    text: bool = False


def prepare_page(page: PageImage, options: ProcessOptions = DEFAULT_OPTIONS) -> _Prepared:
    """Flatten; for a text page (per ``options.colour``) greyscale and clean the paper to white;
    downscale to the target dpi."""
    img = _flatten(page.image)
    text_page = options.colour == "grey" or (options.colour == "auto" and is_text_page(img))
    if text_page:
        img = img.convert("L")
        if options.clean_background:
            img = clean_background(img)
    elif img.mode not in ("RGB", "L"):  # a grey scan stays grey
        img = img.convert("RGB")
    dpi = _source_dpi(page)
    if dpi > options.target_dpi * 1.05:
        img = _scale(img, options.target_dpi / dpi)
        dpi = float(options.target_dpi)
    return _Prepared(img, dpi, text_page)


def clean_background(img: Image.Image, *, margin: int = 12) -> Image.Image:
    """Stretch the levels of a greyscale text page so the paper becomes pure white and the
    darkest ink black, as scanner software's "remove background" does. Paper tint and sensor
    noise cost most of a JPEG's bytes on a text page; ink, pencil and faint stamps (darker than
    the paper by more than ``margin``) are kept, only with more contrast."""
    hist = img.histogram()
    total = sum(hist)
    # the paper: the median of the page (a text page is mostly paper) ...
    seen, paper = 0, 255
    for value, count in enumerate(hist):
        seen += count
        if seen >= total // 2:
            paper = value
            break
    # ... and the ink: the darkest 0.5 % of the pixels.
    seen, ink = 0, 0
    for value, count in enumerate(hist):
        seen += count
        if seen >= total // 200:
            ink = value
            break
    white = paper - margin
    if white - ink < 64:  # a dark or low-contrast page: leave it as it is
        return img
    scale = 255 / (white - ink)
    lut = [min(255, max(0, round((v - ink) * scale))) for v in range(256)]
    return img.point(lut)


def _scale(img: Image.Image, factor: float) -> Image.Image:
    size = (max(1, round(img.width * factor)), max(1, round(img.height * factor)))
    # Pillow widens the filter when shrinking, so bicubic is antialiased and 3x faster than
    # Lanczos with no visible difference on text at these ratios.
    return img.resize(size, Image.Resampling.BICUBIC)


def _jpeg(img: Image.Image, quality: int, dpi: float) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=True, dpi=(round(dpi), round(dpi)))
    return out.getvalue()


#: img2pdf's own PDF writer, chosen explicitly. img2pdf prefers pikepdf when it is installed,
#: but img2pdf 0.6.3 asks pikepdf for a deterministic /ID only when ``pikepdf.__version__ >=
#: "6.2.0"`` compares true *as strings* (it is false for pikepdf 10.x), so qpdf then writes a
#: time-based /ID and the same pages give a different SHA-256 on every run: duplicates are not
#: found. The internal writer writes no /ID and, with ``nodate``, no date: the same pages give the
#: same bytes on every run, with or without pikepdf (the frozen build leaves pikepdf out).
PDF_ENGINE = img2pdf.Engine.internal


def _pack(jpegs: Sequence[bytes], output: OutputFormat) -> bytes:
    """The encoded pages as the stored document: the single JPEG, or a PDF that embeds the
    JPEG / G4 data as they are. The PDF is byte-deterministic: no dates, no random or
    time-based file ID, so the same pages always have the same SHA-256."""
    if output == "jpeg":
        return jpegs[0]
    pdf = img2pdf.convert(list(jpegs), nodate=True, producer="TPA Desk", engine=PDF_ENGINE)
    assert isinstance(pdf, bytes)
    return pdf


def _pdf_overhead(pages: int) -> int:
    """A generous bound on what img2pdf's internal writer adds around the JPEGs (measured:
    ~350 B + ~560 B per page)."""
    return 4096 + 768 * pages


def otsu_threshold(img: Image.Image) -> int:
    """The grey level that best separates ink from paper (Otsu's method on the histogram)."""
    hist = img.histogram()[:256]
    total = sum(hist)
    weighted_total = sum(i * h for i, h in enumerate(hist))
    best, best_between = 128, -1.0
    background = weighted_background = 0
    for level in range(256):
        background += hist[level]
        if background == 0:
            continue
        foreground = total - background
        if foreground == 0:
            break
        weighted_background += level * hist[level]
        mean_b = weighted_background / background
        mean_f = (weighted_total - weighted_background) / foreground
        between = background * foreground * (mean_b - mean_f) ** 2
        if between > best_between:
            best, best_between = level, between
    return best


def _group4(page: _Prepared) -> bytes:
    """A text page as a black-and-white CCITT Group 4 TIFF in one strip, which img2pdf embeds
    as it is (CCITTFaxDecode). A typical 200 dpi text page takes 30 to 60 KB."""
    grey = page.image if page.image.mode == "L" else page.image.convert("L")
    cut = otsu_threshold(grey)
    bw = grey.point([255 if v > cut else 0 for v in range(256)]).convert(
        "1", dither=Image.Dither.NONE)
    out = io.BytesIO()
    bw.save(out, "TIFF", compression="group4", dpi=(round(page.dpi), round(page.dpi)),
            tiffinfo={278: bw.height})  # RowsPerStrip = all rows: one strip
    return out.getvalue()


@dataclass(frozen=True)
class _Fitted:
    data: bytes
    quality: int | None
    dpi: int
    bilevel_pages: int


def fit_pages(pages: Sequence[_Prepared], name: str,
              options: ProcessOptions = DEFAULT_OPTIONS) -> tuple[bytes, int | None, int]:
    """Encode the prepared pages at the highest JPEG quality whose packed size fits
    ``options.max_bytes``. Returns (document bytes, quality, dpi); refuses when nothing fits.
    See :func:`fit_document` for the order of the steps."""
    fitted = fit_document(pages, name, options)
    return fitted.data, fitted.quality, fitted.dpi


def fit_document(pages: Sequence[_Prepared], name: str,
                 options: ProcessOptions = DEFAULT_OPTIONS) -> _Fitted:
    """Fit the pages into ``options.max_bytes`` with the least loss, trying in order, at each
    resolution from the target down to ``min_dpi`` (steps of 0.8):

    1. every page as JPEG at the highest quality that fits (binary search between
       ``min_quality`` and ``max_quality``);
    2. if ``bilevel_text`` allows: text pages as black and white (CCITT G4, sharp at full
       resolution and far smaller than a low-quality JPEG), the other pages as JPEG in the
       remaining budget.

    The search runs on the encoded sizes plus a bound on the PDF overhead (pages are encoded
    in parallel threads; Pillow releases the GIL), and the packed result is checked against
    the limit before it is returned."""
    if not pages:
        raise DocumentRefused(name, f"{name}: has no pages; nothing to store.")
    if options.output == "jpeg" and len(pages) != 1:
        raise ValueError("a JPEG document holds exactly one page")
    overhead = 0 if options.output == "jpeg" else _pdf_overhead(len(pages))
    current = list(pages)
    smallest = 0
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        while True:
            dpi = round(current[0].dpi)
            search = _QualitySearch(current, pool, options.max_bytes - overhead,
                                    options.min_quality, options.max_quality)
            quality = search.best_quality()
            while quality is not None:
                data = _pack(search.encoded(quality), options.output)
                if len(data) <= options.max_bytes:
                    return _Fitted(data, quality, dpi, 0)
                quality = quality - 2 if quality - 2 >= options.min_quality else None
            smallest = search.estimate(options.min_quality) + overhead
            text = [p.text for p in current]
            if options.bilevel_text and options.output == "pdf" and any(text):
                fitted = _fit_bilevel(current, pool, options, overhead)
                if fitted is not None:
                    return fitted
            if current[0].dpi * 0.8 < options.min_dpi:
                break
            current = [_Prepared(_scale(p.image, 0.8), p.dpi * 0.8, p.text) for p in current]
    raise DocumentRefused(
        name, f"{name}: cannot be made smaller than {human_size(smallest)} "
              f"({len(pages)} pages at {round(current[0].dpi)} dpi), over the payer's limit of "
              f"{human_size(options.max_bytes)} per document. Split it into smaller documents "
              "(fewer pages each) and attach them separately.")


def _fit_bilevel(current: list[_Prepared], pool: ThreadPoolExecutor, options: ProcessOptions,
                 overhead: int) -> _Fitted | None:
    bilevel = dict(zip((i for i, p in enumerate(current) if p.text),
                       pool.map(_group4, [p for p in current if p.text]), strict=True))
    others = [p for p in current if not p.text]
    budget = options.max_bytes - overhead - sum(map(len, bilevel.values()))
    quality: int | None = None
    if others:
        search = _QualitySearch(others, pool, budget, options.min_quality, options.max_quality)
        quality = search.best_quality()
        if quality is None:
            return None
        encoded = iter(search.encoded(quality))
    elif budget < 0:
        return None
    else:
        encoded = iter(())
    ordered = [bilevel[i] if i in bilevel else next(encoded) for i in range(len(current))]
    data = _pack(ordered, "pdf")
    if len(data) > options.max_bytes:
        return None
    return _Fitted(data, quality, round(current[0].dpi), len(bilevel))


class _QualitySearch:
    """The JPEG quality search at one resolution; encodings are cached per quality."""

    def __init__(self, batch: list[_Prepared], pool: ThreadPoolExecutor, budget: int,
                 min_quality: int, max_quality: int) -> None:
        self.batch = batch
        self.pool = pool
        self.budget = budget
        self.min_quality = min_quality
        self.max_quality = max_quality
        self.cache: dict[int, list[bytes]] = {}

    def encoded(self, quality: int) -> list[bytes]:
        if quality not in self.cache:
            self.cache[quality] = list(self.pool.map(
                lambda page: _jpeg(page.image, quality, page.dpi), self.batch))
        return self.cache[quality]

    def estimate(self, quality: int) -> int:
        return sum(map(len, self.encoded(quality)))

    def fits(self, quality: int) -> bool:
        return self.estimate(quality) <= self.budget

    def best_quality(self) -> int | None:
        """The highest quality whose JPEGs fit the budget, or None."""
        low, high = self.min_quality, self.max_quality
        if self.fits(high):
            return high
        if not self.fits(low):
            return None
        while high - low > 1:  # invariant: low fits, high does not
            mid = (low + high) // 2
            if self.fits(mid):
                low = mid
            else:
                high = mid
        return low


def process_pages(pages: Iterable[PageImage], name: str,
                  options: ProcessOptions = DEFAULT_OPTIONS, *,
                  captured_at: str | None = None,
                  progress: Callable[[int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ProcessedDocument:
    """Scanned or imported pages -> one PDF (or one JPEG) within the payer's limit. Pages are
    prepared as they arrive (so a scan batch is downscaled while the feeder runs);
    ``progress(n)`` is told after each page. When ``cancelled()`` turns true, the page source
    is closed (which stops a running scanner) and :class:`CaptureCancelled` is raised."""
    prepared: list[_Prepared] = []
    iterator = iter(pages)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise CaptureCancelled(f"{name}: cancelled after {len(prepared)} page(s); "
                                   "nothing was added.")

    try:
        for page in iterator:
            check()
            prepared.append(prepare_page(page, options))
            if progress is not None:
                progress(len(prepared))
        check()
    finally:
        close = getattr(iterator, "close", None)
        if callable(close):
            close()
    fitted = fit_document(prepared, name, options)
    mime = "image/jpeg" if options.output == "jpeg" else "application/pdf"
    return _document(name, mime, len(prepared), fitted.data, jpeg_quality=fitted.quality,
                     dpi=fitted.dpi, bilevel_pages=fitted.bilevel_pages,
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
            yield PageImage(img.copy(), float(dpi), exact=True)


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
