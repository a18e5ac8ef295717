#!/usr/bin/env python
"""Benchmark: a 20-page A4 scan at 300 dpi turned into the stored PDF.

    .venv/bin/python tools/bench_documents.py [--pages 20] [--dpi 300] [--limit-mb 2]
                                              [--source synthetic|sane] [--json]

Pages are synthetic text pages rendered with Pillow (11 pt text on slightly tinted, slightly
noisy paper, like a flatbed scan), or real pages from the SANE test device (``--source sane``;
its test pattern is not text, so legibility is then measured on a synthetic page only).

Reported, all from the same run:
- seconds per page of the desk's processing (downscale, greyscale, JPEG quality search, img2pdf);
- bytes per page of the stored PDF, against img2pdf of the raw scans (lossless PNG, as a
  scanner's PNG/TIFF output would be) and the size ratio;
- legibility: tesseract's character accuracy on a known text page, from the raw 300 dpi page and
  from the page as stored in the compressed PDF; the goal is at least 98 % of the original's.
No patient data: every page is synthetic.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import time
from pathlib import Path

import img2pdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.capture import ocr
from app.capture.importer import PageImage
from app.capture.process import ProcessOptions, process_pages

KNOWN_PAGE = [
    "DISCHARGE SUMMARY",
    "Synthetic General Hospital, Medicine Ward 4, Bed 12",
    "Patient: Test Person Alpha    Age: 42 years    Sex: Female",
    "Date of admission: 01-02-2026    Date of discharge: 06-02-2026",
    "Presenting complaints: fever for four days, productive cough, breathlessness.",
    "Examination: temperature 38.6 C, pulse 104/min, BP 118/76 mmHg, SpO2 93% on air.",
    "Investigations: haemoglobin 11.8 g/dL, total count 14,200/cmm, CRP 86 mg/L.",
    "Chest X-ray: right lower lobe consolidation. Blood culture: no growth.",
    "Diagnosis: community acquired pneumonia, right lower lobe (ICD-10 J18.1).",
    "Treatment: intravenous ceftriaxone 1 g twice daily and azithromycin 500 mg daily.",
    "Course in hospital: afebrile from day three; oxygen stopped on day four.",
    "Condition at discharge: stable, afebrile, SpO2 97% on room air.",
    "Medicines: tablet cefuroxime 500 mg twice daily for five days after food.",
    "Advice: plenty of fluids, rest, review in the medicine clinic after one week.",
    "Return at once for breathlessness, chest pain or fever above 38.5 C.",
    "Total bill amount: Rs. 48,750.00 (forty-eight thousand seven hundred fifty).",
]
WORDS = ("patient", "ward", "amount", "rupees", "tablet", "review", "blood", "report", "fever",
         "theatre", "charges", "nursing", "room", "doctor", "visit", "12,500", "investigation",
         "consultation", "pharmacy", "dressing", "oxygen", "monitor", "ICU", "01-02-2026")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                      "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def synthetic_scan(index: int, dpi: int, lines: list[str] | None = None) -> Image.Image:
    """An A4 page of 11 pt text at ``dpi`` (exactly ``lines`` when given, else filler text)
    on tinted paper with sensor noise and a little blur, in colour as a flatbed delivers it."""
    width, height = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    rng = random.Random(index)
    page = Image.new("L", (width, height), 247)
    draw = ImageDraw.Draw(page)
    size = round(11 / 72 * dpi)
    font = _font(size)
    body = list(lines) if lines else []
    while not lines and len(body) < 42:
        body.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 10))).capitalize())
    y = round(0.8 * dpi)
    for line in body:
        if y > height - round(0.8 * dpi):
            break
        draw.text((round(0.9 * dpi), y), line, fill=30, font=font)
        y += round(size * 1.45)
    noise = Image.effect_noise((width, height), 40)
    grey = Image.blend(page, noise, 0.08).filter(ImageFilter.BoxBlur(0.7))
    return Image.merge("RGB", (grey, grey.point(lambda v: max(0, v - 2)),
                               grey.point(lambda v: max(0, v - 8))))


def sane_scans(pages: int, dpi: int) -> list[Image.Image]:
    from app.capture.sane import SaneScanSource
    from app.capture.sources import ScanSettings

    settings = ScanSettings(device="test:0", resolution=dpi, mode="colour", source="flatbed",
                            pages=pages, page_size_mm=(200, 290),
                            extra={"test-picture": "Color pattern"})
    return [p.image for p in SaneScanSource().scan(settings)]


def png(img: Image.Image, dpi: int) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG", dpi=(dpi, dpi), compress_level=6)
    return out.getvalue()


def char_accuracy(read: str, truth: str) -> float:
    a = " ".join(read.split())
    b = " ".join(truth.split())
    return max(0.0, 1.0 - Levenshtein.distance(a, b) / max(1, len(b)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--limit-mb", type=float, default=2.0)
    parser.add_argument("--source", choices=("synthetic", "sane"), default="synthetic")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    t0 = time.perf_counter()
    if args.source == "sane":
        scans = sane_scans(args.pages, args.dpi)
        scans[0] = synthetic_scan(0, args.dpi, KNOWN_PAGE)
    else:
        scans = [synthetic_scan(i, args.dpi, KNOWN_PAGE if i == 0 else None)
                 for i in range(args.pages)]
    make_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    raw_pdf = img2pdf.convert([png(s, args.dpi) for s in scans])
    raw_s = time.perf_counter() - t0
    assert isinstance(raw_pdf, bytes)

    options = ProcessOptions(max_bytes=int(args.limit_mb * 1024 * 1024))
    t0 = time.perf_counter()
    doc = process_pages((PageImage(s, float(args.dpi)) for s in scans), "bench.pdf", options)
    ours_s = time.perf_counter() - t0
    assert len(PdfReader(doc.open()).pages) == args.pages

    result: dict[str, object] = {
        "pages": args.pages, "source": args.source, "scan_dpi": args.dpi,
        "limit_bytes": options.max_bytes,
        "seconds_per_page": round(ours_s / args.pages, 3),
        "stored_bytes": doc.size, "stored_bytes_per_page": doc.size // args.pages,
        "stored_dpi": doc.dpi, "jpeg_quality": doc.jpeg_quality,
        "raw_img2pdf_bytes": len(raw_pdf), "raw_bytes_per_page": len(raw_pdf) // args.pages,
        "raw_img2pdf_seconds_per_page": round(raw_s / args.pages, 3),
        "size_ratio_stored_to_raw": round(doc.size / len(raw_pdf), 4),
        "synthetic_page_seconds": round(make_s, 1),
    }

    truth = "\n".join(KNOWN_PAGE)
    have_ocr = shutil.which("tesseract") is not None

    def page_accuracy(pdf: bytes) -> float:
        stored_page = PdfReader(io.BytesIO(pdf)).pages[0].images[0].data
        with Image.open(io.BytesIO(stored_page)) as img:
            return char_accuracy(ocr.ocr_image(img) or "", truth)

    original_acc = char_accuracy(ocr.ocr_image(scans[0].convert("L")) or "", truth) \
        if have_ocr else 0.0
    if have_ocr:
        stored_acc = page_accuracy(doc.data)
        result.update({
            "ocr_accuracy_original": round(original_acc, 4),
            "ocr_accuracy_stored": round(stored_acc, 4),
            "legibility_vs_original": round(stored_acc / original_acc, 4) if original_acc else 0,
            "legibility_goal_met": bool(original_acc) and stored_acc / original_acc >= 0.98,
        })
    else:
        result["ocr"] = "tesseract not installed: legibility not measured"

    # The same batch with black-and-white disabled: greyscale JPEG only.
    from dataclasses import replace

    from app.capture.errors import DocumentRefused

    t0 = time.perf_counter()
    try:
        grey = process_pages((PageImage(s, float(args.dpi)) for s in scans), "bench.pdf",
                             replace(options, bilevel_text=False))
        result.update({
            "jpeg_only_seconds_per_page": round((time.perf_counter() - t0) / args.pages, 3),
            "jpeg_only_bytes_per_page": grey.size // args.pages,
            "jpeg_only_dpi": grey.dpi, "jpeg_only_quality": grey.jpeg_quality})
        if have_ocr and original_acc:
            result["jpeg_only_legibility_vs_original"] = round(
                page_accuracy(grey.data) / original_acc, 4)
    except DocumentRefused:
        result["jpeg_only"] = "refused: greyscale JPEG cannot fit the limit even at min_dpi"

    # The known page alone, as a one-page document (the common case: greyscale JPEG).
    single = process_pages([PageImage(scans[0], float(args.dpi))], "page.pdf", options)
    result.update({"single_page_bytes": single.size, "single_page_dpi": single.dpi,
                   "single_page_quality": single.jpeg_quality})
    if have_ocr and original_acc:
        result["single_page_legibility_vs_original"] = round(
            page_accuracy(single.data) / original_acc, 4)

    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
