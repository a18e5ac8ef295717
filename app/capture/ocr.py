"""OCR with the ``tesseract`` command when it is installed: searchable text and a proposed HCX
document category. Capture never depends on it: every function returns None when tesseract (or,
for PDFs, pdftoppm) is missing or fails. Images go to tesseract through a pipe, never a file.
The text is patient data: it is returned to the caller and never logged.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image

from app.capture.process import ProcessedDocument


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_image(image: Image.Image, *, lang: str = "eng", psm: int = 3,
              timeout_s: float = 120.0) -> str | None:
    """The text tesseract reads on one page image, or None when tesseract is unavailable or
    fails. ``psm`` is tesseract's page segmentation mode (3: automatic)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    page = image if image.mode in ("L", "RGB", "1") else image.convert("RGB")
    buf = io.BytesIO()
    page.save(buf, "PNG")
    try:
        done = subprocess.run([exe, "stdin", "stdout", "-l", lang, "--psm", str(psm)],
                              input=buf.getvalue(), capture_output=True, timeout=timeout_s,
                              check=False)
    except (subprocess.TimeoutExpired, OSError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def _pdf_pages(data: bytes, pages: int, dpi: int, timeout_s: float) -> Iterator[Image.Image]:
    exe = shutil.which("pdftoppm")
    if exe is None:
        return
    for number in range(1, pages + 1):
        try:
            done = subprocess.run([exe, "-r", str(dpi), "-gray", "-f", str(number), "-l",
                                   str(number), "-singlefile", "-"],
                                  input=data, capture_output=True, timeout=timeout_s,
                                  check=False)
        except (subprocess.TimeoutExpired, OSError):
            return
        if done.returncode != 0 or not done.stdout:
            return
        with Image.open(io.BytesIO(done.stdout)) as img:
            img.load()
            yield img.copy()


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

    @property
    def text(self) -> str:
        return "\n\f".join(self.pages)


def ocr_document(doc: ProcessedDocument, *, lang: str = "eng", dpi: int = 300,
                 timeout_s: float = 120.0) -> OcrResult | None:
    """OCR every page of a processed document (PDF or single image); None when OCR is not
    available or read nothing."""
    if not tesseract_available():
        return None
    if doc.mime_type == "application/pdf":
        images: Iterator[Image.Image] = _pdf_pages(doc.data, doc.page_count, dpi, timeout_s)
    else:
        try:
            with Image.open(doc.open()) as img:
                img.load()
                images = iter([img.copy()])
        except OSError:
            return None
    texts: list[str] = []
    for image in images:
        text = ocr_image(image, lang=lang, timeout_s=timeout_s)
        if text is None:
            return None
        texts.append(text)
    if not texts:
        return None
    return OcrResult(tuple(texts), propose_category("\n".join(texts)))


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
