"""OCR with the ``tesseract`` command when it is installed: searchable text and a proposed HCX
document category. Capture never depends on it: every function returns None when tesseract (or,
for PDFs, pdftoppm) is missing, fails or is cancelled.

Images go to tesseract (and PDFs to pdftoppm) through pipes, never as files; each run still gets
a private temporary folder as its working folder and TMPDIR (for anything a tool might spill), and
that folder is removed on every path, errors and cancellation included. A PDF that already has a
text layer (a PDF kept as it was) gives its text without OCR. The text is patient data: it is
returned to the caller (who keeps it in the encrypted store) and never logged.

tesseract runs single-threaded (``OMP_THREAD_LIMIT=1``): its OpenMP threads make a page 5 to 7
times slower on a busy two-core desk PC (about 1 s instead of 7 s for a dense A4 page at 200 dpi).
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import threading
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image

from offline.fsutil import private_tempdir

if TYPE_CHECKING:
    from app.capture.process import ProcessedDocument

#: OCR pages larger than this (long side, pixels) are reduced first: 300 dpi on A4 is plenty.
MAX_OCR_SIDE = 3600
#: a PDF text layer with fewer letters than this per page is taken to be a scan (OCR it)
MIN_LAYER_LETTERS = 40


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


class OcrCancel:
    """Lets another thread stop OCR: :meth:`cancel` kills the running tesseract or pdftoppm and
    every later step returns None at once (the page editor cancels when it closes)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                self._proc.kill()

    def run(self, args: list[str], data: bytes, timeout_s: float) -> bytes | None:
        """Run a tool with ``data`` on its standard input in a private temporary folder; its
        standard output, or None when it failed, timed out or was cancelled."""
        if self.cancelled:
            return None
        with private_tempdir(prefix="tpadesk-ocr-") as tmp:
            env = {**os.environ, "OMP_THREAD_LIMIT": "1", "TMPDIR": str(tmp), "TMP": str(tmp),
                   "TEMP": str(tmp)}
            try:
                proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, cwd=tmp, env=env)
            except OSError:
                return None
            with self._lock:
                self._proc = proc
            try:
                if self.cancelled:
                    proc.kill()
                out, _ = proc.communicate(data, timeout=timeout_s)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                return None
            except OSError:  # a broken pipe when the tool was killed
                proc.kill()
                proc.wait()
                return None
            finally:
                with self._lock:
                    self._proc = None
        if proc.returncode != 0 or self.cancelled:
            return None
        return out


def ocr_image(image: Image.Image, *, lang: str = "eng", psm: int = 3,
              timeout_s: float = 120.0, cancel: OcrCancel | None = None) -> str | None:
    """The text tesseract reads on one page image, or None when tesseract is unavailable, fails
    or is cancelled. ``psm`` is tesseract's page segmentation mode (3: automatic)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    page = image if image.mode in ("L", "RGB", "1") else image.convert("RGB")
    if max(page.size) > MAX_OCR_SIDE:
        page = page.copy()
        page.thumbnail((MAX_OCR_SIDE, MAX_OCR_SIDE))
    buf = io.BytesIO()
    page.save(buf, "PNG")
    out = (cancel or OcrCancel()).run(
        [exe, "stdin", "stdout", "-l", lang, "--psm", str(psm), "-c", "tessedit_do_invert=0"],
        buf.getvalue(), timeout_s)
    return None if out is None else out.decode("utf-8", errors="replace")


def _pdf_pages(data: bytes, pages: int, dpi: int, timeout_s: float,
               cancel: OcrCancel) -> Iterator[Image.Image]:
    exe = shutil.which("pdftoppm")
    if exe is None:
        return
    for number in range(1, pages + 1):
        out = cancel.run([exe, "-r", str(dpi), "-gray", "-f", str(number), "-l", str(number),
                          "-singlefile", "-"], data, timeout_s)
        if not out:
            return
        with Image.open(io.BytesIO(out)) as img:
            img.load()
            yield img.copy()


def pdf_text_layer(data: bytes) -> tuple[str, ...] | None:
    """The text of each page of a PDF that carries a text layer (made by a computer, not a
    scan), or None when it has (almost) none."""
    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            texts = tuple((page.extract_text() or "") for page in reader.pages)
    except Exception:  # pypdf raises many types on odd files; the text is only a bonus
        return None
    finally:
        pypdf_log.setLevel(level)
    letters = sum(1 for text in texts for ch in text if ch.isalpha())
    if not texts or letters < MIN_LAYER_LETTERS * len(texts):
        return None
    return texts


@dataclass(frozen=True)
class CategoryProposal:
    """A suggested HCX category with the words that suggested it; the clerk confirms it."""

    code: str
    display: str
    matched: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class OcrResult:
    """Text per page and the proposed category (None when no keyword matched)."""

    pages: tuple[str, ...]
    category: CategoryProposal | None
    source: str = "ocr"  # or "text layer" (a PDF's own text)

    @property
    def text(self) -> str:
        """All pages, separated by a form feed (as pdftotext does)."""
        return "\n\f".join(page.rstrip() for page in self.pages)

    @property
    def has_words(self) -> bool:
        return any(ch.isalnum() for page in self.pages for ch in page)


def ocr_pages(images: Iterable[Image.Image], *, lang: str = "eng", timeout_s: float = 120.0,
              cancel: OcrCancel | None = None) -> OcrResult | None:
    """OCR page images in memory (scans, the page editor's pages); None when OCR is not
    available, failed or was cancelled, or there were no pages."""
    if not tesseract_available():
        return None
    token = cancel or OcrCancel()
    texts: list[str] = []
    for image in images:
        text = ocr_image(image, lang=lang, timeout_s=timeout_s, cancel=token)
        if text is None:
            return None
        texts.append(text)
    if not texts:
        return None
    return OcrResult(tuple(texts), propose_category("\n".join(texts)))


def ocr_document(doc: ProcessedDocument, *, lang: str = "eng", dpi: int = 200,
                 timeout_s: float = 120.0, cancel: OcrCancel | None = None
                 ) -> OcrResult | None:
    """The text of every page of a processed document (PDF or single image) and the proposed
    category; None when OCR is not available, failed or read nothing. A PDF with a text layer
    gives that text (no OCR needed)."""
    if doc.mime_type == "application/pdf":
        layer = pdf_text_layer(doc.data)
        if layer is not None:
            return OcrResult(layer, propose_category("\n".join(layer)), source="text layer")
    if not tesseract_available():
        return None
    token = cancel or OcrCancel()
    if doc.mime_type == "application/pdf":
        images: Iterable[Image.Image] = _pdf_pages(doc.data, doc.page_count, dpi, timeout_s,
                                                   token)
    else:
        try:
            with Image.open(doc.open()) as img:
                img.load()
                images = [img.copy()]
        except OSError:
            return None
    result = ocr_pages(images, lang=lang, timeout_s=timeout_s, cancel=token)
    if result is None or len(result.pages) != doc.page_count:
        return None
    return result


# HCX claim-supporting-info categories (reference/hcx-valuesets) with words that identify them.
_KEYWORDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("HDS", "hospital discharge summary",
     (r"discharge\s+summary", r"discharge\s+card", r"summary\s+of\s+discharge",
      r"date\s+of\s+discharge", r"condition\s+at\s+discharge")),
    ("MB", "medical bill",
     (r"\bbill\b", r"\binvoice\b", r"\breceipt\b", r"\bgst(in)?\b", r"amount\s+payable",
      r"net\s+amount", r"total\s+amount")),
    ("DIA", "diagnostic reports",
     (r"lab(oratory)?\s+report", r"test\s+report", r"\bradiology\b", r"\bx-?ray\b",
      r"ultrasound|\busg\b", r"\bmri\b", r"\bct\s+scan\b", r"h(a)?emoglobin",
      r"\bpathology\b", r"reference\s+range", r"investigation\s+report", r"\bimpression\b")),
    ("POI", "proof of identity",
     (r"aadhaa?r", r"unique\s+identification\s+authority", r"income\s+tax\s+department",
      r"permanent\s+account\s+number", r"\bpan\b", r"election\s+commission", r"\bepic\b",
      r"\bpassport\b", r"driving\s+licen[cs]e", r"\bvid\b")),
    ("FCF", "filled claim form",
     (r"claim\s+form", r"pre-?authori[sz]ation", r"request\s+for\s+cashless",
      r"part\s+[abc]\b")),
    ("BVC", "benefiaciary verification card",
     (r"ayushman", r"pm-?jay", r"\babha\b", r"health\s+id", r"e-?card", r"policy\s+card",
      r"health\s+insurance\s+card", r"member\s+id")),
    ("REF", "referal latter", (r"referral", r"referred\s+(to|by)", r"kindly\s+refer")),
    ("CER", "Medical Certficate", (r"medical\s+certificate", r"fitness\s+certificate",
                                   r"certify\s+that")),
    ("FIR", "FIR copy", (r"first\s+information\s+report", r"police\s+station",
                         r"\bf\.?i\.?r\b")),
    ("EID", "employee id card", (r"employee\s+(id|code|no)", r"\bemp\.?\s+id\b")),
    ("DEF", "declaration form", (r"\bdeclaration\b", r"\bundertaking\b", r"i\s+hereby\s+declare")),
    ("CD", "clinical documents",
     (r"case\s+sheet", r"progress\s+notes?", r"clinical\s+notes?", r"\bprescription\b",
      r"\brx\b", r"chief\s+complaints?", r"history\s+of\s+present\s+illness")),
)


def propose_category(text: str, *, title_lines: int = 12) -> CategoryProposal | None:
    """The HCX category whose keywords best match the text; a match among the first
    ``title_lines`` non-empty lines (where a page's title is) counts three times."""
    lines = [line for line in text.splitlines() if line.strip()]
    head = "\n".join(lines[:title_lines]).lower()
    body = "\n".join(lines[title_lines:]).lower()
    best: CategoryProposal | None = None
    for code, display, patterns in _KEYWORDS:
        score = 0.0
        matched: list[str] = []
        for pattern in patterns:
            in_head = len(re.findall(pattern, head))
            in_body = len(re.findall(pattern, body))
            if in_head or in_body:
                found = re.search(pattern, head) or re.search(pattern, body)
                matched.append(found.group(0) if found else pattern)
                score += 3.0 * min(in_head, 3) + min(in_body, 3)
        if score and (best is None or score > best.score):
            best = CategoryProposal(code, display, tuple(matched), score)
    return best
